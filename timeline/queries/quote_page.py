"""A quote's own page, and its paragraph shown in place in the timeline."""

import datetime

from django.db.models import F, Prefetch, Q

from positions.models import Issue, Office, Quote

_CONTEXT_CHARS = 600


def quote_in_context(pk: int) -> dict | None:
    """A quote with the paragraph of its article around it, split at the quote's span."""
    quote = (
        Quote.objects.select_related("article")
        .only("text", "start", "end", "anchor_lost", "article__title", "article__body")
        .filter(pk=pk)
        .first()
    )
    if quote is None:
        return None
    return {"quote": quote, **_paragraph_around(quote)}


def _paragraph_around(quote: Quote) -> dict:
    """The quote's paragraph cut into the text before it, the quote, and the text after."""
    body = quote.article.body
    if quote.anchor_lost or not 0 <= quote.start < quote.end <= len(body):
        return {"before": "", "marked": quote.text, "after": ""}
    start = body.rfind("\n", 0, quote.start) + 1
    end = body.find("\n", quote.end)
    end = len(body) if end == -1 else end
    return {
        "before": _clip_left(body[start : quote.start]),
        "marked": body[quote.start : quote.end],
        "after": _clip_right(body[quote.end : end]),
    }


# A quote's page lists this many other reports of the same statement.
REPORTS_SHOWN = 25


def quote_page(quote_id: int) -> dict | None:
    """Everything about one quote: who said it for whom, on what and how, its paragraph,
    the other articles that report the same statement (first reported first), and the
    demands and responses it is evidence for, and how to cite it. Six queries."""
    quote = (
        Quote.objects.select_related("article__source", "actor", "party", "reviewed_by")
        .defer("article__near_duplicate_signature")
        .prefetch_related(Prefetch("issues", queryset=Issue.objects.select_related("negotiation")))
        .filter(pk=quote_id)
        .first()
    )
    if quote is None:
        return None
    reports = _other_reports(quote)
    return {
        "quote": quote,
        **_paragraph_around(quote),
        "reports": reports,
        "first_report": min([quote, *reports], key=_publication_order),
        "demands": list(quote.demands.select_related("party", "issue").order_by("pk")),
        "responses": list(quote.responses.select_related("party", "demand__party").order_by("pk")),
        "citation": quote_citation(quote, office_title=_office_title(quote)),
    }


def quote_citation(quote: Quote, *, office_title: str = "") -> str:
    """How a briefing cites the quote: who, in what office, reported by which outlet, on
    what day, in whose words. "Alexander Grushko, Russian Deputy Foreign Minister, quoted
    by Al Jazeera, 12 January 2022: “…”"."""
    speaker = (quote.actor.name if quote.actor else "") or quote.speaker_name
    who = speaker or quote.speaker_as_written or "An unidentified speaker"
    if office_title:
        who = f"{who}, {office_title}"
    source = quote.article.source
    outlet = source.name if source else "an unnamed outlet"
    day = _said_or_published(quote)
    when = f", {day.day} {day:%B %Y}" if day else ""
    # A quote cut where its attribution began ("…eastward," he said) ends on that comma.
    words = quote.text.strip().rstrip(",;:")
    if quote.kind == Quote.Kind.DIRECT:
        return f"{who}, quoted by {outlet}{when}: “{words}”"
    return f"{who}, as reported by {outlet}{when}: {words}"


def _said_or_published(quote: Quote) -> datetime.date | None:
    return quote.said_on or quote.article.published_on


def _office_title(quote: Quote) -> str:
    """The title of the office the speaker held on the day the words were said."""
    if quote.actor_id is None:
        return ""
    offices = Office.objects.filter(actor_id=quote.actor_id)
    day = _said_or_published(quote)
    if day is not None:
        offices = offices.filter(
            Q(starts_on__isnull=True) | Q(starts_on__lte=day),
            Q(ends_on__isnull=True) | Q(ends_on__gte=day),
        )
    office = offices.order_by(F("starts_on").desc(nulls_last=True), "-pk").only("title").first()
    return office.title if office else ""


def _publication_order(quote: Quote) -> tuple:
    published = quote.article.published_on
    return (published is None, published or datetime.date.min, quote.article_id)


def _other_reports(quote: Quote) -> list[Quote]:
    if quote.corroboration_group is None:
        return []
    reports = (
        Quote.objects.filter(corroboration_group=quote.corroboration_group)
        .exclude(article_id=quote.article_id)
        .select_related("article__source")
        .only("text", "said_on", "article__title", "article__published_on", "article__source__name")
        .order_by(F("article__published_on").asc(nulls_last=True), "article_id", "pk")
    )
    return list(reports[:REPORTS_SHOWN])


def _clip_left(text: str) -> str:
    return text if len(text) <= _CONTEXT_CHARS else "…" + text[-_CONTEXT_CHARS:].lstrip()


def _clip_right(text: str) -> str:
    return text if len(text) <= _CONTEXT_CHARS else text[:_CONTEXT_CHARS].rstrip() + "…"
