"""An item's history on its own page or in its page's history section, and reverts."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from config.htmx import wants_partial
from positions.history import history_of, history_record
from positions.models import Actor, Demand, Issue, Quote, Response
from positions.revert import change_revert
from positions.views.demands_editing import changes_its_kind, response_url

# The kinds of item whose history has a page, by the URL's word: what the page loads of
# the item (a demand's and a response's sections list their cited quotes, for editors to
# unlink), and where the item itself shows.
_ITEMS = {
    "quote": (Quote.objects.all(), lambda quote: reverse("quote_detail", args=[quote.pk])),
    "demand": (
        Demand.objects.prefetch_related(
            "evidence",
            Prefetch("responses", Response.objects.select_related("party")),
            "responses__evidence",
        ),
        lambda demand: reverse("demand_detail", args=[demand.pk]),
    ),
    "response": (
        Response.objects.select_related("party", "demand__party").prefetch_related("evidence"),
        response_url,
    ),
    "issue": (Issue.objects.all(), lambda issue: reverse("issue_detail", args=[issue.pk])),
    "actor": (Actor.objects.all(), lambda actor: reverse("actor_detail", args=[actor.pk])),
}
# Kinds whose history only editors read: the registry is theirs alone.
_EDITORS_ONLY = {"actor"}


@require_safe
@vary_on_headers("HX-Request")
def item_history(request: HttpRequest, kind: str, **item_id: int) -> HttpResponse:
    """Who changed what and when, newest first, each change revertible by editors; for
    editors, a demand's and a response's also edit it (status, responses, unlinking
    evidence). Its item's page loads it in place."""
    if kind in _EDITORS_ONLY and not request.user.has_perm(f"positions.change_{kind}"):
        raise PermissionDenied
    items, url_of = _ITEMS[kind]
    item = get_object_or_404(items, pk=item_id[f"{kind}_id"])
    context = {
        "item": item,
        "kind": kind,
        "entries": history_of(item),
        "item_url": url_of(item),
        "may_revert": request.user.has_perm(f"positions.change_{kind}"),
    }
    template = "positions/history.html" + ("#history" if wants_partial(request) else "")
    return render(request, template, context)


@changes_its_kind
@require_POST
def history_revert(request: HttpRequest, kind: str, history_id: int, **item_id: int):
    """Undo one recorded change through the item's services; a refusal is told in words."""
    items, url_of = _ITEMS[kind]
    item = get_object_or_404(items, pk=item_id[f"{kind}_id"])
    try:
        record = history_record(item, history_id)
    except items.model.history.model.DoesNotExist:
        return HttpResponse("No such change of this item.", status=404)
    try:
        change_revert(record=record, editor=request.user)
    except ValidationError as error:
        messages.error(request, "Not reverted: " + " ".join(error.messages))
    else:
        messages.success(request, "Change reverted.")
    return redirect(url_of(item))
