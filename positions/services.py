import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from articles.models import Article
from config.dates import days_around
from positions.extraction import (
    DEFAULT_LANGUAGE,
    extract_quotes,
    group_corroborations,
    no_quotes_reason,
)
from positions.models import (
    Actor,
    Issue,
    Negotiation,
    Party,
    Position,
    Quote,
    QuoteIssue,
    UserPreference,
)
from positions.queries.parties import party_spoken_for
from positions.registry import load_registry


def preference_remember_negotiation(*, user: AbstractBaseUser, negotiation: Negotiation) -> None:
    """Remember the user's choice of negotiation for their next visit; writes only on a change."""
    changed = (
        UserPreference.objects.filter(user=user)
        .exclude(negotiation=negotiation)
        .update(negotiation=negotiation)
    )
    if not changed:
        UserPreference.objects.get_or_create(user=user, defaults={"negotiation": negotiation})


def quotes_store_extraction(*, article) -> list[Quote]:
    """Replace an article's machine-suggested quotes with a fresh extraction of its body.

    Editor-touched quotes are never changed beyond their anchor: each is found again
    in the new body (flagged `anchor_lost` if its text is gone), and new suggestions
    overlapping one are dropped.
    An article in a language the engine cannot read gets none, and a note saying why.
    Side effects: deletes the article's untouched suggestions; creates quotes, their
    issue links and proposed (unconfirmed) actors for unknown speakers; sets the
    article's `quotes_note`.
    """
    _note_unread_language(article)
    kept = list(article.quotes.filter(_editor_touched()))
    _reanchor(kept, article.body)
    article.quotes.exclude(_editor_touched()).delete()
    extracted = [
        candidate
        for candidate in extract_quotes(
            article.body,
            load_registry(),
            said_on=article.published_on,
            language=article.language or DEFAULT_LANGUAGE,
        )
        if not any(_overlaps(candidate, quote) for quote in kept)
    ]
    actors, parties = _actors_by_key(extracted), _parties(extracted)
    quotes = Quote.objects.bulk_create(
        _quote_from_extraction(article, candidate, actors, parties) for candidate in extracted
    )
    _link_issues(article, quotes, extracted)
    return quotes


def _note_unread_language(article) -> None:
    note = no_quotes_reason(article.language or DEFAULT_LANGUAGE)
    if note != article.quotes_note:
        article.quotes_note = note
        article.save(update_fields=["quotes_note"])


def _editor_touched() -> Q:
    return Q(origin=Quote.Origin.MANUAL) | ~Q(review_state=Quote.ReviewState.SUGGESTED)


def _overlaps(candidate, quote: Quote) -> bool:
    return candidate.start < quote.end and quote.start < candidate.end


def _reanchor(quotes: list[Quote], body: str) -> None:
    for quote in quotes:
        start = _nearest_occurrence(body, quote.text, quote.start)
        if start is None:
            quote.anchor_lost = True
        else:
            quote.start, quote.end, quote.anchor_lost = start, start + len(quote.text), False
    Quote.objects.bulk_update(quotes, ["start", "end", "anchor_lost"])


def _nearest_occurrence(body: str, text: str, near: int) -> int | None:
    """The occurrence of `text` in `body` closest to where it used to be."""
    if not text:
        return None
    found, position = None, body.find(text)
    while position != -1:
        if found is None or abs(position - near) < abs(found - near):
            found = position
        position = body.find(text, position + 1)
    return found


def _actors_by_key(extracted) -> dict:
    """Registry actors by key, plus a proposed actor for each named speaker Parley doesn't know."""
    keys = {candidate.actor_key for candidate in extracted if candidate.actor_key is not None}
    actors = {actor.pk: actor for actor in Actor.objects.filter(pk__in=keys)}
    for candidate in extracted:
        if candidate.actor_key is None and _is_proper_name(candidate.speaker):
            actors[candidate.speaker] = _proposed_actor(candidate)
    return actors


def _is_proper_name(speaker: str | None) -> bool:
    return bool(speaker) and speaker[0].isupper() and len(speaker.split()) <= 6


