"""Dates outside the accepted span: refused where they are entered, survived where they are stored.

Rows are created with `objects.create`, as a pin saved before the validator existed
would have been, so the pages are tested against the data they may really meet.
"""

from datetime import date

import pytest

from positions.models import Position
from tests.matrix.conftest import JAN, said

OUT_OF_SPAN = "Enter a date between 01 Jan 1900 and 31 Dec 2100."
CELL = "/matrix/cell/enlargement/russia/?negotiation=winter-talks"


def _pinned(talks, day: date) -> Position:
    negotiation, issue, russia, _ = talks
    return Position.objects.create(
        negotiation=negotiation,
        issue=issue,
        party=russia,
        stance="offer",
        summary="Open to talks on limits",
        as_of=day,
    )


@pytest.mark.parametrize("day", (date(9999, 12, 31), date(1, 1, 1)))
def test_cell_with_a_pin_stored_outside_the_span_still_opens(client_analyst, talks, day):
    _, issue, russia, _ = talks
    said(russia, issue, "demand", JAN[7])
    _pinned(talks, day)

    panel = client_analyst.get(CELL, headers={"HX-Request": "true"})
    page = client_analyst.get(CELL)
    matrix = client_analyst.get("/matrix/?negotiation=winter-talks")

    assert (panel.status_code, page.status_code, matrix.status_code) == (200, 200, 200)
    assert "Open to talks on limits" in panel.content.decode()


def test_pin_form_refuses_a_date_outside_the_span_with_a_message(client_editor, talks):
    response = client_editor.post(
        CELL, {"pin-stance": "offer", "pin-summary": "Open", "pin-as_of": "9999-12-31"}
    )

    assert response.status_code == 400
    assert OUT_OF_SPAN in response.content.decode()
    assert Position.objects.count() == 0


@pytest.mark.parametrize("as_of", ("9999-12-31", "0001-01-01"))
def test_matrix_as_of_outside_the_span_is_refused_with_a_message(client_analyst, talks, as_of):
    response = client_analyst.get(f"/matrix/?negotiation=winter-talks&as_of={as_of}")

    assert response.status_code == 200
    assert OUT_OF_SPAN in response.content.decode()
    assert b"Positions <strong>today</strong>" in response.content


def test_cell_as_of_outside_the_span_reads_today(client_analyst, talks):
    _, issue, russia, _ = talks
    said(russia, issue, "demand", JAN[7])

    response = client_analyst.get(f"{CELL}&as_of=9999-12-31")

    assert response.status_code == 200
    assert "Today" in response.content.decode()


@pytest.mark.parametrize("ends_on", (date(1, 1, 1), date(9999, 12, 31)))
def test_party_page_of_a_negotiation_ending_outside_the_span_shows_its_weeks(
    client_analyst, talks, ends_on
):
    negotiation, issue, russia, _ = talks
    said(russia, issue, "demand", date(1, 1, 2))
    type(negotiation).objects.filter(pk=negotiation.pk).update(ends_on=ends_on, starts_on=None)

    response = client_analyst.get("/parties/russia/?negotiation=winter-talks")

    assert response.status_code == 200
    assert "Week to" in response.content.decode()


def test_admin_refuses_a_pin_outside_the_span(client_admin, talks):
    negotiation, issue, russia, _ = talks

    response = client_admin.post(
        "/admin/positions/position/add/",
        {
            "negotiation": negotiation.pk,
            "party": russia.pk,
            "issue": issue.pk,
            "stance": "offer",
            "summary": "Open",
            "as_of": "9999-12-31",
        },
    )

    assert response.status_code == 200
    assert OUT_OF_SPAN in response.content.decode()
    assert Position.objects.count() == 0
