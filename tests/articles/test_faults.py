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
from tests.parsing.builders import long_word_document
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
# A parse whose worker died, or whose message the broker lost, is parsed again within this.
RECOVERY_SECONDS = 60


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


@pytest.mark.django_db(transaction=True)
def test_parse_whose_worker_died_is_parsed_within_a_minute_by_a_new_worker(
    broker, client_editor, tmp_path
):
    with running_worker(broker_url=broker.url, log_dir=tmp_path, name="first-worker") as first:
        _upload(client_editor, _long_digest())
        article = Article.objects.get()
        wait_for_article(article.pk, "parsing", timeout=PARSE_SECONDS, worker=first)

        first.kill()
        killed_at = time.monotonic()

    # The broker would hand the killed worker's message out again only after the visibility
    # timeout, many minutes on: the sweep, run by beat, gives the article to the new worker.
    with running_worker(
        broker_url=broker.url, log_dir=tmp_path, name="second-worker", beat=True
    ) as second:
        parsed = wait_for_article(article.pk, "parsed", timeout=RECOVERY_SECONDS, worker=second)
        recovered_after = time.monotonic() - killed_at
    print(f"parsed {recovered_after:.0f} s after its worker was killed")
    assert recovered_after < RECOVERY_SECONDS
    assert parsed.parse_attempts == 1
    assert "sweep queued 1 article(s) for parsing" in second.log()


@pytest.mark.django_db(transaction=True)
def test_uploads_lost_with_an_emptied_broker_are_parsed_once_a_worker_starts(
    broker, client_editor, tmp_path
):
    seeds = sorted(SEEDS.glob("*.txt"))[:3]
    files = [SimpleUploadedFile(seed.name, seed.read_bytes()) for seed in seeds]
    client_editor.post(
        "/articles/new/", {"files": files, "negotiations": [NegotiationFactory().pk]}
    )
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))

    broker.stop()
    broker.start()  # it keeps nothing on disk: every queued message is gone
    with redis.Redis(port=broker.port) as client:
        queued_after_restart = client.llen("celery")
    started_at = time.monotonic()
    with running_worker(broker_url=broker.url, log_dir=tmp_path) as worker:
        parsed = [
            wait_for_article(pk, "parsed", timeout=RECOVERY_SECONDS, worker=worker) for pk in ids
        ]
        recovered_after = time.monotonic() - started_at
    print(f"parsed {recovered_after:.0f} s after the worker started")
    assert (len(ids), queued_after_restart) == (3, 0)
    assert recovered_after < RECOVERY_SECONDS
    assert [article.parse_attempts for article in parsed] == [1, 1, 1]
    assert "sweep queued 3 article(s) for parsing" in worker.log()


@pytest.mark.django_db(transaction=True)
def test_reparse_pressed_repeatedly_runs_one_parse(broker, client_editor, tmp_path):
    with running_worker(broker_url=broker.url, log_dir=tmp_path) as worker:
        _upload(client_editor, _long_digest())
        article = Article.objects.get()
        wait_for_article(article.pk, "parsed", timeout=PARSE_SECONDS, worker=worker)
        deliveries_before = _parse_deliveries(worker)

        for _ in range(5):
            client_editor.post(f"/articles/{article.pk}/reparse/")
        reparsed = wait_for_article(
            article.pk,
            "parsed",
            timeout=PARSE_SECONDS,
            worker=worker,
            where=lambda a: a.parse_attempts == 2,
        )
        with redis.Redis(port=broker.port) as client:
            still_queued = client.llen("celery")
    assert (reparsed.parse_attempts, still_queued) == (2, 0)
    assert _parse_deliveries(worker) == deliveries_before + 1


def _parse_deliveries(worker) -> int:
    return sum(
        1 for line in worker.log().splitlines() if "articles.parse[" in line and "received" in line
    )


# What one parse may hold at its peak: the worker's pool process, Django and the parsing
# libraries loaded (about 150 MB), plus the largest upload's working set.
PARSE_MEMORY_LIMIT = 300 * 1024 * 1024
HOSTILE_SECONDS = 30


def _ten_megabytes_of_prose() -> bytes:
    story = "\n\n".join(path.read_text() for path in sorted(SEEDS.glob("*.txt"))).encode()
    return (story * (10_000_000 // len(story) + 1))[:10_000_000]


HOSTILE_UPLOADS = [
    ("prose.txt", _ten_megabytes_of_prose, "too long to extract quotes from (9,"),
    ("quotes.txt", lambda: b'"' * 9_000_000, "too long to extract quotes from (9,000,000"),
    ("report.docx", lambda: long_word_document(14_000_000), "Word document is too long"),
    # Small enough XML to be read, and only then found too long.
    ("long.docx", lambda: long_word_document(9_600_000), "too long to extract quotes from (9,6"),
]


@pytest.mark.django_db(transaction=True)
def test_hostile_uploads_fail_within_seconds_and_a_bounded_memory(broker, client_editor, tmp_path):
    # One pool process for all three, so that its peak covers every parse.
    one_process = {"CELERY_WORKER_MAX_MEMORY_PER_CHILD": "0"}
    outcomes = []
    with running_worker(broker_url=broker.url, log_dir=tmp_path, env=one_process) as worker:
        for name, content, _ in HOSTILE_UPLOADS:
            upload = SimpleUploadedFile(name, content())
            began = time.monotonic()
            client_editor.post(
                "/articles/new/", {"files": [upload], "negotiations": [NegotiationFactory().pk]}
            )
            article = Article.objects.latest("pk")
            failed = wait_for_article(article.pk, "failed", timeout=HOSTILE_SECONDS, worker=worker)
            outcomes.append((name, failed.error, time.monotonic() - began))
        peak = worker.pool_peak_memory()
    print(f"pool process peak {peak / 2**20:.0f} MB;", [(n, round(s, 1)) for n, _, s in outcomes])
    for (name, error, _), (_, _, words) in zip(outcomes, HOSTILE_UPLOADS, strict=True):
        assert words in error, name
    assert peak < PARSE_MEMORY_LIMIT
