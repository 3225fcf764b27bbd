import datetime
import re

import pytest
from django.db import connection

from tests.factories import (
    ActorFactory,
    ArticleFactory,
    DemandFactory,
    EventFactory,
    IssueFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    ResponseFactory,
)

HX = {"HX-Request": "true", "HX-Target": "results"}


@pytest.fixture
def talks(db):
    return NegotiationFactory(slug="winter", with_parties=[PartyFactory(slug="nato")])


def _quote(negotiation, **fields):
    article = ArticleFactory(**fields.pop("article_fields", {}))
    article.negotiations.add(negotiation)
    return QuoteFactory(article=article, **fields)


def _mixed_stream(talks, n: int) -> None:
    """n of each type, with everything a row shows filled in."""
    nato = PartyFactory(slug="nato")
    for _ in range(n):
        _quote(talks, party=nato, actor=ActorFactory(), stance="reject")
        EventFactory(negotiation=talks).parties.add(nato)
        ResponseFactory(demand=DemandFactory(negotiation=talks, addressee=nato), party=nato)


def _item_ids(content: bytes) -> list[str]:
    return re.findall(r'<li class="tl-item [^"]*" id="([a-z]+-\d+)"', content.decode())


# --- Query counts ----------------------------------------------------------------------


@pytest.mark.parametrize("n", (1, 3))
def test_timeline_page_query_count_is_constant(client_analyst, talks, n, django_assert_num_queries):
    _mixed_stream(talks, n)

    # session, user, preference, negotiation, switcher list, parties, issues, events,
    # their parties, demands, responses, dated and undated quotes' keys, the quotes, and
    # the user's permissions (two: they decide the header's Registry link and the quotes'
    # Edit links)
    with django_assert_num_queries(16):
        response = client_analyst.get("/timeline/")

    assert len(_item_ids(response.content)) == 4 * n


@pytest.mark.parametrize("n", (1, 3))
def test_timeline_partial_query_count_is_constant(
    client_analyst, talks, n, django_assert_num_queries
):
    _mixed_stream(talks, n)

    # session, user, preference, negotiation, the party filter's slug,
    # then the six stream reads and events' parties, and the user's permissions (two)
    with django_assert_num_queries(14):
        response = client_analyst.get("/timeline/?party=nato", headers=HX)

    assert len(_item_ids(response.content)) == 4 * n


@pytest.mark.parametrize("n", (1, 3))
def test_timeline_next_page_query_count_is_constant(
    client_analyst, talks, n, django_assert_num_queries
):
    _mixed_stream(talks, n)
    after = "2030-01-01.quote.999999"

    # session, user, preference, negotiation, then the six stream reads and events' parties,
    # and the user's permissions (two)
    with django_assert_num_queries(13):
        response = client_analyst.get(
            f"/timeline/?after={after}", headers={"HX-Request": "true", "HX-Target": "more"}
        )

    assert len(_item_ids(response.content)) == 4 * n


# --- Page and partials -----------------------------------------------------------------


def test_timeline_page_shows_a_quote_with_party_stance_outlet_and_date(client_analyst, talks):
    quote = _quote(
        talks,
        party=PartyFactory(slug="nato", name="NATO"),
        stance="reject",
        speaker_name="Jens Stoltenberg",
        text="Russia has no veto",
        said_on=datetime.date(2022, 1, 12),
        article_fields={"source__name": "Interfax"},
    )

    content = client_analyst.get("/timeline/").content.decode()

    assert f'id="quote-{quote.pk}"' in content
    assert "tl-item tl-item--quote party-nato" in content
    assert '<span class="badge badge--reject">reject</span>' in content
    assert "Jens Stoltenberg" in content and "“Russia has no veto”" in content
    assert ">Interfax</a>" in content and ">12 Jan 2022</time>" in content
    assert f'href="/articles/{quote.article_id}/#quote-{quote.pk}"' in content


def test_timeline_is_in_the_navigation(client_analyst, talks):
    content = client_analyst.get("/").content.decode()

    assert '<a href="/timeline/?negotiation=winter"' in content


def test_timeline_htmx_request_gets_only_the_results_and_the_canonical_url(client_analyst, talks):
    _quote(talks, stance="warn")

    response = client_analyst.get("/timeline/?q=&stance=warn&from=&party=nato", headers=HX)

    content = response.content.decode()
    assert content.lstrip().startswith('<section id="results"')
    assert "<html" not in content
    assert 'hx-get="/timeline/counts/?negotiation=winter&amp;party=nato&amp;stance=warn"' in content
    assert response["HX-Push-Url"] == "/timeline/?negotiation=winter&party=nato&stance=warn"
    assert "HX-Request" in response["Vary"]


