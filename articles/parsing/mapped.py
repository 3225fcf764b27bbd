"""Text edits that remember where every surviving character came from.

Cleaning deletes and replaces pieces of the raw text; quotes found in the clean
text must still be highlighted in the raw text. Each character therefore carries
the half-open span ``[start, end)`` of raw text it was produced from: one
character wide when copied, the whole replaced piece when it was rewritten
(``&mdash;`` becomes one character whose source is all seven).
"""

import re
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# An edit replaces text[start:end] with a new string ("" deletes it).
Edit = tuple[int, int, str]


def _offset_array(values: Iterable[int] = ()) -> array:
    # A typed array costs 8 bytes a character, where a list of ints costs far
    # more; a 10 MB upload must not need gigabytes.
    return array("q", values)


# Offsets 0, 1, 2, … for texts of ordinary length: slicing this (a copy in C) is far
# quicker than building an identity map from a range for every article.
_IDENTITY_LENGTH = 1 << 16
_IDENTITY = _offset_array(range(_IDENTITY_LENGTH + 1))


@dataclass(frozen=True)
class MappedText:
    text: str
    starts: array
    ends: array

    @classmethod
    def identity(cls, text: str) -> "MappedText":
        length = len(text)
        if length <= _IDENTITY_LENGTH:
            # each character ends where the next begins
            return cls(text, _IDENTITY[:length], _IDENTITY[1 : length + 1])
        starts = _offset_array(range(length))
        ends = starts[1:]  # slicing is a copy in C
        ends.append(length)
        return cls(text, starts, ends)

    def apply(self, edits: Iterable[Edit]) -> "MappedText":
        """Apply sorted, non-overlapping edits; untouched text keeps its mapping."""
        pieces: list[str] = []
        starts = _offset_array()
        ends = _offset_array()
        cursor = 0
        changed = False
        for start, end, replacement in edits:
            if start < cursor:
                raise ValueError("edits overlap or are not sorted")
            if start == end and replacement:
                raise ValueError("insertions have no source text to map to")
            if replacement == self.text[start:end]:
                continue
            changed = True
            pieces.append(self.text[cursor:start])
            starts.extend(self.starts[cursor:start])
            ends.extend(self.ends[cursor:start])
            if replacement:
                pieces.append(replacement)
                source_start, source_end = self.starts[start], self.ends[end - 1]
                starts.extend([source_start] * len(replacement))
                ends.extend([source_end] * len(replacement))
            cursor = end
        if not changed:
            return self
        pieces.append(self.text[cursor:])
        starts.extend(self.starts[cursor:])
        ends.extend(self.ends[cursor:])
        return MappedText("".join(pieces), starts, ends)

    def substitute(
        self,
        pattern: re.Pattern[str],
        replacement: Callable[[re.Match[str]], str] | str,
        group: int = 0,
    ) -> "MappedText":
        """Like ``re.sub`` but mapping-aware; a match replaced by itself stays a copy.

        With ``group``, only that group of each match is replaced, which lets a
        pattern look at surrounding text without a slow lookbehind.
        """
        matches = pattern.finditer(self.text)
        if isinstance(replacement, str):
            fixed = replacement
            return self.apply((*match.span(group), fixed) for match in matches)
        return self.apply((*match.span(group), replacement(match)) for match in matches)
