"""Learned suggestions trained by a real Celery worker through the configured Redis broker."""

import random

import pytest

from positions.models import Quote, SuggestionModel
from tests.harbour import harbour_article, harbour_talks, reviewed_articles
from tests.services import require_broker, require_postgres
from tests.workers import publishing_to, running_worker, wait_for

TRAIN_SECONDS = 90


@pytest.fixture
def worker(transactional_db, tmp_path):
    # The worker is another process: it sees only committed rows in a shared database.
    require_postgres()
    broker_url = require_broker()
    env = {"PARLEY_SUGGESTIONS_MIN_VERDICTS": "30"}
    with (
        publishing_to(broker_url),
        running_worker(broker_url=broker_url, log_dir=tmp_path, env=env) as w,
    ):
        yield w


@pytest.mark.django_db(transaction=True)
def test_the_acceptance_that_reaches_the_threshold_has_the_worker_train_a_version(
    worker, client_editor, settings
):
    settings.PARLEY_SUGGESTIONS_MIN_VERDICTS = 30
    negotiation, issues = harbour_talks()
    chance = random.Random(23)
    # 28 verdicts given quietly, then two acceptances in the review queue: the second
    # brings the thirtieth verdict and queues the training.
    reviewed_articles(negotiation, issues, chance, 7)
    article, _ = harbour_article(negotiation, chance)
    first, second = Quote.objects.filter(article=article).order_by("start")[:2]
    client_editor.post(f"/review/{first.pk}/", {"version": first.version, "decision": "accept"})
    assert not SuggestionModel.objects.exists()

    client_editor.post(f"/review/{second.pk}/", {"version": second.version, "decision": "accept"})

    model = wait_for(
        lambda: SuggestionModel.objects.defer("payload").first(),
        timeout=TRAIN_SECONDS,
        what="the worker to train suggestions",
    )
    assert (model.version, model.verdicts_used) == (1, 30)
    assert set(model.metrics) == {"rules", "learned"}
    # From then on new articles of the negotiation are suggested by that version.
    fresh, _ = harbour_article(negotiation, chance)
    assert {q.suggested_by_id for q in fresh.quotes.all()} == {model.pk}
