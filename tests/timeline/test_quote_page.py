"""A quote's permalink: its words and facts, its paragraph, its other reports, its uses."""

import datetime
import uuid

import pytest

from tests.factories import (
    ActorFactory,
    ArticleFactory,
    DemandFactory,
    IssueFactory,
    NegotiationFactory,
    OfficeFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
    ResponseFactory,
    SourceFactory,
)


def _reported(outlet: str, published_on, group, **fields):
    article = ArticleFactory(source=SourceFactory(name=outlet), published_on=published_on)
    return QuoteFactory(article=article, corroboration_group=group, **fields)


@pytest.fixture
def nato(db):
    return PartyFactory(slug="nato", name="NATO")


def test_quote_page_shows_speaker_party_stance_issue_and_its_paragraph(client_analyst, nato):
    negotiation = NegotiationFactory(slug="winter", with_parties=[nato])
    body = "Headline\n\nShe said “no veto” to reporters.\nLast line."
    quote = QuoteFactory(
        article=ArticleFactory(body=body, title="Talks in Geneva"),
        text="no veto",
        start=body.index("no veto"),
        speaker_name="Jens Stoltenberg",
        actor=ActorFactory(name="Jens Stoltenberg"),
        party=nato,
        stance="reject",
        said_on=datetime.date(2022, 1, 12),
    )
    QuoteIssueFactory(quote=quote, issue=IssueFactory(negotiation=negotiation, slug="open-door"))

    content = client_analyst.get(f"/quotes/{quote.pk}/").content.decode()

    assert "<h1>Jens Stoltenberg</h1>" in content and "speaking for NATO" in content
    assert '<span class="badge badge--reject">Reject</span>' in content
    assert 'href="/timeline/?negotiation=winter&amp;issue=open-door"' in content
    assert "12 Jan 2022" in content
    assert 'She said “<mark class="quote-mark">no veto</mark>” to reporters.' in content
    assert "No other article reports this statement yet." in content


def test_quote_page_names_the_first_outlet_and_lists_other_reports(client_analyst, nato):
    group = uuid.uuid4()
    quote = _reported("RT", datetime.date(2022, 1, 14), group, text="Russia has no veto")
    _reported("Al Jazeera", datetime.date(2022, 1, 12), group, text="no veto power")
    QuoteFactory(text="Unrelated words")

    content = client_analyst.get(f"/quotes/{quote.pk}/").content.decode()

    assert "First reported by <strong>Al Jazeera</strong> on 12 Jan 2022" in content
    assert "1 other article reports it" in content
    assert "no veto power" in content and "Unrelated words" not in content


def test_quote_page_links_the_demands_and_responses_it_is_evidence_for(client_analyst, nato):
    quote = QuoteFactory(party=nato)
    demand = DemandFactory(summary="End the open door")
    demand.evidence.add(quote)
    response = ResponseFactory(demand=demand, party=nato, summary="Russia has no veto")
    response.evidence.add(quote)

    content = client_analyst.get(f"/quotes/{quote.pk}/").content.decode()

    assert f'href="/demands/{demand.pk}/">End the open door</a>' in content
    assert f'href="/demands/{demand.pk}/#response-{response.pk}">Russia has no veto</a>' in content


def test_quote_page_of_a_missing_quote_is_404(client_analyst, db):
    assert client_analyst.get("/quotes/999999/").status_code == 404


def test_timeline_items_link_to_the_quote_page(client_analyst, nato):
    negotiation = NegotiationFactory(slug="winter", with_parties=[nato])
    article = ArticleFactory()
    article.negotiations.add(negotiation)
    quote = QuoteFactory(article=article, party=nato)

    content = client_analyst.get("/timeline/?negotiation=winter").content.decode()

    assert f'href="/quotes/{quote.pk}/"' in content


@pytest.mark.parametrize("n", (1, 3))
def test_quote_page_query_count_is_constant(client_analyst, nato, n, django_assert_num_queries):
    group = uuid.uuid4()
    quote = _reported("RT", datetime.date(2022, 1, 14), group, party=nato)
    for day in range(n):
        _reported(f"Outlet {day}", datetime.date(2022, 1, 1 + day), group)
        demand = DemandFactory()
        demand.evidence.add(quote)
        ResponseFactory(demand=demand).evidence.add(quote)
        QuoteIssueFactory(quote=quote)
    client_analyst.get(f"/quotes/{quote.pk}/")

    # 10 for the page, 2 for the user's permissions, which decide whether "Edit" shows.
    with django_assert_num_queries(12):
        response = client_analyst.get(f"/quotes/{quote.pk}/")

    assert response.status_code == 200


def test_citation_names_the_office_held_on_the_day_the_outlet_and_the_date(client_analyst):
    grushko = ActorFactory(name="Alexander Grushko")
    OfficeFactory(
        actor=grushko,
        title="Russian Ambassador to NATO",
        starts_on=datetime.date(2012, 1, 1),
        ends_on=datetime.date(2018, 1, 21),
    )
    OfficeFactory(
        actor=grushko, title="Russian Deputy Foreign Minister", starts_on=datetime.date(2018, 1, 22)
    )
    quote = QuoteFactory(
        article=ArticleFactory(source=SourceFactory(name="Al Jazeera")),
        actor=grushko,
        speaker_name="Grushko",
        text="It is absolutely imperative to end the open-door policy,",
        said_on=datetime.date(2022, 1, 12),
    )

    content = client_analyst.get(f"/quotes/{quote.pk}/").content.decode()

    assert (
        '<p class="citation__text" id="citation-text">Alexander Grushko, Russian Deputy Foreign '
        "Minister, quoted by Al Jazeera, 12 January 2022: “It is absolutely imperative to end "
        "the open-door policy”</p>"
    ) in content


def test_citation_of_an_indirect_quote_without_an_actor_or_date(client_analyst):
    quote = QuoteFactory(
        article=ArticleFactory(source=SourceFactory(name="RT"), published_on=None),
        kind="indirect",
        speaker_name="",
        speaker_as_written="a diplomat",
        text="the talks would continue",
        said_on=None,
    )

    content = client_analyst.get(f"/quotes/{quote.pk}/").content.decode()

    assert "a diplomat, as reported by RT: the talks would continue</p>" in content


def test_quote_page_offers_a_copy_button_its_script_and_a_permalink(client_analyst):
    quote = QuoteFactory()

    content = client_analyst.get(f"/quotes/{quote.pk}/").content.decode()

    assert (
        '<button type="button" class="button button--small" data-copy="citation-text" hidden>'
        in content
    )
    assert '<script src="/static/js/citation.js" defer></script>' in content
    assert f">http://testserver/quotes/{quote.pk}/</a>" in content


@pytest.mark.parametrize("n", (1, 3))
def test_citation_costs_one_query_however_many_offices(
    client_analyst, n, django_assert_num_queries
):
    actor = ActorFactory()
    OfficeFactory.create_batch(n, actor=actor)
    quote = QuoteFactory(actor=actor)
    for _ in range(n):
        QuoteIssueFactory(quote=quote)
    client_analyst.get(f"/quotes/{quote.pk}/")

    # No other reports to look up here; one query finds the speaker's office on the day.
    with django_assert_num_queries(12):
        client_analyst.get(f"/quotes/{quote.pk}/")
