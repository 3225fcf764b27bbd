from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property

from django.db import connection
from django.db.models import Exists, F, IntegerField, OuterRef, Prefetch, Q, Value
from django.db.models.functions import Coalesce

from articles.models import Article
from config.dates import clamp_date, shift_date
from positions.models import (
    POSITION_BEARING_STANCES,
    Demand,
    Event,
    Issue,
    Negotiation,
    NegotiationParty,
    Office,
    Party,
    Position,
    Quote,
    QuoteIssue,
    Response,
    ReviewState,
    Stance,
    UserPreference,
)


def negotiation_by_slug(slug: str) -> Negotiation | None:
    return Negotiation.objects.filter(slug=slug).first() if slug else None


def preferred_negotiation(user) -> Negotiation | None:
    """The user's last choice, else the newest negotiation."""
    if user.is_authenticated:
        preference = UserPreference.objects.filter(user=user).select_related("negotiation").first()
        if preference and preference.negotiation:
            return preference.negotiation
    return Negotiation.objects.first()


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


# ---------------------------------------------------------------------------
# Positions: the matrix, one cell, one party over time.
# ---------------------------------------------------------------------------

# Evidence counts stop here: the matrix says "10+" rather than count every quote.
EVIDENCE_CAP = 10
# How many of the quotes behind a cell its panel lists, and how much history it draws.
CELL_QUOTES = 50
CELL_HISTORY = 200
_STANCE_LABELS = {stance.value: str(stance.label) for stance in Stance}
CONCILIATORY = {Stance.OFFER, Stance.ACCEPT, Stance.CONCEDE}
AGREEING = {Stance.OFFER, Stance.ACCEPT}


@dataclass(slots=True)
class _Step:
    """One position-bearing moment: a confirmed quote, or a position an editor pinned."""

    stance: str
    said_on: date | None
    quote_id: int | None = None
    position_id: int | None = None
    summary: str = ""

    @property
    def pinned(self) -> bool:
        return self.position_id is not None

    def sort_key(self) -> tuple:
        # Undated quotes rank below every dated one; a pin wins a tie with a quote of its day.
        return (self.said_on is not None, self.said_on or date.min, self.pinned, self.quote_id or 0)


@dataclass(slots=True)
class Cell:
    """A party's position on an issue as of a date, and what it rests on."""

    issue_id: int
    party_id: int
    stance: str = ""
    said_on: date | None = None
    previous_stance: str = ""
    evidence: int = 0
    suggested: bool = False
    # The day of the step before the latest: a replay just before it shows previous_stance.
    previous_on: date | None = None
    quote_id: int | None = None
    position_id: int | None = None
    summary: str = ""

    @property
    def empty(self) -> bool:
        return not self.stance

    @property
    def pinned(self) -> bool:
        return self.position_id is not None

    @property
    def settled(self) -> bool:
        """A position that counts: confirmed evidence or an editor's pin, not a suggestion."""
        return bool(self.stance) and not self.suggested

    @property
    def shifted(self) -> bool:
        return self.settled and bool(self.previous_stance) and self.previous_stance != self.stance

    @property
    def stance_label(self) -> str:
        return _STANCE_LABELS.get(self.stance, "")

    @property
    def previous_label(self) -> str:
        return _STANCE_LABELS.get(self.previous_stance, "")

    @property
    def evidence_label(self) -> str:
        return f"{EVIDENCE_CAP}+" if self.evidence >= EVIDENCE_CAP else str(self.evidence)


@dataclass(slots=True)
class _Candidates:
    """What one (issue, party, date) probe found; `_cell` turns it into a position."""

    confirmed: list[_Step]
    pinned: list[_Step]
    suggested: _Step | None
    evidence: int


