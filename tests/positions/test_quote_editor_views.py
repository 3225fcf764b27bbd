"""The inline quote editor: the form swaps in for the item, a save swaps the item back."""

import datetime

import pytest

from positions.editing import quote_edit
from positions.models import QuoteIssue
from positions.queries.matrix import matrix
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    IssueFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
    UserFactory,
)

HTMX = {"HX-Request": "true"}
BODY = "Talks ended. We demand guarantees, the minister said. No veto, she added."


@pytest.fixture
def quote(db):
    russia = PartyFactory(slug="russia", name="Russia")
    negotiation = NegotiationFactory(slug="winter", with_parties=[russia])
    article = ArticleFactory(body=BODY)
    article.negotiations.add(negotiation)
    IssueFactory(negotiation=negotiation, name="Enlargement", slug="enlargement")
    guarantees = IssueFactory(negotiation=negotiation, name="Guarantees", slug="guarantees")
    start = BODY.index("We demand")
    quote = QuoteFactory(
        article=article,
        text="We demand guarantees",
        start=start,
        party=russia,
        stance="demand",
        review_state="confirmed",
    )
    QuoteIssueFactory(quote=quote, issue=guarantees)
    ActorFactory(name="Anna Berg", slug="anna-berg")
    return quote


def _form(quote, **changes) -> dict:
    """What the editor posts: the quote as stored, with the editor's changes."""
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


def _url(quote, place="page") -> str:
    return f"/quotes/{quote.pk}/edit/?place={place}"


def test_the_editor_opens_in_place_with_the_quote_as_stored(client_editor, quote):
    response = client_editor.get(_url(quote), headers=HTMX)

    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="quote-card"' in body
    assert '<option value="demand" selected>' in body
    assert '<mark class="quote-mark">We demand guarantees</mark>' in body
    assert "<html" not in body


def test_saving_changes_the_quote_and_swaps_the_item_back(client_editor, quote):
    enlargement = quote.article.negotiations.get().issues.get(slug="enlargement")
    speaker = ActorFactory._meta.model.objects.get(slug="anna-berg")

    response = client_editor.post(
        _url(quote),
        _form(quote, stance="reject", actor=speaker.pk, issues=[enlargement.pk]),
        headers=HTMX,
    )

    quote.refresh_from_db()
    body = response.content.decode()
    assert response.status_code == 200
    assert (quote.stance, quote.actor, quote.version) == ("reject", speaker, 2)
    assert list(quote.issues.all()) == [enlargement]
    assert 'id="quote-card"' in body
    assert "badge--reject" in body


def test_the_matrix_copies_follow_an_edit(client_editor, quote):
    client_editor.post(_url(quote), _form(quote, stance="reject"), headers=HTMX)

    grid = matrix(negotiation=quote.article.negotiations.get(), as_of=None)
    cells = {row.issue.slug: dict(row.entries) for row in grid.rows}
    assert cells["guarantees"][quote.party].stance == "reject"
    assert list(QuoteIssue.objects.values_list("stance", flat=True)) == ["reject"]


def test_a_stale_save_is_refused_with_both_versions_and_a_way_to_save_anyway(client_editor, quote):
    loaded = _form(quote, stance="offer")
    rival = UserFactory(username="boris")
    quote_edit(quote=quote, editor=rival, version=quote.version, stance="warn")

    response = client_editor.post(_url(quote), loaded, headers=HTMX)

    body = response.content.decode()
    quote.refresh_from_db()
    assert response.status_code == 409
    assert quote.stance == "warn"
    assert "boris" in body
    assert "<td>Warn</td><td>Offer</td>" in body  # theirs beside mine
    assert "Save mine anyway" in body
    assert f'name="quote-{quote.pk}-version" value="{quote.version}"' in body

    again = client_editor.post(_url(quote), _form(quote, stance="offer"), headers=HTMX)

    quote.refresh_from_db()
    assert (again.status_code, quote.stance) == (200, "offer")


def test_a_span_outside_the_text_is_refused_in_the_form(client_editor, quote):
    response = client_editor.post(_url(quote), _form(quote, end=len(BODY) + 5), headers=HTMX)

    assert response.status_code == 400
    assert "must lie within its article" in response.content.decode()


def test_a_new_span_rereads_the_words(client_editor, quote):
    start = BODY.index("No veto")
    client_editor.post(_url(quote), _form(quote, start=start, end=start + 7), headers=HTMX)

    quote.refresh_from_db()
    assert quote.text == "No veto"


def test_editing_in_the_review_queue_confirms_and_returns_the_queue_item(client_editor, quote):
    type(quote).objects.filter(pk=quote.pk).update(review_state="suggested")
    quote.refresh_from_db()

    response = client_editor.post(
        _url(quote, "review"), _form(quote, kind="indirect"), headers=HTMX
    )

    quote.refresh_from_db()
    body = response.content.decode()
    assert (quote.review_state, quote.kind) == ("confirmed", "indirect")
    assert f'id="review-{quote.pk}"' in body
    assert "Confirmed" in body


def test_without_htmx_a_save_goes_back_to_the_quote_page(client_editor, quote):
    response = client_editor.post(_url(quote), _form(quote, stance="reject"))

    assert (response.status_code, response["Location"]) == (302, f"/quotes/{quote.pk}/")


def test_analysts_may_not_edit_and_see_no_edit_controls(client_analyst, quote):
    assert client_analyst.get(_url(quote)).status_code == 403
    assert client_analyst.post(_url(quote), _form(quote, stance="reject")).status_code == 403

    page = client_analyst.get(f"/quotes/{quote.pk}/").content.decode()
    assert "/edit/" not in page
    quote.refresh_from_db()
    assert quote.stance == "demand"


def test_editors_see_an_edit_link_on_the_quote_page(client_editor, quote):
    page = client_editor.get(f"/quotes/{quote.pk}/").content.decode()

    assert f'href="/quotes/{quote.pk}/edit/?place=page"' in page


def test_dates_said_are_checked(client_editor, quote):
    response = client_editor.post(
        _url(quote), _form(quote, said_on=datetime.date(1200, 1, 1).isoformat()), headers=HTMX
    )

    assert response.status_code == 400
