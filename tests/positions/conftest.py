"""A winter of talks between Russia and NATO: the demands, responses and quotes the
editors' pages work on."""

import datetime

import pytest

from positions.editing import quote_edit
from tests.factories import (
    DemandFactory,
    IssueFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
)


@pytest.fixture
def talks(db):
    russia, nato = (
        PartyFactory(slug="russia", name="Russia"),
        PartyFactory(slug="nato", name="NATO"),
    )
    negotiation = NegotiationFactory(slug="winter", with_parties=[russia, nato])
    issue = IssueFactory(negotiation=negotiation, name="De-escalation", slug="de-escalation")
    return negotiation, issue, russia, nato


@pytest.fixture
def fomin(talks):
    """Fomin's quote, tagged with the talks' issue: evidence for a Russian demand."""
    _, issue, russia, _ = talks
    quote = QuoteFactory(
        text="The Russian side has repeatedly proposed to take measures to de-escalate",
        party=russia,
        stance="demand",
        said_on=datetime.date(2022, 1, 13),
    )
    # Tagged through the service, so its history holds the issue from the start.
    return quote_edit(quote=quote, editor=None, version=quote.version, issues=[issue])


@pytest.fixture
def demand(talks):
    negotiation, issue, russia, nato = talks
    return DemandFactory(
        negotiation=negotiation, issue=issue, party=russia, addressee=nato, summary="De-escalate"
    )