def _cell(issue_id: int, party_id: int, found: _Candidates | None) -> Cell:
    if found is None:
        return Cell(issue_id=issue_id, party_id=party_id)
    # Confirmed steps come newest first; only pins need merging in.
    steps = found.confirmed
    if found.pinned:
        steps = sorted([*found.confirmed, *found.pinned], key=_Step.sort_key, reverse=True)
    evidence = min(found.evidence, EVIDENCE_CAP)
    if steps:
        latest = steps[0]
        return Cell(
            issue_id=issue_id,
            party_id=party_id,
            stance=latest.stance,
            said_on=latest.said_on,
            previous_stance=steps[1].stance if len(steps) > 1 else "",
            previous_on=steps[1].said_on if len(steps) > 1 else None,
            evidence=evidence,
            quote_id=latest.quote_id,
            position_id=latest.position_id,
            summary=latest.summary,
        )
    if found.suggested is not None:
        return Cell(
            issue_id=issue_id,
            party_id=party_id,
            stance=found.suggested.stance,
            said_on=found.suggested.said_on,
            evidence=evidence,
            suggested=True,
            quote_id=found.suggested.quote_id,
        )
    return Cell(issue_id=issue_id, party_id=party_id, evidence=evidence)


def positions_at(
    *,
    issue_ids: list[int],
    party_ids: list[int],
    dates: list[date | None],
    counted: set[date | None] | None = None,
) -> dict[tuple[int, int, date | None], Cell]:
    """Each party's position on each issue at each date (None: today, undated quotes too)."""
    pairs = [(issue_id, party_id) for issue_id in issue_ids for party_id in party_ids]
    return positions_of(pairs=pairs, dates=dates, counted=counted)


def positions_of(
    *,
    pairs: list[tuple[int, int]],
    dates: list[date | None],
    counted: set[date | None] | None = None,
) -> dict[tuple[int, int, date | None], Cell]:
    """Each (issue, party) pair's position at each date, with its evidence counted at the
    dates in `counted` (all of them by default; a cell's evidence is 0 at the others).

    One query whatever the number of quotes: on PostgreSQL each cell is a few probes
    of the `quoteissue_cell_idx` index.
    """
    if not (pairs and dates):
        return {}
    read = _cells_postgresql if connection.vendor == "postgresql" else _cells_portable
    cells = read(pairs, dates, set(dates) if counted is None else counted)
    return {
        (issue_id, party_id, day): cells.get((issue_id, party_id, day))
        or Cell(issue_id=issue_id, party_id=party_id)
        for issue_id, party_id in pairs
        for day in dates
    }


_BEARING = "(" + ", ".join(f"'{stance}'" for stance in POSITION_BEARING_STANCES) + ")"

# Each probe walks `quoteissue_cell_idx` (issue, party, review_state, -said_on, -quote,
# covering stance) from the newest entry at or before the date, index only, and stops
# after a few rows. Undated quotes, which count only today and rank below dated ones,
# get a short branch of their own.
_PROBE = """
    (SELECT qi.stance, qi.said_on, qi.quote_id FROM positions_quoteissue qi
     WHERE qi.issue_id = pairs.issue_id AND qi.party_id = pairs.party_id
       AND qi.review_state = %({state})s {stances} {only_if}
       AND qi.said_on <= COALESCE(pairs.as_of, 'infinity'::date)
       AND qi.quote_id NOT IN (SELECT id FROM withdrawn)
     ORDER BY qi.said_on DESC, qi.quote_id DESC LIMIT {limit})
    UNION ALL
    (SELECT qi.stance, qi.said_on, qi.quote_id FROM positions_quoteissue qi
     WHERE qi.issue_id = pairs.issue_id AND qi.party_id = pairs.party_id
       AND qi.review_state = %({state})s {stances} {only_if}
       AND qi.said_on IS NULL AND pairs.as_of IS NULL
       AND qi.quote_id NOT IN (SELECT id FROM withdrawn)
     ORDER BY qi.quote_id DESC LIMIT {limit})
    LIMIT {limit}
"""


def _probe(state: str, limit: str, *, bearing_only: bool, only_if: str = "") -> str:
    """`only_if`, a condition on earlier columns, skips the probe where it fails."""
    stances = f"AND qi.stance IN {_BEARING}" if bearing_only else ""
    only_if = f"AND {only_if}" if only_if else ""
    return _PROBE.format(state=state, stances=stances, limit=limit, only_if=only_if)


