from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery

from articles.models import Article, Source
from config.keyset import rows_after

ARTICLES_PER_PAGE = 50


def _with_quote_counts(articles: QuerySet) -> QuerySet:
    return articles.annotate(
        quote_count=Count("quotes", distinct=True),
        named_quote_count=Count("quotes", filter=~Q(quotes__speaker_name=""), distinct=True),
    )


def negotiations_to_bear_on() -> QuerySet:
    """Every negotiation an article may bear on, for the upload form and the admin.

    Negotiations live in positions, which builds on articles and declares the link
    (`Negotiation.articles`); articles reach them through its reverse side,
    `Article.negotiations`, instead of importing positions.
    """
    return Article._meta.get_field("negotiations").related_model.objects.all()


def article_list_page(
    *,
    negotiation=None,
    status: str = "",
    after: int | None = None,
    per_page: int | None = None,
) -> dict:
    """One page of articles, newest upload first, continuing after the article id `after`;
    ARTICLES_PER_PAGE of them unless `per_page` says otherwise."""
    per_page = per_page or ARTICLES_PER_PAGE
    articles = Article.objects.select_related("source").defer("body", "near_duplicate_signature")
    if negotiation is not None:
        articles = articles.filter(negotiations=negotiation)
    if status:
        articles = articles.filter(status=status)
    if after is not None:
        articles = articles.filter(rows_after(("-pk",), (after,)))
    rows = list(_with_quote_counts(articles).order_by("-pk")[: per_page + 1])
    has_more = len(rows) > per_page
    rows = rows[:per_page]
    return {"articles": rows, "next_after": rows[-1].pk if has_more else None}


def articles_by_ids(ids: list[int]) -> list[Article]:
    """The articles of one upload, in the order they were sent, with their outcome counts."""
    found = {
        article.pk: article
        for article in _with_quote_counts(
            Article.objects.filter(pk__in=ids).select_related("raw", "duplicate_of")
        ).defer("body", "near_duplicate_signature", "raw__content")
    }
    return [found[pk] for pk in ids if pk in found]


def article_for_reader(pk: int) -> Article | None:
    return (
        _with_quote_counts(Article.objects.filter(pk=pk))
        .select_related("source", "raw", "duplicate_of", "uploaded_by")
        .defer("raw__content", "near_duplicate_signature")
        .prefetch_related("negotiations", "near_duplicates")
        .first()
    )


def article_quotes(article: Article) -> list:
    """The article's quotes in reading order, each with how many other articles report it
    (`other_reports`) and the outlet that reported it first (`first_reported_by`).

    Quotes belong to positions, which builds on articles: they are reached through their
    relation to the article (`Article.quotes`, declared on Quote), not by importing them.
    """
    quotes = article.quotes.select_related("party", "actor").prefetch_related("issues")
    return list(quotes_with_reports(quotes).order_by("start"))


def quotes_with_reports(quotes: QuerySet) -> QuerySet:
    """The quotes, each annotated with `other_reports` and `first_reported_by` as the
    reader's quote cards show them (one query, whatever the number of quotes)."""
    every_quote = quotes.model.objects
    same_statement = every_quote.filter(corroboration_group=OuterRef("corroboration_group"))
    other_reports = (
        same_statement.exclude(article=OuterRef("article"))
        .values("corroboration_group")
        .annotate(n=Count("article", distinct=True))
        .values("n")
    )
    first_outlet = same_statement.order_by(
        F("article__published_on").asc(nulls_last=True), "article_id"
    ).values("article__source__name")
    return quotes.annotate(
        other_reports=Subquery(other_reports[:1]), first_reported_by=Subquery(first_outlet[:1])
    )


def article_raw_download(pk: int):
    """The raw upload's bytes and name, or None when there is none yet."""
    article = Article.objects.select_related("raw").filter(pk=pk).first()
    return article.raw if article is not None else None


OUTLETS_PER_PAGE = 100


def outlet_page(*, after: int | None = None) -> dict:
    """One page of outlets by name, continuing after the outlet `after` (names are unique,
    so the one after it by name is found in the same query)."""
    outlets = Source.objects.all()
    if after is not None:
        outlets = outlets.filter(
            name__gt=Subquery(Source.objects.filter(pk=after).values("name")[:1])
        )
    rows = list(outlets.order_by("name")[: OUTLETS_PER_PAGE + 1])
    has_more = len(rows) > OUTLETS_PER_PAGE
    rows = rows[:OUTLETS_PER_PAGE]
    return {"outlets": rows, "next_after": rows[-1].pk if has_more else None}
