"""Downloads of what the timeline, the matrix and the demands board show, with the same
filters as the page they are linked from."""

import datetime
from collections.abc import Iterator

from django.http import Http404, HttpRequest, StreamingHttpResponse
from django.views.decorators.http import require_safe

from positions.forms import AsOfForm, DemandFilterForm
from positions.queries.matrix import matrix
from positions.queries.negotiations import negotiation_issues, negotiation_parties
from timeline import exports
from timeline.forms import TimelineFilterForm

_CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
}


@require_safe
def timeline_export(request: HttpRequest, fmt: str) -> StreamingHttpResponse:
    """Every quote the timeline's filters match, one row each, as CSV or JSON."""
    negotiation = request.negotiation or None
    form = TimelineFilterForm(request.GET, negotiation=negotiation)
    quotes = exports.timeline_quotes(negotiation, **form.filters())
    base_url = _base_url(request)
    rows = (
        exports.quote_record(quote, base_url=base_url)
        for quote in quotes.iterator(chunk_size=exports.CHUNK)
    )
    if fmt == "csv":
        body = exports.csv_stream(exports.QUOTE_COLUMNS, rows)
    else:
        head = {"negotiation": _slug(negotiation), "filters": form.query_string()}
        body = exports.json_stream(head, "quotes", rows)
    return _download(body, fmt, f"timeline-{_slug(negotiation)}")


@require_safe
def events_export(request: HttpRequest) -> StreamingHttpResponse:
    """The timeline's position-bearing quotes as PLOVER events, in JSON."""
    negotiation = request.negotiation or None
    form = TimelineFilterForm(request.GET, negotiation=negotiation)
    quotes = exports.plover_quotes(negotiation, **form.filters())
    base_url = _base_url(request)
    events = (
        exports.plover_record(quote, base_url=base_url)
        for quote in quotes.iterator(chunk_size=exports.CHUNK)
    )
    head = {"negotiation": _slug(negotiation), "format": "PLOVER"}
    body = exports.json_stream(head, "events", events)
    return _download(body, "json", f"events-{_slug(negotiation)}")


@require_safe
def matrix_export(request: HttpRequest, fmt: str) -> StreamingHttpResponse:
    """The matrix as of its date, one row per cell with the quote its position rests on;
    `issue` narrows it to one issue's row."""
    negotiation = _negotiation_or_404(request)
    form = AsOfForm(request.GET)
    as_of = form.as_of_date()
    grid = matrix(negotiation=negotiation, as_of=as_of)
    issue = request.GET.get("issue")
    if issue:
        grid.rows = [row for row in grid.rows if row.issue.slug == issue]
    rows = exports.matrix_records(grid, base_url=_base_url(request))
    day = (as_of or datetime.date.today()).isoformat()
    if fmt == "csv":
        body = exports.csv_stream(exports.MATRIX_COLUMNS, rows)
    else:
        body = exports.json_stream({"negotiation": negotiation.slug, "as_of": day}, "cells", rows)
    return _download(body, fmt, f"matrix-{negotiation.slug}-{day}")


@require_safe
def demands_export(request: HttpRequest) -> StreamingHttpResponse:
    """The demands board with its filters, each demand with its responses, in JSON."""
    negotiation = _negotiation_or_404(request)
    form = DemandFilterForm(
        request.GET,
        parties=negotiation_parties(negotiation),
        issues=negotiation_issues(negotiation),
    )
    rows = exports.demand_records(negotiation, base_url=_base_url(request), **form.filters())
    body = exports.json_stream({"negotiation": negotiation.slug}, "demands", rows)
    return _download(body, "json", f"demands-{negotiation.slug}")


def _download(body: Iterator[str], fmt: str, name: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(body, content_type=_CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="parley-{name}.{fmt}"'
    return response


def _negotiation_or_404(request: HttpRequest):
    if not request.negotiation:
        raise Http404("No negotiation is tracked yet.")
    return request.negotiation


def _slug(negotiation) -> str:
    return negotiation.slug if negotiation else "none"


def _base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/").rstrip("/")
