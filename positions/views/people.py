"""The editors' registry of speakers and parties: actors with their offices, merges, parties,
and the speaker picker's suggestions. Editors only: the registry is where shared facts are
corrected, and analysts meet actors and parties on the reading pages."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import trigger_client_event

from config.forms import add_service_errors
from config.htmx import wants_partial
from positions.actor_forms import (
    ActorCreateForm,
    ActorEditForm,
    ActorMergeForm,
    OfficeForm,
    PartyEditForm,
)
from positions.actors import (
    actor_create,
    actor_edit,
    actor_merge,
    office_add,
    office_edit,
    office_remove,
    party_edit,
)
from positions.editing import StaleEdit
from positions.history import history_of
from positions.models import Actor, Office, Party
from positions.queries.actors import (
    actor_detail as actor_with_offices,
)
from positions.queries.actors import (
    actor_suggestions,
    actors_page,
    exactly_named,
    parties_page,
)

editors_only = permission_required("positions.change_actor", raise_exception=True)


def _cursor(request: HttpRequest) -> int | None:
    after = request.GET.get("after", "")
    return int(after) if after.isdigit() else None


@editors_only
@require_safe
@vary_on_headers("HX-Request")
def actor_list(request: HttpRequest) -> HttpResponse:
    """Every actor by name, narrowed by what the editor types, a page at a time."""
    search = request.GET.get("q", "").strip()[:200]
    page = actors_page(search=search, after=_cursor(request))
    template = "positions/actor_list.html" + ("#actor-results" if wants_partial(request) else "")
    return render(request, template, {"page": page, "search": search})


@editors_only
@require_safe
def actor_pick(request: HttpRequest) -> HttpResponse:
    """The picker's suggestions for what the editor typed (`q`); with `create`, an offer to
    add a speaker nobody in the registry is called."""
    search = request.GET.get("q", "").strip()[:200]
    offer = bool(request.GET.get("create")) and bool(search) and not exactly_named(search)
    context = {"actors": actor_suggestions(search), "search": search, "offer_create": offer}
    return render(request, "positions/_actor_suggestions.html", context)


@permission_required("positions.add_actor", raise_exception=True)
@require_http_methods(["GET", "HEAD", "POST"])
@vary_on_headers("HX-Request")
def actor_new(request: HttpRequest) -> HttpResponse:
    """A new speaker with their first office. From the picker (`?picker=1`, htmx) the form
    is a small panel in the quote editor, and the actor created is picked there."""
    in_picker = wants_partial(request) and "picker" in request.GET
    parties = list(Party.objects.only("name"))
    if request.method != "POST":
        initial = {"name": request.GET.get("name", "")[:200]}
        form = ActorCreateForm(initial=initial, parties=parties, prefix="new-actor")
        return _new_actor_form(request, form, in_picker)
    form = ActorCreateForm(request.POST, parties=parties, prefix="new-actor")
    if form.is_valid():
        try:
            actor = actor_create(editor=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
    if not form.is_valid():
        return _new_actor_form(request, form, in_picker, status=400)
    if in_picker:
        response = render(request, "positions/_actor_created.html", {"actor": actor})
        return trigger_client_event(response, "actorCreated", {"id": actor.pk, "name": actor.name})
    messages.success(request, f"{actor.name} added to the registry.")
    return redirect("actor_detail", actor.pk)


def _new_actor_form(request, form, in_picker: bool, *, status: int = 200) -> HttpResponse:
    if in_picker:
        form.use_required_attribute = False  # it sits inside the quote editor's own form
        return render(request, "positions/_actor_create.html", {"form": form}, status=status)
    return render(request, "positions/actor_new.html", {"form": form}, status=status)


@editors_only
@require_http_methods(["GET", "HEAD", "POST"])
def actor_detail(request: HttpRequest, actor_id: int) -> HttpResponse:
    """An actor's names, kind, offices and history, corrected at the version loaded; and
    another actor to merge into them."""
    actor = _actor_or_404(actor_id)
    if request.method != "POST":
        return _actor_page(request, actor, ActorEditForm.of(actor))
    form = ActorEditForm(request.POST)
    if not form.is_valid():
        return _actor_page(request, actor, form, status=400)
    try:
        actor_edit(actor=actor, editor=request.user, **form.cleaned_data)
    except StaleEdit as stale:
        form = _stale_form(request, stale)
        return _actor_page(request, actor, form, stale=stale, status=409)
    except ValidationError as error:
        add_service_errors(form, error)
        return _actor_page(request, actor, form, status=400)
    messages.success(request, "Actor saved.")
    return redirect("actor_detail", actor.pk)


def _stale_form(request, stale: StaleEdit) -> ActorEditForm:
    """The editor's values kept, at the current version: saving again puts them on top."""
    data = request.POST.copy()
    data["version"] = stale.current.version
    return ActorEditForm(data)


