"""Tagging a quote by hand: an editor selects words in the reader, Parley proposes who said
them, the stance and the issues, and the editor confirms or changes them.

The reader asks for the form in place (`?start=&end=`, characters of the article's text);
without JavaScript it is a page of its own where the span is typed in.
"""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import reswap, retarget

from articles.highlight import highlighted_paragraphs
from articles.models import Article
from articles.queries import article_for_reader, article_quotes
from config.forms import add_service_errors
from config.htmx import wants_partial
from positions.editing import quote_create, quote_span_check
from positions.forms import QuoteTagForm, SpanForm
from positions.queries.proposals import proposal_for_span

TAGGED = "Quote saved: it is highlighted in the text."
# How many characters of the article either side of the selection the form shows.
CONTEXT_CHARS = 120


@permission_required("positions.add_quote", raise_exception=True)
@require_http_methods(["GET", "HEAD", "POST"])
@vary_on_headers("HX-Request")
def quote_new(request: HttpRequest, article_id: int) -> HttpResponse:
    """GET: the form for the selected span, filled in with Parley's proposal (`?cancel`
    gives back the reader's tagging prompt). POST: save through `quote_create`."""
    article = Article.objects.defer("near_duplicate_signature").filter(pk=article_id).first()
    if article is None:
        raise Http404("No such article.")
    if request.method == "POST":
        return _save(request, article)
    if "cancel" in request.GET and wants_partial(request):
        return render(request, "components/_tagger.html", {"article": article})
    if not request.GET.get("start") and not request.GET.get("end"):
        return _tagger(request, article, QuoteTagForm(article=article))
    span = SpanForm(request.GET)
    if not span.is_valid():
        return _refused(request, article, "Select the words in the article's text first.")
    start, end = span.span(article.body)
    try:
        quote_span_check(article=article, start=start, end=end)
    except ValidationError as error:
        return _refused(request, article, " ".join(error.messages))
    proposal = proposal_for_span(article=article, start=start, end=end)
    form = QuoteTagForm(article=article, initial=proposal.initial)
    return _tagger(request, article, form, proposal=proposal)


def _save(request: HttpRequest, article: Article) -> HttpResponse:
    form = QuoteTagForm(request.POST, article=article)
    if form.is_valid():
        try:
            quote = quote_create(article=article, editor=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return _tagged(request, quote)
    return _tagger(request, article, form, status=400)


def _tagger(request, article, form, *, proposal=None, status=200) -> HttpResponse:
    context = {
        "article": article,
        "form": form,
        "proposal": proposal,
        "words": _words(article, form),
    }
    template = "positions/quote_new.html" + ("#quote-tagger" if wants_partial(request) else "")
    return render(request, template, context, status=status)


def _refused(request, article, refusal: str) -> HttpResponse:
    context = {"article": article, "refusal": refusal}
    template = "positions/quote_new.html" + ("#quote-tagger" if wants_partial(request) else "")
    return render(request, template, context, status=400)


def _tagged(request, quote) -> HttpResponse:
    """The reader again, the new quote highlighted in the text and in the list."""
    if not wants_partial(request):
        messages.success(request, TAGGED)
        address = reverse("article_detail", args=[quote.article_id])
        return redirect(f"{address}?tagged={quote.pk}#quote-{quote.pk}")
    article = article_for_reader(quote.article_id)
    quotes = article_quotes(article)
    context = {
        "article": article,
        "quotes": quotes,
        "paragraphs": highlighted_paragraphs(article.body, quotes),
        "tagged": quote.pk,
    }
    response = render(request, "articles/article_detail.html#reader-columns", context)
    return reswap(retarget(response, "#reader-columns"), "outerHTML")


def _words(article: Article, form: QuoteTagForm) -> dict | None:
    """The selected words in their sentence's surroundings, as the form shows them."""
    values = form.cleaned_data if form.is_bound and hasattr(form, "cleaned_data") else form.initial
    start, end = values.get("start"), values.get("end")
    body = article.body
    if start is None or end is None or not 0 <= start < end <= len(body):
        return None
    return {
        "before": body[max(0, start - CONTEXT_CHARS) : start],
        "span": body[start:end],
        "after": body[end : end + CONTEXT_CHARS],
    }
