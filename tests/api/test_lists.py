"""The API's other endpoints: negotiations, parties, issues, actors, articles, demands and
the matrix, each against what its page shows, paged by cursor in constant queries."""

import datetime
import html
import io
import re

import pytest
from django.core.management import call_command

from positions.models import Demand
from tests.api.conftest import quote_in
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    DemandFactory,
    IssueFactory,
    NegotiationFactory,
    OfficeFactory,
    PartyFactory,
    QuoteIssueFactory,
    ResponseFactory,
    SourceFactory,
)


def _walk(api, url: str) -> tuple[list[dict], int]:
    """Every item of a list, following `next`, and the number of pages it took."""
    items, pages = [], 0
    while url:
        body = api.json(url)
        items += body["results"]
        url, pages = body["next"], pages + 1
    return items, pages


# --- Negotiations, parties, issues, actors ---------------------------------------------


def test_negotiations_list_every_one_with_its_parties_in_matrix_order(api, db):
    nato, russia = PartyFactory(slug="nato", name="NATO"), PartyFactory(slug="russia")
    NegotiationFactory(slug="winter", name="Winter talks", with_parties=[russia, nato])
    NegotiationFactory(slug="arms", with_parties=[nato])

    body = api.json("/api/v1/negotiations/")

    assert [n["slug"] for n in body["results"]] == ["arms", "winter"]
    winter = body["results"][1]
    assert winter["name"] == "Winter talks" and winter["starts_on"] == "2022-01-01"
    assert [p["slug"] for p in winter["parties"]] == ["russia", "nato"]


def test_parties_come_in_the_matrixs_column_order(api, db):
    parties = [
        PartyFactory(slug=slug, name="Same name " + slug[-1]) for slug in "p-c p-a p-b".split()
    ]
    NegotiationFactory(slug="winter", with_parties=parties)
    PartyFactory(slug="elsewhere")

    items, pages = _walk(api, "/api/v1/parties/?limit=2")

    assert [p["slug"] for p in items] == ["p-c", "p-a", "p-b"]
    assert pages == 2
    assert items[0] == {
        "slug": "p-c",
        "name": "Same name c",
        "colour": parties[0].colour,
        "aliases": [],
    }


def test_issues_come_in_row_order_through_ties(api, talks):
    for slug in ("b", "a", "c"):
        IssueFactory(negotiation=talks, slug=slug, name="Tied", order=1)
    IssueFactory(negotiation=talks, slug="first", name="Zed", order=0)
    IssueFactory(slug="other-talks")

    items, pages = _walk(api, "/api/v1/issues/?limit=1&negotiation=winter")

    assert [i["slug"] for i in items] == ["first", "b", "a", "c"]
    assert pages == 4


def test_actors_list_their_offices_and_filter_by_party_and_kind(api, db):
    nato = PartyFactory(slug="nato")
    stoltenberg = ActorFactory(slug="stoltenberg", name="Jens Stoltenberg")
    OfficeFactory(actor=stoltenberg, party=nato, title="Secretary General")
    ActorFactory(slug="analyst-x", name="An Expert", kind="expert")

    everyone = api.json("/api/v1/actors/")["results"]
    by_party = api.json("/api/v1/actors/", {"party": "nato"})["results"]
    experts = api.json("/api/v1/actors/", {"kind": "expert"})["results"]

    assert [a["slug"] for a in everyone] == ["analyst-x", "stoltenberg"]
    assert by_party == [
        {
            "slug": "stoltenberg",
            "name": "Jens Stoltenberg",
            "kind": "official",
            "aliases": [],
            "description": "",
            "offices": [
                {
                    "title": "Secretary General",
                    "party": {"slug": "nato", "name": nato.name},
                    "starts_on": None,
                    "ends_on": None,
                }
            ],
        }
    ]
    assert [a["slug"] for a in experts] == ["analyst-x"]


# --- Articles ----------------------------------------------------------------------------


