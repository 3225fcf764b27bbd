"""The matrix, its cell panel, the party page and the demands board over HTTP."""

import re

import pytest
from django.utils import timezone

from positions.models import Position
from tests.factories import (
    ActorFactory,
    DemandFactory,
    EventFactory,
    IssueFactory,
    OfficeFactory,
    PartyFactory,
    QuoteFactory,
    ResponseFactory,
)
from tests.matrix.conftest import JAN, said

HTMX = {"HX-Request": "true"}


def _visited(client):
    """The client has chosen the negotiation before, so counting sees no preference write."""
    client.get("/matrix/?negotiation=winter-talks")
    return client


@pytest.fixture
def three_issues(talks):
    negotiation, issue, _russia, _nato = talks
    return [issue] + [IssueFactory(negotiation=negotiation, order=n) for n in (1, 2)]


@pytest.mark.parametrize("n", (1, 3))
def test_matrix_query_count_is_constant(
    client_analyst, talks, three_issues, n, django_assert_num_queries
):
    negotiation, _, russia, nato = talks
    for day, issue in enumerate(three_issues[:n], start=1):
        EventFactory(negotiation=negotiation, happened_on=JAN[day])
        for party in (russia, nato):
            said(party, issue, "demand", JAN[7])
            said(party, issue, "reject", JAN[12])
            said(party, issue, "offer", JAN[13], state="suggested")

    _visited(client_analyst)
    with django_assert_num_queries(10):
        response = client_analyst.get("/matrix/?negotiation=winter-talks")

    assert response.status_code == 200


@pytest.mark.parametrize("n", (1, 3))
def test_matrix_cell_query_count_is_constant(client_analyst, talks, n, django_assert_num_queries):
    negotiation, issue, russia, _ = talks
    for day in range(1, n + 1):
        said(russia, issue, "demand", JAN[day])
        Position.objects.create(
            negotiation=negotiation,
            issue=issue,
            party=russia,
            stance="offer",
            summary="s",
            as_of=JAN[day],
        )

    _visited(client_analyst)
    with django_assert_num_queries(11):
        response = client_analyst.get(
            "/matrix/cell/enlargement/russia/?negotiation=winter-talks", headers=HTMX
        )

    assert response.status_code == 200


@pytest.mark.parametrize("n", (1, 3))
def test_party_page_query_count_is_constant(client_analyst, talks, n, django_assert_num_queries):
    negotiation, issue, russia, nato = talks
    for day in range(1, n + 1):
        said(russia, issue, "demand", JAN[day])
        EventFactory(negotiation=negotiation, happened_on=JAN[day])
        OfficeFactory(party=russia)
        demand = DemandFactory(negotiation=negotiation, party=russia, issue=issue)
        demand.evidence.add(QuoteFactory(party=russia))
        ResponseFactory(demand=demand, party=nato).evidence.add(QuoteFactory(party=nato))

    _visited(client_analyst)
    with django_assert_num_queries(16):
        response = client_analyst.get("/parties/russia/?negotiation=winter-talks")

    assert response.status_code == 200


@pytest.mark.parametrize("n", (1, 3))
def test_demands_board_query_count_is_constant(client_analyst, talks, n, django_assert_num_queries):
    negotiation, issue, russia, nato = talks
    for _ in range(n):
        demand = DemandFactory(negotiation=negotiation, party=russia, addressee=nato, issue=issue)
        demand.evidence.add(QuoteFactory(party=russia))
        ResponseFactory(demand=demand, party=nato).evidence.add(QuoteFactory(party=nato))

    _visited(client_analyst)
    with django_assert_num_queries(9):
        response = client_analyst.get("/demands/?negotiation=winter-talks", headers=HTMX)

    assert response.status_code == 200


