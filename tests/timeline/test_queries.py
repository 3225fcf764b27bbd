import datetime

import pytest
from django.utils import timezone

from positions.models import Quote
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    DemandFactory,
    EventFactory,
    IssueFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
    ResponseFactory,
    SourceFactory,
)
from timeline.queries.matching import COUNT_CAP
from timeline.queries.stream import Cursor, party_match_counts, timeline_page

pytestmark = pytest.mark.django_db

JAN = [datetime.date(2022, 1, day) for day in range(1, 32)]


@pytest.fixture
def talks():
    return NegotiationFactory()


def _quote(negotiation, **fields) -> Quote:
    article = fields.pop("article", None) or ArticleFactory(
        **({"source": fields.pop("source")} if "source" in fields else {})
    )
    article.negotiations.add(negotiation)
    return QuoteFactory(article=article, **fields)


def _objs(page) -> list:
    return [item.obj for item in page.items]


def _all_pages(negotiation, per_page: int, **filters) -> list:
    seen, after = [], None
    for _ in range(100):
        page = timeline_page(negotiation=negotiation, per_page=per_page, after=after, **filters)
        seen += [(item.item_type, item.obj.pk) for item in page.items]
        after = page.next_after
        if after is None:
            return seen
    raise AssertionError("the pages never ended")


# --- Order and scope ----------------------------------------------------------------


def test_timeline_page_is_newest_first_with_undated_quotes_last(talks):
    old = _quote(talks, said_on=JAN[1])
    new = _quote(talks, said_on=JAN[9])
    undated = _quote(talks, said_on=None)

    page = timeline_page(negotiation=talks)

    assert _objs(page) == [new, old, undated]


def test_timeline_page_oldest_first_keeps_undated_quotes_last(talks):
    undated = _quote(talks, said_on=None)
    new = _quote(talks, said_on=JAN[9])
    old = _quote(talks, said_on=JAN[1])

    page = timeline_page(negotiation=talks, order="oldest")

    assert _objs(page) == [old, new, undated]


def test_timeline_page_merges_all_four_types_with_events_first_within_a_day(talks):
    quote = _quote(talks, said_on=JAN[11])
    demand = DemandFactory(negotiation=talks, first_raised_on=JAN[11])
    response = ResponseFactory(demand=demand, responded_on=JAN[11])
    event = EventFactory(negotiation=talks, happened_on=JAN[11])
    earlier = EventFactory(negotiation=talks, happened_on=JAN[2])

    page = timeline_page(negotiation=talks)

    assert _objs(page) == [event, demand, response, quote, earlier]


def test_timeline_page_groups_items_by_day(talks):
    first = _quote(talks, said_on=JAN[11])
    second = _quote(talks, said_on=JAN[11])
    third = _quote(talks, said_on=JAN[3])

    page = timeline_page(negotiation=talks)

    assert [(day.date, [i.obj for i in day.items]) for day in page.days] == [
        (JAN[11], [second, first]),
        (JAN[3], [third]),
    ]


def test_timeline_page_is_scoped_to_the_negotiation(talks):
    ours = _quote(talks)
    _quote(NegotiationFactory())
    EventFactory()
    ResponseFactory()

    page = timeline_page(negotiation=talks)

    assert _objs(page) == [ours]


def test_timeline_page_leaves_out_withdrawn_articles_and_rejected_quotes(talks):
    kept = _quote(talks)
    withdrawn = ArticleFactory(withdrawn_at=timezone.now(), withdrawn_reason="Retracted")
    _quote(talks, article=withdrawn)
    _quote(talks, review_state=Quote.ReviewState.REJECTED)
    confirmed = _quote(talks, review_state=Quote.ReviewState.CONFIRMED)

    page = timeline_page(negotiation=talks)

    assert _objs(page) == [confirmed, kept]


def test_timeline_page_without_a_negotiation_is_empty():
    _quote(NegotiationFactory())

    page = timeline_page(negotiation=None)

    assert (page.items, page.next_after) == ([], None)


# --- Keyset pagination ----------------------------------------------------------------


def test_pages_with_many_ties_on_one_date_neither_skip_nor_repeat(talks):
    quotes = [_quote(talks, said_on=JAN[11]) for _ in range(7)]
    EventFactory.create_batch(2, negotiation=talks, happened_on=JAN[11])
    demand = DemandFactory(negotiation=talks, first_raised_on=JAN[11])
    ResponseFactory.create_batch(2, demand=demand, responded_on=JAN[11])
    quotes += [_quote(talks, said_on=None) for _ in range(3)]

    newest = _all_pages(talks, per_page=3)
    oldest = _all_pages(talks, per_page=3, order="oldest")

    assert len(newest) == len(set(newest)) == 7 + 2 + 1 + 2 + 3
    assert sorted(newest) == sorted(oldest)
    assert [pk for kind, pk in newest if kind == "quote"] == [q.pk for q in quotes[6::-1]] + [
        q.pk for q in quotes[:6:-1]
    ]
    assert [pk for kind, pk in oldest if kind == "quote"] == [q.pk for q in quotes]


