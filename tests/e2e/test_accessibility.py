"""axe-core in a real Chromium: the matrix, the demands board, a party's page, the timeline
and the editors' registry and an editor's quote page have no serious or critical
accessibility violations, and their headings skip no level."""

import os
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from positions.models import Actor, Issue, Quote
from positions.services import quote_review
from tests.e2e.browser import DEMO_ANALYST, sign_in
from tests.factories import UserFactory
from tests.services import require

# Playwright's sync API runs an event loop in this thread; the tests touch the database
# only before the browser does, never while it waits on it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser

# Installed from package-lock.json by `npm ci` (`make test` runs it where npm exists).
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
DEMO = "nato-russia-2021-22"
PAGES = {
    "matrix": f"/matrix/?negotiation={DEMO}",
    "demands board": f"/demands/?negotiation={DEMO}",
    "party page": f"/parties/russia/?negotiation={DEMO}",
    "timeline": f"/timeline/?negotiation={DEMO}",
    "search": f"/search/?negotiation={DEMO}&q=veto",
}
BLOCKING = {"serious", "critical"}
# Off by default in axe-core (it is marked experimental), and the rule the matrix's cells
# once broke: a control's accessible name must contain the words it shows.
AXE_OPTIONS = {"rules": {"label-content-name-mismatch": {"enabled": True}}}


@pytest.fixture(scope="module")
def axe_script() -> str:
    require(
        AXE.is_file(),
        "needs axe-core: install Node.js and npm, then run `npm ci` (make test does)",
    )
    return AXE.read_text()


def _problems(page, axe_script: str) -> list[tuple]:
    """Each serious or critical violation, and any skipped heading level, with where it is."""
    # Evaluated by the browser's debugging protocol, which the page's CSP does not govern.
    page.evaluate(axe_script)
    found = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    return [
        (violation["id"], violation["impact"], [node["target"] for node in violation["nodes"]])
        for violation in found["violations"]
        if violation["impact"] in BLOCKING or violation["id"] == "heading-order"
    ]


# The editors' registry (for editors only), whose forms are what an editor reads there.
REGISTRY_PAGES = {
    "actors": "/registry/actors/",
    "actor page": "/registry/actors/{actor}/",
    "party edit": "/registry/parties/russia/edit/",
    "registry": "/registry/",
    "issues": "/registry/issues/",
    "issue": "/registry/issues/{issue}/",
    "events": f"/registry/events/?negotiation={DEMO}",
    "negotiation": f"/registry/negotiations/{DEMO}/",
    "outlets": "/registry/outlets/",
}


def _open(page, live_server, path: str, user: str = DEMO_ANALYST) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, live_server.url, user)
    page.goto(path)
    page.wait_for_load_state("networkidle")  # the timeline's counts arrive after the page


@pytest.mark.parametrize("name", PAGES)
def test_page_has_no_serious_accessibility_violations(page, live_server, demo, axe_script, name):
    _open(page, live_server, PAGES[name])

    assert _problems(page, axe_script) == []


def test_matrix_with_a_cell_panel_open_has_no_serious_accessibility_violations(
    page, live_server, demo, axe_script
):
    _open(page, live_server, PAGES["matrix"])
    page.get_by_role("link", name="Russia on NATO enlargement / open door: Demand").click()
    page.locator("#cell-panel h2").wait_for()

    assert _problems(page, axe_script) == []


def test_accuracy_page_has_no_serious_accessibility_violations(page, live_server, demo, axe_script):
    editor = UserFactory(username="editor-accuracy")
    editor.groups.add(Group.objects.get(name="editor"))
    # A few verdicts, so the page shows its tables and bars, not only its empty states.
    suggested = Quote.objects.filter(review_state="suggested")[:4]
    for quote, decision in zip(suggested, ("accept", "accept", "reject", "reject"), strict=True):
        quote_review(quote_id=quote.pk, version=quote.version, decision=decision, editor=editor)
    _open(page, live_server, f"/review/accuracy/?negotiation={DEMO}", "editor-accuracy")

    assert page.get_by_role("heading", name="By outlet").is_visible()
    assert _problems(page, axe_script) == []


@pytest.mark.parametrize("name", REGISTRY_PAGES)
def test_registry_page_has_no_serious_accessibility_violations(
    page, live_server, demo, axe_script, name
):
    editor = UserFactory(username="editor-demo")
    editor.groups.add(Group.objects.get(name="editor"))
    actor = Actor.objects.get(name="Alexander Grushko")
    path = REGISTRY_PAGES[name].format(issue=Issue.objects.first().pk, actor=actor.pk)
    _open(page, live_server, path, user="editor-demo")

    assert _problems(page, axe_script) == []


def test_quote_page_with_the_evidence_panel_has_no_serious_accessibility_violations(
    page, live_server, demo, axe_script
):
    editor = UserFactory(username="editor-axe")
    editor.groups.add(Group.objects.get(name="editor"))
    quote = Quote.objects.filter(issues__negotiation__slug=DEMO).order_by("pk").first()

    _open(page, live_server, f"/quotes/{quote.pk}/", user="editor-axe")
    page.get_by_role("button", name="Link as evidence").wait_for()

    assert _problems(page, axe_script) == []
