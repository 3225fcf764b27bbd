import logging

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
    try:
        with celery_app.connection_for_write(settings.CELERY_BROKER_URL) as broker:
            broker.ensure_connection(max_retries=1, timeout=3)
    except Exception as error:
        logger.warning("health check: broker unreachable: %s", error)
        return "unreachable"
    return "ok"
