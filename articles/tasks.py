import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_ready
from django.conf import settings
from django.db import InterfaceError, OperationalError

from articles.services import article_fail_unexpectedly, article_parse, articles_sweep

logger = logging.getLogger(__name__)

# Errors that say nothing about the document: the database went away for a moment.
TRANSIENT_ERRORS = (OperationalError, InterfaceError)


@shared_task(
    name="articles.parse",
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=5,
    retry_backoff_max=settings.PARLEY_MAX_RETRY_SECONDS // 4,
    max_retries=4,
)
def task_parse_article(self, *, article_id: int) -> None:
    # The delivery's id, the same when redelivered or retried, is the article's claim.
    task_id = self.request.id or ""
    try:
        article_parse(article_id=article_id, task_id=task_id)
    except TRANSIENT_ERRORS:
        raise
    except SoftTimeLimitExceeded:
        article_fail_unexpectedly(
            article_id=article_id, task_id=task_id, reason="Parsing took too long."
        )
    except Exception:
        logger.exception("parsing article %s failed unexpectedly", article_id)
        article_fail_unexpectedly(
            article_id=article_id, task_id=task_id, reason="An unexpected error stopped parsing."
        )


@shared_task(name="articles.sweep", ignore_result=True)
def task_sweep_articles(*, worker_starting: bool = False) -> None:
    queued = articles_sweep(worker_starting=worker_starting)
    if queued:
        logger.info("sweep queued %s article(s) for parsing", queued)


@worker_ready.connect
def sweep_when_a_worker_starts(sender=None, **kwargs) -> None:
    """Recover at once what a crash or an emptied broker lost, without waiting for beat.

    Queued rather than run here: the worker's main process keeps no database connection,
    which the pool processes it forks later would otherwise share.
    """
    task_sweep_articles.apply_async(kwargs={"worker_starting": True})
