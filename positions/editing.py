"""Editors' writes to quotes: the one path every change to a quote takes.

The review queue's verdicts, re-parse re-anchoring, the admin and the inline editors all
call `quote_edit` (or `quote_create` for a quote made by hand), so the copies the matrix
and the filters read — `Quote.party` from the speaker's office on the day, and each
`QuoteIssue`'s party, date, stance and review state — always follow the quote. Each write
takes the version the editor loaded and refuses a stale one with `StaleQuote`, carrying the
stored values; it bumps the version and is recorded in the quote's history (who, when, why,
and the issue links as they then stood).

Demands, responses and their evidence are in positions.demands; reverts in positions.revert.
"""

import enum
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Final

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from simple_history.utils import get_m2m_field_name

from articles.models import Article
from positions.history import HistoryEntry, history_of
from positions.models import Actor, Issue, Quote, QuoteIssue, ReviewState, Stance
from positions.queries.parties import party_spoken_for
from positions.verdicts import verdict_follow


class Unchanged(enum.Enum):
    UNCHANGED = "unchanged"


# The default of every field an edit service may change: "leave it as it is" (None is a value).
UNCHANGED: Final = Unchanged.UNCHANGED


class StaleEdit(Exception):
    """Someone saved the item after the editor loaded it: saving now would undo their work.

    `current` is the item as stored now, for a view to show beside the editor's own values
    and offer to reapply them on top (call the service again with `current.version`).
    """

    def __init__(self, current: models.Model, *, seen_version: int):
        name = current._meta.verbose_name
        super().__init__(
            f"The {name} changed after you opened it (now version {current.version}, "
            f"you had version {seen_version}): nothing was saved."
        )
        self.current = current
        self.seen_version = seen_version

    def changes_meanwhile(self) -> list[HistoryEntry]:
        """What the other editors changed since this one loaded the item, newest first."""
        return history_of(self.current, since_version=self.seen_version)


class StaleQuote(StaleEdit):
    """A quote changed after the editor loaded it."""

    @property
    def quote(self) -> Quote:
        return self.current


def locked_at_version(model: type[models.Model], pk: int, version: int, stale=StaleEdit):
    """The stored item, locked for this transaction, if it is still at the version the
    editor loaded; raises `stale` with its current values otherwise, DoesNotExist if gone."""
    current = model.objects.select_for_update().get(pk=pk)
    if current.version != version:
        raise stale(current, seen_version=version)
    return current


def save_recorded(
    obj: models.Model,
    *,
    editor: AbstractBaseUser | None,
    reason: str = "",
    update_fields: list[str] | None = None,
) -> None:
    """Save, recording the editor (None: a machine) and the reason in the item's history."""
    obj._history_user = editor
    obj._change_reason = reason or None
    try:
        obj.save(update_fields=update_fields)
    finally:
        del obj._history_user, obj._change_reason


@contextmanager
def history_paused(obj: models.Model) -> Iterator[None]:
    """Saves and link changes of this instance write no history record meanwhile: the
    caller records the outcome once, complete."""
    obj.skip_history_when_saving = True
    try:
        yield
    finally:
        del obj.skip_history_when_saving


def check_choice(field: str, value: str, choices: type[models.Choices], noun: str) -> None:
    """Refuse a value outside a field's vocabulary, naming the words that are allowed."""
    if value not in choices.values:
        allowed = ", ".join(str(label).lower() for label in choices.labels)
        raise ValidationError({field: f"“{value}” is not a {noun}: choose {allowed}."})


def assign_changed(obj: models.Model, values: dict) -> list[str]:
    """Set the values that differ from the stored ones (related items compared by id); the
    names of the fields that changed."""
    changed = []
    for name, value in values.items():
        field = obj._meta.get_field(name)
        new = value.pk if isinstance(value, models.Model) else value
        if getattr(obj, field.attname) != new:
            setattr(obj, name, value)
            changed.append(name)
    return changed


