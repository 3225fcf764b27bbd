"""Find quoted passages: pair opening and closing quote marks in every common style.

Handles “ ” " " « » „ “ ‘ ’ ‹ › and ASCII `` '' marks, mismatched pairs left by broken
entities (“ … »), quotes carried over paragraph breaks, and quotes never closed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .text import Span

_MARK = re.compile(r"''|``|[\"'“”„‟«»‹›‘’‚]")
_DOUBLE_CLOSERS = frozenset({"”", "“", "»", "''", '"'})
_SINGLE_OPENERS = frozenset({"‘", "‹", "‚", "'"})
_SINGLE_CLOSERS = frozenset({"’", "›", "'"})
# Characters that may stand before an opening mark or after a closing one.
_OPEN_CONTEXT = " \t\n([{—–-:;/,"


@dataclass(frozen=True)
class QuotedSpan:
    """One quoted passage inside one paragraph."""

    open_at: int  # position of the opening mark (== content.start when the mark is missing)
    content: Span  # the words between the marks, whitespace trimmed
    close_end: int  # position just after the closing mark (== content.end when unclosed)
    closed: bool
    single: bool  # delimited by single marks, which more often mark scare quotes and titles
    continued: bool = False  # the quote goes on in the next paragraph

    @property
    def outer(self) -> Span:
        return Span(self.open_at, self.close_end)


class _Mark(NamedTuple):
    """A quote mark, or an apostrophe until the pairing tells them apart: a named tuple,
    since an article has hundreds of them."""

    text: str
    start: int
    end: int


def _is_apostrophe(text: str, mark: _Mark) -> bool:
    before = text[mark.start - 1] if mark.start else " "
    after = text[mark.end] if mark.end < len(text) else " "
    return before.isalnum() and after.isalnum()


def _can_open(text: str, mark: _Mark) -> bool:
    if mark.text in ("”", "»", "’", "›"):
        return False
    before = text[mark.start - 1] if mark.start else " "
    after = text[mark.end] if mark.end < len(text) else " "
    if mark.text in ('"', "''"):
        # A straight mark opens after a space (or at the start) and not before the end of a line.
        return (before in _OPEN_CONTEXT or before in "“‘«") and after not in "\n"
    if mark.text == "'":
        # An apostrophe is far commoner than a straight single quote: open only before a word.
        return before in _OPEN_CONTEXT and after.isalnum()
    if mark.text in _SINGLE_OPENERS:
        return before in _OPEN_CONTEXT or not before.isalnum()
    return after != "\n"


def _can_close(text: str, mark: _Mark, single: bool) -> bool:
    if single:
        if mark.text == "'":
            after = text[mark.end] if mark.end < len(text) else " "
            return not after.isalnum() and not text[mark.start - 1].isspace()
        return mark.text in _SINGLE_CLOSERS and not _is_apostrophe(text, mark)
    if mark.text == "“":
        # “ closes only „-style quotes, so it must not be followed by the next word.
        after = text[mark.end] if mark.end < len(text) else " "
        return not after.isalnum()
    return mark.text in _DOUBLE_CLOSERS


def _marks_by_paragraph(text: str, paragraphs: list[Span]) -> list[list[_Mark]]:
    make = tuple.__new__  # skips the named tuple's Python-level constructor (see text.words)
    marks = [make(_Mark, (m.group(), m.start(), m.end())) for m in _MARK.finditer(text)]
    grouped: list[list[_Mark]] = [[] for _ in paragraphs]
    index = 0
    for mark in marks:
        while index < len(paragraphs) and paragraphs[index].end <= mark.start:
            index += 1
        if index == len(paragraphs):
            break
        if paragraphs[index].start <= mark.start:
            grouped[index].append(mark)
    return grouped


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _opens_paragraph(text: str, paragraph: Span, marks: list[_Mark]) -> bool:
    return bool(marks) and marks[0].start == paragraph.start and _can_open(text, marks[0])


def find_quoted_spans(text: str, paragraphs: list[Span]) -> list[QuotedSpan]:
    grouped = _marks_by_paragraph(text, paragraphs)
    found: list[QuotedSpan] = []
    for number, (paragraph, marks) in enumerate(zip(paragraphs, grouped, strict=True)):
        next_opens = number + 1 < len(paragraphs) and _opens_paragraph(
            text, paragraphs[number + 1], grouped[number + 1]
        )
        found.extend(_pair_marks(text, paragraph, marks, next_opens))
    return [q for q in found if any(c.isalnum() for c in text[q.content.start : q.content.end])]


def _pair_marks(
    text: str, paragraph: Span, marks: list[_Mark], next_paragraph_opens: bool
) -> list[QuotedSpan]:
    found = []
    opening: _Mark | None = None
    for mark in marks:
        if opening is None:
            if _can_open(text, mark):
                opening = mark
            continue
        single = opening.text in _SINGLE_OPENERS
        if _can_close(text, mark, single):
            content = _trimmed(text, opening.end, mark.start)
            found.append(QuotedSpan(opening.start, content, mark.end, True, single))
            opening = None
    if opening is not None and opening.text not in _SINGLE_OPENERS:
        # By convention a quote that runs on into the next paragraph is left open and that
        # paragraph starts with a fresh opening mark; otherwise the writer forgot to close it.
        content = _trimmed(text, opening.end, paragraph.end)
        continued = next_paragraph_opens
        found.append(QuotedSpan(opening.start, content, content.end, False, False, continued))
    return found
