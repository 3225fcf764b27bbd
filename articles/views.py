from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from articles.forms import OutletForm, RestoreForm, UploadForm, WithdrawForm, outlet_initial
from articles.highlight import highlighted_paragraphs
from articles.models import Article, Source
from articles.queries import (
    article_for_reader,
    article_list_page,
    article_quotes,
    article_raw_download,
    articles_by_ids,
    outlet_page,
)
from articles.services import (
    article_request_reparse,
    article_restore,
    article_withdraw,
    articles_upload,
    source_create,
    source_edit,
)
from articles.uploads import refused_uploads
from config.forms import add_service_errors
from config.htmx import wants_partial

# Tells htmx to stop polling: everything it watched has finished.
HTMX_STOP_POLLING = 286
PENDING = {Article.Status.RECEIVED, Article.Status.PARSING}


def _int_or_none(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


@require_safe
@vary_on_headers("HX-Request")
def article_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    page = article_list_page(
        negotiation=request.negotiation or None,
        status=status if status in Article.Status.values else "",
        after=_int_or_none(request.GET.get("after")),
    )
    template = "articles/article_list.html" + ("#rows" if wants_partial(request) else "")
    context = {"page": page, "status": status, "statuses": Article.Status.choices}
    return render(request, template, context)


@permission_required("articles.add_article", raise_exception=True)
@require_http_methods(["GET", "HEAD", "POST"])
def article_new(request: HttpRequest) -> HttpResponse:
    files = request.FILES  # reading the body first lets the upload handler note refused files
    form = UploadForm(
        request.POST if request.method == "POST" else None,
        files if request.method == "POST" else None,
        refused=refused_uploads(request),
        initial=_upload_initial(request),
    )
    if request.method == "POST" and form.is_valid():
        receipts = articles_upload(**form.cleaned_data, uploaded_by=request.user)
        return _after_upload(request, receipts)
    status = 400 if form.is_bound else 200
    return render(request, "articles/article_new.html", {"form": form}, status=status)


def article_new_refused(request: HttpRequest, refusal: str) -> HttpResponse:
    """The upload page, its form empty, saying why a whole upload was refused."""
    form = UploadForm(initial=_upload_initial(request))
    context = {"form": form, "refusal": refusal}
    return render(request, "articles/article_new.html", context, status=400)


def _upload_initial(request: HttpRequest) -> dict:
    return {"negotiations": [request.negotiation] if request.negotiation else []}


def _after_upload(request: HttpRequest, receipts) -> HttpResponse:
    if len(receipts) == 1 and not receipts[0].created:
        messages.info(request, "This exact file was uploaded before: here it is.")
        return redirect("article_detail", pk=receipts[0].article.pk)
    query = urlencode([("id", receipt.article.pk) for receipt in receipts])
    return redirect(f"{reverse('article_uploads')}?{query}")


@require_safe
@vary_on_headers("HX-Request")
def article_uploads(request: HttpRequest) -> HttpResponse:
    """Each article of an upload with its live status; polling stops when all are done."""
    ids = [pk for pk in map(_int_or_none, request.GET.getlist("id")) if pk is not None][:100]
    articles = articles_by_ids(ids)
    pending = any(article.status in PENDING for article in articles)
    if wants_partial(request):
        status = 200 if pending else HTMX_STOP_POLLING
        return render(
            request,
            "articles/article_uploads.html#statuses",
            {"articles": articles, "pending": pending},
            status=status,
        )
    return render(
        request, "articles/article_uploads.html", {"articles": articles, "pending": pending}
    )


@require_safe
@vary_on_headers("HX-Request")
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = article_for_reader(pk)
    if article is None:
        raise Http404("No such article.")
    pending = article.status in PENDING
    if wants_partial(request):
        return render(
            request,
            "articles/article_detail.html#outcome",
            {"article": article, "pending": pending},
            status=200 if pending else HTMX_STOP_POLLING,
        )
    quotes = article_quotes(article)
    context = {
        "article": article,
        "pending": pending,
        "quotes": quotes,
        "paragraphs": highlighted_paragraphs(article.body, quotes),
        "withdrawal_form": RestoreForm() if article.is_withdrawn else WithdrawForm(),
        # A quote just tagged by hand, highlighted in the text and the list.
        "tagged": _int_or_none(request.GET.get("tagged")),
    }
    return render(request, "articles/article_detail.html", context)


@require_safe
def article_raw(request: HttpRequest, pk: int) -> HttpResponse:
    raw = article_raw_download(pk)
    if raw is None:
        raise Http404("This article has no upload yet.")
    # Served as an opaque download, never rendered: an uploaded page may carry scripts.
    response = HttpResponse(bytes(raw.content), content_type="application/octet-stream")
    # `filename*` carries any name (Cyrillic, quotes) intact; `filename` an ASCII fallback.
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=raw.filename or f"article-{pk}"
    )
    return response


