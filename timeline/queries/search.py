"""Search: the quotes and articles of a negotiation that match a reader's words, best first.

On PostgreSQL the words are read as web search engines read them (websearch_to_tsquery:
"a phrase in quotes", plain words all required, -word excluded) and matched against the
stored search documents with their GIN indexes; matches are ranked with ts_rank and
their snippets marked by ts_headline. A person's name also finds what they said: quotes
by actors whose name or aliases contain the words rank above the rest. Elsewhere (SQLite)
a plain case-insensitive match stands in, newest first.

The newest few hundred matches of each kind are ranked, so a common word costs what
a rare one does; the reader pages through the best of those.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connections
from django.db.models import Case, F, FloatField, Q, QuerySet, Value, When
from django.utils.safestring import SafeString

from articles.models import Article
from config.search import (
    MARK_END,
    MARK_START,
    SEARCH_CONFIG,
    StoredDocument,
    marked_snippet,
    naive_snippet,
)
from positions.models import Actor, Negotiation, Quote
from timeline.queries import matching
from timeline.queries.matching import estimated_rows

QUOTES_PER_PAGE = 20
ARTICLES_SHOWN = 10


@dataclass(frozen=True)
class _Bounds:
    """How many of the newest matches are ranked, and how many of the newest rows a common
    word is looked for in before the index of every match is read instead."""

    candidates: int
    window: int


_QUOTE_BOUNDS = _Bounds(candidates=500, window=40_000)
_ARTICLE_BOUNDS = _Bounds(candidates=30, window=2_000)
# Pages of quotes a reader can go through: all of the ranked candidates.
MAX_PAGE = _QUOTE_BOUNDS.candidates // QUOTES_PER_PAGE
# A search the planner expects to match fewer rows than this reads the index of matches
# at once: walking the newest rows would find too few of them. The planner takes words
# as independent, so words that come together ("written guarantees") match some ten
# times more rows than it expects: for several words, the bar is lower.
_COMMON_MATCHES = 2000
_COMMON_MATCHES_OF_SEVERAL_WORDS = 200
# Actors whose names match beyond this many are too vague a match to lift anyone's quotes.
_MAX_SPEAKERS = 20
# A quote by a speaker the words name ranks this far above one that merely contains them.
_SPEAKER_BONUS = 1.0
_WORD = re.compile(r"\w[\w'’-]*")


@dataclass(frozen=True)
class QuoteHit:
    quote: Quote
    snippet: SafeString


@dataclass(frozen=True)
class ArticleHit:
    article: Article
    title: SafeString
    snippet: SafeString


@dataclass
class SearchResults:
    text: str
    quotes: list[QuoteHit]
    articles: list[ArticleHit]
    speakers: list[Actor]
    page: int
    has_more: bool

    @property
    def empty(self) -> bool:
        return not self.quotes and not self.articles


def search_results(*, negotiation: Negotiation | None, text: str, page: int = 1) -> SearchResults:
    """The negotiation's quotes (a page of them) and articles that match `text`, best first,
    with the actors the words name. Nine to eleven queries on PostgreSQL, four elsewhere;
    none for blank words or no negotiation."""
    text = text.strip()
    page = min(max(page, 1), MAX_PAGE)
    if negotiation is None or not _words(text):
        return SearchResults(text, [], [], [], page, False)
    speakers = _speakers_named(text)
    offset = (page - 1) * QUOTES_PER_PAGE
    quote_hits = quote_search(
        negotiation=negotiation,
        text=text,
        speakers=[s.pk for s in speakers],
        offset=offset,
        limit=QUOTES_PER_PAGE + 1,
    )
    article_hits = article_search(negotiation=negotiation, text=text) if page == 1 else []
    return SearchResults(
        text=text,
        quotes=quote_hits[:QUOTES_PER_PAGE],
        articles=article_hits,
        speakers=speakers,
        page=page,
        has_more=len(quote_hits) > QUOTES_PER_PAGE and page < MAX_PAGE,
    )


def quote_search(
    *, negotiation: Negotiation, text: str, speakers=(), offset: int = 0, limit: int
) -> list[QuoteHit]:
    """Quotes of the negotiation whose words or speaker match, ranked; quotes by `speakers`
    (actor ids) first. Three or four queries."""
    quotes = matching.quotes(negotiation)
    if not _is_postgres(quotes):
        return plain_quote_search(quotes, text=text, speakers=speakers, offset=offset, limit=limit)
    query = _query(text)
    saying = Q(document=query) | Q(actor_id__in=speakers)
    candidates = _newest_matches(quotes, saying, _QUOTE_BOUNDS, text=text, speakers=speakers)
    rank = SearchRank(StoredDocument(), query) + Case(
        When(actor_id__in=speakers, then=Value(_SPEAKER_BONUS)),
        default=Value(0.0),
        output_field=FloatField(),
    )
    ranked = (
        Quote.objects.filter(pk__in=candidates)
        .annotate(rank=rank)
        .order_by("-rank", F("said_on").desc(nulls_last=True), "-pk")
        .values_list("pk", flat=True)[offset : offset + limit]
    )
    keys = list(ranked)
    snippet = SearchHeadline(
        "text",
        query,
        config=SEARCH_CONFIG,
        start_sel=MARK_START,
        stop_sel=MARK_END,
        highlight_all=True,
    )
    shown = _quotes_shown(Quote.objects.annotate(snippet=snippet)).in_bulk(keys)
    return [QuoteHit(shown[pk], marked_snippet(shown[pk].snippet)) for pk in keys]


def plain_quote_search(
    quotes: QuerySet, *, text: str, speakers=(), offset: int = 0, limit: int
) -> list[QuoteHit]:
    """Without full-text search: quotes containing the words (or said by `speakers`),
    their speakers' first, then newest first. Two queries."""
    phrase = _phrase(text)
    matches = quotes.filter(
        Q(text__icontains=phrase) | Q(speaker_name__icontains=phrase) | Q(actor_id__in=speakers)
    )
    order = [F("said_on").desc(nulls_last=True), "-pk"]
    if speakers:
        matches = matches.annotate(
            by_speaker=Case(When(actor_id__in=speakers, then=Value(1)), default=Value(0))
        )
        order.insert(0, "-by_speaker")
    keys = list(matches.order_by(*order).values_list("pk", flat=True)[offset : offset + limit])
    shown = _quotes_shown(Quote.objects.all()).in_bulk(keys)
    words = [phrase]
    return [QuoteHit(shown[pk], naive_snippet(shown[pk].text, words, width=10_000)) for pk in keys]


