"""The registry's writes: actors, offices, merges and parties, and the copies that follow."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from positions.actors import (
    actor_create,
    actor_edit,
    actor_merge,
    office_add,
    office_edit,
    office_remove,
    party_edit,
)
from positions.editing import StaleEdit
from positions.history import history_of
from positions.models import Actor, Office, Quote, ReviewState
from positions.queries.actors import actor_named, actor_suggestions
from positions.revert import change_revert
from tests.copies import assert_copies_match
from tests.factories import (
    ActorFactory,
    OfficeFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
    UserFactory,
)

JAN_12 = datetime.date(2022, 1, 12)


@pytest.fixture
def editor(db):
    return UserFactory(username="anna")


def _quote_of(actor, party=None, **values):
    """A quote by the actor, with an issue link, its copies as the actor's offices say."""
    quote = QuoteFactory(actor=actor, party=party, **values)
    QuoteIssueFactory(quote=quote)
    return quote


# --- Creating and editing actors ------------------------------------------------------


def test_actor_create_makes_a_findable_actor_with_their_first_office(editor):
    nato = PartyFactory(name="NATO", slug="nato")

    actor = actor_create(
        name="  Jens   Stoltenberg ",
        kind="official",
        aliases=["Stoltenberg", "jens stoltenberg", " NATO chief "],
        office_title="Secretary General",
        party=nato,
        starts_on=datetime.date(2014, 10, 1),
        editor=editor,
        reason="Quoted in the Brussels talks",
    )

    office = actor.offices.get()
    assert (actor.name, actor.aliases, actor.confirmed) == (
        "Jens Stoltenberg",
        ["Stoltenberg", "NATO chief"],
        True,
    )
    assert (office.title, office.party, office.starts_on) == (
        "Secretary General",
        nato,
        datetime.date(2014, 10, 1),
    )
    record = actor.history.get()
    assert (record.history_user, record.history_change_reason) == (
        editor,
        "Quoted in the Brussels talks",
    )
    assert actor_suggestions("stolt") == [actor]


def test_actor_create_refuses_a_name_the_registry_has_already(editor):
    ActorFactory(name="Sergey Lavrov")

    with pytest.raises(ValidationError) as refused:
        actor_create(name="sergey  LAVROV", kind="official", editor=editor)

    assert "already in the registry" in refused.value.message_dict["name"][0]
    assert Actor.objects.count() == 1


@pytest.mark.parametrize(
    ("values", "field"),
    (
        ({"name": "  ", "kind": "official"}, "name"),
        ({"name": "A", "kind": "pundit"}, "kind"),
        (
            {
                "name": "A",
                "kind": "official",
                "office_title": "Minister",
                "starts_on": datetime.date(2022, 2, 1),
                "ends_on": datetime.date(2022, 1, 1),
            },
            "ends_on",
        ),
        (
            {
                "name": "A",
                "kind": "official",
                "office_title": "Minister",
                "starts_on": datetime.date(1850, 1, 1),
            },
            "starts_on",
        ),
    ),
)
def test_actor_create_refuses_bad_input_in_words_and_saves_nothing(editor, values, field):
    with pytest.raises(ValidationError) as refused:
        actor_create(editor=editor, **values)

    assert field in refused.value.message_dict
    assert (Actor.objects.count(), Office.objects.count()) == (0, 0)


def test_actor_edit_refuses_a_stale_version_and_keeps_the_other_editors_work(editor):
    actor = ActorFactory(name="Wendy Sherman")
    actor_edit(actor=actor, editor=editor, version=1, aliases=["Sherman"])

    with pytest.raises(StaleEdit) as stale:
        actor_edit(actor=actor, editor=editor, version=1, aliases=["Deputy Secretary"])

    actor.refresh_from_db()
    assert (actor.aliases, actor.version) == (["Sherman"], 2)
    assert [change.label for change in stale.value.changes_meanwhile()[0].changes] == ["Aliases"]


