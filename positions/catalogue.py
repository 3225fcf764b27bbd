"""Editors' writes to the registry of a negotiation: its issues, events and the negotiation
itself (parties, period, the order of its issues).

Issues, events and negotiations carry a version: an edit takes the version the editor
loaded and refuses a stale one with `StaleEdit`, carrying the stored values. Issues keep a
history (who, when, why), so their edits can be reverted; merging two issues re-tags every
quote through `quote_edit`, so the matrix's copies follow and each quote's history says so.
Outlets belong to articles and are edited through articles.services.
"""

from collections.abc import Iterable
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import models, transaction

from config.slugs import free_slug
from positions.demands import demand_edit
from positions.editing import (
    UNCHANGED,
    Unchanged,
    changes_saved,
    locked_at_version,
    quote_edit,
    save_recorded,
)
from positions.models import (
    Event,
    Issue,
    Negotiation,
    NegotiationParty,
    Party,
    Position,
    Quote,
)

# --- Issues ---------------------------------------------------------------------------


def issue_create(
    *,
    negotiation: Negotiation,
    name: str,
    editor: AbstractBaseUser | None,
    slug: str = "",
    keywords: Iterable[str] = (),
    description: str = "",
    order: int | None = None,
) -> Issue:
    """A new issue of a negotiation; its slug is made from its name unless given, and it
    goes last in the matrix unless `order` says where.

    Side effects: creates the issue, recorded in its history.
    Raises ValidationError in the editor's words.
    """
    name = name.strip()
    issue = Issue(
        negotiation=negotiation,
        name=name,
        slug=slug.strip() or free_slug(name, Issue.objects.filter(negotiation=negotiation)),
        keywords=clean_keywords(keywords),
        description=description.strip(),
        order=_next_issue_order(negotiation) if order is None else order,
    )
    _check_issue_slug(issue)
    issue.full_clean()
    save_recorded(issue, editor=editor)
    return issue


def issue_edit(
    *,
    issue: Issue,
    editor: AbstractBaseUser | None,
    version: int,
    name: str | Unchanged = UNCHANGED,
    slug: str | Unchanged = UNCHANGED,
    keywords: Iterable[str] | Unchanged = UNCHANGED,
    description: str | Unchanged = UNCHANGED,
    order: int | Unchanged = UNCHANGED,
    reason: str = "",
) -> Issue:
    """Correct an issue's name, slug, keywords (what the extractor looks for), description
    or place in the matrix. An empty slug is made again from the name.

    Side effects: locks and saves the issue with its version bumped, recorded in its
    history with `reason`; a save that changes nothing writes nothing.
    Raises StaleEdit (with the stored values), ValidationError in the editor's words,
    Issue.DoesNotExist.
    """
    changes = {
        "name": _stripped(name),
        "slug": _stripped(slug),
        "keywords": keywords if keywords is UNCHANGED else clean_keywords(keywords),
        "description": _stripped(description),
        "order": order,
    }
    with transaction.atomic():
        current = locked_at_version(Issue, issue.pk, version)
        if changes["slug"] == "":
            others = Issue.objects.filter(negotiation=current.negotiation_id).exclude(pk=issue.pk)
            changes["slug"] = free_slug(_given(changes["name"], current.name), others)
        changes_saved(current, changes, editor=editor, reason=reason, check=_check_issue_slug)
        return current


