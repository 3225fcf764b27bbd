"""The rows of each item type that match the timeline's filters, and counts of them that
stop at a cap: the timeline and the dashboard read through them."""

import json

from django.contrib.postgres.search import SearchQuery
from django.db import connections
from django.db.models import Exists, IntegerField, OuterRef, Q, QuerySet, Subquery

from articles.models import Article
from config.search import SEARCH_CONFIG, StoredDocument
from positions.models import Demand, Event, Quote, QuoteIssue, Response

# Per-party counts stop here, so a page never counts every matching quote.
COUNT_CAP = 1000
# Up to this many matches, a text search reads its quotes' ids off the search index first.
_RARE_TEXT_MATCHES = 5000


class CappedCount(Subquery):
    """COUNT(*) over a LIMITed subquery: counts up to the limit and no further."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) AS capped)"
    output_field = IntegerField()


def criteria(
    *,
    parties=(),
    issues=(),
    actors=(),
    sources=(),
    stances=(),
    kinds=(),
    date_from=None,
    date_to=None,
    text="",
) -> dict:
    """Every filter, defaults filled in."""
    return {
        "parties": parties,
        "issues": issues,
        "actors": actors,
        "sources": sources,
        "stances": stances,
        "kinds": kinds,
        "date_from": date_from,
        "date_to": date_to,
        "text": text.strip(),
    }


def quotes(
    negotiation,
    *,
    parties=(),
    issues=(),
    actors=(),
    sources=(),
    stances=(),
    kinds=(),
    date_from=None,
    date_to=None,
    text="",
) -> QuerySet:
    # Probes of the (article, negotiation) index and a small set of withdrawn articles,
    # rather than a join to every quote's article.
    in_negotiation = Article.negotiations.through.objects.filter(
        article_id=OuterRef("article_id"), negotiation=negotiation
    )
    withdrawn = Article.objects.filter(withdrawn_at__isnull=False).values("pk")
    quotes = (
        Quote.objects.filter(Exists(in_negotiation))
        .exclude(article__in=withdrawn)
        .exclude(review_state=Quote.ReviewState.REJECTED)
    )
    if parties:
        quotes = quotes.filter(party__in=parties)
    if issues:
        # One probe of the (quote, issue) unique index per quote keeps the date order usable.
        links = QuoteIssue.objects.filter(quote=OuterRef("pk"), issue__in=issues)
        quotes = quotes.filter(Exists(links))
    if actors:
        quotes = quotes.filter(actor__in=actors)
    if sources:
        quotes = quotes.filter(article__source__in=sources)
    if stances:
        quotes = quotes.filter(stance__in=stances)
    if kinds:
        quotes = quotes.filter(kind__in=kinds)
    if date_from:
        quotes = quotes.filter(said_on__gte=date_from)
    if date_to:
        quotes = quotes.filter(said_on__lte=date_to)
    if text:
        quotes = _quotes_saying(quotes, text)
    return quotes


def _quotes_saying(quotes: QuerySet, text: str) -> QuerySet:
    if connections[quotes.db].vendor != "postgresql":
        return quotes.filter(Q(text__icontains=text) | Q(speaker_name__icontains=text))
    # The stored document (speaker and words) and its GIN index: positions' migration 0011.
    document = StoredDocument()
    query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
    saying = Quote.objects.alias(document=document).filter(document=query)
    # Walking the date index and testing each quote's text is quick for common words and
    # ruinous for rare ones, so a phrase the planner expects to be rare has its few quotes
    # read off the search index first.
    if estimated_rows(saying) <= _RARE_TEXT_MATCHES:
        few = list(saying.order_by().values_list("pk", flat=True)[: _RARE_TEXT_MATCHES + 1])
        if len(few) <= _RARE_TEXT_MATCHES:
            return quotes.filter(pk__in=few)
    return quotes.alias(document=document).filter(document=query)


def estimated_rows(rows: QuerySet) -> float:
    """How many rows PostgreSQL's planner expects the query to return."""
    plan = json.loads(rows.order_by().values("pk").explain(format="json"))
    return plan[0]["Plan"]["Plan Rows"]


def _in_range(rows: QuerySet, date_field: str, date_from, date_to) -> QuerySet:
    if date_from:
        rows = rows.filter(**{f"{date_field}__gte": date_from})
    if date_to:
        rows = rows.filter(**{f"{date_field}__lte": date_to})
    return rows


def events(negotiation, *, parties, date_from, date_to, text, **_) -> QuerySet:
    events = Event.objects.filter(negotiation=negotiation).prefetch_related("parties")
    if parties:
        taking_part = Event.parties.through.objects.filter(event=OuterRef("pk"), party__in=parties)
        events = events.filter(Exists(taking_part))
    if text:
        events = events.filter(
            Q(title__icontains=text) | Q(place__icontains=text) | Q(description__icontains=text)
        )
    return _in_range(events, "happened_on", date_from, date_to)


def demands(negotiation, *, parties, issues, date_from, date_to, text, **_) -> QuerySet:
    demands = Demand.objects.filter(negotiation=negotiation).select_related(
        "party", "addressee", "issue"
    )
    if parties:
        demands = demands.filter(Q(party__in=parties) | Q(addressee__in=parties))
    if issues:
        demands = demands.filter(issue__in=issues)
    if text:
        demands = demands.filter(Q(summary__icontains=text) | Q(description__icontains=text))
    return _in_range(demands, "first_raised_on", date_from, date_to)


def responses(negotiation, *, parties, issues, date_from, date_to, text, **_) -> QuerySet:
    responses = Response.objects.filter(demand__negotiation=negotiation).select_related(
        "party", "demand__party"
    )
    if parties:
        responses = responses.filter(party__in=parties)
    if issues:
        responses = responses.filter(demand__issue__in=issues)
    if text:
        responses = responses.filter(
            Q(summary__icontains=text) | Q(demand__summary__icontains=text)
        )
    return _in_range(responses, "responded_on", date_from, date_to)


QUOTE_FIELDS = (
    "text",
    "kind",
    "speaker_name",
    "speaker_as_written",
    "stance",
    "said_on",
    "review_state",
    "article__title",
    "article__url",
    "article__published_on",
    "article__source__name",
    "article__source__slug",
    "party__name",
    "party__slug",
    "actor__name",
    "actor__slug",
)
