"""Sentences and words."""

from positions.extraction.text import Span, paragraphs, sentences, words


def _sentences(text: str, opaque: list[Span] = ()) -> list[str]:
    (paragraph,) = paragraphs(text)
    return [text[s.start : s.end] for s in sentences(text, paragraph, list(opaque))]


def test_sentences_skip_abbreviations_and_initials():
    text = "Mr. Smith met U.S. officials in Jan. 2022. J. Doe said so."

    assert _sentences(text) == ["Mr. Smith met U.S. officials in Jan. 2022.", "J. Doe said so."]


def test_sentences_do_not_break_inside_a_quote():
    text = "“We are ready. We are serious,” he said. It ended."

    assert _sentences(text, [Span(0, 31)]) == [
        "“We are ready. We are serious,” he said.",
        "It ended.",
    ]


def test_sentences_break_after_a_quote_that_closes_a_sentence():
    text = "He said “we are ready.” Then he left."

    assert _sentences(text, [Span(8, 23)]) == ["He said “we are ready.”", "Then he left."]


def test_words_keep_initialisms_and_possessives_whole():
    assert [w.text for w in words("The U.S. envoy’s well-known view")] == [
        "The",
        "U.S.",
        "envoy’s",
        "well-known",
        "view",
    ]
