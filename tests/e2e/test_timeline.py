"""The timeline in a real browser: htmx swaps, the address bar, scrolling, expanding."""

import datetime
import os
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect, sync_playwright

from tests.e2e.browser import sign_in
from tests.factories import (
    ArticleFactory,
    EventFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    UserFactory,
)
from tests.services import require_chromium

# Playwright's sync API runs an event loop in this thread; the test still only touches the
# database before and after the browser does, never while it waits on it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def browser():
    executable = require_chromium()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def analyst(transactional_db):
    user = UserFactory(username="analyst-e2e")
    user.groups.add(Group.objects.get_or_create(name="analyst")[0])
    return user


def _signed_in_page(browser, live_server, *, width=1280, height=900):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(10_000)
    sign_in(page, live_server.url, "analyst-e2e")
    return page


def _talks_with_quotes():
    nato = PartyFactory(slug="nato", name="NATO", colour="#1d3f8f")
    russia = PartyFactory(slug="russia", name="Russia", colour="#9b1c1c")
    talks = NegotiationFactory(slug="winter", name="Winter talks", with_parties=[russia, nato])
    lines = [
        (nato, "reject", "Jens Stoltenberg", "Russia does not have a veto", 12),
        (russia, "demand", "Sergey Ryabkov", "We need legally binding guarantees", 10),
        (russia, "warn", "Alexander Grushko", "There will be consequences", 13),
    ]
    quotes = {}
    for party, stance, speaker, text, day in lines:
        body = f"Headline\n\nIntro.\n{speaker} said: “{text}.” Reporters listened.\nMore."
        article = ArticleFactory(body=body, title=f"Report on {speaker}")
        article.negotiations.add(talks)
        quotes[stance] = QuoteFactory(
            article=article,
            party=party,
            stance=stance,
            speaker_name=speaker,
            text=text,
            start=body.index(text),
            said_on=datetime.date(2022, 1, day),
        )
    EventFactory(
        negotiation=talks,
        title="NATO–Russia Council",
        place="Brussels",
        happened_on=datetime.date(2022, 1, 12),
    )
    return talks, quotes


def _checkbox(page, name: str, value: str):
    return page.locator(f"input[type=checkbox][name={name}][value={value}]")


def _quote_texts(page) -> list[str]:
    return page.locator(".tl-item--quote .tl-quote").all_inner_texts()


def test_changing_a_filter_swaps_results_and_the_url_and_back_restores_them(
    browser, live_server, analyst
):
    _talks_with_quotes()
    page = _signed_in_page(browser, live_server)
    page.goto(f"{live_server.url}/timeline/")
    assert len(_quote_texts(page)) == 3
    expect(page.locator("#count-russia")).to_have_text("2")
    page.evaluate("window.fullLoads = (window.fullLoads || 0) + 1")

    _checkbox(page, "stance", "reject").check()
    page.wait_for_url("**/timeline/?negotiation=winter&stance=reject")

    assert _quote_texts(page) == ["“Russia does not have a veto”"]
    assert page.evaluate("window.fullLoads") == 1  # swapped in place, not reloaded
    expect(page.locator("#count-russia")).to_have_text("0")
    expect(page.locator("#count-nato")).to_have_text("1")

    _checkbox(page, "party", "russia").check()
    page.wait_for_url("**/timeline/?negotiation=winter&party=russia&stance=reject")
    assert page.locator(".empty-state").inner_text().startswith("Nothing matches")

    page.go_back()
    page.wait_for_url("**/timeline/?negotiation=winter&stance=reject")
    page.wait_for_selector(".tl-item--quote")
    assert _quote_texts(page) == ["“Russia does not have a veto”"]
    assert _checkbox(page, "stance", "reject").is_checked()
    assert not _checkbox(page, "party", "russia").is_checked()

    page.go_back()
    page.wait_for_url("**/timeline/")
    expect(page.locator(".tl-item--quote")).to_have_count(3)
    assert not _checkbox(page, "stance", "reject").is_checked()


def test_typing_a_search_filters_without_a_submit(browser, live_server, analyst):
    _talks_with_quotes()
    page = _signed_in_page(browser, live_server)
    page.goto(f"{live_server.url}/timeline/")

    page.fill("#timeline-q", "guarantees")
    page.wait_for_url("**/timeline/?negotiation=winter&q=guarantees")

    assert _quote_texts(page) == ["“We need legally binding guarantees”"]


def test_scrolling_to_the_end_loads_the_next_page(browser, live_server, analyst):
    talks = NegotiationFactory(slug="winter")
    for day in range(60):
        article = ArticleFactory()
        article.negotiations.add(talks)
        QuoteFactory(
            article=article,
            text=f"Statement {day}",
            said_on=datetime.date(2022, 1, 1) + datetime.timedelta(days=day // 3),
        )
    page = _signed_in_page(browser, live_server)
    page.goto(f"{live_server.url}/timeline/")
    assert page.locator(".tl-item--quote").count() == 50

    page.locator("#more").scroll_into_view_if_needed()
    expect(page.locator(".tl-item--quote")).to_have_count(60)

    texts = _quote_texts(page)
    assert sorted(texts) == sorted(f"“Statement {day}”" for day in range(60))
    assert page.locator("#more").count() == 0
    assert page.locator(".tl-end").is_visible()
    assert page.url == f"{live_server.url}/timeline/"


def test_a_quote_expands_in_place_to_its_paragraph(browser, live_server, analyst):
    _, quotes = _talks_with_quotes()
    page = _signed_in_page(browser, live_server)
    page.goto(f"{live_server.url}/timeline/")
    item = page.locator(f"#quote-{quotes['reject'].pk}")

    item.locator(".tl-context summary").click()

    mark = item.locator("mark")
    mark.wait_for()
    assert mark.inner_text() == "Russia does not have a veto"
    assert "Jens Stoltenberg said:" in item.locator(".tl-context__paragraph").inner_text()
    link = item.get_by_role("link", name="Open “Report on Jens Stoltenberg” in the reader")
    assert link.get_attribute("href") == (
        f"/articles/{quotes['reject'].article_id}/#quote-{quotes['reject'].pk}"
    )
    assert page.url == f"{live_server.url}/timeline/"


@pytest.mark.parametrize(("name", "width", "height"), (("desktop", 1280, 900), ("phone", 390, 844)))
def test_timeline_screenshots(browser, live_server, analyst, name, width, height):
    _talks_with_quotes()
    page = _signed_in_page(browser, live_server, width=width, height=height)
    page.goto(f"{live_server.url}/timeline/")
    page.locator(".tl-item--quote").first.locator(".tl-context summary").click()
    page.locator(".tl-item--quote mark").first.wait_for()

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"timeline-{name}.png", full_page=True)

    assert page.locator(".tl-filters").is_visible()
