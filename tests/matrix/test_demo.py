"""The matrix and the demands board over the demo negotiation, as an analyst first sees them."""

import datetime
import io

import pytest
from django.core.management import call_command

from positions.models import Negotiation
from positions.queries.demands import demands_board
from positions.queries.matrix import matrix


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=io.StringIO())
    return Negotiation.objects.get(slug="nato-russia-2021-22")


def _rows(negotiation, as_of=None) -> dict:
    return {row.issue.slug: row for row in matrix(negotiation=negotiation, as_of=as_of).rows}


def _stances(row) -> dict:
    return {party.slug: cell.stance for party, cell in row.entries if cell.settled}


def test_demo_enlargement_row_is_deadlocked(demo):
    row = _rows(demo)["nato-enlargement"]

    assert _stances(row) == {"russia": "demand", "nato": "reject", "united-states": "reject"}
    assert (row.deadlocked, row.converging) == (True, False)


def test_demo_incident_prevention_converges(demo):
    row = _rows(demo)["incident-prevention"]

    assert _stances(row) == {"russia": "accept", "nato": "offer"}
    assert (row.deadlocked, row.converging) == (False, True)


def test_demo_matrix_before_the_brussels_council_shows_only_the_build_up_demand(demo):
    rows = _rows(demo, as_of=datetime.date(2022, 1, 10))

    settled = {slug: _stances(row) for slug, row in rows.items() if _stances(row)}
    assert settled == {"russian-build-up": {"nato": "demand"}}


def test_demo_open_door_demand_shows_its_two_rejections(demo):
    board = demands_board(negotiation=demo)
    demand = next(d for d in board.demands if d.summary.startswith("End NATO's open-door policy"))

    responses = [(r.party.slug, r.kind, r.summary) for r in demand.responses.all()]
    assert responses == [
        ("nato", "reject", "Russia has no veto"),
        ("united-states", "reject", "We will not slam the door on NATO's open-door policy"),
    ]
    assert [len(r.evidence.all()) for r in demand.responses.all()] == [2, 1]
    assert demand.last_touched == datetime.date(2022, 1, 14)


def test_demo_demands_board_page_shows_the_open_door_demand_beside_its_answers(
    client_analyst, demo
):
    body = client_analyst.get("/demands/?negotiation=nato-russia-2021-22&issue=nato-enlargement")

    text = body.content.decode()
    assert text.index("End NATO") < text.index("Russia has no veto") < text.index("slam the door")


def test_demo_matrix_page_flags_rows(client_analyst, demo):
    text = client_analyst.get("/matrix/?negotiation=nato-russia-2021-22").content.decode()

    assert text.count(">Deadlocked<") == 1 + 1  # the row, and the key explaining it
    assert text.count(">Converging<") == 1 + 1
