"""Paragraphs, sentences and word tokens of a clean article text, all as character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

# Abbreviations whose full stop does not end a sentence ("Mr. Putin", "Jan. 7", "U.S. officials").
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen sens rep reps gov gen lt col sgt capt cmdr adm maj st jr sr inc corp
    co ltd jan feb mar apr jun jul aug sep sept oct nov dec no vs messrs atty supt rev hon dept
    mt ft pres approx est fig op del amb det insp fr msgr mme mlle gens""".split()
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+")
_NEXT_SENTENCE_START = re.compile(r"[\"“‘«„'(\[]?[A-Z0-9À-ÖØ-Þ]")
# A word, with inner apostrophes and hyphens; initials run together ("U.S.") stay one word.
_WORD = re.compile(r"\w+(?:[’'\-]\w+)*(?:(?<=\b[A-Za-z])\.(?:[A-Za-z]\.)+)?")
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, init=False)
class Span:
    start: int
    end: int

    # Hundreds are made for each article. Written out, `__init__` compiles to native code
    # (see native.py); the one dataclasses would generate stays interpreted, ten times slower.
    def __init__(self, start: int, end: int) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)


class Token(NamedTuple):
    """A word; a named tuple because an article has thousands and they are built often."""

    text: str
    start: int
    end: int
    lower: str
    is_capitalized: bool


def paragraphs(text: str) -> list[Span]:
    """Each non-blank line is a paragraph: cleaned articles put one paragraph per line."""
    found = []
    for match in _PARAGRAPH.finditer(text):
        start, end = _strip(text, match.start(), match.end())
        if start < end:
            found.append(Span(start, end))
    return found


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def strip_span(text: str, start: int, end: int, chars: str = "") -> Span:
    """The span without surrounding whitespace and the given punctuation."""
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return Span(start, end)


# A name that opens with a lower-case particle joined by a hyphen ("Majed al-Ansari",
# "Abdel Fattah el-Sisi") is capitalised all the same.
PARTICLE_NAME = re.compile(r"\b(?:al|el|ad|ar|as|at|az|ash|bin|ibn|abu|ben|bint)-[A-ZÀ-ÖØ-Þ]")


def words(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    tokens = tokens_of(list(_WORD.finditer(text, start, end)))
    # The common case, told by a scan for a hyphen (much cheaper than the pattern's search).
    if text.find("-", start, end) < 0 or PARTICLE_NAME.search(text, start, end) is None:
        return tokens
    return [
        token._replace(is_capitalized=True) if PARTICLE_NAME.match(token.text) else token
        for token in tokens
    ]


def tokens_of(matches: list[re.Match[str]], capitalised: bool | None = None) -> list[Token]:
    """A token for each word matched; `capitalised` when every word is known to be or not.

    Built by maps over the matches rather than a Python loop: an article has thousands of
    tokens, and maps run in C. `tuple.__new__` skips the named tuple's Python-level constructor.
    """
    found = list(map(re.Match.group, matches))
    is_capitalized = (
        map(str.isupper, map(itemgetter(0), found))
        if capitalised is None
        else repeat(capitalised, len(found))
    )
    fields = zip(
        found,
        map(re.Match.start, matches),
        map(re.Match.end, matches),
        map(str.lower, found),
        is_capitalized,
        strict=True,
    )
    return list(map(tuple.__new__, repeat(Token), fields))


def _ends_with_abbreviation(text: str, stop: int, start: int) -> bool:
    """Whether the full stop at `stop` closes an abbreviation or an initial rather than a sentence."""
    if text[stop] != ".":
        return False
    begin = stop
    while begin > start and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:stop].lower().rstrip(".")
    if len(word) == 1 and text[begin].isupper():
        return True
    return word in _ABBREVIATIONS or (word.count(".") >= 1 and len(word) <= 4)


def sentences(text: str, paragraph: Span, opaque: list[Span]) -> list[Span]:
    """Sentences of a paragraph; no sentence boundary is placed inside an `opaque` span (a quote)."""
    found = []
    start = paragraph.start
    for match in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
        stop = match.start()
        # A full stop inside a quote ends a sentence only when the quote closes right after it.
        closed_at = match.end() - (len(match.group()) - len(match.group().rstrip()))
        if _inside(opaque, stop, closed_at) or not _NEXT_SENTENCE_START.match(text, match.end()):
            continue
        if _ends_with_abbreviation(text, stop, paragraph.start):
            continue
        end = match.end()
        found.append(strip_span(text, start, end))
        start = end
    if start < paragraph.end:
        found.append(strip_span(text, start, paragraph.end))
    return [s for s in found if s.start < s.end]


def _inside(spans: list[Span], position: int, boundary: int) -> bool:
    """Whether `position` lies in a span that stays open past `boundary`."""
    return any(s.start < position and s.end > boundary for s in spans)
