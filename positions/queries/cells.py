"""Each party's position on each issue at a date: the matrix, the party page, the cell
panel and the dashboard all read positions through `positions_at` and `positions_of`."""

from dataclasses import dataclass
from datetime import date

from django.db import connection
from django.db.models import IntegerField, Value

from positions.models import (
    POSITION_BEARING_STANCES,
    Position,
    QuoteIssue,
    ReviewState,
    Stance,
)

# Evidence counts stop here: the matrix says "10+" rather than count every quote.
EVIDENCE_CAP = 10
_STANCE_LABELS = {stance.value: str(stance.label) for stance in Stance}


@dataclass(slots=True)
class Step:
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

    confirmed: list[Step]
    pinned: list[Step]
    suggested: Step | None
    evidence: int


def _cell(issue_id: int, party_id: int, found: _Candidates | None) -> Cell:
    if found is None:
        return Cell(issue_id=issue_id, party_id=party_id)
    # Confirmed steps come newest first; only pins need merging in.
    steps = found.confirmed
    if found.pinned:
        steps = sorted([*found.confirmed, *found.pinned], key=Step.sort_key, reverse=True)
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
    pins: dict[tuple, list[Step]] = {}
    for issue_id, party_id, day, count, state, stance, said_on, quote_id, pin, note in _probed(
        pairs, dates, counted
    ):
        key = (issue_id, party_id, day)
        if state == _PINNED:
            pins.setdefault(key, []).append(Step(stance, said_on, None, pin, note))
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
    step = Step(stance, said_on, quote_id)
    if step.sort_key() < Step(cell.stance, cell.said_on, cell.quote_id).sort_key():
        cell.previous_stance, cell.previous_on = stance, said_on
        return
    cell.previous_stance, cell.previous_on = cell.stance, cell.said_on
    cell.stance, cell.said_on, cell.quote_id = stance, said_on, quote_id


def _with_pins(cell: Cell | None, pinned: list[Step]) -> _Candidates:
    """A cell read from quotes, taken apart again to be merged with an editor's pins."""
    if cell is None:
        return _Candidates([], pinned, None, 0)
    if cell.suggested:
        suggested = Step(cell.stance, cell.said_on, cell.quote_id)
        return _Candidates([], pinned, suggested, cell.evidence)
    confirmed = [Step(cell.stance, cell.said_on, cell.quote_id)] if cell.stance else []
    if cell.previous_stance:
        confirmed.append(Step(cell.previous_stance, cell.previous_on))
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
            step = Step(
                stance, said_on, quote_id=quote_id, position_id=position_id, summary=summary
            )
            steps[state].append(step)
    for kind in steps:
        steps[kind].sort(key=Step.sort_key, reverse=True)
    suggested = steps["suggested"][0] if steps["suggested"] else None
    return _Candidates(steps["confirmed"][:2], steps["pinned"][:2], suggested, evidence)
