"""The seed articles' gold, scored as floors, with an empty and with the demo registry."""

from dataclasses import asdict
from pathlib import Path

import pytest

from articles.parsing.cleaning import clean_text
from devtools.demo.loader import SEEDS_DIR as SEEDS
from positions.extraction import Registry, extract_quotes
from positions.extraction.scoring import add_up, load_gold, score_document

GOLD = Path(__file__).resolve().parent.parent / "data" / "seed_quotes.jsonl"
FLOORS = {"direct": (0.97, 0.95), "indirect": (0.80, 0.90)}  # (F1, speaker accuracy)


def _predictions(raw: str, registry: Registry | None) -> list[dict]:
    """Extract from the cleaned text and map each span back onto the raw text, as ingestion does."""
    clean = clean_text(raw)
    predictions = []
    for quote in extract_quotes(clean.text, registry):
        start, end = clean.to_raw(quote.start), clean.to_raw(quote.end - 1) + 1
        predictions.append({**asdict(quote), "start": start, "end": end})
    return predictions


def _seed_scores(registry: Registry | None):
    documents = load_gold(GOLD, texts=SEEDS)
    return add_up(
        score_document(d.text, d.quotes, _predictions(d.text, registry)) for d in documents
    )


@pytest.mark.parametrize("with_registry", [False, True], ids=["empty-registry", "demo-registry"])
@pytest.mark.parametrize("kind", ["direct", "indirect"])
def test_seed_scores_reach_their_floors(demo_registry, with_registry, kind):
    scores = _seed_scores(demo_registry if with_registry else Registry())

    f1_floor, speaker_floor = FLOORS[kind]
    assert scores[kind].f1 >= f1_floor
    assert scores[kind].speaker_accuracy >= speaker_floor


def test_seed_gold_is_all_there():
    documents = load_gold(GOLD, texts=SEEDS)

    assert [len(d.quotes) for d in documents] == [11, 10, 10, 24, 15]
