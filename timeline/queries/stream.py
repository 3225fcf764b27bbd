"""The timeline: one dated stream of events, demands, responses and quotes, read a page at
a time by keyset, and each party's count of the quotes that match."""

import datetime
from dataclasses import dataclass, field

from django.db import OperationalError, connections, transaction
from django.db.models import F, OuterRef, Q, QuerySet

from config.keyset import Fixed, read_token, rows_after
from positions.models import Negotiation, Party, Quote
from timeline.queries import matching

# Item types in the order they are shown within one day: the meeting first, then what
# was asked, what was answered, and what was said.
ITEM_TYPES = ("event", "demand", "response", "quote")
_RANK = {item_type: rank for rank, item_type in enumerate(ITEM_TYPES)}
NEWEST, OLDEST = "newest", "oldest"
TIMELINE_PAGE_SIZE = 50


@dataclass(frozen=True)
class Cursor:
    """Where a page of the timeline ends: the last item's date, type and id.

    Items are ordered by date (undated ones last), then type within a day, then id, so
    the cursor names one exact place even when many items share a date.
    """

    date: datetime.date | None
    item_type: str
    pk: int

    @property
    def rank(self) -> int:
        return _RANK[self.item_type]

    def __str__(self) -> str:
        day = self.date.isoformat() if self.date else "undated"
        return f"{day}.{self.item_type}.{self.pk}"

    @classmethod
    def parse(cls, token: str | None) -> "Cursor | None":
        """The cursor a token names, or None for anything malformed."""
        values = read_token(token, _day_or_undated, _item_type, _row_id, sep=".")
        return cls(*values) if values else None


def _day_or_undated(text: str) -> datetime.date | None:
    return None if text == "undated" else datetime.date.fromisoformat(text)


def _item_type(text: str) -> str:
    if text not in _RANK:
        raise ValueError(f"no item type {text!r}")
    return text


def _row_id(text: str) -> int:
    """A primary key as PostgreSQL's bigint holds it: digits only, no sign."""
    if not text.isdigit() or not 0 < int(text) < 2**63:
        raise ValueError(f"no row id {text!r}")
    return int(text)


@dataclass(frozen=True)
class TimelineItem:
    item_type: str
    date: datetime.date | None
    obj: object

    @property
    def cursor(self) -> Cursor:
        return Cursor(self.date, self.item_type, self.obj.pk)


@dataclass
class TimelineDay:
    date: datetime.date | None
    items: list[TimelineItem] = field(default_factory=list)
    # The previous page ended on this same day, so its heading is already shown.
    continued: bool = False


@dataclass
class TimelinePage:
    items: list[TimelineItem]
    order: str
    next_after: str | None
    days: list[TimelineDay]


def timeline_page(
    *,
    negotiation: Negotiation | None,
    parties=(),
    issues=(),
    actors=(),
    sources=(),
    stances=(),
    kinds=(),
    types=(),
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
    text: str = "",
    order: str = NEWEST,
    after: "Cursor | str | None" = None,
    per_page: int = TIMELINE_PAGE_SIZE,
) -> TimelinePage:
    """One page of the negotiation's dated stream of events, demands, responses and quotes.

    Filters are combined with AND; a filter given several values matches any of them.
    `parties`, `issues`, `actors` and `sources` take model instances or primary keys.
    Filters that only quotes have (actor, outlet, stance, kind) leave the other types out.
    Each type is read with a keyset query (no OFFSET), so a deep page costs what the
    first does: at most six queries, plus one for events' parties (and, for a text search
    on PostgreSQL, two to judge and look up a rare phrase).
    """
    cursor = Cursor.parse(after) if isinstance(after, str) else after
    order = OLDEST if order == OLDEST else NEWEST
    if negotiation is None:
        return TimelinePage([], order, None, [])
    criteria = matching.criteria(
        parties=parties,
        issues=issues,
        actors=actors,
        sources=sources,
        stances=stances,
        kinds=kinds,
        date_from=date_from,
        date_to=date_to,
        text=text,
    )
    wanted = wanted_types(types, criteria)
    seek = {"cursor": cursor, "newest": order == NEWEST, "limit": per_page + 1}
    found = _seek_quotes(negotiation, criteria, **seek) if "quote" in wanted else []
    # A full page of quotes bounds the other types: nothing dated beyond the last quote
    # can make this page, so they read only the days it spans.
    seek["until"] = found[-1].date if len(found) == seek["limit"] else None
    if "event" in wanted:
        found += _seek(matching.events(negotiation, **criteria), "event", "happened_on", **seek)
    if "demand" in wanted:
        found += _seek(
            matching.demands(negotiation, **criteria), "demand", "first_raised_on", **seek
        )
    if "response" in wanted:
        found += _seek(
            matching.responses(negotiation, **criteria), "response", "responded_on", **seek
        )
    found.sort(key=_sort_key(order))
    items = found[:per_page]
    next_after = str(items[-1].cursor) if len(found) > per_page else None
    return TimelinePage(items, order, next_after, _by_day(items, cursor))


