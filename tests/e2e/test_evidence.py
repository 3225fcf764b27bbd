"""Citing a quote as evidence for a demand from the quote's page, in a real browser."""

import os
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from positions.editing import quote_edit
from tests.e2e.browser import sign_in
from tests.factories import (
    DemandFactory,
    IssueFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
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


def _screenshot(page, name: str) -> None:
    """Kept for a person to look at when SCREENSHOTS names a folder."""
    folder = os.environ.get("SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)
