"""Split an article body into paragraphs of plain and highlighted pieces for the reader."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    text: str
    quote: object | None = None  # the quote this piece highlights, if any
    start: int = 0  # where the piece begins in the body, so a selection maps back to it


def highlighted_paragraphs(body: str, quotes) -> list[list[Piece]]:
    """Paragraphs (split on blank lines or line breaks) with each quote's span marked.

    Overlapping quotes keep the first; a quote whose anchor is lost is not marked. Each
    piece knows where it begins in the body (a quote's words may span lines: its piece is
    the quote, line breaks and all).
    """
    spans = _non_overlapping(
        sorted(
            (q for q in quotes if not q.anchor_lost and 0 <= q.start < q.end <= len(body)),
            key=lambda q: q.start,
        )
    )
    paragraphs, current, cursor = [], [], 0
    for start, end, quote in [*spans, (len(body), len(body), None)]:
        at = cursor
        for index, line in enumerate(body[cursor:start].split("\n")):
            if index:
                paragraphs.append(current)
                current = []
            if line:
                current.append(Piece(line, start=at))
            at += len(line) + 1
        if quote is not None:
            current.append(Piece(body[start:end], quote, start))
        cursor = end
    paragraphs.append(current)
    return [paragraph for paragraph in paragraphs if paragraph]


def _non_overlapping(quotes) -> list[tuple[int, int, object]]:
    spans, reached = [], 0
    for quote in quotes:
        if quote.start >= reached:
            spans.append((quote.start, quote.end, quote))
            reached = quote.end
    return spans
