"""Find the same statement by the same speaker reported by different articles.

Two reports of one statement rarely share their wording ("Russia has no veto" against "Russia
does not have a veto"), so clauses are compared as sets of content words, with every form of
negation folded into one word and auxiliaries dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Sequence
from typing import Protocol

from .registry import normalize_name

_CLAUSE_BREAK = re.compile(r"[.!?;…]+|\s-\s|\s[—–]\s")
_WORD = re.compile(r"[\w’']+")
_NEGATIONS = frozenset({"no", "not", "never", "none", "nor", "n't", "cannot", "without"})
_STOPWORDS = frozenset(
    """a an the of to in on at for by with from and or but as that this these those it its is are
    was were be been being has have had do does did will would shall should can could may might
    must of course also so very just only then there here what which who whom whose when where we
    our us they their them he she his her i me my you your one else""".split()
)
_MIN_SHARED = 3
_MIN_OVERLAP = 0.75
QuoteRef = tuple[Hashable, int]


class _Quote(Protocol):
    start: int
    end: int
    speaker: str | None
    actor_key: str | int | None


def _speaker_key(quote: _Quote) -> str | None:
    if quote.actor_key is not None:
        return f"actor:{quote.actor_key}"
    if not quote.speaker:
        return None
    words = normalize_name(quote.speaker).split()
    return f"name:{words[-1]}" if words else None


def _content_words(clause: str) -> frozenset[str]:
    found = set()
    for word in _WORD.findall(clause.lower().replace("’", "'")):
        if word.endswith("n't") or word in _NEGATIONS:
            found.add("not")
        elif word not in _STOPWORDS and len(word) > 1:
            found.add(word.removesuffix("'s"))
    return frozenset(found)


def _clauses(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Each clause's content words, and those of them that are common words (not names)."""
    clauses = []
    for piece in _CLAUSE_BREAK.split(text):
        content = _content_words(piece)
        if len(content) >= _MIN_SHARED:
            common = _content_words(" ".join(w for w in piece.split() if w[:1].islower()))
            clauses.append((content, common - {"not"}))
    return clauses


def _same_statement(
    a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]
) -> bool:
    shared = a[0] & b[0]
    if len(shared) < _MIN_SHARED or len(shared) / min(len(a[0]), len(b[0])) < _MIN_OVERLAP:
        return False
    # Names and "not" alone ("Russia", "NATO", "not") say too little to call two clauses one.
    return bool(shared & a[1] & b[1])


class _Groups:
    """Union-find over quote references."""

    def __init__(self) -> None:
        self.parent: dict[QuoteRef, QuoteRef] = {}

    def find(self, item: QuoteRef) -> QuoteRef:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: QuoteRef, b: QuoteRef) -> None:
        self.parent[self.find(a)] = self.find(b)


def group_corroborations(
    articles: Sequence[tuple[Hashable, str, Sequence[_Quote]]],
) -> list[list[QuoteRef]]:
    """Groups of (article key, quote index) reporting one statement by one speaker, from 2+ articles."""
    by_speaker: dict[str, list[tuple[QuoteRef, tuple[frozenset[str], frozenset[str]]]]] = (
        defaultdict(list)
    )
    order: dict[QuoteRef, int] = {}
    for key, text, quotes in articles:
        for number, quote in enumerate(quotes):
            speaker = _speaker_key(quote)
            if speaker is None:
                continue
            order[(key, number)] = len(order)
            for clause in _clauses(text[quote.start : quote.end]):
                by_speaker[speaker].append(((key, number), clause))
    groups = _Groups()
    for clauses in by_speaker.values():
        _link_matching(clauses, groups)
    return _collect(groups, order)


def _link_matching(
    clauses: list[tuple[QuoteRef, tuple[frozenset[str], frozenset[str]]]], groups: _Groups
) -> None:
    """Compare only clauses sharing a word, found through an inverted index."""
    by_word: dict[str, list[int]] = defaultdict(list)
    for position, (_, clause) in enumerate(clauses):
        for word in clause[1]:
            by_word[word].append(position)
    for position, (ref, clause) in enumerate(clauses):
        candidates = {other for word in clause[1] for other in by_word[word] if other > position}
        for other in candidates:
            other_ref, other_clause = clauses[other]
            if other_ref[0] != ref[0] and _same_statement(clause, other_clause):
                groups.join(ref, other_ref)


def _collect(groups: _Groups, order: dict[QuoteRef, int]) -> list[list[QuoteRef]]:
    members: dict[QuoteRef, list[QuoteRef]] = defaultdict(list)
    for ref in groups.parent:
        members[groups.find(ref)].append(ref)
    found = [sorted(m, key=order.__getitem__) for m in members.values() if len(m) >= 2]
    return sorted(found, key=lambda m: order[m[0]])
