"""The editors' registry: its index, and the pages that add and correct a negotiation's
issues (merging two that are one), its events and the negotiations themselves.

Every page here is for editors; the services do the writing and refuse in words."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from config.forms import add_service_errors
from positions.catalogue import (
    event_create,
    event_delete,
    event_edit,
    issue_create,
    issue_edit,
    issue_merge,
    negotiation_create,
    negotiation_edit,
)
from positions.catalogue_forms import (
    EventForm,
    IssueForm,
    IssueMergeForm,
    NegotiationForm,
    issue_initial,
)
from positions.editing import StaleEdit
from positions.history import history_of
from positions.models import Event, Issue, Negotiation
from positions.queries.catalogue import (
    events_page,
    issue_for_page,
    issue_usage,
    merge_candidates,
    negotiation_events,
    negotiations_with_issues,
    registry_counts,
)
from positions.queries.negotiations import negotiation_by_slug, negotiation_parties
from positions.views.demands_editing import stale_answer

_FORM_PAGE = "positions/editor_form.html"
_READ_OR_WRITE = ["GET", "HEAD", "POST"]


@permission_required("positions.change_issue", raise_exception=True)
@require_safe
def registry(request: HttpRequest) -> HttpResponse:
    """Where editors find every list they keep: actors, parties, issues, outlets, events,
    negotiations, each with how many there are."""
    return render(request, "positions/registry/index.html", {"counts": registry_counts()})


@permission_required("positions.change_issue", raise_exception=True)
@require_safe
def issue_list(request: HttpRequest) -> HttpResponse:
    """Every negotiation's issues in matrix order, with their keywords."""
    context = {"negotiation_list": negotiations_with_issues()}
    return render(request, "positions/registry/issues.html", context)


@permission_required("positions.add_issue", raise_exception=True)
@require_http_methods(_READ_OR_WRITE)
def issue_new(request: HttpRequest) -> HttpResponse:
    """A new issue of the negotiation chosen in the header (or `?negotiation=`)."""
    negotiation = request.negotiation or None
    if negotiation is None:
        raise Http404("Create a negotiation first: issues belong to one.")
    form = IssueForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        values = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        try:
            issue = issue_create(negotiation=negotiation, editor=request.user, **values)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Issue “{issue.name}” added.")
            return redirect("issue_detail", issue.pk)
    context = {
        "form": form,
        "title": f"New issue of {negotiation.name}",
        "back": reverse("issue_list"),
    }
    return render(request, _FORM_PAGE, context, status=400 if form.errors else 200)


@permission_required("positions.change_issue", raise_exception=True)
@require_http_methods(_READ_OR_WRITE)
def issue_detail(request: HttpRequest, issue_id: int) -> HttpResponse:
    """An issue's own page: its values to correct, another issue to merge into it, and its
    history with reverts. A stale save answers 409 beside the stored values."""
    issue = issue_for_page(issue_id)
    if issue is None:
        raise Http404("No such issue.")
    data = request.POST if request.method == "POST" else None
    form = IssueForm(data, initial=issue_initial(issue))
    if form.is_valid():
        values = {k: v for k, v in form.cleaned_data.items() if v is not None or k != "order"}
        try:
            issue_edit(issue=issue, editor=request.user, **values)
        except StaleEdit as stale:
            back = reverse("issue_detail", args=[issue.pk])
            return stale_answer(request, form, stale, {"title": "Edit issue", "back": back})
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Issue saved.")
            return redirect("issue_detail", issue.pk)
    merge_form = IssueMergeForm(candidates=merge_candidates(issue))
    return _issue_page(request, issue, form, merge_form)


@permission_required("positions.delete_issue", raise_exception=True)
@require_POST
def issue_merge_view(request: HttpRequest, issue_id: int) -> HttpResponse:
    """Fold another issue of the same negotiation into this one, saying why."""
    issue = issue_for_page(issue_id)
    if issue is None:
        raise Http404("No such issue.")
    merge_form = IssueMergeForm(request.POST, candidates=merge_candidates(issue))
    if merge_form.is_valid():
        absorb = merge_form.cleaned_data["absorb"]
        try:
            issue_merge(
                keep=issue,
                absorb=absorb,
                editor=request.user,
                reason=merge_form.cleaned_data["reason"],
            )
        except ValidationError as error:
            add_service_errors(merge_form, error)
        else:
            messages.success(request, f"“{absorb.name}” merged into this issue.")
            return redirect("issue_detail", issue.pk)
    form = IssueForm(initial=issue_initial(issue))
    return _issue_page(request, issue, form, merge_form, status=400)


def _issue_page(request, issue: Issue, form, merge_form, status: int = 200) -> HttpResponse:
    context = {
        "issue": issue,
        "form": form,
        "merge_form": merge_form,
        "usage": issue_usage(issue),
        # The history section is the history page's own partial, shown in place.
        "item": issue,
        "kind": "issue",
        "entries": history_of(issue),
        "may_revert": True,
    }
    if form.errors:
        status = 400
    return render(request, "positions/registry/issue_detail.html", context, status=status)


@permission_required("positions.change_event", raise_exception=True)
@require_safe
def event_list(request: HttpRequest) -> HttpResponse:
    """The chosen negotiation's events, latest first, page by page."""
    negotiation = request.negotiation or None
    page = (
        events_page(negotiation=negotiation, after=request.GET.get("after"))
        if negotiation
        else None
    )
    return render(request, "positions/registry/events.html", {"page": page})


