"""Sign-in throttling: an account at an address is locked after a few failures, an address
after many, each for a cool-off; the page says when to try again.

Addresses come from the documentation ranges: nothing is sent anywhere.
"""

import re
from datetime import datetime, timedelta

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.http import HttpRequest
from django.utils import timezone

from config.throttling import DEMO_USERNAME
from tests.factories import UserFactory

PASSWORD = "correct horse battery staple"
HERE, ELSEWHERE = "203.0.113.7", "198.51.100.20"
PROXY = "192.0.2.1"


@pytest.fixture(autouse=True)
def quick_passwords(settings):
    # Dozens of sign-ins per test: the production hasher's deliberate slowness only costs time.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def alice(db):
    return UserFactory(username="alice")


@pytest.fixture
def bob(db):
    return UserFactory(username="bob")


def _sign_in(client, username: str, password: str = PASSWORD, *, address: str = HERE, **meta):
    client.logout()
    return client.post(
        "/accounts/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **meta,
    )


def _fail(client, username: str, times: int, **where) -> list[int]:
    return [_sign_in(client, username, "wrong", **where).status_code for _ in range(times)]


SIGNED_IN, REFUSED, LOCKED = 302, 200, 429


def test_the_sixth_attempt_is_refused_even_with_the_right_password(client, alice):
    failures = _fail(client, "alice", 5)

    response = _sign_in(client, "alice")

    assert failures == [REFUSED] * 4 + [LOCKED]
    assert response.status_code == LOCKED
    assert "Too many failed sign-ins" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_locked_account_still_signs_in_from_another_address(client, alice):
    _fail(client, "alice", 5)

    assert _sign_in(client, "alice", address=ELSEWHERE).status_code == SIGNED_IN


def test_another_account_at_the_address_signs_in_until_the_address_limit(client, alice, bob):
    _fail(client, "alice", 5)
    before_limit = _sign_in(client, "bob").status_code
    # Fifteen more failures, one on each of fifteen guessed names, reach the address's 20.
    guesses = [_fail(client, f"guess-{n}", 1)[0] for n in range(15)]

    assert before_limit == SIGNED_IN
    assert guesses == [REFUSED] * 14 + [LOCKED]
    assert _sign_in(client, "bob").status_code == LOCKED
    assert _sign_in(client, "bob", address=ELSEWHERE).status_code == SIGNED_IN


def test_lockout_page_says_when_to_try_again_in_parleys_look(client, alice):
    _fail(client, "alice", 5)
    started = timezone.now()

    response = _sign_in(client, "alice")

    content = response.content.decode()
    retry_at = datetime.fromisoformat(re.search(r'<time datetime="([^"]+)"', content).group(1))
    assert started + timedelta(minutes=15) - timedelta(seconds=1) <= retry_at
    assert retry_at <= timezone.now() + timedelta(minutes=15)
    assert f'Try again after <strong><time datetime="{retry_at.isoformat()}">' in content
    assert "(in 15 minutes)" in content
    assert '<a class="brand" href="/">Parley</a>' in content


def test_a_successful_sign_in_clears_the_accounts_count(client, alice):
    first = _fail(client, "alice", 4)
    _sign_in(client, "alice")
    second = _fail(client, "alice", 4)

    assert first == second == [REFUSED] * 4
    assert _sign_in(client, "alice").status_code == SIGNED_IN


def test_a_sign_in_does_not_clear_the_addresss_failures_on_other_accounts(client, alice, bob):
    _fail(client, "alice", 4)

    _sign_in(client, "bob")

    assert _fail(client, "alice", 1) == [LOCKED]


def test_a_lock_lifts_after_the_cool_off(client, alice):
    _fail(client, "alice", 5)

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))

    assert _sign_in(client, "alice").status_code == SIGNED_IN


def test_an_administrator_lifts_a_lock_with_axes_reset(client, alice):
    _fail(client, "alice", 5)

    call_command("axes_reset")

    assert _sign_in(client, "alice").status_code == SIGNED_IN


def test_the_admin_sign_in_is_throttled_too(client, alice):
    statuses = [
        client.post(
            "/admin/login/", {"username": "alice", "password": "wrong"}, REMOTE_ADDR=HERE
        ).status_code
        for _ in range(5)
    ]

    assert statuses == [REFUSED] * 4 + [LOCKED]


# --- The demo account -----------------------------------------------------------------


def test_the_demo_account_is_never_locked_in_the_zero_setup_mode(client, settings, db):
    settings.DATABASE_URL = ""
    UserFactory(username=DEMO_USERNAME)

    failures = _fail(client, DEMO_USERNAME, 10)

    assert failures == [REFUSED] * 10
    assert _sign_in(client, DEMO_USERNAME).status_code == SIGNED_IN


def test_other_accounts_are_throttled_in_the_zero_setup_mode(client, settings, alice):
    settings.DATABASE_URL = ""

    assert _fail(client, "alice", 5)[-1] == LOCKED


def test_an_account_called_demo_is_throttled_in_a_deployment(client, settings, db):
    settings.DATABASE_URL = "postgres://parley@db/parley"
    UserFactory(username=DEMO_USERNAME)

    assert _fail(client, DEMO_USERNAME, 5)[-1] == LOCKED


# --- Where a visitor comes from -------------------------------------------------------


def _behind_proxy(client_address: str, *, claimed: str = "") -> dict:
    """What the TLS proxy passes on: the visitor's own header, then the address it heard from."""
    forwarded = f"{claimed}, {client_address}" if claimed else client_address
    return {"address": PROXY, "HTTP_X_FORWARDED_FOR": forwarded}


def test_behind_the_proxy_a_visitor_is_their_forwarded_address(client, settings, alice):
    settings.PARLEY_PROXY_COUNT = 1

    _fail(client, "alice", 5, **_behind_proxy(HERE))

    assert _sign_in(client, "alice", **_behind_proxy(HERE)).status_code == LOCKED
    # Someone else behind the same proxy is another address.
    assert _sign_in(client, "alice", **_behind_proxy(ELSEWHERE)).status_code == SIGNED_IN


def test_a_forwarded_address_the_visitor_made_up_does_not_count(client, settings, alice):
    settings.PARLEY_PROXY_COUNT = 1

    statuses = [
        _sign_in(
            client, "alice", "wrong", **_behind_proxy(HERE, claimed=f"192.0.2.{n}")
        ).status_code
        for n in range(10, 15)
    ]

    assert statuses[-1] == LOCKED


def test_without_a_proxy_the_forwarded_header_is_ignored(client, settings, alice):
    settings.PARLEY_PROXY_COUNT = 0

    statuses = [
        _sign_in(client, "alice", "wrong", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}").status_code
        for n in range(10, 15)
    ]

    assert statuses[-1] == LOCKED


# --- The test client -----------------------------------------------------------------


def test_the_test_clients_login_works_when_given_a_request(client, alice):
    # Throttling needs the request: client.login must pass one; force_login needs none.
    assert client.login(request=HttpRequest(), username="alice", password=PASSWORD)
    assert client.get("/").status_code == 200
