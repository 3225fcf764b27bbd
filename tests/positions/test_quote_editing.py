"""Every write to a quote goes through quote_edit: copies follow, versions bump, history records."""

import datetime
from dataclasses import dataclass

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from positions.editing import StaleQuote, quote_create, quote_edit, record_created
from positions.history import history_of
from positions.models import Actor, Quote, QuoteIssue
from positions.queries.matrix import matrix
from positions.services import quote_confirm, quote_review
from tests.copies import assert_copies_match
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    IssueFactory,
    NegotiationFactory,
    OfficeFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
    UserFactory,
)

JAN = {day: datetime.date(2022, 1, day) for day in range(1, 32)}
BODY = "Talks ended. “We demand guarantees,” the minister said. “No veto,” she added."


@dataclass
class Desk:
    negotiation: object
    russia: object
    nato: object
    enlargement: object
    guarantees: object
    article: object
    minister: Actor
    editor: object


@pytest.fixture
def desk(db):
    """A negotiation with two parties and issues, an article filed under it, and a minister
    who spoke for Russia until 15 January and for NATO after (offices change)."""
    russia, nato = PartyFactory(slug="russia"), PartyFactory(slug="nato")
    negotiation = NegotiationFactory(with_parties=[russia, nato])
    article = ArticleFactory(body=BODY, published_on=JAN[12])
    article.negotiations.add(negotiation)
    minister = ActorFactory(name="Anna Berg")
    OfficeFactory(actor=minister, party=russia, starts_on=JAN[1], ends_on=JAN[15])
    OfficeFactory(actor=minister, party=nato, starts_on=JAN[16])
    return Desk(
        negotiation=negotiation,
        russia=russia,
        nato=nato,
        enlargement=IssueFactory(negotiation=negotiation, name="Enlargement"),
        guarantees=IssueFactory(negotiation=negotiation, name="Guarantees"),
        article=article,
        minister=minister,
        editor=UserFactory(username="anna"),
    )


def suggestion(desk, *, stance="demand", issues=None, **fields) -> Quote:
    """A suggestion by the minister, with its issue links, recorded as the extractor does."""
    text = "We demand guarantees,"
    quote = QuoteFactory(
        article=desk.article,
        text=text,
        start=BODY.index(text),
        actor=desk.minister,
        party=desk.russia,
        stance=stance,
        said_on=JAN[12],
        review_state="suggested",
        **fields,
    )
    for issue in [desk.guarantees] if issues is None else issues:
        QuoteIssueFactory(quote=quote, issue=issue)
    # The factory saved the quote before its links: record its creation again, links and all.
    quote.history.all().delete()
    record_created(Quote, [quote], editor=None, reason="Suggested by the extractor")
    return quote


def _edit(desk, quote, **changes) -> Quote:
    return quote_edit(quote=quote, editor=desk.editor, version=quote.version, **changes)


def test_accepting_a_suggestion_confirms_it_and_its_copies(desk):
    quote = suggestion(desk)

    quote_review(quote_id=quote.pk, version=1, decision="accept", editor=desk.editor)

    quote.refresh_from_db()
    assert (quote.review_state, quote.reviewed_by, quote.version) == ("confirmed", desk.editor, 2)
    assert_copies_match(quote)


def test_rejecting_a_suggestion_rejects_its_copies(desk):
    quote = suggestion(desk)

    quote_review(quote_id=quote.pk, version=1, decision="reject", editor=desk.editor)

    quote.refresh_from_db()
    assert quote.review_state == "rejected"
    assert_copies_match(quote)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("stance", "reject"),
        ("stance", ""),
        ("kind", "indirect"),
        ("said_on", JAN[20]),
        ("said_on", None),
        ("review_state", "rejected"),
        ("review_state", "suggested"),
    ],
)
def test_editing_a_field_of_a_confirmed_quote_keeps_its_copies(desk, field, value):
    quote = quote_confirm(quote=suggestion(desk), editor=desk.editor)

    edited = _edit(desk, quote, **{field: value})

    assert (getattr(edited, field), edited.version) == (value, 3)
    assert_copies_match(edited)


def test_moving_the_date_past_an_office_change_moves_the_party(desk):
    quote = quote_confirm(quote=suggestion(desk), editor=desk.editor)

    edited = _edit(desk, quote, said_on=JAN[20])

    assert edited.party == desk.nato
    assert set(QuoteIssue.objects.values_list("party", flat=True)) == {desk.nato.pk}


def test_a_new_speaker_brings_their_name_and_party(desk):
    quote = quote_confirm(quote=suggestion(desk), editor=desk.editor)
    envoy = ActorFactory(name="Jens Envoy", kind=Actor.Kind.SPOKESPERSON)
    OfficeFactory(actor=envoy, party=desk.nato, title="Spokesperson")

    edited = _edit(desk, quote, actor=envoy)

    assert (edited.actor, edited.speaker_name, edited.party) == (envoy, "Jens Envoy", desk.nato)
    assert_copies_match(edited)


def test_an_expert_speaks_for_no_party(desk):
    quote = quote_confirm(quote=suggestion(desk), editor=desk.editor)
    expert = ActorFactory(kind=Actor.Kind.EXPERT)
    OfficeFactory(actor=expert, party=desk.russia, title="Analyst")

    edited = _edit(desk, quote, actor=expert)

    assert edited.party is None
    assert_copies_match(edited)


def test_clearing_the_speaker_clears_the_party(desk):
    quote = quote_confirm(quote=suggestion(desk), editor=desk.editor)

    edited = _edit(desk, quote, actor=None)

    assert (edited.actor, edited.party) == (None, None)
    assert_copies_match(edited)


