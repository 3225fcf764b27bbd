"""Time Parley's pages through Django's test client, and each page's slowest query alone.

A page is requested twice to warm caches, then `repeat` times with a clock around each
request (server time: routing, queries, rendering; no network, no browser). The second
warm-up runs with its queries captured, to count them and to find the slowest, which is
then run alone on the cursor so the table can set SQL time beside page time.
"""

import html
import re
import statistics
import time
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode, urljoin, urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch

from articles.models import Article
from devtools.benchmark import vocabulary
from devtools.benchmark.synthetic import DAYS, FIRST_DAY, NEGOTIATION_SLUG
from positions.models import Actor, Issue, NegotiationParty

BENCH_USERNAME = "bench"
# At least two: the first finds out whether the page is there, the second counts queries.
WARM_UPS = 2
SQL_RUNS = 5
# A page this slow gets fewer timed requests (at least MIN_RUNS), so a run still ends.
PAGE_BUDGET_SECONDS = 30
MIN_RUNS = 3
# The keyset page measured is this many "Older items" links deep.
DEEP_PAGES = 5

SEARCH_TARGET_MS = 200
# The rarest word of the synthetic corpus: the last of its details ("the … clause").
RARE_WORD = vocabulary.DETAILS[-1].split()[1]

_LINK = re.compile(r'\b(?:href|hx-get)="([^"]*)"')


@dataclass(frozen=True)
class BenchSubjects:
    """What the pages are about: the bench negotiation and things in it to filter by."""

    negotiation: str
    party: str
    issue: str
    stance: str
    as_of: date
    article_id: int
    speaker: str


@dataclass(frozen=True)
class PageSpec:
    label: str
    target_ms: int
    url: str | None
    # Why there is no url: the link to follow was not on the page before it.
    problem: str = ""


@dataclass(frozen=True)
class PageTiming:
    label: str
    target_ms: int
    url: str | None
    median_ms: float | None = None
    p95_ms: float | None = None
    queries: int | None = None
    sql_ms: float | None = None
    problem: str = ""
    runs: int = 0
    requested: int = 0

    @property
    def missed_target(self) -> bool:
        return self.median_ms is not None and self.median_ms > self.target_ms


