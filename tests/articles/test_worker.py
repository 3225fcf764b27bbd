"""Uploads parsed by a real Celery worker through the configured Redis broker."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Article
from devtools.demo.loader import SEEDS_DIR as SEEDS
from tests.factories import NegotiationFactory
from tests.services import require_broker, require_postgres
from tests.workers import publishing_to, running_worker, wait_for_article

PARSE_SECONDS = 60


@pytest.fixture
def worker(transactional_db, tmp_path):
    # The worker is another process: it sees only committed rows in a shared database.
    require_postgres()
    broker_url = require_broker()
    with publishing_to(broker_url), running_worker(broker_url=broker_url, log_dir=tmp_path) as w:
        yield w


@pytest.mark.django_db(transaction=True)
def test_upload_of_the_seed_articles_is_parsed_by_the_worker(worker, client_editor):
    negotiation = NegotiationFactory()
    files = [
        SimpleUploadedFile(path.name, path.read_bytes()) for path in sorted(SEEDS.glob("*.txt"))
    ]

    response = client_editor.post(
        "/articles/new/", {"files": files, "negotiations": [negotiation.pk]}
    )

    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    assert (response.status_code, len(ids)) == (302, 5)
    articles = [
        wait_for_article(pk, "parsed", "failed", timeout=PARSE_SECONDS, worker=worker) for pk in ids
    ]
    assert [(a.raw.filename, a.status, a.error) for a in articles] == [
        (file.name, "parsed", "") for file in files
    ]
    for article in articles:
        assert "& nbsp;" not in article.body, article.raw.filename
        assert "chevron" not in article.body.lower(), article.raw.filename
        assert "Leave a Reply" not in article.body, article.raw.filename
        assert article.quotes.count() > 0, article.raw.filename
        assert list(article.negotiations.all()) == [negotiation]


@pytest.mark.django_db(transaction=True)
def test_upload_status_stops_polling_once_the_worker_is_done(worker, client_editor):
    negotiation = NegotiationFactory()
    (seed, *_) = sorted(SEEDS.glob("*.txt"))
    response = client_editor.post(
        "/articles/new/",
        {
            "files": [SimpleUploadedFile(seed.name, seed.read_bytes())],
            "negotiations": [negotiation.pk],
        },
    )
    article = Article.objects.get()
    wait_for_article(article.pk, "parsed", timeout=PARSE_SECONDS, worker=worker)

    status = client_editor.get(response["Location"], headers={"HX-Request": "true"})

    quotes = article.quotes.count()
    assert status.status_code == 286
    assert f"{quotes} quote{'s' if quotes != 1 else ''} found".encode() in status.content
