"""Every change is recorded (who, when, from → to), readable, and can be reverted."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from articles.models import Article
from articles.services import article_withdraw
from positions.demands import demand_set_status, evidence_link
from positions.editing import quote_edit
from positions.history import history_of, history_record
from positions.models import Actor, Demand, Issue, Office, Position, Quote
from positions.revert import change_revert
from positions.services import position_pin, quote_confirm
from tests.copies import assert_copies_match
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    DemandFactory,
    IssueFactory,
    NegotiationFactory,
    OfficeFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
JAN_12 = datetime.date(2022, 1, 12)


@pytest.fixture
def anna():
    return UserFactory(username="anna")


@pytest.fixture
def boris():
    return UserFactory(username="boris")


@pytest.fixture
def quote(anna):
    """A demand by Russia's minister on one issue, confirmed by anna."""
    russia = PartyFactory(name="Russia", slug="russia")
    minister = ActorFactory(name="Anna Berg")
    OfficeFactory(actor=minister, party=russia)
    suggested = QuoteFactory(
        actor=minister,
        party=russia,
        stance="demand",
        review_state="suggested",
        article=ArticleFactory(body="We want talks now. No veto."),
        text="We want talks",
    )
    QuoteIssueFactory(quote=suggested, issue=IssueFactory(name="Talks"))
    return quote_confirm(quote=suggested, editor=anna)


def _latest(obj):
    return history_of(obj)[0]


def test_a_change_reads_as_field_from_to_who_and_when(quote, boris):
    quote_edit(quote=quote, editor=boris, version=quote.version, said_on=datetime.date(2022, 1, 14))

    latest = _latest(quote)

    assert (latest.action, latest.who, latest.revertible) == ("changed", boris, True)
    assert [(c.label, c.old, c.new) for c in latest.changes] == [
        ("Date said", "12 Jan 2022", "14 Jan 2022")
    ]
    assert history_record(quote, latest.history_id) == latest.record


@pytest.mark.parametrize("changes", (1, 3))
def test_reading_a_history_takes_the_same_queries_however_long(
    quote, boris, changes, django_assert_num_queries
):
    for stance in ["reject", "warn", "offer"][:changes]:
        speaker = ActorFactory()
        OfficeFactory(actor=speaker)
        quote = quote_edit(
            quote=quote, editor=boris, version=quote.version, stance=stance, actor=speaker
        )

    # Records with their users, link snapshots, and the names of speakers, parties and issues.
    with django_assert_num_queries(5):
        entries = history_of(quote)

    assert len(entries) == changes + 2
    assert [c.label for c in entries[0].changes] == ["Speaker name", "Speaker", "Party", "Stance"]


def test_reverting_a_stance_change_puts_it_back_through_quote_edit(quote, anna, boris):
    changed = quote_edit(quote=quote, editor=anna, version=quote.version, stance="reject")

    reverted = change_revert(record=_latest(quote).record, editor=boris)

    assert (reverted.stance, reverted.version) == ("demand", changed.version + 1)
    assert_copies_match(reverted)
    latest = _latest(quote)
    assert latest.who == boris and latest.reason.startswith("Reverted the change of")
    assert latest.reason.endswith("by anna")


def test_a_revert_can_itself_be_reverted(quote, anna):
    quote_edit(quote=quote, editor=anna, version=quote.version, stance="reject")
    change_revert(record=_latest(quote).record, editor=anna)

    redone = change_revert(record=_latest(quote).record, editor=anna)

    assert redone.stance == "reject"


def test_reverting_a_verdict_returns_the_quote_to_the_queue(quote, anna):
    verdict = history_of(quote)[0]

    reverted = change_revert(record=verdict.record, editor=anna)

    assert (reverted.review_state, reverted.reviewed_by) == ("suggested", None)
    assert_copies_match(reverted)


