"""The review queue: suggested quotes, least sure first."""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q

from articles.models import Article
from config.keyset import read_token, rows_after
from positions.models import Negotiation, Quote, ReviewState

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


@dataclass
class ReviewPage:
    quotes: list[Quote]
    next_after: ReviewCursor | None


def review_queue(
    *, negotiation: Negotiation | None, after: ReviewCursor | None = None
) -> ReviewPage:
    """A page of the quotes the extractor suggested and no editor has judged, lowest
    confidence first, from articles on the negotiation; three queries."""
    quotes = Quote.objects.filter(review_state=ReviewState.SUGGESTED)
    if negotiation is not None:
        on_negotiation = Article.negotiations.through.objects.filter(
            article_id=OuterRef("article_id"), negotiation=negotiation
        )
        quotes = quotes.filter(Exists(on_negotiation))
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