@pytest.mark.parametrize("order", ("newest", "oldest"))
@pytest.mark.parametrize("per_page", (1, 2, 5, 50))
def test_pages_cover_a_mixed_stream_exactly_once(talks, order, per_page):
    for day in (JAN[2], JAN[2], JAN[5], None, JAN[9], JAN[9]):
        _quote(talks, said_on=day)
    for day in (JAN[5], JAN[9]):
        EventFactory(negotiation=talks, happened_on=day)
    demand = DemandFactory(negotiation=talks, first_raised_on=None)
    ResponseFactory(demand=demand, responded_on=JAN[5])
    ResponseFactory(demand=demand, responded_on=None)

    whole = [(i.item_type, i.obj.pk) for i in timeline_page(negotiation=talks, order=order).items]
    paged = _all_pages(talks, per_page=per_page, order=order)

    assert paged == whole
    assert len(whole) == 11


def test_page_reports_no_next_cursor_when_everything_fits(talks):
    _quote(talks)

    assert timeline_page(negotiation=talks, per_page=1).next_after is None


def test_page_continuing_a_day_says_so(talks):
    _quote(talks, said_on=JAN[4])
    _quote(talks, said_on=JAN[4])

    first = timeline_page(negotiation=talks, per_page=1)
    second = timeline_page(negotiation=talks, per_page=1, after=first.next_after)

    assert (first.days[0].continued, second.days[0].continued) == (False, True)


@pytest.mark.parametrize(
    "token",
    ("", "junk", "2022-13-01.quote.1", "2022-01-01.poem.1", "2022-01-01.quote.x", "a.b.c.d"),
)
def test_cursor_parse_refuses_malformed_tokens(token):
    assert Cursor.parse(token) is None


def test_cursor_round_trips():
    for cursor in (Cursor(JAN[0], "demand", 12), Cursor(None, "quote", 7)):
        assert Cursor.parse(str(cursor)) == cursor


# --- Filters -------------------------------------------------------------------------


def test_filter_by_party_keeps_its_quotes_events_demands_and_responses(talks):
    nato, russia = PartyFactory(slug="nato"), PartyFactory(slug="russia")
    quote = _quote(talks, party=nato, said_on=JAN[5])
    _quote(talks, party=russia)
    event = EventFactory(negotiation=talks, happened_on=JAN[4])
    event.parties.add(nato, russia)
    EventFactory(negotiation=talks)
    to_nato = DemandFactory(negotiation=talks, party=russia, addressee=nato, first_raised_on=JAN[3])
    response = ResponseFactory(demand=to_nato, party=nato, responded_on=JAN[2])
    ResponseFactory(demand=to_nato, party=russia)

    page = timeline_page(negotiation=talks, parties=[nato])

    assert _objs(page) == [quote, event, to_nato, response]


def test_filter_by_several_parties_matches_any(talks):
    nato, russia, osce = PartyFactory(), PartyFactory(), PartyFactory()
    first = _quote(talks, party=nato, said_on=JAN[2])
    second = _quote(talks, party=russia, said_on=JAN[1])
    _quote(talks, party=osce)

    page = timeline_page(negotiation=talks, parties=[nato.pk, russia.pk], types=["quote"])

    assert _objs(page) == [first, second]


def test_filter_by_issue_uses_quote_links_and_demands(talks):
    issue, other = IssueFactory(negotiation=talks), IssueFactory(negotiation=talks)
    linked = _quote(talks, said_on=JAN[5])
    QuoteIssueFactory(quote=linked, issue=issue)
    QuoteIssueFactory(quote=linked, issue=other)
    elsewhere = _quote(talks, said_on=JAN[8])
    QuoteIssueFactory(quote=elsewhere, issue=other)
    _quote(talks, said_on=JAN[8])
    demand = DemandFactory(negotiation=talks, issue=issue, first_raised_on=JAN[3])
    response = ResponseFactory(demand=demand, responded_on=JAN[2])
    EventFactory(negotiation=talks, happened_on=JAN[5])

    one = timeline_page(negotiation=talks, issues=[issue])
    both = timeline_page(negotiation=talks, issues=[issue, other])

    assert _objs(one) == [linked, demand, response]
    assert _objs(both) == [elsewhere, linked, demand, response]


def test_filter_by_actor_source_stance_and_kind_shows_only_quotes(talks):
    actor, source = ActorFactory(), SourceFactory()
    match = _quote(talks, actor=actor, source=source, stance="reject", kind="indirect")
    _quote(talks, actor=actor, source=source, stance="reject", kind="direct")
    _quote(talks, actor=actor, source=source, stance="warn", kind="indirect")
    _quote(talks, actor=actor, stance="reject", kind="indirect")
    _quote(talks, source=source, stance="reject", kind="indirect")
    EventFactory(negotiation=talks)

    page = timeline_page(
        negotiation=talks, actors=[actor], sources=[source], stances=["reject"], kinds=["indirect"]
    )

    assert _objs(page) == [match]


