"""Editors' pages for demands and responses: start one from a quote, correct it, change its
status with a reason, answer it, and cite or stop citing quotes as its evidence."""

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from config.forms import add_service_errors
from positions.demand_forms import (
    DemandForm,
    DemandStatusForm,
    EvidenceLinkForm,
    ResponseForm,
    summary_from,
)
from positions.demands import (
    demand_create,
    demand_edit,
    demand_set_status,
    evidence_link,
    evidence_unlink,
    response_create,
)
from positions.editing import StaleEdit
from positions.models import Demand, Quote, Response
from positions.queries.evidence import evidence_targets, first_issue, quote_negotiations
from positions.queries.negotiations import negotiation_issues, negotiation_parties

_FORM_PAGE = "positions/editor_form.html"


def changes_its_kind(view: Callable) -> Callable:
    """Refuse (403) a user who may not change the kind of item the URL names (`kind`),
    before any other check: an analyst learns nothing more of the endpoint."""

    @wraps(view)
    def checked(request: HttpRequest, *args, kind: str, **kwargs) -> HttpResponse:
        if not request.user.has_perm(f"positions.change_{kind}"):
            raise PermissionDenied
        return view(request, *args, kind=kind, **kwargs)

    return checked


@permission_required("positions.add_demand", raise_exception=True)
@require_http_methods(["GET", "HEAD", "POST"])
def demand_new(request: HttpRequest) -> HttpResponse:
    """A new demand started from a quote (`?quote=`), pre-filled from it and citing it."""
    quote = _quote_from(request)
    issue = first_issue(quote)
    negotiation = issue.negotiation if issue else next(iter(quote_negotiations(quote)), None)
    if negotiation is None:
        raise Http404("This quote belongs to no negotiation yet: tag an issue first.")
    form = _demand_form(request, negotiation, initial=_demand_initial(quote, issue))
    if request.method == "POST" and form.is_valid():
        values = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        try:
            demand = demand_create(
                negotiation=negotiation, editor=request.user, evidence=[quote], **values
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Demand started, citing the quote as its evidence.")
            return redirect("demand_detail", demand.pk)
    context = {"form": form, "title": "New demand", "quote": quote, "back": _quote_url(quote)}
    return render(request, _FORM_PAGE, context, status=400 if form.errors else 200)


@permission_required("positions.change_demand", raise_exception=True)
@require_http_methods(["GET", "HEAD", "POST"])
def demand_change(request: HttpRequest, demand_id: int) -> HttpResponse:
    """Correct a demand at the version the editor loaded; a stale save answers 409 with the
    stored values beside the editor's, the form set to reapply them on top."""
    demand = get_object_or_404(Demand.objects.select_related("negotiation"), pk=demand_id)
    initial = {**_demand_values(demand), "version": demand.version}
    form = _demand_form(request, demand.negotiation, initial=initial)
    context = {"title": "Edit demand", "back": reverse("demand_detail", args=[demand.pk])}
    if request.method == "POST" and form.is_valid():
        values = form.cleaned_data
        try:
            demand_edit(demand=demand, editor=request.user, **values)
        except StaleEdit as stale:
            return stale_answer(request, form, stale, context)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Demand saved.")
            return redirect("demand_detail", demand.pk)
    return render(
        request, _FORM_PAGE, {**context, "form": form}, status=400 if form.errors else 200
    )


@permission_required("positions.change_demand", raise_exception=True)
@require_POST
def demand_status(request: HttpRequest, demand_id: int) -> HttpResponse:
    """Move a demand to a new status; the reason is required."""
    demand = get_object_or_404(Demand, pk=demand_id)
    form = DemandStatusForm(request.POST)
    context = {
        "title": f"Status of “{demand.summary}”",
        "back": reverse("demand_detail", args=[demand.pk]),
    }
    if form.is_valid():
        try:
            demand = demand_set_status(demand=demand, editor=request.user, **form.cleaned_data)
        except StaleEdit as stale:
            return stale_answer(request, form, stale, context)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Status is now “{demand.get_status_display()}”.")
            return redirect("demand_detail", demand.pk)
    return render(request, _FORM_PAGE, {**context, "form": form}, status=400)


@permission_required("positions.add_response", raise_exception=True)
@require_http_methods(["GET", "HEAD", "POST"])
def response_new(request: HttpRequest, demand_id: int) -> HttpResponse:
    """A response to the demand; with `?quote=`, pre-filled from that quote and citing it."""
    demand = get_object_or_404(Demand.objects.select_related("negotiation"), pk=demand_id)
    quote = _quote_from(request) if request.GET.get("quote") else None
    initial = _response_initial(quote)
    parties = negotiation_parties(demand.negotiation)
    form = ResponseForm(request.POST or None, initial=initial, parties=parties)
    if request.method == "POST" and form.is_valid():
        evidence = [quote] if quote else []
        try:
            response_create(
                demand=demand, editor=request.user, evidence=evidence, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Response added.")
            return redirect("demand_detail", demand.pk)
    back = reverse("demand_detail", args=[demand.pk])
    context = {
        "form": form,
        "title": f"Response to “{demand.summary}”",
        "quote": quote,
        "back": back,
    }
    return render(request, _FORM_PAGE, context, status=400 if form.errors else 200)


@permission_required("positions.change_demand", raise_exception=True)
@require_POST
def quote_evidence_link(request: HttpRequest, quote_id: int) -> HttpResponse:
    """Cite the quote as evidence for a demand or response of its negotiation."""
    quote = get_object_or_404(Quote, pk=quote_id)
    demands, responses = evidence_targets(quote)
    form = EvidenceLinkForm(request.POST, demands=demands, responses=responses)
    if not form.is_valid():
        messages.error(request, "Choose a demand or response of this quote's negotiation.")
        return redirect(_quote_url(quote))
    target = form.cleaned_data["target"]
    _require_change(request, target)
    try:
        evidence_link(quote=quote, editor=request.user, **{_kind(target): target})
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"The quote is now evidence for “{target.summary}”.")
    return redirect(_quote_url(quote))


@changes_its_kind
@require_POST
def evidence_unlink_view(request: HttpRequest, kind: str, quote_id: int, **item_id: int):
    """Stop citing a quote as evidence for a demand or response."""
    model = {"demand": Demand, "response": Response}[kind]
    item = get_object_or_404(model, pk=item_id[f"{kind}_id"])
    quote = get_object_or_404(Quote, pk=quote_id)
    evidence_unlink(quote=quote, editor=request.user, **{kind: item})
    messages.success(request, "The quote is no longer cited as evidence.")
    demand_id = item.pk if kind == "demand" else item.demand_id
    return redirect("demand_detail", demand_id)


def _require_change(request: HttpRequest, item: Demand | Response) -> None:
    if not request.user.has_perm(f"positions.change_{_kind(item)}"):
        raise PermissionDenied


def _kind(item: Demand | Response) -> str:
    return "demand" if isinstance(item, Demand) else "response"


def _quote_from(request: HttpRequest) -> Quote:
    quote_id = request.GET.get("quote", "")
    if not quote_id.isdigit():
        raise Http404("Start from a quote: its page has “Evidence for…”.")
    return get_object_or_404(Quote.objects.select_related("party"), pk=int(quote_id))


def _quote_url(quote: Quote) -> str:
    return reverse("quote_detail", args=[quote.pk])


def _demand_form(request: HttpRequest, negotiation, *, initial: dict) -> DemandForm:
    return DemandForm(
        request.POST if request.method == "POST" else None,
        initial=initial,
        parties=negotiation_parties(negotiation),
        issues=negotiation_issues(negotiation),
    )


def _demand_initial(quote: Quote, issue) -> dict:
    return {
        "party": quote.party_id,
        "issue": issue.pk if issue else None,
        "first_raised_on": quote.said_on,
        "summary": summary_from(quote.text),
    }


def _response_initial(quote: Quote | None) -> dict:
    if quote is None:
        return {}
    return {
        "party": quote.party_id,
        "responded_on": quote.said_on,
        "summary": summary_from(quote.text),
    }


def _demand_values(demand: Demand) -> dict:
    names = ("party", "addressee", "issue", "kind", "summary", "description", "first_raised_on")
    # Related items by id: the form's choices take ids, and reading objects costs queries.
    return {name: getattr(demand, Demand._meta.get_field(name).attname) for name in names}


def stale_answer(request: HttpRequest, form: Form, stale: StaleEdit, context: dict) -> HttpResponse:
    """The editor's values kept in the form, set to the stored version so one click
    reapplies them; the stored values and what changed meanwhile shown beside."""
    data = form.data.copy()
    data["version"] = stale.current.version
    form.data = data
    context |= {"form": form, "stale": stale, "meanwhile": stale.changes_meanwhile()}
    return render(request, _FORM_PAGE, context, status=409)