def test_articles_are_the_article_lists_newest_upload_first(api, client, analyst, talks):
    articles = [ArticleFactory(source=SourceFactory(slug=f"outlet-{n}")) for n in range(3)]
    for article in articles:
        article.negotiations.add(talks)
    ArticleFactory()  # about no negotiation
    failed = ArticleFactory(status="failed")
    failed.negotiations.add(talks)
    client.force_login(analyst)
    page = client.get("/articles/", {"negotiation": "winter"}).content.decode()
    shown = [int(pk) for pk in re.findall(r'href="/articles/(\d+)/"', page)]

    items, pages = _walk(api, "/api/v1/articles/?limit=2")
    parsed = api.json("/api/v1/articles/", {"status": "parsed"})["results"]

    assert [a["id"] for a in items] == shown == [failed.pk, *[a.pk for a in reversed(articles)]]
    assert pages == 2
    assert [a["id"] for a in parsed] == [a.pk for a in reversed(articles)]
    assert items[1]["source"] == {"slug": "outlet-2", "name": articles[2].source.name}
    assert items[1]["quote_count"] == 0 and items[1]["status"] == "parsed"


# --- Demands ----------------------------------------------------------------------------


def test_demands_come_with_their_responses_and_evidence(api, talks):
    nato, russia = talks.parties.get(slug="nato"), PartyFactory(slug="russia")
    issue = IssueFactory(negotiation=talks, slug="enlargement")
    demand = DemandFactory(
        negotiation=talks, party=russia, addressee=nato, issue=issue, summary="End the open door"
    )
    evidence = quote_in(talks, text="End it now", said_on=datetime.date(2022, 1, 7))
    demand.evidence.add(evidence)
    answer = ResponseFactory(demand=demand, party=nato, summary="Russia has no veto")

    body = api.json("/api/v1/demands/")

    assert body["results"] == [
        {
            "id": demand.pk,
            "kind": "demand",
            "summary": "End the open door",
            "description": "",
            "party": {"slug": "russia", "name": russia.name},
            "addressee": {"slug": "nato", "name": nato.name},
            "issue": {"slug": "enlargement", "name": issue.name},
            "first_raised_on": "2022-01-07",
            "last_touched": "2022-01-12",
            "status": "open",
            "status_reason": "",
            "evidence": [
                {
                    "id": evidence.pk,
                    "text": "End it now",
                    "said_on": "2022-01-07",
                    "speaker_name": evidence.speaker_name,
                    "article_id": evidence.article_id,
                }
            ],
            "responses": [
                {
                    "id": answer.pk,
                    "party": {"slug": "nato", "name": nato.name},
                    "kind": "reject",
                    "summary": "Russia has no veto",
                    "responded_on": "2022-01-12",
                    "evidence": [],
                }
            ],
            "page": f"http://testserver/demands/{demand.pk}/",
        }
    ]


def test_demands_filter_and_page_like_the_board(api, talks):
    nato = talks.parties.get(slug="nato")
    issue = IssueFactory(negotiation=talks, slug="posture")
    tied = [DemandFactory(negotiation=talks, issue=issue) for _ in range(3)]
    met = DemandFactory(negotiation=talks, issue=issue, status=Demand.Status.MET)
    answered = DemandFactory(negotiation=talks)
    ResponseFactory(demand=answered, party=nato)

    items, pages = _walk(api, "/api/v1/demands/?limit=2&issue=posture")

    assert [d["id"] for d in items] == [d.pk for d in (*tied, met)]
    assert pages == 2
    assert [d["id"] for d in api.json("/api/v1/demands/", {"status": "met"})["results"]] == [met.pk]
    assert [d["id"] for d in api.json("/api/v1/demands/", {"party": "nato"})["results"]] == [
        answered.pk
    ]