# A cell is read with two probes, and a third only where the second finds nothing: the
# newest confirmed quotes (any stance; their number, capped, is the evidence), the
# latest two position-bearing confirmed quotes (the position and what it shifted from),
# and, for a cell with neither, the latest suggestion. Each probe returns its rows; the
# few positions editors pinned come as rows of their own, and Python picks per cell.
_POSITIONS_SQL = f"""
WITH withdrawn AS MATERIALIZED (
    SELECT q.id FROM positions_quote q JOIN articles_article a ON a.id = q.article_id
    WHERE a.withdrawn_at IS NOT NULL
),
pairs AS (
    SELECT x.issue_id, x.party_id, d.as_of, d.counted
    FROM unnest(%(issues)s::bigint[], %(parties)s::bigint[]) AS x(issue_id, party_id)
    CROSS JOIN unnest(%(dates)s::date[], %(counted)s::boolean[]) AS d(as_of, counted)
)
SELECT pairs.issue_id, pairs.party_id, pairs.as_of, counted.n,
       CASE WHEN steps.quote_id IS NOT NULL THEN 'confirmed'
            WHEN suggested.quote_id IS NOT NULL THEN 'suggested' END,
       COALESCE(steps.stance, suggested.stance), COALESCE(steps.said_on, suggested.said_on),
       COALESCE(steps.quote_id, suggested.quote_id), NULL::bigint, NULL::text
FROM pairs
CROSS JOIN LATERAL (
    SELECT count(*) AS n
    FROM ({_probe("confirmed", "%(cap)s", bearing_only=False, only_if="pairs.counted")}) c
) counted
LEFT JOIN LATERAL ({_probe("confirmed", "2", bearing_only=True)}) steps ON true
LEFT JOIN LATERAL (
    {_probe("suggested", "1", bearing_only=True, only_if="steps.quote_id IS NULL")}
) suggested ON true
UNION ALL
SELECT pos.issue_id, pos.party_id, d.as_of, 0, 'pinned', pos.stance, pos.as_of,
       NULL, pos.id, pos.summary
FROM positions_position pos CROSS JOIN unnest(%(dates)s::date[]) AS d(as_of)
WHERE pos.issue_id = ANY(%(pin_issues)s::bigint[]) AND pos.party_id = ANY(%(pin_parties)s::bigint[])
  AND pos.as_of <= COALESCE(d.as_of, 'infinity'::date)
"""


# Plain strings: comparing rows against enum members costs more than the rest of the loop.
_SUGGESTED, _PINNED = str(ReviewState.SUGGESTED), "pinned"


def _cells_postgresql(pairs, dates, counted) -> dict:
    """The cells the probes find, built straight from their rows: a cell's rows come
    together, newest first, so only cells with pins need the general merge."""
    cells: dict[tuple, Cell] = {}
    pins: dict[tuple, list[_Step]] = {}
    for issue_id, party_id, day, count, state, stance, said_on, quote_id, pin, note in _probed(
        pairs, dates, counted
    ):
        key = (issue_id, party_id, day)
        if state == _PINNED:
            pins.setdefault(key, []).append(_Step(stance, said_on, None, pin, note))
            continue
        cell = cells.get(key)
        if cell is not None:  # the other of the two latest steps
            _add_step(cell, stance, said_on, quote_id)
            continue
        cell = cells[key] = Cell(issue_id, party_id, evidence=min(count, EVIDENCE_CAP))
        if state is not None:
            cell.stance, cell.said_on, cell.quote_id = stance, said_on, quote_id
            cell.suggested = state == _SUGGESTED
    for key, pinned in pins.items():
        cells[key] = _cell(key[0], key[1], _with_pins(cells.get(key), pinned))
    return cells


def _add_step(cell: Cell, stance: str, said_on: date | None, quote_id: int) -> None:
    """Record a second step as the previous one, or as the latest if it is newer (the rows
    come newest first; this keeps the answer right whatever order they come in)."""
    step = _Step(stance, said_on, quote_id)
    if step.sort_key() < _Step(cell.stance, cell.said_on, cell.quote_id).sort_key():
        cell.previous_stance, cell.previous_on = stance, said_on
        return
    cell.previous_stance, cell.previous_on = cell.stance, cell.said_on
    cell.stance, cell.said_on, cell.quote_id = stance, said_on, quote_id


def _with_pins(cell: Cell | None, pinned: list[_Step]) -> _Candidates:
    """A cell read from quotes, taken apart again to be merged with an editor's pins."""
    if cell is None:
        return _Candidates([], pinned, None, 0)
    if cell.suggested:
        suggested = _Step(cell.stance, cell.said_on, cell.quote_id)
        return _Candidates([], pinned, suggested, cell.evidence)
    confirmed = [_Step(cell.stance, cell.said_on, cell.quote_id)] if cell.stance else []
    if cell.previous_stance:
        confirmed.append(_Step(cell.previous_stance, cell.previous_on))
    return _Candidates(confirmed, pinned, None, cell.evidence)