def test_reverting_an_issue_change_restores_the_links_and_their_copies(quote, anna):
    talks = quote.issues.get()
    quote_edit(quote=quote, editor=anna, version=quote.version, issues=[IssueFactory()])

    reverted = change_revert(record=_latest(quote).record, editor=anna)

    assert list(reverted.issues.all()) == [talks]
    assert_copies_match(reverted)


def test_a_change_overtaken_by_a_later_one_is_not_reverted(quote, anna, boris):
    quote = quote_edit(quote=quote, editor=anna, version=quote.version, stance="reject")
    overtaken = _latest(quote).record
    quote_edit(quote=quote, editor=boris, version=quote.version, stance="warn")

    with pytest.raises(ValidationError, match="Changed again since"):
        change_revert(record=overtaken, editor=anna)

    assert Quote.objects.get().stance == "warn"


def test_a_creation_is_not_reverted(quote, anna):
    created = history_of(quote)[-1]

    with pytest.raises(ValidationError, match="Only a change can be reverted"):
        change_revert(record=created.record, editor=anna)


def test_an_old_span_is_not_put_back_once_the_text_moved(quote, anna):
    quote = quote_edit(quote=quote, editor=anna, version=quote.version, start=0, end=18)
    Article.objects.filter(pk=quote.article_id).update(body="Preface. We want talks now.")

    with pytest.raises(ValidationError, match="no longer holds the same words"):
        change_revert(record=_latest(quote).record, editor=anna)


def test_reverting_a_status_change_goes_through_the_status_service(anna):
    demand = DemandFactory()
    demand = demand_set_status(
        demand=demand, status="met", reason="Agreed in Geneva", editor=anna, version=1
    )

    reverted = change_revert(record=_latest(demand).record, editor=anna)

    assert (reverted.status, reverted.version) == ("open", 3)
    assert reverted.status_reason.startswith("Reverted the change of")


def test_reverting_an_evidence_link_unlinks_the_quote(quote, anna):
    demand = DemandFactory()
    evidence_link(quote=quote, demand=demand, editor=anna)

    change_revert(record=_latest(demand).record, editor=anna)

    assert list(Demand.objects.get().evidence.all()) == []


def test_actor_office_and_issue_changes_are_recorded_and_reverted(anna):
    actor = ActorFactory(name="Alexander Grushko", aliases=["Grushko"])
    office = OfficeFactory(actor=actor, title="Deputy Foreign Minister")
    issue = IssueFactory(name="Open door", keywords=["open door"])
    for item, field, value in [
        (actor, "aliases", ["Grushko", "A. Grushko"]),
        (office, "title", "Ambassador"),
        (issue, "keywords", ["open door", "enlargement"]),
    ]:
        setattr(item, field, value)
        item._history_user = anna
        item.save()

    reverted = [
        change_revert(record=_latest(item).record, editor=anna) for item in (actor, office, issue)
    ]

    assert [r.pk for r in reverted] == [actor.pk, office.pk, issue.pk]
    assert Actor.objects.get().aliases == ["Grushko"]
    assert Office.objects.get().title == "Deputy Foreign Minister"
    assert Issue.objects.get().keywords == ["open door"]
    assert [c.label for c in history_of(actor)[1].changes] == ["Aliases"]


def test_a_pinned_position_is_recorded_as_its_editors(anna):
    negotiation = NegotiationFactory()
    position = position_pin(
        issue=IssueFactory(negotiation=negotiation),
        party=PartyFactory(),
        stance="reject",
        summary="No new members",
        as_of=JAN_12,
        editor=anna,
    )

    [created] = history_of(position)

    assert (created.action, created.who) == ("created", anna)
    assert Position.history.count() == 1


def test_reverting_a_withdrawal_restores_the_article(anna):
    article = ArticleFactory()
    article_withdraw(article=article, reason="Retracted", editor=anna)

    restored = change_revert(record=_latest(article).record, editor=anna)

    assert restored.withdrawn_at is None
    assert _latest(article).who == anna
