"""Stance accuracy on invented quotes, each in its own short article: those the rules were
tuned on (development: stance_dev.jsonl, written with the rules; stance_dev2.jsonl to
stance_dev15.jsonl, each written blind by someone who never saw them and measured before
being developed on), those they were not tuned on (held out: talks over trade, arms, a
truce, climate money, wages and joining a union of states, a few of whose misses were read),
and four sets written blind and never read: stance_calibration.jsonl, which the confidences
are fitted on, and stance_unseen.jsonl, stance_unseen2.jsonl and stance_unseen3.jsonl, each
over twenty to thirty other kinds of negotiation, only ever scored. The last four are the
honest figures."""

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


# Floors under the figures reached (stance, position-bearing vs assess): held out 0.97 and
# 0.98 of 169 quotes; development 0.93 and 0.94 of 410, 0.94 and 0.98 of 159, 0.93 and 0.96
# of 199 (0.78 and 0.85 when first measured), 0.92 and 0.96 of 194 (0.67 and 0.76), 0.86
# and 0.92 of 199 (0.60 and 0.71), 0.92 and 0.94 of 196 (0.64 and 0.68), 0.81 and 0.87 of
# 196 (0.56 and 0.68), 0.86 and 0.92 of 199 (0.72 and 0.82), 0.87 and 0.91 of 195 (0.68
# and 0.79), 0.87 and 0.94 of 200, 0.86 and 0.91 of 197, 0.87 and 0.92 of 197 (0.74 and
# 0.82), 0.83 and 0.88 of 199 (0.66 and 0.75), 0.85 and 0.89 of 200 (0.78 and 0.85) and
# 0.81 and 0.87 of 194 (0.70 and 0.78); blind 0.91 and 0.95 of 197; unseen 0.83 and 0.85
# of 169, 0.79 and 0.87 of 193 and 0.85 and 0.89 of 200.
@pytest.mark.parametrize(
    ("name", "size", "stance_floor", "split_floor"),
    [
        ("stance_holdout.jsonl", 150, 0.95, 0.96),
        ("stance_dev.jsonl", 400, 0.91, 0.92),
        ("stance_dev2.jsonl", 150, 0.89, 0.93),
        ("stance_dev3.jsonl", 190, 0.90, 0.94),
        ("stance_dev4.jsonl", 185, 0.90, 0.93),
        ("stance_dev5.jsonl", 190, 0.84, 0.90),
        ("stance_dev6.jsonl", 185, 0.89, 0.91),
        ("stance_dev7.jsonl", 185, 0.78, 0.84),
        ("stance_dev8.jsonl", 185, 0.83, 0.89),
        ("stance_dev9.jsonl", 185, 0.82, 0.88),
        ("stance_dev10.jsonl", 190, 0.84, 0.91),
        ("stance_dev11.jsonl", 185, 0.81, 0.88),
        ("stance_dev12.jsonl", 190, 0.83, 0.89),
        ("stance_dev13.jsonl", 190, 0.80, 0.86),
        ("stance_dev14.jsonl", 190, 0.83, 0.86),
        ("stance_dev15.jsonl", 185, 0.79, 0.84),
        ("stance_calibration.jsonl", 190, 0.89, 0.92),
        ("stance_unseen.jsonl", 160, 0.80, 0.82),
        ("stance_unseen2.jsonl", 185, 0.76, 0.84),
        ("stance_unseen3.jsonl", 190, 0.82, 0.86),
    ],
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