def _proposed_actor(candidate) -> Actor:
    slug = slugify(candidate.speaker)[:200] or "speaker"
    actor, _ = Actor.objects.get_or_create(
        slug=slug,
        defaults={
            "name": candidate.speaker[:200],
            "kind": candidate.proposed_actor_kind or Actor.Kind.OTHER,
            "confirmed": False,
        },
    )
    return actor


def _parties(extracted) -> dict[str, Party]:
    slugs = {candidate.party_slug for candidate in extracted if candidate.party_slug}
    return {party.slug: party for party in Party.objects.filter(slug__in=slugs)}


def _quote_from_extraction(article, candidate, actors: dict, parties: dict) -> Quote:
    actor_key = candidate.actor_key if candidate.actor_key is not None else candidate.speaker
    return Quote(
        article=article,
        text=candidate.text,
        start=candidate.start,
        end=candidate.end,
        kind=candidate.kind,
        speaker_as_written=(candidate.speaker_as_written or "")[:300],
        speaker_name=(candidate.speaker or "")[:300],
        actor=actors.get(actor_key),
        party=parties.get(candidate.party_slug or ""),
        stance=candidate.stance or "",
        said_on=article.published_on,
        confidence=_unit(candidate.confidence),
        speaker_confidence=_unit(candidate.speaker_confidence),
        stance_confidence=_unit(candidate.stance_confidence),
        issues_confidence=_unit(candidate.issues_confidence),
        statement=candidate.statement,
        origin=Quote.Origin.EXTRACTED,
        review_state=Quote.ReviewState.SUGGESTED,
    )


def _unit(value: float) -> float:
    return min(max(value, 0.0), 1.0)


def _link_issues(article, quotes: list[Quote], extracted) -> None:
    slugs = {slug for candidate in extracted for slug in candidate.issues}
    issues_by_slug: dict[str, list[Issue]] = {}
    for issue in Issue.objects.filter(negotiation__articles=article, slug__in=slugs):
        issues_by_slug.setdefault(issue.slug, []).append(issue)
    QuoteIssue.objects.bulk_create(
        _issue_link(quote, issue)
        for quote, candidate in zip(quotes, extracted, strict=True)
        for slug in candidate.issues
        for issue in issues_by_slug.get(slug, ())
    )


def _issue_link(quote: Quote, issue: Issue) -> QuoteIssue:
    return QuoteIssue(
        quote=quote,
        issue=issue,
        party=quote.party,
        said_on=quote.said_on,
        stance=quote.stance,
        review_state=quote.review_state,
    )


def quote_confirm(
    *,
    quote: Quote,
    editor: AbstractBaseUser | None,
    stance: str | None = None,
    issues: list[Issue] | None = None,
    actor: Actor | None = None,
) -> Quote:
    """Confirm a quote as evidence, correcting its stance, issues or speaker on the way.

    Side effects: sets review state `confirmed`, the reviewer and the party the
    speaker spoke for on the day; bumps the version; rewrites the quote's issue links.
    """
    if actor is not None:
        quote.actor = actor
        quote.speaker_name = actor.name
    if quote.actor is not None:
        quote.party = party_spoken_for(quote.actor, quote.said_on)
    if stance is not None:
        quote.stance = stance
    quote.review_state = Quote.ReviewState.CONFIRMED
    quote.reviewed_by = editor
    quote.reviewed_at = timezone.now()
    quote.version += 1
    # The date came with the article, not from this editor: one stored outside the accepted
    # span is for an editor to correct, never a reason to refuse the verdict.
    quote.full_clean(exclude=["said_on"])
    quote.save()
    chosen = issues if issues is not None else list(quote.issues.all())
    quote.issue_links.all().delete()
    QuoteIssue.objects.bulk_create(_issue_link(quote, issue) for issue in chosen)
    return quote


class StaleQuote(Exception):
    """Someone changed the quote after the editor loaded it: their decision would undo that."""

    def __init__(self, quote: Quote):
        super().__init__(f"Quote {quote.pk} changed meanwhile (now version {quote.version}).")
        self.quote = quote