def _probed(pairs, dates, counted) -> list[tuple]:
    """The probes' rows for each pair and date; pins of other pairs may come too."""
    params = {
        "issues": [issue_id for issue_id, _ in pairs],
        "parties": [party_id for _, party_id in pairs],
        "pin_issues": sorted({issue_id for issue_id, _ in pairs}),
        "pin_parties": sorted({party_id for _, party_id in pairs}),
        "dates": list(dates),
        "counted": [day in counted for day in dates],
        "confirmed": ReviewState.CONFIRMED,
        "suggested": ReviewState.SUGGESTED,
        "cap": EVIDENCE_CAP,
    }
    with connection.cursor() as cursor:
        # Thousands of cheap probes look expensive to the planner, whose JIT compilation
        # would then cost more than the query; LOCAL ends with the statement's transaction.
        cursor.execute("SET LOCAL jit = off; " + _POSITIONS_SQL, params)
        cursor.nextset()
        return cursor.fetchall()


def _cells_portable(pairs, dates, counted) -> dict:
    found = _candidates_portable(pairs, dates)
    for (_, _, day), candidates in found.items():
        if day not in counted:
            candidates.evidence = 0
    return {key: _cell(key[0], key[1], candidates) for key, candidates in found.items()}


def _candidates_portable(pairs, dates) -> dict:
    """The same answer for databases without LATERAL (SQLite in development): read the
    few rows of the pairs' issues and parties in one query and pick in Python."""
    issue_ids = {issue_id for issue_id, _ in pairs}
    party_ids = {party_id for _, party_id in pairs}
    quotes = (
        QuoteIssue.objects.filter(
            issue_id__in=issue_ids,
            party_id__in=party_ids,
            review_state__in=[ReviewState.CONFIRMED, ReviewState.SUGGESTED],
            quote__article__withdrawn_at__isnull=True,
        )
        .annotate(position_id=Value(None, output_field=IntegerField()), summary=Value(""))
        .values_list(
            "issue_id",
            "party_id",
            "review_state",
            "stance",
            "said_on",
            "quote_id",
            "position_id",
            "summary",
        )
        .order_by()
    )
    pins = (
        Position.objects.filter(issue_id__in=issue_ids, party_id__in=party_ids)
        .annotate(state=Value("pinned"), quote_id=Value(None, output_field=IntegerField()))
        .values_list(
            "issue_id", "party_id", "state", "stance", "as_of", "quote_id", "id", "summary"
        )
        .order_by()
    )
    rows = list(quotes.union(pins, all=True))
    found = {}
    for day in dates:
        by_pair: dict[tuple[int, int], list] = {}
        for row in rows:
            said_on = row[4]
            if day is None or (said_on is not None and said_on <= day):
                by_pair.setdefault((row[0], row[1]), []).append(row)
        for (issue_id, party_id), pair_rows in by_pair.items():
            found[(issue_id, party_id, day)] = _pick(pair_rows)
    return found


def _pick(rows: list) -> _Candidates:
    steps = {"confirmed": [], "pinned": [], "suggested": []}
    evidence = 0
    for _, _, state, stance, said_on, quote_id, position_id, summary in rows:
        if state == ReviewState.CONFIRMED:
            evidence += 1
        if state == "pinned" or stance in POSITION_BEARING_STANCES:
            step = _Step(
                stance, said_on, quote_id=quote_id, position_id=position_id, summary=summary
            )
            steps[state].append(step)
    for kind in steps:
        steps[kind].sort(key=_Step.sort_key, reverse=True)
    suggested = steps["suggested"][0] if steps["suggested"] else None
    return _Candidates(steps["confirmed"][:2], steps["pinned"][:2], suggested, evidence)


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


def negotiation_parties(negotiation: Negotiation) -> list[Party]:
    """The negotiation's parties in column order."""
    return [
        entry.party
        for entry in NegotiationParty.objects.filter(negotiation=negotiation)
        .select_related("party")
        .order_by("order", "party__name")
    ]


