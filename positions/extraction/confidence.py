"""Confidences that mean what they say: among suggestions shown with p, about p are right.

A stance comes with signals of how far to trust it: the kind of evidence it rests on (a verb
naming the act, a modal, a negation, nothing at all), and what makes that evidence shaky (a
fragment of a few words, or one read in the reported clause around it, a view taken by
default of words that speak of the speaker's own moves or of "we" acting in the present, an
act whose subject is "they", a reporting verb the quote's own words do not bear out), and
what makes it surer (a speaker the registry places, so that whose "we" it is is known). A
logistic model weighs them; its weights were fitted on invented quotes
(`tests/data/stance_dev.jsonl` to `stance_dev15.jsonl` and, written blind for the fit alone,
`stance_calibration.jsonl`; never the seed articles nor the never-read `stance_unseen*.jsonl`
sets, which check the result) and are the table below.
`fit_calibration` refits it; a test keeps the two in step.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

# Signal → its weight in the log-odds that the stance is right; "bias" is always on.
CALIBRATION = {
    "bias": 2.11,
    "act-of-third-person": -0.28,
    "contrast": -0.19,
    "default-self-present": 0.52,
    "default-with-modal": -0.74,
    "default-with-self": -0.99,
    "evidence:conditional": 0.07,
    "evidence:contrast": -0.18,
    "evidence:modal": -0.05,
    "evidence:negation": -0.09,
    "evidence:none": -0.52,
    "evidence:noun": -0.02,
    "evidence:other-subject": -1.09,
    "evidence:performative": -0.18,
    "evidence:speaker-kind": 1.79,
    "evidence:verb": 0.38,
    "evidence:verb-of-a-state": 0.31,
    "evidence:weak": 0.22,
    "fragment": -0.46,
    "framed": -0.66,
    "indirect": 0.38,
    "long": -0.44,
    "speaker-placed": 1.16,
    "speaker-unknown": 0.23,
    "statement": 0.76,
    "verb-alone": -0.46,
    "verb-borne-out": 0.84,
}
# How strongly the fit pulls weights toward zero (scikit-learn's C: smaller pulls harder),
# so that a signal seen a handful of times does not claim certainty.
_REGULARISATION = 1.0
# Weights are kept to a hundredth: a table small enough to read.
_DIGITS = 2


def calibrated(signals: Iterable[str], table: Mapping[str, float] = CALIBRATION) -> float:
    """That the stance is right, from the signals it came with (weighed by another table
    when a refit is tried out)."""
    score = table["bias"] + sum(table.get(signal, 0.0) for signal in signals)
    return round(1 / (1 + math.exp(-score)), 2)


def fit_calibration(outcomes: Sequence[tuple[Sequence[str], bool]]) -> dict[str, float]:
    """Signal → weight, fitted by a regularised logistic regression on (signals, right)."""
    # Only a test and a refit need scikit-learn: extraction itself reads the table above.
    from sklearn.feature_extraction import DictVectorizer  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    vectorizer = DictVectorizer(sparse=False)
    rows = vectorizer.fit_transform([dict.fromkeys(signals, 1.0) for signals, _ in outcomes])
    model = LogisticRegression(C=_REGULARISATION, max_iter=1000)
    model.fit(rows, [right for _, right in outcomes])
    weights = dict(zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True))
    table = {"bias": round(float(model.intercept_[0]), _DIGITS)}
    table.update((name, round(float(w), _DIGITS)) for name, w in sorted(weights.items()))
    return table


def overall_confidence(*fields: float) -> float:
    """That the whole suggestion is right: every field at once, taken as independent."""
    product = 1.0
    for value in fields:
        product *= value
    return round(product, 2)
