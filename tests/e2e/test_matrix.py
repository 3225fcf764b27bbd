"""The matrix in a real browser: the cell panel swaps in, the as-of date replays it."""

import os
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from tests.e2e.browser import DEMO_ANALYST, sign_in
from tests.factories import NegotiationFactory, UserFactory

# Playwright's sync API runs an event loop in this thread; the tests touch the database
# only before the browser does, never while it waits on it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
DEMO = "nato-russia-2021-22"


def _sign_in(page, live_server, *, width=1280):
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server.url, DEMO_ANALYST)


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_a_cell_opens_its_panel_with_the_quotes_behind_it(page, live_server, demo):
    _sign_in(page, live_server)
    page.goto(f"/matrix/?negotiation={DEMO}")

    page.get_by_role(
        "link", name="Russia on NATO enlargement / open door: Demand", exact=False
    ).click()

    panel = page.locator("#cell-panel")
    expect(panel.get_by_role("heading", level=2)).to_contain_text("Russia on NATO enlargement")
    expect(panel).to_contain_text("absolutely imperative to end the open-door policy")
    expect(panel.locator("svg[role=img]")).to_have_count(1)
    expect(page).to_have_url(f"{live_server.url}/matrix/?negotiation={DEMO}")
    expect(panel).to_be_focused()
    _shot(page, "e2e-matrix-panel-1280")


def test_changing_the_as_of_date_replays_the_matrix(page, live_server, demo):
    _sign_in(page, live_server)
    page.goto(f"/matrix/?negotiation={DEMO}")
    enlargement = page.locator("tr", has=page.get_by_text("NATO enlargement / open door"))
    expect(enlargement).to_contain_text("Deadlocked")

    page.fill("input[name=as_of]", "2022-01-10")  # fires the change a date picker would

    expect(page.locator("#matrix-grid")).to_contain_text("10 Jan 2022")
    expect(page).to_have_url(f"{live_server.url}/matrix/?negotiation={DEMO}&as_of=2022-01-10")
    expect(enlargement).not_to_contain_text("Deadlocked")
    expect(enlargement.locator(".badge")).to_have_count(0)
    page.go_back()
    expect(enlargement).to_contain_text("Deadlocked")


@pytest.mark.parametrize("width", (1280, 390))
def test_screenshots_of_matrix_party_and_demands_pages(page, live_server, demo, width):
    _sign_in(page, live_server, width=width)
    pages = {
        "matrix": f"/matrix/?negotiation={DEMO}",
        "matrix-as-of": f"/matrix/?negotiation={DEMO}&as_of=2022-01-12",
        "matrix-cell": f"/matrix/cell/nato-enlargement/nato/?negotiation={DEMO}",
        "party": f"/parties/russia/?negotiation={DEMO}",
        "demands": f"/demands/?negotiation={DEMO}&status=rejected",
    }
    for name, url in pages.items():
        response = page.goto(url)
        assert response.status == 200, url
        # Wide tables scroll inside their own box: the page itself never scrolls sideways.
        assert page.evaluate("document.documentElement.scrollWidth") <= width, url
        _shot(page, f"e2e-{name}-{width}")
    page.goto(f"/demands/?negotiation={DEMO}")
    page.select_option("select[name=party]", "united-states")
    expect(page).to_have_url(
        f"{live_server.url}/demands/?negotiation={DEMO}&party=united-states&issue=&status="
    )
    expect(page.locator("#demand-board")).to_contain_text("We will not slam the door")
    expect(page.locator("#demand-board")).not_to_contain_text("De-escalate")


def test_an_editor_pins_a_position_and_the_matrix_redraws(page, live_server, demo):
    editor = UserFactory(username="editor-matrix")
    editor.groups.add(Group.objects.get(name="editor"))
    sign_in(page, live_server.url, "editor-matrix")
    page.goto(f"/matrix/?negotiation={DEMO}")
    guarantees = page.locator("tr", has=page.get_by_text("Legally binding security guarantees"))
    guarantees.get_by_role("link", name="NATO on Legally binding", exact=False).click()

    panel = page.locator("#cell-panel")
    panel.get_by_text("Pin a position", exact=True).click()
    panel.locator("select[name=pin-stance]").select_option("reject")
    panel.locator("input[name=pin-summary]").fill("No binding guarantees on enlargement")
    panel.locator("input[name=pin-as_of]").fill("2022-01-13")
    panel.get_by_role("button", name="Pin").click()

    expect(panel).to_contain_text("Position pinned")
    expect(
        guarantees.get_by_role("link", name="NATO on Legally binding", exact=False)
    ).to_contain_text("pinned")


def test_switching_negotiation_keeps_the_date_chosen_on_the_page(page, live_server, demo):
    NegotiationFactory(name="Arms control talks", slug="arms-talks")
    _sign_in(page, live_server)
    page.goto(f"/matrix/?negotiation={DEMO}")
    page.fill("input[name=as_of]", "2022-01-10")  # htmx swaps the grid and the address
    expect(page).to_have_url(f"{live_server.url}/matrix/?negotiation={DEMO}&as_of=2022-01-10")

    page.select_option("#negotiation-select", "arms-talks")

    expect(page).to_have_url(f"{live_server.url}/matrix/?negotiation=arms-talks&as_of=2022-01-10")
    expect(page.locator(".as-of-form input[name=as_of]")).to_have_value("2022-01-10")
