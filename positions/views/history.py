"""An item's history on its own page or in its page's history section, and reverts."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from config.htmx import wants_partial
from positions.demand_forms import EvidenceLinkForm
from positions.history import history_of, history_record
from positions.models import Actor, Demand, Quote
from positions.queries.evidence import evidence_targets
from positions.revert import change_revert
from positions.views.demands_editing import changes_its_kind

# The kinds of item whose history has a page: the URL's word, the model, the item's page.
_ITEMS = {
    "quote": (Quote, "quote_detail"),
    "demand": (Demand, "demand_detail"),
    "actor": (Actor, "actor_detail"),
}
# Kinds whose history only editors read: the registry is theirs alone.
_EDITORS_ONLY = {"actor"}


@require_safe
@vary_on_headers("HX-Request")
def item_history(request: HttpRequest, kind: str, **item_id: int) -> HttpResponse:
    """Who changed what and when, newest first, each change revertible by editors; for
    editors, a quote's also cites it as evidence, a demand's edits it (status, responses,
    unlinking evidence). Its item's page loads it in place."""
    if kind in _EDITORS_ONLY and not request.user.has_perm(f"positions.change_{kind}"):
        raise PermissionDenied
    model, page = _ITEMS[kind]
    # A demand's section also lists its cited quotes, for editors to unlink.
    items = (
        model.objects.prefetch_related("evidence", "responses__evidence")
        if kind == "demand"
        else model
    )
    item = get_object_or_404(items, pk=item_id[f"{kind}_id"])
    context = {
        "item": item,
        "kind": kind,
        "entries": history_of(item),
        "item_url": reverse(page, args=[item.pk]),
        "may_revert": request.user.has_perm(f"positions.change_{kind}"),
        "evidence_form": _evidence_form(request, item),
    }
    template = "positions/history.html" + ("#history" if wants_partial(request) else "")
    return render(request, template, context)


@changes_its_kind
@require_POST
def history_revert(request: HttpRequest, kind: str, history_id: int, **item_id: int):
    """Undo one recorded change through the item's services; a refusal is told in words."""
    model, page = _ITEMS[kind]
    item = get_object_or_404(model, pk=item_id[f"{kind}_id"])
    try:
        record = history_record(item, history_id)
    except model.history.model.DoesNotExist:
        return HttpResponse("No such change of this item.", status=404)
    try:
        change_revert(record=record, editor=request.user)
    except ValidationError as error:
        messages.error(request, "Not reverted: " + " ".join(error.messages))
    else:
        messages.success(request, "Change reverted.")
    return redirect(page, item.pk)


def _evidence_form(request: HttpRequest, item) -> EvidenceLinkForm | None:
    if not isinstance(item, Quote) or not request.user.has_perm("positions.change_demand"):
        return None
    demands, responses = evidence_targets(item)
    return EvidenceLinkForm(demands=demands, responses=responses)
