"""Confidences that mean what they say: among suggestions shown with p, about p are right.

Each stance rests on one kind of evidence (a verb naming the act, a modal, a negation, …);
how often a stance on that evidence is right was measured on invented development quotes
(`tests/data/stance_dev.jsonl`, never the seed articles, which check the result) and is
the confidence shown. `fit_calibration` recomputes the table; a test keeps the two in step.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

# Evidence → share of development quotes whose stance on that evidence was right.
CALIBRATION = {
    "performative": 0.9,
    "negation": 0.85,
    "verb": 0.8,
    "conditional": 0.75,
    "other-subject": 0.75,
    "speaker-kind": 0.75,
    "weak": 0.75,
    "modal": 0.65,
    "none": 0.6,
    "noun": 0.5,  # not seen in development: the prior alone
}
# Pseudo-counts pulling a rarely seen kind of evidence toward an even chance.
_PRIOR_RIGHT, _PRIOR_SEEN = 1, 2


def calibrated(evidence: str) -> float:
    return CALIBRATION.get(evidence, 0.5)


def fit_calibration(outcomes: Iterable[tuple[str, bool]]) -> dict[str, float]:
    """Evidence → (right + 1) / (seen + 2), rounded to a twentieth: a table small enough to
    read, smoothed so that a kind seen twice does not claim certainty."""
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for evidence, correct in outcomes:
        seen[evidence] += 1
        right[evidence] += correct
    return {
        evidence: round(20 * (right[evidence] + _PRIOR_RIGHT) / (n + _PRIOR_SEEN)) / 20
        for evidence, n in seen.items()
    }


def overall_confidence(*fields: float) -> float:
    """That the whole suggestion is right: every field at once, taken as independent."""
    product = 1.0
    for value in fields:
        product *= value
    return round(product, 2)
