"""Editors' writes to the registry of speakers and parties: actors, their offices, parties.

An actor's offices decide the party each of their quotes speaks for, so every change to
offices (or to the actor's kind: an expert speaks for no party) takes the party of their
quotes again from the offices, through `quotes_follow_speaker`. A merge moves each quote
through `quote_edit`, so its copies follow, its version bumps and its history says why.
Actors carry a version like quotes: an edit at a stale version is refused with StaleEdit.
Every write is recorded in the item's history with its editor and reason.
"""

from collections.abc import Iterable
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.text import slugify

from positions.editing import (
    UNCHANGED,
    Unchanged,
    assign_changed,
    changes_saved,
    check_choice,
    locked_at_version,
    quote_edit,
    quotes_follow_speaker,
    save_recorded,
    validate_changed,
)
from positions.models import Actor, ActorKind, ActorName, Office, Party
from positions.names import cleaned_aliases, folded, name_keys


def actor_create(
    *,
    name: str,
    kind: str,
    editor: AbstractBaseUser | None,
    aliases: Iterable[str] = (),
    office_title: str = "",
    party: Party | None = None,
    starts_on: date | None = None,
    ends_on: date | None = None,
    reason: str = "",
) -> Actor:
    """A new speaker, confirmed, with a first office if `office_title` or `party` is given
    (the office's title defaults to "Speaks for <party>").

    Refused, in the editor's words, for a blank name, a name another actor already has, an
    unknown kind or an office whose dates are out of order or out of range.
    Side effects: creates the actor (with a slug of its own) and its office, each recorded
    in its history with `reason`.
    """
    name = _tidy_name(name)
    check_choice("kind", kind, ActorKind, "kind of actor")
    _refuse_taken_name(name)
    actor = Actor(
        name=name,
        slug=_free_slug(name),
        kind=kind,
        aliases=cleaned_aliases(aliases, name=name),
        confirmed=True,
    )
    actor.full_clean()
    wants_office = bool(office_title.strip()) or party is not None
    with transaction.atomic():
        save_recorded(actor, editor=editor, reason=reason)
        if wants_office:
            title = office_title.strip() or f"Speaks for {party}"
            _office_saved(
                Office(actor=actor, title=title, party=party, starts_on=starts_on, ends_on=ends_on),
                editor=editor,
                reason=reason,
            )
    return actor


def actor_edit(
    *,
    actor: Actor,
    editor: AbstractBaseUser | None,
    version: int,
    name: str | Unchanged = UNCHANGED,
    kind: str | Unchanged = UNCHANGED,
    aliases: Iterable[str] | Unchanged = UNCHANGED,
    description: str | Unchanged = UNCHANGED,
    reason: str = "",
) -> Actor:
    """Correct an actor's name, kind, aliases or description at the version the editor
    loaded. An edit by an editor also confirms a speaker the extractor proposed.

    Side effects: locks and saves the actor with its version bumped, recorded with `reason`;
    a new kind takes the party of the actor's quotes again (an expert speaks for none). A
    save that changes nothing writes nothing. Raises StaleEdit (with the stored values),
    ValidationError in the editor's words, Actor.DoesNotExist.
    """
    with transaction.atomic():
        current = locked_at_version(Actor, actor.pk, version)
        given = {"name": name, "kind": kind, "description": description}
        given = {field: value for field, value in given.items() if value is not UNCHANGED}
        if "name" in given:
            given["name"] = _tidy_name(given["name"])
            if folded(given["name"]) != folded(current.name):
                _refuse_taken_name(given["name"], besides=current)
        if "kind" in given:
            check_choice("kind", given["kind"], ActorKind, "kind of actor")
        if aliases is not UNCHANGED:
            given["aliases"] = cleaned_aliases(aliases, name=given.get("name", current.name))
        if editor is not None:
            given["confirmed"] = True
        changed = changes_saved(current, given, editor=editor, reason=reason)
        if "kind" in changed:
            quotes_follow_speaker(actor=current)
        return current


def office_add(
    *,
    actor: Actor,
    title: str,
    editor: AbstractBaseUser | None,
    party: Party | None = None,
    starts_on: date | None = None,
    ends_on: date | None = None,
    reason: str = "",
) -> Office:
    """An office the actor held, and the party they spoke for while holding it.

    Side effects: creates the office, recorded with `reason`, and takes the party of the
    actor's quotes again from their offices. Raises ValidationError in the editor's words.
    """
    office = Office(actor=actor, title=title.strip(), party=party, starts_on=starts_on)
    office.ends_on = ends_on
    with transaction.atomic():
        _office_saved(office, editor=editor, reason=reason)
        quotes_follow_speaker(actor=actor)
    return office


def office_edit(
    *,
    office: Office,
    editor: AbstractBaseUser | None,
    title: str | Unchanged = UNCHANGED,
    party: Party | Unchanged | None = UNCHANGED,
    starts_on: date | Unchanged | None = UNCHANGED,
    ends_on: date | Unchanged | None = UNCHANGED,
    reason: str = "",
) -> Office:
    """Correct an office's title, party or dates.

    Side effects: saves the office, recorded with `reason`, and takes the party of the
    actor's quotes again from their offices. A save that changes nothing writes nothing.
    Raises ValidationError in the editor's words, Office.DoesNotExist.
    """
    given = {"title": title, "party": party, "starts_on": starts_on, "ends_on": ends_on}
    given = {field: value for field, value in given.items() if value is not UNCHANGED}
    if "title" in given:
        given["title"] = given["title"].strip()
    with transaction.atomic():
        current = Office.objects.select_for_update().select_related("actor").get(pk=office.pk)
        changed = assign_changed(current, given)
        if not changed:
            return current
        _check_office(current)
        validate_changed(current, changed)
        save_recorded(current, editor=editor, reason=reason)
        quotes_follow_speaker(actor=current.actor)
        return current