def issue_merge(
    *, keep: Issue, absorb: Issue, editor: AbstractBaseUser | None, reason: str
) -> Issue:
    """Fold `absorb` into `keep`, two issues of one negotiation that turned out the same:
    afterwards only `keep` exists, carrying everything that was said or asked about either.

    Side effects, all in one transaction: every quote tagged with `absorb` is tagged with
    `keep` instead, through `quote_edit` (a quote tagged with both keeps one link; the
    links' copies follow the quote; each quote's history records the merge; a suggestion
    stays a suggestion, since a merge is no verdict on it); its demands and pinned
    positions move to `keep`, recorded in their history; `keep` gets the keywords of both
    (its version bumps, recorded with the reason); `absorb` is deleted, its history
    recording who deleted it and why.
    Raises ValidationError in the editor's words (another negotiation, the same issue,
    no reason), Issue.DoesNotExist.
    """
    reason = reason.strip()
    _check_mergeable(keep, absorb, reason)
    record = f"Merged “{absorb.name}” into “{keep.name}”: {reason}"
    with transaction.atomic():
        keep = Issue.objects.select_for_update().get(pk=keep.pk)
        absorb = Issue.objects.select_for_update().get(pk=absorb.pk)
        _retag_quotes(keep, absorb, editor, record)
        _move_demands(keep, absorb, editor, record)
        _move_positions(keep, absorb, editor, record)
        keep.keywords = clean_keywords([*keep.keywords, *absorb.keywords])
        keep.version += 1
        save_recorded(keep, editor=editor, reason=record)
        absorb._history_user, absorb._change_reason = editor, record
        absorb.delete()
    return keep


def clean_keywords(keywords: Iterable[str]) -> list[str]:
    """Keywords as the extractor reads them: trimmed, no empties, each once (whatever its
    capitals), in the order given."""
    seen: set[str] = set()
    kept = []
    for keyword in keywords:
        word = str(keyword).strip()
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            kept.append(word)
    return kept


def _check_issue_slug(issue: Issue) -> None:
    same = Issue.objects.filter(negotiation=issue.negotiation_id, slug=issue.slug)
    if same.exclude(pk=issue.pk).exists():
        raise ValidationError(
            {"slug": f"Another issue of this negotiation is called “{issue.slug}”: pick another."}
        )


def _next_issue_order(negotiation: Negotiation) -> int:
    last = Issue.objects.filter(negotiation=negotiation).aggregate(models.Max("order"))
    return (last["order__max"] + 1) if last["order__max"] is not None else 0


def _check_mergeable(keep: Issue, absorb: Issue, reason: str) -> None:
    if keep.pk == absorb.pk:
        raise ValidationError({"absorb": "An issue cannot be merged into itself: pick another."})
    if keep.negotiation_id != absorb.negotiation_id:
        raise ValidationError(
            {"absorb": "Only issues of the same negotiation can be merged: pick one of this one."}
        )
    if not reason:
        raise ValidationError({"reason": "Say why the two issues are one: editors will see it."})


def _retag_quotes(keep: Issue, absorb: Issue, editor, record: str) -> None:
    # Locked first, so that the versions read here are still current when each is edited.
    quotes = (
        Quote.objects.filter(issue_links__issue=absorb)
        .select_for_update(of=("self",))
        .prefetch_related("issues")
    )
    for quote in quotes:
        issues = [issue for issue in quote.issues.all() if issue.pk != absorb.pk]
        if keep.pk not in {issue.pk for issue in issues}:
            issues.append(keep)
        # Re-tagging a suggestion is no verdict on it: it is made as a machine's change.
        quote_edit(
            quote=quote,
            editor=editor if quote.is_editor_touched else None,
            version=quote.version,
            issues=issues,
            reason=record,
        )


def _move_demands(keep: Issue, absorb: Issue, editor, record: str) -> None:
    for demand in absorb.demands.select_for_update():
        demand_edit(demand=demand, editor=editor, version=demand.version, issue=keep, reason=record)


def _move_positions(keep: Issue, absorb: Issue, editor, record: str) -> None:
    for position in Position.objects.filter(issue=absorb):
        position.issue = keep
        save_recorded(position, editor=editor, reason=record)


# --- Events ---------------------------------------------------------------------------


