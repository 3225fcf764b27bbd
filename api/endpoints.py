"""The read-only JSON API, /api/v1/: each endpoint reads through the same queries as the
page that shows the same things, and answers a page at a time with a cursor.

Every endpoint but the list of negotiations is about one negotiation, named by the
`negotiation` parameter; it may be left out while the deployment tracks just one.
"""

from datetime import date
from typing import Annotated, Literal

from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpRequest
from ninja import NinjaAPI, Query
from ninja.security import APIKeyCookie, HttpBearer

from api import serialise
from api.errors import EXCEPTION_HANDLERS, BadParameter, BadParameters, Error
from api.pagination import (
    BAD_CURSOR,
    DEFAULT_LIMIT,
    MAX_LIMIT,
    keyset_page,
    page_body,
    text,
    whole_number,
)
from api.schemas import (
    ActorPage,
    ArticlePage,
    DemandPage,
    IssuePage,
    MatrixOut,
    NegotiationPage,
    PartyPage,
    QuotePage,
)
from api.throttling import PerCallerRate
from articles.queries import article_list_page
from config.dates import date_is_sane, validate_sane_date
from positions.forms import DemandFilterForm
from positions.models import Actor, Issue, Negotiation, NegotiationParty, Office, QuoteIssue
from positions.queries.demands import DemandCursor, demands_board
from positions.queries.matrix import matrix as matrix_of
from positions.queries.negotiations import negotiation_issues, negotiation_parties
from timeline.forms import TimelineFilterForm
from timeline.queries.stream import NEWEST, Cursor, timeline_page


class BearerToken(HttpBearer):
    """A token from the API tokens page; ApiTokenMiddleware has already checked it."""

    def __call__(self, request: HttpRequest):
        return request.user if getattr(request, "api_token", None) else None

    def authenticate(self, request: HttpRequest, token: str):  # the middleware did
        return None


class BrowserSession(APIKeyCookie):
    """A signed-in browser's session, for reading the API beside the pages."""

    param_name = "sessionid"

    def authenticate(self, request: HttpRequest, key: str | None):
        return request.user if request.user.is_authenticated else None


def _anonymous_reader(request: HttpRequest):
    """With PARLEY_ANONYMOUS_READ on, anyone may read, as the pages let them."""
    return settings.PARLEY_ANONYMOUS_READ or None


api = NinjaAPI(
    title="Parley API",
    version="1",
    description=(
        "Read-only JSON API of Parley: negotiations, their parties, issues, articles, quotes, "
        "demands with their responses, and the position matrix. Send a token "
        "(`Authorization: Bearer <token>`, made on /settings/tokens/) or a signed-in "
        "browser's session. Lists come a page at a time: follow `next` until it is null. "
        "Errors are JSON: `detail`, and for a bad parameter `errors` naming it."
    ),
    urls_namespace="api",
    docs_url=None,
    auth=[BearerToken(), BrowserSession(), _anonymous_reader],
    throttle=[PerCallerRate()],
)
for _exception, _handler in EXCEPTION_HANDLERS.items():
    api.add_exception_handler(_exception, _handler)

# Answers every endpoint documents besides its own.
_ERRORS = {400: Error, 401: Error, 429: Error}

# --- Parameters shared by the endpoints ------------------------------------------


NegotiationSlug = Annotated[
    str | None,
    Query(
        description=(
            "The negotiation's slug. May be left out while the deployment tracks only one; "
            "with several, leaving it out is a 400."
        ),
        max_length=100,
        example="nato-russia-2021-22",
    ),
]
CursorToken = Annotated[
    str | None,
    Query(description="Where the previous page ended: its `next_cursor`. Opaque.", max_length=500),
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]


# Examples are the demo's, given as a single `example`: a Parameter Object's `examples` is a
# map of named examples, not JSON Schema's list, which ninja would copy there as it is.
def _slugs(*examples: str):
    """A filter by slugs, given once or repeated (any of them), with the demo's examples."""
    return Annotated[
        list[str] | None,
        Query(
            max_length=20,
            description="Slugs; repeat the parameter for several (any of them).",
            example=list(examples),
        ),
    ]


