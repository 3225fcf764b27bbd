"""Speakers on invented wire-style articles the rules were not written from: a dam treaty,
a teachers' strike, arms control and a budget summit, each quote with who said it.

The figures were first measured before any rule was changed for them (direct: 15 of 15
speakers right; indirect: 17 of 17 found, 15 right); the floors keep them."""

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from positions.extraction import extract_quotes

HOLDOUT = Path(__file__).resolve().parent.parent / "data" / "speakers_holdout.jsonl"
DIRECT_SPEAKER_FLOOR = 0.9
INDIRECT_FOUND_FLOOR, INDIRECT_SPEAKER_FLOOR = 0.9, 0.85


@dataclass
class KindScore:
    gold: int = 0
    found: int = 0
    right: int = 0

    @property
    def found_share(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.right / self.found if self.found else 1.0


def _same_speaker(found: str | None, gold: str) -> bool:
    """Names compare without case or a leading article ("the union" is "The union")."""

    def plain(name: str) -> str:
        words = name.lower().split()
        return " ".join(words[1:] if words and words[0] in ("the", "a", "an") else words)

    return found is not None and plain(found) == plain(gold)


@pytest.fixture(scope="module")
def scores() -> dict[str, KindScore]:
    scores = {"direct": KindScore(), "indirect": KindScore()}
    for line in HOLDOUT.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        quotes = extract_quotes(article["text"])
        for gold in article["quotes"]:
            score = scores[gold["kind"]]
            score.gold += 1
            found = next((q for q in quotes if gold["says"] in q.text), None)
            if found is not None:
                score.found += 1
                score.right += _same_speaker(found.speaker, gold["speaker"])
    return scores


def test_direct_quotes_are_found_with_their_speakers(scores):
    assert scores["direct"].found_share == 1.0
    assert scores["direct"].speaker_accuracy >= DIRECT_SPEAKER_FLOOR


def test_indirect_quotes_are_found_with_their_speakers(scores):
    assert scores["indirect"].found_share >= INDIRECT_FOUND_FLOOR
    assert scores["indirect"].speaker_accuracy >= INDIRECT_SPEAKER_FLOOR
