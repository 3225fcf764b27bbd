"""What an editor may cite a quote as evidence for: the demands and responses of its talks."""

from django.db.models import Q

from positions.models import Demand, Issue, Negotiation, Quote, Response


def quote_negotiations(quote: Quote) -> list[Negotiation]:
    """The negotiations a quote belongs to: those of its issues, then those its article is
    filed under; one query."""
    found = Negotiation.objects.filter(Q(issues__quotes=quote) | Q(articles=quote.article_id))
    return list(found.distinct().order_by("name"))


def evidence_targets(quote: Quote) -> tuple[list[Demand], list[Response]]:
    """The demands and responses of the quote's negotiations it is not yet cited for, in
    board order, with the names their choice labels show; two queries."""
    in_talks = Q(negotiation__issues__quotes=quote) | Q(negotiation__articles=quote.article_id)
    demands = Demand.objects.filter(in_talks).exclude(evidence=quote).distinct()
    responses = Response.objects.filter(
        Q(demand__negotiation__issues__quotes=quote)
        | Q(demand__negotiation__articles=quote.article_id)
    )
    responses = responses.exclude(evidence=quote).distinct()
    return (
        list(demands.select_related("party").order_by("party__name", "summary")),
        list(responses.select_related("party", "demand__party").order_by("demand_id", "id")),
    )


def answerable_demands(quote: Quote) -> list[Demand]:
    """The demands of the quote's negotiations, for it to answer with a new response, by
    issue then party; one query."""
    in_talks = Q(negotiation__issues__quotes=quote) | Q(negotiation__articles=quote.article_id)
    demands = Demand.objects.filter(in_talks).distinct().select_related("party", "issue")
    return list(demands.order_by("issue__order", "issue__name", "party__name", "summary"))


def first_issue(quote: Quote) -> Issue | None:
    """The issue a demand started from the quote is filed under: its first tagged issue."""
    return quote.issues.select_related("negotiation").order_by("order", "id").first()