@pytest.mark.parametrize("params", ({}, {"party": "nato"}, {"status": "met"}, {"issue": "posture"}))
def test_demands_are_the_boards_in_its_order(api, client, analyst, talks, params):
    nato = talks.parties.get(slug="nato")
    posture = IssueFactory(negotiation=talks, slug="posture", order=2)
    other = IssueFactory(negotiation=talks, order=1)
    DemandFactory(negotiation=talks, issue=posture, first_raised_on=None)
    DemandFactory(negotiation=talks, issue=posture, status=Demand.Status.MET)
    ResponseFactory(demand=DemandFactory(negotiation=talks, issue=other), party=nato)
    client.force_login(analyst)
    page = client.get("/demands/", params).content.decode()
    shown = [int(pk) for pk in re.findall(r'<article class="demand [^"]*" id="demand-(\d+)"', page)]

    found = [d["id"] for d in api.json("/api/v1/demands/", params)["results"]]

    assert found == shown
    assert found


# --- The matrix -----------------------------------------------------------------------------


def test_the_matrix_gives_each_partys_position_as_of_a_date(api, talks):
    nato = talks.parties.get(slug="nato")
    issue = IssueFactory(negotiation=talks, slug="enlargement")
    for stance, day in (("reject", 10), ("offer", 20)):
        quote = quote_in(
            talks,
            party=nato,
            stance=stance,
            review_state="confirmed",
            said_on=datetime.date(2022, 1, day),
        )
        QuoteIssueFactory(quote=quote, issue=issue)

    today = api.json("/api/v1/matrix/")
    earlier = api.json("/api/v1/matrix/", {"as_of": "2022-01-15"})

    assert today["parties"] == [{"slug": "nato", "name": nato.name}]
    assert today["rows"][0]["issue"]["slug"] == "enlargement"
    cell = today["rows"][0]["cells"][0]
    assert (cell["party"], cell["stance"], cell["said_on"]) == ("nato", "offer", "2022-01-20")
    assert (cell["previous_stance"], cell["shifted"], cell["evidence"]) == ("reject", True, 2)
    assert earlier["as_of"] == "2022-01-15"
    assert earlier["rows"][0]["cells"][0]["stance"] == "reject"


def test_the_demo_matrix_shows_what_the_matrix_page_shows(api, client, analyst):
    call_command("load_demo", stdout=io.StringIO())
    client.force_login(analyst)
    page = client.get("/matrix/").content.decode()
    table = page[page.index("<tbody") : page.index("</tbody>")]

    matrix = api.json("/api/v1/matrix/")

    stances = [cell["stance"] for row in matrix["rows"] for cell in row["cells"] if cell["stance"]]
    assert stances == re.findall(r'class="badge badge--(\w+)', table)
    places = [table.index(html.escape(row["issue"]["name"])) for row in matrix["rows"]]
    assert places == sorted(places)


# --- Query counts --------------------------------------------------------------------------


def _fill(talks, n: int) -> None:
    """n of everything every list shows, with what each item refers to."""
    for i in range(n):
        party = PartyFactory()
        talks.negotiationparty_set.create(party=party, order=i + 1)
        issue = IssueFactory(negotiation=talks)
        OfficeFactory(actor=ActorFactory(), party=party)
        quote = quote_in(talks, party=party, stance="demand", review_state="confirmed")
        QuoteIssueFactory(quote=quote, issue=issue)
        demand = DemandFactory(negotiation=talks, issue=issue, party=party)
        demand.evidence.add(quote)
        ResponseFactory(demand=demand, party=party).evidence.add(quote)


# Each after the session and the user: the negotiation where the list needs one, then
# the rows and what they refer to.
QUERIES = {
    "/api/v1/negotiations/": 2,  # negotiations, their parties
    "/api/v1/parties/": 2,
    "/api/v1/issues/": 2,
    "/api/v1/actors/": 2,  # actors, their offices
    "/api/v1/articles/": 2,
    # negotiation, parties, issues, demands, their evidence, responses, their evidence
    "/api/v1/demands/": 7,
    # negotiation, events, parties, issues, the cells
    "/api/v1/matrix/": 5,
}


@pytest.mark.parametrize("path", QUERIES)
@pytest.mark.parametrize("n", (1, 3))
def test_query_count_is_constant(client, analyst, talks, path, n, django_assert_num_queries):
    client.force_login(analyst)
    _fill(talks, n)

    with django_assert_num_queries(2 + QUERIES[path]):
        response = client.get(path)

    assert response.status_code == 200
