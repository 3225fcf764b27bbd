"""Shared fixtures, and the rule that decides whether a test may skip.

A test that needs a real service (PostgreSQL, Redis, a Celery worker, Chromium)
skips itself on a bare machine with a reason saying how to provide it; with
CI=true every such skip fails the run instead.
"""

import os

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings

from config.celery import app as celery_app
from tests.factories import UserFactory

IN_CI = os.environ.get("CI", "").lower() == "true"


def _skipped_tests(terminalreporter) -> list:
    return terminalreporter.stats.get("skipped", [])


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if IN_CI and _skipped_tests(terminalreporter):
        terminalreporter.write_line(
            "CI=true: skipped tests count as failures (every service must be there).", red=True
        )


def pytest_sessionfinish(session, exitstatus):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if IN_CI and reporter is not None and _skipped_tests(reporter) and exitstatus == 0:
        session.exitstatus = 1


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing():
    """Hash test users' passwords with MD5: the real hasher is slow on purpose, and every
    user a factory makes would pay for it. Passwords still have to match to sign in."""
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


def _client_in_group(client, group_name: str):
    user = UserFactory(username=group_name)
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def client_analyst(client, db):
    return _client_in_group(client, "analyst")


@pytest.fixture
def client_editor(client, db):
    return _client_in_group(client, "editor")


@pytest.fixture
def client_admin(client, db):
    client = _client_in_group(client, "admin")
    client.user.is_staff = True
    client.user.save(update_fields=["is_staff"])
    return client


@pytest.fixture
def tasks_in_process():
    """Run tasks in-process, as the zero-setup mode does (the real worker has its own tests)."""
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = eager
