"""Direct quotes in every common quote style, and what is not a statement."""

import pytest

from positions.extraction import extract_quotes


def _direct(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text) if q.kind == "direct"]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("‘", "’"), ("''", "''"), ("“ ", " »")],
)
def test_direct_quote_every_style_is_found(opening, closing):
    text = f"{opening}We are ready to talk about missiles,{closing} Jens Stoltenberg said."

    quotes = _direct(text)

    assert quotes == [("We are ready to talk about missiles,", "Jens Stoltenberg")]


def test_direct_quote_split_around_attribution_shares_statement():
    text = "“We will not agree,” she told reporters, “that NATO cannot expand.” Wendy Sherman left."

    first, second = [q for q in extract_quotes(text) if q.kind == "direct"]

    assert (first.text, second.text) == ("We will not agree,", "that NATO cannot expand.")
    assert first.statement == second.statement


def test_direct_quote_split_around_a_long_attribution_shares_statement():
    text = (
        "“The depot will stay open all winter,” said Ilse Marwood-Tanaka, the managing director"
        " of the Ostfeld haulage cooperative, “and we would be glad to talk about the summer.”"
    )

    first, second = extract_quotes(text)

    assert first.statement == second.statement
    assert (first.stance, second.stance) == ("offer", "offer")


def test_direct_quote_spanning_paragraphs_continues_speaker():
    text = (
        "Mikhail Remizov said: “We could discuss the prevention of military incidents.\n\n"
        "“On other issues there are no prospects for agreements.”"
    )

    quotes = _direct(text)

    assert quotes == [
        ("We could discuss the prevention of military incidents.", "Mikhail Remizov"),
        ("On other issues there are no prospects for agreements.", "Mikhail Remizov"),
    ]


def test_direct_quote_partial_inside_sentence_is_found():
    text = (
        "Jens Stoltenberg spoke on Friday. He pointed to “Russia's unjustified military buildup.”"
    )

    quotes = _direct(text)

    assert quotes == [("Russia's unjustified military buildup.", "Jens Stoltenberg")]


def test_direct_quote_unclosed_stops_before_trailing_attribution():
    text = (
        "Alexander Grushko stressed that Russia is ready. "
        '"But NATO does not seek normal working military contacts, RIA Novosti reports.'
    )

    quotes = _direct(text)

    assert quotes == [
        ("But NATO does not seek normal working military contacts", "Alexander Grushko")
    ]


def test_direct_quote_offsets_point_at_its_text():
    text = 'Intro.\n"Russia has no veto," Jens Stoltenberg said.'

    (quote,) = extract_quotes(text)

    assert text[quote.start : quote.end] == quote.text == "Russia has no veto,"


def test_scare_quote_is_not_a_statement():
    text = "Diplomats were expelled over claims of involvement in undisclosed ‘espionage’, which Russia rejects."

    assert _direct(text) == []


def test_quote_in_headline_is_not_a_statement():
    text = "NATO-Russia talks at deadlock amid ‘real risk’ of war\n\nThe talks ended on Wednesday."

    assert _direct(text) == []


def test_direct_quote_in_straight_single_marks_is_found():
    text = "'We will never accept troops on our border,' the foreign ministry said in a statement."

    quotes = _direct(text)

    assert quotes == [("We will never accept troops on our border,", "foreign ministry")]


def test_apostrophes_do_not_open_quotes():
    text = "Nato's members and the allies' envoys met. 'It was useful,' Jens Stoltenberg said."

    quotes = _direct(text)

    assert quotes == [("It was useful,", "Jens Stoltenberg")]


def test_direct_quote_split_across_sentences_shares_statement():
    text = "Ben Wallace spoke.\n“It's a very dangerous moment,” he said. “Everyone must step back.”"

    first, second = [q for q in extract_quotes(text) if q.kind == "direct"]

    assert first.statement == second.statement
