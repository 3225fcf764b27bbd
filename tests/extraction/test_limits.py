"""The engine refuses an article that quotes more than a news article ever does."""

import pytest

from positions.extraction import MAX_QUOTES, TooManyQuotes, extract_quotes

STATEMENT = "“We are ready to talk about missiles,” the minister said.\n\n"
# Attributed to no one, and too short to be statements: refused only for their number.
SCARE_QUOTES = "They spoke of “x” again. "


@pytest.mark.parametrize("paragraph", [STATEMENT, SCARE_QUOTES])
def test_extract_quotes_refuses_more_quotes_than_the_limit(paragraph):
    with pytest.raises(TooManyQuotes) as refusal:
        extract_quotes(paragraph * (MAX_QUOTES + 1))

    assert (refusal.value.code, str(refusal.value)) == (
        "too-many-quotes",
        "The text has too many quotes (more than 2,000) to suggest them one by one. "
        "Split it into shorter articles and upload those.",
    )


def test_extract_quotes_at_the_limit_finds_every_quote():
    quotes = extract_quotes(STATEMENT * MAX_QUOTES)

    assert len(quotes) == MAX_QUOTES


def test_extract_quotes_without_a_limit_finds_every_quote():
    quotes = extract_quotes(STATEMENT * (MAX_QUOTES + 1), max_quotes=None)

    assert len(quotes) == MAX_QUOTES + 1
