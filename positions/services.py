import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Q
from django.utils.text import slugify

from articles.models import Article
from config.dates import days_around
from positions.editing import UNCHANGED, issue_link, quote_edit, record_created, save_recorded

# Raised by quote_review; views catch it from here.
from positions.editing import StaleQuote as StaleQuote
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
    SuggestionModel,
    UserPreference,
)
from positions.registry import load_registry
from positions.suggestions import extraction_rerank, suggestions_queue_training
from positions.verdicts import suggestions_record


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
    in the new body (flagged `anchor_lost` if its text is gone) through `quote_edit`, and
    new suggestions overlapping one are dropped.
    Stances and issues are re-ranked by the negotiation's learned model when it has one.
    An article in a language the engine cannot read gets none, and a note saying why.
    Side effects: deletes the article's untouched suggestions; creates quotes, their
    issue links and proposed (unconfirmed) actors for unknown speakers; records each new
    suggestion, links included, as its first history record (in one insert per table), so
    what an editor later corrects is known exactly, and freezes it for the accuracy page
    (positions.verdicts; the deleted suggestions' records go with them); a kept quote that moved or lost its
    words gets a new version and a history record; sets the article's `quotes_note`.
    """
    _note_unread_language(article)
    with transaction.atomic():
        # Locked, so an editor's save of a kept quote waits for its re-anchoring, not the
        # other way round (they then see the new version and the moved span).
        kept = list(article.quotes.filter(_editor_touched()).select_for_update())
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
        extracted, model = extraction_rerank(article=article, extracted=extracted, actors=actors)
        quotes = Quote.objects.bulk_create(
            _quote_from_extraction(article, candidate, actors, parties, model)
            for candidate in extracted
        )
        _link_issues(article, quotes, extracted)
        record_created(Quote, quotes, editor=None, reason=SUGGESTED_BY_EXTRACTOR)
        suggestions_record(quotes=quotes)
    return quotes


SUGGESTED_BY_EXTRACTOR = "Suggested by the extractor"
REANCHORED = "Found again in the re-parsed text"
ANCHOR_LOST = "Its words are no longer in the re-parsed text"


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
    """Find each kept quote's words in the new body; only the quotes that moved or lost
    their words are written (usually none: a re-parse mostly yields the same text)."""
    for quote in quotes:
        start = _nearest_occurrence(body, quote.text, quote.start)
        if start is None:
            changes = {"anchor_lost": True, "reason": ANCHOR_LOST}
        else:
            changes = {"start": start, "end": start + len(quote.text), "reason": REANCHORED}
        if any(
            getattr(quote, name) != value for name, value in changes.items() if name != "reason"
        ):
            quote_edit(quote=quote, editor=None, version=quote.version, **changes)


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


def _quote_from_extraction(
    article, candidate, actors: dict, parties: dict, model: SuggestionModel | None
) -> Quote:
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
        suggested_by=model,
    )


def _unit(value: float) -> float:
    return min(max(value, 0.0), 1.0)


def _link_issues(article, quotes: list[Quote], extracted) -> None:
    slugs = {slug for candidate in extracted for slug in candidate.issues}
    issues_by_slug: dict[str, list[Issue]] = {}
    for issue in Issue.objects.filter(negotiation__articles=article, slug__in=slugs):
        issues_by_slug.setdefault(issue.slug, []).append(issue)
    QuoteIssue.objects.bulk_create(
        issue_link(quote, issue)
        for quote, candidate in zip(quotes, extracted, strict=True)
        for slug in candidate.issues
        for issue in issues_by_slug.get(slug, ())
    )


def quote_confirm(
    *,
    quote: Quote,
    editor: AbstractBaseUser | None,
    stance: str | None = None,
    issues: list[Issue] | None = None,
    actor: Actor | None = None,
) -> Quote:
    """Confirm a quote as evidence, correcting its stance, issues or speaker on the way
    (None leaves each as it is), at the version the quote was loaded at.

    Side effects: those of `quote_edit`: review state `confirmed` by the editor, the party
    the speaker spoke for on the day, the version bumped, the issue links and their copies
    rewritten, the change recorded. Raises StaleQuote if the quote changed since it was loaded.
    """
    return quote_edit(
        quote=quote,
        editor=editor,
        version=quote.version,
        review_state=Quote.ReviewState.CONFIRMED,
        stance=UNCHANGED if stance is None else stance,
        issues=UNCHANGED if issues is None else issues,
        actor=UNCHANGED if actor is None else actor,
    )


ACCEPT, REJECT = "accept", "reject"


def quote_review(*, quote_id: int, version: int, decision: str, editor: AbstractBaseUser) -> Quote:
    """An editor's verdict on a suggested quote: accept it as evidence or reject it.

    The quote must still be at `version`, the one the editor saw (optimistic locking);
    otherwise StaleQuote is raised and nothing changes. Raises Quote.DoesNotExist.
    Side effects: those of `quote_edit`; a rejected quote leaves every matrix cell it was in;
    an acceptance queues a training of the negotiation's suggestions once enough new
    verdicts have come in.
    """
    verdict = Quote.ReviewState.CONFIRMED if decision == ACCEPT else Quote.ReviewState.REJECTED
    quote = Quote.objects.only("pk").get(pk=quote_id)
    quote = quote_edit(quote=quote, editor=editor, version=version, review_state=verdict)
    if decision == ACCEPT:
        suggestions_queue_training(negotiations=quote.article.negotiations.all())
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

    Side effects: creates a Position, recorded in its history as the editor's.
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
    save_recorded(position, editor=editor)
    return position
