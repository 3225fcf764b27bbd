"""Load the demo negotiation: registry, events, the seed articles through the real
pipeline, and the demands and responses linked to their evidence quotes.

Idempotent: every record is found by its natural key before it is created, so a
second run changes nothing.
"""

import logging
from datetime import date
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from articles.models import Article, Source
from articles.services import article_parse, article_receive
from devtools.demo import dossier, registry
from positions.models import (
    Actor,
    Demand,
    Event,
    Issue,
    Negotiation,
    NegotiationParty,
    Office,
    Party,
    Quote,
    Response,
)
from positions.services import quote_confirm

logger = logging.getLogger(__name__)

SEEDS_DIR = Path(__file__).resolve().parent / "seeds"


def demo_load() -> Negotiation:
    """Side effects: creates the demo's parties, actors, negotiation, issues, sources,
    events, articles (parsed in-process), demands, responses and confirmed evidence."""
    with transaction.atomic():
        parties = _load_parties()
        negotiation = _load_negotiation(parties)
        _load_actors(parties)
        issues = _load_issues(negotiation)
        sources = _load_sources()
        _load_events(negotiation, parties)
    articles = _load_articles(negotiation, sources)
    with transaction.atomic():
        _load_demands(negotiation, parties, issues, articles)
    return negotiation


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _load_parties() -> dict[str, Party]:
    parties = {}
    for spec in registry.PARTIES:
        party, _ = Party.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "colour": spec["colour"],
                "accent_colour": spec.get("accent", ""),
                "aliases": spec.get("aliases", []),
            },
        )
        parties[party.slug] = party
    return parties


def _load_negotiation(parties: dict[str, Party]) -> Negotiation:
    spec = dossier.NEGOTIATION
    negotiation, _ = Negotiation.objects.get_or_create(
        slug=spec["slug"],
        defaults={
            "name": spec["name"],
            "description": spec["description"],
            "starts_on": _day(spec["starts_on"]),
            "ends_on": _day(spec["ends_on"]),
        },
    )
    for order, slug in enumerate(spec["parties"]):
        NegotiationParty.objects.get_or_create(
            negotiation=negotiation, party=parties[slug], defaults={"order": order}
        )
    return negotiation


def _load_actors(parties: dict[str, Party]) -> None:
    for spec in registry.ACTORS:
        actor, _ = Actor.objects.get_or_create(
            slug=slugify(spec["name"]),
            defaults={"name": spec["name"], "kind": spec["kind"], "aliases": spec["aliases"]},
        )
        for office in spec.get("offices", []):
            Office.objects.get_or_create(
                actor=actor,
                title=office["title"],
                party=parties.get(office.get("party") or ""),
                starts_on=_day(office.get("start")),
                defaults={"ends_on": _day(office.get("end"))},
            )


def _load_issues(negotiation: Negotiation) -> dict[str, Issue]:
    issues = {}
    for order, spec in enumerate(registry.ISSUES):
        issue, _ = Issue.objects.get_or_create(
            negotiation=negotiation,
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "keywords": spec["keywords"],
                "description": spec.get("description", ""),
                "order": order,
            },
        )
        issues[issue.slug] = issue
    return issues


def _load_sources() -> dict[str, Source]:
    sources = {}
    for spec in dossier.SOURCES:
        source, _ = Source.objects.get_or_create(slug=spec["slug"], defaults=spec)
        sources[source.slug] = source
    return sources


def _load_events(negotiation: Negotiation, parties: dict[str, Party]) -> None:
    for spec in dossier.EVENTS:
        event, created = Event.objects.get_or_create(
            negotiation=negotiation,
            title=spec["title"],
            happened_on=_day(spec["happened_on"]),
            defaults={"place": spec["place"], "description": spec["description"]},
        )
        if created:
            event.parties.set(parties[slug] for slug in spec["parties"])


def _load_articles(negotiation: Negotiation, sources: dict[str, Source]) -> dict[str, Article]:
    """Send each seed through the real pipeline, parsing in-process so its quotes exist now."""
    articles = {}
    for spec in dossier.ARTICLES:
        receipt = article_receive(
            content=(SEEDS_DIR / spec["file"]).read_bytes(),
            filename=spec["file"],
            content_type="text/plain",
            negotiations=[negotiation],
            source=sources.get(spec["source"] or ""),
            published_on=_day(spec["published_on"]),
        )
        article = Article.objects.get(pk=receipt.article.pk)
        if article.status in (Article.Status.RECEIVED, Article.Status.PARSING):
            article_parse(article_id=article.pk)
            article.refresh_from_db()
        articles[spec["file"]] = article
    return articles


def _load_demands(negotiation, parties, issues, articles) -> None:
    for spec in dossier.DEMANDS:
        demand, _ = Demand.objects.get_or_create(
            negotiation=negotiation,
            party=parties[spec["party"]],
            summary=spec["summary"],
            defaults={
                "kind": spec["kind"],
                "addressee": parties[spec["addressee"]],
                "issue": issues[spec["issue"]],
                "status": spec["status"],
            },
        )
        evidence = _evidence_quotes(spec["evidence"], issues[spec["issue"]], articles)
        demand.evidence.add(*evidence)
        if demand.first_raised_on is None:
            dates = [quote.said_on for quote in evidence if quote.said_on]
            if dates:
                demand.first_raised_on = min(dates)
                demand.save(update_fields=["first_raised_on"])
        for response_spec in spec["responses"]:
            _load_response(demand, response_spec, parties, issues[spec["issue"]], articles)


def _load_response(demand, spec, parties, issue, articles) -> None:
    response, _ = Response.objects.get_or_create(
        demand=demand,
        party=parties[spec["party"]],
        summary=spec["summary"],
        defaults={"kind": spec["kind"], "responded_on": _day(spec["responded_on"])},
    )
    response.evidence.add(*_evidence_quotes(spec["evidence"], issue, articles))


def _evidence_quotes(specs, issue: Issue, articles: dict[str, Article]) -> list[Quote]:
    quotes = []
    for spec in specs:
        quote = _quote_with_phrase(articles[spec["file"]], spec["phrase"])
        if quote is None:
            logger.warning("demo evidence %r not found in %s", spec["phrase"], spec["file"])
            continue
        if quote.review_state != Quote.ReviewState.CONFIRMED:
            actor = Actor.objects.filter(name=spec["speaker"]).first()
            quote = quote_confirm(
                quote=quote, editor=None, stance=spec["stance"], issues=[issue], actor=actor
            )
        quotes.append(quote)
    return quotes


def _quote_with_phrase(article: Article, phrase: str) -> Quote | None:
    """The extracted quote holding the phrase; an editor would mark it by hand if none did."""
    start = article.body.find(phrase)
    if start == -1:
        return None
    end = start + len(phrase)
    found = article.quotes.filter(start__lt=end, end__gt=start).order_by("start").first()
    if found is not None:
        return found
    return Quote.objects.create(
        article=article,
        text=phrase,
        start=start,
        end=end,
        kind=Quote.Kind.DIRECT,
        said_on=article.published_on,
        confidence=1.0,
        origin=Quote.Origin.MANUAL,
    )
