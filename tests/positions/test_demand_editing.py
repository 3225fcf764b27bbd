"""Editors write demands, responses and their evidence through services that keep history."""

import pytest
from django.core.exceptions import ValidationError

from positions.demands import (
    demand_create,
    demand_edit,
    demand_set_status,
    evidence_link,
    evidence_unlink,
    response_create,
    response_edit,
)
from positions.editing import StaleEdit
from positions.history import history_of
from positions.models import Demand, Response
from tests.admin_forms import admin_page_as_posted
from tests.factories import (
    DemandFactory,
    IssueFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    ResponseFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return UserFactory(username="anna")


@pytest.fixture
def open_door():
    """Russia's demand that NATO end its open-door policy."""
    russia, nato = PartyFactory(slug="russia", name="Russia"), PartyFactory(slug="nato")
    negotiation = NegotiationFactory(with_parties=[russia, nato])
    issue = IssueFactory(negotiation=negotiation, name="Enlargement")
    return DemandFactory(
        negotiation=negotiation,
        issue=issue,
        party=russia,
        addressee=nato,
        summary="End NATO's open-door policy",
    )


def test_a_demand_started_from_a_quote_cites_it_from_its_first_record(editor, open_door):
    quote = QuoteFactory(review_state="confirmed")

    demand = demand_create(
        negotiation=open_door.negotiation,
        party=open_door.addressee,
        addressee=open_door.party,
        issue=open_door.issue,
        summary="Talks on missile limits",
        kind="offer",
        editor=editor,
        evidence=[quote],
    )

    assert (demand.status, list(demand.evidence.all()), demand.version) == ("open", [quote], 1)
    [created] = history_of(demand)
    assert (created.action, created.who) == ("created", editor)
    assert list(created.record.evidence.values_list("quote", flat=True)) == [quote.pk]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"addressee": "party"}, "makes no demand of itself"),
        ({"issue": "elsewhere"}, "an issue of another negotiation"),
        ({"summary": "End NATO's open-door policy"}, "already has a demand with that summary"),
        ({"kind": "plea"}, "“plea” is not a kind of demand"),
    ],
)
def test_a_demand_that_makes_no_sense_is_refused_in_the_editors_words(
    editor, open_door, change, words
):
    fields = {
        "negotiation": open_door.negotiation,
        "party": open_door.party,
        "addressee": open_door.addressee,
        "issue": open_door.issue,
        "summary": "Withdraw forces",
    }
    samples = {"party": open_door.party, "elsewhere": IssueFactory()}
    fields |= {name: samples.get(value, value) for name, value in change.items()}

    with pytest.raises(ValidationError, match=words):
        demand_create(editor=editor, **fields)


def test_a_demand_edit_bumps_the_version_and_records_from_and_to(editor, open_door):
    edited = demand_edit(demand=open_door, editor=editor, version=1, summary="Close the door")

    assert (edited.summary, edited.version) == ("Close the door", 2)
    latest = history_of(edited)[0]
    assert [(c.label, c.old, c.new) for c in latest.changes] == [
        ("Summary", "End NATO's open-door policy", "Close the door")
    ]


def test_a_stale_demand_edit_is_refused_with_the_stored_values(editor, open_door):
    demand_edit(demand=open_door, editor=UserFactory(), version=1, summary="Close the door")

    with pytest.raises(StaleEdit) as refused:
        demand_edit(demand=open_door, editor=editor, version=1, description="Mine")

    assert (refused.value.current.summary, refused.value.current.version) == ("Close the door", 2)
    assert Demand.objects.get().description == ""


def test_a_status_changes_only_with_a_reason_which_is_kept_and_recorded(editor, open_door):
    with pytest.raises(ValidationError, match="Say why the status changes"):
        demand_set_status(demand=open_door, status="rejected", reason=" ", editor=editor, version=1)

    demand = demand_set_status(
        demand=open_door, status="rejected", reason="NATO said no", editor=editor, version=1
    )

    assert (demand.status, demand.status_reason, demand.version) == ("rejected", "NATO said no", 2)
    latest = history_of(demand)[0]
    assert (latest.reason, latest.changes[0].label, latest.changes[0].new) == (
        "NATO said no",
        "Status",
        "Rejected",
    )


def test_a_status_outside_the_vocabulary_is_refused(editor, open_door):
    with pytest.raises(ValidationError, match="“done” is not a status: choose open, rejected"):
        demand_set_status(demand=open_door, status="done", reason="x", editor=editor, version=1)


def test_a_response_is_created_and_edited_with_history(editor, open_door):
    quote = QuoteFactory(review_state="confirmed")
    response = response_create(
        demand=open_door,
        party=open_door.addressee,
        kind="reject",
        summary="Russia has no veto",
        editor=editor,
        evidence=[quote],
    )

    edited = response_edit(response=response, editor=editor, version=1, kind="conditional")

    assert (edited.kind, edited.version, list(edited.evidence.all())) == ("conditional", 2, [quote])
    assert [entry.action for entry in history_of(edited)] == ["changed", "created"]


def test_a_stale_response_edit_is_refused(editor, open_door):
    response = ResponseFactory(demand=open_door)
    response_edit(response=response, editor=editor, version=1, summary="Later words")

    with pytest.raises(StaleEdit):
        response_edit(response=response, editor=editor, version=1, summary="Earlier words")


def test_linking_and_unlinking_evidence_is_recorded_without_a_version(editor, open_door):
    quote = QuoteFactory(review_state="confirmed", speaker_name="Grushko", text="No")

    evidence_link(quote=quote, demand=open_door, editor=editor)
    evidence_link(quote=quote, demand=open_door, editor=editor)
    evidence_unlink(quote=quote, demand=open_door, editor=editor)

    open_door.refresh_from_db()
    assert (list(open_door.evidence.all()), open_door.version) == ([], 1)
    unlinked, linked = history_of(open_door)[:2]
    assert [(c.label, c.old, c.new) for c in linked.changes] == [("Evidence", "—", "Grushko: “No”")]
    assert [(c.old, c.new) for c in unlinked.changes] == [("Grushko: “No”", "—")]
    assert linked.who == editor


def test_evidence_goes_to_a_response_too(editor, open_door):
    response = ResponseFactory(demand=open_door)
    quote = QuoteFactory(review_state="confirmed")

    evidence_link(quote=quote, response=response, editor=editor)

    assert list(Response.objects.get().evidence.all()) == [quote]


@pytest.mark.parametrize(
    ("targets", "words"),
    [("both", "not both or neither"), ("neither", "not both or neither")],
)
def test_evidence_needs_exactly_one_demand_or_response(editor, open_door, targets, words):
    response = ResponseFactory(demand=open_door)
    chosen = {"both": {"demand": open_door, "response": response}, "neither": {}}[targets]

    with pytest.raises(ValidationError, match=words):
        evidence_link(quote=QuoteFactory(), editor=editor, **chosen)


def test_a_rejected_quote_is_no_evidence(editor, open_door):
    with pytest.raises(ValidationError, match="A rejected quote is no evidence"):
        evidence_link(quote=QuoteFactory(review_state="rejected"), demand=open_door, editor=editor)


def test_an_admin_save_moves_a_demands_version_on(client_admin, open_door):
    url = f"/admin/positions/demand/{open_door.pk}/change/"
    data = admin_page_as_posted(client_admin.get(url))

    response = client_admin.post(url, {**data, "summary": "Close the door"})

    assert response.status_code == 302
    assert Demand.objects.get().version == 2
    with pytest.raises(StaleEdit):
        demand_edit(demand=open_door, editor=None, version=1, summary="Undo the admin")