PartySlugs = _slugs("nato", "russia")
IssueSlugs = _slugs("nato-enlargement")
ActorSlugs = _slugs("jens-stoltenberg", "alexander-grushko")
SourceSlugs = _slugs("al-jazeera")


def _negotiation(slug: str | None) -> Negotiation:
    """The negotiation a request is about (one query); a 400 saying what to do otherwise."""
    if slug:
        found = Negotiation.objects.filter(slug=slug).first()
        if found is None:
            raise BadParameter(
                "negotiation",
                f"No negotiation has the slug {slug!r}: /api/v1/negotiations/ lists them.",
            )
        return found
    tracked = list(Negotiation.objects.order_by("pk")[:2])
    if not tracked:
        raise BadParameter("negotiation", "No negotiation is tracked yet.")
    if len(tracked) > 1:
        raise BadParameter(
            "negotiation",
            "Several negotiations are tracked: name one (negotiation=<slug>); "
            "/api/v1/negotiations/ lists them.",
        )
    return tracked[0]


def _sane(day: date | None, parameter: str) -> date | None:
    if day is not None and not date_is_sane(day):
        try:
            validate_sane_date(day)
        except Exception as refusal:  # its message names the span
            raise BadParameter(parameter, " ".join(refusal.messages)) from None
    return day


# --- Endpoints ---------------------------------------------------------------------


@api.get("/negotiations/", response={200: NegotiationPage, **_ERRORS}, url_name="api_negotiations")
def negotiations(request: HttpRequest, cursor: CursorToken = None, limit: Limit = DEFAULT_LIMIT):
    """Every negotiation tracked, by slug, with its parties in matrix order."""
    page = keyset_page(
        Negotiation.objects.prefetch_related(
            Prefetch(
                "negotiationparty_set", queryset=NegotiationParty.objects.select_related("party")
            )
        ),
        ordering=("slug",),
        key=lambda negotiation: (negotiation.slug,),
        cursor=cursor,
        parsers=(text,),
        limit=limit,
    )
    return page_body(request, [serialise.negotiation(n) for n in page.rows], page.next_cursor)


@api.get("/parties/", response={200: PartyPage, **_ERRORS}, url_name="api_parties")
def parties(
    request: HttpRequest,
    negotiation: NegotiationSlug = None,
    cursor: CursorToken = None,
    limit: Limit = DEFAULT_LIMIT,
):
    """The negotiation's parties in the matrix's column order."""
    page = keyset_page(
        NegotiationParty.objects.filter(negotiation=_negotiation(negotiation)).select_related(
            "party"
        ),
        ordering=("order", "party__name", "id"),
        key=lambda entry: (entry.order, entry.party.name, entry.pk),
        cursor=cursor,
        parsers=(whole_number, text, whole_number),
        limit=limit,
    )
    return page_body(request, [serialise.party(e.party) for e in page.rows], page.next_cursor)


@api.get("/issues/", response={200: IssuePage, **_ERRORS}, url_name="api_issues")
def issues(
    request: HttpRequest,
    negotiation: NegotiationSlug = None,
    cursor: CursorToken = None,
    limit: Limit = DEFAULT_LIMIT,
):
    """The negotiation's issues in the matrix's row order."""
    page = keyset_page(
        Issue.objects.filter(negotiation=_negotiation(negotiation)),
        ordering=("order", "name", "id"),
        key=lambda issue: (issue.order, issue.name, issue.pk),
        cursor=cursor,
        parsers=(whole_number, text, whole_number),
        limit=limit,
    )
    return page_body(request, [serialise.issue(i) for i in page.rows], page.next_cursor)


ActorKind = Literal["official", "spokesperson", "expert", "journalist", "other"]


