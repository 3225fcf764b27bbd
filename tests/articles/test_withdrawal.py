"""Editors withdraw an article with a reason (its quotes stop counting) and restore it."""

import pytest
from django.core.exceptions import ValidationError

from articles.models import Article
from articles.services import article_restore, article_withdraw
from positions.history import history_of
from positions.queries.matrix import matrix
from tests.admin_forms import admin_page_as_posted
from tests.factories import (
    ArticleFactory,
    IssueFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
    UserFactory,
)

pytestmark = [
    pytest.mark.django_db,
    # Django's admin form for a model URL field warns of its next version's default scheme.
    pytest.mark.filterwarnings("ignore:The default scheme will be changed"),
]


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


# --- From the reader and the admin -----------------------------------------------------


def test_an_editor_withdraws_an_article_from_its_reader_saying_why(client_editor):
    article = ArticleFactory()

    response = client_editor.post(
        f"/articles/{article.pk}/withdraw/", {"reason": "Retracted by the outlet"}, follow=True
    )

    page = response.content.decode()
    assert "Withdrawn: Retracted by the outlet." in page
    assert f'action="/articles/{article.pk}/restore/"' in page
    [entry, _] = history_of(Article.objects.get(pk=article.pk))
    assert (entry.who, entry.reason) == (client_editor.user, "Retracted by the outlet")


def test_a_withdrawal_without_a_reason_changes_nothing_and_says_why(client_editor):
    article = ArticleFactory()

    response = client_editor.post(f"/articles/{article.pk}/withdraw/", {"reason": " "}, follow=True)

    assert "Nothing changed: say why" in response.content.decode()
    assert not Article.objects.get(pk=article.pk).is_withdrawn


def test_an_editor_restores_a_withdrawn_article_from_its_reader(client_editor, editor):
    article = article_withdraw(article=ArticleFactory(), reason="Wrong outlet", editor=editor)

    response = client_editor.post(f"/articles/{article.pk}/restore/", {"reason": ""}, follow=True)

    page = response.content.decode()
    assert "Article restored." in page and "Withdrawn:" not in page
    assert not Article.objects.get(pk=article.pk).is_withdrawn


def test_analysts_see_no_withdrawal_form_and_cannot_withdraw(client_analyst):
    article = ArticleFactory()

    page = client_analyst.get(f"/articles/{article.pk}/").content.decode()
    response = client_analyst.post(f"/articles/{article.pk}/withdraw/", {"reason": "No"})

    assert "Withdraw this article" not in page
    assert response.status_code == 403
    assert not Article.objects.get(pk=article.pk).is_withdrawn


def test_the_admin_withdraws_through_the_service_recording_who_and_why(client_admin):
    article = ArticleFactory()
    url = f"/admin/articles/article/{article.pk}/change/"
    posted = admin_page_as_posted(client_admin.get(url))

    response = client_admin.post(url, {**posted, "withdraw_reason": "Retracted"})

    assert response.status_code == 302
    stored = Article.objects.get(pk=article.pk)
    assert (stored.is_withdrawn, stored.withdrawn_reason) == (True, "Retracted")
    entry = history_of(stored)[0]
    assert (entry.who, entry.reason) == (client_admin.user, "Retracted")


def test_the_admin_restores_through_the_service_and_refuses_a_restore_of_a_live_article(
    client_admin, editor
):
    live = ArticleFactory()
    withdrawn = article_withdraw(article=ArticleFactory(), reason="Wrong", editor=editor)

    answers = []
    for article in (live, withdrawn):
        url = f"/admin/articles/article/{article.pk}/change/"
        posted = admin_page_as_posted(client_admin.get(url))
        answers.append(client_admin.post(url, {**posted, "restore": "on"}))

    assert [answer.status_code for answer in answers] == [200, 302]
    assert "This article is not withdrawn." in answers[0].content.decode()
    assert not Article.objects.get(pk=withdrawn.pk).is_withdrawn
    assert history_of(Article.objects.get(pk=withdrawn.pk))[0].who == client_admin.user
