"""Downloads of what the pages show: parsed back, they hold what the page shows."""

import csv
import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.http import StreamingHttpResponse

from positions.models import Negotiation
from positions.queries.matrix import matrix
from tests.factories import (
    ArticleFactory,
    DemandFactory,
    IssueFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
    ResponseFactory,
    SourceFactory,
)
from timeline.exports import MATRIX_COLUMNS, QUOTE_COLUMNS
from timeline.queries.stream import timeline_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def nato():
    return PartyFactory(slug="nato", name="NATO")


@pytest.fixture
def russia():
    return PartyFactory(slug="russia", name="Russia")


@pytest.fixture
def talks(nato, russia):
    return NegotiationFactory(slug="winter", with_parties=[nato, russia])


def _said(talks, text: str, *, day: int = 12, issues=(), **fields):
    article = ArticleFactory(
        source=SourceFactory(name="Al Jazeera", slug="al-jazeera"),
        url=f"https://example.org/{text[:5]}",
        published_on=datetime.date(2022, 1, day),
    )
    article.negotiations.add(talks)
    quote = QuoteFactory(article=article, text=text, said_on=datetime.date(2022, 1, day), **fields)
    for issue in issues:
        QuoteIssueFactory(quote=quote, issue=issue)
    return quote


def _body(response) -> str:
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content).decode("utf-8")


def _csv_rows(response) -> list[dict]:
    text = _body(response)
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_timeline_csv_holds_the_quotes_the_filtered_timeline_shows(
    client_analyst, talks, nato, russia
):
    open_door = IssueFactory(negotiation=talks, name="Open door", slug="open-door")
    shown = _said(
        talks,
        "Russia has no veto",
        party=nato,
        stance="reject",
        speaker_name="Jens Stoltenberg",
        issues=[open_door],
    )
    _said(talks, "We demand guarantees", party=russia, stance="demand", day=10)
    filters = "negotiation=winter&stance=reject"

    response = client_analyst.get(f"/timeline/export.csv?{filters}")
    rows = _csv_rows(response)

    page = timeline_page(negotiation=talks, stances=["reject"])
    assert [int(row["permalink"].rstrip("/").rsplit("/", 1)[1]) for row in rows] == [
        item.obj.pk for item in page.items if item.item_type == "quote"
    ]
    assert rows == [
        {
            "speaker": "Jens Stoltenberg",
            "party": "NATO",
            "issues": "Open door",
            "stance": "reject",
            "outlet": "Al Jazeera",
            "date": "2022-01-12",
            "article_url": "https://example.org/Russi",
            "quote": "Russia has no veto",
            "permalink": f"http://testserver/quotes/{shown.pk}/",
        }
    ]
    assert list(rows[0]) == list(QUOTE_COLUMNS)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="parley-timeline-winter.csv"'


def test_timeline_json_holds_the_same_rows_as_the_csv(client_analyst, talks, nato):
    _said(talks, "Russia has no veto", party=nato, stance="reject")
    _said(talks, "We will talk", party=nato, stance="offer", day=10)

    rows = _csv_rows(client_analyst.get("/timeline/export.csv?negotiation=winter&q=veto"))
    data = json.loads(_body(client_analyst.get("/timeline/export.json?negotiation=winter&q=veto")))

    assert data["negotiation"] == "winter"
    assert [{**r, "issues": "; ".join(r["issues"])} for r in data["quotes"]] == rows
    assert [r["quote"] for r in rows] == ["Russia has no veto"]


def test_timeline_export_without_quote_type_is_empty_but_well_formed(client_analyst, talks):
    _said(talks, "Russia has no veto")

    data = json.loads(_body(client_analyst.get("/timeline/export.json?type=event")))

    assert data["quotes"] == []


@pytest.mark.parametrize("n", (1, 3))
def test_timeline_export_query_count_is_constant(
    client_analyst, talks, n, django_assert_num_queries
):
    for day in range(1, n + 1):
        _said(talks, "Russia has no veto", day=day, issues=[IssueFactory(negotiation=talks)])
    client_analyst.get("/timeline/?negotiation=winter")

    # Session, user, negotiations; the quotes, and their issues.
    with django_assert_num_queries(5):
        _body(client_analyst.get("/timeline/export.csv?negotiation=winter"))