def article_search(*, negotiation: Negotiation, text: str) -> list[ArticleHit]:
    """The negotiation's articles whose headline or text match, best first. Three or four
    queries."""
    articles = Article.objects.filter(negotiations=negotiation, withdrawn_at__isnull=True)
    if not _is_postgres(articles):
        return plain_article_search(articles, text=text)
    query = _query(text)
    candidates = _newest_matches(articles, Q(document=query), _ARTICLE_BOUNDS, text=text)
    keys = list(
        Article.objects.filter(pk__in=candidates)
        .annotate(rank=SearchRank(StoredDocument(), query))
        .order_by("-rank", F("published_on").desc(nulls_last=True), "-pk")
        .values_list("pk", flat=True)[:ARTICLES_SHOWN]
    )
    marks = {"config": SEARCH_CONFIG, "start_sel": MARK_START, "stop_sel": MARK_END}
    shown = (
        _articles_shown(Article.objects.all())
        .annotate(
            title_marked=SearchHeadline("title", query, highlight_all=True, **marks),
            snippet=SearchHeadline(
                "body",
                query,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
                **marks,
            ),
        )
        .in_bulk(keys)
    )
    return [
        ArticleHit(
            shown[pk], marked_snippet(shown[pk].title_marked), marked_snippet(shown[pk].snippet)
        )
        for pk in keys
    ]