def bench_user():
    """The account the pages are read as, in the admin group, so every page is open to it.

    It has no password: the benchmark signs it in with `force_login`.
    """
    user, created = get_user_model().objects.get_or_create(
        username=BENCH_USERNAME, defaults={"is_staff": True}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    user.groups.add(Group.objects.get_or_create(name="admin")[0])
    return user


def bench_subjects() -> BenchSubjects | None:
    """The bench negotiation's first party and issue, its newest article, mid-year; None if
    the database holds no benchmark data."""
    party = (
        NegotiationParty.objects.filter(negotiation__slug=NEGOTIATION_SLUG)
        .select_related("party")
        .order_by("order", "id")
        .first()
    )
    issue = Issue.objects.filter(negotiation__slug=NEGOTIATION_SLUG).order_by("order", "id").first()
    article = (
        Article.objects.filter(negotiations__slug=NEGOTIATION_SLUG, quotes__isnull=False)
        .order_by("-published_on", "-id")
        .first()
    )
    speaker = Actor.objects.order_by("pk").first()
    if party is None or issue is None or article is None or speaker is None:
        return None
    return BenchSubjects(
        negotiation=NEGOTIATION_SLUG,
        party=party.party.slug,
        issue=issue.slug,
        stance="reject",
        as_of=FIRST_DAY + timedelta(days=DAYS // 2),
        article_id=article.pk,
        speaker=speaker.name,
    )


def bench_pages(client: Client, subjects: BenchSubjects) -> list[PageSpec]:
    """The pages the benchmark times, in the table's order, with their targets in ms.

    The deep timeline page and the matrix cell are found by following links on the pages
    before them, as a reader would.
    """
    scope = {"negotiation": subjects.negotiation}
    timeline = _url("/timeline/", scope)
    matrix = _url("/matrix/", scope)
    filters = {"party": subjects.party, "issue": subjects.issue, "stance": subjects.stance}
    return [
        PageSpec("timeline", 50, timeline),
        PageSpec("timeline, three filters", 50, _url("/timeline/", {**scope, **filters})),
        _deep_timeline_page(client, timeline),
        PageSpec("matrix", 100, matrix),
        PageSpec(
            f"matrix as of {subjects.as_of:%d %b %Y}",
            150,
            _url("/matrix/", {**scope, "as_of": subjects.as_of.isoformat()}),
        ),
        _matrix_cell_page(client, matrix),
        PageSpec("party page", 100, _url(f"/parties/{subjects.party}/", scope)),
        PageSpec("demands board", 100, _url("/demands/", scope)),
        PageSpec("article reader", 100, _url(f"/articles/{subjects.article_id}/", scope)),
        *(
            PageSpec(f"search, {what}", SEARCH_TARGET_MS, _url("/search/", {**scope, "q": words}))
            for what, words in search_cases(subjects)
        ),
    ]


def search_cases(subjects: BenchSubjects) -> list[tuple[str, str]]:
    """What the search is timed with: a word most quotes hold, one a few dozen hold (the
    last of the synthetic corpus's long tail), a phrase, and a speaker's name."""
    return [
        ("a common word", "talks"),
        ("a rare word", RARE_WORD),
        ("a two-word phrase", '"written guarantees"'),
        ("an actor's name", subjects.speaker),
    ]


def page_time(client: Client, page: PageSpec, *, repeat: int) -> PageTiming:
    """Median and 95th percentile of `repeat` requests (fewer for a page that runs over its
    budget), the query count and the main SQL time."""
    timing = PageTiming(page.label, page.target_ms, page.url, problem=page.problem)
    if page.url is None:
        return timing
    _, problem = page_fetch(client, page.url)
    if problem:
        return PageTiming(page.label, page.target_ms, page.url, problem=problem)
    # The warm-up after the first request counts the queries: the first may write (a
    # remembered choice of negotiation), the later ones only read.
    with CaptureQueriesContext(connection) as captured:
        client.get(page.url, secure=True)
    # Read them now: the next request clears the connection's log they are read from.
    queries = captured.captured_queries
    for _ in range(WARM_UPS - 2):
        client.get(page.url, secure=True)
    elapsed = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(page.url, secure=True)
        elapsed.append((time.perf_counter() - started) * 1000)
        if sum(elapsed) > PAGE_BUDGET_SECONDS * 1000 and len(elapsed) >= MIN_RUNS:
            break
    return PageTiming(
        page.label,
        page.target_ms,
        page.url,
        median_ms=statistics.median(elapsed),
        p95_ms=percentile(elapsed, 95),
        queries=len(queries),
        sql_ms=main_query_ms(queries),
        runs=len(elapsed),
        requested=repeat,
    )


def page_fetch(client: Client, url: str) -> tuple[str, str]:
    """The page's HTML and "", or "" and why it could not be read ("missing", "error: …").

    Runs in a savepoint, so a page that breaks its transaction breaks nothing after it.
    """
    try:
        with transaction.atomic():
            response = client.get(url, secure=True)
    except NoReverseMatch:
        # A page linking to an address that does not exist yet is not there yet either.
        return "", "missing"
    except Exception as error:
        return "", f"error: {type(error).__name__}"
    if response.status_code == 404:
        return "", "missing"
    if response.status_code != 200:
        where = response.headers.get("Location", "")
        return "", f"error: HTTP {response.status_code}" + (f" to {where}" if where else "")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode(response.charset or "utf-8"), ""


def main_query_ms(queries: list[dict]) -> float | None:
    """Median time of the slowest captured query run alone on the cursor, a few times over.

    Each run is rolled back, so the query may be anything the page ran: a write changes
    nothing, and a `SET LOCAL` before the main statement holds for it as it did in the page.
    """
    if not queries:
        return None
    # The captured text already has its parameters in it.
    slowest = max(queries, key=lambda q: float(q["time"]))["sql"]
    runs = []
    for _ in range(SQL_RUNS):
        with transaction.atomic(), connection.cursor() as cursor:
            started = time.perf_counter()
            cursor.execute(slowest)
            _fetch_every_result(cursor)
            runs.append((time.perf_counter() - started) * 1000)
            transaction.set_rollback(True)
    return statistics.median(runs)


def _fetch_every_result(cursor) -> None:
    # Several statements in one text give one result each, some without rows.
    while True:
        if cursor.description is not None:
            cursor.fetchall()
        if not cursor.nextset():
            return


def percentile(values: list[float], rank: int) -> float:
    """Nearest-rank percentile: the smallest value with `rank` per cent at or below it."""
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * rank // 100) - 1)]


def page_links(page_html: str) -> list[str]:
    """Every href and hx-get on a page, unescaped, in document order."""
    return [html.unescape(link) for link in _LINK.findall(page_html)]


def _deep_timeline_page(client: Client, first_page: str) -> PageSpec:
    label = f"timeline, page {DEEP_PAGES + 1} (keyset)"
    url = first_page
    for _ in range(DEEP_PAGES):
        page_html, problem = page_fetch(client, url)
        if problem:
            return PageSpec(label, 50, None, problem)
        older = next((link for link in page_links(page_html) if "after=" in link), None)
        if older is None:
            return PageSpec(label, 50, None, "missing: no link with after= on the timeline")
        url = urljoin(url, older)
    return PageSpec(label, 50, url)


def _matrix_cell_page(client: Client, matrix: str) -> PageSpec:
    label = "matrix cell panel"
    page_html, problem = page_fetch(client, matrix)
    if problem:
        return PageSpec(label, 100, None, problem)
    cell = next((link for link in page_links(page_html) if _is_cell_link(link)), None)
    if cell is None:
        return PageSpec(label, 100, None, "missing: no cell link on the matrix")
    return PageSpec(label, 100, urljoin(matrix, cell))


def _is_cell_link(link: str) -> bool:
    parts = urlsplit(link)
    if parts.path.startswith("/matrix/export."):
        return False  # the matrix's download, not a cell
    if parts.path.startswith("/matrix/") and parts.path.rstrip("/") != "/matrix":
        return True
    return parts.path in ("", "/matrix/") and "issue=" in parts.query and "party=" in parts.query


def _url(path: str, query: dict[str, str]) -> str:
    return f"{path}?{urlencode(query)}"
