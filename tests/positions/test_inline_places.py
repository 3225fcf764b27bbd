"""Editing a quote in place wherever it appears: the timeline, the matrix's cell panel and
the reader, each item swapped for the editor and back, re-rendered with what was saved."""

import re
from urllib.parse import quote as url_quote

import pytest

from positions.models import Quote
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    IssueFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
)

HTMX = {"HX-Request": "true"}
BODY = "Talks ended.\nWe demand guarantees, the minister said.\nNo veto, she added."
CELL = "/matrix/cell/guarantees/russia/?negotiation=winter"


@pytest.fixture
def talks(db):
    russia = PartyFactory(slug="russia", name="Russia")
    negotiation = NegotiationFactory(slug="winter", with_parties=[russia])
    IssueFactory(negotiation=negotiation, name="Guarantees", slug="guarantees")
    return negotiation


def _said(negotiation, text="We demand guarantees", *, stance="demand", article=None):
    """A confirmed quote by Russia on guarantees, in an article of the negotiation."""
    if article is None:
        article = ArticleFactory(body=BODY)
        article.negotiations.add(negotiation)
    quote = QuoteFactory(
        article=article,
        text=text,
        start=article.body.index(text),
        party=negotiation.parties.get(),
        actor=ActorFactory(),
        stance=stance,
        review_state="confirmed",
    )
    QuoteIssueFactory(quote=quote, issue=negotiation.issues.get())
    return quote


def _form(quote, **changes) -> dict:
    prefix = f"quote-{quote.pk}-"
    values = {
        "actor": quote.actor_id or "",
        "issues": list(quote.issues.values_list("pk", flat=True)),
        "stance": quote.stance,
        "kind": quote.kind,
        "said_on": quote.said_on.isoformat() if quote.said_on else "",
        "start": quote.start,
        "end": quote.end,
        "version": quote.version,
        **changes,
    }
    return {prefix + name: value for name, value in values.items()}


def _edit_links(content: bytes, place: str) -> int:
    return len(re.findall(rf'href="/quotes/\d+/edit/\?place={place}[^"]*"', content.decode()))


# --- The timeline ----------------------------------------------------------------------


def test_the_timeline_editor_opens_as_the_lists_item(client_editor, talks):
    quote = _said(talks)

    response = client_editor.get(f"/quotes/{quote.pk}/edit/?place=timeline", headers=HTMX)

    body = response.content.decode()
    assert body.lstrip().startswith(f'<li class="card quote-editor" id="quote-{quote.pk}"')
    assert "place=timeline" in body


def test_saving_in_the_timeline_gives_back_the_timeline_item_with_the_change(client_editor, talks):
    quote = _said(talks)

    response = client_editor.post(
        f"/quotes/{quote.pk}/edit/?place=timeline", _form(quote, stance="reject"), headers=HTMX
    )

    body = response.content.decode()
    assert response.status_code == 200
    assert f'<li class="tl-item tl-item--quote party-russia" id="quote-{quote.pk}"' in body
    assert '<span class="badge badge--reject">reject</span>' in body
    assert "edited, version 2" in body
    assert _edit_links(response.content, "timeline") == 1
    assert "negotiation=winter&amp;actor=" in body  # its links keep the negotiation


def test_cancelling_in_the_timeline_gives_back_the_item_unchanged(client_editor, talks):
    quote = _said(talks)

    response = client_editor.get(f"/quotes/{quote.pk}/edit/?place=timeline&cancel=1", headers=HTMX)

    assert f'id="quote-{quote.pk}" data-quote-item>' in response.content.decode()
    assert '<span class="badge badge--demand">demand</span>' in response.content.decode()


def test_editors_see_an_edit_link_on_each_timeline_quote(client_editor, talks):
    quotes = [_said(talks), _said(talks, "No veto")]

    response = client_editor.get("/timeline/?negotiation=winter")

    assert _edit_links(response.content, "timeline") == len(quotes)


@pytest.mark.parametrize("n", (1, 3))
def test_timeline_query_count_with_edit_links_is_constant(
    client_editor, talks, n, django_assert_num_queries
):
    for _ in range(n):
        _said(talks)
    client_editor.get("/timeline/?negotiation=winter")

    # session, user, negotiation, dated and undated quotes' keys, the quotes, events,
    # demands, responses, and the editor's permissions (two)
    with django_assert_num_queries(11):
        response = client_editor.get("/timeline/?negotiation=winter", headers=HTMX)

    assert _edit_links(response.content, "timeline") == n


# --- The matrix's cell panel -----------------------------------------------------------


def test_saving_in_the_cell_panel_gives_back_the_panels_item_and_tells_the_matrix(
    client_editor, talks
):
    quote = _said(talks)

    response = client_editor.post(
        f"/quotes/{quote.pk}/edit/?place=matrix", _form(quote, stance="reject"), headers=HTMX
    )

    body = response.content.decode()
    assert body.lstrip().startswith('<li class="quote-card party-russia"')
    assert f'id="cell-quote-{quote.pk}"' in body
    assert '<span class="badge badge--reject">Reject</span>' in body
    assert response["HX-Trigger-After-Settle"] == '{"quoteEdited": {}}'