@editors_only
@require_POST
def actor_office_add(request: HttpRequest, actor_id: int) -> HttpResponse:
    """Add an office; the party of the actor's quotes follows."""
    actor = _actor_or_404(actor_id)
    form = OfficeForm(request.POST, parties=list(Party.objects.only("name")))
    return _office_saved(request, actor, form, lambda values: office_add(actor=actor, **values))


@editors_only
@require_POST
def actor_office_edit(request: HttpRequest, actor_id: int, office_id: int) -> HttpResponse:
    """Correct an office; the party of the actor's quotes follows."""
    actor = _actor_or_404(actor_id)
    office = get_object_or_404(Office, pk=office_id, actor=actor)
    form = OfficeForm(request.POST, office=office, parties=list(Party.objects.only("name")))
    return _office_saved(request, actor, form, lambda values: office_edit(office=office, **values))


def _office_saved(request, actor: Actor, form: OfficeForm, save) -> HttpResponse:
    if form.is_valid():
        try:
            save({**form.office_values(), "editor": request.user})
        except ValidationError as error:
            add_service_errors(form, error)
    if not form.is_valid():
        return _actor_page(request, actor, ActorEditForm.of(actor), office_form=form, status=400)
    messages.success(request, "Office saved; the party of their quotes follows it.")
    return redirect("actor_detail", actor.pk)


@editors_only
@require_POST
def actor_office_remove(request: HttpRequest, actor_id: int, office_id: int) -> HttpResponse:
    """Remove an office; the party of the actor's quotes follows the offices left."""
    office = get_object_or_404(Office.objects.select_related("actor"), pk=office_id, actor=actor_id)
    office_remove(office=office, editor=request.user)
    messages.success(request, f"Office “{office.title}” removed.")
    return redirect("actor_detail", actor_id)


@permission_required("positions.delete_actor", raise_exception=True)
@editors_only
@require_POST
def actor_merge_view(request: HttpRequest, actor_id: int) -> HttpResponse:
    """Merge the picked actor into this one: their quotes, offices and names move here."""
    actor = _actor_or_404(actor_id)
    form = ActorMergeForm(request.POST)
    if form.is_valid():
        absorb = form.cleaned_data["absorb"]
        try:
            actor_merge(keep=actor, editor=request.user, **form.cleaned_data)
        except StaleEdit:
            form.add_error(None, "This actor changed after you opened the page: look again.")
        except ValidationError as error:
            add_service_errors(form, error)
    if not form.is_valid():
        return _actor_page(request, actor, ActorEditForm.of(actor), merge_form=form, status=400)
    messages.success(request, f"{absorb.name} merged into {actor.name}.")
    return redirect("actor_detail", actor.pk)


def _actor_or_404(actor_id: int) -> Actor:
    actor = actor_with_offices(actor_id)
    if actor is None:
        raise Http404("No such actor.")
    return actor


def _actor_page(
    request, actor, form, *, office_form=None, merge_form=None, stale=None, status=200
) -> HttpResponse:
    parties = list(Party.objects.only("name"))
    offices = [
        office_form
        if office_form and office_form.office == office
        else OfficeForm.of(office, parties)
        for office in actor.offices.all()
    ]
    new_office = office_form if office_form and office_form.office is None else None
    context = {
        "actor": actor,
        "form": form,
        "office_forms": offices,
        "new_office_form": new_office or OfficeForm(parties=parties),
        "merge_form": merge_form or ActorMergeForm(initial={"version": actor.version}),
        "entries": history_of(actor),
        "item": actor,
        "kind": "actor",
        "may_revert": True,
        "stale": stale,
        "meanwhile": stale.changes_meanwhile() if stale else [],
    }
    return render(request, "positions/actor_detail.html", context, status=status)


@editors_only
@require_safe
def party_list(request: HttpRequest) -> HttpResponse:
    """Every party with its colour and how many offices speak for it."""
    return render(
        request, "positions/party_list.html", {"page": parties_page(after=_cursor(request))}
    )


@permission_required("positions.change_party", raise_exception=True)
@editors_only
@require_http_methods(["GET", "HEAD", "POST"])
def party_edit_view(request: HttpRequest, slug: str) -> HttpResponse:
    """Correct a party's name, colour and other names."""
    party = get_object_or_404(Party, slug=slug)
    if request.method != "POST":
        return render(
            request, "positions/party_edit.html", {"party": party, "form": PartyEditForm.of(party)}
        )
    form = PartyEditForm(request.POST)
    if form.is_valid():
        try:
            party_edit(party=party, editor=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
    if not form.is_valid():
        return render(
            request, "positions/party_edit.html", {"party": party, "form": form}, status=400
        )
    messages.success(request, f"{form.cleaned_data['name']} saved.")
    return redirect("party_list")
