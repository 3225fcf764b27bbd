"""Turning extracted article text into clean text, with a map back to the input.

Every rule here only deletes or rewrites pieces of the text (never reorders
it), so each clean character knows the raw span it came from: the reader can
highlight a quote in the upload exactly as it was written.
"""

import html
import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from .boilerplate import (
    INLINE_FURNITURE,
    SENTENCE_MARKS,
    ends_a_body,
    is_trailer_line,
    is_ui_junk_line,
    looks_like_lone_name,
)
from .layout import (
    Line,
    find_headline,
    find_title_line,
    iter_lines,
    iter_lines_backwards,
    non_blank,
    same_headline,
    section_suffix_start,
)
from .mapped import Edit, MappedText


@dataclass(frozen=True)
class CleanText:
    """Clean text plus, for each character, the raw span it was produced from.

    ``removed_trailer`` holds the closing lines cleaning dropped (an outlet's
    name on its own, "Leave a Reply"), because metadata reading still wants to
    see a signature line that no longer belongs in the text.
    """

    text: str
    raw_starts: array | None = field(default=None, repr=False, compare=False)
    raw_ends: array | None = field(default=None, repr=False, compare=False)
    removed_trailer: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.raw_starts is None or self.raw_ends is None:
            # Text built directly (not by clean_text) maps onto itself.
            identity = MappedText.identity(self.text)
            object.__setattr__(self, "raw_starts", identity.starts)
            object.__setattr__(self, "raw_ends", identity.ends)

    def to_raw(self, offset: int) -> int:
        """Where the clean character at ``offset`` came from in the raw text.

        ``len(text)`` maps to just after the source of the last character, so
        that offsets can be used as span ends too.
        """
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} is outside the clean text (0..{len(self.text)})")
        assert self.raw_starts is not None and self.raw_ends is not None
        if offset == len(self.text):
            return self.raw_ends[-1] if self.text else 0
        return self.raw_starts[offset]

    def to_raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span that produced clean ``text[start:end]``, whole entities included."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}..{end} is outside the clean text (0..{len(self.text)})")
        assert self.raw_ends is not None
        if start == end:
            return self.to_raw(start), self.to_raw(start)
        return self.to_raw(start), self.raw_ends[end - 1]

    def to_clean(self, raw_offset: int) -> int:
        """The first clean offset whose source starts at or after ``raw_offset``."""
        assert self.raw_starts is not None
        return bisect_right(self.raw_starts, raw_offset - 1)


def clean_text(raw: str) -> CleanText:
    """Apply the cleaning rules to extracted text; the title line is kept."""
    mapped = MappedText.identity(raw)
    mapped = _decode_entities(_decode_entities(mapped))  # twice: "&amp;nbsp;" is common
    mapped = _normalise_whitespace(mapped)
    mapped = _drop_ui_junk_lines(mapped)
    mapped = _drop_inline_furniture(mapped)
    mapped = _tidy_title(mapped)
    mapped, trailer = _drop_trailer(mapped)
    mapped = _normalise_whitespace(mapped)
    return CleanText(mapped.text, mapped.starts, mapped.ends, trailer)


# Entities written with a stray space ("& nbsp;") are scraping debris, but
# "& copy;" could be prose, so only the usual suspects are repaired when spaced.
_DEBRIS_ENTITY_NAMES = frozenset((
    "nbsp", "mdash", "ndash", "hellip", "laquo", "raquo", "lsquo", "rsquo", "ldquo",
    "rdquo", "sbquo", "bdquo", "quot", "amp", "apos", "lt", "gt", "shy", "thinsp",
    "ensp", "emsp", "zwnj", "zwj", "bull", "middot",
))  # fmt: skip
_ENTITY = re.compile(
    r"&(?P<space>[ \t\xa0]{0,2})"
    r"(?P<name>#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31})"
    r"(?P<end>[ \t\xa0]?;|(?![A-Za-z0-9]))"
)


def _decode_entities(mapped: MappedText) -> MappedText:
    return mapped.substitute(_ENTITY, _entity_replacement)


def _entity_replacement(match: re.Match[str]) -> str:
    name = match["name"]
    spaced = match.group(0) != f"&{name};"
    if not match["end"] and name.lower() not in _DEBRIS_ENTITY_NAMES:
        return match.group(0)  # "AT&T", "R&D": without a semicolon only debris names count
    if spaced and not name.startswith("#") and name.lower() not in _DEBRIS_ENTITY_NAMES:
        return match.group(0)
    candidates = (name, name.lower()) if spaced else (name,)
    for candidate in candidates:
        decoded = html.unescape(f"&{candidate};")
        if decoded != f"&{candidate};":
            return decoded
    return match.group(0)


_SPACE_LIKE = (
    "\t\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_LINE_BREAK_LIKE = "\x0b\x0c\x85\u2028\u2029"
_CONTROL = "".join(chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F))
_ODD_CHARACTER = re.compile(
    # A CRLF loses its CR, so the newline left is the raw LF itself.
    rf"(?P<crlf>\r(?=\n))|(?P<newline>[\r{_LINE_BREAK_LIKE}])|(?P<space>[{_SPACE_LIKE}]+)"
    rf"|(?P<invisible>[{_INVISIBLE}{re.escape(_CONTROL)}]+)"
)
_ODD_CHARACTER_REPLACEMENTS = {"crlf": "", "newline": "\n", "space": " ", "invisible": ""}
# Where an odd character can start: one character class is scanned many times faster than
# the alternation above, which then only runs where this finds something.
_ODD_CHARACTER_START = re.compile(
    rf"[\r{_LINE_BREAK_LIKE}{_SPACE_LIKE}{_INVISIBLE}{re.escape(_CONTROL)}]"
)