def test_the_panel_and_the_grid_redraw_when_a_quote_is_edited(client_editor, talks):
    quote = _said(talks)
    client_editor.get("/matrix/?negotiation=winter")
    client_editor.post(
        f"/quotes/{quote.pk}/edit/?place=matrix", _form(quote, stance="reject"), headers=HTMX
    )

    panel = client_editor.get(CELL, headers=HTMX).content.decode()
    grid = client_editor.get("/matrix/?negotiation=winter", headers=HTMX).content.decode()

    assert 'hx-trigger="quoteEdited from:body"' in panel
    assert '<span class="badge badge--reject">Reject</span> ' in panel
    assert "quoteEdited from:body" in grid
    assert "REJECT" in grid.upper() and "badge--demand" not in grid


@pytest.mark.parametrize("n", (1, 3))
def test_cell_panel_query_count_with_edit_links_is_constant(
    client_editor, talks, n, django_assert_num_queries
):
    for _ in range(n):
        _said(talks)
    client_editor.get("/matrix/?negotiation=winter")

    # session, user, negotiation, issue, party, the cell, pins, history, quotes, and the
    # editor's permissions (two)
    with django_assert_num_queries(11):
        response = client_editor.get(CELL, headers=HTMX)

    assert _edit_links(response.content, "matrix") == n


# --- The reader ------------------------------------------------------------------------


def test_saving_in_the_reader_gives_back_the_card_and_redraws_the_text(client_editor, talks):
    quote = _said(talks)
    moved = BODY.index("We demand")

    response = client_editor.post(
        f"/quotes/{quote.pk}/edit/?place=reader",
        _form(quote, stance="reject", start=moved, end=moved + len("We demand")),
        headers=HTMX,
    )

    body = response.content.decode()
    assert body.lstrip().startswith('<div class="quote-card party-russia')
    assert '<span class="badge badge--reject">Reject</span>' in body
    assert '<section class="reader__text" id="reader-text"' in body
    assert 'hx-swap-oob="true"' in body
    assert re.search(rf'id="quote-{quote.pk}" data-offset="{moved}"[^>]*>We demand</mark>', body)


@pytest.mark.parametrize("n", (1, 3))
def test_reader_query_count_with_edit_links_is_constant(
    client_editor, talks, n, django_assert_num_queries
):
    article = ArticleFactory(body="“We want talks,” she said. " * 3)
    for index in range(n):
        QuoteFactory(article=article, start=index * 27 + 1, text="We want talks")
    client_editor.get(f"/articles/{article.pk}/")

    # session, user, article, its negotiations, near-duplicates, quotes, their issues; the
    # header's negotiation (preference, newest) and switcher; the editor's permissions
    with django_assert_num_queries(12):
        response = client_editor.get(f"/articles/{article.pk}/")

    assert _edit_links(response.content, "reader") == n
    assert response.content.count(b"data-tag-selection") == 1


# --- Without htmx, and for analysts ----------------------------------------------------


@pytest.mark.parametrize(
    "place, back, landing",
    [
        ("timeline", "/timeline/?negotiation=winter&stance=demand", "#quote-{pk}"),
        ("matrix", CELL, "#cell-quote-{pk}"),
        ("reader", "/articles/{article}/", "#quote-card-{pk}"),
    ],
)
def test_without_htmx_a_save_goes_back_to_the_page_it_came_from(
    client_editor, talks, place, back, landing
):
    quote = _said(talks)
    back = back.format(article=quote.article_id)
    url = f"/quotes/{quote.pk}/edit/?place={place}&next={url_quote(back)}"

    response = client_editor.post(url, _form(quote, stance="offer"))

    assert response.status_code == 302
    assert response["Location"] == back + landing.format(pk=quote.pk)
    assert Quote.objects.get().stance == "offer"


def test_the_editors_own_page_keeps_the_way_back(client_editor, talks):
    quote = _said(talks)
    back = "/timeline/?negotiation=winter"

    response = client_editor.get(f"/quotes/{quote.pk}/edit/?place=timeline&next={url_quote(back)}")

    body = response.content.decode()
    assert "next=%2Ftimeline%2F%3Fnegotiation%3Dwinter" in body  # the form posts it on
    assert f'href="{back}#quote-{quote.pk}"' in body.replace("&amp;", "&")  # Cancel


def test_a_way_back_to_another_site_is_ignored(client_editor, talks):
    quote = _said(talks)
    url = f"/quotes/{quote.pk}/edit/?place=timeline&next=https://evil.example/"

    response = client_editor.post(url, _form(quote, stance="offer"))

    assert response["Location"] == f"/quotes/{quote.pk}/"


def test_analysts_see_no_edit_links_in_the_timeline_panel_or_reader(client_analyst, talks):
    quote = _said(talks)

    pages = [
        client_analyst.get("/timeline/?negotiation=winter").content,
        client_analyst.get(CELL).content,
        client_analyst.get(f"/articles/{quote.article_id}/").content,
    ]

    assert [len(re.findall(rb"/edit/\?place=", page)) for page in pages] == [0, 0, 0]
    assert b"data-tag-selection" not in pages[2]
    assert client_analyst.get(f"/quotes/{quote.pk}/edit/?place=matrix").status_code == 403
