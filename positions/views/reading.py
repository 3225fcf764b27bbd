from datetime import date
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required, permission_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import trigger_client_event

from config.htmx import wants_partial
from positions.forms import (
    AsOfForm,
    DemandFilterForm,
    PinPositionForm,
    ReviewDecisionForm,
    ReviewFilterForm,
)
from positions.models import Party, Quote
from positions.queries import demands as demand_queries
from positions.queries import matrix as matrix_queries
from positions.queries.demands import DemandCursor, demands_board
from positions.queries.negotiations import negotiation_issues, negotiation_parties
from positions.queries.parties import party_offices, party_page
from positions.queries.review import ReviewCursor, review_outlets, review_progress, review_queue
from positions.services import StaleQuote, position_pin, quote_review


@login_not_required
@require_safe
@cache_control(max_age=300)
def party_colours(request: HttpRequest) -> HttpResponse:
    """Party colours as a stylesheet: the pages allow no inline styles, and colours are data."""
    parties = Party.objects.only("slug", "colour", "accent_colour")
    css = render_to_string("positions/party_colours.css", {"parties": parties})
    return HttpResponse(css, content_type="text/css; charset=utf-8")


def _as_of(request: HttpRequest):
    form = AsOfForm(request.GET)
    return form, form.as_of_date()


def _as_of_query(as_of: date | None) -> str:
    """The as-of date as a query string tail, for links that keep the replayed date."""
    return f"&as_of={as_of:%Y-%m-%d}" if as_of else ""


def _negotiation_or_404(request: HttpRequest):
    if not request.negotiation:
        raise Http404("No negotiation is tracked yet.")
    return request.negotiation


@require_safe
@vary_on_headers("HX-Request")
def matrix(request: HttpRequest) -> HttpResponse:
    """Issues × parties as of a date; the date form swaps only the table."""
    form, as_of = _as_of(request)
    grid, cell_query = None, ""
    if request.negotiation:
        grid = matrix_queries.matrix(negotiation=request.negotiation, as_of=as_of)
        cell_query = _cell_query(request.negotiation, as_of)
    template = "positions/matrix.html" + ("#matrix-grid" if wants_partial(request) else "")
    context = {
        "form": form,
        "matrix": grid,
        "cell_query": cell_query,
        "as_of": as_of,
        "as_of_query": _as_of_query(as_of),
    }
    return render(request, template, context)


def _cell_query(negotiation, as_of: date | None) -> str:
    """What a cell's link carries: its negotiation, and the date its column shows."""
    return "?" + urlencode({"negotiation": negotiation.slug}) + _as_of_query(as_of)


@require_http_methods(["GET", "HEAD", "POST"])
@vary_on_headers("HX-Request")
def matrix_cell(request: HttpRequest, issue_slug: str, party_slug: str) -> HttpResponse:
    """One cell's history and quotes: the matrix's side panel, or a page of its own.

    Editors may pin a position here (POST); the panel then redraws and so does the matrix."""
    negotiation = _negotiation_or_404(request)
    form, as_of = _as_of(request)
    panel = _cell_panel(negotiation, issue_slug, party_slug, as_of)
    pin_form = _pin_form(request, panel)
    pinned = pin_form is None
    if pinned and not wants_partial(request):
        messages.success(request, PINNED)
        return redirect(f"{request.path}?{request.GET.urlencode()}")
    if pinned:
        panel = _cell_panel(negotiation, issue_slug, party_slug, as_of)
        pin_form = _blank_pin_form(panel)
    template = "positions/matrix_cell.html" + ("#cell-panel" if wants_partial(request) else "")
    context = {
        "panel": panel,
        "form": form,
        "as_of": as_of,
        "as_of_query": _as_of_query(as_of),
        "pin_form": pin_form,
        "just_pinned": pinned,
    }
    response = render(request, template, context, status=400 if pin_form.errors else 200)
    return trigger_client_event(response, "positionPinned") if pinned else response


PINNED = "Position pinned: it holds until a newer confirmed quote."


def _cell_panel(negotiation, issue_slug: str, party_slug: str, as_of: date | None):
    panel = matrix_queries.matrix_cell(
        negotiation=negotiation, issue_slug=issue_slug, party_slug=party_slug, as_of=as_of
    )
    if panel is None:
        raise Http404("This negotiation has no such issue or party.")
    return panel


def _blank_pin_form(panel) -> PinPositionForm:
    return PinPositionForm(initial={"as_of": panel.as_of or date.today()})


def _pin_form(request: HttpRequest, panel) -> PinPositionForm | None:
    """The editor's pin form; None once a posted pin is saved."""
    if request.method != "POST":
        return _blank_pin_form(panel)
    if not request.user.has_perm("positions.add_position"):
        raise PermissionDenied
    form = PinPositionForm(request.POST)
    if not form.is_valid():
        return form
    position_pin(issue=panel.issue, party=panel.party, editor=request.user, **form.cleaned_data)
    return None


@require_safe
def party_detail(request: HttpRequest, slug: str) -> HttpResponse:
    negotiation = _negotiation_or_404(request)
    page = party_page(negotiation=negotiation, slug=slug)
    if page is None:
        raise Http404("No such party.")
    column_queries = [_cell_query(negotiation, column.day) for column in page.columns]
    context = {"page": page, "column_queries": column_queries}
    return render(request, "positions/party_detail.html", context)