@api.get("/actors/", response={200: ActorPage, **_ERRORS}, url_name="api_actors")
def actors(
    request: HttpRequest,
    party: PartySlugs = None,
    kind: Annotated[list[ActorKind] | None, Query(max_length=5)] = None,
    cursor: CursorToken = None,
    limit: Limit = DEFAULT_LIMIT,
):
    """People and institutions who speak, by name, with their offices and the party each
    office speaks for. Actors are shared by every negotiation, so no `negotiation` here;
    `party` keeps those who held an office for one of the parties."""
    rows = Actor.objects.prefetch_related(_offices())
    if party:
        rows = rows.filter(pk__in=Office.objects.filter(party__slug__in=party).values("actor_id"))
    if kind:
        rows = rows.filter(kind__in=kind)
    page = keyset_page(
        rows,
        ordering=("name", "id"),
        key=lambda actor: (actor.name, actor.pk),
        cursor=cursor,
        parsers=(text, whole_number),
        limit=limit,
    )
    return page_body(request, [serialise.actor(a) for a in page.rows], page.next_cursor)


def _offices() -> Prefetch:
    return Prefetch("offices", queryset=Office.objects.select_related("party"))


ArticleStatus = Literal["received", "parsing", "parsed", "failed", "duplicate"]


@api.get("/articles/", response={200: ArticlePage, **_ERRORS}, url_name="api_articles")
def articles(
    request: HttpRequest,
    negotiation: NegotiationSlug = None,
    status: Annotated[
        ArticleStatus | None, Query(description="Only articles in this state.")
    ] = None,
    cursor: CursorToken = None,
    limit: Limit = DEFAULT_LIMIT,
):
    """The negotiation's articles, newest upload first, as the article list shows them
    (withdrawn ones too, marked), with their number of quotes; no body text."""
    after = _article_cursor(cursor) if cursor else None
    page = article_list_page(
        negotiation=_negotiation(negotiation), status=status or "", after=after, per_page=limit
    )
    next_cursor = str(page["next_after"]) if page["next_after"] else None
    results = [serialise.article(request, a) for a in page["articles"]]
    return page_body(request, results, next_cursor)


def _article_cursor(token: str) -> int:
    if not token.isdigit() or not 0 < int(token) < 2**63:
        raise BadParameter("cursor", BAD_CURSOR)
    return int(token)


Kind = Literal["direct", "indirect"]
StanceParam = Literal["demand", "offer", "accept", "reject", "concede", "warn", "assess"]
_SLUG_FILTERS = {"party": "party", "issue": "issue", "actor": "speaker", "source": "outlet"}


@api.get("/quotes/", response={200: QuotePage, **_ERRORS}, url_name="api_quotes")
def quotes(
    request: HttpRequest,
    negotiation: NegotiationSlug = None,
    party: PartySlugs = None,
    issue: IssueSlugs = None,
    actor: ActorSlugs = None,
    source: SourceSlugs = None,
    stance: Annotated[list[StanceParam] | None, Query(max_length=7)] = None,
    kind: Annotated[list[Kind] | None, Query(max_length=2)] = None,
    date_from: Annotated[
        date | None,
        Query(alias="from", description="Said on or after.", example="2022-01-10"),
    ] = None,
    date_to: Annotated[
        date | None,
        Query(alias="to", description="Said on or before.", example="2022-01-13"),
    ] = None,
    q: Annotated[
        str,
        Query(
            max_length=200,
            description="Words in the quote or its speaker's name.",
            example="veto",
        ),
    ] = "",
    order: Literal["newest", "oldest"] = NEWEST,
    cursor: CursorToken = None,
    limit: Limit = DEFAULT_LIMIT,
):
    """The negotiation's quotes as the timeline lists them (rejected ones and those of
    withdrawn articles left out), with the timeline's filters: each filter given several
    values matches any of them, and filters combine with AND. Newest first (undated
    last) unless `order=oldest`."""
    chosen = _negotiation(negotiation)
    _sane(date_from, "from")
    _sane(date_to, "to")
    form = TimelineFilterForm(request.GET, negotiation=chosen)
    _refuse_unknown_slugs(form, request)
    after = Cursor.parse(cursor) if cursor else None
    if cursor and (after is None or after.item_type != "quote"):
        raise BadParameter("cursor", BAD_CURSOR)
    filters = {**form.filters(), "types": ["quote"]}
    page = timeline_page(negotiation=chosen, **filters, after=after, per_page=limit)
    found = [item.obj for item in page.items]
    issues_of = _issues_by_quote([quote.pk for quote in found])
    results = [serialise.quote(request, quote, issues_of.get(quote.pk, [])) for quote in found]
    return page_body(request, results, page.next_after)