def party_match_counts(
    *, negotiation: Negotiation | None, parties=(), types=(), order: str = NEWEST, **criteria
) -> list[Party]:
    """The negotiation's parties, each with `matches`: its quotes matching the other filters.

    Takes the same filters as `timeline_page`; the party filter and the order are ignored,
    as each party gets its own count. Each count stops at COUNT_CAP (`capped` says so): a
    LIMITed subquery per party, so the cost stays bounded however many quotes there are.
    Counts are None when quotes are filtered out by type, or when PostgreSQL cannot count
    them within COUNT_BUDGET_MS.
    """
    if negotiation is None:
        return []
    criteria = matching.criteria(**criteria, parties=())
    listed = Party.objects.filter(negotiationparty__negotiation=negotiation).order_by(
        "negotiationparty__order", "name"
    )
    if "quote" not in wanted_types(types, criteria):
        return [_with_count(party, None) for party in listed.only("name", "slug")]
    quotes, links, date_field, _ = _quote_rows(negotiation, criteria)
    if date_field == "said_on":
        # Newest first, so the scan runs along the (party, date) index and stops at the cap.
        party_quotes = quotes.filter(party=OuterRef("pk")).order_by("-said_on", "-pk")
    else:
        party_quotes = quotes.filter(links & Q(issue_links__party=OuterRef("pk"))).order_by()
    listed = listed.only("name", "slug").annotate(
        matches=matching.CappedCount(party_quotes.values("pk")[: matching.COUNT_CAP])
    )
    counted = _within_budget(listed)
    if counted is None:
        return [_with_count(party, None) for party in listed.only("name", "slug")]
    return [_with_count(party, party.matches) for party in counted]


# Counts are a courtesy beside the stream: a rare mix of filters that would make them slow
# leaves them out instead of keeping the reader waiting.
COUNT_BUDGET_MS = 500

_QUOTE_ONLY = ("actors", "sources", "stances", "kinds")


def _within_budget(rows: QuerySet) -> list | None:
    """The rows, or None when PostgreSQL cannot read them within COUNT_BUDGET_MS."""
    connection = connections[rows.db]
    if connection.vendor != "postgresql":
        return list(rows)
    try:
        with transaction.atomic(using=rows.db), connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL statement_timeout = {int(COUNT_BUDGET_MS)}")
            return list(rows)
    except OperationalError:  # the statement was cancelled
        return None


def _with_count(party: Party, matches: int | None) -> Party:
    party.matches = matches
    party.capped = matches is not None and matches >= matching.COUNT_CAP
    return party


def wanted_types(types, criteria: dict) -> set[str]:
    wanted = set(types or ITEM_TYPES) & set(ITEM_TYPES)
    if any(criteria.get(name) for name in _QUOTE_ONLY):
        wanted &= {"quote"}
    if criteria.get("issues"):
        wanted.discard("event")  # events carry no issue
    return wanted


def _after(
    cursor: Cursor | None,
    *,
    rank: int,
    date_field: str,
    newest: bool,
    dated: bool,
    id_field: str = "pk",
) -> Q:
    """Rows that come after the cursor, among the dated or the undated ones of one type.

    Within one such query whether a row is dated, and its type, are the same for every
    row: they are compared with the cursor in Python, and only the date and id in SQL.
    """
    group = Q(**{f"{date_field}__isnull": not dated})
    if cursor is None:
        return group
    sign = "-" if newest else ""
    day = f"{sign}{date_field}" if dated else Fixed(None)
    ordering = (Fixed(not dated), day, Fixed(rank), f"{sign}{id_field}")
    after = rows_after(ordering, (cursor.date is None, cursor.date, cursor.rank, cursor.pk))
    # Any bound on the date leaves the undated rows out already.
    return after if dated else group & after