@require_safe
@vary_on_headers("HX-Request")
def party_people(request: HttpRequest, slug: str) -> HttpResponse:
    """Everyone who speaks or spoke for a party: swapped into its page, or a page of its own."""
    party = get_object_or_404(Party, slug=slug)
    context = {"party": party, "offices": party_offices(party)}
    template = "positions/party_people.html" + ("#people" if wants_partial(request) else "")
    return render(request, template, context)


@require_safe
@vary_on_headers("HX-Request")
def demands(request: HttpRequest) -> HttpResponse:
    """Each demand beside its responses, a page at a time; filters live in the URL and swap
    only the board, and "Show more demands" appends the next page in place."""
    negotiation = request.negotiation
    parties = negotiation_parties(negotiation) if negotiation else []
    issues = negotiation_issues(negotiation) if negotiation else []
    form = DemandFilterForm(request.GET, parties=parties, issues=issues)
    after = DemandCursor.parse(request.GET.get("after"))
    board = None
    if negotiation:
        board = demands_board(negotiation=negotiation, **form.filters(), after=after)
    next_query = ""
    if board and board.next_after:
        next_query = _with_param(request.GET, "after", str(board.next_after))
    template = "positions/demands.html"
    if wants_partial(request):
        more = request.htmx.target == "demands-more"
        template += "#demand-page" if more else "#demand-board"
    return render(request, template, {"form": form, "board": board, "next_query": next_query})


@require_safe
def demand_detail(request: HttpRequest, demand_id: int) -> HttpResponse:
    """A demand's own page, to link to from the dashboard, the timeline or a briefing."""
    demand = demand_queries.demand_detail(demand_id)
    if demand is None:
        raise Http404("No such demand.")
    return render(request, "positions/demand_detail.html", {"demand": demand})


def _with_param(query, name: str, value: str) -> str:
    """The query string with one parameter set, the rest kept as the visitor gave them."""
    query = query.copy()
    query[name] = value
    return query.urlencode()


@require_safe
@vary_on_headers("HX-Request")
def review(request: HttpRequest) -> HttpResponse:
    """Suggested quotes, least sure first, for editors to accept or reject one by one;
    filters live in the URL and swap the list with its progress, and "Show more" appends
    the next page in place."""
    negotiation = request.negotiation or None
    parties = negotiation_parties(negotiation) if negotiation else []
    form = ReviewFilterForm(request.GET, parties=parties, sources=review_outlets(negotiation))
    filters = form.filters()
    progress = {
        "progress": review_progress(negotiation=negotiation, filters=filters),
        "progress_query": _without_params(request.GET, "after"),
    }
    if wants_partial(request) and request.htmx.target == "review-progress":
        return render(request, "positions/review.html#review-progress", progress)
    after = ReviewCursor.parse(request.GET.get("after"))
    page = review_queue(negotiation=negotiation, filters=filters, after=after)
    next_query = _with_param(request.GET, "after", str(page.next_after)) if page.next_after else ""
    context = {"page": page, "next_query": next_query}
    if wants_partial(request) and request.htmx.target == "review-more":
        return render(request, "positions/review.html#review-page", context)
    context |= progress | {
        "form": form,
        "filters": filters,
        "without_article": _without_params(request.GET, "article", "after"),
    }
    template = "positions/review.html" + ("#review-results" if wants_partial(request) else "")
    return render(request, template, context)


def _without_params(query, *names: str) -> str:
    """The query string without these parameters, the rest kept as the visitor gave them."""
    query = query.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


@permission_required("positions.change_quote", raise_exception=True)
@require_POST
def review_decide(request: HttpRequest, quote_id: int) -> HttpResponse:
    """Accept or reject one quote; htmx swaps the verdict in place of the quote."""
    form = ReviewDecisionForm(request.POST)
    if not form.is_valid():
        return HttpResponse("Choose accept or reject.", status=400)
    try:
        quote = quote_review(quote_id=quote_id, editor=request.user, **form.cleaned_data)
    except Quote.DoesNotExist:
        raise Http404("No such quote.") from None
    except StaleQuote as stale:
        return _review_outcome(request, stale.quote, stale=True, status=409)
    return _review_outcome(request, quote, stale=False, status=200)


def _review_outcome(request: HttpRequest, quote: Quote, *, stale: bool, status: int):
    if wants_partial(request):
        context = {"quote": quote, "stale": stale}
        response = render(request, "positions/_review_outcome.html", context, status=status)
        # The queue's progress counts this verdict once the outcome is in place.
        return response if stale else trigger_client_event(response, QUOTE_JUDGED, after="settle")
    if stale:
        messages.warning(request, STALE_QUOTE)
    else:
        messages.success(request, f"Quote {quote.get_review_state_display().lower()}.")
    query = f"?negotiation={request.negotiation.slug}" if request.negotiation else ""
    return redirect(reverse("review") + query)


QUOTE_JUDGED = "quoteJudged"
STALE_QUOTE = "Someone changed this quote after you opened the queue: nothing was saved."