def office_remove(*, office: Office, editor: AbstractBaseUser | None, reason: str = "") -> None:
    """Remove an office an actor never held (or that was entered twice).

    Side effects: deletes the office, recorded in its history with `reason`, and takes the
    party of the actor's quotes again from the offices left.
    """
    with transaction.atomic():
        actor = office.actor
        _delete_recorded(office, editor=editor, reason=reason)
        quotes_follow_speaker(actor=actor)


def actor_merge(
    *,
    keep: Actor,
    absorb: Actor,
    editor: AbstractBaseUser | None,
    version: int,
    reason: str = "",
) -> Actor:
    """Make two actors who are one person into one: `absorb` goes into `keep`, whose
    version (as the editor loaded it) must still be current.

    Side effects, in one transaction: each of `absorb`'s quotes gets `keep` as its speaker
    through `quote_edit` (its party taken again from `keep`'s offices on the day, its copies
    following, its version bumped, its history saying why; suggestions stay suggestions);
    `absorb`'s offices move to `keep`; its name and aliases become `keep`'s aliases; `keep`
    is saved with its version bumped; `absorb` is deleted, every change recorded with the
    reason. Demands, responses and positions name parties, not actors: nothing else points
    at an actor. Raises ValidationError (merging an actor into itself), StaleEdit.
    Returns `keep` as it now stands.
    """
    if keep.pk == absorb.pk:
        raise ValidationError({"absorb": "An actor cannot be merged into themselves."})
    why = reason or f"Merged “{absorb.name}” into “{keep.name}”"
    with transaction.atomic():
        current = locked_at_version(Actor, keep.pk, version)
        absorbed = Actor.objects.select_for_update().get(pk=absorb.pk)
        # Offices first: the quotes moved next take their party from them.
        for office in absorbed.offices.all():
            office.actor = current
            save_recorded(office, editor=editor, reason=why)
        for quote in absorbed.quotes.order_by("pk"):
            quote_edit(
                quote=quote,
                editor=editor,
                version=quote.version,
                actor=current,
                reason=why,
                confirms=False,
            )
        current.aliases = cleaned_aliases(
            [*current.aliases, absorbed.name, *absorbed.aliases], name=current.name
        )
        current.version += 1
        save_recorded(current, editor=editor, reason=why)
        _delete_recorded(absorbed, editor=editor, reason=why)
        quotes_follow_speaker(actor=current)
        return current


def party_edit(
    *,
    party: Party,
    editor: AbstractBaseUser | None,
    name: str | Unchanged = UNCHANGED,
    colour: str | Unchanged = UNCHANGED,
    aliases: Iterable[str] | Unchanged = UNCHANGED,
    reason: str = "",
) -> Party:
    """Correct a party's name, colour (#rrggbb) or aliases; its slug, in every address,
    stays.

    Side effects: saves the party, recorded with `reason`. A save that changes nothing
    writes nothing. Raises ValidationError in the editor's words.
    """
    given = {}
    if name is not UNCHANGED:
        given["name"] = _tidy_name(name)
    if colour is not UNCHANGED:
        given["colour"] = colour.strip().lower()
    if aliases is not UNCHANGED:
        given["aliases"] = cleaned_aliases(aliases, name=given.get("name", party.name))
    with transaction.atomic():
        current = Party.objects.select_for_update().get(pk=party.pk)
        changed = assign_changed(current, given)
        if not changed:
            return current
        others = Party.objects.exclude(pk=current.pk)
        if "name" in changed and others.filter(name__iexact=current.name).exists():
            raise ValidationError({"name": f"Another party is already called “{current.name}”."})
        validate_changed(current, changed)
        save_recorded(current, editor=editor, reason=reason)
        return current


def actor_names_refresh(*, actor: Actor) -> None:
    """Make the actor findable by their name, aliases and later words as they now stand.

    Side effects: replaces the actor's search keys (two queries)."""
    keys = name_keys(actor.name, [alias for alias in actor.aliases or () if isinstance(alias, str)])
    ActorName.objects.filter(actor=actor).delete()
    ActorName.objects.bulk_create(
        ActorName(actor=actor, key=key, rank=rank) for key, rank in keys.items()
    )


def _tidy_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError({"name": "Give a name."})
    return name


def _refuse_taken_name(name: str, *, besides: Actor | None = None) -> None:
    taken = ActorName.objects.filter(key=folded(name), rank=ActorName.Rank.NAME)
    if besides is not None:
        taken = taken.exclude(actor=besides)
    other = taken.select_related("actor").first()
    if other is not None:
        raise ValidationError(
            {
                "name": f"“{other.actor.name}” is already in the registry: pick them, or "
                "give this speaker a name that tells them apart."
            }
        )


def _free_slug(name: str) -> str:
    """A slug from the name, numbered if another actor has it already."""
    base = slugify(name)[:190] or "actor"
    taken = set(Actor.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _office_saved(office: Office, *, editor, reason: str) -> None:
    _check_office(office)
    office.full_clean()
    save_recorded(office, editor=editor, reason=reason)


def _check_office(office: Office) -> None:
    if not office.title:
        raise ValidationError({"title": "Give the office a title: “Foreign Minister”, …"})
    if office.starts_on and office.ends_on and office.ends_on < office.starts_on:
        raise ValidationError(
            {"ends_on": "An office cannot end before it starts: check the two dates."}
        )


def _delete_recorded(obj: models.Model, *, editor, reason: str) -> None:
    """Delete, recording the editor and the reason in the item's history."""
    obj._history_user = editor
    obj._change_reason = reason or None
    obj.delete()
