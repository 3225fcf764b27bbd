"""What the engine proposes for a span an editor marks by hand: speaker, stance, issues, kind.

An editor who selects words the engine missed (or found only in part) wants the form
filled in as the engine would have: the attribution of the quote the engine found there,
or of the nearest quote in the same paragraph, and the stance and issues read from the
selected words themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .engine import ExtractedQuote, extract_quotes
from .issues import ArticleIssues
from .languages import DEFAULT_LANGUAGE, ENGLISH, profile_for
from .registry import Registry, index_for
from .stance import Speaker, suggest
from .text import Span, paragraphs

# Marks that open or close a quotation: a span they enclose is somebody's own words.
_QUOTE_MARKS = frozenset("\"'“”„‟«»‹›‘’‚")
_CLOSING_PUNCTUATION = ",.!?;:…"


@dataclass(frozen=True)
class SpanProposal:
    """The engine's proposal for text[start:end]; `found` is the quote it rests on, if any."""

    actor_key: str | int | None
    speaker: str | None
    speaker_as_written: str | None
    party_slug: str | None
    stance: str | None
    issues: tuple[str, ...]
    kind: str  # "direct" | "indirect"
    found: ExtractedQuote | None = None


def propose_for_span(
    text: str,
    start: int,
    end: int,
    registry: Registry | None = None,
    *,
    said_on: date | None = None,
    language: str = DEFAULT_LANGUAGE,
    headline: str | None = None,
) -> SpanProposal:
    """Speaker, stance, issues and kind for the words text[start:end].

    A quote the engine finds overlapping the span lends its attribution (the one covering
    most of the span); otherwise the nearest quote in the span's paragraph does. The stance
    is read from the span's own words (the engine's own, when the span is exactly its quote),
    the issues from the span and its paragraph, and the kind from the quote marks around it.
    """
    found = extract_quotes(
        text, registry, said_on=said_on, max_quotes=None, language=language, headline=headline
    )
    index = index_for(registry if registry is not None else Registry())
    own = _most_overlapping(found, start, end)
    source = own or _nearest_in_paragraph(text, found, start, end)
    kind = own.kind if own is not None else _kind_of(text, start, end)
    if own is not None and (own.start, own.end) == (start, end):
        stance = own.stance
    else:
        speaker = Speaker(source.party_slug if source else None, _speaker_kind(source, registry))
        profile = profile_for(language) or ENGLISH
        indirect = kind == "indirect"
        stance = suggest(
            text[start:end], index, speaker=speaker, profile=profile, indirect=indirect
        ).stance
    issues = ArticleIssues(index.issues, text, paragraphs(text), headline).for_quote(start, end)
    return SpanProposal(
        actor_key=source.actor_key if source else None,
        speaker=source.speaker if source else None,
        speaker_as_written=source.speaker_as_written if source else None,
        party_slug=source.party_slug if source else None,
        stance=stance,
        issues=issues,
        kind=kind,
        found=own,
    )


def _most_overlapping(found: list[ExtractedQuote], start: int, end: int) -> ExtractedQuote | None:
    def overlap(quote: ExtractedQuote) -> int:
        return min(end, quote.end) - max(start, quote.start)

    overlapping = [quote for quote in found if overlap(quote) > 0]
    return max(overlapping, key=overlap, default=None)


def _nearest_in_paragraph(
    text: str, found: list[ExtractedQuote], start: int, end: int
) -> ExtractedQuote | None:
    paragraph = next((p for p in paragraphs(text) if p.start <= start < p.end), None)
    if paragraph is None:
        return None
    near = [
        quote
        for quote in found
        if paragraph.start <= quote.start < paragraph.end and quote.speaker is not None
    ]
    return min(
        near, key=lambda quote: _distance(Span(quote.start, quote.end), start, end), default=None
    )


def _distance(span: Span, start: int, end: int) -> int:
    return max(span.start - end, start - span.end, 0)


def _speaker_kind(source: ExtractedQuote | None, registry: Registry | None) -> str | None:
    """The speaker's kind of voice (an expert's words are a view, not a party's move)."""
    if source is None:
        return None
    if source.actor_key is not None and registry is not None:
        actor = next((a for a in registry.actors if a.key == source.actor_key), None)
        if actor is not None:
            return actor.kind
    return source.proposed_actor_kind


def _kind_of(text: str, start: int, end: int) -> str:
    """Direct when quote marks enclose the span: just outside it (the closing one perhaps
    after the sentence's punctuation) or as its own first and last characters."""
    inside = end - start >= 2 and text[start] in _QUOTE_MARKS and text[end - 1] in _QUOTE_MARKS
    before = text[start - 1] if start > 0 else ""
    after = text[end : end + 2].lstrip(_CLOSING_PUNCTUATION)[:1]
    outside = before in _QUOTE_MARKS and after in _QUOTE_MARKS and before != ""
    return "direct" if inside or outside else "indirect"
