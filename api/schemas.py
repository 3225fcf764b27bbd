"""What the API answers, as typed schemas: its OpenAPI document is generated from these."""

from datetime import date, datetime
from typing import Literal

from ninja import Schema

from api.pagination import PageLinks


class Named(Schema):
    """A party, actor, issue or outlet as other objects refer to it."""

    slug: str
    name: str


class NegotiationOut(Schema):
    slug: str
    name: str
    description: str
    starts_on: date | None
    ends_on: date | None
    parties: list[Named]


class PartyOut(Schema):
    slug: str
    name: str
    colour: str
    aliases: list[str]


class OfficeOut(Schema):
    title: str
    party: Named | None
    starts_on: date | None
    ends_on: date | None


class ActorOut(Schema):
    slug: str
    name: str
    kind: Literal["official", "spokesperson", "expert", "journalist", "other"]
    aliases: list[str]
    description: str
    offices: list[OfficeOut]


class IssueOut(Schema):
    slug: str
    name: str
    description: str
    keywords: list[str]


class SourceOut(Schema):
    slug: str
    name: str


class ArticleOut(Schema):
    id: int
    title: str
    url: str
    source: SourceOut | None
    published_on: date | None
    date_inferred: bool
    dateline_place: str
    language: str
    status: Literal["received", "parsing", "parsed", "failed", "duplicate"]
    withdrawn: bool
    quote_count: int
    created_at: datetime
    page: str


class QuoteArticle(Schema):
    id: int
    title: str
    url: str
    published_on: date | None
    source: SourceOut | None


Stance = Literal["demand", "offer", "accept", "reject", "concede", "warn", "assess"]


class QuoteOut(Schema):
    id: int
    text: str
    kind: Literal["direct", "indirect"]
    speaker_name: str
    speaker_as_written: str
    actor: Named | None
    party: Named | None
    issues: list[Named]
    stance: Stance | Literal[""]
    said_on: date | None
    review_state: Literal["suggested", "confirmed"]
    article: QuoteArticle
    page: str


class EvidenceOut(Schema):
    id: int
    text: str
    said_on: date | None
    speaker_name: str
    article_id: int


class ResponseOut(Schema):
    id: int
    party: Named
    kind: Literal["reject", "accept", "counter-offer", "conditional", "ignore"]
    summary: str
    responded_on: date | None
    evidence: list[EvidenceOut]


class DemandOut(Schema):
    id: int
    kind: Literal["demand", "offer"]
    summary: str
    description: str
    party: Named
    addressee: Named | None
    issue: Named
    first_raised_on: date | None
    last_touched: date | None
    status: Literal["open", "rejected", "partly_met", "met", "withdrawn"]
    status_reason: str
    evidence: list[EvidenceOut]
    responses: list[ResponseOut]
    page: str


class CellOut(Schema):
    party: str
    stance: Stance | Literal[""]
    said_on: date | None
    previous_stance: Stance | Literal[""]
    shifted: bool
    evidence: int
    evidence_capped: bool
    suggested: bool
    pinned: bool
    summary: str
    quote_id: int | None


class MatrixRowOut(Schema):
    issue: Named
    deadlocked: bool
    converging: bool
    cells: list[CellOut]


class MatrixOut(Schema):
    negotiation: str
    as_of: date | None
    parties: list[Named]
    rows: list[MatrixRowOut]


class NegotiationPage(PageLinks):
    results: list[NegotiationOut]


class PartyPage(PageLinks):
    results: list[PartyOut]


class ActorPage(PageLinks):
    results: list[ActorOut]


class IssuePage(PageLinks):
    results: list[IssueOut]


class ArticlePage(PageLinks):
    results: list[ArticleOut]


class QuotePage(PageLinks):
    results: list[QuoteOut]


class DemandPage(PageLinks):
    results: list[DemandOut]
