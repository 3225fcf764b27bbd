from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from config.htmx import wants_partial
from positions.demand_forms import evidence_panel
from timeline.forms import SearchForm, TimelineFilterForm
from timeline.queries.dashboard import dashboard_summary
from timeline.queries.quote_page import quote_in_context, quote_page
from timeline.queries.search import search_results
from timeline.queries.stream import party_match_counts, timeline_page


@require_safe
@vary_on_headers("HX-Request")
def dashboard(request: HttpRequest) -> HttpResponse:
    """What changed in the last day or week; the switch between them swaps the summary."""
    summary = dashboard_summary(
        negotiation=request.negotiation or None, window=request.GET.get("window", "")
    )
    template = "timeline/dashboard.html" + ("#dashboard" if wants_partial(request) else "")
    return render(request, template, {"summary": summary})


@require_safe
@vary_on_headers("HX-Request")
def timeline(request: HttpRequest) -> HttpResponse:
    """The dated stream; an htmx request gets the results for new filters, or the next page."""
    negotiation = request.negotiation or None
    form = TimelineFilterForm(request.GET, negotiation=negotiation)
    page = timeline_page(negotiation=negotiation, **form.filters(), after=form.cursor())
    next_query = form.query_string(after=page.next_after) if page.next_after else ""
    context = {"form": form, "page": page, "next_query": next_query}
    if wants_partial(request) and request.htmx.target == "more":
        return render(request, "timeline/timeline.html#more", {**context, "appending": True})
    if wants_partial(request):
        response = render(request, "timeline/timeline.html#results", context)
        # The canonical address: no empty fields, no values that were dropped.
        return push_url(response, f"{reverse('timeline')}?{form.query_string()}")
    return render(request, "timeline/timeline.html", context)


@require_safe
def party_counts(request: HttpRequest) -> HttpResponse:
    """Each party's capped count of matching quotes, fetched once the stream is on screen."""
    negotiation = request.negotiation or None
    form = TimelineFilterForm(request.GET, negotiation=negotiation)
    parties = party_match_counts(negotiation=negotiation, **form.filters())
    return render(request, "timeline/_party_counts.html", {"parties": parties})


@require_safe
@vary_on_headers("HX-Request")
def quote_context(request: HttpRequest, quote_id: int) -> HttpResponse:
    """A quote's paragraph, highlighted: shown in place by htmx, or as a page of its own."""
    context = quote_in_context(quote_id)
    if context is None:
        raise Http404("No such quote.")
    template = "timeline/quote_context.html" + ("#paragraph" if wants_partial(request) else "")
    return render(request, template, context)


@require_safe
def quote_detail(request: HttpRequest, quote_id: int) -> HttpResponse:
    """A quote's permalink: its words, speaker, stance, paragraph, other reports and uses;
    for editors, the panel citing it as evidence for a demand or response."""
    page = quote_page(quote_id)
    if page is None:
        raise Http404("No such quote.")
    if request.user.has_perm("positions.change_demand"):
        page |= evidence_panel(page["quote"])
    return render(request, "timeline/quote_detail.html", page)


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """Quotes and articles of the negotiation that match the words, best first."""
    form = SearchForm(request.GET)
    results = search_results(
        negotiation=request.negotiation or None, text=form.words(), page=form.page_number()
    )
    return render(request, "timeline/search.html", {"form": form, "results": results})
