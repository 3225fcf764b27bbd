"""The invariant every write to a quote keeps: the copies the matrix reads equal the quote."""

from positions.models import Quote, QuoteIssue
from positions.queries.parties import party_spoken_for


def assert_copies_match(*quotes: Quote) -> None:
    """Each quote's issue links carry its party, date, stance and review state, as stored;
    and a quote with a speaker carries the party that speaker spoke for on the day."""
    for quote in quotes:
        stored = Quote.objects.select_related("actor").get(pk=quote.pk)
        expected = (stored.party_id, stored.said_on, stored.stance, stored.review_state)
        links = QuoteIssue.objects.filter(quote=stored)
        copies = list(links.values_list("party_id", "said_on", "stance", "review_state"))
        assert copies == [expected] * len(copies), (stored.pk, copies, expected)
        if stored.actor is not None:
            spoken_for = party_spoken_for(stored.actor, stored.said_on)
            assert stored.party == spoken_for, (stored.pk, stored.party, spoken_for)
