import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from articles.models import Article
from devtools.demo.loader import SEEDS_DIR as SEEDS
from tests.factories import NegotiationFactory, UserFactory

PROJECT_DIR = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT_DIR / "artifacts"
PASSWORD = "correct horse battery staple"
PARSED = re.compile(r"Parsed\s+\d+ quotes? found, \d+ with a known speaker")


def _log_in_as_editor(page) -> None:
    editor = UserFactory(username="editor")
    editor.groups.add(Group.objects.get(name="editor"))
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/$"))


@pytest.mark.django_db(transaction=True)
def test_upload_of_two_files_shows_both_parsed_on_the_status_page(page, background_parsing):
    NegotiationFactory(name="Winter security talks")
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    _log_in_as_editor(page)
    page.goto("/articles/new/")
    page.get_by_label("Files").set_input_files(seeds)
    page.get_by_label("Winter security talks").check()

    page.get_by_role("button", name="Upload").click()

    page.wait_for_url(re.compile(r"/articles/uploads/\?id=\d+&id=\d+$"))
    # Left on the page by this test: gone if anything reloaded the page instead of htmx.
    page.evaluate("window.statusPageNotReloaded = true")
    rows = page.locator(".upload-list__item")
    expect(rows.filter(has_text=PARSED)).to_have_count(2, timeout=60_000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "upload-status.png", full_page=True)
    assert page.evaluate("window.statusPageNotReloaded") is True
    articles = Article.objects.order_by("raw__filename")
    assert [(a.raw.filename, a.status) for a in articles] == [(p.name, "parsed") for p in seeds]
    shown = sorted(
        (
            row.get_by_role("link").get_attribute("href"),
            PARSED.search(" ".join(row.inner_text().split()))[0],
        )
        for row in rows.all()
    )
    assert shown == sorted(
        (
            f"/articles/{a.pk}/",
            f"Parsed {_quotes_found(a.quotes.count())}, "
            f"{a.quotes.exclude(speaker_name='').count()} with a known speaker",
        )
        for a in articles
    )


def _quotes_found(n: int) -> str:
    return f"{n} quote{'s' if n != 1 else ''} found"


@pytest.mark.django_db(transaction=True)
def test_upload_of_more_files_than_allowed_shows_the_upload_page_saying_so(page, settings):
    NegotiationFactory(name="Winter security talks")
    files = [
        {"name": f"day-{day}.txt", "mimeType": "text/plain", "buffer": f"Talks, day {day}".encode()}
        for day in range(settings.DATA_UPLOAD_MAX_NUMBER_FILES + 1)
    ]
    _log_in_as_editor(page)
    page.goto("/articles/new/")
    page.get_by_label("Files").set_input_files(files)
    page.get_by_label("Winter security talks").check()

    page.get_by_role("button", name="Upload").click()

    expect(page.get_by_role("alert")).to_contain_text("Upload at most 100 files at once")
    expect(page.get_by_role("button", name="Upload")).to_be_visible()
    assert Article.objects.count() == 0
