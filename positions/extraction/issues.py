"""Suggest the issues a quote bears on, from the editor's words for each issue.

Evidence, strongest first:
- a keyword of the issue among the quote's own words, in any of its inflections and
  derivations, or turned round ("tariffs on cars" for "car tariffs");
- words of the issue's name and description among the quote's words, in their derived forms
  too ("industry" for "industrial"), each worth less the more issues share it;
- a keyword, or two name and description words, in the rest of the quote's paragraph, in the
  paragraph before or in the article's headline: the topic the quote is said on, weaker than
  its own words and weaker the farther away.
An issue is suggested on a keyword of the quote's own or on two weaker pieces of evidence
together; a quote may bear on several. A quote that points back ("That is the problem") leans
on what was named just before it; one that names nothing amid paragraphs that name nothing
takes the issue its headline names. The words are the editor's: nothing here knows any
negotiation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .inflection import derivations, inflections, is_inflected, lemma, stem, without_prefix

if TYPE_CHECKING:
    from .registry import RegistryIssue
    from .text import Span

# What a piece of evidence is worth: a keyword names its issue; a word of the issue's name or
# description only hints at it (the less, the more issues share the word), two such words
# together count as much as a keyword.
KEYWORD = 1.0
NAME_WORD = 0.5
# What evidence is worth by where it is. The quote's own words count fully; the rest of its
# paragraph, the paragraph before and the headline less and less: the topic the quote is said
# on, not what it says.
OWN = 1.0
PARAGRAPH = 0.5
PREVIOUS_PARAGRAPH = 0.35
HEADLINE = 0.3
# A quote that names nothing but points back ("That is the problem") is more likely about
# what was named just before it: that place counts this much more.
REFERENCE = 0.25
# One keyword of the quote's own suggests its issue; so do two weaker pieces together (a name
# word and the paragraph's topic, the paragraph's topic and the headline's), never one alone.
SUGGESTED_AT = 0.75

_WORD = re.compile(r"\w+(?:[-’']\w+)*")
# The words of a text compared with an issue's name and description: the parts of a compound
# ("build-up") each, words of two letters never.
_LETTERS = re.compile(r"[^\W\d_]{3,}")
# Words of a name or description that say nothing about the subject.
_FUNCTION_WORDS = frozenset(
    """a an the and or but nor of to in on at by for from with without into onto over under
    near about against between among around through during before after than as its their
    his her our your this that these those it they we he she there here is are was were be
    them us him me my mine yours ours theirs itself themselves one ones
    been being has have had do does did not no any all each every some such other others
    more most less new own same so very can could may might must shall should will would
    issue issues question questions matter matters policy policies also which who whom whose
    what when where how why""".split()
)
# Words by which a quote points back at what was said before it.
_REFERRING_WORDS = re.compile(r"\b(?:it|this|that|these|those|they|them|such|so)\b", re.I)


@dataclass(frozen=True)
class IssueIndex:
    """Lookup tables over the registry's issues, built once per registry."""

    # Every form of every keyword → its issue.
    slug_by_form: dict[str, str] = field(default_factory=dict)
    # The stem of each distinctive word of an issue's name and description → its issues.
    slugs_by_word: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Keyword forms (the group "keyword") and words that may share a stem with a name word,
    # so one pass over a text finds both and the rest of it is never looked at.
    evidence_pattern: re.Pattern[str] | None = None
    # What each lower-case word of a text is evidence of, looked up once per word.
    _by_word: dict[str, tuple[tuple[str, float, str], ...]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.slug_by_form and not self.slugs_by_word

    def keyword_hits(self, text: str) -> list[tuple[int, str]]:
        """(position, issue slug) of each keyword form in `text`, in text order."""
        return [
            (at, slug) for at, slug, worth, _ in self.hits(text, 0, len(text)) if worth == KEYWORD
        ]

    def hits(self, text: str, start: int, end: int) -> list[tuple[int, str, float, str]]:
        """(position, issue slug, worth, word) of each keyword and each name or description
        word in text[start:end], positions in `text`. One pass over the text finds both: a
        keyword's own words are looked up once per keyword form."""
        if self.evidence_pattern is None:
            return []
        found: list[tuple[int, str, float, str]] = []
        for match in self.evidence_pattern.finditer(text[start:end].lower()):
            at, words = start + match.start(), match.group()
            if match.lastgroup == "keyword":
                found.append((at, self.slug_by_form[words], KEYWORD, words))
                found += [(at + offset, *name) for offset, name in self._names_in(words)]
            else:
                found += [(at, *name) for name in self._names_of(words)]
        return found

    def _names_of(self, word: str) -> tuple[tuple[str, float, str], ...]:
        """(issue slug, worth, stem) for each issue whose name or description has the word."""
        names = self._by_word.get(word)
        if names is None:
            key = stem(word)
            slugs = self.slugs_by_word.get(key, ())
            names = self._by_word[word] = tuple((s, NAME_WORD / len(slugs), key) for s in slugs)
        return names

    def _names_in(self, form: str) -> list[tuple[int, tuple[str, float, str]]]:
        """The name and description words among a keyword form's words, with their offsets."""
        return [
            (match.start(), name)
            for match in _LETTERS.finditer(form)
            for name in self._names_of(match.group())
        ]


def build_issue_index(
    issues: Iterable[RegistryIssue], ignored_words: Iterable[str] = ()
) -> IssueIndex:
    """`ignored_words`: words too common in the negotiation's articles to tell issues apart,
    such as its parties' names."""
    slug_by_form: dict[str, str] = {}
    words: dict[str, list[str]] = {}
    ignored = {stem(w) for w in ignored_words} | {stem(w) for w in _FUNCTION_WORDS}
    for issue in issues:
        for keyword in (issue.name, *issue.keywords):
            for form in keyword_forms(keyword):
                slug_by_form.setdefault(form, issue.slug)
        for word in _WORD.findall(f"{issue.name} {issue.description}".lower()):
            for part in word.split("-"):
                key = stem(part)
                if len(key) > 2 and key not in ignored and issue.slug not in words.get(key, ()):
                    words.setdefault(key, []).append(issue.slug)
    return IssueIndex(
        slug_by_form=slug_by_form,
        slugs_by_word={k: tuple(v) for k, v in words.items()},
        evidence_pattern=_evidence_pattern(slug_by_form, words),
    )


def _evidence_pattern(forms: Iterable[str], stems: Iterable[str]) -> re.Pattern[str] | None:
    """Keyword forms first (the longest that ends at a word boundary), else a word that begins
    like one of the stems: a candidate for sharing it. A stem ending in "y" begins its plural
    without it (duty, duties)."""
    keywords = _trie_pattern(_trie(forms))
    names = _trie_pattern(_trie([key.removesuffix("y") for key in stems]))
    branches = [f"(?P<keyword>{keywords})\\b"] if keywords else []
    branches += [f"{names}[^\\W\\d_]*"] if names else []
    return re.compile(r"\b(?:" + "|".join(branches) + ")") if branches else None


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
        if len(words) == 2 and all(word.isalpha() for word in words):
            variants |= _turned_round(*words)
    return tuple(sorted(_spellings(variants)))


# How a noun compound is said the other way round: "car tariffs" → "tariffs on cars".
_TURNING_WORDS = ("of", "on", "for", "of the", "on the", "for the")


def _turned_round(modifier: str, head: str) -> set[str]:
    modifiers, heads = _noun_forms(modifier), _noun_forms(head)
    return {f"{h} {by} {m}" for h in heads for by in _TURNING_WORDS for m in modifiers}


def _noun_forms(word: str) -> set[str]:
    """A noun's singular and plural."""
    return set(inflections(lemma(word))[:2])


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


@dataclass(frozen=True)
class IssueSuggestion:
    """The issues suggested for a quote, own keywords first, and how sure the suggestion is."""

    slugs: tuple[str, ...]
    confidence: float


# A piece of evidence in an article: where it is, its issue, what it is worth and the word it
# rests on (a name word counts once in a place however often it is repeated).
_Hit = tuple[int, str, float, str]


@dataclass
class ArticleIssues:
    """One article's issue evidence: its headline's and each paragraph's words, read once."""

    index: IssueIndex
    text: str
    paragraphs: Sequence[Span]
    headline: str | None = None
    _headline_evidence: dict[str, float] | None = None
    _paragraph_hits: dict[int, list[_Hit]] = field(default_factory=dict)
    _previous_evidence: dict[int, dict[str, float]] = field(default_factory=dict)

    def for_quote(self, start: int, end: int) -> tuple[str, ...]:
        """The issues of the quote at text[start:end], own keywords first."""
        return self.suggest(start, end).slugs

    def suggest(self, start: int, end: int) -> IssueSuggestion:
        """The issues of the quote at text[start:end] and the confidence of the suggestion."""
        if self.index.empty:
            return IssueSuggestion((), _NOTHING_TO_SUGGEST)
        number = _paragraph_of(self.paragraphs, start)
        hits = self._hits(number) if number is not None else []
        own, rest, before = _by_place(hits, start, end)
        rest, before, previous = _clear(rest), _clear(before), self._previous(number)
        headline = self._headline()
        places = [(own, OWN), (rest, PARAGRAPH), (previous, PREVIOUS_PARAGRAPH)]
        places += [(headline, HEADLINE)]
        if not _clear(own) and _refers_back(self.text, start, end):
            places += [(_nearest((before, rest, previous)), REFERENCE)]
        scores = _weighed(places)
        found = [slug for slug, score in scores.items() if score >= SUGGESTED_AT]
        if not found and not own and not (rest.keys() | previous.keys()) - headline.keys():
            return self._article_topic()
        keyworded = {slug for at, slug, worth, _ in hits if start <= at < end and worth == KEYWORD}
        found.sort(key=lambda slug: (slug not in keyworded, -scores[slug]))
        return IssueSuggestion(tuple(found), _confidence(found, own, keyworded))

    def _hits(self, number: int) -> list[_Hit]:
        """The evidence in one paragraph, found once for all its quotes."""
        if number not in self._paragraph_hits:
            paragraph = self.paragraphs[number]
            self._paragraph_hits[number] = self.index.hits(
                self.text, paragraph.start, paragraph.end
            )
        return self._paragraph_hits[number]

    def _previous(self, number: int | None) -> dict[str, float]:
        """The issues the paragraph before names clearly, unless it is the headline (which
        counts as such)."""
        if not number:
            return {}
        if number not in self._previous_evidence:
            paragraph = self.paragraphs[number - 1]
            is_headline = self.text[paragraph.start : paragraph.end] == self.headline
            evidence = {} if is_headline else _clear(_evidence(self._hits(number - 1)))
            self._previous_evidence[number] = evidence
        return self._previous_evidence[number]

    def _headline(self) -> dict[str, float]:
        if self._headline_evidence is None:
            headline = self.headline or ""
            hits = self.index.hits(headline, 0, len(headline))
            self._headline_evidence = _clear(_evidence(hits))
        return self._headline_evidence

    def _article_topic(self) -> IssueSuggestion:
        """For a quote that names no issue amid words that name none but the headline's: what
        the headline is about, if it is about one issue clearly."""
        topics = list(self._headline())
        if len(topics) == 1:
            return IssueSuggestion(tuple(topics), _TOPIC_CONFIDENCE)
        return IssueSuggestion((), _NONE_CONFIDENCE)


def _evidence(hits: Iterable[_Hit]) -> dict[str, float]:
    """Each issue's evidence among `hits`: a keyword is enough, name words add up."""
    seen: set[tuple[str, str]] = set()
    evidence: dict[str, float] = {}
    for _, slug, worth, word in hits:
        if (slug, word) not in seen:
            seen.add((slug, word))
            evidence[slug] = min(KEYWORD, evidence.get(slug, 0.0) + worth)
    return evidence


def _by_place(
    hits: list[_Hit], start: int, end: int
) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """The evidence of a paragraph's `hits` in the quote at start:end, in the rest of the
    paragraph, and in the part of it before the quote. One pass: this runs for every quote."""
    own: dict[str, float] = {}
    rest: dict[str, float] = {}
    before: dict[str, float] = {}
    seen: set[tuple[int, str, str]] = set()
    for at, slug, worth, word in hits:
        if start <= at < end:
            places: tuple[tuple[int, dict[str, float]], ...] = ((0, own),)
        elif at < start:
            places = ((1, rest), (2, before))
        else:
            places = ((1, rest),)
        for number, place in places:
            if (number, slug, word) not in seen:
                seen.add((number, slug, word))
                place[slug] = min(KEYWORD, place.get(slug, 0.0) + worth)
    return own, rest, before


def _clear(evidence: dict[str, float]) -> dict[str, float]:
    """The issues a place names clearly: by a keyword or two name words. Around a quote, one
    word of a description is too often the negotiation's common talk ("talks", "security")."""
    return {slug: amount for slug, amount in evidence.items() if amount >= KEYWORD}


def _nearest(places: Iterable[dict[str, float]]) -> dict[str, float]:
    return next((place for place in places if place), {})


def _weighed(places: list[tuple[dict[str, float], float]]) -> dict[str, float]:
    """Each issue's evidence times what its place is worth, added up."""
    scores: dict[str, float] = {}
    for evidence, worth in places:
        for slug, amount in evidence.items():
            scores[slug] = scores.get(slug, 0.0) + amount * worth
    return scores


def _refers_back(text: str, start: int, end: int) -> bool:
    """Whether the quote points back at something said before it: "That is the problem"."""
    return _REFERRING_WORDS.search(text, start, end) is not None


def _confidence(found: list[str], own: dict[str, float], keyworded: set[str]) -> float:
    """The weakest suggested issue decides: own keywords are seldom wrong, context alone more
    often; none found often misses an issue named in other words."""
    if not found:
        return _NONE_CONFIDENCE
    if all(slug in keyworded for slug in found):
        return _KEYWORD_CONFIDENCE
    if all(own.get(slug, 0.0) >= KEYWORD for slug in found):
        return _STRONG_CONFIDENCE  # two words of its description
    return _WEAK_CONFIDENCE


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


def _trie(words: Iterable[str]) -> dict:
    root: dict = {}
    for word in words:
        node = root
        for character in word:
            node = node.setdefault(character, {})
        node[_END] = {}
    return root


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(c) + _trie_pattern(child) for c, child in node.items() if c != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        # greedy: the longer keyword is tried first, the shorter one if it fails
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


# How often suggestions of each strength were right on invented articles (the seeds' gold
# and tests/data/issues_holdout.jsonl), measured like the stance's confidences.
_KEYWORD_CONFIDENCE = 0.9
_STRONG_CONFIDENCE = 0.8
_WEAK_CONFIDENCE = 0.7
_TOPIC_CONFIDENCE = 0.6
_NONE_CONFIDENCE = 0.5
_NOTHING_TO_SUGGEST = 1.0  # no issues in the registry: the empty suggestion cannot be wrong
