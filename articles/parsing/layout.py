"""How an article's lines are laid out: where the lines are, which one is the
headline, and which only carry metadata (a timestamp, a byline).

Cleaning (which tidies the headline) and metadata reading (which reports it)
share these rules, so both agree on what the title line is.
"""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .boilerplate import is_ui_junk_line
from .datelines import match_dateline
from .dates import timestamp_line_date

# A title longer than this is really the first paragraph of text pasted without one.
MAX_TITLE_LINE = 300
_NON_SPACE = re.compile(r"\S")


@dataclass(frozen=True)
class Line:
    start: int  # offset of the first character
    end: int  # offset just after the last character (before the newline)
    text: str


# Lines are produced lazily: most rules look only at the first or last few
# lines, and a 5 MB upload may have hundreds of thousands of them.
def iter_lines(text: str, start: int = 0) -> Iterator[Line]:
    """The lines of ``text`` from offset ``start`` (a line start) onwards."""
    while start <= len(text):
        end = text.find("\n", start)
        if end == -1:
            end = len(text)
        yield Line(start, end, text[start:end])
        start = end + 1


def iter_lines_backwards(text: str) -> Iterator[Line]:
    """The lines of ``text`` from the last to the first."""
    end = len(text)
    while end >= 0:
        start = text.rfind("\n", 0, end) + 1
        yield Line(start, end, text[start:end])
        end = start - 1


def non_blank(lines: Iterable[Line]) -> Iterator[Line]:
    return (line for line in lines if line.text and not line.text.isspace())


_BYLINE = re.compile(
    # A first and a last name at least, so that "By Monday, …" stays a headline.
    r"(?i:by|от|автор:?)\s+[A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w.'’-]*){1,3}"
    r"(?:\s+(?i:and|и)\s+[A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w.'’-]*){0,3})?"
    r"(?:\s*[,|]\s*\S+(?: \S+){0,3})?"
)


def is_metadata_line(text: str) -> bool:
    """A line that only says when or by whom ("14 Jan, 2022 07:12", "By Jane Doe")."""
    stripped = text.strip()
    return timestamp_line_date(stripped) is not None or (
        len(stripped) <= 80 and _BYLINE.fullmatch(stripped) is not None
    )


_WORD = re.compile(r"[^\W\d_]{2,}")


def is_substantial(text: str) -> bool:
    """Enough words to be a title or a paragraph rather than a stray label."""
    words = _WORD.findall(text[:200])  # the opening is enough to judge, even for 5 MB lines
    return len(words) >= 2 or sum(map(len, words)) >= 12


def find_title_line(text: str) -> Line | None:
    """The first substantial line that is not a timestamp, a byline or a row of icons.

    Icon rows are gone from clean text, but metadata may be read from text
    that was never cleaned.
    """
    for line in non_blank(iter_lines(text)):
        if is_metadata_line(line.text) or is_ui_junk_line(line.text):
            continue
        if is_substantial(line.text):
            return line
    return None


def find_headline(text: str) -> Line | None:
    """The title line if it stands alone as a headline, else None.

    A single long paragraph, or a paragraph opening with a dateline, is text
    pasted without a headline: its opening words make a title, but the line
    itself belongs to the body.
    """
    line = find_title_line(text)
    if line is None or not _has_text_after(text, line):
        return None
    if len(line.text) > MAX_TITLE_LINE or match_dateline(line.text) or _reads_like_prose(line.text):
        return None
    return line


def _has_text_after(text: str, line: Line) -> bool:
    return _NON_SPACE.search(text, line.end) is not None


_SENTENCE_BREAK = re.compile(r"[.!?][\"”»’]?\s+[A-ZА-ЯЁ\"“«]")
_MAX_HEADLINE_WORDS = 25


def _reads_like_prose(text: str) -> bool:
    """Several sentences, or a long one ending in a full stop: a paragraph, not a headline."""
    stripped = text.rstrip()
    if not stripped.endswith((".", '"', "”", "»")):
        return False
    return bool(_SENTENCE_BREAK.search(stripped)) or len(stripped.split()) > _MAX_HEADLINE_WORDS


_SECTION_SEPARATOR = re.compile(r"\s+[|｜]\s+")
_MAX_SECTION_WORDS = 5


def section_suffix_start(title: str) -> int | None:
    """Where a " | Section" or " | Outlet" tail starts in a headline, if it has one."""
    parts = _SECTION_SEPARATOR.split(title)
    if len(parts) < 2:
        return None
    tails = parts[1:]
    if any(len(tail.split()) > _MAX_SECTION_WORDS or not tail for tail in tails):
        return None
    headline_words = len(parts[0].split())
    if headline_words < 2 or headline_words <= max(len(tail.split()) for tail in tails):
        return None
    first = _SECTION_SEPARATOR.search(title)
    assert first is not None
    return first.start()


def strip_section_suffix(title: str) -> str:
    cut = section_suffix_start(title)
    return title if cut is None else title[:cut]


def same_headline(a: str, b: str) -> bool:
    """Equal headlines, ignoring case, spacing, section tails and final punctuation."""
    return _headline_key(a) == _headline_key(b) and bool(_headline_key(a))


# Pages often print the headline once with curly quotes and once with straight ones.
_QUOTE_VARIANTS = str.maketrans({**dict.fromkeys("‘’‚‛", "'"), **dict.fromkeys("“”„‟«»", '"')})


def _headline_key(text: str) -> str:
    words = strip_section_suffix(text.strip()).casefold().translate(_QUOTE_VARIANTS).split()
    return " ".join(words).rstrip(".!?:")