def plain_article_search(articles: QuerySet, *, text: str) -> list[ArticleHit]:
    """Without full-text search: articles whose headline or text contain the words."""
    phrase = _phrase(text)
    found = _articles_shown(
        articles.filter(Q(title__icontains=phrase) | Q(body__icontains=phrase))
    ).order_by(F("published_on").desc(nulls_last=True), "-pk")[:ARTICLES_SHOWN]
    words = [phrase]
    return [
        ArticleHit(a, naive_snippet(a.title, words, width=10_000), naive_snippet(a.body, words))
        for a in found
    ]


def _newest_matches(
    rows: QuerySet, matching: Q, bounds: _Bounds, *, text: str, speakers=()
) -> list[int]:
    """The ids of the newest matching rows, up to `bounds.candidates`, found one of two ways.

    A word the planner expects to be common is looked for along the date index among the
    newest `bounds.window` rows, which stops as soon as enough match. Otherwise, or when
    too few of those match, the GIN index lists every match and the newest are kept. The
    planner cannot make this choice itself: it misjudges how common a phrase is, and a
    walk for a rare word would read every row. Three queries at most.
    """
    date_field = "said_on" if rows.model is Quote else "published_on"
    matches = rows.alias(document=StoredDocument()).filter(matching)
    common = _COMMON_MATCHES if len(_words(text)) == 1 else _COMMON_MATCHES_OF_SEVERAL_WORDS
    if estimated_rows(matches) >= common:
        found = _newest_in_window(rows, bounds, date_field, text=text, speakers=speakers)
        if len(found) == bounds.candidates:
            return found
    newest_first = matches.order_by(f"-{date_field}", "-pk")
    return list(newest_first.values_list("pk", flat=True)[: bounds.candidates])


def _newest_in_window(
    rows: QuerySet, bounds: _Bounds, date_field: str, *, text: str, speakers=()
) -> list[int]:
    # A LIMIT inside (the window) and one outside (the candidates), which the ORM cannot
    # nest: the window's SQL is Django's, the test around it is written here.
    newest = rows.annotate(found_by=StoredDocument()).order_by(f"-{date_field}", "-pk")
    columns = ("id", "found_by", "actor_id") if speakers else ("id", "found_by")
    window, params = newest.values(*columns)[: bounds.window].query.sql_with_params()
    by_speaker = ' OR recent."actor_id" = ANY(%s)' if speakers else ""
    sql = (
        f"SELECT recent.id FROM ({window}) recent WHERE recent.found_by @@ "
        f"websearch_to_tsquery(%s::regconfig, %s){by_speaker} LIMIT %s"
    )
    extra = [SEARCH_CONFIG, text, *([list(speakers)] if speakers else []), bounds.candidates]
    with connections[rows.db].cursor() as cursor:
        cursor.execute(sql, [*params, *extra])
        return [pk for (pk,) in cursor.fetchall()]


def _speakers_named(text: str) -> list[Actor]:
    """Actors whose name or one of their aliases contains the words as typed."""
    phrase = _phrase(text)
    if len(phrase) < 3:
        return []
    found = list(
        Actor.objects.filter(Q(name__icontains=phrase) | Q(aliases__icontains=phrase))
        .only("name", "slug")
        .order_by("name")[: _MAX_SPEAKERS + 1]
    )
    return found if len(found) <= _MAX_SPEAKERS else []


def _quotes_shown(quotes: QuerySet) -> QuerySet:
    return quotes.select_related("article__source", "party", "actor").only(
        *matching.QUOTE_FIELDS, "article_id"
    )


def _articles_shown(articles: QuerySet) -> QuerySet:
    return articles.select_related("source").only(
        "title", "body", "url", "published_on", "source__name", "source__slug"
    )


def _query(text: str) -> SearchQuery:
    return SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")


def _is_postgres(rows: QuerySet) -> bool:
    return connections[rows.db].vendor == "postgresql"


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _phrase(text: str) -> str:
    """The words as typed, without search syntax: quotes and leading minus signs."""
    return " ".join(word.lstrip("-") for word in text.replace('"', " ").split())
