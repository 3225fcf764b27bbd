"""The registry's actors and parties as editors read them: a list a page at a time, the
speaker picker's suggestions, one actor with their offices; each in a fixed number of
queries, every filter on an index."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, F, Min, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from config.keyset import rows_after
from positions.models import Actor, ActorName, Office, Party, Quote
from positions.names import folded

ACTORS_PAGE = 50
PARTIES_PAGE = 100
# The picker suggests this many actors: enough to choose among, few enough to read.
SUGGESTIONS = 10


@dataclass
class ActorPage:
    actors: list[Actor]
    next_after: int | None


@dataclass
class PartyPage:
    parties: list[Party]
    next_after: int | None


def actors_page(*, search: str = "", after: int | None = None) -> ActorPage:
    """A page of actors by name, narrowed to those a name, alias or word of theirs starts
    with `search`; each with `current_party` and `quote_count`. Two queries (three after a
    cursor)."""
    actors = _with_quote_counts(Actor.objects.all())
    if folded(search):
        actors = actors.filter(pk__in=_matching(search).values("actor"))
    actors = _after(actors, Actor, after)
    found = list(actors.prefetch_related(_offices()).order_by("name", "pk")[: ACTORS_PAGE + 1])
    for actor in found:
        actor.current_party = current_party(actor.offices.all())
    more = len(found) > ACTORS_PAGE
    return ActorPage(found[:ACTORS_PAGE], found[ACTORS_PAGE - 1].pk if more else None)


def actor_suggestions(search: str) -> list[Actor]:
    """At most ten actors a name, alias or later word of theirs starts with `search`: those
    whose name does first, then aliases, then later words, each by name; with
    `current_party` and `quote_count`. Two queries; none for an empty search."""
    if not folded(search):
        return []
    best = (
        _matching(search)
        .values("actor")
        .annotate(best=Min("rank"))
        .order_by("best", "actor__name", "actor")[:SUGGESTIONS]
    )
    ranked = [row["actor"] for row in best]
    actors = _with_quote_counts(Actor.objects.filter(pk__in=ranked)).prefetch_related(_offices())
    by_pk = {actor.pk: actor for actor in actors}
    for actor in by_pk.values():
        actor.current_party = current_party(actor.offices.all())
    return [by_pk[pk] for pk in ranked if pk in by_pk]


def exactly_named(search: str) -> bool:
    """Whether the suggestions hold an actor with exactly this name or alias, so the picker
    need not offer to create one."""
    key = folded(search)
    return bool(key) and ActorName.objects.filter(key=key, rank__lte=ActorName.Rank.ALIAS).exists()


def actor_named(text: str) -> Actor | None:
    """The one actor with exactly this name (else alias), for a form sent without the
    picker's script; None if nobody or several are."""
    key = folded(text)
    if not key:
        return None
    for rank in (ActorName.Rank.NAME, ActorName.Rank.ALIAS):
        found = list(Actor.objects.filter(search_names__key=key, search_names__rank=rank)[:2])
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


def actor_detail(actor_id: int) -> Actor | None:
    """One actor with their offices (and each office's party) and `quote_count`; two queries."""
    actor = (
        _with_quote_counts(Actor.objects.filter(pk=actor_id)).prefetch_related(_offices()).first()
    )
    if actor is not None:
        actor.current_party = current_party(actor.offices.all())
    return actor


def parties_page(*, after: int | None = None) -> PartyPage:
    """A page of parties by name, each with how many offices speak for it; one query (two
    after a cursor)."""
    parties = _after(Party.objects.annotate(office_count=Count("offices")), Party, after)
    found = list(parties.order_by("name", "pk")[: PARTIES_PAGE + 1])
    more = len(found) > PARTIES_PAGE
    return PartyPage(found[:PARTIES_PAGE], found[PARTIES_PAGE - 1].pk if more else None)


def current_party(offices, on: date | None = None) -> Party | None:
    """The party of the office held on the day (today by default), else of the latest
    office; among offices already loaded, newest first."""
    day = on or timezone.localdate()
    held = [
        office
        for office in offices
        if office.party_id
        and (office.starts_on is None or office.starts_on <= day)
        and (office.ends_on is None or office.ends_on >= day)
    ]
    with_party = held or [office for office in offices if office.party_id]
    return with_party[0].party if with_party else None


def _matching(search: str) -> QuerySet:
    return ActorName.objects.filter(key__startswith=folded(search))


def _offices() -> Prefetch:
    # Newest first, undated last, as `party_spoken_for` reads them.
    newest = Office.objects.select_related("party").order_by(
        F("starts_on").desc(nulls_last=True), "-pk"
    )
    return Prefetch("offices", queryset=newest)


def _with_quote_counts(actors: QuerySet) -> QuerySet:
    # A subquery per row reads the quote index by actor: cheap for a page of fifty.
    counted = (
        Quote.objects.filter(actor=OuterRef("pk"))
        .order_by()
        .values("actor")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return actors.annotate(quote_count=Coalesce(Subquery(counted), 0))


def _after(rows: QuerySet, model, after: int | None) -> QuerySet:
    """The rows after the one a cursor names, in (name, id) order; all of them for no
    cursor, or one naming nothing."""
    if after is None:
        return rows
    name = model.objects.filter(pk=after).values_list("name", flat=True).first()
    if name is None:
        return rows
    return rows.filter(rows_after(("name", "pk"), (name, after)))
