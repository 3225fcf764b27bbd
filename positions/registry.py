"""Build the extraction engine's registry from the database, in a fixed number of queries."""

from django.db.models import Prefetch

from positions.extraction import (
    Registry,
    RegistryActor,
    RegistryIssue,
    RegistryOffice,
    RegistryParty,
)
from positions.models import Actor, Issue, Office, Party


def load_registry() -> Registry:
    """Every party, actor (keyed by primary key, with their offices) and issue; four queries.

    Issues are per negotiation, but the engine suggests them by slug, so issues sharing
    a slug are merged and their keywords pooled.
    """
    return Registry(actors=_actors(), parties=_parties(), issues=_issues())


def _parties() -> tuple[RegistryParty, ...]:
    return tuple(
        RegistryParty(slug=party.slug, name=party.name, aliases=_strings(party.aliases))
        for party in Party.objects.only("slug", "name", "aliases")
    )


def _actors() -> tuple[RegistryActor, ...]:
    offices = Prefetch("offices", queryset=Office.objects.select_related("party"))
    return tuple(
        RegistryActor(
            key=actor.pk,
            name=actor.name,
            kind=actor.kind,
            aliases=_strings(actor.aliases),
            offices=tuple(_office(office) for office in actor.offices.all()),
        )
        for actor in Actor.objects.prefetch_related(offices)
    )


def _office(office: Office) -> RegistryOffice:
    return RegistryOffice(
        title=office.title,
        party_slug=office.party.slug if office.party else None,
        start=office.starts_on,
        end=office.ends_on,
    )


def _issues() -> tuple[RegistryIssue, ...]:
    merged: dict[str, RegistryIssue] = {}
    issues = Issue.objects.only("slug", "name", "keywords", "description").order_by("slug", "pk")
    for issue in issues:
        known = merged.get(issue.slug)
        keywords = _strings(issue.keywords)
        if known is None:
            merged[issue.slug] = RegistryIssue(issue.slug, issue.name, keywords, issue.description)
        else:
            pooled = known.keywords + tuple(k for k in keywords if k not in known.keywords)
            description = " ".join(filter(None, (known.description, issue.description)))
            merged[issue.slug] = RegistryIssue(known.slug, known.name, pooled, description)
    return tuple(merged.values())


def _strings(values) -> tuple[str, ...]:
    """JSON list fields may hold anything an admin typed; keep the non-empty strings."""
    return tuple(v for v in (values or ()) if isinstance(v, str) and v.strip())