def _odd_characters(text: str) -> Iterator[Edit]:
    """The edits ``_ODD_CHARACTER.finditer`` would give, found by their first character."""
    position = 0
    while (start := _ODD_CHARACTER_START.search(text, position)) is not None:
        match = _ODD_CHARACTER.match(text, start.start())
        assert match is not None and match.lastgroup is not None
        yield match.start(), match.end(), _ODD_CHARACTER_REPLACEMENTS[match.lastgroup]
        position = match.end()


_LINE_EDGE_SPACES = re.compile(r"^ +| +$", re.MULTILINE)
# Group 1 is what goes: the spaces after the first, the newlines after the second.
_REPEATED_SPACES = re.compile(r" ( +)")
_EXTRA_BLANK_LINES = re.compile(r"\n\n(\n+)")
_TEXT_EDGE_NEWLINES = re.compile(r"\A\n+|\n+\Z")


def _normalise_whitespace(mapped: MappedText) -> MappedText:
    """One space between words, no spaces at line ends, at most one blank line.

    Most texts need few of these rules, so each regex runs only when a plain substring
    test says it can match: a scan of the whole text costs more than the edit.
    """
    mapped = mapped.apply(_odd_characters(mapped.text))
    text = mapped.text
    if text[:1] == " " or text[-1:] == " " or " \n" in text or "\n " in text:
        mapped = mapped.substitute(_LINE_EDGE_SPACES, "")
    if "  " in mapped.text:
        mapped = mapped.substitute(_REPEATED_SPACES, "", group=1)
    if "\n\n\n" in mapped.text:
        mapped = mapped.substitute(_EXTRA_BLANK_LINES, "", group=1)
    if mapped.text[:1] == "\n" or mapped.text[-1:] == "\n":
        mapped = mapped.substitute(_TEXT_EDGE_NEWLINES, "")
    return mapped


def _delete_line(line: Line, text: str) -> Edit:
    """An edit removing a whole line together with its line break."""
    end = line.end + 1 if line.end < len(text) else line.end
    return (line.start, end, "")


def _drop_matching_lines(
    mapped: MappedText, line_pattern: re.Pattern[str], confirm: Callable[[str], bool] | None = None
) -> MappedText:
    """Delete the whole lines ``line_pattern`` matches (and ``confirm`` accepts).

    The pattern is anchored at a line start (``^`` in multi-line mode) and stays inside its
    line, so it is tried at line starts only: ``finditer`` would try every character.
    """
    text = mapped.text
    matches = (line_pattern.match(text, start) for start in _line_starts(text))
    return mapped.apply(
        _delete_line(Line(match.start(), match.end(), match.group()), text)
        for match in matches
        if match is not None and (confirm is None or confirm(match.group()))
    )


def _line_starts(text: str) -> Iterator[int]:
    start = 0
    while start >= 0:
        yield start
        start = text.find("\n", start) + 1 or -1


# Icon runs have no sentence punctuation, so only such lines need a closer look.
_UNPUNCTUATED_LINE = re.compile(rf"^[^\n{re.escape(SENTENCE_MARKS)}]{{12,5000}}$", re.MULTILINE)


def _drop_ui_junk_lines(mapped: MappedText) -> MappedText:
    return _drop_matching_lines(mapped, _UNPUNCTUATED_LINE, is_ui_junk_line)


def _drop_inline_furniture(mapped: MappedText) -> MappedText:
    return _drop_matching_lines(mapped, INLINE_FURNITURE)


_REPEATED_TITLE_WINDOW = 3


def _tidy_title(mapped: MappedText) -> MappedText:
    """Drop the headline's " | Section" tail and the headline printed a second time."""
    title = find_headline(mapped.text)
    if title is None:
        return mapped
    edits: list[Edit] = []
    suffix = section_suffix_start(title.text)
    if suffix is not None:
        edits.append((title.start + suffix, title.end, ""))
    following = non_blank(iter_lines(mapped.text, title.end + 1))
    for line in islice(following, _REPEATED_TITLE_WINDOW):
        if same_headline(line.text, title.text):
            edits.append(_delete_line(line, mapped.text))
    return mapped.apply(edits)


def _drop_trailer(mapped: MappedText) -> tuple[MappedText, tuple[str, ...]]:
    """Remove closing furniture, working upwards from the last line.

    The title line and the first line of text always stay.
    """
    title = find_title_line(mapped.text)
    upwards = non_blank(iter_lines_backwards(mapped.text))
    last = next(upwards, None)
    removed: list[Line] = []
    signature_taken = False  # a page signs off once; two name lines are article text
    while last is not None and (title is None or last.start != title.start):
        before = next(upwards, None)
        if before is None:
            break
        is_furniture = is_trailer_line(last.text)
        if not is_furniture and not signature_taken and _is_signature(last, before):
            is_furniture = signature_taken = True
        if not is_furniture:
            break
        removed.append(last)
        last = before
    if not removed or last is None:
        return mapped, ()
    # Everything after the last kept line goes, blank lines included.
    trailer = tuple(line.text for line in reversed(removed))
    return mapped.apply([(last.end, len(mapped.text), "")]), trailer


def _is_signature(last: Line, before: Line) -> bool:
    """A lone name (often the outlet's) after a finished paragraph or other furniture."""
    return looks_like_lone_name(last.text) and (
        ends_a_body(before.text) or is_trailer_line(before.text)
    )
