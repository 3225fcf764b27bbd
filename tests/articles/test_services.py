import hashlib
import io
from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from articles.models import Article, RawUpload
from articles.services import (
    article_parse,
    article_receive,
    article_request_reparse,
    articles_sweep,
)
from config.dates import EARLIEST_DATE, LATEST_DATE
from devtools.demo.loader import SEEDS_DIR as SEEDS
from positions.extraction import MAX_QUOTES
from positions.models import Quote
from tests.factories import EventFactory, NegotiationFactory

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


@pytest.mark.django_db
def test_article_parse_of_more_quotes_than_the_limit_fails_and_keeps_the_upload():
    digest = ("“We are ready to talk,” the minister said.\n\n" * (MAX_QUOTES + 10)).encode()
    article = _receive(content=digest).article

    article_parse(article_id=article.pk)

    article.refresh_from_db()
    assert (article.status, article.error) == (
        "failed",
        "The text has too many quotes (more than 2,000) to suggest them one by one. "
        "Split it into shorter articles and upload those.",
    )
    assert (article.body, article.quotes.count()) == ("", 0)
    assert bytes(article.raw.content) == digest


DATED_WITHOUT_A_YEAR = (
    "Talks resume\n\nBrussels. January 10. INTERFAX - "
    "“We are ready to talk,” the minister said after the meeting."
).encode()


def _demo_shaped_negotiation():
    """Like the demo: begun in December 2021, open-ended, its events in January 2022."""
    negotiation = NegotiationFactory(starts_on=date(2021, 12, 1), ends_on=None)
    for day in (7, 10, 12, 13):
        EventFactory(negotiation=negotiation, happened_on=date(2022, 1, day))
    return negotiation


@pytest.mark.django_db
def test_article_dated_without_a_year_is_placed_among_its_negotiations_events():
    article = _receive(content=DATED_WITHOUT_A_YEAR, negotiations=[_demo_shaped_negotiation()])

    article_parse(article_id=article.article.pk)

    parsed = Article.objects.get(pk=article.article.pk)
    assert (parsed.published_on, parsed.date_inferred) == (date(2022, 1, 10), True)


@pytest.mark.django_db
def test_article_dated_without_a_year_and_no_negotiation_dates_is_the_latest_such_day():
    negotiation = NegotiationFactory(starts_on=None)
    article = _receive(content=DATED_WITHOUT_A_YEAR, negotiations=[negotiation]).article

    article_parse(article_id=article.pk)

    article.refresh_from_db()
    uploaded_on = article.created_at.date()
    expected = date(uploaded_on.year - (uploaded_on < date(uploaded_on.year, 1, 10)), 1, 10)
    assert (article.published_on, article.date_inferred) == (expected, True)


@pytest.mark.django_db
def test_article_dated_outside_the_accepted_span_in_its_text_parses_without_that_date():
    article = _receive(content=b"9999-12-31 07:12\n\n" + STATEMENT).article

    article_parse(article_id=article.pk)

    article.refresh_from_db()
    assert (article.status, article.published_on, article.title) == (
        "parsed",
        None,
        "Talks ended in Geneva.",
    )


@pytest.mark.django_db
@pytest.mark.parametrize("day", [date(1, 1, 1), date(9999, 12, 31)])
def test_article_receive_refuses_a_date_outside_the_accepted_span(day):
    with pytest.raises(ValidationError) as refusal:
        _receive(published_on=day)

    assert refusal.value.messages == ["Enter a date between 01 Jan 1900 and 31 Dec 2100."]
    assert Article.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("day", [EARLIEST_DATE, LATEST_DATE])
def test_article_dated_at_either_end_of_the_accepted_span_parses(day):
    article = _receive(published_on=day).article

    article_parse(article_id=article.pk)

    article.refresh_from_db()
    assert (article.status, article.published_on) == ("parsed", day)


def _parsed_article() -> Article:
    article = _receive().article
    article_parse(article_id=article.pk)
    article.refresh_from_db()
    return article


@pytest.mark.django_db
def test_reparse_requested_again_while_waiting_queues_nothing(django_capture_on_commit_callbacks):
    article = _parsed_article()

    with django_capture_on_commit_callbacks() as callbacks:
        requests = [article_request_reparse(article=article) for _ in range(3)]

    assert (requests, len(callbacks)) == ([True, False, False], 1)
    assert Article.objects.get(pk=article.pk).status == "received"


@pytest.mark.django_db
def test_article_parse_delivered_twice_parses_once():
    article = _receive().article
    Article.objects.filter(pk=article.pk).update(
        status="parsing", parse_task_id="first", parse_started_at=timezone.now()
    )

    other = article_parse(article_id=article.pk, task_id="second")
    redelivered = article_parse(article_id=article.pk, task_id="first")

    assert other is None
    assert (redelivered.status, redelivered.parse_attempts) == ("parsed", 1)


def _parsing_since(seconds: float) -> Article:
    article = _receive(content=STATEMENT + f" {seconds}".encode()).article
    Article.objects.filter(pk=article.pk).update(
        status="parsing",
        parse_task_id="lost",
        parse_started_at=timezone.now() - timedelta(seconds=seconds),
        parse_queued_at=timezone.now() - timedelta(seconds=seconds),
    )
    return article


@pytest.mark.django_db
def test_sweep_takes_up_a_parse_lost_past_the_hard_time_limit(tasks_in_process, settings):
    lost = _parsing_since(settings.CELERY_TASK_TIME_LIMIT + 11)
    running = _parsing_since(settings.CELERY_TASK_TIME_LIMIT - 1)

    queued = articles_sweep()

    assert queued == 1
    assert Article.objects.get(pk=lost.pk).status == "parsed"
    assert Article.objects.get(pk=running.pk).status == "parsing"


@pytest.mark.django_db
def test_sweep_when_a_worker_starts_queues_every_waiting_article(tasks_in_process):
    just_queued = _receive().article
    Article.objects.filter(pk=just_queued.pk).update(parse_queued_at=timezone.now())

    periodic = articles_sweep()
    on_start = articles_sweep(worker_starting=True)

    assert (periodic, on_start) == (0, 1)
    assert Article.objects.get(pk=just_queued.pk).status == "parsed"
