import logging
import threading
import time

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from config.celery import app as celery_app

logger = logging.getLogger(__name__)


@login_not_required
@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """Whether the database and the broker answer: 200 when both do, 503 naming what failed."""
    report = {"database": _database_state(), "broker": _broker_state()}
    healthy = report["database"] == "ok" and report["broker"] in ("ok", "in-process")
    report = {"status": "ok" if healthy else "error", **report}
    return JsonResponse(report, status=200 if healthy else 503)


def _database_state() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:
        logger.warning("health check: database unreachable: %s", error)
        return "unreachable"
    return "ok"


def _broker_state() -> str:
    if not settings.CELERY_BROKER_URL:
        return "in-process"
    return _broker_memo.state(settings.CELERY_BROKER_URL)


# A dead or hung broker must not hold a health check (and the worker thread serving it)
# for long: one attempt, a second at most to connect and to read.
BROKER_CHECK_TIMEOUT = 1.0


def _ask_broker(url: str) -> str:
    broker = celery_app.connection_for_write(
        url,
        connect_timeout=BROKER_CHECK_TIMEOUT,
        transport_options={
            "socket_connect_timeout": BROKER_CHECK_TIMEOUT,
            "socket_timeout": BROKER_CHECK_TIMEOUT,
        },
    )
    try:
        broker.ensure_connection(max_retries=0)
    except Exception as error:
        logger.warning("health check: broker unreachable: %s", error)
        return "unreachable"
    finally:
        broker.release()
    return "ok"


class _BrokerMemo:
    """The broker's state as last asked, remembered for PARLEY_HEALTH_BROKER_SECONDS.

    Kept in this process rather than in Django's cache: what it protects is this
    process's threads, which would otherwise each wait on a dead broker, and a shared
    cache could live on the very Redis being checked. Checks that arrive while one is
    asking wait for its answer instead of asking too.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._answers: dict[str, tuple[str, float]] = {}

    def state(self, url: str) -> str:
        with self._lock:
            state, asked_at = self._answers.get(url, ("", -float("inf")))
            if time.monotonic() - asked_at >= settings.PARLEY_HEALTH_BROKER_SECONDS:
                state = _ask_broker(url)
                self._answers[url] = (state, time.monotonic())
            return state


_broker_memo = _BrokerMemo()
