"""The inline quote editor in a real browser: opened from the review queue with `e`."""

import os

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from positions.models import Quote, QuoteIssue
from tests.e2e.browser import sign_in
from tests.factories import (
    ArticleFactory,
    IssueFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
    UserFactory,
)

# Playwright's sync API runs an event loop in this thread; the tests touch the database
# only before the browser does, never while it waits on it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser

BODY = "Talks ended. We demand guarantees, the minister said. No veto, she added."


@pytest.fixture
def queue(transactional_db):
    editor = UserFactory(username="editor-inline")
    editor.groups.add(Group.objects.get(name="editor"))
    russia = PartyFactory(slug="russia", name="Russia")
    negotiation = NegotiationFactory(slug="winter", with_parties=[russia])
    issue = IssueFactory(negotiation=negotiation, name="Guarantees")
    quotes = []
    for text, confidence in (("We demand guarantees", 0.1), ("No veto", 0.2)):
        article = ArticleFactory(body=BODY)
        article.negotiations.add(negotiation)
        quote = QuoteFactory(
            article=article,
            text=text,
            start=BODY.index(text),
            confidence=confidence,
            party=russia,
            stance="demand",
        )
        QuoteIssueFactory(quote=quote, issue=issue)
        quotes.append(quote)
    return quotes


def test_e_fixes_a_stance_inline_and_the_keyboard_carries_on(page, live_server, queue):
    first, second = queue
    sign_in(page, live_server.url, "editor-inline")
    page.goto(f"{live_server.url}/review/?negotiation=winter")

    page.focus(f"#review-{first.pk}")
    page.keyboard.press("a")
    expect(page.locator(f"#review-{second.pk}")).to_be_focused()
    page.keyboard.press("e")
    editor = page.locator(f"#review-{second.pk} .quote-editor__form")
    expect(editor).to_be_visible()
    expect(editor.locator("input[type=number]").first).to_be_focused()
    editor.get_by_label("Stance").select_option("reject")
    editor.get_by_role("button", name="Save").click()

    item = page.locator(f"#review-{second.pk}")
    expect(item).to_contain_text("Confirmed")
    expect(item.locator(".badge--reject")).to_have_text("Reject")
    expect(item).to_be_focused()
    stances = dict(Quote.objects.values_list("text", "stance"))
    assert stances == {"We demand guarantees": "demand", "No veto": "reject"}
    assert list(QuoteIssue.objects.filter(quote=second).values_list("stance", flat=True)) == [
        "reject"
    ]
