"""Editors keep a negotiation's issues, events and the negotiation itself through services
that refuse stale and bad input in words, and record issues' changes in their history."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from articles.models import Source
from articles.services import source_create, source_edit
from positions.catalogue import (
    event_create,
    event_delete,
    event_edit,
    issue_create,
    issue_edit,
    issue_merge,
    negotiation_create,
    negotiation_edit,
)
from positions.editing import StaleEdit, quote_edit
from positions.history import history_of
from positions.models import Event, Issue, NegotiationParty, Position, Quote
from positions.revert import change_revert
from tests.copies import assert_copies_match
from tests.factories import (
    ActorFactory,
    DemandFactory,
    EventFactory,
    IssueFactory,
    NegotiationFactory,
    OfficeFactory,
    PartyFactory,
    QuoteFactory,
    SourceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

JAN_10, JAN_12 = datetime.date(2022, 1, 10), datetime.date(2022, 1, 12)


@pytest.fixture
def editor():
    return UserFactory(username="anna")


@pytest.fixture
def talks():
    return NegotiationFactory(name="Winter talks", slug="winter")


@pytest.fixture
def russia():
    return PartyFactory(name="Russia", slug="russia")


def _tagged(issues, *, review_state="confirmed", party=None):
    """A quote by a speaker of `party`, tagged with `issues` through the quote service."""
    actor = ActorFactory()
    if party is not None:
        OfficeFactory(actor=actor, party=party)
    quote = QuoteFactory(stance="demand", review_state=review_state)
    return quote_edit(quote=quote, editor=None, version=quote.version, actor=actor, issues=issues)


# --- Issues -----------------------------------------------------------------------------


def test_a_new_issue_gets_a_slug_from_its_name_clean_keywords_and_the_last_place(editor, talks):
    IssueFactory(negotiation=talks, slug="open-door", order=4)

    issue = issue_create(
        negotiation=talks,
        name=" Open door ",
        keywords=["enlargement", " ", "Enlargement", " open door "],
        editor=editor,
    )

    assert (issue.name, issue.slug, issue.order) == ("Open door", "open-door-2", 5)
    assert issue.keywords == ["enlargement", "open door"]
    assert [entry.who for entry in history_of(issue)] == [editor]


def test_an_issue_slug_taken_in_the_negotiation_is_refused_in_words(editor, talks):
    IssueFactory(negotiation=talks, slug="open-door")

    with pytest.raises(ValidationError, match="Another issue of this negotiation"):
        issue_create(negotiation=talks, name="Open door", slug="open-door", editor=editor)


def test_an_issue_edit_is_recorded_and_bumps_the_version(editor, talks):
    issue = IssueFactory(negotiation=talks, name="Open door", keywords=["enlargement"])

    saved = issue_edit(issue=issue, editor=editor, version=1, keywords=["enlargement", "open door"])

    assert (saved.version, saved.keywords) == (2, ["enlargement", "open door"])
    latest = history_of(saved)[0]
    assert (latest.who, [change.field for change in latest.changes]) == (editor, ["keywords"])


def test_a_stale_issue_edit_is_refused_and_keeps_the_other_editors_work(editor, talks):
    issue = IssueFactory(negotiation=talks, name="Open door")
    issue_edit(issue=issue, editor=UserFactory(), version=1, name="NATO's open door")

    with pytest.raises(StaleEdit) as refused:
        issue_edit(issue=issue, editor=editor, version=1, name="Enlargement")

    assert refused.value.current.name == "NATO's open door"
    assert Issue.objects.get(pk=issue.pk).name == "NATO's open door"


def test_an_issue_edit_can_be_reverted_and_the_revert_bumps_the_version(editor, talks):
    issue = IssueFactory(negotiation=talks, name="Open door")
    issue_edit(issue=issue, editor=editor, version=1, name="Enlargement")
    issue.refresh_from_db()

    change_revert(record=history_of(issue)[0].record, editor=editor)

    issue.refresh_from_db()
    assert (issue.name, issue.version) == ("Open door", 3)
    assert history_of(issue)[0].reason.startswith("Reverted the change of")


# --- Merging issues ---------------------------------------------------------------------


@pytest.fixture
def two_issues(talks):
    keep = IssueFactory(negotiation=talks, name="Open door", keywords=["enlargement"])
    absorb = IssueFactory(negotiation=talks, name="Enlargement", keywords=["Enlargement", "bid"])
    return keep, absorb


def test_merging_moves_every_quote_to_the_kept_issue_once_with_its_copies(
    editor, two_issues, russia
):
    keep, absorb = two_issues
    only_absorbed = _tagged([absorb], party=russia)
    both = _tagged([keep, absorb], party=russia)
    elsewhere = _tagged([IssueFactory(negotiation=keep.negotiation)], party=russia)

    issue_merge(keep=keep, absorb=absorb, editor=editor, reason="The same subject")

    assert list(only_absorbed.issues.all()) == [keep]
    assert list(both.issues.all()) == [keep]
    assert list(keep.quote_links.order_by("quote").values_list("quote", flat=True)) == [
        only_absorbed.pk,
        both.pk,
    ]
    assert elsewhere.issues.get() != keep
    assert_copies_match(only_absorbed, both, elsewhere)


def test_merging_records_the_reason_in_each_quotes_history_and_keeps_suggestions_suggested(
    editor, two_issues
):
    keep, absorb = two_issues
    confirmed = _tagged([absorb])
    suggestion = _tagged([absorb], review_state="suggested")

    issue_merge(keep=keep, absorb=absorb, editor=editor, reason="The same subject")

    confirmed_entry, suggestion_entry = history_of(confirmed)[0], history_of(suggestion)[0]
    assert confirmed_entry.reason == "Merged “Enlargement” into “Open door”: The same subject"
    assert (confirmed_entry.who, suggestion_entry.who) == (editor, None)
    assert Quote.objects.get(pk=suggestion.pk).review_state == "suggested"


def test_merging_moves_demands_and_pins_pools_keywords_and_deletes_the_absorbed_issue(
    editor, two_issues, russia
):
    keep, absorb = two_issues
    demand = DemandFactory(negotiation=keep.negotiation, issue=absorb, party=russia)
    pin = Position.objects.create(
        negotiation=keep.negotiation,
        party=russia,
        issue=absorb,
        stance="reject",
        summary="No",
        as_of=JAN_12,
    )

    kept = issue_merge(keep=keep, absorb=absorb, editor=editor, reason="The same subject")

    demand.refresh_from_db()
    pin.refresh_from_db()
    assert (demand.issue, pin.issue) == (keep, keep)
    assert kept.keywords == ["enlargement", "bid"]
    assert (kept.version, history_of(kept)[0].who) == (2, editor)
    assert not Issue.objects.filter(pk=absorb.pk).exists()
    gone = Issue.history.filter(id=absorb.pk).latest("history_date")
    assert (gone.history_type, gone.history_user) == ("-", editor)
    assert "The same subject" in gone.history_change_reason


@pytest.mark.parametrize(
    ("other", "words"),
    (
        ("itself", "cannot be merged into itself"),
        ("elsewhere", "Only issues of the same negotiation"),
    ),
)
def test_merging_refuses_the_same_issue_or_one_of_another_negotiation(
    editor, two_issues, other, words
):
    keep, _ = two_issues
    absorb = keep if other == "itself" else IssueFactory()
    quote = _tagged([absorb])

    with pytest.raises(ValidationError, match=words):
        issue_merge(keep=keep, absorb=absorb, editor=editor, reason="Same")

    assert list(quote.issues.all()) == [absorb]


def test_merging_needs_a_reason(editor, two_issues):
    keep, absorb = two_issues

    with pytest.raises(ValidationError, match="Say why the two issues are one"):
        issue_merge(keep=keep, absorb=absorb, editor=editor, reason="  ")

    assert Issue.objects.filter(pk=absorb.pk).exists()


# --- Events -----------------------------------------------------------------------------


def test_an_event_is_created_with_its_parties(editor, talks, russia):
    event = event_create(
        negotiation=talks,
        title=" NATO–Russia Council ",
        happened_on=JAN_12,
        place="Brussels",
        parties=[russia],
        editor=editor,
    )

    assert (event.title, list(event.parties.all())) == ("NATO–Russia Council", [russia])


@pytest.mark.parametrize(
    ("starts", "ends", "words"),
    (
        (JAN_12, JAN_10, "cannot end before it starts"),
        (datetime.date(1850, 1, 1), None, "Enter a date between"),
        (JAN_12, datetime.date(2200, 1, 1), "Enter a date between"),
    ),
)
def test_bad_event_dates_are_refused_in_words(editor, talks, starts, ends, words):
    with pytest.raises(ValidationError, match=words):
        event_create(
            negotiation=talks, title="Talks", happened_on=starts, ends_on=ends, editor=editor
        )

    assert not Event.objects.exists()


def test_an_event_edit_sets_parties_and_bumps_the_version_and_a_stale_one_is_refused(
    editor, talks, russia
):
    event = EventFactory(negotiation=talks, title="Geneva talks")

    saved = event_edit(event=event, editor=editor, version=1, parties=[russia], place="Geneva")
    with pytest.raises(StaleEdit):
        event_edit(event=event, editor=editor, version=1, title="Vienna talks")

    assert (saved.version, saved.place, list(saved.parties.all())) == (2, "Geneva", [russia])
    assert Event.objects.get(pk=event.pk).title == "Geneva talks"


def test_an_event_edit_ending_before_it_starts_is_refused(editor, talks):
    event = EventFactory(negotiation=talks, happened_on=JAN_12)

    with pytest.raises(ValidationError, match="cannot end before it starts"):
        event_edit(event=event, editor=editor, version=1, ends_on=JAN_10)


def test_an_event_is_deleted_unless_it_changed_meanwhile(editor, talks):
    event = EventFactory(negotiation=talks)
    event_edit(event=event, editor=editor, version=1, place="Geneva")

    with pytest.raises(StaleEdit):
        event_delete(event=event, editor=editor, version=1)
    event_delete(event=event, editor=editor, version=2)

    assert not Event.objects.exists()


# --- Negotiations -----------------------------------------------------------------------


def _columns(negotiation) -> list[str]:
    places = NegotiationParty.objects.filter(negotiation=negotiation).order_by("order")
    return [place.party.slug for place in places]


def test_a_negotiation_is_created_with_its_parties_in_order(editor, russia):
    nato = PartyFactory(slug="nato")

    talks = negotiation_create(name="Spring talks", parties=[nato, russia], editor=editor)

    assert (talks.slug, _columns(talks)) == ("spring-talks", ["nato", "russia"])


def test_a_negotiation_edit_keeps_columns_adds_parties_last_and_reorders_issues(editor, russia):
    nato, osce = PartyFactory(slug="nato"), PartyFactory(slug="osce")
    talks = NegotiationFactory(with_parties=[russia, nato])
    first, second = (
        IssueFactory(negotiation=talks, order=0),
        IssueFactory(negotiation=talks, order=1),
    )

    saved = negotiation_edit(
        negotiation=talks,
        editor=editor,
        version=1,
        parties=[osce, nato, russia],
        issue_order={first.pk: 1, second.pk: 0},
    )

    assert (saved.version, _columns(talks)) == (2, ["russia", "nato", "osce"])
    first.refresh_from_db()
    assert (first.order, first.version, history_of(first)[0].who) == (1, 2, editor)


def test_a_negotiation_ending_before_it_starts_or_edited_stale_is_refused(editor):
    talks = NegotiationFactory(starts_on=JAN_12)

    with pytest.raises(ValidationError, match="cannot end before they start"):
        negotiation_edit(negotiation=talks, editor=editor, version=1, ends_on=JAN_10)
    negotiation_edit(negotiation=talks, editor=editor, version=1, name="Renamed")
    with pytest.raises(StaleEdit):
        negotiation_edit(negotiation=talks, editor=editor, version=1, name="Again")


# --- Outlets ----------------------------------------------------------------------------


def test_an_outlet_is_created_with_a_bare_domain_and_corrected(editor):
    outlet = source_create(name="Interfax", domain="https://www.Interfax.ru/world/")

    source_edit(source=outlet, name="Interfax", state_affiliated=True, domain="interfax.ru")

    stored = Source.objects.get(pk=outlet.pk)
    assert (stored.slug, stored.domain, stored.state_affiliated) == (
        "interfax",
        "interfax.ru",
        True,
    )


def test_an_outlet_name_taken_is_refused_in_words():
    SourceFactory(name="Interfax")

    with pytest.raises(ValidationError, match="already an outlet called"):
        source_create(name="interfax")