def test_actor_edit_to_expert_takes_the_party_off_their_quotes(editor):
    russia = PartyFactory(name="Russia", slug="russia")
    actor = OfficeFactory(party=russia).actor
    quote = _quote_of(actor, party=russia)

    actor_edit(actor=actor, editor=editor, version=actor.version, kind="expert")

    quote.refresh_from_db()
    assert quote.party is None
    assert_copies_match(quote)


def test_actor_edit_makes_the_new_name_findable_and_the_old_one_not(editor):
    actor = ActorFactory(name="Dmitry Kuleba")

    actor_edit(actor=actor, editor=editor, version=1, name="Dmytro Kuleba")

    assert (actor_suggestions("dmytro"), actor_suggestions("dmitry")) == ([actor], [])


# --- Offices ---------------------------------------------------------------------------


def test_offices_added_edited_and_removed_move_the_party_of_the_actors_quotes(editor):
    russia, nato = (
        PartyFactory(name="Russia", slug="russia"),
        PartyFactory(name="NATO", slug="nato"),
    )
    actor = ActorFactory()
    quote = _quote_of(actor, said_on=JAN_12)

    office = office_add(actor=actor, title="Envoy", party=russia, editor=editor)
    quote.refresh_from_db()
    after_add = quote.party

    office_edit(office=office, party=nato, editor=editor, reason="Wrong side")
    quote.refresh_from_db()
    after_edit = quote.party
    assert_copies_match(quote)

    office_remove(office=office, editor=editor, reason="Entered by mistake")
    quote.refresh_from_db()

    assert (after_add, after_edit, quote.party) == (russia, nato, None)
    assert_copies_match(quote)
    removed = Office.history.filter(history_type="-").get()
    assert (removed.history_user, removed.history_change_reason) == (editor, "Entered by mistake")


def test_an_office_follows_the_dates_each_quote_was_said(editor):
    russia = PartyFactory(name="Russia", slug="russia")
    actor = ActorFactory()
    before = _quote_of(actor, said_on=datetime.date(2021, 12, 1))
    during = _quote_of(actor, said_on=JAN_12)

    office_add(
        actor=actor, title="Envoy", party=russia, starts_on=datetime.date(2022, 1, 1), editor=editor
    )

    assert [Quote.objects.get(pk=q.pk).party for q in (before, during)] == [None, russia]
    assert_copies_match(before, during)


def test_office_edit_refuses_an_end_before_its_start(editor):
    office = OfficeFactory(starts_on=datetime.date(2022, 1, 1))

    with pytest.raises(ValidationError) as refused:
        office_edit(office=office, ends_on=datetime.date(2021, 1, 1), editor=editor)

    assert refused.value.message_dict["ends_on"] == [
        "An office cannot end before it starts: check the two dates."
    ]
    office.refresh_from_db()
    assert office.ends_on is None


# --- Merging ---------------------------------------------------------------------------


def test_actor_merge_moves_quotes_offices_and_names_and_deletes_the_duplicate(editor):
    russia = PartyFactory(name="Russia", slug="russia")
    keep = ActorFactory(name="Alexander Grushko", aliases=["Grushko"])
    absorb = ActorFactory(name="A. Grushko", aliases=["Deputy FM Grushko"])
    OfficeFactory(actor=absorb, party=russia, title="Deputy Foreign Minister")
    moved = _quote_of(absorb, party=None, review_state=ReviewState.SUGGESTED)
    kept = _quote_of(keep)

    actor_merge(keep=keep, absorb=absorb, editor=editor, version=keep.version, reason="One man")

    keep.refresh_from_db()
    moved.refresh_from_db()
    kept.refresh_from_db()
    assert not Actor.objects.filter(pk=absorb.pk).exists()
    assert keep.aliases == ["Grushko", "A. Grushko", "Deputy FM Grushko"]
    assert [office.title for office in keep.offices.all()] == ["Deputy Foreign Minister"]
    assert (moved.actor, moved.speaker_name, moved.party, moved.version) == (
        keep,
        "Alexander Grushko",
        russia,
        2,
    )
    # A merge is no verdict on the quote: a suggestion stays one.
    assert moved.review_state == ReviewState.SUGGESTED
    assert kept.party == russia
    assert_copies_match(moved, kept)
    assert moved.history.first().history_change_reason == "One man"
    assert actor_named("deputy fm grushko") == keep