def test_matrix_shows_stance_word_date_evidence_and_shift(client_analyst, talks):
    _, issue, russia, _ = talks
    said(russia, issue, "demand", JAN[7])
    said(russia, issue, "concede", JAN[12])

    page = client_analyst.get("/matrix/?negotiation=winter-talks").content.decode()

    assert 'class="badge badge--concede">Concede<' in page
    assert "12 Jan 2022 · 2 quotes" in page
    assert "shifted from Demand" in page
    assert 'href="/matrix/cell/enlargement/russia/?negotiation=winter-talks"' in page


def test_matrix_cells_are_named_by_party_and_issue_then_the_words_they_show(client_analyst, talks):
    _, issue, russia, _ = talks
    said(russia, issue, "demand", JAN[7])
    said(russia, issue, "concede", JAN[12])

    page = client_analyst.get("/matrix/?negotiation=winter-talks").content.decode()

    # No aria-label: the name is the hidden context and then the cell's own visible words.
    link = '<a class="cell" href="/matrix/cell/enlargement/russia/?negotiation=winter-talks"'
    link += ' hx-get="/matrix/cell/enlargement/russia/?negotiation=winter-talks">'
    assert (
        link + '<span class="visually-hidden">Russia on NATO enlargement: </span>'
        '<span class="cell__stance"><span class="badge badge--concede">Concede</span>'
    ) in page
    assert '<span class="visually-hidden">NATO on NATO enlargement: no position</span>' in page
    assert '<span class="visually-hidden">, shifted from Demand</span>' in page


def test_matrix_marks_suggested_cells(client_analyst, talks):
    _, issue, russia, _ = talks
    said(russia, issue, "offer", JAN[7], state="suggested")

    page = client_analyst.get("/matrix/?negotiation=winter-talks").content.decode()

    assert "cell--suggested" in page and '<span class="cell__note">suggested</span>' in page


def test_matrix_flags_a_deadlocked_row(client_analyst, talks):
    _, issue, russia, nato = talks
    said(russia, issue, "demand", JAN[7])
    said(nato, issue, "reject", JAN[12])

    page = client_analyst.get("/matrix/?negotiation=winter-talks").content.decode()

    assert "flag--deadlocked" in page and ">Deadlocked<" in page


def test_matrix_as_of_answers_htmx_with_the_grid_only(client_analyst, talks):
    _, issue, russia, _ = talks
    said(russia, issue, "demand", JAN[7])
    said(russia, issue, "concede", JAN[12])

    response = client_analyst.get(
        "/matrix/?negotiation=winter-talks&as_of=2022-01-10", headers=HTMX
    )

    body = response.content.decode()
    assert body.lstrip().startswith('<div id="matrix-grid"')
    assert ">Demand<" in body and ">Concede<" not in body
    assert "as_of=2022-01-10" in body
    assert "HX-Request" in response["Vary"]


def test_matrix_history_restore_gets_the_full_page(client_analyst, talks):
    response = client_analyst.get(
        "/matrix/?negotiation=winter-talks",
        headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
    )

    assert b"<!doctype html>" in response.content


def test_matrix_ignores_a_malformed_date(client_analyst, talks):
    response = client_analyst.get("/matrix/?negotiation=winter-talks&as_of=yesterday")

    assert response.status_code == 200
    assert b"Positions <strong>today</strong>" in response.content


def test_matrix_without_a_negotiation_says_what_to_do(client_analyst):
    response = client_analyst.get("/matrix/")

    assert response.status_code == 200
    assert b"No negotiation is tracked yet" in response.content


def test_cell_panel_lists_the_quotes_newest_first_with_links_to_their_articles(
    client_analyst, talks
):
    _, issue, russia, _ = talks
    older = said(russia, issue, "demand", JAN[7], text="End the open door")
    newer = said(russia, issue, "assess", JAN[12], text="The situation is grave")

    response = client_analyst.get(
        "/matrix/cell/enlargement/russia/?negotiation=winter-talks", headers=HTMX
    )

    body = response.content.decode()
    assert body.lstrip().startswith('<section id="cell-panel"')
    assert body.index("The situation is grave") < body.index("End the open door")
    assert f'href="/articles/{older.article_id}/#quote-{older.pk}"' in body
    assert f'href="/articles/{newer.article_id}/#quote-{newer.pk}"' in body
    assert "<svg" in body and "Demand from 7 Jan 2022" in body


