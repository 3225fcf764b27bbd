import datetime
import json
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import OperationalError, connections, transaction
from django.db.models import (
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.utils import timezone

from articles.models import Article
from config.dates import shift_date
from positions.models import Demand, Event, Issue, Negotiation, Party, Quote, QuoteIssue, Response
from positions.queries import stance_shifts

# Item types in the order they are shown within one day: the meeting first, then what
# was asked, what was answered, and what was said.
ITEM_TYPES = ("event", "demand", "response", "quote")
_RANK = {item_type: rank for rank, item_type in enumerate(ITEM_TYPES)}
NEWEST, OLDEST = "newest", "oldest"
TIMELINE_PAGE_SIZE = 50
# Per-party counts stop here, so a page never counts every matching quote.
COUNT_CAP = 1000
# The text search configuration; the GIN index in timeline's migrations uses the same one.
SEARCH_CONFIG = "english"


# --- Dashboard -------------------------------------------------------------------

DAY, WEEK = "day", "week"
# How many days before its last day a dashboard window begins: "day" is since yesterday.
DASHBOARD_WINDOWS = {DAY: 1, WEEK: 7}
_WINDOW_LABELS = {DAY: "Last day", WEEK: "Last week"}
DASHBOARD_QUOTES = 5
DASHBOARD_SHIFTS = 15
DASHBOARD_ITEMS = 10


@dataclass(frozen=True)
class DashboardWindow:
    """The days a dashboard covers, `since` to `until`, both included.

    It ends today, unless the negotiation's newest news is older: then it ends on that
    day, so talks that went quiet (or ended) still show their last changes.
    """

    name: str
    since: datetime.date
    until: datetime.date
    today: datetime.date

    @property
    def ends_today(self) -> bool:
        return self.until >= self.today

    @property
    def before(self) -> datetime.date:
        """The last day before the window: positions on it are what the window changed."""
        return shift_date(self.since, -timedelta(days=1))

    @property
    def choices(self) -> list[tuple[str, str]]:
        """Each window's name and label, for the switch between them."""
        return list(_WINDOW_LABELS.items())


@dataclass
class Shortlist:
    """The first few of a list, and whether more were left out."""

    items: list
    more: bool = False

    @property
    def count(self) -> str:
        return f"{len(self.items)}+" if self.more else str(len(self.items))


@dataclass
class Dashboard:
    window: DashboardWindow
    new_quotes: int  # up to COUNT_CAP
    awaiting_review: int  # up to COUNT_CAP
    quotes: list["TimelineItem"]
    shifts: Shortlist
    demands: Shortlist
    responses: Shortlist
    unfinished_articles: Shortlist
    uploads: dict[str, int]

    @property
    def new_quotes_count(self) -> str:
        return _capped(self.new_quotes)

    @property
    def awaiting_review_count(self) -> str:
        return _capped(self.awaiting_review)


def dashboard_window(*, negotiation: Negotiation, name: str = DAY) -> DashboardWindow:
    """The window called `name` (a day if unknown), ending at the negotiation's newest
    dated activity or today, whichever is earlier; one query."""
    name = name if name in DASHBOARD_WINDOWS else DAY
    today = timezone.localdate()
    until = min(_latest_activity(negotiation, today) or today, today)
    since = shift_date(until, -timedelta(days=DASHBOARD_WINDOWS[name]))
    return DashboardWindow(name, since, until, today)


def dashboard_summary(*, negotiation: Negotiation | None, window: str = DAY) -> Dashboard | None:
    """What changed in the negotiation in the last day or week, and the articles still
    being worked on: at most eleven queries, however many quotes there are."""
    if negotiation is None:
        return None
    span = dashboard_window(negotiation=negotiation, name=window)
    said = _quotes(negotiation, date_from=span.since, date_to=span.until)
    suggested = _quotes(negotiation).filter(review_state=Quote.ReviewState.SUGGESTED)
    counts = (
        Negotiation.objects.filter(pk=negotiation.pk)
        .annotate(new_quotes=_capped_count(said), awaiting_review=_capped_count(suggested))
        .values("new_quotes", "awaiting_review")
        .get()
    )
    latest = (
        said.select_related("article__source", "party", "actor")
        .only(*_QUOTE_FIELDS)
        .order_by("-said_on", "-pk")[:DASHBOARD_QUOTES]
    )
    shifts = stance_shifts(negotiation=negotiation, since=span.since, until=span.until)
    # Uploads are the desk's own work, counted back from now whatever the news window.
    uploads_since = timezone.now() - timedelta(days=DASHBOARD_WINDOWS[span.name])
    return Dashboard(
        window=span,
        **counts,
        quotes=[TimelineItem("quote", quote.said_on, quote) for quote in latest],
        shifts=_shortlist(shifts, DASHBOARD_SHIFTS),
        demands=_shortlist(_raised(negotiation, span)),
        responses=_shortlist(_answered(negotiation, span)),
        unfinished_articles=_shortlist(_unfinished_articles(negotiation)),
        uploads=_uploads(negotiation, uploads_since),
    )


def _shortlist(rows, size: int = DASHBOARD_ITEMS) -> Shortlist:
    found = list(rows[: size + 1])
    return Shortlist(found[:size], more=len(found) > size)


def _capped(count: int) -> str:
    return f"{COUNT_CAP}+" if count >= COUNT_CAP else str(count)


def _capped_count(rows: QuerySet) -> Subquery:
    return _CappedCount(rows.order_by().values("pk")[:COUNT_CAP])


def _latest_activity(negotiation: Negotiation, today: datetime.date) -> datetime.date | None:
    """The newest day, up to today, on which something was said, raised, answered or met."""
    newest = {
        "said_on": _quotes(negotiation, date_to=today),
        "first_raised_on": _demands(negotiation, **_criteria(date_to=today)),
        "responded_on": _responses(negotiation, **_criteria(date_to=today)),
        "happened_on": _events(negotiation, **_criteria(date_to=today)),
    }
    latest = {
        date_field: Subquery(rows.order_by(f"-{date_field}").values(date_field)[:1])
        for date_field, rows in newest.items()
    }
    days = Negotiation.objects.filter(pk=negotiation.pk).values(**latest).get().values()
    return max((day for day in days if day is not None), default=None)


def _raised(negotiation: Negotiation, span: DashboardWindow) -> QuerySet:
    demands = _demands(negotiation, **_criteria(date_from=span.since, date_to=span.until))
    return demands.order_by("-first_raised_on", "-pk")


def _answered(negotiation: Negotiation, span: DashboardWindow) -> QuerySet:
    responses = _responses(negotiation, **_criteria(date_from=span.since, date_to=span.until))
    return responses.order_by("-responded_on", "-pk")


_UNFINISHED = (Article.Status.RECEIVED, Article.Status.PARSING, Article.Status.FAILED)


def _unfinished_articles(negotiation: Negotiation) -> QuerySet:
    """Articles waiting for the worker, or failed, newest first."""
    articles = (
        Article.objects.filter(
            negotiations=negotiation, status__in=_UNFINISHED, withdrawn_at__isnull=True
        )
        .select_related("source")
        .only("title", "url", "status", "error", "parse_delayed", "created_at", "source__name")
    )
    return articles.order_by("-created_at", "-pk")


def _uploads(negotiation: Negotiation, since: datetime.datetime) -> dict[str, int]:
    """How the articles uploaded since a moment fared, read along the upload-time index."""
    uploaded = Article.objects.filter(negotiations=negotiation, created_at__gte=since)
    return uploaded.aggregate(
        total=Count("pk"),
        parsed=Count("pk", filter=Q(status=Article.Status.PARSED)),
        failed=Count("pk", filter=Q(status=Article.Status.FAILED)),
    )


# --- Timeline --------------------------------------------------------------------


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
        parts = (token or "").split(".")
        if len(parts) != 3 or parts[1] not in _RANK or not parts[2].isdigit():
            return None
        try:
            day = None if parts[0] == "undated" else datetime.date.fromisoformat(parts[0])
        except ValueError:
            return None
        pk = int(parts[2])
        return cls(day, parts[1], pk) if 0 < pk < 2**63 else None


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
    criteria = _criteria(
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
    wanted = _wanted_types(types, criteria)
    seek = {"cursor": cursor, "newest": order == NEWEST, "limit": per_page + 1}
    found = _seek_quotes(negotiation, criteria, **seek) if "quote" in wanted else []
    # A full page of quotes bounds the other types: nothing dated beyond the last quote
    # can make this page, so they read only the days it spans.
    seek["until"] = found[-1].date if len(found) == seek["limit"] else None
    if "event" in wanted:
        found += _seek(_events(negotiation, **criteria), "event", "happened_on", **seek)
    if "demand" in wanted:
        found += _seek(_demands(negotiation, **criteria), "demand", "first_raised_on", **seek)
    if "response" in wanted:
        found += _seek(_responses(negotiation, **criteria), "response", "responded_on", **seek)
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
    criteria = _criteria(**criteria, parties=())
    listed = Party.objects.filter(negotiationparty__negotiation=negotiation).order_by(
        "negotiationparty__order", "name"
    )
    if "quote" not in _wanted_types(types, criteria):
        return [_with_count(party, None) for party in listed.only("name", "slug")]
    quotes, links, date_field, _ = _quote_rows(negotiation, criteria)
    if date_field == "said_on":
        # Newest first, so the scan runs along the (party, date) index and stops at the cap.
        matching = quotes.filter(party=OuterRef("pk")).order_by("-said_on", "-pk")
    else:
        matching = quotes.filter(links & Q(issue_links__party=OuterRef("pk"))).order_by()
    listed = listed.only("name", "slug").annotate(
        matches=_CappedCount(matching.values("pk")[:COUNT_CAP])
    )
    counted = _within_budget(listed)
    if counted is None:
        return [_with_count(party, None) for party in listed.only("name", "slug")]
    return [_with_count(party, party.matches) for party in counted]


def quote_in_context(pk: int) -> dict | None:
    """A quote with the paragraph of its article around it, split at the quote's span."""
    quote = (
        Quote.objects.select_related("article")
        .only("text", "start", "end", "anchor_lost", "article__title", "article__body")
        .filter(pk=pk)
        .first()
    )
    if quote is None:
        return None
    return {"quote": quote, **_paragraph_around(quote)}


def _paragraph_around(quote: Quote) -> dict:
    """The quote's paragraph cut into the text before it, the quote, and the text after."""
    body = quote.article.body
    if quote.anchor_lost or not 0 <= quote.start < quote.end <= len(body):
        return {"before": "", "marked": quote.text, "after": ""}
    start = body.rfind("\n", 0, quote.start) + 1
    end = body.find("\n", quote.end)
    end = len(body) if end == -1 else end
    return {
        "before": _clip_left(body[start : quote.start]),
        "marked": body[quote.start : quote.end],
        "after": _clip_right(body[quote.end : end]),
    }


# A quote's page lists this many other reports of the same statement.
REPORTS_SHOWN = 25


def quote_page(quote_id: int) -> dict | None:
    """Everything about one quote: who said it for whom, on what and how, its paragraph,
    the other articles that report the same statement (first reported first), and the
    demands and responses it is evidence for. Five queries."""
    quote = (
        Quote.objects.select_related("article__source", "actor", "party", "reviewed_by")
        .defer("article__near_duplicate_signature")
        .prefetch_related(Prefetch("issues", queryset=Issue.objects.select_related("negotiation")))
        .filter(pk=quote_id)
        .first()
    )
    if quote is None:
        return None
    reports = _other_reports(quote)
    return {
        "quote": quote,
        **_paragraph_around(quote),
        "reports": reports,
        "first_report": min([quote, *reports], key=_publication_order),
        "demands": list(quote.demands.select_related("party", "issue").order_by("pk")),
        "responses": list(quote.responses.select_related("party", "demand__party").order_by("pk")),
    }


def _publication_order(quote: Quote) -> tuple:
    published = quote.article.published_on
    return (published is None, published or datetime.date.min, quote.article_id)


def _other_reports(quote: Quote) -> list[Quote]:
    if quote.corroboration_group is None:
        return []
    reports = (
        Quote.objects.filter(corroboration_group=quote.corroboration_group)
        .exclude(article_id=quote.article_id)
        .select_related("article__source")
        .only("text", "said_on", "article__title", "article__published_on", "article__source__name")
        .order_by(F("article__published_on").asc(nulls_last=True), "article_id", "pk")
    )
    return list(reports[:REPORTS_SHOWN])


# --- Helpers -------------------------------------------------------------------------

# Counts are a courtesy beside the stream: a rare mix of filters that would make them slow
# leaves them out instead of keeping the reader waiting.
COUNT_BUDGET_MS = 500

_QUOTE_ONLY = ("actors", "sources", "stances", "kinds")
_CONTEXT_CHARS = 600
# Up to this many matches, a text search reads its quotes' ids off the search index first.
_RARE_TEXT_MATCHES = 5000


class _CappedCount(Subquery):
    """COUNT(*) over a LIMITed subquery: counts up to the limit and no further."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) AS capped)"
    output_field = IntegerField()


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


def _criteria(
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


def _with_count(party: Party, matches: int | None) -> Party:
    party.matches = matches
    party.capped = matches is not None and matches >= COUNT_CAP
    return party


def _wanted_types(types, criteria: dict) -> set[str]:
    wanted = set(types or ITEM_TYPES) & set(ITEM_TYPES)
    if any(criteria.get(name) for name in _QUOTE_ONLY):
        wanted &= {"quote"}
    if criteria.get("issues"):
        wanted.discard("event")  # events carry no issue
    return wanted


def _quotes(
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
    # Served by the GIN index on the same expression (see timeline's migrations).
    document = SearchVector("speaker_name", "text", config=SEARCH_CONFIG)
    query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
    saying = Quote.objects.alias(document=document).filter(document=query)
    # Walking the date index and testing each quote's text is quick for common words and
    # ruinous for rare ones, so a phrase the planner expects to be rare has its few quotes
    # read off the search index first.
    if _estimated_rows(saying) <= _RARE_TEXT_MATCHES:
        few = list(saying.order_by().values_list("pk", flat=True)[: _RARE_TEXT_MATCHES + 1])
        if len(few) <= _RARE_TEXT_MATCHES:
            return quotes.filter(pk__in=few)
    return quotes.alias(document=document).filter(document=query)


def _estimated_rows(rows: QuerySet) -> float:
    plan = json.loads(rows.order_by().values("pk").explain(format="json"))
    return plan[0]["Plan"]["Plan Rows"]


def _in_range(rows: QuerySet, date_field: str, date_from, date_to) -> QuerySet:
    if date_from:
        rows = rows.filter(**{f"{date_field}__gte": date_from})
    if date_to:
        rows = rows.filter(**{f"{date_field}__lte": date_to})
    return rows


def _events(negotiation, *, parties, date_from, date_to, text, **_) -> QuerySet:
    events = Event.objects.filter(negotiation=negotiation).prefetch_related("parties")
    if parties:
        taking_part = Event.parties.through.objects.filter(event=OuterRef("pk"), party__in=parties)
        events = events.filter(Exists(taking_part))
    if text:
        events = events.filter(
            Q(title__icontains=text) | Q(place__icontains=text) | Q(description__icontains=text)
        )
    return _in_range(events, "happened_on", date_from, date_to)


def _demands(negotiation, *, parties, issues, date_from, date_to, text, **_) -> QuerySet:
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


def _responses(negotiation, *, parties, issues, date_from, date_to, text, **_) -> QuerySet:
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

    The date bound is repeated outside the OR so that an index on the date can seek to
    the cursor instead of reading everything before it.
    """
    beyond, reached = ("lt", "lte") if newest else ("gt", "gte")
    has_date = Q(**{f"{date_field}__isnull": False})
    if not dated:
        no_date = Q(**{f"{date_field}__isnull": True})
        if cursor is None or cursor.date is not None or rank > cursor.rank:
            return no_date
        if rank == cursor.rank:
            return no_date & Q(**{f"{id_field}__{beyond}": cursor.pk})
        return Q(pk__in=[])
    if cursor is None:
        return has_date
    if cursor.date is None:
        return Q(pk__in=[])  # every dated row came before the undated ones
    date_beyond = Q(**{f"{date_field}__{beyond}": cursor.date})
    if rank < cursor.rank:
        return date_beyond
    date_reached = Q(**{f"{date_field}__{reached}": cursor.date})
    if rank > cursor.rank:
        return date_reached
    same_day_beyond = Q(**{date_field: cursor.date, f"{id_field}__{beyond}": cursor.pk})
    return date_reached & (date_beyond | same_day_beyond)


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
        .only(*_QUOTE_FIELDS)
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
        return _quotes(negotiation, **criteria), Q(), "said_on", "pk"
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
    quotes = _quotes(negotiation, **{**rest, "date_to": None})
    return quotes, links, "issue_links__said_on", "issue_links__quote_id"


_QUOTE_FIELDS = (
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


def _clip_left(text: str) -> str:
    return text if len(text) <= _CONTEXT_CHARS else "…" + text[-_CONTEXT_CHARS:].lstrip()


def _clip_right(text: str) -> str:
    return text if len(text) <= _CONTEXT_CHARS else text[:_CONTEXT_CHARS].rstrip() + "…"
