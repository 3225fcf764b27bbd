"""Confidences come from the invented development quotes, never from the seed gold."""

import json
from pathlib import Path

from positions.extraction import extract_quotes
from positions.extraction.confidence import CALIBRATION, fit_calibration, overall_confidence

DEV = Path(__file__).resolve().parent.parent / "data" / "stance_dev.jsonl"


def test_calibration_table_is_the_fit_on_development_quotes(demo_registry):
    outcomes = []
    for line in DEV.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        quote = extract_quotes(example["text"], demo_registry)[0]
        outcomes.append((quote.stance_evidence, quote.stance in example["stance"]))

    fitted = fit_calibration(outcomes)

    assert fitted == {evidence: CALIBRATION[evidence] for evidence in fitted}


def test_quote_confidence_is_every_field_at_once(demo_registry):
    text = "“We are ready to talk about the open-door policy,” Jens Stoltenberg said."

    quote = extract_quotes(text, demo_registry)[0]

    expected = (quote.speaker_confidence, quote.stance_confidence, quote.issues_confidence)
    assert quote.confidence == overall_confidence(*expected) < min(expected)