def validate_changed(obj: models.Model, changed: Iterable[str]) -> None:
    """Validate the fields an editor changed (and the constraints on them), not the rest:
    a value stored before a rule existed is for an editor to correct, never a reason to
    refuse an unrelated change."""
    changed = set(changed)
    obj.full_clean(exclude=[f.name for f in obj._meta.concrete_fields if f.name not in changed])


def changes_saved(
    current: models.Model,
    changes: dict,
    *,
    editor: AbstractBaseUser | None,
    reason: str = "",
    check: Callable[[models.Model], None] | None = None,
) -> list[str]:
    """Apply an editor's values (UNCHANGED ones left out) to an item locked at its version;
    when any differ, check and validate them, bump the version and save with its history.
    The names of the fields that changed: none means nothing was written."""
    given = {name: value for name, value in changes.items() if value is not UNCHANGED}
    changed = assign_changed(current, given)
    if not changed:
        return changed
    if check is not None:
        check(current)
    validate_changed(current, changed)
    current.version += 1
    save_recorded(current, editor=editor, reason=reason)
    return changed


def quote_edit(
    *,
    quote: Quote,
    editor: AbstractBaseUser | None,
    version: int,
    actor: Actor | Unchanged | None = UNCHANGED,
    issues: Iterable[Issue] | Unchanged = UNCHANGED,
    stance: str | Unchanged = UNCHANGED,
    kind: str | Unchanged = UNCHANGED,
    said_on: date | Unchanged | None = UNCHANGED,
    start: int | Unchanged = UNCHANGED,
    end: int | Unchanged = UNCHANGED,
    review_state: str | Unchanged = UNCHANGED,
    anchor_lost: bool | Unchanged = UNCHANGED,
    reason: str = "",
    confirms: bool = True,
) -> Quote:
    """Change a quote: its speaker, issues, stance, kind, date said, span or review state.

    `version` is the one the editor loaded: if the quote has changed since, StaleQuote is
    raised with its stored values and nothing is saved. Only the given fields change; a
    save that changes nothing writes nothing. `editor` None means a machine (re-parse),
    which never changes a review state.
    Side effects: locks and saves the quote with its version bumped; a new span re-reads
    the words from the article's text (and clears `anchor_lost`); a new speaker sets the
    speaker's name, and the party is taken again from the speaker's office on the date said
    whenever the speaker, the date or the review state changes (no speaker: no party); a
    suggestion an editor changes becomes confirmed by them (unless `confirms` is False: a
    change that is no verdict on the quote, such as merging two actors); the issue links are rewritten
    to `issues`, and every link's copies of party, date, stance and review state are set
    to the quote's; the change is recorded in the quote's history with `reason`; a machine
    suggestion's record takes the new values as final (positions.verdicts).
    Raises ValidationError in the editor's words, StaleQuote, Quote.DoesNotExist.
    """
    with transaction.atomic():
        current = locked_at_version(Quote, quote.pk, version, StaleQuote)
        given = _given(actor=actor, stance=stance, kind=kind, said_on=said_on)
        given |= _given(review_state=review_state, anchor_lost=anchor_lost)
        if start is not UNCHANGED or end is not UNCHANGED:
            given |= _moved_span(current, start, end)
        _check_vocabulary(given)
        changed = assign_changed(current, given)
        linked = set(current.issue_links.values_list("issue_id", flat=True))
        wanted = None if issues is UNCHANGED else {issue.pk: issue for issue in issues}
        if wanted is not None and set(wanted) == linked:
            wanted = None
        if not changed and wanted is None:
            return current
        _follow_review(current, editor if confirms else None, changed)
        _follow_speaker(current, changed)
        validate_changed(current, changed)
        _sync_issue_links(current, wanted, linked)
        current.version += 1
        save_recorded(current, editor=editor, reason=reason)
        # The extractor's accuracy: what this change makes of its suggestion, if it made one.
        final_issues = linked if wanted is None else set(wanted)
        verdict_follow(quote=current, editor=editor, issue_ids=final_issues)
        return current


