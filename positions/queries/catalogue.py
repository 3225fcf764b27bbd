"""The registry's pages: issues by negotiation, a negotiation's events page by page, and
the negotiations with their parties and issues, each in a fixed number of queries."""

from datetime import date

from django.db.models import Count, Prefetch

from articles.models import Source
from config.keyset import read_token, rows_after
from positions.models import Actor, Event, Issue, Negotiation, NegotiationParty, Party

EVENTS_PER_PAGE = 50
_EVENT_ORDER = ("-happened_on", "-id")


def negotiations_with_issues() -> list[Negotiation]:
    """Every negotiation with its issues in matrix order (`issue_list`) and its parties in
    column order (`places`); three queries however many there are."""
    return list(
        Negotiation.objects.order_by("name").prefetch_related(
            Prefetch(
                "issues", queryset=Issue.objects.order_by("order", "name"), to_attr="issue_list"
            ),
            Prefetch(
                "negotiationparty_set",
                queryset=NegotiationParty.objects.select_related("party"),
                to_attr="places",
            ),
        )
    )


def issue_for_page(issue_id: int) -> Issue | None:
    return Issue.objects.select_related("negotiation").filter(pk=issue_id).first()


def merge_candidates(issue: Issue) -> list[Issue]:
    """The other issues of the issue's negotiation, in matrix order."""
    return list(
        Issue.objects.filter(negotiation=issue.negotiation_id)
        .exclude(pk=issue.pk)
        .only("name", "negotiation_id", "order")
    )


def issue_usage(issue: Issue) -> dict:
    """How many quotes, demands and pinned positions a merge would move; one query."""
    counts = Issue.objects.filter(pk=issue.pk).aggregate(
        quotes=Count("quote_links", distinct=True),
        demands=Count("demands", distinct=True),
        positions=Count("positions", distinct=True),
    )
    return counts


def events_page(*, negotiation: Negotiation, after: str | None = None) -> dict:
    """One page of the negotiation's events, latest first, with their parties; `after` is
    the cursor of the page before ("2022-01-12~42"). Two queries."""
    events = Event.objects.filter(negotiation=negotiation).prefetch_related("parties")
    cursor = read_token(after, date.fromisoformat, int, sep="~")
    if cursor is not None:
        events = events.filter(rows_after(_EVENT_ORDER, cursor))
    rows = list(events.order_by(*_EVENT_ORDER)[: EVENTS_PER_PAGE + 1])
    has_more = len(rows) > EVENTS_PER_PAGE
    rows = rows[:EVENTS_PER_PAGE]
    last = rows[-1] if rows else None
    return {
        "events": rows,
        "next_after": f"{last.happened_on.isoformat()}~{last.pk}" if has_more else None,
    }


def negotiation_events(negotiation: Negotiation) -> list[Event]:
    """The negotiation's latest events, for its edit page to link to."""
    return list(
        Event.objects.filter(negotiation=negotiation)
        .order_by(*_EVENT_ORDER)
        .only("title", "happened_on", "negotiation_id")[:EVENTS_PER_PAGE]
    )


def registry_counts() -> dict[str, int]:
    """How many items each list of the registry holds, one count each (all small tables
    but actors, whose count reads an index)."""
    return {
        "actors": Actor.objects.count(),
        "parties": Party.objects.count(),
        "issues": Issue.objects.count(),
        "outlets": Source.objects.count(),
        "events": Event.objects.count(),
        "negotiations": Negotiation.objects.count(),
    }