def _seek(
    rows: QuerySet,
    item_type: str,
    date_field: str,
    *,
    cursor,
    newest: bool,
    limit: int,
    until: datetime.date | None = None,
) -> list[TimelineItem]:
    """A small table's next rows: dated and undated in one query (no index to protect).

    With `until`, only rows dated up to that day in the page's order are read.
    """
    rank = _RANK[item_type]
    where = _after(cursor, rank=rank, date_field=date_field, newest=newest, dated=True) | _after(
        cursor, rank=rank, date_field=date_field, newest=newest, dated=False
    )
    if until is not None:
        where &= Q(**{f"{date_field}__{'gte' if newest else 'lte'}": until})
    by_date = F(date_field).desc(nulls_last=True) if newest else F(date_field).asc(nulls_last=True)
    rows = rows.filter(where).order_by(by_date, "-pk" if newest else "pk")[:limit]
    return [TimelineItem(item_type, getattr(row, date_field), row) for row in rows]


def _seek_quotes(
    negotiation, criteria: dict, *, cursor, newest: bool, limit: int
) -> list[TimelineItem]:
    """The next quotes: dated ones along a (date, id) index, then the undated ones.

    The undated are read only once the dated run out, so a page usually costs two
    queries: the keys, then the rows.
    """
    quotes, links, date_field, id_field = _quote_rows(negotiation, criteria)
    direction = "-" if newest else ""
    seek = {
        "rank": _RANK["quote"],
        "newest": newest,
        "date_field": date_field,
        "id_field": id_field,
    }
    # Keys first, then the rows to show: a lean query plans in a fraction of the time
    # the same query with every table a row shows joined in would.
    keys = []
    if cursor is None or cursor.date is not None:
        # One filter() call, so the cursor and the link conditions share one join.
        rows = quotes.filter(links & _after(cursor, dated=True, **seek))
        ordered = rows.order_by(f"{direction}{date_field}", f"{direction}{id_field}")
        keys = list(ordered.values_list("pk", flat=True)[:limit])
    if len(keys) < limit:
        rows = quotes.filter(links & _after(cursor, dated=False, **seek))
        ordered = rows.order_by(f"{direction}{id_field}")
        keys += list(ordered.values_list("pk", flat=True)[: limit - len(keys)])
    shown = (
        Quote.objects.select_related("article__source", "party", "actor")
        .only(*matching.QUOTE_FIELDS)
        .in_bulk(keys)
    )
    return [TimelineItem("quote", shown[pk].said_on, shown[pk]) for pk in keys]


def _quote_rows(negotiation, criteria: dict) -> tuple[QuerySet, Q, str, str]:
    """The matching quotes, and the keys to walk them by in date order.

    With one issue, the walk follows that issue's links, which carry copies of the quote's
    party, stance, date and review state: a rare issue then costs no scan of every quote.
    """
    issues = list(criteria["issues"])
    if len(issues) != 1:
        return matching.quotes(negotiation, **criteria), Q(), "said_on", "pk"
    links = Q(
        issue_links__issue=issues[0],
        issue_links__review_state__in=(Quote.ReviewState.SUGGESTED, Quote.ReviewState.CONFIRMED),
    )
    if criteria["parties"]:
        links &= Q(issue_links__party__in=criteria["parties"])
    if criteria["stances"]:
        links &= Q(issue_links__stance__in=criteria["stances"])
    if criteria["date_from"]:
        links &= Q(issue_links__said_on__gte=criteria["date_from"])
    if criteria["date_to"]:
        links &= Q(issue_links__said_on__lte=criteria["date_to"])
    rest = {**criteria, "issues": (), "parties": (), "stances": (), "date_from": None}
    quotes = matching.quotes(negotiation, **{**rest, "date_to": None})
    return quotes, links, "issue_links__said_on", "issue_links__quote_id"


def _sort_key(order: str):
    newest = order == NEWEST

    def key(item: TimelineItem):
        day = item.date.toordinal() if item.date else 0
        return (
            item.date is None,
            -day if newest else day,
            _RANK[item.item_type],
            -item.obj.pk if newest else item.obj.pk,
        )

    return key


def _by_day(items: list[TimelineItem], cursor: Cursor | None) -> list[TimelineDay]:
    days: list[TimelineDay] = []
    for item in items:
        if not days or days[-1].date != item.date:
            days.append(TimelineDay(item.date))
        days[-1].items.append(item)
    if days and cursor is not None and days[0].date == cursor.date:
        days[0].continued = True
    return days
