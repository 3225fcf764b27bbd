import datetime
import io

import pytest
from django.core.management import call_command

from articles.models import Article
from positions.models import Actor, Demand, Event, Negotiation, Party, Quote, Response


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=io.StringIO())
    return Negotiation.objects.get(slug="nato-russia-2021-22")


def _counts() -> dict:
    models = (Party, Actor, Negotiation, Article, Quote, Demand, Response, Event)
    return {model.__name__: model.objects.count() for model in models}


def test_load_demo_twice_changes_nothing(demo):
    before = _counts()
    confirmed_before = Quote.objects.filter(review_state="confirmed").count()

    call_command("load_demo", stdout=io.StringIO())

    assert _counts() == before
    assert Quote.objects.filter(review_state="confirmed").count() == confirmed_before


def test_load_demo_creates_the_negotiation_with_its_parties_in_order(demo):
    assert demo.name == "NATO–Russia security talks, winter 2021–22"
    assert list(
        demo.parties.order_by("negotiationparty__order").values_list("slug", flat=True)
    ) == [
        "russia",
        "nato",
        "united-states",
        "ukraine",
        "osce",
    ]


def test_load_demo_parses_the_five_seed_articles_with_editor_metadata(demo):
    articles = {a.raw.filename: a for a in Article.objects.select_related("source", "raw")}

    assert sorted(a.status for a in articles.values()) == ["parsed"] * 5
    interfax = articles["000_82111aeba2f15433.txt"]
    assert (interfax.source.name, interfax.published_on) == ("Interfax", datetime.date(2022, 1, 7))
    assert articles["001_7569a4d67b0f746e.txt"].source is None
    assert articles["001_7569a4d67b0f746e.txt"].published_on is None
    assert articles["003_b56ac1d177ffcc16.txt"].source.name == "Al Jazeera"
    assert articles["004_5fa25682c03993c9.txt"].published_on == datetime.date(2022, 1, 14)


def test_load_demo_has_the_four_january_events(demo):
    assert list(Event.objects.order_by("happened_on").values_list("happened_on", flat=True)) == [
        datetime.date(2022, 1, 7),
        datetime.date(2022, 1, 10),
        datetime.date(2022, 1, 12),
        datetime.date(2022, 1, 13),
    ]


def test_load_demo_links_the_open_door_demand_to_its_rejections_with_confirmed_evidence(demo):
    demand = Demand.objects.get(summary__startswith="End NATO's open-door policy")

    responses = {r.party.slug: r for r in demand.responses.select_related("party")}
    assert (demand.party.slug, demand.addressee.slug, demand.status) == (
        "russia",
        "nato",
        "rejected",
    )
    assert sorted(responses) == ["nato", "united-states"]
    assert responses["nato"].summary == "Russia has no veto"
    evidence = list(demand.evidence.all())
    assert [q.review_state for q in evidence] == ["confirmed"]
    assert "end the open-door policy" in evidence[0].text
    assert (evidence[0].stance, evidence[0].party.slug) == ("demand", "russia")
    nato_evidence = responses["nato"].evidence.all()
    assert {q.speaker_name for q in nato_evidence} == {"Jens Stoltenberg"}
    assert {q.party.slug for q in nato_evidence} == {"nato"}


def test_load_demo_marks_natos_offer_of_talks(demo):
    offer = Demand.objects.get(kind="offer")

    assert (offer.party.slug, offer.issue.slug) == ("nato", "incident-prevention")
    assert offer.responses.get().kind == "accept"
    assert offer.evidence.count() == 2