@permission_required("articles.change_article", raise_exception=True)
@require_POST
def article_reparse(request: HttpRequest, pk: int) -> HttpResponse:
    article = Article.objects.filter(pk=pk).first()
    if article is None:
        raise Http404("No such article.")
    if article_request_reparse(article=article):
        messages.success(request, "Parsing again. Quotes an editor has touched are kept.")
    else:
        messages.info(request, "This article is already waiting for a worker or being parsed.")
    return redirect("article_detail", pk=pk)


@permission_required("articles.change_article", raise_exception=True)
@require_POST
def article_withdraw_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Withdraw the article, saying why: kept, but its quotes no longer count."""
    return _withdrawal(request, pk, WithdrawForm, article_withdraw, "Article withdrawn.")


@permission_required("articles.change_article", raise_exception=True)
@require_POST
def article_restore_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Bring a withdrawn article back: its quotes count again."""
    return _withdrawal(request, pk, RestoreForm, article_restore, "Article restored.")


def _withdrawal(request: HttpRequest, pk: int, form_class, service, done: str) -> HttpResponse:
    article = Article.objects.filter(pk=pk).only("pk").first()
    if article is None:
        raise Http404("No such article.")
    form = form_class(request.POST)
    if not form.is_valid():
        messages.error(request, "Nothing changed: say why, in a few words.")
        return redirect("article_detail", pk)
    try:
        service(article=article, editor=request.user, reason=form.cleaned_data["reason"])
    except ValidationError as error:
        messages.error(request, "Nothing changed: " + " ".join(error.messages))
    else:
        messages.success(request, done)
    return redirect("article_detail", pk)


@permission_required("articles.change_source", raise_exception=True)
@require_safe
def outlet_list(request: HttpRequest) -> HttpResponse:
    """Every outlet by name, page by page."""
    page = outlet_page(after=_int_or_none(request.GET.get("after")))
    return render(request, "articles/outlets.html", {"page": page})


@permission_required("articles.add_source", raise_exception=True)
@require_http_methods(["GET", "HEAD", "POST"])
def outlet_new(request: HttpRequest) -> HttpResponse:
    form = OutletForm(request.POST if request.method == "POST" else None)
    return _outlet_form_page(request, form, "New outlet", lambda values: source_create(**values))


@permission_required("articles.change_source", raise_exception=True)
@require_http_methods(["GET", "HEAD", "POST"])
def outlet_change(request: HttpRequest, source_id: int) -> HttpResponse:
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        raise Http404("No such outlet.")
    data = request.POST if request.method == "POST" else None
    form = OutletForm(data, initial=outlet_initial(source))
    title = f"Edit {source.name}"
    return _outlet_form_page(
        request, form, title, lambda values: source_edit(source=source, **values)
    )


def _outlet_form_page(request: HttpRequest, form: OutletForm, title: str, save) -> HttpResponse:
    if form.is_valid():
        try:
            source = save(form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Outlet “{source.name}” saved.")
            return redirect("outlet_list")
    context = {"form": form, "title": title, "back": reverse("outlet_list")}
    return render(
        request, "positions/editor_form.html", context, status=400 if form.errors else 200
    )
