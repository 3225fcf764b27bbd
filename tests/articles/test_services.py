import hashlib
import io

import pytest
from django.core.management import call_command

from articles.models import Article, RawUpload
from articles.services import article_parse, article_receive, article_request_reparse
from config.celery import app as celery_app
from devtools.demo.loader import SEEDS_DIR as SEEDS
from positions.models import Quote
from tests.factories import NegotiationFactory

STATEMENT = (
    "Talks ended in Geneva.\n\n"
    "“We will not agree to this,” the minister Anna Berg said on Monday.\n\n"
    "The delegations will meet again next week."
).encode()


def _receive(content: bytes = STATEMENT, **kwargs):
    return article_receive(content=content, filename="story.txt", **kwargs)


@pytest.mark.django_db
def test_article_receive_keeps_the_raw_bytes_and_a_received_article():
    negotiation = NegotiationFactory()

    receipt = _receive(negotiations=[negotiation])

    article = Article.objects.get()
    assert receipt.created is True
    assert (article.status, bytes(article.raw.content)) == ("received", STATEMENT)
    assert article.raw.sha256 == hashlib.sha256(STATEMENT).hexdigest()
    assert list(article.negotiations.all()) == [negotiation]


@pytest.mark.django_db
def test_article_receive_same_bytes_twice_returns_the_existing_article():
    first = _receive()

    second = _receive()

    assert (second.created, second.article) == (False, first.article)
    assert RawUpload.objects.count() == 1


@pytest.fixture
def tasks_in_process():
    """Run tasks in-process, as the zero-setup mode does (the real worker has its own tests)."""
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = eager


@pytest.mark.django_db
def test_article_receive_queues_parsing_on_commit(
    tasks_in_process, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        receipt = _receive()

    receipt.article.refresh_from_db()
    assert len(callbacks) == 1
    assert receipt.article.status == "parsed"


@pytest.mark.django_db
def test_article_parse_stores_clean_body_metadata_and_suggested_quotes():
    article = _receive().article

    article_parse(article_id=article.pk)

    article.refresh_from_db()
    assert (article.status, article.title) == ("parsed", "Talks ended in Geneva.")
    quote = article.quotes.get(text="We will not agree to this,")
    assert article.body[quote.start : quote.end] == quote.text
    assert (quote.origin, quote.review_state) == ("extracted", "suggested")


@pytest.mark.django_db
def test_article_parse_twice_does_nothing_the_second_time():
    article = _receive().article
    article_parse(article_id=article.pk)
    quotes = list(article.quotes.values_list("pk", flat=True))

    assert article_parse(article_id=article.pk) is None

    assert list(article.quotes.values_list("pk", flat=True)) == quotes


@pytest.mark.django_db
def test_article_parse_of_a_binary_upload_fails_with_words_an_editor_understands():
    article = _receive(content=bytes(range(256)) * 40).article

    article_parse(article_id=article.pk)

    article.refresh_from_db()
    assert article.status == "failed"
    assert "binary" in article.error.lower() or "not text" in article.error.lower()
    assert bytes(article.raw.content) == bytes(range(256)) * 40


@pytest.mark.django_db
def test_article_parse_of_the_same_text_in_other_bytes_marks_a_duplicate():
    original = _receive().article
    article_parse(article_id=original.pk)
    copy = _receive(content=STATEMENT.replace(b"\n", b"\r\n")).article

    article_parse(article_id=copy.pk)

    copy.refresh_from_db()
    assert (copy.status, copy.duplicate_of) == ("duplicate", original)
    assert copy.quotes.count() == 0


@pytest.mark.django_db
def test_reparse_keeps_editor_touched_quotes_and_replaces_suggestions():
    article = _receive().article
    article_parse(article_id=article.pk)
    article.refresh_from_db()
    confirmed = article.quotes.get(text="We will not agree to this,")
    Quote.objects.filter(pk=confirmed.pk).update(review_state="confirmed", stance="reject")
    manual = Quote.objects.create(
        article=article,
        text="The delegations",
        start=article.body.index("The delegations"),
        end=article.body.index("The delegations") + 15,
        origin="manual",
    )

    article_request_reparse(article=article)
    article_parse(article_id=article.pk)

    article.refresh_from_db()
    assert article.status == "parsed"
    kept = Quote.objects.get(pk=confirmed.pk)
    assert (kept.review_state, kept.stance, kept.anchor_lost) == ("confirmed", "reject", False)
    assert Quote.objects.filter(pk=manual.pk).exists()
    assert article.quotes.filter(text="We will not agree to this,").count() == 1


@pytest.mark.django_db
def test_reparse_flags_a_kept_quote_whose_text_is_gone_instead_of_deleting_it():
    article = _receive().article
    article_parse(article_id=article.pk)
    lost = Quote.objects.create(
        article=article, text="words no longer there", start=0, end=21, origin="manual"
    )

    article_request_reparse(article=article)
    article_parse(article_id=article.pk)

    lost.refresh_from_db()
    assert lost.anchor_lost is True


@pytest.mark.django_db
def test_seed_articles_parse_to_clean_bodies():
    for path in sorted(SEEDS.glob("*.txt")):
        article = _receive(content=path.read_bytes()).article
        article_parse(article_id=article.pk)
        article.refresh_from_db()
        assert article.status == "parsed", (path.name, article.error)
        assert "& nbsp;" not in article.body and "Leave a Reply" not in article.body
        assert "chevron" not in article.body and "on YouTube" not in article.body
        assert article.quotes.exists(), path.name


@pytest.mark.django_db
def test_the_same_wire_story_in_two_outlets_is_linked_as_near_duplicates():
    story = (SEEDS / "003_b56ac1d177ffcc16.txt").read_text()
    wire = _receive(content=story.encode()).article
    edited = story.replace("NATO-Russia talks at deadlock", "Talks at deadlock").replace(
        "The decisions came at a meeting",
        "The decisions, our correspondent reports, came at a meeting",
    )
    other = _receive(content=edited.encode()).article

    article_parse(article_id=wire.pk)
    article_parse(article_id=other.pk)

    assert list(other.near_duplicates.all()) == [wire]
    assert list(wire.near_duplicates.all()) == [other]
    assert Article.objects.get(pk=other.pk).status == "parsed"


@pytest.mark.django_db
def test_the_same_statement_in_two_articles_is_grouped_and_shown_as_corroborated(client_analyst):
    call_command("load_demo", stdout=io.StringIO())
    al_jazeera = Quote.objects.get(text__contains="has no veto power")
    rt = Quote.objects.get(text__contains="Russia does not have a veto")

    page = client_analyst.get(f"/articles/{rt.article_id}/").content.decode()

    assert al_jazeera.corroboration_group is not None
    assert al_jazeera.corroboration_group == rt.corroboration_group
    assert "Also reported by 1 other article; first by Al Jazeera" in page