def test_retagging_issues_rewrites_the_links_with_the_quotes_copies(desk):
    quote = quote_confirm(quote=suggestion(desk), editor=desk.editor)

    edited = _edit(desk, quote, issues=[desk.enlargement], stance="warn")

    assert list(edited.issues.all()) == [desk.enlargement]
    assert_copies_match(edited)


def test_an_edited_suggestion_becomes_confirmed_by_its_editor(desk):
    quote = suggestion(desk)

    edited = _edit(desk, quote, stance="reject")

    assert (edited.review_state, edited.reviewed_by) == ("confirmed", desk.editor)
    assert_copies_match(edited)


def test_a_new_span_rereads_its_words_from_the_article(desk):
    quote = quote_confirm(quote=suggestion(desk), editor=desk.editor)
    wider = BODY.index("“We demand")

    edited = _edit(desk, quote, start=wider, end=BODY.index(" the minister"))

    assert edited.text == "“We demand guarantees,”"
    assert desk.article.body[edited.start : edited.end] == edited.text


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        (10, 5, "end after it starts"),
        (0, len(BODY) + 1, f"characters 0 to {len(BODY)}"),
        (BODY.index(" the"), BODY.index(" the") + 1, "holds no words"),
    ],
)
def test_a_span_outside_the_text_or_without_words_is_refused(desk, start, end, words):
    quote = suggestion(desk)

    with pytest.raises(ValidationError, match=words):
        _edit(desk, quote, start=start, end=end)

    quote.refresh_from_db()
    assert quote.version == 1


def test_a_word_outside_the_stance_vocabulary_is_refused_with_the_allowed_words(desk):
    with pytest.raises(ValidationError, match="“maybe” is not a stance: choose demand, offer"):
        _edit(desk, suggestion(desk), stance="maybe")


def test_a_stale_edit_is_refused_with_the_other_editors_values(desk):
    quote = suggestion(desk)
    other = UserFactory(username="boris")
    quote_edit(quote=quote, editor=other, version=1, stance="reject")

    with pytest.raises(StaleQuote) as refused:
        quote_edit(quote=quote, editor=desk.editor, version=1, stance="warn")

    stale = refused.value
    assert (stale.quote.stance, stale.quote.version, stale.seen_version) == ("reject", 2, 1)
    [meanwhile] = stale.changes_meanwhile()
    assert meanwhile.who == other
    assert [(c.label, c.old, c.new) for c in meanwhile.changes] == [
        ("Stance", "Demand", "Reject"),
        ("Review state", "Suggested", "Confirmed"),
    ]


def test_reapplying_on_the_current_version_saves(desk):
    quote = suggestion(desk)
    quote_edit(quote=quote, editor=UserFactory(), version=1, stance="reject")

    edited = quote_edit(quote=quote, editor=desk.editor, version=2, stance="warn")

    assert (edited.stance, edited.version) == ("warn", 3)


def test_an_edit_that_changes_nothing_writes_nothing(desk):
    quote = quote_confirm(quote=suggestion(desk), editor=desk.editor)

    same = _edit(desk, quote, stance=quote.stance, issues=[desk.guarantees])

    assert same.version == quote.version
    assert len(history_of(quote)) == 2


def test_each_edit_is_recorded_with_its_editor_and_the_issue_links(desk):
    quote = quote_confirm(quote=suggestion(desk), editor=desk.editor)

    _edit(desk, quote, issues=[desk.enlargement, desk.guarantees], reason="Also about NATO")

    latest = history_of(quote)[0]
    assert (latest.who, latest.action, latest.reason) == (desk.editor, "changed", "Also about NATO")
    assert [(c.label, c.old, c.new) for c in latest.changes] == [
        ("Issues", "Guarantees", "Enlargement, Guarantees"),
    ]


def test_the_matrix_follows_a_stance_change_at_once(desk):
    quote = quote_confirm(quote=suggestion(desk), editor=desk.editor)

    _edit(desk, quote, stance="reject")

    grid = matrix(negotiation=desk.negotiation, as_of=None)
    cells = {row.issue: dict(row.entries) for row in grid.rows}
    assert cells[desk.guarantees][desk.russia].stance == "reject"


def test_a_quote_marked_by_hand_is_confirmed_with_its_copies_and_recorded_whole(desk):
    start = BODY.index("No veto")

    quote = quote_create(
        article=desk.article,
        start=start,
        end=start + len("No veto"),
        editor=desk.editor,
        actor=desk.minister,
        issues=[desk.enlargement],
        stance="reject",
    )

    assert (quote.text, quote.origin, quote.review_state) == ("No veto", "manual", "confirmed")
    assert (quote.party, quote.said_on, quote.reviewed_by) == (desk.russia, JAN[12], desk.editor)
    assert_copies_match(quote)
    [created] = history_of(quote)
    assert (created.action, created.who) == ("created", desk.editor)
    assert list(created.record.issues.values_list("issue", flat=True)) == [desk.enlargement.pk]


def test_machines_never_change_a_review_state(desk):
    quote = suggestion(desk)

    edited = quote_edit(quote=quote, editor=None, version=1, anchor_lost=True)

    assert (edited.review_state, edited.anchor_lost, edited.version) == ("suggested", True, 2)


@pytest.mark.parametrize(("field", "value"), [("review_state", "maybe"), ("stance", "shrug")])
def test_the_database_refuses_a_copy_outside_its_vocabulary(desk, field, value):
    quote = suggestion(desk)

    with pytest.raises(IntegrityError), transaction.atomic():
        QuoteIssue.objects.filter(quote=quote).update(**{field: value})
