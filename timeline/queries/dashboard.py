"""The dashboard: what changed in a negotiation in the last day or week."""

import datetime
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, Q, QuerySet, Subquery
from django.utils import timezone

from articles.models import Article
from config.dates import shift_date
from positions.models import Negotiation, Quote
from positions.queries.shifts import stance_shifts
from timeline.queries import matching
from timeline.queries.stream import TimelineItem

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
    said = matching.quotes(negotiation, date_from=span.since, date_to=span.until)
    suggested = matching.quotes(negotiation).filter(review_state=Quote.ReviewState.SUGGESTED)
    counts = (
        Negotiation.objects.filter(pk=negotiation.pk)
        .annotate(new_quotes=_capped_count(said), awaiting_review=_capped_count(suggested))
        .values("new_quotes", "awaiting_review")
        .get()
    )
    latest = (
        said.select_related("article__source", "party", "actor")
        .only(*matching.QUOTE_FIELDS)
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
    return f"{matching.COUNT_CAP}+" if count >= matching.COUNT_CAP else str(count)


def _capped_count(rows: QuerySet) -> Subquery:
    return matching.CappedCount(rows.order_by().values("pk")[: matching.COUNT_CAP])


def _latest_activity(negotiation: Negotiation, today: datetime.date) -> datetime.date | None:
    """The newest day, up to today, on which something was said, raised, answered or met."""
    newest = {
        "said_on": matching.quotes(negotiation, date_to=today),
        "first_raised_on": matching.demands(negotiation, **matching.criteria(date_to=today)),
        "responded_on": matching.responses(negotiation, **matching.criteria(date_to=today)),
        "happened_on": matching.events(negotiation, **matching.criteria(date_to=today)),
    }
    latest = {
        date_field: Subquery(rows.order_by(f"-{date_field}").values(date_field)[:1])
        for date_field, rows in newest.items()
    }
    days = Negotiation.objects.filter(pk=negotiation.pk).values(**latest).get().values()
    return max((day for day in days if day is not None), default=None)


def _raised(negotiation: Negotiation, span: DashboardWindow) -> QuerySet:
    demands = matching.demands(
        negotiation, **matching.criteria(date_from=span.since, date_to=span.until)
    )
    return demands.order_by("-first_raised_on", "-pk")


def _answered(negotiation: Negotiation, span: DashboardWindow) -> QuerySet:
    responses = matching.responses(
        negotiation, **matching.criteria(date_from=span.since, date_to=span.until)
    )
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
