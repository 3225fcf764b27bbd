"""Stance on invented quotes the rules were never tuned on: talks over trade, arms, a truce,
climate money, wages and joining a union of states, each quote in its own short article."""

import json
from pathlib import Path

from positions.extraction import extract_quotes

HOLDOUT = Path(__file__).resolve().parent.parent / "data" / "stance_holdout.jsonl"
# Floors under the figures reached (0.87 and 0.88 of 169 quotes).
STANCE_FLOOR, SPLIT_FLOOR = 0.85, 0.86


def _stances(registry) -> list[tuple[str, list[str]]]:
    pairs = []
    for line in HOLDOUT.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        quotes = extract_quotes(example["text"], registry)
        if quotes:
            pairs.append((quotes[0].stance, example["stance"]))
    return pairs


def test_holdout_stance_accuracy_reaches_its_floors(demo_registry):
    pairs = _stances(demo_registry)

    right = sum(stance in gold for stance, gold in pairs)
    split = sum(
        stance in gold or (stance == "assess") == (gold == ["assess"]) for stance, gold in pairs
    )
    assert len(pairs) >= 150
    assert right / len(pairs) >= STANCE_FLOOR
    assert split / len(pairs) >= SPLIT_FLOOR
