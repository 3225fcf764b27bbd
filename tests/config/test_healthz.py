import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.db import connections
from django.test import Client

from tests.services import require_broker
from tests.workers import free_port, throwaway_redis


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


@pytest.mark.django_db
def test_healthz_with_unreachable_broker_is_503_naming_it(client, settings):
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{free_port()}/0"

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


# Generous: the check itself gives up after a second, but the machine may be busy.
QUICKLY = 3.0


def _timed_health(client) -> tuple[int, str, float]:
    started = time.monotonic()
    response = client.get("/healthz")
    return response.status_code, json.loads(response.content)["broker"], time.monotonic() - started


@pytest.mark.django_db
def test_healthz_with_a_stopped_broker_is_503_quickly_and_asks_again_only_later(
    client, settings, tmp_path
):
    settings.PARLEY_HEALTH_BROKER_SECONDS = 60
    with throwaway_redis(tmp_path) as redis:
        settings.CELERY_BROKER_URL = redis.url
        redis.stop()
        status, broker, seconds = _timed_health(client)
        redis.start()  # the broker is back, on the same port
        remembered = _timed_health(client)[:2]
        settings.PARLEY_HEALTH_BROKER_SECONDS = 0
        asked_again = _timed_health(client)[:2]

    assert (status, broker) == (503, "unreachable") and seconds < QUICKLY
    assert remembered == (503, "unreachable")  # within the window it did not reconnect
    assert asked_again == (200, "ok")


@contextmanager
def _silent_broker() -> Iterator[tuple[str, list[socket.socket]]]:
    """A port that takes connections and never answers, as a hung broker would; yields its
    URL and the connections it took."""
    taken: list[socket.socket] = []
    stop = threading.Event()
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(0.05)

        def take() -> None:
            while not stop.is_set():
                try:
                    taken.append(server.accept()[0])
                except TimeoutError:
                    continue

        taker = threading.Thread(target=take, daemon=True)
        taker.start()
        try:
            yield f"redis://127.0.0.1:{server.getsockname()[1]}/0", taken
        finally:
            stop.set()
            taker.join()
            for connection in taken:
                connection.close()


def _health_from_another_thread(answers: list) -> None:
    try:
        answers.append(_timed_health(Client()))
    finally:
        connections.close_all()  # this thread's own database connection


@pytest.mark.django_db
def test_a_flood_of_health_checks_on_a_hung_broker_costs_one_connection(settings):
    settings.PARLEY_HEALTH_BROKER_SECONDS = 60
    answers: list = []
    with _silent_broker() as (url, taken):
        settings.CELERY_BROKER_URL = url
        started = time.monotonic()
        flood = [
            threading.Thread(target=_health_from_another_thread, args=(answers,)) for _ in range(8)
        ]
        for check in flood:
            check.start()
        for check in flood:
            check.join()
        seconds = time.monotonic() - started

    assert [answer[:2] for answer in answers] == [(503, "unreachable")] * 8
    assert seconds < QUICKLY
    assert len(taken) == 1
