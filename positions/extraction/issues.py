"""Suggest the issues a quote bears on, from the editor's words for each issue.

Evidence, strongest first:
- a keyword of the issue, in any of its inflections, among the quote's own words;
- words of the issue's name and description among the quote's words (each worth less the
  more issues share it);
- a keyword in the rest of the quote's paragraph, or in the article's headline: the topic
  the quote is said on, weaker than its own words.
An issue is suggested on a keyword of the quote's own or on two weaker pieces of evidence
together; a quote may bear on several. The words are the editor's: nothing here knows any negotiation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .inflection import derivations, inflections, is_inflected, lemma, without_prefix, word_key

if TYPE_CHECKING:
    from .registry import RegistryIssue
    from .text import Span

# What each kind of evidence is worth. One keyword of the quote's own suggests its issue; so do
# two weaker pieces together (a name word and the paragraph's topic, the paragraph's topic and
# the headline's), but never one alone.
OWN_KEYWORD = 1.0
NAME_WORD = 0.5
PARAGRAPH_KEYWORD = 0.5
HEADLINE_KEYWORD = 0.3
SUGGESTED_AT = 0.75

_WORD = re.compile(r"\w+(?:[-’']\w+)*")
# Words of a name or description that say nothing about the subject.
_FUNCTION_WORDS = frozenset(
    """a an the and or but nor of to in on at by for from with without into onto over under
    near about against between among around through during before after than as its their
    his her our your this that these those it they we he she there here is are was were be
    been being has have had do does did not no any all each every some such other others
    more most less new own same so very can could may might must shall should will would
    issue issues question questions matter matters policy policies also which who whom whose
    what when where how why""".split()
)


@dataclass(frozen=True)
class IssueIndex:
    """Lookup tables over the registry's issues, built once per registry."""

    # Every form of every keyword as one pattern over lower-cased text, longest match first.
    pattern: re.Pattern[str] | None = None
    slug_by_form: dict[str, str] = field(default_factory=dict)
    # The word key of each distinctive word of an issue's name and description → its issues.
    slugs_by_word: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.slug_by_form and not self.slugs_by_word

    def keyword_hits(self, text: str) -> list[tuple[int, str]]:
        """(position, issue slug) of each keyword form in `text`, in text order."""
        if self.pattern is None:
            return []
        return [
            (match.start(), self.slug_by_form[match.group()])
            for match in self.pattern.finditer(text.lower())
        ]

    def name_words(self, text: str) -> dict[str, float]:
        """Issues whose name or description words occur in `text`, with their weight."""
        weights: dict[str, float] = {}
        for key in set(map(word_key, _WORD.findall(text.lower()))):
            slugs = self.slugs_by_word.get(key, ())
            for slug in slugs:
                weights[slug] = weights.get(slug, 0.0) + NAME_WORD / len(slugs)
        return weights


def build_issue_index(
    issues: Iterable[RegistryIssue], ignored_words: Iterable[str] = ()
) -> IssueIndex:
    """`ignored_words`: words too common in the negotiation's articles to tell issues apart,
    such as its parties' names."""
    slug_by_form: dict[str, str] = {}
    words: dict[str, list[str]] = {}
    ignored = {word_key(w) for w in ignored_words} | {word_key(w) for w in _FUNCTION_WORDS}
    for issue in issues:
        for keyword in (issue.name, *issue.keywords):
            for form in keyword_forms(keyword):
                slug_by_form.setdefault(form, issue.slug)
        for word in _WORD.findall(f"{issue.name} {issue.description}".lower()):
            for part in word.split("-"):
                key = word_key(part)
                if len(key) > 2 and key not in ignored and issue.slug not in words.get(key, ()):
                    words.setdefault(key, []).append(issue.slug)
    if not slug_by_form:
        return IssueIndex(slugs_by_word={k: tuple(v) for k, v in words.items()})
    return IssueIndex(
        pattern=trie_pattern(slug_by_form),
        slug_by_form=slug_by_form,
        slugs_by_word={k: tuple(v) for k, v in words.items()},
    )


def keyword_forms(keyword: str) -> tuple[str, ...]:
    """The forms of a keyword a text may use: "security guarantees" → "security guarantee",
    "join NATO" → "joined NATO", "build-up" → "buildup", "de-escalation" → "de-escalate",
    "escalation". The keyword's first and last words are inflected: the verb of a verb
    phrase comes first, the head of a noun phrase last."""
    words = keyword.lower().split()
    if not words:
        return ()
    variants = {" ".join(words)}
    if len(words) == 1:
        variants |= _single_word_forms(words[0])
    else:
        firsts = _word_forms(words[0])
        lasts = _word_forms(words[-1])
        middle = words[1:-1]
        variants |= {" ".join([f, *middle, last]) for f in firsts for last in lasts}
    return tuple(sorted(_spellings(variants)))