def event_create(
    *,
    negotiation: Negotiation,
    title: str,
    happened_on: date,
    editor: AbstractBaseUser | None,
    ends_on: date | None = None,
    place: str = "",
    description: str = "",
    parties: Iterable[Party] = (),
    url: str = "",
) -> Event:
    """A dated meeting or milestone of a negotiation, shown in its timeline.

    Side effects: creates the event and its links to the parties that took part.
    Raises ValidationError in the editor's words (an end before the start, a date outside
    the accepted span, the same title on the same day).
    """
    event = Event(
        negotiation=negotiation,
        title=title.strip(),
        happened_on=happened_on,
        ends_on=ends_on,
        place=place.strip(),
        description=description.strip(),
        url=url.strip(),
    )
    _check_event(event)
    event.full_clean()
    with transaction.atomic():
        event.save()
        event.parties.set(list(parties))
    return event


def event_edit(
    *,
    event: Event,
    editor: AbstractBaseUser | None,
    version: int,
    title: str | Unchanged = UNCHANGED,
    happened_on: date | Unchanged = UNCHANGED,
    ends_on: date | Unchanged | None = UNCHANGED,
    place: str | Unchanged = UNCHANGED,
    description: str | Unchanged = UNCHANGED,
    parties: Iterable[Party] | Unchanged = UNCHANGED,
    url: str | Unchanged = UNCHANGED,
) -> Event:
    """Correct an event's title, dates, place, description, link or parties.

    Side effects: locks and saves the event with its version bumped; sets its parties.
    A save that changes nothing writes nothing. Raises StaleEdit (with the stored values),
    ValidationError in the editor's words, Event.DoesNotExist.
    """
    changes = {
        "title": _stripped(title),
        "happened_on": happened_on,
        "ends_on": ends_on,
        "place": _stripped(place),
        "description": _stripped(description),
        "url": _stripped(url),
    }
    with transaction.atomic():
        current = locked_at_version(Event, event.pk, version)
        parties_changed = parties is not UNCHANGED and _set_links(current.parties, parties)
        changes_saved(current, changes, editor=editor, check=_check_event)
        if parties_changed and current.version == version:
            current.version += 1
            current.save(update_fields=["version"])
        return current


def event_delete(*, event: Event, editor: AbstractBaseUser | None, version: int) -> None:
    """Remove an event entered by mistake (it only marks a date: nothing else refers to it).

    Raises StaleEdit if it changed since the editor loaded it, Event.DoesNotExist.
    """
    with transaction.atomic():
        locked_at_version(Event, event.pk, version).delete()


def _check_event(event: Event) -> None:
    if event.ends_on is not None and event.happened_on and event.ends_on < event.happened_on:
        raise ValidationError({"ends_on": "An event cannot end before it starts."})
    same = Event.objects.filter(
        negotiation=event.negotiation_id, title=event.title, happened_on=event.happened_on
    )
    if same.exclude(pk=event.pk).exists():
        raise ValidationError({"title": "This negotiation already has an event so named that day."})


# --- Negotiations ---------------------------------------------------------------------


def negotiation_create(
    *,
    name: str,
    editor: AbstractBaseUser | None,
    slug: str = "",
    description: str = "",
    parties: Iterable[Party] = (),
    starts_on: date | None = None,
    ends_on: date | None = None,
) -> Negotiation:
    """A new dossier to track; its parties take the matrix's columns in the order given.

    Side effects: creates the negotiation and its parties' places.
    Raises ValidationError in the editor's words.
    """
    name = name.strip()
    negotiation = Negotiation(
        name=name,
        slug=slug.strip() or free_slug(name, Negotiation.objects.all()),
        description=description.strip(),
        starts_on=starts_on,
        ends_on=ends_on,
    )
    _check_negotiation(negotiation)
    negotiation.full_clean()
    with transaction.atomic():
        negotiation.save()
        _set_negotiation_parties(negotiation, list(parties))
    return negotiation


