"""Re-parse records the suggestions it makes and moves editor-touched quotes through quote_edit."""

import pytest

from positions.editing import StaleQuote, quote_edit
from positions.history import history_of
from positions.models import Quote
from positions.services import quote_confirm, quotes_store_extraction
from tests.copies import assert_copies_match
from tests.factories import (
    ArticleFactory,
    IssueFactory,
    NegotiationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

BODY = (
    "Talks ended in Geneva.\n\n"
    "“We will not agree to enlargement,” the minister Anna Berg said on Monday.\n\n"
    "The delegations will meet again next week."
)


@pytest.fixture
def article():
    negotiation = NegotiationFactory()
    IssueFactory(negotiation=negotiation, slug="enlargement", keywords=["enlargement"])
    article = ArticleFactory(body=BODY)
    article.negotiations.add(negotiation)
    return article


def _reparsed(article, body: str) -> list[Quote]:
    """The article's text changed (a better parser, say) and its quotes are stored again."""
    article.body = body
    article.save(update_fields=["body"])
    return quotes_store_extraction(article=article)


def test_each_suggestion_is_recorded_as_the_extractor_made_it_links_and_all(article):
    [quote] = quotes_store_extraction(article=article)

    [created] = history_of(quote)
    assert (created.action, created.who, created.reason) == (
        "created",
        None,
        "Suggested by the extractor",
    )
    snapshot = created.record.issues.values_list("issue__slug", "stance", "review_state")
    assert list(snapshot) == [("enlargement", quote.stance, "suggested")]
    assert (created.record.text, created.record.stance) == (quote.text, quote.stance)
    assert_copies_match(quote)


def test_a_confirmed_quote_moved_by_a_reparse_gets_a_new_version_and_a_record(article):
    [quote] = quotes_store_extraction(article=article)
    quote = quote_confirm(quote=quote, editor=UserFactory())

    _reparsed(article, "A new first paragraph.\n\n" + BODY)

    moved = Quote.objects.get(pk=quote.pk)
    assert article.body[moved.start : moved.end] == moved.text == quote.text
    assert (moved.version, moved.review_state) == (quote.version + 1, "confirmed")
    assert history_of(moved)[0].reason == "Found again in the re-parsed text"
    assert_copies_match(moved)


def test_an_editor_who_loaded_a_quote_before_a_reparse_moved_it_is_refused(article):
    [quote] = quotes_store_extraction(article=article)
    quote = quote_confirm(quote=quote, editor=UserFactory())

    _reparsed(article, "A new first paragraph.\n\n" + BODY)

    with pytest.raises(StaleQuote):
        quote_edit(quote=quote, editor=UserFactory(), version=quote.version, start=0)


def test_a_confirmed_quote_whose_words_are_gone_is_flagged_through_a_new_version(article):
    [quote] = quotes_store_extraction(article=article)
    quote = quote_confirm(quote=quote, editor=UserFactory())

    _reparsed(article, "Talks ended in Geneva.")

    flagged = Quote.objects.get(pk=quote.pk)
    assert (flagged.anchor_lost, flagged.version, flagged.review_state) == (
        True,
        quote.version + 1,
        "confirmed",
    )


def test_a_reparse_that_finds_the_same_text_writes_no_record_for_kept_quotes(article):
    [quote] = quotes_store_extraction(article=article)
    quote = quote_confirm(quote=quote, editor=UserFactory())

    _reparsed(article, BODY)

    assert Quote.objects.get(pk=quote.pk).version == quote.version
    assert len(history_of(quote)) == 2