@permission_required("positions.add_event", raise_exception=True)
@require_http_methods(_READ_OR_WRITE)
def event_new(request: HttpRequest) -> HttpResponse:
    """A new event of the negotiation chosen in the header."""
    negotiation = request.negotiation or None
    if negotiation is None:
        raise Http404("Create a negotiation first: events belong to one.")
    form = _event_form(request, negotiation)
    if form.is_valid():
        values = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        try:
            event_create(negotiation=negotiation, editor=request.user, **values)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Event added.")
            return redirect(_events_url(negotiation))
    context = {
        "form": form,
        "title": f"New event of {negotiation.name}",
        "back": _events_url(negotiation),
    }
    return render(request, _FORM_PAGE, context, status=400 if form.errors else 200)


@permission_required("positions.change_event", raise_exception=True)
@require_http_methods(_READ_OR_WRITE)
def event_change(request: HttpRequest, event_id: int) -> HttpResponse:
    """Correct an event at the version the editor loaded; it can be deleted from here."""
    event = get_object_or_404(Event.objects.select_related("negotiation"), pk=event_id)
    initial = {
        **{
            name: getattr(event, name)
            for name in ("title", "happened_on", "ends_on", "place", "url")
        },
        "description": event.description,
        "parties": list(event.parties.all()),
        "version": event.version,
    }
    form = _event_form(request, event.negotiation, initial=initial)
    context = {"title": "Edit event", "back": _events_url(event.negotiation)}
    if form.is_valid():
        try:
            event_edit(event=event, editor=request.user, **form.cleaned_data)
        except StaleEdit as stale:
            return stale_answer(request, form, stale, context)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Event saved.")
            return redirect(_events_url(event.negotiation))
    context |= {
        "form": form,
        "delete_url": reverse("event_delete", args=[event.pk]),
        "delete_version": event.version,
        "delete_label": "Delete this event",
    }
    return render(request, _FORM_PAGE, context, status=400 if form.errors else 200)


@permission_required("positions.delete_event", raise_exception=True)
@require_POST
def event_delete_view(request: HttpRequest, event_id: int) -> HttpResponse:
    """Delete an event entered by mistake, unless someone changed it meanwhile."""
    event = get_object_or_404(Event.objects.select_related("negotiation"), pk=event_id)
    version = request.POST.get("version", "")
    try:
        event_delete(
            event=event, editor=request.user, version=int(version) if version.isdigit() else 0
        )
    except StaleEdit as stale:
        messages.error(request, f"Not deleted: {stale}")
        return redirect("event_change", event.pk)
    messages.success(request, f"Event “{event.title}” deleted.")
    return redirect(_events_url(event.negotiation))


def _event_form(request, negotiation: Negotiation, initial: dict | None = None) -> EventForm:
    data = request.POST if request.method == "POST" else None
    return EventForm(data, initial=initial, parties=negotiation_parties(negotiation))


def _events_url(negotiation: Negotiation) -> str:
    return f"{reverse('event_list')}?negotiation={negotiation.slug}"


@permission_required("positions.change_negotiation", raise_exception=True)
@require_safe
def negotiation_list(request: HttpRequest) -> HttpResponse:
    """Every negotiation with its period, parties and issues."""
    context = {"negotiation_list": negotiations_with_issues()}
    return render(request, "positions/registry/negotiations.html", context)


@permission_required("positions.add_negotiation", raise_exception=True)
@require_http_methods(_READ_OR_WRITE)
def negotiation_new(request: HttpRequest) -> HttpResponse:
    """A new negotiation to track."""
    form = NegotiationForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        values = {k: v for k, v in form.service_values().items() if k != "version"}
        try:
            negotiation = negotiation_create(editor=request.user, **values)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Negotiation “{negotiation.name}” added.")
            return redirect("negotiation_change", negotiation.slug)
    context = {"form": form, "title": "New negotiation", "back": reverse("negotiation_list")}
    return render(request, _FORM_PAGE, context, status=400 if form.errors else 200)


@permission_required("positions.change_negotiation", raise_exception=True)
@require_http_methods(_READ_OR_WRITE)
def negotiation_change(request: HttpRequest, negotiation_slug: str) -> HttpResponse:
    """Correct a negotiation: name, period, parties and the order of its issues; its events
    are listed with links to correct them."""
    negotiation = negotiation_by_slug(negotiation_slug)
    if negotiation is None:
        raise Http404("No such negotiation.")
    issues = list(negotiation.issues.order_by("order", "name"))
    initial = {
        **{
            name: getattr(negotiation, name)
            for name in ("name", "slug", "description", "starts_on", "ends_on")
        },
        "parties": negotiation_parties(negotiation),
        "version": negotiation.version,
    }
    data = request.POST if request.method == "POST" else None
    form = NegotiationForm(data, initial=initial, issues=issues)
    context = {"title": f"Edit {negotiation.name}", "back": reverse("negotiation_list")}
    if form.is_valid():
        try:
            saved = negotiation_edit(
                negotiation=negotiation, editor=request.user, **form.service_values()
            )
        except StaleEdit as stale:
            return stale_answer(request, form, stale, context)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Negotiation saved.")
            return redirect("negotiation_change", saved.slug)
    context |= {
        "form": form,
        "events": negotiation_events(negotiation),
        "negotiation_item": negotiation,
    }
    return render(
        request,
        "positions/registry/negotiation_form.html",
        context,
        status=400 if form.errors else 200,
    )