def _single_word_forms(word: str) -> set[str]:
    forms: set[str] = set()
    for variant in filter(None, (word, without_prefix(word))):
        forms |= _word_forms(variant)
        for derived in derivations(variant):
            forms |= set(inflections(derived))
    if word.endswith(("ed", "ing")) and is_inflected(word):
        forms.discard(lemma(word))  # "massed" names the act; the bare "mass" names anything
    return forms


def _word_forms(word: str) -> set[str]:
    base = lemma(word)
    if base != word and word.endswith("s") and not word.endswith("ss"):
        return {word, base}  # the editor wrote a plural: a noun, never a verb ("exercises")
    if len(word) <= 3 or not word.isalpha():
        return {word}
    return {word, *inflections(base)}


def _spellings(variants: set[str]) -> set[str]:
    """Hyphenated compounds are also written joined or apart: build-up, buildup, build up."""
    spelt = set(variants)
    for variant in variants:
        if "-" in variant:
            spelt |= {variant.replace("-", ""), variant.replace("-", " ")}
    return spelt


@dataclass
class ArticleIssues:
    """One article's issue evidence: its headline's and each paragraph's keywords, read once."""

    index: IssueIndex
    text: str
    paragraphs: Sequence[Span]
    headline: str | None = None
    _headline_slugs: frozenset[str] | None = None
    _paragraph_hits: dict[int, list[tuple[int, str]]] = field(default_factory=dict)

    def for_quote(self, start: int, end: int) -> tuple[str, ...]:
        """The issues of the quote at text[start:end], own keywords first."""
        if self.index.empty:
            return ()
        quote = self.text[start:end]
        own = [slug for _, slug in self.index.keyword_hits(quote)]
        scores = dict.fromkeys(own, OWN_KEYWORD)
        for slug, weight in self.index.name_words(quote).items():
            scores[slug] = scores.get(slug, 0.0) + weight
        for slug in self._around(start, end):
            scores[slug] = scores.get(slug, 0.0) + PARAGRAPH_KEYWORD
        for slug in self._headline():
            scores[slug] = scores.get(slug, 0.0) + HEADLINE_KEYWORD
        ranked = sorted(scores, key=lambda slug: (slug not in own, -scores[slug]))
        return tuple(slug for slug in ranked if scores[slug] >= SUGGESTED_AT)

    def _around(self, start: int, end: int) -> set[str]:
        """Issues named by keyword in the quote's paragraph, outside the quote."""
        number = _paragraph_of(self.paragraphs, start)
        if number is None:
            return set()
        if number not in self._paragraph_hits:
            paragraph = self.paragraphs[number]
            hits = self.index.keyword_hits(self.text[paragraph.start : paragraph.end])
            self._paragraph_hits[number] = [(paragraph.start + at, slug) for at, slug in hits]
        return {slug for at, slug in self._paragraph_hits[number] if not start <= at < end}

    def _headline(self) -> frozenset[str]:
        if self._headline_slugs is None:
            hits = self.index.keyword_hits(self.headline or "")
            self._headline_slugs = frozenset(slug for _, slug in hits)
        return self._headline_slugs


def _paragraph_of(paragraphs: Sequence[Span], position: int) -> int | None:
    low, high = 0, len(paragraphs)
    while low < high:
        middle = (low + high) // 2
        if paragraphs[middle].end <= position:
            low = middle + 1
        else:
            high = middle
    if low < len(paragraphs) and paragraphs[low].start <= position:
        return low
    return None


_END = ""  # marks where a keyword ends in the trie


def trie_pattern(keywords: Iterable[str]) -> re.Pattern[str]:
    """The keywords as one pattern over lower-cased text. A trie: at each position only the
    keywords sharing what was read so far are tried, and the longest one that ends at a word
    boundary wins ("missile deployment" over "missile")."""
    root: dict = {}
    for keyword in keywords:
        node = root
        for character in keyword:
            node = node.setdefault(character, {})
        node[_END] = {}
    return re.compile(r"\b" + _trie_pattern(root) + r"\b")


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(c) + _trie_pattern(child) for c, child in node.items() if c != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        # greedy: the longer keyword is tried first, the shorter one if it fails
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


# How often suggested issues were right on the invented development quotes
# (tests/data/stance_dev.jsonl), measured like the stance's confidences.
_FOUND_CONFIDENCE = 0.8
_NONE_CONFIDENCE = 0.5


def issues_confidence(found: tuple[str, ...], index: IssueIndex) -> float:
    """A suggested issue is seldom wrong; none found often misses one named in other words."""
    if index.empty:
        return 1.0  # no issues to suggest: the empty suggestion cannot be wrong
    return _FOUND_CONFIDENCE if found else _NONE_CONFIDENCE
