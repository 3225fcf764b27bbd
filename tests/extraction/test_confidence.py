"""Confidences come from the invented development quotes, never from the seed gold."""

import json
import random
from pathlib import Path

import pytest

from positions.extraction import extract_quotes
from positions.extraction.confidence import (
    CALIBRATION,
    calibrated,
    fit_calibration,
    overall_confidence,
)
from positions.extraction.scoring import calibration_error, errors_in_least_sure

DATA = Path(__file__).resolve().parent.parent / "data"
# Written with the rules; written blind by someone who never saw them, then developed on (fourteen
# sets); and written blind for the fit alone, the rules never tuned on it.
DEVELOPMENT = (
    DATA / "stance_dev.jsonl",
    DATA / "stance_dev2.jsonl",
    DATA / "stance_dev3.jsonl",
    DATA / "stance_dev4.jsonl",
    DATA / "stance_dev5.jsonl",
    DATA / "stance_dev6.jsonl",
    DATA / "stance_dev7.jsonl",
    DATA / "stance_dev8.jsonl",
    DATA / "stance_dev9.jsonl",
    DATA / "stance_dev10.jsonl",
    DATA / "stance_dev11.jsonl",
    DATA / "stance_dev12.jsonl",
    DATA / "stance_dev13.jsonl",
    DATA / "stance_dev14.jsonl",
    DATA / "stance_dev15.jsonl",
    DATA / "stance_calibration.jsonl",
)


def _development_outcomes(registry) -> list[tuple[tuple[str, ...], bool]]:
    outcomes = []
    lines = [line for path in DEVELOPMENT for line in path.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        example = json.loads(line)
        quotes = extract_quotes(example["text"], registry)
        if quotes:  # a sentence the extractor finds no quote in has no stance to weigh
            outcomes.append((quotes[0].stance_signals, quotes[0].stance in example["stance"]))
    return outcomes


def test_calibration_table_is_the_fit_on_development_quotes(demo_registry):
    fitted = fit_calibration(_development_outcomes(demo_registry))

    assert fitted.keys() == CALIBRATION.keys()
    assert all(abs(fitted[signal] - CALIBRATION[signal]) <= 0.011 for signal in fitted)


def test_development_quotes_are_several_hundred_and_calibrated(demo_registry):
    outcomes = _development_outcomes(demo_registry)
    shown = [(calibrated(signals), right) for signals, right in outcomes]

    assert len(outcomes) >= 750
    assert calibration_error(shown) <= 0.05


# Five folds, so that each quote is weighed by a table fitted without it.
_FOLDS = 5
# The least sure fifth should hold half of the errors. On the seeds it holds 0.55; out of
# fold on the quotes fitted on it holds 0.35 to 0.36 (six shuffles): the signals do not yet
# foresee many of the errors on text written blind, nor on stance_unseen.jsonl (0.38).
LEAST_SURE_FLOOR = 0.33


def test_least_sure_fifth_holds_errors_of_quotes_left_out_of_the_fit(demo_registry):
    outcomes = _development_outcomes(demo_registry)
    order = list(range(len(outcomes)))
    random.Random(0).shuffle(order)

    shown = []
    for fold in range(_FOLDS):
        left_out = set(order[fold::_FOLDS])
        table = fit_calibration([outcomes[n] for n in order if n not in left_out])
        shown += [(calibrated(outcomes[n][0], table), outcomes[n][1]) for n in left_out]

    assert errors_in_least_sure(shown) >= LEAST_SURE_FLOOR


@pytest.mark.parametrize(
    ("sure", "unsure"),
    [
        # the reporting verb borne out by the quote's own words, or not
        (
            "Antony Blinken warned that any attack would have severe consequences.",
            "Antony Blinken warned that Moscow would reply on Friday.",
        ),
        # a view taken by default of plain description, or of the speaker's own moves
        (
            "“The talks lasted four hours,” Jens Stoltenberg said.",
            "“We will be there on Thursday,” Jens Stoltenberg said.",
        ),
        # a view of how things stand, or one with a modal no rule could place
        (
            "“The talks lasted four hours on Tuesday,” Sergey Lavrov said.",
            "“The talks could last four hours on Tuesday,” Sergey Lavrov said.",
        ),
        # a whole statement, or a fragment of one
        (
            "Sergey Lavrov described the answer as “a disappointing and empty text”.",
            "Sergey Lavrov described the answer as “empty”.",
        ),
    ],
)
def test_shakier_evidence_shows_a_lower_stance_confidence(demo_registry, sure, unsure):
    first = extract_quotes(sure, demo_registry)[0]
    second = extract_quotes(unsure, demo_registry)[0]

    assert first.stance_confidence > second.stance_confidence


def test_quote_confidence_is_every_field_at_once(demo_registry):
    text = "“We are ready to talk about the open-door policy,” Jens Stoltenberg said."

    quote = extract_quotes(text, demo_registry)[0]

    expected = (quote.speaker_confidence, quote.stance_confidence, quote.issues_confidence)
    assert quote.confidence == overall_confidence(*expected) < min(expected)
