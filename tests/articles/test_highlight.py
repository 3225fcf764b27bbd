from dataclasses import dataclass

from articles.highlight import Piece, highlighted_paragraphs


@dataclass
class _Quote:
    start: int
    end: int
    anchor_lost: bool = False


def test_highlighted_paragraphs_marks_each_quote_inside_its_paragraph():
    body = "Title\n\nHe said “no veto” today.\nNext line."
    quote = _Quote(body.index("no veto"), body.index("no veto") + 7)

    paragraphs = highlighted_paragraphs(body, [quote])

    assert paragraphs == [
        [Piece("Title")],
        [Piece("He said “"), Piece("no veto", quote), Piece("” today.")],
        [Piece("Next line.")],
    ]


def test_highlighted_paragraphs_skips_overlaps_and_lost_anchors():
    body = "abcdefghij"
    first, overlapping, lost = _Quote(1, 5), _Quote(3, 8), _Quote(8, 9, anchor_lost=True)

    paragraphs = highlighted_paragraphs(body, [overlapping, lost, first])

    assert paragraphs == [[Piece("a"), Piece("bcde", first), Piece("fghij")]]


def test_highlighted_paragraphs_keeps_every_character_of_the_body():
    body = "One.\n\n“Two,” she said, “three.”\n"
    quotes = [_Quote(7, 10), _Quote(21, 27)]

    paragraphs = highlighted_paragraphs(body, quotes)

    assert "".join(p.text for para in paragraphs for p in para) == body.replace("\n", "")
