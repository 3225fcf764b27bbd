"""Search: the negotiation's quotes and articles that match a reader's words, best first."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection

from config.search import naive_snippet
from positions.models import Quote
from tests.factories import ActorFactory, ArticleFactory, NegotiationFactory, QuoteFactory
from tests.services import require_postgres
from timeline.queries import matching
from timeline.queries.search import QUOTES_PER_PAGE, plain_quote_search, search_results

pytestmark = pytest.mark.django_db


@pytest.fixture
def talks():
    return NegotiationFactory(slug="winter")


def _said(talks, text: str, *, day: int = 12, **fields) -> Quote:
    article = ArticleFactory(
        body=f"Reporters heard it. {text}", published_on=datetime.date(2022, 1, day)
    )
    article.negotiations.add(talks)
    return QuoteFactory(article=article, text=text, said_on=datetime.date(2022, 1, day), **fields)


def _found(talks, words: str) -> list[str]:
    return [hit.quote.text for hit in search_results(negotiation=talks, text=words).quotes]


def test_veto_finds_stoltenbergs_quotes_in_seeds_003_and_004_first():
    call_command("load_demo", stdout=io.StringIO())
    talks = NegotiationFactory(slug="nato-russia-2021-22")

    first_two = search_results(negotiation=talks, text="veto").quotes[:2]

    assert {hit.quote.speaker_name for hit in first_two} == {"Jens Stoltenberg"}
    assert sorted(hit.quote.article.raw.filename[:3] for hit in first_two) == ["003", "004"]


def test_the_quote_saying_it_most_ranks_first(talks):
    require_postgres()
    _said(talks, "A veto was mentioned once among many other words about the talks", day=14)
    _said(talks, "No veto, no veto for anyone, never a veto", day=10)

    assert _found(talks, "veto") == [
        "No veto, no veto for anyone, never a veto",
        "A veto was mentioned once among many other words about the talks",
    ]


def test_a_phrase_in_quotes_must_appear_as_written(talks):
    require_postgres()
    _said(talks, "We want security guarantees in writing")
    _said(talks, "Guarantees matter more than anything for our security")

    assert _found(talks, '"security guarantees"') == ["We want security guarantees in writing"]
    assert len(_found(talks, "security guarantees")) == 2


def test_plain_words_must_all_appear_and_a_minus_sign_excludes(talks):
    require_postgres()
    _said(talks, "Missile limits are on the table")
    _said(talks, "Missile deployments continue")

    assert _found(talks, "missile limits") == ["Missile limits are on the table"]
    assert _found(talks, "missile -limits") == ["Missile deployments continue"]


def test_an_actors_name_finds_their_quotes_first(talks):
    stoltenberg = ActorFactory(name="Jens Stoltenberg", aliases=["Stoltenberg"])
    _said(talks, "Allies alone decide on membership", actor=stoltenberg, speaker_name="")
    _said(talks, "Stoltenberg is wrong about this", speaker_name="Alexander Grushko", day=14)

    results = search_results(negotiation=talks, text="Stoltenberg")

    assert [hit.quote.text for hit in results.quotes] == [
        "Allies alone decide on membership",
        "Stoltenberg is wrong about this",
    ]
    assert results.speakers == [stoltenberg]


def test_snippets_mark_the_words_and_escape_everything_else(talks):
    require_postgres()
    _said(talks, "<b>Russia</b> has no veto & never had")

    [hit] = search_results(negotiation=talks, text="veto").quotes

    assert hit.snippet == "&lt;b&gt;Russia&lt;/b&gt; has no <mark>veto</mark> &amp; never had"


def test_articles_are_found_by_their_headline_and_text_with_a_marked_snippet(talks):
    require_postgres()
    article = ArticleFactory(title="Geneva talks end", body="The delegations left Geneva at noon.")
    article.negotiations.add(talks)
    ArticleFactory(title="Brussels talks", body="Nothing about it.").negotiations.add(talks)

    [hit] = search_results(negotiation=talks, text="Geneva").articles

    assert hit.article == article
    assert hit.title == "<mark>Geneva</mark> talks end"
    assert "left <mark>Geneva</mark> at noon" in hit.snippet


def test_search_keeps_to_the_chosen_negotiation(talks):
    _said(talks, "No veto here")
    _said(NegotiationFactory(slug="other"), "No veto there")

    assert _found(talks, "veto") == ["No veto here"]


def test_more_results_page_through_the_ranked_matches(talks):
    for day in range(1, QUOTES_PER_PAGE + 4):
        _said(talks, f"Talks on day {day} about the veto", day=day)

    first = search_results(negotiation=talks, text="veto")
    second = search_results(negotiation=talks, text="veto", page=2)

    assert (len(first.quotes), first.has_more) == (QUOTES_PER_PAGE, True)
    assert (len(second.quotes), second.has_more) == (3, False)
    shown = {hit.quote.pk for hit in first.quotes} | {hit.quote.pk for hit in second.quotes}
    assert len(shown) == QUOTES_PER_PAGE + 3


def test_plain_fallback_matches_the_words_newest_first_and_marks_them(talks):
    old = _said(talks, "Russia has no veto", day=10)
    new = _said(talks, "Still NO VETO for anyone", day=14)
    _said(talks, "Nothing to see")

    hits = plain_quote_search(matching.quotes(talks), text="no veto", limit=10)

    assert [hit.quote for hit in hits] == [new, old]
    assert hits[0].snippet == "Still <mark>NO VETO</mark> for anyone"


def test_naive_snippet_escapes_the_text_around_its_marks():
    snippet = naive_snippet("<i>a</i> veto & more", ["veto"])

    assert snippet == "&lt;i&gt;a&lt;/i&gt; <mark>veto</mark> &amp; more"


def test_search_page_lists_quotes_with_party_and_stance(client_analyst, talks):
    _said(talks, "Russia has no veto", speaker_name="Jens Stoltenberg", stance="reject")

    content = client_analyst.get("/search/?negotiation=winter&q=veto").content.decode()

    assert "Jens Stoltenberg" in content
    assert '<span class="badge badge--reject">reject</span>' in content
    assert "<mark>veto</mark>" in content


def test_search_page_without_words_or_with_too_many_still_answers(client_analyst, talks):
    assert client_analyst.get("/search/?negotiation=winter").status_code == 200
    long = client_analyst.get(f"/search/?negotiation=winter&q={'veto ' * 100}&page=x")
    assert long.status_code == 200
    assert "at most 200 characters" in long.content.decode()


@pytest.mark.parametrize("n", (1, 3))
def test_search_page_query_count_is_constant(client_analyst, talks, n, django_assert_num_queries):
    for day in range(1, n + 1):
        _said(talks, "Russia has no veto", day=day)
    client_analyst.get("/search/?negotiation=winter&q=veto")  # remembers the negotiation

    # Session, user, negotiations, the user's permissions (two: the header's Registry link);
    # the speakers named; quotes (estimate, the newest matches, ranked, shown) and articles
    # (the same four) on PostgreSQL; elsewhere two for quotes and one for articles.
    expected = 15 if connection.vendor == "postgresql" else 10
    with django_assert_num_queries(expected):
        client_analyst.get("/search/?negotiation=winter&q=veto")
