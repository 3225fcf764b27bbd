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
        [Piece("Title", start=0)],
        [Piece("He said “", start=7), Piece("no veto", quote, 16), Piece("” today.", start=23)],
        [Piece("Next line.", start=32)],
    ]


def test_highlighted_paragraphs_skips_overlaps_and_lost_anchors():
    body = "abcdefghij"
    first, overlapping, lost = _Quote(1, 5), _Quote(3, 8), _Quote(8, 9, anchor_lost=True)

    paragraphs = highlighted_paragraphs(body, [overlapping, lost, first])

    assert paragraphs == [[Piece("a", start=0), Piece("bcde", first, 1), Piece("fghij", start=5)]]


def test_highlighted_paragraphs_keeps_every_character_of_the_body():
    body = "One.\n\n“Two,” she said, “three.”\n"
    quotes = [_Quote(7, 10), _Quote(21, 27)]

    paragraphs = highlighted_paragraphs(body, quotes)

    assert "".join(p.text for para in paragraphs for p in para) == body.replace("\n", "")


def test_each_piece_says_where_it_begins_in_the_body():
    body = "One.\n\n“Two,” she said,\n“three.”\n\n"
    quotes = [_Quote(7, 10), _Quote(24, 30)]

    paragraphs = highlighted_paragraphs(body, quotes)

    pieces = [piece for paragraph in paragraphs for piece in paragraph]
    assert [body[p.start : p.start + len(p.text)] for p in pieces] == [p.text for p in pieces]
    assert [p.start for p in pieces] == [0, 6, 7, 10, 23, 24, 30]
