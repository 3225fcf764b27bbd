import dataclasses

import pytest

from positions.extraction import extract_quotes
from positions.extraction.languages import (
    ENGLISH,
    PROFILES,
    english_inflections,
    reporting_verbs,
)


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


def _dialect(code: str, verbs: dict[str, str]):
    """English words with another table of reporting verbs, as another language's profile."""
    return dataclasses.replace(
        ENGLISH, code=code, reporting=reporting_verbs(verbs, english_inflections)
    )


@pytest.fixture
def terse_profile(monkeypatch):
    """A profile that knows one reporting verb only: "declare"."""
    profile = _dialect("xt", {"declare": "that plain"})
    monkeypatch.setitem(PROFILES, profile.code, profile)
    return profile


def test_attribution_reads_the_articles_language_profile(terse_profile):
    text = (
        "The mayor declared that the bridge would reopen in May. "
        "The governor said that the budget was balanced."
    )

    in_profile = extract_quotes(text, language=terse_profile.code)
    in_english = extract_quotes(text, language=ENGLISH.code)

    assert [q.text for q in in_profile] == ["the bridge would reopen in May"]
    assert [q.text for q in in_english] == [
        "the bridge would reopen in May",
        "the budget was balanced",
    ]


def test_a_profile_without_a_verb_finds_no_quote_it_introduces(terse_profile):
    text = "“The talks will go on through the night,” the envoy said."

    assert extract_quotes(text, language=terse_profile.code)[0].speaker is None
    assert extract_quotes(text, language=ENGLISH.code)[0].speaker is not None


def test_a_profiles_function_words_decide_who_was_told(monkeypatch):
    # Another language is another profile: its own listener words, the rules unchanged.
    grammar = dataclasses.replace(
        ENGLISH.grammar, listeners=ENGLISH.grammar.listeners | {"villagers"}
    )
    profile = dataclasses.replace(ENGLISH, code="xv", grammar=grammar)
    monkeypatch.setitem(PROFILES, profile.code, profile)
    text = "Anna Berg told villagers ferries would run."

    in_profile = extract_quotes(text, language=profile.code)

    assert [(q.text, q.speaker) for q in in_profile] == [("ferries would run", "Anna Berg")]
    assert extract_quotes(text, language=ENGLISH.code) == []


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("drop", ("drop", "dropped", "drops", "dropping")),
        ("scrap", ("scrap", "scrapped", "scraps", "scrapping")),
        ("quip", ("quip", "quipped", "quips", "quipping")),
        ("admit", ("admit", "admitted", "admits", "admitting")),
        ("lift", ("lift", "lifted", "lifts", "lifting")),
        ("shelve", ("shelve", "shelved", "shelves", "shelving")),
    ],
)
def test_english_inflections_double_a_short_final_consonant(lemma, forms):
    assert english_inflections(lemma) == forms