def test_demo_matrix_csv_of_the_enlargement_row_matches_the_matrix(client_analyst):
    call_command("load_demo", stdout=io.StringIO())
    talks = Negotiation.objects.get(slug="nato-russia-2021-22")
    url = f"/matrix/export.csv?negotiation={talks.slug}&as_of=2022-01-14&issue=nato-enlargement"

    rows = _csv_rows(client_analyst.get(url))

    [row] = [
        r
        for r in matrix(negotiation=talks, as_of=datetime.date(2022, 1, 14)).rows
        if r.issue.slug == "nato-enlargement"
    ]
    assert [(r["issue"], r["party"], r["position"]) for r in rows] == [
        (row.issue.name, party.name, cell.stance) for party, cell in row.entries
    ]
    assert list(rows[0]) == list(MATRIX_COLUMNS)
    russia = next(r for r in rows if r["party"] == "Russia")
    assert (russia["position"], russia["speaker"], russia["outlet"]) == (
        "demand",
        "Alexander Grushko",
        "Al Jazeera",
    )
    assert russia["date"] == russia["position_since"] == "2022-01-12"
    assert "open-door policy" in russia["quote"]
    nato = next(r for r in rows if r["party"] == "NATO")
    assert (nato["position"], nato["speaker"]) == ("reject", "Jens Stoltenberg")


def test_matrix_json_as_of_a_date_before_any_quote_has_empty_cells(client_analyst, talks, nato):
    issue = IssueFactory(negotiation=talks, name="Open door")
    _said(
        talks,
        "Russia has no veto",
        party=nato,
        stance="reject",
        issues=[issue],
        review_state="confirmed",
    )

    data = json.loads(
        _body(client_analyst.get("/matrix/export.json?negotiation=winter&as_of=2022-01-01"))
    )

    assert data["as_of"] == "2022-01-01"
    assert [(c["party"], c["position"], c["quote"]) for c in data["cells"]] == [
        ("NATO", "", ""),
        ("Russia", "", ""),
    ]


def test_demands_json_keeps_the_boards_filters(client_analyst, talks, nato, russia):
    evidence = _said(talks, "End the open door", party=russia, stance="demand")
    demand = DemandFactory(
        negotiation=talks,
        party=russia,
        addressee=nato,
        summary="End the open door",
        status="rejected",
    )
    demand.evidence.add(evidence)
    ResponseFactory(demand=demand, party=nato, kind="reject", summary="Russia has no veto")
    DemandFactory(negotiation=talks, party=nato, summary="Pull back troops", status="open")

    data = json.loads(
        _body(client_analyst.get("/demands/export.json?negotiation=winter&status=rejected"))
    )

    [exported] = data["demands"]
    assert (exported["summary"], exported["party"], exported["addressee"]) == (
        "End the open door",
        "Russia",
        "NATO",
    )
    assert [(r["party"], r["kind"], r["summary"]) for r in exported["responses"]] == [
        ("NATO", "reject", "Russia has no veto")
    ]
    assert [e["quote"] for e in exported["evidence"]] == ["End the open door"]


def test_events_export_maps_stances_to_plover_event_types(client_analyst, talks, nato, russia):
    warning = _said(
        talks,
        "There will be consequences",
        party=russia,
        stance="warn",
        speaker_name="Alexander Grushko",
    )
    DemandFactory(negotiation=talks, party=russia, addressee=nato).evidence.add(warning)
    _said(talks, "We agree to talk", party=nato, stance="accept", day=10)
    _said(talks, "The talks were useful", party=nato, stance="assess", day=11)

    data = json.loads(_body(client_analyst.get("/timeline/events.json?negotiation=winter")))

    assert data["format"] == "PLOVER"
    assert [(e["event"], e["actor"], e["recipient"]) for e in data["events"]] == [
        ("THREATEN", "Russia", "NATO"),
        ("AGREE", "NATO", ""),
    ]
    assert data["events"][0] == {
        "id": f"parley-quote-{warning.pk}",
        "date": "2022-01-12",
        "event": "THREATEN",
        "mode": "",
        "context": [],
        "actor": "Russia",
        "actor_name": "Alexander Grushko",
        "recipient": "NATO",
        "source": "Al Jazeera",
        "url": "https://example.org/There",
        "text": "There will be consequences",
        "permalink": f"http://testserver/quotes/{warning.pk}/",
    }


def test_pages_link_their_downloads_with_their_filters(client_analyst, talks):
    IssueFactory(negotiation=talks)
    timeline = client_analyst.get("/timeline/?negotiation=winter&stance=reject").content.decode()
    matrix_page = client_analyst.get(
        "/matrix/?negotiation=winter&as_of=2022-01-12"
    ).content.decode()
    demands = client_analyst.get("/demands/?negotiation=winter&status=open").content.decode()

    assert 'href="/timeline/export.csv?negotiation=winter&amp;stance=reject"' in timeline
    assert 'href="/timeline/events.json?negotiation=winter&amp;stance=reject"' in timeline
    assert 'href="/matrix/export.csv?negotiation=winter&amp;as_of=2022-01-12"' in matrix_page
    assert 'href="/demands/export.json?negotiation=winter&amp;status=open"' in demands
