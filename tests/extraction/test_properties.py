"""Properties that hold for any text at all."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from positions.extraction import extract_quotes

# Text rich in what the engine reacts to: quote marks, reporting verbs, names, line breaks.
_PIECES = st.sampled_from(
    [
        *("“", "”", '"', "«", "»", "„", "‘", "’", "''", "'", ", ", ". ", "\n", " (R-Ga.)"),
        *(" ― ", " U.S. ", " Ms Smith's ", " of the ", ":"),
        *(" said", " he", " Mr. Smith", " according to", " found", " that", " told"),
        *(" quoted", " as saying", " noting"),
    ]
)
_TEXT = st.lists(st.one_of(st.text(max_size=12), _PIECES), max_size=40).map("".join)


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_TEXT)
def test_extraction_on_any_text_never_raises_and_offsets_hold(text):
    quotes = extract_quotes(text)

    for quote in quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.kind in ("direct", "indirect")
        assert 0 <= quote.confidence <= 1
