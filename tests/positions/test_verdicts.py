"""Each machine suggestion is kept as the extractor made it, beside what editors made of it."""

import importlib

import pytest
from django.apps import apps

from positions.editing import quote_create, quote_edit
from positions.models import Quote, SuggestionVerdict
from positions.services import quote_review, quotes_store_extraction
from tests.factories import (
    ActorFactory,
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


@pytest.fixture
def editor():
    return UserFactory()


@pytest.fixture
def suggestion(article) -> Quote:
    [quote] = quotes_store_extraction(article=article)
    return quote


def _record(quote: Quote) -> SuggestionVerdict:
    return SuggestionVerdict.objects.get(quote=quote)


def _flags(record: SuggestionVerdict) -> set[str]:
    names = ("speaker", "stance", "issues", "span", "kind")
    return {name for name in names if getattr(record, f"{name}_changed")}


def test_extraction_records_each_suggestion_as_the_extractor_made_it(suggestion):
    record = _record(suggestion)

    enlargement = suggestion.issues.get()
    assert (record.suggested_actor_id, record.suggested_speaker_name) == (
        suggestion.actor_id,
        "Anna Berg",
    )
    assert (record.suggested_stance, record.suggested_issues) == (
        suggestion.stance,
        [enlargement.pk],
    )
    assert (record.suggested_start, record.suggested_end, record.suggested_kind) == (
        suggestion.start,
        suggestion.end,
        "direct",
    )
    assert (record.outcome, record.settled_by, record.settled_at) == ("pending", None, None)


def test_accepting_a_suggestion_as_it_is_counts_as_confirmed_unchanged(suggestion, editor):
    quote_review(
        quote_id=suggestion.pk, version=suggestion.version, decision="accept", editor=editor
    )

    record = _record(suggestion)
    assert (record.outcome, _flags(record), record.settled_by) == ("unchanged", set(), editor)
    assert record.settled_at is not None


def test_changing_the_stance_confirms_the_suggestion_as_corrected_in_its_stance(suggestion, editor):
    assert suggestion.stance != "offer"

    quote_edit(quote=suggestion, editor=editor, version=suggestion.version, stance="offer")

    record = _record(suggestion)
    assert (record.outcome, _flags(record)) == ("corrected", {"stance"})
    assert (record.suggested_stance, record.final_stance) == (suggestion.stance, "offer")


def test_rejecting_a_suggestion_counts_as_rejected(suggestion, editor):
    quote_review(
        quote_id=suggestion.pk, version=suggestion.version, decision="reject", editor=editor
    )

    record = _record(suggestion)
    assert (record.outcome, record.settled_by) == ("rejected", editor)


def test_moving_the_span_counts_as_a_span_correction(suggestion, editor):
    quote_edit(quote=suggestion, editor=editor, version=suggestion.version, end=suggestion.end - 1)

    record = _record(suggestion)
    assert (record.outcome, _flags(record)) == ("corrected", {"span"})
    assert (record.suggested_end, record.final_end) == (suggestion.end, suggestion.end - 1)


def test_another_speaker_and_other_issues_are_corrections_of_speaker_and_issues(suggestion, editor):
    other_issue = IssueFactory(negotiation=suggestion.issues.get().negotiation)

    quote_edit(
        quote=suggestion,
        editor=editor,
        version=suggestion.version,
        actor=ActorFactory(name="Lena Moor"),
        issues=[other_issue],
    )

    record = _record(suggestion)
    assert (record.outcome, _flags(record)) == ("corrected", {"speaker", "issues"})
    assert (record.final_speaker_name, record.final_issues) == ("Lena Moor", [other_issue.pk])


def test_a_correction_after_acceptance_counts_against_the_suggestion(suggestion, editor):
    accepted = quote_review(
        quote_id=suggestion.pk, version=suggestion.version, decision="accept", editor=editor
    )
    later = UserFactory()

    quote_edit(quote=accepted, editor=later, version=accepted.version, kind="indirect")

    record = _record(suggestion)
    assert (record.outcome, _flags(record), record.settled_by) == ("corrected", {"kind"}, later)


def test_a_correction_undone_leaves_the_suggestion_confirmed_unchanged(suggestion, editor):
    edited = quote_edit(quote=suggestion, editor=editor, version=suggestion.version, stance="offer")

    quote_edit(quote=edited, editor=editor, version=edited.version, stance=suggestion.stance)

    assert _record(suggestion).outcome == "unchanged"


def test_a_quote_sent_back_to_the_queue_is_pending_again(suggestion, editor):
    accepted = quote_review(
        quote_id=suggestion.pk, version=suggestion.version, decision="accept", editor=editor
    )

    quote_edit(quote=accepted, editor=editor, version=accepted.version, review_state="suggested")

    record = _record(suggestion)
    assert (record.outcome, record.settled_by, record.settled_at) == ("pending", None, None)


def test_a_quote_made_by_hand_has_no_suggestion_to_measure(article, editor):
    quote = quote_create(article=article, start=0, end=5, editor=editor)

    quote_edit(quote=quote, editor=editor, version=quote.version, stance="demand")

    assert not SuggestionVerdict.objects.filter(quote=quote).exists()


def _reparsed(article, body: str) -> list[Quote]:
    article.body = body
    article.save(update_fields=["body"])
    return quotes_store_extraction(article=article)


def test_a_reparse_replaces_the_records_of_the_suggestions_it_replaces(article, suggestion):
    [again] = _reparsed(article, BODY)

    assert list(SuggestionVerdict.objects.values_list("quote_id", "outcome")) == [
        (again.pk, "pending")
    ]


def test_a_reparse_keeps_a_settled_record_and_moves_its_suggestion_with_the_words(
    article, suggestion, editor
):
    quote_review(
        quote_id=suggestion.pk, version=suggestion.version, decision="accept", editor=editor
    )

    _reparsed(article, "A new first paragraph.\n\n" + BODY)

    record = _record(suggestion)
    moved = Quote.objects.get(pk=suggestion.pk)
    assert (record.suggested_start, record.final_start) == (moved.start, moved.start)
    assert moved.start == suggestion.start + len("A new first paragraph.\n\n")
    assert (record.outcome, record.settled_by) == ("unchanged", editor)
    assert SuggestionVerdict.objects.count() == 1  # the kept quote blocks a new suggestion


def test_a_reparse_keeps_a_span_correction_a_correction(article, suggestion, editor):
    quote_edit(quote=suggestion, editor=editor, version=suggestion.version, end=suggestion.end - 1)

    _reparsed(article, "A new first paragraph.\n\n" + BODY)

    record = _record(suggestion)
    assert record.final_end - record.suggested_end == -1
    assert (record.outcome, _flags(record)) == ("corrected", {"span"})


# --- Quotes stored before suggestions were recorded ----------------------------------

backfill = importlib.import_module("positions.migrations.0012_suggestion_verdicts_backfill")


def _backfilled() -> None:
    backfill.record_suggestions(apps, None)


def test_the_backfill_reads_the_suggestion_from_the_quotes_first_history_record(suggestion, editor):
    SuggestionVerdict.objects.all().delete()  # as before suggestions were recorded
    original_stance = suggestion.stance
    quote_edit(quote=suggestion, editor=editor, version=suggestion.version, stance="offer")

    _backfilled()

    record = _record(suggestion)
    assert (record.suggested_stance, record.final_stance) == (original_stance, "offer")
    assert record.suggested_issues == record.final_issues == [suggestion.issues.get().pk]
    assert (record.outcome, _flags(record), record.settled_by) == ("corrected", {"stance"}, editor)


def test_the_backfill_takes_an_untouched_quote_without_history_as_its_own_suggestion(
    suggestion, editor
):
    SuggestionVerdict.objects.all().delete()
    suggestion.history.all().delete()  # stored before quotes had a history

    _backfilled()

    record = _record(suggestion)
    assert (record.suggested_stance, record.outcome) == (suggestion.stance, "pending")


def test_the_backfill_leaves_out_a_judged_quote_whose_suggestion_is_unknown(suggestion, editor):
    quote_review(
        quote_id=suggestion.pk, version=suggestion.version, decision="reject", editor=editor
    )
    SuggestionVerdict.objects.all().delete()
    suggestion.history.order_by("history_id").first().delete()  # its creation predates history

    _backfilled()

    assert not SuggestionVerdict.objects.exists()
