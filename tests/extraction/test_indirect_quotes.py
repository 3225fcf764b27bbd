"""Indirect quotes: the reported content after reporting verbs and phrases."""

import pytest

from positions.extraction import extract_quotes


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    "text",
    [
        "Jens Stoltenberg said that NATO is eager to discuss arms control.",
        "Jens Stoltenberg said NATO is eager to discuss arms control.",
        "Jens Stoltenberg stressed on Friday that NATO is eager to discuss arms control.",
        "Jens Stoltenberg told reporters that NATO is eager to discuss arms control.",
        "Jens Stoltenberg insisted that NATO is eager to discuss arms control.",
        "NATO is eager to discuss arms control, Jens Stoltenberg said.",
        "NATO is eager to discuss arms control, said Jens Stoltenberg.",
        "According to Jens Stoltenberg, NATO is eager to discuss arms control.",
        "NATO is eager to discuss arms control, according to Jens Stoltenberg.",
    ],
)
def test_indirect_quote_after_reporting_phrase_is_found(text):
    quotes = _indirect(text)

    assert quotes == [("NATO is eager to discuss arms control", "Jens Stoltenberg")]


def test_indirect_quote_after_participle_keeps_main_speaker():
    text = "Russia is ready for dialogue, Alexander Grushko said, noting that the Alliance is not ready."

    quotes = _indirect(text)

    assert quotes == [
        ("Russia is ready for dialogue", "Alexander Grushko"),
        ("the Alliance is not ready", "Alexander Grushko"),
    ]


def test_indirect_quote_called_for_takes_object():
    text = "Vladimir Putin called for legally binding guarantees against NATO expansion."

    quotes = _indirect(text)

    assert quotes == [("legally binding guarantees against NATO expansion", "Vladimir Putin")]


def test_indirect_quote_quoted_as_saying_names_the_quoted_person():
    text = "The Interfax agency quoted Deputy Defense Minister Alexander Fomin as saying that talks stalled."

    quotes = _indirect(text)

    assert quotes == [("talks stalled", "Alexander Fomin")]


def test_indirect_quote_stops_at_trailing_participle_clause():
    text = (
        "Jens Stoltenberg stressed that Ukraine has the right to choose, dismissing a key demand."
    )

    quotes = _indirect(text)

    assert quotes == [("Ukraine has the right to choose", "Jens Stoltenberg")]


def test_indirect_frame_around_long_partial_quote_is_reported_speech():
    text = (
        "Jens Stoltenberg assured that NATO countries continue to support Ukraine, its "
        "sovereignty and territorial integrity, and provide it with “political support.”"
    )

    quotes = [(q.kind, q.text) for q in extract_quotes(text)]

    assert quotes == [
        (
            "indirect",
            "NATO countries continue to support Ukraine, its sovereignty and territorial "
            "integrity, and provide it with",
        ),
        ("direct", "political support."),
    ]


def test_indirect_short_frame_around_partial_quote_is_not_reported_speech():
    text = "Wendy Sherman said the demands are “simply non-starters.”"

    quotes = [(q.kind, q.text) for q in extract_quotes(text)]

    assert quotes == [("direct", "simply non-starters.")]


def test_reporting_noun_is_not_a_reporting_verb():
    text = "Fomin’s remarks follow a summit between NATO representatives and Russian diplomats."

    assert extract_quotes(text) == []


def test_indirect_quote_according_to_source_with_place():
    text = "According to diplomats in Brussels, the alliance is preparing a written response."

    quotes = _indirect(text)

    assert quotes == [("the alliance is preparing a written response", "diplomats")]


def test_indirect_quote_after_a_day_without_comma():
    text = "The Pentagon said on Monday it had put 8,500 troops on heightened alert."

    quotes = _indirect(text)

    assert quotes == [("it had put 8,500 troops on heightened alert", "Pentagon")]


def test_indirect_quote_after_saying_without_that():
    text = "NATO rejected the demand, saying countries are free to choose their alliances."

    quotes = _indirect(text)

    assert quotes == [("countries are free to choose their alliances", "NATO")]


def test_adverbial_before_attribution_is_not_content():
    text = "As the talks began, the envoy said. During the talks, Russia is ready to compromise, Alexander Grushko said."

    quotes = _indirect(text)

    assert quotes == [("Russia is ready to compromise", "Alexander Grushko")]


@pytest.mark.parametrize(
    "text",
    [
        "Jens Stoltenberg is warning that Russia faces a high price.",
        "Ukraine backs Jens Stoltenberg, who warned that Russia faces a high price.",
        "Allies met at the summit, in which Jens Stoltenberg warned that Russia faces a high price.",
    ],
)
def test_indirect_quote_progressive_and_relative_clauses(text):
    quotes = _indirect(text)

    assert quotes[0] == ("Russia faces a high price", "Jens Stoltenberg")


def test_indirect_quote_called_on_takes_its_object():
    text = "Anna Berg called on the alliance to reopen its missions in Moscow."

    quotes = _indirect(text)

    assert quotes == [("the alliance to reopen its missions in Moscow", "Anna Berg")]


def test_indirect_quote_told_someone_to_do_something():
    text = "Alexander Grushko told his deputies to prepare a written answer."

    quotes = _indirect(text)

    assert quotes == [("his deputies to prepare a written answer", "Alexander Grushko")]


def test_indirect_quote_share_of_respondents_is_a_source():
    text = "In the survey, 73 percent said the talks should continue."

    quotes = _indirect(text)

    assert quotes == [("the talks should continue", "73 percent")]