def test_actor_merge_into_themselves_is_refused(editor):
    actor = ActorFactory()

    with pytest.raises(ValidationError) as refused:
        actor_merge(keep=actor, absorb=actor, editor=editor, version=actor.version)

    assert refused.value.message_dict["absorb"] == ["An actor cannot be merged into themselves."]
    assert Actor.objects.filter(pk=actor.pk).exists()


def test_actor_merge_at_a_stale_version_changes_nothing(editor):
    keep, absorb = ActorFactory(), ActorFactory()
    quote = _quote_of(absorb)
    actor_edit(actor=keep, editor=editor, version=1, aliases=["Someone"])

    with pytest.raises(StaleEdit):
        actor_merge(keep=keep, absorb=absorb, editor=editor, version=1)

    quote.refresh_from_db()
    assert (quote.actor, Actor.objects.filter(pk=absorb.pk).exists()) == (absorb, True)


# --- History -------------------------------------------------------------------------


def test_an_actors_change_is_recorded_and_can_be_reverted(editor):
    actor = ActorFactory(kind="official")
    actor_edit(actor=actor, editor=editor, version=1, kind="expert", reason="An analyst")
    entry = history_of(actor)[0]

    change_revert(record=entry.record, editor=editor)

    actor.refresh_from_db()
    assert (entry.who, entry.reason, [c.label for c in entry.changes]) == (
        editor,
        "An analyst",
        ["Kind"],
    )
    assert (actor.kind, actor.version) == ("official", 3)


# --- Parties ---------------------------------------------------------------------------


def test_party_edit_changes_name_colour_and_aliases_with_history(editor):
    party = PartyFactory(name="USA", slug="united-states", colour="#1d3f8f")

    party_edit(
        party=party,
        editor=editor,
        name="United States",
        colour="#AA3300",
        aliases=["US", "USA", "us"],
        reason="Full name",
    )

    party.refresh_from_db()
    assert (party.name, party.slug, party.colour, party.aliases) == (
        "United States",
        "united-states",
        "#aa3300",
        ["US", "USA"],
    )
    assert party.history.first().history_change_reason == "Full name"


@pytest.mark.parametrize("colour", ("red", "#12345", "#1234567", "#ggg000"))
def test_party_edit_refuses_a_colour_that_is_not_rrggbb(editor, colour):
    party = PartyFactory(colour="#1d3f8f")

    with pytest.raises(ValidationError) as refused:
        party_edit(party=party, editor=editor, colour=colour)

    assert refused.value.message_dict["colour"][0] == "Give a colour as #rrggbb."


def test_party_edit_refuses_another_partys_name(editor):
    PartyFactory(name="Russia", slug="russia")
    party = PartyFactory(name="Moscow", slug="moscow")

    with pytest.raises(ValidationError):
        party_edit(party=party, editor=editor, name="russia")


# --- Finding actors ------------------------------------------------------------------


def test_suggestions_put_names_first_then_aliases_then_later_words(db):
    by_word = ActorFactory(name="Anna Grushina")
    by_alias = ActorFactory(name="Deputy Minister", aliases=["Grushko"])
    by_name = ActorFactory(name="Grushko Alexander")
    ActorFactory(name="Someone Else")

    assert actor_suggestions("GRU") == [by_name, by_alias, by_word]


def test_suggestions_ignore_accents_and_case(db):
    actor = ActorFactory(name="Maroš Šefčovič")

    assert actor_suggestions("sefco") == [actor]
