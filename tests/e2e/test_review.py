"""The review queue in a real browser: one key per verdict, the focus moving on."""

import os

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from positions.models import Quote
from tests.e2e.browser import sign_in
from tests.factories import ArticleFactory, NegotiationFactory, QuoteFactory, UserFactory

# Playwright's sync API runs an event loop in this thread; the tests touch the database
# only before the browser does, never while it waits on it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser


@pytest.fixture
def queue(transactional_db):
    editor = UserFactory(username="editor-review")
    editor.groups.add(Group.objects.get(name="editor"))
    negotiation = NegotiationFactory(slug="winter")
    quotes = []
    for text, confidence in (("First to judge", 0.1), ("Second to judge", 0.2)):
        article = ArticleFactory()
        article.negotiations.add(negotiation)
        quotes.append(QuoteFactory(article=article, text=text, confidence=confidence))
    return quotes


def test_keys_accept_and_reject_quotes_one_after_another(page, live_server, queue):
    first, second = queue
    sign_in(page, live_server.url, "editor-review")

    page.goto(f"{live_server.url}/review/?negotiation=winter")
    page.focus(f"#review-{first.pk}")
    page.keyboard.press("a")
    expect(page.locator(f"#review-{first.pk}")).to_contain_text("Confirmed")
    expect(page.locator(f"#review-{second.pk}")).to_be_focused()
    page.keyboard.press("r")
    expect(page.locator(f"#review-{second.pk}")).to_contain_text("Rejected")

    states = dict(Quote.objects.values_list("text", "review_state"))
    assert states == {"First to judge": "confirmed", "Second to judge": "rejected"}
