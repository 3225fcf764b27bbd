import re

from hypothesis import given, settings
from hypothesis import strategies as st

from articles.parsing import clean_text

# Pieces cleaning reacts to, mixed into arbitrary text to reach every rule.
_FRAGMENTS = st.sampled_from(
    [
        "& nbsp;",
        "&mdash;",
        "&#8217;",
        "& raquo;",
        "&amp;nbsp;",
        "\r\n",
        "\r",
        "\n\n\n",
        "\t",
        "\xa0",
        "\u200b",
        "  ",
        " | News",
        "Leave a Reply",
        "Comments are closed.",
        "on YouTube",
        "icon chevron downicon closeicon searchicon fbicon twicon shareicon",
        "14 Jan, 2022 07:12",
        "Title repeated",
        "\nTitle repeated\n",
        "Vestnik Kavkaza",
        "“",
        "»",
    ]
)
_TEXTS = st.lists(st.one_of(st.text(max_size=30), _FRAGMENTS), max_size=40).map("".join)
# What cleaning may rewrite rather than copy: entities and single odd characters.
_REWRITABLE = re.compile(r"(?:&[^&]*;|[\s\x00-\x1f\x7f\u200b-\u200d\u2060\ufeff\u00ad\x85])+")


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_clean_text_offset_map_is_monotonic_in_range_and_faithful(raw):
    cleaned = clean_text(raw)
    text = cleaned.text

    offsets = [cleaned.to_raw(i) for i in range(len(text) + 1)]

    assert offsets == sorted(offsets)
    assert all(0 <= offset < len(raw) for offset in offsets[:-1])
    assert offsets[-1] <= len(raw)
    for i, char in enumerate(text):
        start, end = cleaned.to_raw_span(i, i + 1)
        source = raw[start:end]
        assert source == char or _REWRITABLE.fullmatch(source), (i, char, source)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_text_never_raises_and_keeps_the_words_of_plain_prose(raw):
    cleaned = clean_text(raw)

    assert set(cleaned.text.split()) <= set(raw.split()) | _joined_words(raw)


def _joined_words(raw: str) -> set[str]:
    # Removing invisible characters may join two tokens into one.
    return set(re.sub(r"[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]", "", raw).split())