def negotiation_edit(
    *,
    negotiation: Negotiation,
    editor: AbstractBaseUser | None,
    version: int,
    name: str | Unchanged = UNCHANGED,
    slug: str | Unchanged = UNCHANGED,
    description: str | Unchanged = UNCHANGED,
    parties: Iterable[Party] | Unchanged = UNCHANGED,
    starts_on: date | Unchanged | None = UNCHANGED,
    ends_on: date | Unchanged | None = UNCHANGED,
    issue_order: dict[int, int] | Unchanged = UNCHANGED,
) -> Negotiation:
    """Correct a negotiation's name, slug, description, period or parties (a party kept
    keeps its column; one added goes last), and reorder its issues (`issue_order`: issue
    id → place).

    Side effects: locks and saves the negotiation with its version bumped; sets its
    parties' places; each issue whose place changes is edited through `issue_edit`
    (recorded in its history). Raises StaleEdit (with the stored values), ValidationError
    in the editor's words, Negotiation.DoesNotExist.
    """
    changes = {
        "name": _stripped(name),
        "slug": _stripped(slug),
        "description": _stripped(description),
        "starts_on": starts_on,
        "ends_on": ends_on,
    }
    with transaction.atomic():
        current = locked_at_version(Negotiation, negotiation.pk, version)
        if changes["slug"] == "":
            others = Negotiation.objects.exclude(pk=current.pk)
            changes["slug"] = free_slug(_given(changes["name"], current.name), others)
        parties_changed = parties is not UNCHANGED and _set_negotiation_parties(
            current, list(parties)
        )
        if issue_order is not UNCHANGED:
            _reorder_issues(current, issue_order, editor)
        changes_saved(current, changes, editor=editor, check=_check_negotiation)
        if parties_changed and current.version == version:
            current.version += 1
            current.save(update_fields=["version"])
        return current


def _check_negotiation(negotiation: Negotiation) -> None:
    if (
        negotiation.starts_on
        and negotiation.ends_on
        and negotiation.ends_on < negotiation.starts_on
    ):
        raise ValidationError({"ends_on": "The talks cannot end before they start."})
    if Negotiation.objects.filter(slug=negotiation.slug).exclude(pk=negotiation.pk).exists():
        raise ValidationError(
            {"slug": f"Another negotiation is called “{negotiation.slug}”: pick another."}
        )


def _set_negotiation_parties(negotiation: Negotiation, parties: list[Party]) -> bool:
    """Kept parties keep their order, new ones go after them; whether anything changed."""
    places = {
        place.party_id: place for place in NegotiationParty.objects.filter(negotiation=negotiation)
    }
    wanted = {party.pk for party in parties}
    gone = [pk for pk in places if pk not in wanted]
    added = [party for party in parties if party.pk not in places]
    NegotiationParty.objects.filter(negotiation=negotiation, party__in=gone).delete()
    last = max((place.order for pk, place in places.items() if pk in wanted), default=-1)
    NegotiationParty.objects.bulk_create(
        NegotiationParty(negotiation=negotiation, party=party, order=last + 1 + offset)
        for offset, party in enumerate(added)
    )
    return bool(gone or added)


def _reorder_issues(negotiation: Negotiation, order: dict[int, int], editor) -> None:
    for issue in Issue.objects.filter(negotiation=negotiation, pk__in=list(order)):
        if issue.order != order[issue.pk]:
            issue_edit(
                issue=issue,
                editor=editor,
                version=issue.version,
                order=order[issue.pk],
                reason="Issues reordered",
            )


# --- Shared ---------------------------------------------------------------------------


def _set_links(manager, items: Iterable[models.Model]) -> bool:
    """Point a many-to-many field at exactly these items; whether that changed anything."""
    wanted = {item.pk for item in items}
    if set(manager.values_list("pk", flat=True)) == wanted:
        return False
    manager.set(list(wanted))
    return True


def _stripped(value):
    return value if value is UNCHANGED else value.strip()


def _given(value, default):
    return default if value is UNCHANGED else value
