"""How tests find the real services they need, and skip (or fail under CI) without them."""

import os
import shutil

import pytest
from django.conf import settings
from django.db import connection

IN_CI = os.environ.get("CI", "").lower() == "true"


def require(available: bool, reason: str) -> None:
    """Skip the calling test unless `available`; under CI=true a missing service is a failure."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


def require_postgres() -> None:
    require(
        connection.vendor == "postgresql",
        "needs PostgreSQL: set DATABASE_URL=postgres://postgres@127.0.0.1:5432/parley",
    )


def require_broker() -> str:
    url = settings.CELERY_BROKER_URL
    require(
        url.startswith("redis://"),
        "needs Redis: set CELERY_BROKER_URL=redis://127.0.0.1:6379/0",
    )
    return url


def require_chromium() -> str:
    path = os.environ.get("PARLEY_CHROMIUM") or shutil.which("chromium") or ""
    require(bool(path), "needs Chromium: apt-get install chromium (or set PARLEY_CHROMIUM)")
    return path