def quote_create(
    *,
    article: Article,
    start: int,
    end: int,
    editor: AbstractBaseUser | None,
    actor: Actor | None = None,
    issues: Iterable[Issue] = (),
    stance: str = "",
    kind: str = Quote.Kind.DIRECT,
    said_on: date | None = None,
    review_state: str = ReviewState.CONFIRMED,
    reason: str = "",
) -> Quote:
    """A quote an editor marks in an article's text by hand; confirmed by them unless
    `review_state` says otherwise. `said_on` defaults to the article's date.

    A span overlapping a quote the article already has (one whose words are still found)
    is refused: the same words would count twice.
    Side effects: creates the quote (origin `manual`, its words read from the span, its
    party from the speaker's office on the date) and its issue links with their copies,
    and records its creation, links included. Raises ValidationError in the editor's words.
    """
    values = {"stance": stance, "kind": kind, "review_state": review_state}
    _check_vocabulary(values)
    quote_span_check(article=article, start=start, end=end)
    quote = Quote(
        article=article,
        origin=Quote.Origin.MANUAL,
        confidence=1.0,
        actor=actor,
        speaker_name=actor.name if actor is not None else "",
        said_on=article.published_on if said_on is None else said_on,
        **values,
        **span_of(article.body, start, end),
    )
    _follow_review(quote, editor, ["review_state"])
    quote.party = party_spoken_for(actor, quote.said_on)
    quote.full_clean()
    with transaction.atomic():
        with history_paused(quote):
            quote.save()
        QuoteIssue.objects.bulk_create(issue_link(quote, issue) for issue in issues)
        record_created(Quote, [quote], editor=editor, reason=reason)
    return quote


def quote_span_check(*, article: Article, start: int, end: int) -> None:
    """Refuse, with ValidationError in the editor's words, a span for a new quote that lies
    outside the article's text, holds no words, or overlaps a quote the article already
    has (one whose words are still found). Writes nothing."""
    span_of(article.body, start, end)
    _refuse_overlap(article, start, end)


def record_created(
    model: type[models.Model],
    objs: list[models.Model],
    *,
    editor: AbstractBaseUser | None,
    reason: str = "",
) -> None:
    """Record the creation of items saved without history, with their many-to-many links
    as they now stand, in one insert per table. A suggestion's first record thus holds it
    exactly as the extractor made it, so what an editor later corrects is exact.

    Side effects: creates one history record per item and one snapshot per link.
    """
    records = model.history.bulk_history_create(
        objs, default_user=editor, default_change_reason=reason or None
    )
    record_of = {getattr(record, model._meta.pk.attname): record for record in records}
    for field in model.history.model._history_m2m_fields:
        through = field.remote_field.through
        own = get_m2m_field_name(field)
        snapshot = getattr(model.history.model, field.name).model
        rows = through.objects.filter(**{f"{own}__in": [obj.pk for obj in objs]})
        snapshot.objects.bulk_create(
            snapshot(
                history=record_of[getattr(row, f"{own}_id")],
                **{f.attname: getattr(row, f.attname) for f in through._meta.fields},
            )
            for row in rows
        )


def quotes_follow_speaker(*, actor: Actor) -> int:
    """Take the party of each of the actor's quotes again from their offices on the date
    said, after an office or the actor's kind changed (an expert speaks for no party).

    Side effects: updates `Quote.party` and the links' party copies where they differ, one
    date at a time (a speaker says things on a few hundred days, not a million). Versions
    and quote histories are left alone: the party is a copy, and the change that moved it
    is in the actor's or office's history. Returns how many quotes changed party.
    """
    days = actor.quotes.order_by().values_list("said_on", flat=True).distinct()
    moved = 0
    for day in list(days):
        party = party_spoken_for(actor, day)
        quotes = actor.quotes.filter(said_on=day)
        moved += quotes.exclude(party=party).update(party=party)
        QuoteIssue.objects.filter(quote__in=quotes).exclude(party=party).update(party=party)
    return moved