def test_cell_page_without_htmx_is_a_whole_page(client_analyst, talks):
    response = client_analyst.get("/matrix/cell/enlargement/russia/?negotiation=winter-talks")

    assert b"<!doctype html>" in response.content and b"Position matrix" in response.content


def test_cell_of_an_unknown_issue_is_not_found(client_analyst, talks):
    assert (
        client_analyst.get("/matrix/cell/nothing/russia/?negotiation=winter-talks").status_code
        == 404
    )


def test_cell_as_of_leaves_out_later_quotes(client_analyst, talks):
    _, issue, russia, _ = talks
    said(russia, issue, "demand", JAN[7], text="Early words")
    said(russia, issue, "concede", JAN[12], text="Later words")

    body = client_analyst.get(
        "/matrix/cell/enlargement/russia/?negotiation=winter-talks&as_of=2022-01-10"
    ).content.decode()

    assert "Early words" in body and "Later words" not in body


def test_editor_pins_a_position_from_the_cell(client_editor, talks):
    _, _issue, _russia, _ = talks

    response = client_editor.post(
        "/matrix/cell/enlargement/russia/?negotiation=winter-talks",
        {
            "pin-stance": "offer",
            "pin-summary": "Open to talks on limits",
            "pin-as_of": "2022-01-13",
        },
    )

    position = Position.objects.get()
    assert response.status_code == 302
    assert (position.stance, position.as_of, position.pinned_by) == (
        "offer",
        JAN[13],
        client_editor.user,
    )


def test_editor_pin_with_a_missing_summary_is_refused(client_editor, talks):
    response = client_editor.post(
        "/matrix/cell/enlargement/russia/?negotiation=winter-talks",
        {"pin-stance": "offer", "pin-summary": "", "pin-as_of": "2022-01-13"},
    )

    assert response.status_code == 400
    assert Position.objects.count() == 0


def test_analyst_cannot_pin(client_analyst, talks):
    response = client_analyst.post(
        "/matrix/cell/enlargement/russia/?negotiation=winter-talks",
        {"pin-stance": "offer", "pin-summary": "x", "pin-as_of": "2022-01-13"},
    )

    assert response.status_code == 403


def test_party_page_shows_positions_at_each_event_actors_and_demands(client_analyst, talks):
    negotiation, issue, russia, nato = talks
    EventFactory(negotiation=negotiation, title="Geneva talks", happened_on=JAN[10])
    said(russia, issue, "demand", JAN[7])
    said(russia, issue, "concede", JAN[12])
    OfficeFactory(
        actor=ActorFactory(name="Alexander Grushko"), party=russia, title="Deputy Foreign Minister"
    )
    demand = DemandFactory(
        negotiation=negotiation, party=russia, issue=issue, summary="End the open door"
    )
    ResponseFactory(demand=demand, party=nato, summary="Russia has no veto")

    body = client_analyst.get("/parties/russia/?negotiation=winter-talks").content.decode()

    assert body.index("Geneva talks") < body.index("Today")
    assert body.index(">Demand<") < body.index(">Concede<")
    assert (
        'href="/matrix/cell/enlargement/russia/?negotiation=winter-talks&amp;as_of=2022-01-10"'
        in body
    )
    assert "Alexander Grushko" in body and "Deputy Foreign Minister" in body
    assert "End the open door" in body and "Russia has no veto" in body
    # Evidence is counted in today's column; the earlier ones show the stance and its date.
    assert '<span class="cell__meta">7 Jan 2022</span>' in body
    assert '<span class="cell__meta">12 Jan 2022 · 2 quotes</span>' in body


