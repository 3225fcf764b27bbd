"""The position matrix, and the panel of one of its cells: its history strip and the
quotes behind it."""

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from django.db.models import F

from config.dates import shift_date
from positions.models import (
    POSITION_BEARING_STANCES,
    Event,
    Issue,
    Negotiation,
    Party,
    Position,
    Quote,
    QuoteIssue,
    ReviewState,
    Stance,
)
from positions.queries.cells import Cell, Step, positions_at
from positions.queries.negotiations import negotiation_issues, negotiation_parties
from positions.queries.parties import PARTY_COLUMNS

# How many of the quotes behind a cell its panel lists, and how much history it draws.
CELL_QUOTES = 50
CELL_HISTORY = 200
CONCILIATORY = {Stance.OFFER, Stance.ACCEPT, Stance.CONCEDE}
AGREEING = {Stance.OFFER, Stance.ACCEPT}


@dataclass
class MatrixRow:
    issue: Issue
    entries: list[tuple[Party, Cell]]

    # Each row's flags are read several times while a matrix of thousands of cells is drawn.
    @cached_property
    def _settled(self) -> list[str]:
        return [cell.stance for _, cell in self.entries if cell.settled]

    @cached_property
    def deadlocked(self) -> bool:
        """A demand met only by rejections: nobody offers, accepts or concedes."""
        stances = set(self._settled)
        return {Stance.DEMAND, Stance.REJECT} <= stances and not stances & CONCILIATORY

    @cached_property
    def converging(self) -> bool:
        """At least two parties offer or accept, and none rejects."""
        stances = self._settled
        return sum(s in AGREEING for s in stances) >= 2 and Stance.REJECT not in stances


@dataclass
class Matrix:
    parties: list[Party]
    rows: list[MatrixRow]
    as_of: date | None
    events: list = field(default_factory=list)


def matrix(*, negotiation: Negotiation, as_of: date | None = None) -> Matrix:
    """Issues × parties, each cell the party's position as of the date (today if None),
    and the negotiation's latest events to replay it at.

    Four queries: parties, issues, events, and one for every cell.
    """
    events = list(
        Event.objects.filter(negotiation=negotiation).order_by("-happened_on", "-id")[
            :PARTY_COLUMNS
        ]
    )
    parties = negotiation_parties(negotiation)
    issues = negotiation_issues(negotiation)
    cells = positions_at(
        issue_ids=[i.pk for i in issues], party_ids=[p.pk for p in parties], dates=[as_of]
    )
    rows = [
        MatrixRow(issue, [(party, cells[(issue.pk, party.pk, as_of)]) for party in parties])
        for issue in issues
    ]
    return Matrix(parties=parties, rows=rows, as_of=as_of, events=events[::-1])


@dataclass
class StripRun:
    """A stretch of the history strip holding one stance, from its first step to the next change."""

    stance: str
    label: str
    start: date
    end: date
    x: float
    width: float
    steps: int = 1


@dataclass
class StripMark:
    """A tick on the strip: one confirmed quote or pinned position."""

    x: float
    pinned: bool


@dataclass
class CellHistory:
    steps: list[Step]
    runs: list[StripRun]
    marks: list[StripMark]
    undated: int
    start: date | None = None
    end: date | None = None
    width: int = 600


