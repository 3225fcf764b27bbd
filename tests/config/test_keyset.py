"""Keyset pagination: reading a page at a time after each page's last row visits every row
once, in order, whatever the ties and directions."""

import pytest

from config.keyset import Fixed, read_token, rows_after
from positions.models import Issue
from tests.factories import IssueFactory, NegotiationFactory


@pytest.fixture
def issues(db):
    negotiation = NegotiationFactory()
    for order in (3, 1, 3, 2, 1, 3, 2):
        IssueFactory(negotiation=negotiation, order=order)
    return Issue.objects.filter(negotiation=negotiation)


def _paged(rows, ordering: tuple[str, ...], size: int = 2) -> list:
    """Every row, a page at a time, each page resuming after the last row of the one before."""
    read, cursor = [], None
    while True:
        after = rows.filter(rows_after(ordering, cursor)) if cursor else rows
        page = list(after.order_by(*ordering)[:size])
        read += page
        if len(page) < size:
            return read
        cursor = tuple(getattr(page[-1], column.lstrip("-")) for column in ordering)


@pytest.mark.parametrize(
    "ordering", (("order", "pk"), ("-order", "pk"), ("-order", "-pk"), ("order", "-name", "pk"))
)
def test_paging_by_cursor_reads_every_row_once_in_order(issues, ordering):
    assert _paged(issues, ordering) == list(issues.order_by(*ordering))


def test_a_fixed_column_past_the_cursor_lets_every_row_level_with_it_through(issues):
    # Rows of a kind that sorts after the cursor's: every row from the cursor's order on.
    after = issues.filter(rows_after(("order", Fixed(1), "pk"), (2, 0, 10**9)))

    assert sorted(issue.order for issue in after) == [2, 2, 3, 3, 3]


def test_a_fixed_column_before_the_cursor_keeps_only_rows_past_it_on_earlier_fields(issues):
    after = issues.filter(rows_after(("order", Fixed(0), "pk"), (2, 1, 0)))

    assert sorted(issue.order for issue in after) == [3, 3, 3]


def test_a_fixed_first_column_decides_for_every_row(issues):
    assert issues.filter(rows_after((Fixed(1), "pk"), (0, 10**9))).count() == 7
    assert issues.filter(rows_after((Fixed(0), "pk"), (1, 0))).count() == 0


@pytest.mark.parametrize(
    ("token", "values"),
    (("3_7", (3, 7)), ("3_x", None), ("3", None), ("3_7_9", None), ("", None), (None, None)),
)
def test_a_token_reads_as_its_values_or_as_no_cursor_at_all(token, values):
    assert read_token(token, int, int, sep="_") == values