def test_party_page_of_an_unknown_party_is_not_found(client_analyst, talks):
    assert client_analyst.get("/parties/nobody/").status_code == 404


def test_party_page_without_events_shows_weeks(client_analyst, talks):
    body = client_analyst.get("/parties/nato/?negotiation=winter-talks").content.decode()

    assert "Week to" in body


def test_demands_board_puts_each_demand_beside_its_responses_with_evidence(client_analyst, talks):
    negotiation, issue, russia, nato = talks
    demand = DemandFactory(
        negotiation=negotiation,
        party=russia,
        addressee=nato,
        issue=issue,
        summary="End the open door",
    )
    demand.evidence.add(said(russia, issue, "demand", JAN[12], text="absolutely imperative"))
    response = ResponseFactory(
        demand=demand, party=nato, summary="Russia has no veto", responded_on=JAN[13]
    )
    response.evidence.add(said(nato, issue, "reject", JAN[14], text="has no veto power"))

    body = client_analyst.get("/demands/?negotiation=winter-talks").content.decode()

    assert (
        body.index("End the open door")
        < body.index("absolutely imperative")
        < body.index("Russia has no veto")
    )
    assert "has no veto power" in body
    assert "First raised 7 Jan 2022" in body and "Last touched 14 Jan 2022" in body


def test_demand_headings_sit_one_level_below_the_heading_they_fall_under(client_analyst, talks):
    negotiation, issue, russia, nato = talks
    demand = DemandFactory(negotiation=negotiation, party=russia, addressee=nato, issue=issue)
    headings = re.compile(r"<h(\d) class=\"(?:demand__summary|visually-hidden)\">")

    board = client_analyst.get("/demands/?negotiation=winter-talks").content.decode()
    own_page = client_analyst.get(f"/demands/{demand.pk}/").content.decode()
    party = client_analyst.get("/parties/russia/?negotiation=winter-talks").content.decode()

    # The board and a demand's page: h1, then each demand (h2) and its responses (h3).
    assert headings.findall(board) == ["2", "3"]
    assert headings.findall(own_page) == ["2", "3"]
    # The party page lists them in a section of its own (h2).
    assert headings.findall(party) == ["3", "4"]
    assert 'Russia</span> <span class="muted" aria-hidden="true">→</span>' in board
    assert '<span class="visually-hidden">to</span> <span class="party party-nato">' in board


def test_demands_board_filters_by_party_issue_and_status(client_analyst, talks):
    negotiation, issue, russia, nato = talks
    other_issue = IssueFactory(negotiation=negotiation, slug="arms")
    DemandFactory(
        negotiation=negotiation, party=russia, issue=issue, summary="Russian ask", status="open"
    )
    DemandFactory(
        negotiation=negotiation,
        party=nato,
        issue=other_issue,
        summary="NATO offer",
        status="rejected",
    )

    def board(query):
        body = client_analyst.get(
            f"/demands/?negotiation=winter-talks&{query}", headers=HTMX
        ).content.decode()
        return ["Russian ask" in body, "NATO offer" in body]

    assert board("party=russia") == [True, False]
    assert board("issue=arms") == [False, True]
    assert board("status=open") == [True, False]
    assert board("status=met") == [False, False]
    assert board("party=nobody") == [True, True]


def test_demands_board_filter_by_party_includes_demands_it_answered(client_analyst, talks):
    negotiation, issue, russia, nato = talks
    united_states = PartyFactory(slug="united-states")
    demand = DemandFactory(
        negotiation=negotiation, party=russia, addressee=nato, issue=issue, summary="Ask"
    )
    ResponseFactory(demand=demand, party=united_states)

    body = client_analyst.get(
        "/demands/?negotiation=winter-talks&party=united-states"
    ).content.decode()

    assert "Ask" in body


