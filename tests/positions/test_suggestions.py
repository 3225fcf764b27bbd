"""Suggestions learned from editors' verdicts, replayed on articles the model never saw."""

import random

import pytest

from positions import reranking
from positions.models import Quote, SuggestionModel
from positions.services import quote_review
from positions.suggestions import suggestion_model_train
from tests.factories import UserFactory
from tests.harbour import (
    confirm_as_an_editor,
    harbour_article,
    harbour_talks,
    reviewed_articles,
)


@pytest.fixture
def harbour(db, settings):
    settings.PARLEY_SUGGESTIONS_MIN_VERDICTS = 30
    return harbour_talks()


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
    reviewed_articles(negotiation, issues, chance, 10)  # 40 verdicts, past the threshold of 30
    rules_alone = _scores([harbour_article(negotiation, chance) for _ in range(5)])

    model = suggestion_model_train(negotiation=negotiation)
    learned = _scores([harbour_article(negotiation, chance) for _ in range(5)])

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
    reviewed_articles(negotiation, issues, chance, 8)
    model = suggestion_model_train(negotiation=negotiation)

    article, _ = harbour_article(negotiation, chance)

    assert {q.suggested_by for q in article.quotes.all()} == {model}


def test_too_few_verdicts_train_nothing_and_the_rules_suggest_alone(harbour):
    negotiation, issues = harbour
    chance = random.Random(5)
    article, truth = harbour_article(negotiation, chance)
    confirm_as_an_editor(article, truth, issues, UserFactory())

    assert suggestion_model_train(negotiation=negotiation) is None
    assert {q.suggested_by for q in harbour_article(negotiation, chance)[0].quotes.all()} == {None}


def test_training_twice_without_new_verdicts_keeps_one_version(harbour):
    negotiation, issues = harbour
    chance = random.Random(11)
    reviewed_articles(negotiation, issues, chance, 8)

    first = suggestion_model_train(negotiation=negotiation)
    again = suggestion_model_train(negotiation=negotiation)

    assert again == first
    assert SuggestionModel.objects.count() == 1


def test_new_verdicts_train_a_new_version_used_from_then_on(harbour, settings):
    negotiation, issues = harbour
    chance, editor = random.Random(13), UserFactory()
    reviewed_articles(negotiation, issues, chance, 8)
    suggestion_model_train(negotiation=negotiation)
    article, truth = harbour_article(negotiation, chance)
    confirm_as_an_editor(article, truth, issues, editor)

    second = suggestion_model_train(negotiation=negotiation)

    assert (second.version, second.verdicts_used) == (2, 36)
    assert {q.suggested_by for q in harbour_article(negotiation, chance)[0].quotes.all()} == {
        second
    }


def test_an_acceptance_that_brings_enough_verdicts_trains_the_model(
    harbour, settings, tasks_in_process, django_capture_on_commit_callbacks
):
    negotiation, issues = harbour
    chance, editor = random.Random(17), UserFactory()
    reviewed_articles(negotiation, issues, chance, 8)
    settings.PARLEY_SUGGESTIONS_MIN_VERDICTS = 34
    pending = Quote.objects.filter(review_state=Quote.ReviewState.SUGGESTED)
    article, _ = harbour_article(negotiation, chance)

    with django_capture_on_commit_callbacks(execute=True):
        first = article.quotes.first()
        quote_review(quote_id=first.pk, version=first.version, decision="accept", editor=editor)
    assert not SuggestionModel.objects.exists()  # 33 verdicts
    with django_capture_on_commit_callbacks(execute=True):
        second = pending.filter(article=article).first()
        quote_review(quote_id=second.pk, version=second.version, decision="accept", editor=editor)

    assert SuggestionModel.objects.get().verdicts_used == 34
