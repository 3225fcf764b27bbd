"""A quote carries the party its speaker spoke for on the day, also after offices change."""

import datetime

import pytest

from positions.editing import quotes_follow_speaker
from positions.history import history_of
from positions.models import Actor, Office, Quote
from positions.revert import change_revert
from tests.admin_forms import admin_page_as_posted
from tests.copies import assert_copies_match
from tests.factories import (
    ActorFactory,
    OfficeFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
)

pytestmark = pytest.mark.django_db
JAN = {day: datetime.date(2022, 1, day) for day in range(1, 32)}


@pytest.fixture
def envoy():
    """An envoy for Russia who said things on 10 and 20 January."""
    russia = PartyFactory(slug="russia")
    envoy = ActorFactory(name="Envoy")
    OfficeFactory(actor=envoy, party=russia, title="Envoy", starts_on=JAN[1])
    for day in (10, 20):
        QuoteIssueFactory(quote=QuoteFactory(actor=envoy, party=russia, said_on=JAN[day]))
    return envoy


def _parties(actor) -> list[str]:
    quotes = Quote.objects.filter(actor=actor).order_by("said_on")
    return [quote.party.slug if quote.party else None for quote in quotes]


def test_an_office_ended_in_the_admin_moves_the_party_of_later_quotes(client_admin, envoy):
    url = f"/admin/positions/actor/{envoy.pk}/change/"
    data = admin_page_as_posted(client_admin.get(url))

    response = client_admin.post(url, {**data, "offices-0-ends_on": "2022-01-15"})

    assert response.status_code == 302
    assert _parties(envoy) == ["russia", None]
    assert_copies_match(*Quote.objects.all())


def test_an_actor_who_turns_out_to_be_an_expert_speaks_for_no_party(envoy):
    Actor.objects.filter(pk=envoy.pk).update(kind=Actor.Kind.EXPERT)
    envoy.refresh_from_db()

    moved = quotes_follow_speaker(actor=envoy)

    assert (moved, _parties(envoy)) == (2, [None, None])
    assert_copies_match(*Quote.objects.all())


def test_reverting_an_office_change_moves_the_parties_back(envoy):
    office = Office.objects.get()
    office.party = PartyFactory(slug="belarus")
    office.save()
    quotes_follow_speaker(actor=envoy)

    change_revert(record=history_of(office)[0].record, editor=None)

    assert _parties(envoy) == ["russia", "russia"]
    assert_copies_match(*Quote.objects.all())