def test_demands_board_with_no_demands_says_what_to_do(client_analyst, talks):
    body = client_analyst.get("/demands/?negotiation=winter-talks").content.decode()

    assert "No demands recorded yet" in body


def test_demands_board_leaves_out_evidence_from_withdrawn_articles(client_analyst, talks):
    negotiation, issue, russia, _ = talks
    demand = DemandFactory(negotiation=negotiation, party=russia, issue=issue)
    quote = said(russia, issue, "demand", JAN[12], text="Withdrawn words")
    quote.article.withdrawn_at, quote.article.withdrawn_reason = timezone.now(), "Retracted"
    quote.article.save()
    demand.evidence.add(quote)

    assert (
        b"Withdrawn words" not in client_analyst.get("/demands/?negotiation=winter-talks").content
    )


def test_editor_pin_through_htmx_redraws_the_panel_and_tells_the_matrix(client_editor, talks):
    response = client_editor.post(
        "/matrix/cell/enlargement/russia/?negotiation=winter-talks",
        {"pin-stance": "reject", "pin-summary": "No veto for anyone", "pin-as_of": "2022-01-13"},
        headers=HTMX,
    )

    body = response.content.decode()
    assert response.status_code == 200
    assert response["HX-Trigger"] == '{"positionPinned": {}}'
    assert body.lstrip().startswith('<section id="cell-panel"')
    assert "Position pinned" in body and "No veto for anyone" in body


def test_matrix_offers_to_replay_at_each_event(client_analyst, talks):
    negotiation, *_ = talks
    EventFactory(negotiation=negotiation, title="NATO–Russia Council", happened_on=JAN[12])

    body = client_analyst.get("/matrix/?negotiation=winter-talks").content.decode()

    assert (
        'href="/matrix/?negotiation=winter-talks&amp;as_of=2022-01-12">NATO–Russia Council (12 Jan)'
        in body
    )


def _board_order(body: str, summaries: list[str]) -> list[str]:
    return sorted((s for s in summaries if s in body), key=body.index)


def test_demands_board_shows_a_page_then_the_rest_in_board_order(
    client_analyst, talks, monkeypatch
):
    """Issue order first, then first raised (undated last); "Show more" resumes the order."""
    monkeypatch.setattr("positions.queries.demands.DEMANDS_PAGE", 2)
    negotiation, issue, russia, _ = talks
    later_issue = IssueFactory(negotiation=negotiation, slug="arms", order=issue.order + 1)
    for summary, on_issue, raised in [
        ("Undated ask", issue, None),
        ("Second ask", issue, JAN[12]),
        ("First ask", issue, JAN[7]),
        ("Arms ask", later_issue, JAN[3]),
    ]:
        DemandFactory(
            negotiation=negotiation,
            party=russia,
            issue=on_issue,
            summary=summary,
            first_raised_on=raised,
        )
    summaries = ["First ask", "Second ask", "Undated ask", "Arms ask"]

    first = client_analyst.get("/demands/?negotiation=winter-talks&status=open").content.decode()
    more = first.split('id="demands-more"')[1].split('href="')[1].split('"')[0]
    second = client_analyst.get(
        more.replace("&amp;", "&"), headers={**HTMX, "HX-Target": "demands-more"}
    ).content.decode()

    assert _board_order(first, summaries) == ["First ask", "Second ask"]
    assert "status=open" in more
    assert _board_order(second, summaries) == ["Undated ask", "Arms ask"]
    assert "Show more demands" not in second and "<form" not in second


def test_demands_board_ignores_a_mangled_cursor(client_analyst, talks):
    negotiation, issue, russia, _ = talks
    DemandFactory(negotiation=negotiation, party=russia, issue=issue, summary="Only ask")

    body = client_analyst.get("/demands/?negotiation=winter-talks&after=nonsense").content

    assert b"Only ask" in body and b"Show more demands" not in body