def issue_link(quote: Quote, issue: Issue) -> QuoteIssue:
    """A link of the quote to an issue, carrying the copies of the quote the matrix reads."""
    return QuoteIssue(
        quote=quote,
        issue=issue,
        party=quote.party,
        said_on=quote.said_on,
        stance=quote.stance,
        review_state=quote.review_state,
    )


def span_of(body: str, start: int, end: int) -> dict:
    """A quote's span fields, its words read from the article's text; raises ValidationError
    in the editor's words for a span outside the text or holding no words."""
    if not 0 <= start < end <= len(body):
        raise ValidationError(
            {
                "end": f"A quote's span must lie within its article's text (characters 0 to "
                f"{len(body)}) and end after it starts; this one runs from {start} to {end}."
            }
        )
    text = body[start:end]
    if not text.strip():
        raise ValidationError({"start": "That span holds no words: widen it over what was said."})
    return {"start": start, "end": end, "text": text, "anchor_lost": False}


def _refuse_overlap(article: Article, start: int, end: int) -> None:
    overlapping = (
        Quote.objects.filter(article=article, anchor_lost=False, start__lt=end, end__gt=start)
        .order_by("start")
        .only("text", "speaker_name", "start", "end")
        .first()
    )
    if overlapping is None:
        return
    same = (overlapping.start, overlapping.end) == (start, end)
    words = overlapping.text if len(overlapping.text) <= 80 else overlapping.text[:79] + "…"
    speaker = overlapping.speaker_name or "speaker unknown"
    raise ValidationError(
        {
            "start": (
                f"These words are already a quote: “{words}” ({speaker}). Edit that quote instead."
                if same
                else f"These words overlap a quote already marked: “{words}” ({speaker}). "
                "Select words outside it, or edit that quote instead."
            )
        }
    )


def _given(**values) -> dict:
    return {name: value for name, value in values.items() if value is not UNCHANGED}


def _moved_span(quote: Quote, start: int | Unchanged, end: int | Unchanged) -> dict:
    body = Article.objects.values_list("body", flat=True).get(pk=quote.article_id)
    return span_of(
        body,
        quote.start if start is UNCHANGED else start,
        quote.end if end is UNCHANGED else end,
    )


def _check_vocabulary(values: dict) -> None:
    if "stance" in values and values["stance"] != "":
        check_choice("stance", values["stance"], Stance, "stance")
    if "kind" in values:
        check_choice("kind", values["kind"], Quote.Kind, "kind of quote")
    if "review_state" in values:
        check_choice("review_state", values["review_state"], ReviewState, "review state")


def _follow_review(quote: Quote, editor: AbstractBaseUser | None, changed: list[str]) -> None:
    """An editor's change to a suggestion confirms it; a verdict names its reviewer."""
    untouched_verdict = editor is not None and "review_state" not in changed
    if untouched_verdict and quote.review_state == ReviewState.SUGGESTED:
        quote.review_state = ReviewState.CONFIRMED
        changed.append("review_state")
    if "review_state" in changed:
        judged = quote.review_state != ReviewState.SUGGESTED
        quote.reviewed_by = editor if judged else None
        quote.reviewed_at = timezone.now() if judged else None


def _follow_speaker(quote: Quote, changed: list[str]) -> None:
    # Read actor_id first: loading the actor costs a query only when the party is due.
    if quote.actor_id is None:
        if "actor" in changed:
            quote.party = None
        return
    if "actor" in changed:
        quote.speaker_name = quote.actor.name
    if {"actor", "said_on", "review_state"} & set(changed):
        quote.party = party_spoken_for(quote.actor, quote.said_on)


def _sync_issue_links(quote: Quote, wanted: dict[int, Issue] | None, linked: set[int]) -> None:
    links = quote.issue_links.all()
    if wanted is not None:
        links.exclude(issue__in=list(wanted)).delete()
        QuoteIssue.objects.bulk_create(
            issue_link(quote, issue) for pk, issue in wanted.items() if pk not in linked
        )
    links.update(
        party=quote.party,
        said_on=quote.said_on,
        stance=quote.stance,
        review_state=quote.review_state,
    )
