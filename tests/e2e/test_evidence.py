"""Putting quotes to use as evidence from their pages, in a real browser: citing one for a
demand, starting a demand from one, answering it from another, unlinking, and the history
and conflicts of the demands and responses so made."""

import datetime
import os
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from positions.demands import response_edit
from positions.editing import quote_edit
from positions.models import Demand
from tests.e2e.browser import sign_in
from tests.factories import (
    DemandFactory,
    IssueFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    ResponseFactory,
    UserFactory,
)

# Playwright's sync API runs an event loop in this thread; the tests touch the database
# only before the browser does, never while it waits on it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser


@pytest.fixture
def fomin_and_demand(transactional_db):
    editor = UserFactory(username="editor-evidence")
    editor.groups.add(Group.objects.get(name="editor"))
    russia = PartyFactory(slug="russia", name="Russia")
    negotiation = NegotiationFactory(slug="winter", with_parties=[russia])
    issue = IssueFactory(negotiation=negotiation, name="De-escalation")
    quote = QuoteFactory(
        text="The Russian side has repeatedly proposed to de-escalate", party=russia
    )
    quote = quote_edit(quote=quote, editor=None, version=quote.version, issues=[issue])
    demand = DemandFactory(
        negotiation=negotiation, issue=issue, party=russia, summary="De-escalate"
    )
    return quote, demand


def test_editor_links_a_quote_to_a_demand_from_the_quote_page(page, live_server, fomin_and_demand):
    quote, demand = fomin_and_demand
    sign_in(page, live_server.url, "editor-evidence")

    page.goto(f"{live_server.url}/quotes/{quote.pk}/")
    page.get_by_label("Demand or response").select_option(f"demand-{demand.pk}")
    _screenshot(page, "quote-evidence-control")
    page.get_by_role("button", name="Link as evidence").click()

    expect(page.locator(".messages")).to_contain_text("now evidence for “De-escalate”")
    expect(page.locator("section", has_text="Evidence for").first).to_contain_text("De-escalate")
    assert list(demand.evidence.all()) == [quote]


def test_editor_changes_a_demand_status_and_sees_it_in_its_history(
    page, live_server, fomin_and_demand
):
    _, demand = fomin_and_demand
    sign_in(page, live_server.url, "editor-evidence")

    page.goto(f"{live_server.url}/demands/{demand.pk}/")
    page.get_by_label("Status").select_option("rejected")
    page.get_by_label("Why").fill("NATO answered no in writing")
    page.get_by_role("button", name="Change status").click()

    history = page.locator("#history")
    expect(history).to_contain_text("Status: Open → Rejected")
    expect(history).to_contain_text("NATO answered no in writing")
    _screenshot(page, "demand-history")


@pytest.fixture
def winter_talks(transactional_db):
    """Russia's demand in one quote and NATO's answer in another, on one issue."""
    editor = UserFactory(username="editor-answers")
    editor.groups.add(Group.objects.get(name="editor"))
    russia = PartyFactory(slug="russia", name="Russia")
    nato = PartyFactory(slug="nato", name="NATO")
    negotiation = NegotiationFactory(slug="winter", with_parties=[russia, nato])
    issue = IssueFactory(negotiation=negotiation, name="NATO enlargement")
    ask = QuoteFactory(
        text="NATO must give legal guarantees of no further expansion. We wait for an answer.",
        party=russia,
        stance="demand",
        said_on=datetime.date(2021, 12, 17),
    )
    answer = QuoteFactory(
        text="NATO will not compromise on the open door.", party=nato, stance="reject"
    )
    return [
        quote_edit(quote=quote, editor=None, version=quote.version, issues=[issue])
        for quote in (ask, answer)
    ]


def test_editor_starts_a_demand_from_a_quote_and_answers_it_from_another(
    page, live_server, winter_talks
):
    ask, answer = winter_talks
    sign_in(page, live_server.url, "editor-answers")

    page.goto(f"{live_server.url}/quotes/{ask.pk}/")
    page.get_by_role("link", name="Start a new demand from this quote…").click()
    expect(page.get_by_label("Party making it")).to_have_value(str(ask.party_id))
    expect(page.get_by_label("Asked of")).to_have_value(str(answer.party_id))
    summary = "NATO must give legal guarantees of no further expansion."
    expect(page.get_by_label("Summary")).to_have_value(summary)
    expect(page.get_by_label("First raised")).to_have_value("2021-12-17")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messages")).to_contain_text("Demand started")
    demand = Demand.objects.get()

    page.goto(f"{live_server.url}/quotes/{answer.pk}/")
    _screenshot(page, "quote-evidence-panel")
    page.get_by_label("Demand it answers").select_option(str(demand.pk))
    page.get_by_role("button", name="Answer it with this quote…").click()
    expect(page.get_by_label("Responding party")).to_have_value(str(answer.party_id))
    expect(page.get_by_label("Kind")).to_have_value("reject")
    _screenshot(page, "new-response-prefilled")
    page.get_by_role("button", name="Save").click()

    expect(page).to_have_url(f"{live_server.url}/demands/{demand.pk}/")
    board = page.locator(f"#demand-{demand.pk}")
    expect(board.locator(".demand__ask .evidence")).to_contain_text("We wait for an answer")
    expect(board.locator(".response")).to_contain_text("will not compromise on the open door")
    _screenshot(page, "demand-with-response")

    page.locator("#history .demand-editing li", has_text="We wait for an answer").get_by_role(
        "button", name="Unlink"
    ).click()
    expect(page.locator(".messages")).to_contain_text("no longer cited as evidence")
    expect(board.locator(".demand__ask")).to_contain_text("No evidence quote linked yet")
    expect(page.locator("#history")).to_contain_text("Evidence:")
    assert list(demand.evidence.all()) == []
    assert [quote.pk for quote in demand.responses.get().evidence.all()] == [answer.pk]


def test_a_response_edited_meanwhile_shows_both_and_saves_mine_in_one_click(
    page, live_server, winter_talks
):
    _, answer = winter_talks
    demand = DemandFactory(
        negotiation=answer.issues.get().negotiation,
        issue=answer.issues.get(),
        party=winter_talks[0].party,
        summary="Guarantees",
    )
    response = ResponseFactory(demand=demand, party=answer.party, summary="No")
    sign_in(page, live_server.url, "editor-answers")
    page.goto(f"{live_server.url}/demands/{demand.pk}/")
    page.get_by_role("link", name="Edit NATO’s response").click()
    page.get_by_label("Summary").fill("No, not ever")
    response_edit(response=response, summary="Not now", editor=None, version=1)

    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("alert")).to_contain_text("someone changed this response")
    expect(page.get_by_role("row", name="Summary")).to_contain_text("Not now")
    expect(page.get_by_role("row", name="Summary")).to_contain_text("No, not ever")
    _screenshot(page, "response-edit-conflict")
    page.get_by_role("button", name="Save mine anyway").click()

    expect(page.locator(f"#response-{response.pk}")).to_contain_text("No, not ever")
    page.get_by_role("link", name="History of NATO’s response").click()
    expect(page.locator(".history")).to_contain_text("Summary: Not now → No, not ever")
    _screenshot(page, "response-history")
    response.refresh_from_db()
    assert (response.summary, response.version) == ("No, not ever", 3)


def _screenshot(page, name: str) -> None:
    """Kept for a person to look at when SCREENSHOTS names a folder: wide, then narrow."""
    folder = os.environ.get("SCREENSHOTS")
    if not folder:
        return
    size = page.viewport_size
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": size["height"]})
        page.screenshot(path=str(Path(folder) / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size(size)
