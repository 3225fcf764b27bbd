"""Editors withdraw an article with a reason (its quotes stop counting) and restore it."""

import pytest
from django.core.exceptions import ValidationError

from articles.models import Article
from articles.services import article_restore, article_withdraw
from positions.history import history_of
from positions.queries.matrix import matrix
from tests.factories import (
    ArticleFactory,
    IssueFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return UserFactory(username="anna")


def _russias_stance(negotiation):
    [row] = matrix(negotiation=negotiation).rows
    [(_, cell)] = row.entries
    return cell.stance


def test_a_withdrawn_articles_quotes_stop_counting_and_come_back_on_restore(editor):
    russia = PartyFactory(slug="russia")
    negotiation = NegotiationFactory(with_parties=[russia])
    article = ArticleFactory()
    quote = QuoteFactory(article=article, party=russia, stance="demand", review_state="confirmed")
    QuoteIssueFactory(quote=quote, issue=IssueFactory(negotiation=negotiation))

    article_withdraw(article=article, reason="Retracted by the outlet", editor=editor)
    withdrawn = _russias_stance(negotiation)
    article_restore(article=article, editor=editor, reason="The outlet stood by it")

    assert (withdrawn, _russias_stance(negotiation)) == ("", "demand")


def test_a_withdrawal_is_recorded_with_its_editor_and_reason(editor):
    article = ArticleFactory()

    article_withdraw(article=article, reason="Retracted by the outlet", editor=editor)

    stored = Article.objects.get()
    assert (stored.is_withdrawn, stored.withdrawn_reason) == (True, "Retracted by the outlet")
    latest = history_of(stored)[0]
    assert (latest.who, latest.reason) == (editor, "Retracted by the outlet")
    assert [change.label for change in latest.changes] == ["Withdrawn at", "Withdrawn reason"]


def test_a_withdrawal_needs_a_reason(editor):
    with pytest.raises(ValidationError, match="Say why the article is withdrawn"):
        article_withdraw(article=ArticleFactory(), reason="  ", editor=editor)


def test_an_article_is_withdrawn_once_and_restored_once(editor):
    article = ArticleFactory()
    article_withdraw(article=article, reason="Wrong outlet", editor=editor)

    with pytest.raises(ValidationError, match="already withdrawn"):
        article_withdraw(article=article, reason="Again", editor=editor)
    article_restore(article=article, editor=editor)
    with pytest.raises(ValidationError, match="not withdrawn"):
        article_restore(article=article, editor=editor)

    stored = Article.objects.get()
    assert (stored.withdrawn_at, stored.withdrawn_reason) == (None, "")
