"""The admin's quote page saves through quote_edit: the matrix's copies follow its changes."""

import datetime

import pytest

from positions.history import history_of
from positions.models import Quote
from positions.services import quote_confirm
from tests.admin_forms import admin_page_as_posted
from tests.copies import assert_copies_match
from tests.factories import (
    ArticleFactory,
    IssueFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def confirmed():
    """A confirmed demand by Russia on one issue, as the matrix shows it."""
    quote = QuoteFactory(
        party=PartyFactory(slug="russia"),
        stance="demand",
        review_state="suggested",
        article=ArticleFactory(body="We want talks now."),
    )
    QuoteIssueFactory(quote=quote, issue=IssueFactory(name="Talks"))
    return quote_confirm(quote=quote, editor=None)


def _change_page(client, quote):
    url = f"/admin/positions/quote/{quote.pk}/change/"
    return url, admin_page_as_posted(client.get(url))


def test_a_stance_changed_in_the_admin_reaches_the_copies_and_the_history(client_admin, confirmed):
    url, data = _change_page(client_admin, confirmed)

    response = client_admin.post(url, {**data, "stance": "reject"})

    assert response.status_code == 302
    quote = Quote.objects.get()
    assert (quote.stance, quote.version) == ("reject", confirmed.version + 1)
    assert_copies_match(quote)
    latest = history_of(quote)[0]
    assert latest.who == client_admin.user
    assert [(c.label, c.old, c.new) for c in latest.changes] == [("Stance", "Demand", "Reject")]


def test_issues_changed_in_the_admin_inline_are_saved_with_the_quotes_copies(
    client_admin, confirmed
):
    other = IssueFactory(name="Guarantees")
    url, data = _change_page(client_admin, confirmed)

    response = client_admin.post(
        url, {**data, "issue_links-0-DELETE": "on", "issue_links-0-issue": str(other.pk)}
    )

    assert response.status_code == 302
    assert list(Quote.objects.get().issues.all()) == []
    assert_copies_match(confirmed)


def test_an_issue_added_in_the_admin_inline_gets_the_quotes_copies(client_admin, confirmed):
    added = IssueFactory(name="Guarantees")
    url, data = _change_page(client_admin, confirmed)
    data |= {
        "issue_links-TOTAL_FORMS": "2",
        "issue_links-1-issue": str(added.pk),
        "issue_links-1-quote": str(confirmed.pk),
    }

    response = client_admin.post(url, {**data, "stance": "warn"})

    assert response.status_code == 302
    quote = Quote.objects.get()
    assert sorted(quote.issues.values_list("name", flat=True)) == ["Guarantees", "Talks"]
    assert quote.version == confirmed.version + 1
    assert_copies_match(quote)


def test_an_admin_save_over_someone_elses_change_is_refused(client_admin, confirmed):
    url, data = _change_page(client_admin, confirmed)
    quote_confirm(quote=confirmed, editor=None, stance="offer")

    response = client_admin.post(url, {**data, "stance": "reject"})

    assert response.status_code == 200
    assert "Someone changed this quote after you opened it" in response.content.decode()
    assert Quote.objects.get().stance == "offer"


def test_a_quote_added_in_the_admin_is_made_by_hand_with_its_copies(client_admin):
    article = ArticleFactory(body="Russia has no veto.", published_on=datetime.date(2022, 1, 12))
    issue = IssueFactory()
    url = "/admin/positions/quote/add/"
    data = admin_page_as_posted(client_admin.get(url))

    response = client_admin.post(
        url,
        {
            **data,
            "article": str(article.pk),
            "start": "0",
            "end": "19",
            "kind": "direct",
            "stance": "reject",
            "review_state": "confirmed",
            "said_on": "2022-01-12",
            "issue_links-TOTAL_FORMS": "1",
            "issue_links-0-issue": str(issue.pk),
        },
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    quote = Quote.objects.get()
    assert (quote.text, quote.origin, quote.reviewed_by) == (
        "Russia has no veto.",
        "manual",
        client_admin.user,
    )
    assert list(quote.issues.all()) == [issue]
    assert_copies_match(quote)


def test_a_span_beyond_the_article_is_refused_in_the_admin_in_plain_words(client_admin, confirmed):
    url, data = _change_page(client_admin, confirmed)

    response = client_admin.post(url, {**data, "end": "999"})

    assert response.status_code == 200
    assert "must lie within its article&#x27;s text" in response.content.decode()
