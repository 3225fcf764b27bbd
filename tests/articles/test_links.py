"""Uploading a link: the worker fetches the page, keeps it, and refuses internal addresses."""

import pytest

from articles.models import Article
from articles.services import article_parse, articles_upload
from tests.factories import NegotiationFactory
from tests.web import QuietHandler, serving

PAGE = (
    "<html><head><title>Envoys meet in Vienna</title></head><body><article>"
    "<h1>Envoys meet in Vienna</h1>"
    "<p>“We came to listen,” the OSCE chair Zbigniew Rau said on Thursday in Vienna.</p>"
    "<p>The meeting lasted four hours and ended without a joint statement from anyone.</p>"
    "</article></body></html>"
).encode()


class _Page(QuietHandler):
    def do_GET(self):
        self.answer(200, PAGE, {"Content-Type": "text/html; charset=utf-8"})


@pytest.fixture
def local_page_url():
    with serving(_Page) as base_url:
        yield f"{base_url}/vienna.html"


def _upload_link(url: str) -> Article:
    (receipt,) = articles_upload(link=url, negotiations=[NegotiationFactory()])
    article_parse(article_id=receipt.article.pk)
    return Article.objects.select_related("raw").get(pk=receipt.article.pk)


@pytest.mark.django_db
def test_link_is_fetched_kept_and_parsed_when_local_fetching_is_allowed(local_page_url, settings):
    settings.PARLEY_FETCH_ALLOW_PRIVATE = True

    article = _upload_link(local_page_url)

    assert (article.status, article.title) == ("parsed", "Envoys meet in Vienna")
    assert bytes(article.raw.content) == PAGE
    assert article.quotes.filter(text__startswith="We came to listen").exists()


@pytest.mark.django_db
def test_link_to_an_internal_address_is_refused(local_page_url, settings):
    settings.PARLEY_FETCH_ALLOW_PRIVATE = False

    article = _upload_link(local_page_url)

    assert (article.status, article.error) == (
        "failed",
        "Links to internal addresses are not allowed.",
    )


@pytest.mark.django_db
def test_link_whose_page_is_already_in_parley_is_marked_duplicate(local_page_url, settings):
    settings.PARLEY_FETCH_ALLOW_PRIVATE = True
    first = _upload_link(local_page_url)

    second = _upload_link(local_page_url)

    assert (second.status, second.duplicate_of) == ("duplicate", first)
