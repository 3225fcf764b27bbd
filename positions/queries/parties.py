"""One party's page: its positions over time, the people who speak for it, its open
demands; and the party a speaker spoke for on a day."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import F, Q

from config.dates import clamp_date, shift_date
from positions.models import Demand, Event, Issue, Negotiation, NegotiationParty, Office, Party
from positions.queries.cells import Cell, positions_at
from positions.queries.demands import open_demands
from positions.queries.negotiations import negotiation_issues


@dataclass
class PartyColumn:
    label: str
    day: date | None
    event: object = None


@dataclass
class PartyPage:
    party: Party
    columns: list[PartyColumn]
    rows: list[tuple[Issue, list[Cell]]]
    offices: list[Office]
    demands: list[Demand]
    in_negotiation: bool

    @property
    def shown_offices(self) -> list[Office]:
        return self.offices[:PARTY_PEOPLE]

    @property
    def more_offices(self) -> bool:
        return len(self.offices) > PARTY_PEOPLE

    @property
    def shown_demands(self) -> list[Demand]:
        return self.demands[:PARTY_DEMANDS]

    @property
    def more_demands(self) -> bool:
        return len(self.demands) > PARTY_DEMANDS


# The party page shows its positions at the negotiation's latest events, or at week ends.
PARTY_COLUMNS = 8
# The party page lists this many of the party's open demands, then links to the board.
PARTY_DEMANDS = 5


def party_page(*, negotiation: Negotiation, slug: str) -> PartyPage | None:
    """A party's positions on each issue over time, its actors and its demands; eight queries."""
    party = Party.objects.filter(slug=slug).first()
    if party is None:
        return None
    in_negotiation = NegotiationParty.objects.filter(negotiation=negotiation, party=party).exists()
    events = list(
        Event.objects.filter(negotiation=negotiation).order_by("-happened_on", "-id")[
            :PARTY_COLUMNS
        ]
    )
    columns = [PartyColumn(e.title, e.happened_on, e) for e in reversed(events)] or _weeks(
        negotiation
    )
    columns.append(PartyColumn("Today", None))
    issues = negotiation_issues(negotiation)
    # Evidence is counted for today's column only: the earlier ones show how the stance
    # moved, and counting at every date would cost most of the page's time.
    cells = positions_at(
        issue_ids=[i.pk for i in issues],
        party_ids=[party.pk],
        dates=[c.day for c in columns],
        counted={None},
    )
    rows = [(i, [cells[(i.pk, party.pk, c.day)] for c in columns]) for i in issues]
    return PartyPage(
        party=party,
        columns=columns,
        rows=rows,
        offices=party_offices(party, limit=PARTY_PEOPLE + 1),
        demands=open_demands(negotiation=negotiation, party=party, limit=PARTY_DEMANDS + 1),
        in_negotiation=in_negotiation,
    )


def _weeks(negotiation: Negotiation) -> list[PartyColumn]:
    """Week ends (Sundays) before the negotiation's end, or before today while it runs."""
    last = clamp_date(negotiation.ends_on or date.today())
    sunday = shift_date(last, -timedelta(days=(last.weekday() + 1) % 7))
    days = [shift_date(sunday, -timedelta(weeks=n)) for n in range(PARTY_COLUMNS - 1, -1, -1)]
    return [PartyColumn(f"Week to {day:%-d %b}", day) for day in days]


# The party page names this many of the party's people; the rest load on request.
PARTY_PEOPLE = 30


def party_offices(party: Party, *, limit: int | None = None) -> list[Office]:
    """Who speaks for a party: present office holders first, then by name."""
    offices = (
        Office.objects.filter(party=party)
        .select_related("actor")
        .only(
            "title",
            "starts_on",
            "ends_on",
            "actor__name",
            "actor__kind",
        )
        .order_by(F("ends_on").desc(nulls_first=True), "actor__name", "-starts_on")
    )
    return list(offices[:limit] if limit else offices)


def party_spoken_for(actor, on) -> Party | None:
    """The party an actor spoke for on a date, from their offices; experts speak for none."""
    if actor is None or not actor.sets_positions:
        return None
    offices = actor.offices.select_related("party").filter(party__isnull=False)
    if on is not None:
        offices = offices.filter(Q(starts_on__isnull=True) | Q(starts_on__lte=on)).filter(
            Q(ends_on__isnull=True) | Q(ends_on__gte=on)
        )
    office = offices.order_by(F("starts_on").desc(nulls_last=True)).first()
    return office.party if office else None