def history_strip(steps: list[Step], *, until: date | None, width: int = 600) -> CellHistory:
    """Lay dated steps (oldest first) out on a strip `width` wide, up to `until` (or a little
    past the last step), one run per unbroken stance."""
    dated = [step for step in steps if step.said_on is not None]
    undated = len(steps) - len(dated)
    if not dated:
        return CellHistory(steps=steps, runs=[], marks=[], undated=undated, width=width)
    start, last = dated[0].said_on, dated[-1].said_on
    # A step stored outside the accepted span ends its own strip: no day past it exists.
    margin = max(timedelta(days=1), (last - start) / 12)
    end = max(until, last) if until else max(last, shift_date(last, margin))
    span = (end - start).days or 1

    def x(day: date) -> float:
        return round((day - start).days / span * width, 1)

    runs: list[StripRun] = []
    for step in dated:
        if runs and runs[-1].stance == step.stance:
            runs[-1].steps += 1
            continue
        if runs:
            runs[-1].end = step.said_on
        runs.append(StripRun(step.stance, Stance(step.stance).label, step.said_on, end, 0, 0))
    for run in runs:
        run.x = x(run.start)
        run.width = max(round(x(run.end) - run.x, 1), 2.0)
    marks = [StripMark(x(step.said_on), step.pinned) for step in dated]
    return CellHistory(
        steps=steps, runs=runs, marks=marks, undated=undated, start=start, end=end, width=width
    )


@dataclass
class CellPanel:
    issue: Issue
    party: Party
    cell: Cell
    history: CellHistory
    quotes: list[Quote]
    more_quotes: bool
    as_of: date | None
    pins: list[Position] = field(default_factory=list)


def matrix_cell(
    *, negotiation: Negotiation, issue_slug: str, party_slug: str, as_of: date | None = None
) -> CellPanel | None:
    """One cell of the matrix: the position, its history and the quotes behind it, newest first.

    Six queries; None when the negotiation has no such issue or party.
    """
    issue = Issue.objects.filter(negotiation=negotiation, slug=issue_slug).first()
    party = Party.objects.filter(slug=party_slug, negotiationparty__negotiation=negotiation).first()
    if issue is None or party is None:
        return None
    cell = positions_at(issue_ids=[issue.pk], party_ids=[party.pk], dates=[as_of])
    pins = _pins(issue, party, as_of)
    steps = _bearing_steps(issue, party, as_of) + [
        Step(pin.stance, pin.as_of, position_id=pin.pk, summary=pin.summary) for pin in pins
    ]
    steps.sort(key=Step.sort_key)
    quotes = _cell_quotes(issue, party, as_of)
    return CellPanel(
        issue=issue,
        party=party,
        cell=cell[(issue.pk, party.pk, as_of)],
        history=history_strip(steps, until=as_of),
        quotes=quotes[:CELL_QUOTES],
        more_quotes=len(quotes) > CELL_QUOTES,
        as_of=as_of,
        pins=pins,
    )


def _cell_links(issue: Issue, party: Party, as_of: date | None):
    links = QuoteIssue.objects.filter(
        issue=issue, party=party, quote__article__withdrawn_at__isnull=True
    )
    if as_of is not None:
        links = links.filter(said_on__lte=as_of)
    return links


def _bearing_steps(issue: Issue, party: Party, as_of: date | None) -> list[Step]:
    links = (
        _cell_links(issue, party, as_of)
        .filter(review_state=ReviewState.CONFIRMED, stance__in=POSITION_BEARING_STANCES)
        .order_by(F("said_on").desc(nulls_last=True), "-quote_id")
        .values_list("stance", "said_on", "quote_id")[:CELL_HISTORY]
    )
    return [Step(stance, said_on, quote_id=quote_id) for stance, said_on, quote_id in links]


def _pins(issue: Issue, party: Party, as_of: date | None) -> list[Position]:
    pins = Position.objects.filter(issue=issue, party=party).select_related("pinned_by")
    if as_of is not None:
        pins = pins.filter(as_of__lte=as_of)
    return list(pins.order_by("-as_of", "-id")[:CELL_HISTORY])


def _cell_quotes(issue: Issue, party: Party, as_of: date | None) -> list[Quote]:
    links = (
        _cell_links(issue, party, as_of)
        .filter(review_state__in=[ReviewState.CONFIRMED, ReviewState.SUGGESTED])
        .select_related("quote__article__source", "quote__actor", "quote__party")
        .defer("quote__article__body", "quote__article__near_duplicate_signature")
        .order_by(F("said_on").desc(nulls_last=True), "-quote_id")
    )
    return [link.quote for link in links[: CELL_QUOTES + 1]]
