import pytest

from positions.extraction.languages import ENGLISH, english_inflections, reporting_verbs


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("warned", "warn"),
        ("told", "tell"),
        ("insisting", "insist"),
        ("found", "find"),
        ("made it clear", "make it clear"),
        ("spoken", "speak"),
        ("vows", "vow"),
    ],
)
def test_english_reporting_forms_are_generated_from_lemmas(form, lemma):
    assert ENGLISH.reporting.forms[form] == lemma


def test_a_verb_listed_once_takes_all_its_frames():
    reporting = ENGLISH.reporting

    frames = {frame for frame, lemmas in reporting.frames.items() if "tell" in lemmas}

    assert frames == {"that", "plain", "listener", "noun-like"}


def test_a_verb_that_only_reports_with_an_infinitive_reports_with_one():
    assert "refuse" in ENGLISH.reporting.taking("to")


def test_a_qualifying_frame_alone_makes_no_reporting_verb():
    reporting = reporting_verbs({"brief": "listener", "say": "that"}, english_inflections)

    assert sorted(set(reporting.forms.values())) == ["say"]
