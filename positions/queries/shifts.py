"""Stance shifts between two days, as the matrix reads positions: the dashboard's list."""

from dataclasses import dataclass
from datetime import date, timedelta

from config.dates import shift_date
from positions.models import Issue, Negotiation, Party
from positions.queries.cells import Cell, positions_at, positions_of
from positions.queries.negotiations import negotiation_issues, negotiation_parties


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