def test_timeline_history_restore_gets_the_full_page(client_analyst, talks):
    response = client_analyst.get(
        "/timeline/", headers={**HX, "HX-History-Restore-Request": "true"}
    )

    assert b"<html" in response.content


def test_timeline_next_page_is_the_items_and_a_new_trigger(client_analyst, talks):
    for day in range(1, 4):
        _quote(talks, said_on=datetime.date(2022, 1, day))
    first = client_analyst.get("/timeline/").content.decode()
    assert 'hx-trigger="revealed"' not in first  # three fit on one page

    response = client_analyst.get(
        "/timeline/?after=2022-01-03.quote.999999",
        headers={"HX-Request": "true", "HX-Target": "more"},
    )

    content = response.content.decode()
    assert content.lstrip().startswith('<li class="tl-day')
    assert len(_item_ids(response.content)) == 3


def test_timeline_last_item_loads_the_next_page_when_revealed(client_analyst, talks, settings):
    for _ in range(51):
        _quote(talks)

    content = client_analyst.get("/timeline/?stance=&order=newest").content.decode()

    more = re.search(r'<li id="more"[^>]*>', content).group(0)
    assert 'hx-trigger="revealed"' in more and 'hx-swap="outerHTML"' in more
    assert len(_item_ids(content.encode())) == 50
    assert re.search(
        r'<a class="button" href="/timeline/\?negotiation=winter&amp;after=2022-01-12\.quote\.\d+">Older items</a>',
        content,
    )


def test_timeline_filters_are_held_in_the_form(client_analyst, talks):
    content = client_analyst.get(
        "/timeline/?party=nato&stance=reject&kind=direct&type=quote&q=veto&from=2022-01-01&order=oldest"
    ).content.decode()

    assert '<input type="checkbox" name="party" value="nato" checked>' in content
    assert '<input type="checkbox" name="stance" value="reject" checked>' in content
    assert 'name="q" value="veto"' in content and 'name="from" value="2022-01-01"' in content
    assert '<option value="oldest" selected>' in content


def test_timeline_offers_many_issues_as_a_list_to_choose_from(client_analyst, talks):
    issues = [IssueFactory(negotiation=talks, slug=f"issue-{n:02}") for n in range(13)]

    content = client_analyst.get("/timeline/?issue=issue-04").content.decode()

    assert '<select id="timeline-issue" name="issue">' in content
    assert f'<option value="issue-04" selected>{issues[4].name}</option>' in content


def test_timeline_offers_a_few_issues_as_checkboxes(client_analyst, talks):
    IssueFactory(negotiation=talks, slug="open-door")

    content = client_analyst.get("/timeline/?issue=open-door").content.decode()

    assert '<input type="checkbox" name="issue" value="open-door" checked>' in content


def test_timeline_later_page_repeats_a_day_heading_only_when_not_appended(client_analyst, talks):
    for _ in range(3):
        _quote(talks, said_on=datetime.date(2022, 1, 12))
    after = "2022-01-12.quote.999999"

    appended = client_analyst.get(
        f"/timeline/?after={after}", headers={"HX-Request": "true", "HX-Target": "more"}
    ).content.decode()
    whole = client_analyst.get(f"/timeline/?after={after}").content.decode()

    assert "12 Jan 2022</time></h2>" not in appended
    assert "12 Jan 2022</time></h2>" in whole


@pytest.mark.parametrize(
    "query",
    (
        "party=no-such-party&party=%3Cscript%3E",
        "issue=../../etc",
        "actor=" + "x" * 500,
        "stance=shout&stance=reject",
        "kind=sideways",
        "type=poem",
        "from=2022-02-30&to=yesterday",
        "order=sideways",
        "after=2022-01-01.quote.-3",
        "after=9999999-01-01.quote.1",
        "after=2022-01-01.quote.99999999999999999999999",
        "q=" + "veto " * 100,
        "q=%01%02%7F",
    ),
)
def test_timeline_ignores_bad_filter_values(client_analyst, talks, query):
    _quote(talks)

    full = client_analyst.get(f"/timeline/?{query}")
    partial = client_analyst.get(f"/timeline/?{query}", headers=HX)

    assert (full.status_code, partial.status_code) == (200, 200)


def test_timeline_drops_a_bad_value_but_keeps_the_good_ones(client_analyst, talks):
    warned = _quote(talks, stance="warn")
    _quote(talks, stance="offer")

    response = client_analyst.get("/timeline/?stance=warn&stance=shout&from=nonsense")

    assert _item_ids(response.content) == [f"quote-{warned.pk}"]


