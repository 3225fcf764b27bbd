import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError

from positions.models import Negotiation
from positions.suggestions import suggestion_model_train

logger = logging.getLogger(__name__)


@shared_task(
    name="positions.train_suggestions",
    acks_late=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=5,
    max_retries=4,
)
def task_train_suggestions(*, negotiation_id: int) -> None:
    negotiation = Negotiation.objects.filter(pk=negotiation_id).first()
    if negotiation is None:
        logger.warning(
            "negotiation %s vanished before its suggestions were trained", negotiation_id
        )
        return
    model = suggestion_model_train(negotiation=negotiation)
    if model is not None:
        logger.info("suggestions of %s: version %s", negotiation, model.version)