ACCEPT, REJECT = "accept", "reject"


def quote_review(*, quote_id: int, version: int, decision: str, editor: AbstractBaseUser) -> Quote:
    """An editor's verdict on a suggested quote: accept it as evidence or reject it.

    The quote must still be at `version`, the one the editor saw (optimistic locking);
    otherwise StaleQuote is raised and nothing changes. Raises Quote.DoesNotExist.
    """
    with transaction.atomic():
        quote = Quote.objects.select_for_update().get(pk=quote_id)
        if quote.version != version:
            raise StaleQuote(quote)
        if decision == ACCEPT:
            return quote_confirm(quote=quote, editor=editor)
        quote.review_state = Quote.ReviewState.REJECTED
        quote.reviewed_by = editor
        quote.reviewed_at = timezone.now()
        quote.version += 1
        quote.save(update_fields=["review_state", "reviewed_by", "reviewed_at", "version"])
        # The matrix reads the copies: a rejected quote must leave every cell it was in.
        quote.issue_links.update(review_state=Quote.ReviewState.REJECTED)
        return quote


# Reports of one statement appear within days of each other; looking no further keeps it cheap.
CORROBORATION_WINDOW = timedelta(days=14)
CORROBORATION_ARTICLES = 100


@dataclass(frozen=True)
class _Said:
    """A stored quote in the shape the engine compares."""

    start: int
    end: int
    speaker: str | None
    actor_key: int | None


def quotes_link_corroborations(*, article) -> int:
    """Group the article's quotes with the same statements reported by other recent articles.

    Side effects: sets `corroboration_group` on every quote of each group found (reusing a
    group one of them already has); returns how many groups were found.
    """
    others = _corroboration_candidates(article)
    articles = {candidate.pk: candidate for candidate in [article, *others]}
    quotes = _quotes_by_article(articles)
    groups = group_corroborations(
        [
            (pk, articles[pk].body, [_said(quote) for quote in quotes[pk]])
            for pk in articles
            if quotes[pk]
        ]
    )
    for group in groups:
        members = [quotes[pk][index] for pk, index in group]
        existing = next((q.corroboration_group for q in members if q.corroboration_group), None)
        Quote.objects.filter(pk__in=[q.pk for q in members]).update(
            corroboration_group=existing or uuid.uuid4()
        )
    return len(groups)


def _corroboration_candidates(article) -> list:
    speakers = article.quotes.exclude(actor=None).values("actor")
    candidates = (
        Article.objects.filter(status=Article.Status.PARSED, quotes__actor__in=speakers)
        .exclude(pk=article.pk)
        .only("pk", "body")
        .distinct()
    )
    if article.published_on is not None:
        candidates = candidates.filter(
            published_on__range=days_around(article.published_on, CORROBORATION_WINDOW)
        )
    return list(candidates.order_by("-pk")[:CORROBORATION_ARTICLES])


def _quotes_by_article(articles: dict) -> dict[int, list[Quote]]:
    found: dict[int, list[Quote]] = {pk: [] for pk in articles}
    rows = Quote.objects.filter(article__in=articles.keys()).exclude(
        review_state=Quote.ReviewState.REJECTED
    )
    for quote in rows.only(
        "pk", "article_id", "start", "end", "speaker_name", "actor_id", "corroboration_group"
    ).order_by("start"):
        found[quote.article_id].append(quote)
    return found


def _said(quote: Quote) -> _Said:
    return _Said(quote.start, quote.end, quote.speaker_name or None, quote.actor_id)


def position_pin(
    *,
    issue: Issue,
    party: Party,
    stance: str,
    summary: str,
    as_of,
    editor: AbstractBaseUser | None,
) -> Position:
    """Pin a party's position on an issue; it sets the matrix cell until a newer confirmed quote.

    Side effects: creates a Position.
    """
    position = Position(
        negotiation=issue.negotiation,
        issue=issue,
        party=party,
        stance=stance,
        summary=summary,
        as_of=as_of,
        pinned_by=editor,
    )
    position.full_clean()
    position.save()
    return position