def test_party_page_lists_open_demands_and_links_to_the_rest(client_analyst, talks):
    negotiation, issue, russia, _ = talks
    DemandFactory(negotiation=negotiation, party=russia, issue=issue, summary="Still open")
    DemandFactory(
        negotiation=negotiation, party=russia, issue=issue, summary="Turned down", status="rejected"
    )
    DemandFactory(
        negotiation=negotiation, party=russia, issue=issue, summary="Long met", status="met"
    )
    DemandFactory(
        negotiation=negotiation, party=russia, issue=issue, summary="Dropped", status="withdrawn"
    )

    body = client_analyst.get("/parties/russia/?negotiation=winter-talks").content.decode()

    assert "Still open" in body and "Turned down" in body
    assert "Long met" not in body and "Dropped" not in body
    assert 'href="/demands/?negotiation=winter-talks&amp;party=russia"' in body


def test_a_demand_has_a_page_of_its_own_with_its_responses(client_analyst, talks):
    negotiation, issue, russia, nato = talks
    demand = DemandFactory(negotiation=negotiation, party=russia, issue=issue, summary="End it")
    ResponseFactory(demand=demand, party=nato, summary="Russia has no veto")

    board = client_analyst.get("/demands/?negotiation=winter-talks").content.decode()
    page = client_analyst.get(f"/demands/{demand.pk}/")

    assert f'href="/demands/{demand.pk}/"' in board
    assert page.status_code == 200
    body = page.content.decode()
    assert "End it" in body and "Russia has no veto" in body
    assert 'href="/demands/?negotiation=winter-talks&amp;issue=enlargement"' in body


def test_a_missing_demand_is_not_found(client_analyst, talks):
    assert client_analyst.get("/demands/999999/").status_code == 404


def test_party_page_names_its_first_people_and_loads_the_rest_on_request(
    client_analyst, talks, monkeypatch
):
    monkeypatch.setattr("positions.queries.parties.PARTY_PEOPLE", 2)
    _, _, russia, _ = talks
    for name in ("Anna Ivanova", "Boris Petrov", "Vera Sokolova"):
        OfficeFactory(party=russia, actor=ActorFactory(name=name), title="Minister")

    page = client_analyst.get("/parties/russia/?negotiation=winter-talks").content.decode()
    everyone = client_analyst.get("/parties/russia/people/", headers=HTMX)

    assert "Anna Ivanova" in page and "Boris Petrov" in page and "Vera Sokolova" not in page
    assert 'hx-get="/parties/russia/people/"' in page
    assert everyone.status_code == 200
    body = everyone.content.decode()
    assert "Vera Sokolova" in body and "Show everyone" not in body and "<header" not in body


def test_party_people_of_an_unknown_party_is_not_found(client_analyst, talks):
    assert client_analyst.get("/parties/nobody/people/").status_code == 404


@pytest.mark.parametrize("n", (1, 3))
def test_demand_page_query_count_is_constant(client_analyst, talks, n, django_assert_num_queries):
    negotiation, issue, russia, nato = talks
    demand = DemandFactory(negotiation=negotiation, party=russia, issue=issue)
    for _ in range(n):
        demand.evidence.add(QuoteFactory(party=russia))
        ResponseFactory(demand=demand, party=nato).evidence.add(QuoteFactory(party=nato))

    _visited(client_analyst)
    # 8 for the page, 2 for the user's permissions: the header's Registry link and the
    # Edit links both depend on them.
    with django_assert_num_queries(10):
        response = client_analyst.get(f"/demands/{demand.pk}/")

    assert response.status_code == 200


@pytest.mark.parametrize("n", (1, 3))
def test_party_people_query_count_is_constant(client_analyst, talks, n, django_assert_num_queries):
    _, _, russia, _ = talks
    for _ in range(n):
        OfficeFactory(party=russia)

    _visited(client_analyst)
    with django_assert_num_queries(8):
        response = client_analyst.get("/parties/russia/people/")

    assert response.status_code == 200