def negotiation_issues(negotiation: Negotiation) -> list[Issue]:
    """The negotiation's issues in row order, with what rows and filters show of them."""
    issues = Issue.objects.filter(negotiation=negotiation).only(
        "negotiation_id", "name", "slug", "order"
    )
    return list(issues.order_by("order", "name"))


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
    steps: list[_Step]
    runs: list[StripRun]
    marks: list[StripMark]
    undated: int
    start: date | None = None
    end: date | None = None
    width: int = 600


def history_strip(steps: list[_Step], *, until: date | None, width: int = 600) -> CellHistory:
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
        _Step(pin.stance, pin.as_of, position_id=pin.pk, summary=pin.summary) for pin in pins
    ]
    steps.sort(key=_Step.sort_key)
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


def _bearing_steps(issue: Issue, party: Party, as_of: date | None) -> list[_Step]:
    links = (
        _cell_links(issue, party, as_of)
        .filter(review_state=ReviewState.CONFIRMED, stance__in=POSITION_BEARING_STANCES)
        .order_by(F("said_on").desc(nulls_last=True), "-quote_id")
        .values_list("stance", "said_on", "quote_id")[:CELL_HISTORY]
    )
    return [_Step(stance, said_on, quote_id=quote_id) for stance, said_on, quote_id in links]


def _pins(issue: Issue, party: Party, as_of: date | None) -> list[Position]:
    pins = Position.objects.filter(issue=issue, party=party).select_related("pinned_by")
    if as_of is not None:
        pins = pins.filter(as_of__lte=as_of)
    return list(pins.order_by("-as_of", "-id")[:CELL_HISTORY])


def _cell_quotes(issue: Issue, party: Party, as_of: date | None) -> list[Quote]:
    links = (
        _cell_links(issue, party, as_of)
        .filter(review_state__in=[ReviewState.CONFIRMED, ReviewState.SUGGESTED])
        .select_related("quote__article__source", "quote__actor")
        .defer("quote__article__body", "quote__article__near_duplicate_signature")
        .order_by(F("said_on").desc(nulls_last=True), "-quote_id")
    )
    return [link.quote for link in links[: CELL_QUOTES + 1]]


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
        demands=_with_last_touched(_open_demands(negotiation, party)[: PARTY_DEMANDS + 1]),
        in_negotiation=in_negotiation,
    )


def _open_demands(negotiation: Negotiation, party: Party):
    return _demands(negotiation).filter(party=party, status__in=OPEN_STATUSES)


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


# ---------------------------------------------------------------------------
# Demands and their responses.
# ---------------------------------------------------------------------------

# The board shows this many demands at a time; "Show more demands" loads the next batch.
DEMANDS_PAGE = 30
# The party page lists this many of the party's open demands, then links to the board.
PARTY_DEMANDS = 5
# A demand stays on the table until it is met or withdrawn: a rejection is an answer,
# and the party making the demand usually goes on pressing it.
OPEN_STATUSES = (Demand.Status.OPEN, Demand.Status.PARTLY_MET, Demand.Status.REJECTED)
# Demands go by issue, then first raised (undated last), then id: one order for the
# whole board, so a cursor of those four values resumes it without OFFSET.
_UNDATED = date.max
_BOARD_ORDER = ("issue__order", "issue_id", "raised_key", "id")


def _evidence() -> Prefetch:
    """The quotes a demand or response rests on, with just what the evidence list shows."""
    quotes = (
        Quote.objects.filter(article__withdrawn_at__isnull=True)
        .select_related("article__source", "actor")
        .only(
            "text",
            "said_on",
            "speaker_name",
            "article_id",
            "article__title",
            "article__source__name",
            "actor__name",
        )
        .order_by(F("said_on").asc(nulls_last=True), "id")
    )
    return Prefetch("evidence", queryset=quotes)


def _demands(negotiation: Negotiation | None = None):
    """Demands with their evidence and responses, in board order: four queries once evaluated."""
    responses = Response.objects.select_related("party").prefetch_related(_evidence())
    demands = Demand.objects.filter(negotiation=negotiation) if negotiation else Demand.objects
    return (
        demands.select_related("party", "addressee", "issue")
        .prefetch_related(_evidence(), Prefetch("responses", queryset=responses))
        .annotate(raised_key=Coalesce("first_raised_on", Value(_UNDATED)))
        .order_by(*_BOARD_ORDER)
    )


