"""Parsing survives its worker dying mid-task and its broker going away.

Each test runs its own redis-server and worker, so it can kill and restart them
without touching the machine's services.
"""

import time
from functools import cache

import pytest
import redis
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Article
from articles.services import article_request_reparse, articles_sweep
from devtools.demo.loader import SEEDS_DIR as SEEDS
from tests.factories import NegotiationFactory
from tests.services import require_postgres
from tests.workers import (
    publishing_to,
    reconnect_publisher,
    running_worker,
    throwaway_redis,
    wait_for,
    wait_for_article,
)

# Enough paragraphs (about 240 KB) that a worker spends seconds on the document,
# mostly extracting and storing a thousand quotes, so a test polling every 50 ms
# reliably catches the article while it is `parsing`.
DIGEST_PARAGRAPHS = 1000
PARSE_SECONDS = 40
VISIBILITY_TIMEOUT = 3


@cache
def _long_digest() -> bytes:
    """A press digest retelling the seed stories paragraph by paragraph, numbered."""
    paragraphs = [
        line
        for path in sorted(SEEDS.glob("*.txt"))
        for line in path.read_text().splitlines()[2:]
        if line.strip()
    ]
    body = "\n".join(
        f"{number}. {paragraphs[number % len(paragraphs)]}"
        for number in range(1, DIGEST_PARAGRAPHS + 1)
    )
    return f"European security talks: the week in quotes\n\n{body}\n".encode()


def _upload(client, content: bytes):
    negotiation = NegotiationFactory()
    upload = SimpleUploadedFile("digest.txt", content, content_type="text/plain")
    return client.post("/articles/new/", {"files": [upload], "negotiations": [negotiation.pk]})


def _quotes(article: Article) -> list[tuple]:
    return list(
        article.quotes.order_by("start", "end").values_list("start", "end", "text", "speaker_name")
    )


def _clean_parse_quotes(article: Article, worker) -> list[tuple]:
    """Parse the same article again, with nothing going wrong, and return its quotes."""
    attempts = article.parse_attempts
    article_request_reparse(article=article)
    clean = wait_for_article(
        article.pk,
        "parsed",
        timeout=PARSE_SECONDS,
        worker=worker,
        where=lambda a: a.parse_attempts == attempts + 1,
    )
    return _quotes(clean)


@pytest.fixture
def broker(transactional_db, tmp_path):
    # Workers are other processes: they see only committed rows in a shared database.
    require_postgres()
    with throwaway_redis(tmp_path) as server, publishing_to(server.url):
        yield server


@pytest.mark.django_db(transaction=True)
def test_parse_whose_pool_process_is_killed_is_redelivered_and_parsed_once(
    broker, client_editor, tmp_path
):
    with running_worker(broker_url=broker.url, log_dir=tmp_path) as worker:
        _upload(client_editor, _long_digest())
        article = Article.objects.get()
        wait_for_article(article.pk, "parsing", timeout=PARSE_SECONDS, worker=worker)

        killed = worker.kill_pool_process()

        interrupted = Article.objects.get(pk=article.pk)
        parsed = wait_for_article(article.pk, "parsed", timeout=PARSE_SECONDS, worker=worker)
        quotes = _quotes(parsed)
        clean_quotes = _clean_parse_quotes(parsed, worker)
    assert (interrupted.status, interrupted.parse_attempts) == ("parsing", 0)
    assert f"pid:{killed} exited with 'signal 9 (SIGKILL)'" in worker.log()
    assert parsed.parse_attempts == 1
    assert len(quotes) > 100
    assert quotes == clean_quotes


@pytest.mark.django_db(transaction=True)
def test_parse_whose_whole_worker_is_killed_is_taken_up_by_a_new_worker(
    broker, client_editor, tmp_path
):
    short_visibility = {"CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT)}
    with running_worker(
        broker_url=broker.url, log_dir=tmp_path, env=short_visibility, name="first-worker"
    ) as first:
        _upload(client_editor, _long_digest())
        article = Article.objects.get()
        wait_for_article(article.pk, "parsing", timeout=PARSE_SECONDS, worker=first)

        first.kill()

    interrupted = Article.objects.get(pk=article.pk)
    # The broker hands the unacknowledged task out again once it is older than the
    # visibility timeout; a worker starting after that restores it at once.
    with redis.Redis(port=broker.port) as client:
        wait_for(
            lambda: client.zrangebyscore("unacked_index", "-inf", time.time() - VISIBILITY_TIMEOUT),
            timeout=VISIBILITY_TIMEOUT + 5,
            what="the killed worker's task to outlast the visibility timeout",
        )
    with running_worker(
        broker_url=broker.url, log_dir=tmp_path, env=short_visibility, name="second-worker"
    ) as second:
        parsed = wait_for_article(article.pk, "parsed", timeout=PARSE_SECONDS, worker=second)
        quotes = _quotes(parsed)
        clean_quotes = _clean_parse_quotes(parsed, second)
    assert (interrupted.status, interrupted.parse_attempts) == ("parsing", 0)
    assert parsed.parse_attempts == 1
    assert len(quotes) > 100
    assert quotes == clean_quotes


@pytest.mark.django_db(transaction=True)
def test_upload_while_the_broker_is_down_is_kept_and_parsed_once_it_is_back(
    broker, client_editor, tmp_path
):
    with running_worker(broker_url=broker.url, log_dir=tmp_path) as worker:
        broker.stop()
        began = time.monotonic()
        response = _upload(client_editor, (SEEDS / "000_82111aeba2f15433.txt").read_bytes())
        upload_seconds = time.monotonic() - began
        article = Article.objects.get()
        status_page = client_editor.get(response["Location"])

        broker.start()
        reconnect_publisher()
        queued = articles_sweep()

        parsed = wait_for_article(article.pk, "parsed", timeout=PARSE_SECONDS, worker=worker)
    assert (response.status_code, response["Location"]) == (
        302,
        f"/articles/uploads/?id={article.pk}",
    )
    assert upload_seconds < 15
    assert (article.status, article.parse_delayed) == ("received", True)
    assert b"Parsing is delayed" in status_page.content
    assert queued == 1
    assert (parsed.parse_delayed, parsed.quotes.count() > 0) == (False, True)
