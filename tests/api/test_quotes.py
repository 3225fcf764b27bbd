"""/api/v1/quotes/: the timeline's quotes and filters, as JSON, a page at a time."""

import datetime
import re

import pytest

from tests.api.conftest import quote_in
from tests.factories import (
    ActorFactory,
    IssueFactory,
    PartyFactory,
    QuoteIssueFactory,
    SourceFactory,
)

QUOTES = "/api/v1/quotes/"


def _timeline_quote_ids(client, params: dict) -> list[int]:
    """The quotes the timeline page shows for the same filters, in its order."""
    response = client.get("/timeline/", {**params, "type": "quote"})
    ids = re.findall(r'<li class="tl-item [^"]*" id="quote-(\d+)"', response.content.decode())
    return [int(found) for found in ids]


@pytest.fixture
def corpus(talks):
    """Quotes that differ in every way a filter can tell."""
    nato, russia = talks.parties.get(slug="nato"), PartyFactory(slug="russia")
    grushko, stoltenberg = ActorFactory(slug="grushko"), ActorFactory(slug="stoltenberg")
    rt, jazeera = SourceFactory(slug="rt"), SourceFactory(slug="al-jazeera")
    enlargement = IssueFactory(negotiation=talks, slug="enlargement")
    quotes = {
        "veto": quote_in(
            talks,
            text="Russia has no veto",
            party=nato,
            actor=stoltenberg,
            stance="reject",
            said_on=datetime.date(2022, 1, 12),
            article_fields={"source": jazeera},
        ),
        "open_door": quote_in(
            talks,
            text="End the open door",
            party=russia,
            actor=grushko,
            stance="demand",
            kind="indirect",
            said_on=datetime.date(2022, 1, 10),
            article_fields={"source": rt},
        ),
        "undated": quote_in(talks, text="Talks go on", said_on=None, stance="assess"),
        "rejected": quote_in(talks, text="Not a quote", review_state="rejected"),
    }
    for name in ("veto", "open_door"):
        QuoteIssueFactory(quote=quotes[name], issue=enlargement)
    return quotes


def _ids(body: dict) -> list[int]:
    return [quote["id"] for quote in body["results"]]


def test_a_quote_comes_with_what_the_timeline_shows_of_it(api, corpus):
    veto = corpus["veto"]

    body = api.json(QUOTES, {"q": "veto"})

    assert body["results"] == [
        {
            "id": veto.pk,
            "text": "Russia has no veto",
            "kind": "direct",
            "speaker_name": veto.speaker_name,
            "speaker_as_written": veto.speaker_as_written,
            "actor": {"slug": "stoltenberg", "name": veto.actor.name},
            "party": {"slug": "nato", "name": veto.party.name},
            "issues": [{"slug": "enlargement", "name": veto.issues.get().name}],
            "stance": "reject",
            "said_on": "2022-01-12",
            "review_state": "suggested",
            "article": {
                "id": veto.article_id,
                "title": veto.article.title,
                "url": veto.article.url,
                "published_on": "2022-01-12",
                "source": {"slug": "al-jazeera", "name": veto.article.source.name},
            },
            "page": f"http://testserver/quotes/{veto.pk}/",
        }
    ]


def test_quotes_come_newest_first_undated_last_without_rejected_ones(api, corpus):
    body = api.json(QUOTES)

    assert _ids(body) == [corpus[name].pk for name in ("veto", "open_door", "undated")]
    assert body["next"] is None and body["next_cursor"] is None


@pytest.mark.parametrize(
    "params",
    (
        {},
        {"party": "nato"},
        {"party": ["nato", "russia"]},
        {"issue": "enlargement"},
        {"issue": "enlargement", "party": "russia"},
        {"actor": "grushko"},
        {"source": "al-jazeera"},
        {"stance": "demand"},
        {"stance": ["demand", "reject"]},
        {"kind": "indirect"},
        {"from": "2022-01-11"},
        {"to": "2022-01-11"},
        {"from": "2022-01-10", "to": "2022-01-10"},
        {"q": "open door"},
        {"order": "oldest"},
    ),
)
def test_each_filter_finds_what_the_timeline_shows(api, client, analyst, corpus, params):
    client.force_login(analyst)
    shown = _timeline_quote_ids(client, {"negotiation": "winter", **params})

    found = _ids(api.json(QUOTES, {"negotiation": "winter", **params}))

    assert found == shown
    assert found  # every filter here matches something


def test_filters_combine_to_nothing(api, corpus):
    assert api.json(QUOTES, {"party": "nato", "stance": "demand"})["results"] == []


def test_pages_walk_every_quote_once_through_ties(api, talks):
    same_day = [quote_in(talks, said_on=datetime.date(2022, 1, 12)) for _ in range(5)]
    undated = [quote_in(talks, said_on=None) for _ in range(2)]
    expected = [q.pk for q in reversed(same_day)] + [q.pk for q in reversed(undated)]

    seen, url, pages = [], QUOTES + "?limit=2", 0
    while url:
        body = api.json(url)
        seen += _ids(body)
        url, pages = body["next"], pages + 1

    assert seen == expected
    assert pages == 4


def test_next_keeps_the_filters(api, corpus, talks):
    quote_in(talks, party=corpus["veto"].party, said_on=datetime.date(2022, 1, 1))

    body = api.json(QUOTES, {"party": "nato", "limit": 1})
    following = api.json(body["next"])

    assert "party=nato" in body["next"]
    assert [q["party"]["slug"] for q in following["results"]] == ["nato"]
    assert following["next"] is None


@pytest.mark.parametrize("n", (1, 3))
def test_query_count_is_constant(client, analyst, talks, n, django_assert_num_queries):
    client.force_login(analyst)
    issue = IssueFactory(negotiation=talks)
    for _ in range(n):
        quote = quote_in(talks, party=PartyFactory(), actor=ActorFactory(), stance="warn")
        QuoteIssueFactory(quote=quote, issue=issue)

    # session, user, negotiation, the issue filter's lookup (none given: no query),
    # dated keys, undated keys, the quotes, their issues
    with django_assert_num_queries(7):
        response = client.get(QUOTES, {"negotiation": "winter"})

    assert len(response.json()["results"]) == n


@pytest.mark.parametrize("n", (1, 3))
def test_query_count_with_a_token_is_constant(api, talks, n, django_assert_num_queries):
    api.get(QUOTES)  # the token's first use is written once
    for _ in range(n):
        quote_in(talks)

    # the token with its user, negotiation, dated keys, undated keys, the quotes, issues
    with django_assert_num_queries(6):
        response = api.get(QUOTES)

    assert len(response.json()["results"]) == n
