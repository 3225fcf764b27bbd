"""An editor withdraws an article from its reader, saying why, and restores it."""

import os

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from articles.models import Article
from tests.e2e.browser import sign_in
from tests.factories import ArticleFactory, UserFactory

# Playwright's sync API runs an event loop in this thread; the tests touch the database
# only before the browser does and after it is done.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser


@pytest.fixture
def article(transactional_db):
    editor = UserFactory(username="editor-withdraws")
    editor.groups.add(Group.objects.get(name="editor"))
    return ArticleFactory(title="Talks in Geneva")


def test_an_editor_withdraws_an_article_with_a_reason_and_restores_it(page, live_server, article):
    sign_in(page, live_server.url, "editor-withdraws")
    page.goto(f"{live_server.url}/articles/{article.pk}/")

    page.get_by_text("Withdraw this article").click()
    page.get_by_role("button", name="Withdraw").click()
    # The reason is required: the browser keeps the form until one is given.
    expect(page.get_by_label("Why withdraw it")).to_be_focused()
    page.get_by_label("Why withdraw it").fill("Retracted by the outlet")
    page.get_by_role("button", name="Withdraw").click()

    expect(page.get_by_text("Withdrawn: Retracted by the outlet.")).to_be_visible()
    page.get_by_role("button", name="Restore").click()

    expect(page.get_by_text("Article restored.")).to_be_visible()
    expect(page.get_by_text("Withdrawn: Retracted by the outlet.")).to_have_count(0)
    stored = Article.objects.get(pk=article.pk)
    assert (stored.is_withdrawn, stored.history.count()) == (False, 3)