@pytest.mark.parametrize(("name", "label"), (("from", "From"), ("to", "To")))
@pytest.mark.parametrize("day", ("0001-01-01", "9999-12-31"))
def test_timeline_leaves_out_a_date_outside_the_span_and_says_so(
    client_analyst, talks, name, label, day
):
    quote = _quote(talks)

    response = client_analyst.get(f"/timeline/?{name}={day}")

    assert response.status_code == 200
    assert _item_ids(response.content) == [f"quote-{quote.pk}"]
    assert (
        f"{label}: Enter a date between 01 Jan 1900 and 31 Dec 2100. It was left out."
        in response.content.decode()
    )


def test_timeline_empty_state_tells_an_editor_to_upload(client_editor, talks):
    content = client_editor.get("/timeline/").content.decode()

    assert 'No quotes yet — <a href="/articles/new/">upload an article</a>' in content


def test_timeline_empty_filtered_state_offers_to_clear(client_analyst, talks):
    _quote(talks, stance="warn")

    content = client_analyst.get("/timeline/?stance=offer").content.decode()

    assert "Nothing matches these filters" in content


def test_timeline_shows_undated_quotes_as_date_unknown(client_analyst, talks):
    _quote(talks, said_on=None)

    content = client_analyst.get("/timeline/").content.decode()

    assert "Date unknown</h2>" in content and "date unknown" in content


def test_timeline_party_counts_are_capped(client_analyst, talks, monkeypatch):
    monkeypatch.setattr("timeline.queries.matching.COUNT_CAP", 2)
    nato = PartyFactory(slug="nato")
    for _ in range(3):
        _quote(talks, party=nato)

    content = client_analyst.get("/timeline/counts/", headers=HX).content.decode()

    assert '<span class="tl-count" id="count-nato" hx-swap-oob="true">999+</span>' in content


def test_timeline_party_counts_follow_the_filters(client_analyst, talks):
    nato = PartyFactory(slug="nato")
    _quote(talks, party=nato, stance="warn")
    _quote(talks, party=nato, stance="offer")

    content = client_analyst.get("/timeline/counts/?stance=warn&party=nato").content.decode()

    assert '<span class="tl-count" id="count-nato" hx-swap-oob="true">1</span>' in content


@pytest.mark.parametrize("n", (1, 3))
def test_timeline_party_counts_query_count_is_constant(
    client_analyst, talks, n, django_assert_num_queries
):
    _mixed_stream(talks, n)

    # session, user, preference, negotiation, then one query for every party's count,
    # which PostgreSQL runs under a time limit (a savepoint, the limit, the release)
    with django_assert_num_queries(5 + (3 if connection.vendor == "postgresql" else 0)):
        client_analyst.get("/timeline/counts/", headers=HX)


def test_timeline_items_and_filters_are_scoped_to_the_negotiation(client_analyst, talks):
    other = NegotiationFactory(slug="spring")
    ours = _quote(talks, text="Ours")
    theirs = _quote(other, text="Theirs")

    winter = client_analyst.get("/timeline/?negotiation=winter")
    spring = client_analyst.get("/timeline/?negotiation=spring")

    assert _item_ids(winter.content) == [f"quote-{ours.pk}"]
    assert _item_ids(spring.content) == [f"quote-{theirs.pk}"]


# --- A quote in its paragraph ------------------------------------------------------------


def test_quote_context_shows_its_paragraph_with_the_quote_marked(client_analyst, talks):
    body = "Headline\n\nFirst paragraph.\nHe said “no veto” to reporters.\nLast one."
    start = body.index("no veto")
    quote = _quote(talks, article_fields={"body": body}, text="no veto", start=start)

    response = client_analyst.get(
        f"/timeline/quotes/{quote.pk}/context/", headers={"HX-Request": "true"}
    )

    content = response.content.decode()
    assert (
        '>He said “<mark class="quote-mark">no veto</mark>” to reporters.</blockquote>' in content
    )
    assert f'href="/articles/{quote.article_id}/#quote-{quote.pk}"' in content


def test_quote_context_without_htmx_is_a_page_of_its_own(client_analyst, talks):
    quote = _quote(talks, article_fields={"title": "Talks in Geneva"})

    response = client_analyst.get(f"/timeline/quotes/{quote.pk}/context/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Talks in Geneva</h1>" in content and '<mark class="quote-mark">' in content


def test_quote_context_of_a_missing_quote_is_404(client_analyst, talks):
    assert client_analyst.get("/timeline/quotes/999/context/").status_code == 404


def test_timeline_needs_a_login(client, talks):
    response = client.get("/timeline/")

    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
