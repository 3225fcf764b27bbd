"""The review queue: suggested quotes, least sure first."""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from articles.models import Article, Source
from config.keyset import read_token, rows_after
from positions.models import Negotiation, Party, Quote, ReviewState

REVIEW_PAGE = 30


@dataclass(frozen=True)
class ReviewCursor:
    """Where a page of the queue ended: the last quote's confidence and id."""

    confidence: float
    quote_id: int

    def __str__(self) -> str:
        return f"{self.confidence!r}_{self.quote_id}"

    @classmethod
    def parse(cls, token: str | None) -> "ReviewCursor | None":
        """None for a missing or mangled token: the queue then starts from the top."""
        values = read_token(token, float, int, sep="_")
        return cls(*values) if values else None

    def following(self) -> Q:
        return rows_after(("confidence", "pk"), (self.confidence, self.quote_id))


@dataclass(frozen=True)
class ReviewFilters:
    """What an editor narrowed the queue to: one article, outlet, party or stance; None or
    an empty stance leaves that side open."""

    article: Article | None = None
    source: Source | None = None
    party: Party | None = None
    stance: str = ""

    def narrow(self, quotes):
        if self.article is not None:
            quotes = quotes.filter(article=self.article)
        if self.source is not None:
            quotes = quotes.filter(article__source=self.source)
        if self.party is not None:
            quotes = quotes.filter(party=self.party)
        if self.stance:
            quotes = quotes.filter(stance=self.stance)
        return quotes


NO_FILTERS = ReviewFilters()


@dataclass
class ReviewPage:
    quotes: list[Quote]
    next_after: ReviewCursor | None


def review_queue(
    *,
    negotiation: Negotiation | None,
    filters: ReviewFilters = NO_FILTERS,
    after: ReviewCursor | None = None,
) -> ReviewPage:
    """A page of the quotes the extractor suggested and no editor has judged, lowest
    confidence first, from articles on the negotiation; three queries."""
    suggested = Quote.objects.filter(review_state=ReviewState.SUGGESTED)
    quotes = filters.narrow(_on_negotiation(suggested, negotiation))
    if after is not None:
        quotes = quotes.filter(after.following())
    found = list(
        quotes.select_related("article__source", "actor", "party")
        .defer("article__body", "article__near_duplicate_signature")
        .prefetch_related("issues")
        .order_by("confidence", "pk")[: REVIEW_PAGE + 1]
    )
    more = len(found) > REVIEW_PAGE
    found = found[:REVIEW_PAGE]
    last = found[-1] if more else None
    return ReviewPage(found, ReviewCursor(last.confidence, last.pk) if last else None)


# Progress counts stop here: the queue says "1000+ left" rather than count a backlog exactly.
PROGRESS_CAP = 1000


@dataclass(frozen=True)
class ReviewProgress:
    """Today's work on the queue: quotes judged since midnight, and how many still wait."""

    reviewed_today: int
    waiting: int

    @property
    def total(self) -> int:
        return self.reviewed_today + self.waiting

    @property
    def capped(self) -> bool:
        return PROGRESS_CAP in (self.reviewed_today, self.waiting)


def review_progress(
    *, negotiation: Negotiation | None, filters: ReviewFilters = NO_FILTERS
) -> ReviewProgress:
    """How far the queue, as filtered, got today ("37 of 120 reviewed"); two counts, each
    stopping at PROGRESS_CAP."""
    midnight = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    quotes = filters.narrow(_on_negotiation(Quote.objects.order_by(), negotiation))
    judged = quotes.filter(reviewed_at__gte=midnight).exclude(review_state=ReviewState.SUGGESTED)
    waiting = quotes.filter(review_state=ReviewState.SUGGESTED)
    return ReviewProgress(
        reviewed_today=judged[:PROGRESS_CAP].count(), waiting=waiting[:PROGRESS_CAP].count()
    )


def review_outlets(negotiation: Negotiation | None) -> list[Source]:
    """The outlets of the negotiation's articles, by name, for the queue's outlet filter."""
    sources = Source.objects.only("slug", "name").order_by("name")
    if negotiation is None:
        return list(sources)
    on_negotiation = Article.negotiations.through.objects.filter(
        article__source=OuterRef("pk"), negotiation=negotiation
    )
    return list(sources.filter(Exists(on_negotiation)))


def _on_negotiation(quotes, negotiation: Negotiation | None):
    if negotiation is None:
        return quotes
    on_negotiation = Article.negotiations.through.objects.filter(
        article_id=OuterRef("article_id"), negotiation=negotiation
    )
    return quotes.filter(Exists(on_negotiation))
