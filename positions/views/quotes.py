"""Editors' corrections of a quote in place: the editor swaps in for the item wherever the
quote appears, and a save swaps the item back, re-rendered with what was saved.

`place` says which item the editor stands in for (the review queue, the quote's page, the
timeline, the matrix's cell panel, the reader), so one form serves them all; without htmx
the editor is a page of its own, and `next` says where to go back to.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import trigger_client_event

from articles.highlight import highlighted_paragraphs
from articles.queries import article_quotes, quotes_with_reports
from config.forms import add_service_errors
from config.htmx import wants_partial
from positions.editing import StaleQuote, quote_edit
from positions.forms import QuoteEditForm
from positions.models import Quote, Stance


@dataclass(frozen=True)
class Place:
    """Where an inline editor may stand: the item it swaps back to once saved or cancelled
    (its template, its element's id) and, without htmx, the page to go back to."""

    template: str
    item_id: str
    anchor: str = ""  # the item's id on the page `next` names, to scroll back to it
    in_list: bool = False  # the item is a list's entry, so the editor is one too


PLACES = {
    "review": Place("positions/_review_item.html", "review-{pk}"),
    "page": Place("timeline/quote_detail.html#quote-card", "quote-card"),
    "timeline": Place("timeline/_quote_item.html", "quote-{pk}", "#quote-{pk}", in_list=True),
    "matrix": Place(
        "positions/_cell_quote.html", "cell-quote-{pk}", "#cell-quote-{pk}", in_list=True
    ),
    "reader": Place("articles/_quote_card.html", "quote-card-{pk}", "#quote-card-{pk}"),
}
SAVED = "Quote saved."
# Tells the matrix and its cell panel that a quote changed, so they redraw what it moved.
QUOTE_EDITED = "quoteEdited"


@permission_required("positions.change_quote", raise_exception=True)
@require_http_methods(["GET", "HEAD", "POST"])
@vary_on_headers("HX-Request")
def quote_edit_form(request: HttpRequest, quote_id: int) -> HttpResponse:
    """GET: the editor for one quote (`?cancel` gives the item back unchanged). POST: save
    through `quote_edit`; a stale version answers 409 with the other editor's changes."""
    place = request.GET.get("place") if request.GET.get("place") in PLACES else "page"
    quote = _quote_or_404(quote_id, place)
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


def _quote_or_404(quote_id: int, place: str) -> Quote:
    """The quote with what its item and editor show, in a fixed number of queries."""
    quotes = (
        Quote.objects.select_related("article__source", "actor", "party", "reviewed_by")
        .defer("article__near_duplicate_signature")
        .prefetch_related("issues__negotiation")
        .filter(pk=quote_id)
    )
    if place == "reader":
        quotes = quotes_with_reports(quotes)
    quote = quotes.first()
    if quote is None:
        raise Http404("No such quote.")
    return quote


def _editor(request, form, quote, place, *, status=200, conflict=None) -> HttpResponse:
    back = _back(request)
    context = {
        "form": form,
        "quote": quote,
        "place": place,
        "place_query": urlencode({"place": place, **({"next": back} if back else {})}),
        "back_url": _item_address(request, quote, place),
        "item_id": PLACES[place].item_id.format(pk=quote.pk),
        "in_list": PLACES[place].in_list,
        "conflict": conflict,
        "words": _words_around(quote),
    }
    template = "positions/quote_edit.html" + ("#quote-editor" if wants_partial(request) else "")
    return render(request, template, context, status=status)


def _item(request, quote, place, *, status=200) -> HttpResponse:
    if not wants_partial(request):
        return redirect(_item_address(request, quote, place))
    back = _back(request) or _item_address(request, quote, place)
    context = {"quote": quote, "edited": True, "back": back, **_item_context(request, quote, place)}
    return render(request, PLACES[place].template, context, status=status)


def _item_context(request, quote, place) -> dict:
    """What an item needs besides its quote: the timeline's links keep the negotiation,
    and the reader redraws the article's text with the quote's new mark."""
    if place == "timeline":
        negotiation = request.negotiation
        return {
            "timeline_url": reverse("timeline"),
            "filters": urlencode({"negotiation": negotiation.slug}) if negotiation else "",
        }
    if place == "reader":
        quotes = article_quotes(quote.article)
        return {
            "article": quote.article,
            "paragraphs": highlighted_paragraphs(quote.article.body, quotes),
            "redraw_text": True,
        }
    return {}


def _saved(request, quote, place) -> HttpResponse:
    if not wants_partial(request):
        messages.success(request, SAVED)
    response = _item(request, _quote_or_404(quote.pk, place), place)
    # After the swap settles, so the panel redraws the item already saved and shown.
    return trigger_client_event(response, QUOTE_EDITED, after="settle")


def _back(request) -> str:
    """The page the editor came from, if it is one of ours (never a redirect elsewhere)."""
    back = request.GET.get("next", "")
    safe = back.startswith("/") and url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}
    )
    return back if safe else ""


def _item_address(request, quote, place) -> str:
    back = _back(request)
    if back and PLACES[place].anchor:
        return back.split("#")[0] + PLACES[place].anchor.format(pk=quote.pk)
    if place == "review":
        query = f"?negotiation={request.negotiation.slug}" if request.negotiation else ""
        return reverse("review") + query + f"#review-{quote.pk}"
    if place == "reader":
        return reverse("article_detail", args=[quote.article_id]) + f"#quote-card-{quote.pk}"
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
    quote = _quote_or_404(stale.current.pk, place)
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
