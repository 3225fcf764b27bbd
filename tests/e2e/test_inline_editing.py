"""Editing quotes where they appear, and tagging new ones by selecting their words, in a
real browser: the selection maps to exact characters, the editors swap in and out, and the
matrix follows a changed stance."""

import datetime
import os

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from positions.models import Quote
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

BODY = (
    "Foreign Minister Anna Berg met her counterpart on Monday.\n"
    "\n"
    "“We demand guarantees,” the minister said. “We will not accept this,” she added.\n"
    "\n"
    "The talks go on."
)
SAID = "We demand guarantees"
NEW = "We will not accept this"

# Selects `words` inside the reader's text with the DOM's selection API, as a mouse drag
# would: from inside one text piece to inside another.
SELECT = """(words) => {
  const pieces = [...document.querySelectorAll(".article-body [data-offset]")];
  const piece = pieces.find((p) => p.textContent.includes(words));
  const text = piece.firstChild;
  const at = text.data.indexOf(words);
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + words.length);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}"""


@pytest.fixture
def talks(transactional_db):
    editor = UserFactory(username="editor-places")
    editor.groups.add(Group.objects.get(name="editor"))
    russia = PartyFactory(slug="russia", name="Russia")
    negotiation = NegotiationFactory(slug="winter", with_parties=[russia])
    issue = IssueFactory(negotiation=negotiation, name="Guarantees", slug="guarantees")
    berg = ActorFactory(name="Anna Berg", slug="anna-berg")
    OfficeFactory(actor=berg, party=russia, title="Foreign Minister")
    article = ArticleFactory(body=BODY, title="Talks", published_on=datetime.date(2022, 1, 12))
    article.negotiations.add(negotiation)
    quote = QuoteFactory(
        article=article,
        text=SAID,
        start=BODY.index(SAID),
        actor=berg,
        speaker_name="Anna Berg",
        party=russia,
        stance="demand",
        review_state="confirmed",
        said_on=datetime.date(2022, 1, 12),
    )
    QuoteIssueFactory(quote=quote, issue=issue)
    return quote


def test_selecting_words_in_the_reader_tags_them_as_a_quote(page, live_server, talks):
    sign_in(page, live_server.url, "editor-places")
    page.goto(f"/articles/{talks.article_id}/")

    page.evaluate(SELECT, NEW)
    floating = page.locator(".tag-float")
    expect(floating).to_be_visible()
    floating.click()

    tagger = page.locator("#quote-new")
    expect(tagger.locator("mark")).to_have_text(NEW)
    expect(tagger).to_contain_text("Parley proposes Anna Berg")
    expect(tagger.get_by_label("Speaker")).to_have_value("Anna Berg")
    expect(tagger.get_by_label("Stance")).to_have_value("reject")
    tagger.get_by_role("button", name="Save quote").click()

    new = Quote.objects.filter(text=NEW)
    expect(page.locator(".quote-mark--new")).to_have_text(NEW)
    expect(page.locator(".quote-card--new")).to_contain_text("Anna Berg")
    expect(page.locator(".reader__quotes h2")).to_have_text("Quotes (2)")
    quote = new.get()
    assert (quote.start, quote.end, quote.origin, quote.stance) == (
        BODY.index(NEW),
        BODY.index(NEW) + len(NEW),
        "manual",
        "reject",
    )


def test_the_t_key_tags_the_selection_and_an_existing_quote_is_refused(page, live_server, talks):
    sign_in(page, live_server.url, "editor-places")
    page.goto(f"/articles/{talks.article_id}/")

    page.evaluate(SELECT, SAID)
    page.keyboard.press("t")

    refusal = page.locator("#quote-new [role=alert]")
    expect(refusal).to_contain_text("These words are already a quote")
    page.get_by_role("link", name="Select other words").click()
    page.evaluate(SELECT, "The talks go on.")
    page.get_by_role("link", name="Tag as quote").last.click()
    expect(page.locator("#quote-new mark")).to_have_text("The talks go on.")


def test_editing_a_quote_in_the_timeline_updates_its_item(page, live_server, talks):
    sign_in(page, live_server.url, "editor-places")
    page.goto("/timeline/?negotiation=winter")
    item = page.locator(f"#quote-{talks.pk}")

    item.get_by_role("link", name="Edit").click()
    editor = page.locator(f"#quote-{talks.pk}.quote-editor")
    editor.get_by_label("Stance").select_option("offer")
    editor.get_by_role("button", name="Save").click()

    expect(item.locator(".badge--offer")).to_have_text("offer")
    expect(item).to_contain_text("edited, version 2")
    item.get_by_role("link", name="Edit").click()
    editor.get_by_role("link", name="Cancel").click()
    expect(item.locator(".badge--offer")).to_have_text("offer")


def test_editing_a_quote_in_the_cell_panel_moves_the_matrix(page, live_server, talks):
    sign_in(page, live_server.url, "editor-places")
    page.goto("/matrix/?negotiation=winter")
    page.get_by_role("link", name="Russia on Guarantees: Demand").click()
    panel = page.locator("#cell-panel")

    panel.locator(f"#cell-quote-{talks.pk}").get_by_role("link", name="Edit").click()
    editor = panel.locator(f"#cell-quote-{talks.pk}.quote-editor")
    editor.get_by_label("Stance").select_option("reject")
    editor.get_by_role("button", name="Save").click()

    expect(page.get_by_role("link", name="Russia on Guarantees: Reject")).to_be_visible()
    expect(panel.locator(".cell-panel__position .badge--reject")).to_have_text("Reject")
    expect(panel.locator(f"#cell-quote-{talks.pk} .badge--reject")).to_have_text("Reject")
    assert Quote.objects.get().stance == "reject"


def test_editing_a_quote_in_the_reader_updates_its_card_and_its_mark(page, live_server, talks):
    sign_in(page, live_server.url, "editor-places")
    page.goto(f"/articles/{talks.article_id}/")
    card = page.locator(f"#quote-card-{talks.pk}")

    card.get_by_role("link", name="Edit").click()
    editor = page.locator(f"#quote-card-{talks.pk}.quote-editor")
    editor.get_by_label("ends before character").fill(str(talks.start + len("We demand")))
    editor.get_by_role("button", name="Save").click()

    expect(card).to_contain_text("edited, version 2")
    expect(page.locator(f"#quote-{talks.pk}")).to_have_text("We demand")
