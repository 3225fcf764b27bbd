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
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from config.forms import add_service_errors
from positions.demand_forms import (
    AnswerForm,
    DemandForm,
    DemandStatusForm,
    EvidenceLinkForm,
    ResponseForm,
    demand_initial,
    response_initial,
    shown_as_in_history,
    versioned,
)
from positions.demands import (
    demand_create,
    demand_edit,
    demand_set_status,
    evidence_link,
    evidence_unlink,
    response_create,
    response_edit,
)
from positions.editing import StaleEdit
from positions.models import Demand, Quote, Response
from positions.queries.evidence import (
    answerable_demands,
    evidence_targets,
    first_issue,
    quote_negotiations,
)
from positions.queries.negotiations import negotiation_issues, negotiation_parties

_FORM_PAGE = "positions/editor_form.html"
# What the edit forms set of a demand and of a response.
_DEMAND_FIELDS = (
    "party",
    "addressee",
    "issue",
    "kind",
    "summary",
    "description",
    "first_raised_on",
)
_RESPONSE_FIELDS = ("party", "kind", "summary", "responded_on")


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
    parties = negotiation_parties(negotiation)
    form = _demand_form(
        request, negotiation, parties, initial=demand_initial(quote, issue, parties)
    )
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
    initial = {**_values(demand, _DEMAND_FIELDS), "version": demand.version}
    parties = negotiation_parties(demand.negotiation)
    form = versioned(_demand_form(request, demand.negotiation, parties, initial=initial))
    context = {"title": "Edit demand", "back": reverse("demand_detail", args=[demand.pk])}
    if request.method == "POST" and form.is_valid():
        try:
            demand_edit(demand=demand, editor=request.user, **form.cleaned_data)
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
    parties = negotiation_parties(demand.negotiation)
    form = ResponseForm(_posted(request), initial=response_initial(quote), parties=parties)
    if request.method == "POST" and form.is_valid():
        evidence = [quote] if quote else []
        values = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        try:
            response_create(demand=demand, editor=request.user, evidence=evidence, **values)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Response added.")
            return redirect("demand_detail", demand.pk)
    back = _quote_url(quote) if quote else reverse("demand_detail", args=[demand.pk])
    context = {
        "form": form,
        "title": f"Response to “{demand.summary}”",
        "quote": quote,
        "back": back,
    }
    return render(request, _FORM_PAGE, context, status=400 if form.errors else 200)


@permission_required("positions.change_response", raise_exception=True)
@require_http_methods(["GET", "HEAD", "POST"])
def response_change(request: HttpRequest, response_id: int) -> HttpResponse:
    """Correct a response at the version the editor loaded; a stale save answers 409 with
    the other editor's changes beside the editor's values, kept to save again on top."""
    answer = get_object_or_404(
        Response.objects.select_related("demand__negotiation", "demand__party"), pk=response_id
    )
    initial = {**_values(answer, _RESPONSE_FIELDS), "version": answer.version}
    parties = negotiation_parties(answer.demand.negotiation)
    form = versioned(ResponseForm(_posted(request), initial=initial, parties=parties))
    back = response_url(answer)
    context = {"title": f"Edit the response to “{answer.demand.summary}”", "back": back}
    if request.method == "POST" and form.is_valid():
        try:
            response_edit(response=answer, editor=request.user, **form.cleaned_data)
        except StaleEdit as stale:
            return stale_answer(request, form, stale, context)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Response saved.")
            return redirect(back)
    return render(
        request, _FORM_PAGE, {**context, "form": form}, status=400 if form.errors else 200
    )


@permission_required("positions.add_response", raise_exception=True)
@require_safe
def quote_answer(request: HttpRequest, quote_id: int) -> HttpResponse:
    """From a quote's page: the new-response form of the demand chosen, pre-filled from the
    quote; a demand of other talks sends the editor back to choose again."""
    quote = get_object_or_404(Quote, pk=quote_id)
    form = AnswerForm(request.GET, demands=answerable_demands(quote))
    if not form.is_valid():
        messages.error(request, "Choose a demand of this quote's negotiation to answer.")
        return redirect(_quote_url(quote) + "#evidence-for")
    demand = form.cleaned_data["demand"]
    return redirect(reverse("response_new", args=[demand.pk]) + f"?quote={quote.pk}")


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


def response_url(response: Response) -> str:
    """Where a response shows: beside its demand, on the demand's page."""
    return reverse("demand_detail", args=[response.demand_id]) + f"#response-{response.pk}"


def _posted(request: HttpRequest):
    return request.POST if request.method == "POST" else None


def _demand_form(request: HttpRequest, negotiation, parties, *, initial: dict) -> DemandForm:
    return DemandForm(
        _posted(request),
        initial=initial,
        parties=parties,
        issues=negotiation_issues(negotiation),
    )


def _values(item: Demand | Response, names: tuple[str, ...]) -> dict:
    # Related items by id: the form's choices take ids, and reading objects costs queries.
    return {name: getattr(item, type(item)._meta.get_field(name).attname) for name in names}


def stale_answer(request: HttpRequest, form: Form, stale: StaleEdit, context: dict) -> HttpResponse:
    """The editor's values kept in the form, set to the stored version so one click
    reapplies them; each change another editor made meanwhile shown beside the editor's
    own value of that field."""
    data = form.data.copy()
    data["version"] = stale.current.version
    form.data = data
    conflict = [
        (entry, [(change, shown_as_in_history(form, change.field)) for change in entry.changes])
        for entry in stale.changes_meanwhile()
    ]
    item_word = str(stale.current._meta.verbose_name)
    context |= {"form": form, "stale": stale, "conflict": conflict, "item_word": item_word}
    return render(request, _FORM_PAGE, context, status=409)
