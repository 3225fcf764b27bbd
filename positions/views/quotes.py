"""Editors' corrections of a quote in place: the editor swaps in for the item wherever the
quote appears, and a save swaps the item back, re-rendered with what was saved.

`place` says which item the editor stands in for, so the same form serves the review queue
and the quote's page; without htmx the editor is a page of its own.
"""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods
from django.views.decorators.vary import vary_on_headers

from config.forms import add_service_errors
from config.htmx import wants_partial
from positions.editing import StaleQuote, quote_edit
from positions.forms import QuoteEditForm
from positions.models import Quote, Stance

# Where an inline editor may stand, and the item it swaps back to once saved or cancelled.
ITEM_TEMPLATES = {
    "review": "positions/_review_item.html",
    "page": "timeline/quote_detail.html#quote-card",
}
ITEM_IDS = {"review": "review-{pk}", "page": "quote-card"}
SAVED = "Quote saved."


@permission_required("positions.change_quote", raise_exception=True)
@require_http_methods(["GET", "HEAD", "POST"])
@vary_on_headers("HX-Request")
def quote_edit_form(request: HttpRequest, quote_id: int) -> HttpResponse:
    """GET: the editor for one quote (`?cancel` gives the item back unchanged). POST: save
    through `quote_edit`; a stale version answers 409 with the other editor's changes."""
    quote = _quote_or_404(quote_id)
    place = request.GET.get("place") if request.GET.get("place") in ITEM_TEMPLATES else "page"
    if request.method != "POST":
        if "cancel" in request.GET:
            return _item(request, quote, place)
        return _editor(request, QuoteEditForm.of(quote), quote, place)
    form = QuoteEditForm(request.POST, quote=quote)
    if not form.is_valid():
        return _editor(request, form, quote, place, status=400)
    try:
        saved = quote_edit(quote=quote, editor=request.user, **form.cleaned_data)
    except StaleQuote as stale:
        return _conflict(request, form, stale, place)
    except ValidationError as error:
        add_service_errors(form, error)
        return _editor(request, form, quote, place, status=400)
    return _saved(request, saved, place)


def _quote_or_404(quote_id: int) -> Quote:
    """The quote with what its item and editor show, in a fixed number of queries."""
    quote = (
        Quote.objects.select_related("article__source", "actor", "party", "reviewed_by")
        .defer("article__near_duplicate_signature")
        .prefetch_related("issues__negotiation")
        .filter(pk=quote_id)
        .first()
    )
    if quote is None:
        raise Http404("No such quote.")
    return quote


def _editor(request, form, quote, place, *, status=200, conflict=None) -> HttpResponse:
    context = {
        "form": form,
        "quote": quote,
        "place": place,
        "item_id": ITEM_IDS[place].format(pk=quote.pk),
        "conflict": conflict,
        "words": _words_around(quote),
    }
    template = "positions/quote_edit.html" + ("#quote-editor" if wants_partial(request) else "")
    return render(request, template, context, status=status)


def _item(request, quote, place, *, status=200) -> HttpResponse:
    if not wants_partial(request):
        return redirect(_item_address(request, quote, place))
    return render(request, ITEM_TEMPLATES[place], {"quote": quote, "edited": True}, status=status)


def _saved(request, quote, place) -> HttpResponse:
    if not wants_partial(request):
        messages.success(request, SAVED)
    return _item(request, _quote_or_404(quote.pk), place)


def _item_address(request, quote, place) -> str:
    if place == "review":
        query = f"?negotiation={request.negotiation.slug}" if request.negotiation else ""
        return reverse("review") + query + f"#review-{quote.pk}"
    return reverse("quote_detail", args=[quote.pk])


def _conflict(request, form, stale: StaleQuote, place) -> HttpResponse:
    """The editor again with the editor's own values kept, the other editor's changes
    beside them, and the current version: one click saves theirs over.
    """
    data = request.POST.copy()
    data[form.add_prefix("version")] = stale.current.version
    mine = QuoteEditForm(data, quote=stale.current)
    mine.is_valid()
    changes = [
        (entry, [(change, _shown_mine(form, change.field)) for change in entry.changes])
        for entry in stale.changes_meanwhile()
    ]
    quote = _quote_or_404(stale.current.pk)
    return _editor(request, mine, quote, place, status=409, conflict=changes)


def _shown_mine(form: QuoteEditForm, field: str) -> str:
    """The editor's own value of a field another editor changed, as the history shows values
    ("" for a field the editor does not set, such as the words a span holds)."""
    if field not in form.fields or field == "version":
        return ""
    value = form.cleaned_data.get(field)
    if field == "issues":
        return ", ".join(sorted(str(issue) for issue in value)) or "—"
    if field == "stance":
        return str(dict(Stance.choices).get(value, "—"))
    if field == "kind":
        return str(dict(Quote.Kind.choices).get(value, value))
    if field == "said_on":
        return f"{value:%d %b %Y}" if value else "—"
    return "—" if value is None else str(value)


# How many characters of the article either side of the span the editor shows.
CONTEXT_CHARS = 240


def _words_around(quote: Quote) -> dict:
    body = quote.article.body
    start, end = quote.start, quote.end
    return {
        "before": body[max(0, start - CONTEXT_CHARS) : start],
        "span": body[start:end],
        "after": body[end : end + CONTEXT_CHARS],
    }
