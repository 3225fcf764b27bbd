"""The speaker picker in the quote editor, in a real browser: typed, chosen with the keyboard,
and a new speaker added to the registry without leaving the editor."""

import os

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from positions.models import Actor, Quote
from tests.copies import assert_copies_match
from tests.e2e.browser import sign_in
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    IssueFactory,
    NegotiationFactory,
    OfficeFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
    UserFactory,
)

# Playwright's sync API runs an event loop in this thread; the tests touch the database
# only before the browser does, never while it waits on it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser

BODY = "Talks ended. We demand guarantees, the minister said."


@pytest.fixture
def queue(transactional_db):
    editor = UserFactory(username="editor-picker")
    editor.groups.add(Group.objects.get(name="editor"))
    russia = PartyFactory(slug="russia", name="Russia")
    negotiation = NegotiationFactory(slug="winter", with_parties=[russia])
    article = ArticleFactory(body=BODY)
    article.negotiations.add(negotiation)
    grushko = OfficeFactory(
        actor=ActorFactory(name="Alexander Grushko", aliases=["Grushko"]), party=russia
    ).actor
    ActorFactory(name="Anna Grushina", kind="expert")
    quote = QuoteFactory(
        article=article,
        text="We demand guarantees",
        start=BODY.index("We demand"),
        speaker_name="the minister",
        stance="demand",
        confidence=0.1,
    )
    QuoteIssueFactory(quote=quote, issue=IssueFactory(negotiation=negotiation))
    return quote, grushko, russia


def _open_editor(page, live_server, quote):
    sign_in(page, live_server.url, "editor-picker")
    page.goto(f"{live_server.url}/review/?negotiation=winter")
    page.focus(f"#review-{quote.pk}")
    page.keyboard.press("e")
    speaker = page.get_by_role("combobox", name="Speaker")
    expect(speaker).to_be_visible()
    return speaker


def test_a_speaker_is_typed_picked_with_the_keyboard_and_saved(page, live_server, queue):
    quote, grushko, russia = queue
    speaker = _open_editor(page, live_server, quote)

    speaker.click()
    speaker.press_sequentially("grus", delay=30)
    listbox = page.get_by_role("listbox", name="Suggested actors")
    expect(listbox.get_by_role("option")).to_have_count(3)  # two people, and "Create …"
    expect(speaker).to_be_focused()
    speaker.press("ArrowDown")
    expect(listbox.get_by_role("option").first).to_have_attribute("aria-selected", "true")
    expect(speaker).to_have_attribute("aria-expanded", "true")
    speaker.press("Enter")

    expect(listbox).to_be_hidden()
    expect(speaker).to_have_value("Alexander Grushko")
    page.get_by_role("button", name="Save").click()

    item = page.locator(f"#review-{quote.pk}")
    expect(item.locator(".review-item__head strong")).to_have_text("Alexander Grushko")
    expect(item.locator(".review-item__head .party")).to_have_text("Russia")
    quote.refresh_from_db()
    assert (quote.actor, quote.party) == (grushko, russia)
    assert_copies_match(quote)


def test_a_new_speaker_is_created_from_the_editor_and_picked(page, live_server, queue):
    quote, _, russia = queue
    speaker = _open_editor(page, live_server, quote)

    speaker.click()
    speaker.press_sequentially("Maria Zakharova", delay=20)
    create = page.get_by_role("option", name="Create “Maria Zakharova”…")
    expect(create).to_be_visible()
    speaker.press("ArrowDown")
    speaker.press("Enter")
    panel = page.get_by_role("group", name="New speaker")
    expect(panel.get_by_label("Name", exact=True)).to_have_value("Maria Zakharova")
    panel.get_by_label("Kind", exact=True).select_option("spokesperson")
    panel.get_by_label("Speaks for").select_option(label="Russia")
    panel.get_by_label("Office", exact=True).fill("Foreign Ministry spokeswoman")
    panel.get_by_role("button", name="Create and pick").click()

    expect(page.get_by_text("is in the registry now")).to_be_visible()
    expect(speaker).to_have_value("Maria Zakharova")
    page.get_by_role("button", name="Save", exact=True).click()

    item = page.locator(f"#review-{quote.pk}")
    expect(item.locator(".review-item__head strong")).to_have_text("Maria Zakharova")
    created = Actor.objects.get(name="Maria Zakharova")
    saved = Quote.objects.get(pk=quote.pk)
    assert (created.kind, created.offices.get().party) == ("spokesperson", russia)
    assert (saved.actor, saved.party) == (created, russia)