def _refuse_unknown_slugs(form: TimelineFilterForm, request: HttpRequest) -> None:
    """The timeline drops a filter value that names nothing; a script is told instead."""
    form.is_valid()
    problems = []
    for name, label in _SLUG_FILTERS.items():
        known = {found.slug for found in form.cleaned_data.get(name) or []}
        unknown = [slug for slug in request.GET.getlist(name) if slug and slug not in known]
        if unknown:
            where = " in this negotiation" if name == "issue" else ""
            names = ", ".join(repr(slug) for slug in dict.fromkeys(unknown))
            problems.append({"parameter": name, "message": f"No {label} {names}{where}."})
    if problems:
        raise BadParameters(problems)


def _issues_by_quote(quote_ids: list[int]) -> dict[int, list[Issue]]:
    """Each quote's issues, in the matrix's row order: one query for the page."""
    links = (
        QuoteIssue.objects.filter(quote_id__in=quote_ids)
        .select_related("issue")
        .only("quote_id", "issue__slug", "issue__name")
        .order_by("issue__order", "issue__name")
    )
    found: dict[int, list[Issue]] = {}
    for link in links:
        found.setdefault(link.quote_id, []).append(link.issue)
    return found


DemandStatus = Literal["open", "rejected", "partly_met", "met", "withdrawn"]


@api.get("/demands/", response={200: DemandPage, **_ERRORS}, url_name="api_demands")
def demands(
    request: HttpRequest,
    negotiation: NegotiationSlug = None,
    party: Annotated[
        str | None,
        Query(
            max_length=100,
            description="A party making, receiving or answering the demand.",
            example="nato",
        ),
    ] = None,
    issue: Annotated[str | None, Query(max_length=100, example="nato-enlargement")] = None,
    status: DemandStatus | None = None,
    cursor: CursorToken = None,
    limit: Limit = DEFAULT_LIMIT,
):
    """The demands board: each demand or offer beside its responses, with the evidence
    quotes of both, by issue then first raised."""
    chosen = _negotiation(negotiation)
    after = DemandCursor.parse(cursor) if cursor else None
    if cursor and after is None:
        raise BadParameter("cursor", BAD_CURSOR)
    form = DemandFilterForm(
        request.GET, parties=negotiation_parties(chosen), issues=negotiation_issues(chosen)
    )
    if not form.is_valid():
        raise BadParameters(
            [
                {"parameter": name, "message": f"No {name} {request.GET.get(name)!r} here."}
                for name in form.errors
            ]
        )
    board = demands_board(negotiation=chosen, **form.filters(), after=after, per_page=limit)
    next_cursor = str(board.next_after) if board.next_after else None
    results = [serialise.demand(request, demand) for demand in board.demands]
    return page_body(request, results, next_cursor)


@api.get("/matrix/", response={200: MatrixOut, **_ERRORS}, url_name="api_matrix")
def matrix(
    request: HttpRequest,
    negotiation: NegotiationSlug = None,
    as_of: Annotated[
        date | None,
        Query(
            description="Replay the matrix as it stood that day.",
            example="2022-01-12",
        ),
    ] = None,
):
    """Issues × the negotiation's parties: each cell the party's position on the issue as
    of the date (today if none), as the matrix page shows it."""
    chosen = _negotiation(negotiation)
    grid = matrix_of(negotiation=chosen, as_of=_sane(as_of, "as_of"))
    return serialise.matrix(chosen, grid)
