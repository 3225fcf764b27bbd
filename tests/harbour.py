"""Harbour talks: an invented negotiation whose idioms no general rule knows, so only the
editors' verdicts can teach them; for the tests of learned suggestions."""

import random

from positions.services import quote_confirm, quotes_store_extraction
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    IssueFactory,
    NegotiationFactory,
    OfficeFactory,
    PartyFactory,
    UserFactory,
)

SPEAKERS = ("Mara Voss", "Ilya Brandt")
# The harbour talks' own idioms, which no general rule knows: editors confirm "in the water"
# as an offer and "low tide" as a refusal, and nets as a matter of fishing.
TEMPLATES = (
    ("{thing} is in the water for the ferries", "offer", ("ferries",)),
    ("Lowland must cut the fishing quotas for {thing}", "demand", ("fishing",)),
    ("New nets for {thing} are low tide for us", "reject", ("fishing",)),
    ("The ferry crossing to {thing} was calm this week", "assess", ("ferries",)),
)
THINGS = (
    "the north quay",
    "a joint timetable",
    "the winter season",
    "the island villages",
    "the old harbour",
    "the river mouth",
    "a night service",
    "the southern bay",
)


def harbour_talks() -> tuple:
    """The negotiation, its two issues by slug and its two speakers with their parties."""
    negotiation = NegotiationFactory(name="Harbour talks", slug="harbour")
    issues = {
        "fishing": IssueFactory(
            negotiation=negotiation, slug="fishing", keywords=["fishing quotas"]
        ),
        "ferries": IssueFactory(negotiation=negotiation, slug="ferries", keywords=["ferry"]),
    }
    for name, party in zip(SPEAKERS, ("Upland", "Lowland"), strict=True):
        actor = ActorFactory(name=name)
        OfficeFactory(actor=actor, party=PartyFactory(name=party, slug=party.lower()))
    return negotiation, issues


def harbour_article(negotiation, chance: random.Random) -> tuple:
    """An invented article: four quotes, one of each kind, and what an editor would confirm."""
    truth, lines = {}, ["Harbour talks go on"]
    for template, stance, issues in chance.sample(TEMPLATES, len(TEMPLATES)):
        words = template.format(thing=chance.choice(THINGS))
        truth[words] = (stance, issues)
        lines.append(f"“{words},” {chance.choice(SPEAKERS)} said on Monday.")
    article = ArticleFactory(body="\n".join(lines))
    article.negotiations.add(negotiation)
    quotes_store_extraction(article=article)
    return article, truth


def confirm_as_an_editor(article, truth: dict, issues: dict, editor) -> None:
    for quote in article.quotes.all():
        stance, slugs = truth[quote.text.rstrip(",")]
        quote_confirm(quote=quote, editor=editor, stance=stance, issues=[issues[s] for s in slugs])


def reviewed_articles(negotiation, issues: dict, chance: random.Random, count: int) -> None:
    editor = UserFactory()
    for _ in range(count):
        article, truth = harbour_article(negotiation, chance)
        confirm_as_an_editor(article, truth, issues, editor)
