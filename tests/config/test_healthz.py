import json
import socket

import pytest

from tests.services import require_broker


@pytest.mark.django_db
def test_healthz_without_broker_reports_in_process_and_is_healthy(client, settings):
    settings.CELERY_BROKER_URL = ""

    response = client.get("/healthz")

    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ok",
        "database": "ok",
        "broker": "in-process",
    }


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.django_db
def test_healthz_with_unreachable_broker_is_503_naming_it(client, settings):
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{_unused_port()}/0"

    response = client.get("/healthz")

    assert response.status_code == 503
    assert json.loads(response.content) == {
        "status": "error",
        "database": "ok",
        "broker": "unreachable",
    }


@pytest.mark.django_db
def test_healthz_with_real_redis_is_healthy(client):
    require_broker()

    response = client.get("/healthz")

    assert (response.status_code, json.loads(response.content)["broker"]) == (200, "ok")


def test_healthz_needs_no_login_and_no_database_rows(client, django_assert_max_num_queries, db):
    with django_assert_max_num_queries(1):
        response = client.get("/healthz")

    assert response["Content-Type"] == "application/json"
