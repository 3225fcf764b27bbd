"""A real Chromium driving the live server, and whatever parses the uploads it makes."""

import io

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from playwright.sync_api import sync_playwright

from tests.e2e.browser import DEMO_ANALYST
from tests.factories import UserFactory
from tests.services import require_chromium, require_postgres
from tests.workers import publishing_to, running_worker

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def chromium(django_db_setup):
    executable = require_chromium()

    # Playwright's sync API keeps an event loop running on this thread, and Django
    # refuses database calls wherever a loop runs. The tests' database calls are plain
    # synchronous code, so the check is lifted while the browser is up: one module at a
    # time, so that other tests never run beside the loop.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        # The system's Chromium, never a browser Playwright would download.
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(chromium, live_server):
    context = chromium.new_context(base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def background_parsing(transactional_db, tmp_path):
    """A worker on the configured broker; without a broker, tasks run in the server itself."""
    if not settings.CELERY_BROKER_URL:
        yield None
        return
    # The worker is another process: it needs the live server's database to be shared.
    require_postgres()
    broker_url = settings.CELERY_BROKER_URL
    with publishing_to(broker_url), running_worker(broker_url=broker_url, log_dir=tmp_path) as w:
        yield w


@pytest.fixture
def demo(transactional_db):
    """The demo negotiation, loaded as `make run` loads it, and an analyst to sign in as."""
    call_command("load_demo", stdout=io.StringIO())
    user = UserFactory(username=DEMO_ANALYST)
    user.groups.add(Group.objects.get(name="analyst"))
    return user
