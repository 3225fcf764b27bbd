"""Copying a quote's citation and searching for a speaker, in a real browser."""

import os

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from tests.e2e.browser import sign_in
from tests.factories import ActorFactory, ArticleFactory, QuoteFactory, SourceFactory, UserFactory

# Playwright's sync API runs an event loop in this thread; the tests touch the database
# only before the browser does, never while it waits on it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser

CITATION = "Jens Stoltenberg, quoted by RT, 12 January 2022: “Russia does not have a veto.”"


@pytest.fixture
def stoltenberg_quote(transactional_db):
    analyst = UserFactory(username="analyst-citation")
    analyst.groups.add(Group.objects.get(name="analyst"))
    return QuoteFactory(
        article=ArticleFactory(source=SourceFactory(name="RT")),
        actor=ActorFactory(name="Jens Stoltenberg"),
        text="Russia does not have a veto.",
    )


def test_copy_citation_puts_the_citation_on_the_clipboard(page, live_server, stoltenberg_quote):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    sign_in(page, live_server.url, "analyst-citation")
    page.goto(f"/quotes/{stoltenberg_quote.pk}/")

    page.get_by_role("button", name="Copy citation").click()

    expect(page.locator("[data-copy-status]")).to_have_text("Copied to the clipboard.")
    assert page.evaluate("navigator.clipboard.readText()") == CITATION


def test_citation_stays_on_the_page_to_copy_by_hand(page, live_server, stoltenberg_quote):
    sign_in(page, live_server.url, "analyst-citation")
    page.goto(f"/quotes/{stoltenberg_quote.pk}/")

    expect(page.locator("#citation-text")).to_have_text(CITATION)