@dataclass(frozen=True)
class DemandCursor:
    """Where a page of the board ended: the last demand's place in board order."""

    issue_order: int
    issue_id: int
    raised: date
    demand_id: int

    def __str__(self) -> str:
        return f"{self.issue_order}_{self.issue_id}_{self.raised:%Y%m%d}_{self.demand_id}"

    @classmethod
    def parse(cls, token: str | None) -> "DemandCursor | None":
        """None for a missing or mangled token: the board then starts from the top."""
        try:
            order, issue_id, raised, demand_id = (token or "").split("_")
            return cls(
                int(order),
                int(issue_id),
                datetime.strptime(raised, "%Y%m%d").date(),
                int(demand_id),
            )
        except ValueError:
            return None

    @classmethod
    def of(cls, demand: Demand) -> "DemandCursor":
        return cls(demand.issue.order, demand.issue_id, demand.raised_key, demand.pk)

    def following(self) -> Q:
        """Demands after this place in board order."""
        values = (self.issue_order, self.issue_id, self.raised, self.demand_id)
        return rows_after(_BOARD_ORDER, values)


def rows_after(fields: tuple[str, ...], values: tuple) -> Q:
    """Rows that come after `values` in ascending order of `fields`: a row comparison,
    spelled out as (a > x) or (a = x and b > y) or …, for keyset pagination."""
    after = Q(pk__in=[])
    for depth, (name, value) in enumerate(zip(fields, values, strict=True)):
        same = dict(zip(fields[:depth], values[:depth], strict=True))
        after |= Q(**same, **{f"{name}__gt": value})
    return after


@dataclass
class DemandsPage:
    demands: list[Demand]
    next_after: DemandCursor | None


def demand_last_touched(demand: Demand) -> date | None:
    """The latest date anything happened to a demand: raised, answered, or quoted."""
    days = [demand.first_raised_on]
    days += [quote.said_on for quote in demand.evidence.all()]
    for response in demand.responses.all():
        days.append(response.responded_on)
        days += [quote.said_on for quote in response.evidence.all()]
    known = [day for day in days if day is not None]
    return max(known) if known else None


def demands_board(
    *,
    negotiation: Negotiation,
    party: Party | None = None,
    issue: Issue | None = None,
    status: str = "",
    after: DemandCursor | None = None,
) -> DemandsPage:
    """A page of demands, each beside its responses, filtered by a party (making, addressed
    or answering), an issue and a status, resuming after a cursor; four queries."""
    demands = _demands(negotiation)
    if party is not None:
        answered = Response.objects.filter(party=party).values("demand_id")
        demands = demands.filter(Q(party=party) | Q(addressee=party) | Q(pk__in=answered))
    if issue is not None:
        demands = demands.filter(issue=issue)
    if status:
        demands = demands.filter(status=status)
    if after is not None:
        demands = demands.filter(after.following())
    found = _with_last_touched(demands[: DEMANDS_PAGE + 1])
    more = len(found) > DEMANDS_PAGE
    found = found[:DEMANDS_PAGE]
    return DemandsPage(found, DemandCursor.of(found[-1]) if more else None)


def demand_detail(demand_id: int) -> Demand | None:
    """One demand beside its responses, whatever negotiation is chosen: its own address."""
    found = _with_last_touched(_demands().select_related("negotiation").filter(pk=demand_id))
    return found[0] if found else None


def _with_last_touched(demands) -> list[Demand]:
    found = list(demands)
    for demand in found:
        demand.last_touched = demand_last_touched(demand)
    return found


# ---------------------------------------------------------------------------
# Stance shifts between two days (the dashboard).
# ---------------------------------------------------------------------------


@dataclass
class StanceShift:
    """A party's settled position on an issue that changed between two days."""

    issue: Issue
    party: Party
    before: Cell
    after: Cell

    @property
    def first(self) -> bool:
        """The party took its first position on the issue: there was none to shift from."""
        return not self.before.settled