@pytest.mark.parametrize(
    ("filters", "expected"),
    (
        ({"actors": "a"}, ["q1"]),
        ({"sources": "s"}, ["q1"]),
        ({"stances": ["warn", "offer"]}, ["q2", "q3"]),
        ({"kinds": ["direct"]}, ["q1", "q3"]),
        ({"types": ["event"]}, ["e"]),
        ({"types": ["quote", "event"], "stances": ["warn"]}, ["q2"]),
    ),
)
def test_each_quote_filter_alone(talks, filters, expected):
    actor, source = ActorFactory(), SourceFactory()
    named = {
        "q1": _quote(talks, actor=actor, source=source, stance="reject", said_on=JAN[9]),
        "q2": _quote(talks, stance="warn", kind="indirect", said_on=JAN[8]),
        "q3": _quote(talks, stance="offer", said_on=JAN[7]),
        "e": EventFactory(negotiation=talks, happened_on=JAN[1]),
    }
    values = {"a": [actor], "s": [source]}
    filters = {k: values.get(v, v) if isinstance(v, str) else v for k, v in filters.items()}

    page = timeline_page(negotiation=talks, **filters)

    assert _objs(page) == [named[name] for name in expected]


def test_filter_by_dates_includes_both_ends_and_leaves_out_undated(talks):
    _quote(talks, said_on=JAN[1])
    inside = [_quote(talks, said_on=JAN[day]) for day in (3, 4, 5)]
    _quote(talks, said_on=JAN[6])
    _quote(talks, said_on=None)
    event = EventFactory(negotiation=talks, happened_on=JAN[4])
    DemandFactory(negotiation=talks, first_raised_on=None)

    page = timeline_page(negotiation=talks, date_from=JAN[3], date_to=JAN[5])

    assert _objs(page) == [inside[2], event, inside[1], inside[0]]


# On PostgreSQL a phrase expected to be rare is looked up in the search index first, a
# common one tested along the date walk: both ways must find the same quotes.
@pytest.mark.parametrize("rare_below", (0, 5000))
def test_filter_by_text_finds_words_and_speakers(talks, monkeypatch, rare_below):
    monkeypatch.setattr("timeline.queries.matching._RARE_TEXT_MATCHES", rare_below)
    veto = _quote(talks, text="Russia does not have a veto", said_on=JAN[3])
    lavrov = _quote(talks, text="We want guarantees", speaker_name="Sergey Lavrov", said_on=JAN[2])
    _quote(talks, text="Talks went well")
    meeting = EventFactory(negotiation=talks, title="Geneva strategic stability talks")

    assert _objs(timeline_page(negotiation=talks, text="veto")) == [veto]
    assert _objs(timeline_page(negotiation=talks, text="Lavrov")) == [lavrov]
    assert _objs(timeline_page(negotiation=talks, text="Geneva")) == [meeting]


def test_filters_combine_with_and(talks):
    nato = PartyFactory()
    match = _quote(talks, party=nato, stance="reject", text="No veto", said_on=JAN[5])
    _quote(talks, party=nato, stance="reject", text="Other words", said_on=JAN[5])
    _quote(talks, party=nato, stance="warn", text="No veto", said_on=JAN[5])
    _quote(talks, stance="reject", text="No veto", said_on=JAN[5])
    _quote(talks, party=nato, stance="reject", text="No veto", said_on=JAN[20])

    page = timeline_page(
        negotiation=talks, parties=[nato], stances=["reject"], text="veto", date_to=JAN[10]
    )

    assert _objs(page) == [match]


# --- Counts --------------------------------------------------------------------------


def test_party_counts_follow_the_other_filters_and_ignore_the_party_filter():
    nato, russia, osce = PartyFactory(), PartyFactory(), PartyFactory()
    talks = NegotiationFactory(with_parties=[russia, nato, osce])
    for stance in ("reject", "reject", "warn"):
        _quote(talks, party=nato, stance=stance)
    _quote(talks, party=russia, stance="reject")
    _quote(NegotiationFactory(), party=russia, stance="reject")

    parties = party_match_counts(negotiation=talks, parties=[nato], stances=["reject"])

    assert [(p, p.matches, p.capped) for p in parties] == [
        (russia, 1, False),
        (nato, 2, False),
        (osce, 0, False),
    ]


def test_party_counts_stop_at_the_cap(monkeypatch):
    monkeypatch.setattr("timeline.queries.matching.COUNT_CAP", 3)
    nato = PartyFactory()
    talks = NegotiationFactory(with_parties=[nato])
    for _ in range(5):
        _quote(talks, party=nato)

    [party] = party_match_counts(negotiation=talks)

    assert (party.matches, party.capped) == (3, True)


def test_party_counts_are_capped_at_a_thousand():
    assert COUNT_CAP == 1000


def test_party_counts_are_none_when_quotes_are_not_shown():
    nato = PartyFactory()
    talks = NegotiationFactory(with_parties=[nato])
    _quote(talks, party=nato)

    [party] = party_match_counts(negotiation=talks, types=["event"])

    assert party.matches is None
