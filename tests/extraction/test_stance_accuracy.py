"""Stance accuracy on invented quotes: those the rules were tuned on (development) and those
they never were (held out: talks over trade, arms, a truce, climate money, wages and joining
a union of states, each quote in its own short article)."""

import json
from pathlib import Path

import pytest

from positions.extraction import extract_quotes

DATA = Path(__file__).resolve().parent.parent / "data"


def _stances(path: Path, registry) -> list[tuple[str, list[str]]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        quotes = extract_quotes(example["text"], registry)
        if quotes:
            pairs.append((quotes[0].stance, example["stance"]))
    return pairs


# Floors under the figures reached: held out 0.87 and 0.88 of 169 quotes, development 0.86
# and 0.87 of 410.
@pytest.mark.parametrize(
    ("name", "size", "stance_floor", "split_floor"),
    [("stance_holdout.jsonl", 150, 0.85, 0.86), ("stance_dev.jsonl", 400, 0.84, 0.85)],
)
def test_stance_accuracy_reaches_its_floors(demo_registry, name, size, stance_floor, split_floor):
    pairs = _stances(DATA / name, demo_registry)

    right = sum(stance in gold for stance, gold in pairs)
    split = sum(
        stance in gold or (stance == "assess") == (gold == ["assess"]) for stance, gold in pairs
    )
    assert len(pairs) >= size
    assert right / len(pairs) >= stance_floor
    assert split / len(pairs) >= split_floor
