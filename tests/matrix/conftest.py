import datetime

import pytest

from tests.factories import (
    ArticleFactory,
    IssueFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
)

JAN = {day: datetime.date(2022, 1, day) for day in range(1, 32)}


@pytest.fixture
def talks(db):
    """Russia and NATO in talks on one issue, enlargement."""
    russia = PartyFactory(slug="russia", name="Russia", colour="#a1191f")
    nato = PartyFactory(slug="nato", name="NATO", colour="#1d3f8f")
    negotiation = NegotiationFactory(slug="winter-talks", with_parties=[russia, nato])
    issue = IssueFactory(negotiation=negotiation, slug="enlargement", name="NATO enlargement")
    return negotiation, issue, russia, nato


def said(party, issue, stance, day, *, state="confirmed", article=None, text="Words"):
    """A quote by someone speaking for `party` on `issue`, as the matrix reads it."""
    quote = QuoteFactory(
        party=party,
        stance=stance,
        said_on=day,
        review_state=state,
        text=text,
        article=article or ArticleFactory(published_on=day),
    )
    QuoteIssueFactory(quote=quote, issue=issue)
    return quote