def stance_shifts(*, negotiation: Negotiation, since: date, until: date) -> list[StanceShift]:
    """Each party whose position on an issue, as the matrix reads it, at the end of `until`
    differs from the one it held before `since` began; newest first.

    At most four queries however many quotes there are: parties, issues, every cell at
    `until`, and, the day before the window, the cells that moved twice within it.
    """
    parties = negotiation_parties(negotiation)
    issues = negotiation_issues(negotiation)
    # A shift is told by its stances and dates: no evidence is counted.
    now = positions_at(
        issue_ids=[issue.pk for issue in issues],
        party_ids=[party.pk for party in parties],
        dates=[until],
        counted=set(),
    )
    # A position whose latest step predates the window held all through it. Of the
    # others, one whose step before that predates the window too held that earlier
    # stance the day before the window: only positions that moved twice or more within
    # the window need reading again, which on most days is a small corner of the matrix.
    before = shift_date(since, -timedelta(days=1))
    moved = [
        (issue, party, now[(issue.pk, party.pk, until)])
        for issue in issues
        for party in parties
        if _stepped_since(now[(issue.pk, party.pk, until)], since)
    ]
    busy = [
        (issue.pk, party.pk) for issue, party, cell in moved if _stepped_since_twice(cell, since)
    ]
    then = positions_of(pairs=busy, dates=[before], counted=set())
    shifts = []
    for issue, party, new in moved:
        old = then.get((issue.pk, party.pk, before)) or _held_before(new, issue, party, before)
        if not old.settled or old.stance != new.stance:
            shifts.append(StanceShift(issue, party, old, new))
    # A stable sort keeps the matrix's issue and party order within a day.
    shifts.sort(key=lambda shift: shift.after.said_on, reverse=True)
    return shifts


def _stepped_since_twice(cell: Cell, since: date) -> bool:
    return cell.previous_on is not None and cell.previous_on >= since


def _held_before(cell: Cell, issue: Issue, party: Party, day: date) -> Cell:
    """The position a cell held on `day`, when its latest step came after that day and the
    one before it (if dated) did not: that earlier step's stance, or none at all."""
    if not (cell.previous_stance and cell.previous_on):
        return Cell(issue_id=issue.pk, party_id=party.pk)
    return Cell(
        issue_id=issue.pk, party_id=party.pk, stance=cell.previous_stance, said_on=cell.previous_on
    )


def _stepped_since(cell: Cell, since: date) -> bool:
    return cell.settled and cell.said_on is not None and cell.said_on >= since


# ---------------------------------------------------------------------------
# The review queue: suggested quotes, least sure first.
# ---------------------------------------------------------------------------

REVIEW_PAGE = 30


@dataclass(frozen=True)
class ReviewCursor:
    """Where a page of the queue ended: the last quote's confidence and id."""

    confidence: float
    quote_id: int

    def __str__(self) -> str:
        return f"{self.confidence!r}_{self.quote_id}"

    @classmethod
    def parse(cls, token: str | None) -> "ReviewCursor | None":
        """None for a missing or mangled token: the queue then starts from the top."""
        try:
            confidence, quote_id = (token or "").split("_")
            return cls(float(confidence), int(quote_id))
        except ValueError:
            return None

    def following(self) -> Q:
        return rows_after(("confidence", "pk"), (self.confidence, self.quote_id))


@dataclass
class ReviewPage:
    quotes: list[Quote]
    next_after: ReviewCursor | None


def review_queue(
    *, negotiation: Negotiation | None, after: ReviewCursor | None = None
) -> ReviewPage:
    """A page of the quotes the extractor suggested and no editor has judged, lowest
    confidence first, from articles on the negotiation; three queries."""
    quotes = Quote.objects.filter(review_state=ReviewState.SUGGESTED)
    if negotiation is not None:
        on_negotiation = Article.negotiations.through.objects.filter(
            article_id=OuterRef("article_id"), negotiation=negotiation
        )
        quotes = quotes.filter(Exists(on_negotiation))
    if after is not None:
        quotes = quotes.filter(after.following())
    found = list(
        quotes.select_related("article__source", "actor", "party")
        .defer("article__body", "article__near_duplicate_signature")
        .prefetch_related("issues")
        .order_by("confidence", "pk")[: REVIEW_PAGE + 1]
    )
    more = len(found) > REVIEW_PAGE
    found = found[:REVIEW_PAGE]
    last = found[-1] if more else None
    return ReviewPage(found, ReviewCursor(last.confidence, last.pk) if last else None)
