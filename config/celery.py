"""The Celery app: `celery -A config worker` and `celery -A config beat`."""

import gc
import os

from celery import Celery
from celery.signals import worker_init, worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("parley")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_init.connect
@worker_process_init.connect
def freeze_startup_objects(**kwargs) -> None:
    """Exempt everything loaded at startup (Django, the apps, the engine's tables) from the
    cycle collector: its full passes would otherwise walk that whole heap again and again
    while a worker parses articles, which costs quote extraction about a tenth of its time.
    Forked pool processes share those pages with their parent for longer, too."""
    gc.freeze()
