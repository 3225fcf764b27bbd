"""Suggestions learned from editors' verdicts, replayed on articles the model never saw."""

import random

import pytest

from positions import reranking
from positions.models import Quote, SuggestionModel
from positions.services import quote_confirm, quote_review, quotes_store_extraction
from positions.suggestions import suggestion_model_train
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
# The harbour talks' own idioms, which no general rule knows: editors confirm "on the table"
# as an offer and "a red line" as a refusal, and nets as a matter of fishing.
TEMPLATES = (
    ("{thing} is on the table for the ferries", "offer", ("ferries",)),
    ("Lowland must cut the fishing quotas for {thing}", "demand", ("fishing",)),
    ("New nets for {thing} are a red line for us", "reject", ("fishing",)),
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


@pytest.fixture
def harbour(db, settings):
    settings.PARLEY_SUGGESTIONS_MIN_VERDICTS = 30
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


def _article(negotiation, chance: random.Random) -> tuple:
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


def _confirm_as_an_editor(article, truth: dict, issues: dict, editor) -> None:
    for quote in article.quotes.all():
        stance, slugs = truth[quote.text.rstrip(",")]
        quote_confirm(quote=quote, editor=editor, stance=stance, issues=[issues[s] for s in slugs])


def _reviewed_articles(negotiation, issues: dict, chance: random.Random, count: int) -> None:
    editor = UserFactory()
    for _ in range(count):
        article, truth = _article(negotiation, chance)
        _confirm_as_an_editor(article, truth, issues, editor)


def _scores(articles: list) -> reranking.Score:
    suggested, verdicts = [], []
    for article, truth in articles:
        for quote in article.quotes.prefetch_related("issues"):
            stance, slugs = truth[quote.text.rstrip(",")]
            issues = tuple(sorted(issue.slug for issue in quote.issues.all()))
            suggested.append(reranking.Suggestion(quote.stance, quote.confidence, issues))
            verdicts.append(reranking.Verdict(_no_candidate(), stance, slugs))
    return reranking.score(suggested, verdicts)


def _no_candidate() -> reranking.Candidate:
    return reranking.Candidate("", "direct", None, 0.0, ())


def test_replay_learned_suggestions_beat_the_rules_on_unseen_articles(harbour):
    negotiation, issues = harbour
    chance = random.Random(7)
    _reviewed_articles(negotiation, issues, chance, 10)  # 40 verdicts, past the threshold of 30
    rules_alone = _scores([_article(negotiation, chance) for _ in range(5)])

    model = suggestion_model_train(negotiation=negotiation)
    learned = _scores([_article(negotiation, chance) for _ in range(5)])

    # The rules can get at most the two general quote kinds right (half the stances) and miss
    # an issue in four. Learning the two idioms from forty verdicts must fix most of the rest:
    # a margin of 0.3 leaves room for a few misses.
    assert rules_alone.stance_accuracy <= 0.5
    assert learned.stance_accuracy >= max(rules_alone.stance_accuracy + 0.3, 0.8)
    assert learned.issues_f1 > rules_alone.issues_f1
    assert (model.version, model.verdicts_used) == (1, 40)
    assert model.metrics["learned"]["stance_accuracy"] > model.metrics["rules"]["stance_accuracy"]


def test_quotes_record_the_model_version_that_suggested_them(harbour):
    negotiation, issues = harbour
    chance = random.Random(3)
    _reviewed_articles(negotiation, issues, chance, 8)
    model = suggestion_model_train(negotiation=negotiation)

    article, _ = _article(negotiation, chance)

    assert {q.suggested_by for q in article.quotes.all()} == {model}


def test_too_few_verdicts_train_nothing_and_the_rules_suggest_alone(harbour):
    negotiation, issues = harbour
    chance = random.Random(5)
    article, truth = _article(negotiation, chance)
    _confirm_as_an_editor(article, truth, issues, UserFactory())

    assert suggestion_model_train(negotiation=negotiation) is None
    assert {q.suggested_by for q in _article(negotiation, chance)[0].quotes.all()} == {None}


def test_training_twice_without_new_verdicts_keeps_one_version(harbour):
    negotiation, issues = harbour
    chance = random.Random(11)
    _reviewed_articles(negotiation, issues, chance, 8)

    first = suggestion_model_train(negotiation=negotiation)
    again = suggestion_model_train(negotiation=negotiation)

    assert again == first
    assert SuggestionModel.objects.count() == 1


def test_new_verdicts_train_a_new_version_used_from_then_on(harbour, settings):
    negotiation, issues = harbour
    chance, editor = random.Random(13), UserFactory()
    _reviewed_articles(negotiation, issues, chance, 8)
    suggestion_model_train(negotiation=negotiation)
    article, truth = _article(negotiation, chance)
    _confirm_as_an_editor(article, truth, issues, editor)

    second = suggestion_model_train(negotiation=negotiation)

    assert (second.version, second.verdicts_used) == (2, 36)
    assert {q.suggested_by for q in _article(negotiation, chance)[0].quotes.all()} == {second}


def test_an_acceptance_that_brings_enough_verdicts_trains_the_model(
    harbour, settings, tasks_in_process, django_capture_on_commit_callbacks
):
    negotiation, issues = harbour
    chance, editor = random.Random(17), UserFactory()
    _reviewed_articles(negotiation, issues, chance, 8)
    settings.PARLEY_SUGGESTIONS_MIN_VERDICTS = 34
    pending = Quote.objects.filter(review_state=Quote.ReviewState.SUGGESTED)
    article, _ = _article(negotiation, chance)

    with django_capture_on_commit_callbacks(execute=True):
        first = article.quotes.first()
        quote_review(quote_id=first.pk, version=first.version, decision="accept", editor=editor)
    assert not SuggestionModel.objects.exists()  # 33 verdicts
    with django_capture_on_commit_callbacks(execute=True):
        second = pending.filter(article=article).first()
        quote_review(quote_id=second.pk, version=second.version, decision="accept", editor=editor)

    assert SuggestionModel.objects.get().verdicts_used == 34
