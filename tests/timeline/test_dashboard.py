"""The dashboard: what changed in the last day or week, and what is still being parsed."""

import datetime
import re

import pytest
from django.utils import timezone

from articles.models import Article
from positions.services import position_pin
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    DemandFactory,
    IssueFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    ResponseFactory,
)
from tests.matrix.conftest import JAN, said

HX = {"HX-Request": "true", "HX-Target": "dashboard"}


@pytest.fixture
def talks(db):
    """Russia and NATO in talks on one issue, enlargement."""
    russia = PartyFactory(slug="russia", name="Russia")
    nato = PartyFactory(slug="nato", name="NATO")
    negotiation = NegotiationFactory(slug="winter", with_parties=[russia, nato])
    issue = IssueFactory(negotiation=negotiation, slug="enlargement", name="NATO enlargement")
    return negotiation, issue, russia, nato


def _said(talks, party, stance, day, **fields):
    """A quote on enlargement, from an article of the negotiation."""
    negotiation, issue, *_ = talks
    article = ArticleFactory(published_on=day)
    article.negotiations.add(negotiation)
    return said(party, issue, stance, day, article=article, **fields)


def _dashboard(client, query: str = "", **headers) -> str:
    response = client.get(f"/?negotiation=winter{query}", headers=headers)
    assert response.status_code == 200
    return response.content.decode()


def _section(content: str, name: str) -> str:
    """One section of the page, so an assertion cannot pass on another section's words."""
    found = re.search(rf'<section [^>]*id="dash-{name}".*?</section>', content, re.S)
    assert found, f"no {name} section"
    return found.group(0)


def _shifts(content: str) -> list[str]:
    """Each listed shift as plain words: "Russia on NATO enlargement: Offer → Reject"."""
    rows = re.findall(r'<li class="dash-shift[^"]*">(.*?)</li>', content, re.S)
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in rows]


# --- The window -------------------------------------------------------------------------


def test_dashboard_window_ends_at_the_newest_news_when_the_talks_went_quiet(client_analyst, talks):
    _, _, russia, _ = talks
    _said(talks, russia, "demand", JAN[13], state="suggested")

    content = _dashboard(client_analyst, "&window=week")

    assert "<strong>Week to 13 Jan 2022</strong>" in content
    assert '>6 Jan</time> – <time datetime="2022-01-13">13 Jan 2022</time>' in content
    assert "Nothing in this negotiation is dated after 13 Jan 2022" in content


def test_dashboard_window_ends_today_when_there_is_news_today(client_analyst, talks):
    _, _, russia, _ = talks
    today = timezone.localdate()
    _said(talks, russia, "demand", today, text="Said today")
    _said(talks, russia, "reject", today + datetime.timedelta(days=3), text="Misdated")

    content = _dashboard(client_analyst)

    assert f"<strong>Day to {today.day} {today:%b %Y}</strong>" in content
    assert "Nothing in this negotiation is dated after" not in content
    assert "Said today" in content and "Misdated" not in content


def test_dashboard_unknown_window_is_the_last_day(client_analyst, talks):
    _, _, russia, _ = talks
    _said(talks, russia, "demand", JAN[12])

    content = _dashboard(client_analyst, "&window=fortnight")

    assert "<strong>Day to 12 Jan 2022</strong>" in content
    assert re.search(r'window=day"[^>]*aria-current="page">Last day</a>', content)


# --- Quotes -----------------------------------------------------------------------------


def test_dashboard_lists_new_quotes_with_speaker_party_stance_outlet_and_context(
    client_analyst, talks
):
    _, _, russia, _ = talks
    quote = _said(talks, russia, "reject", JAN[12], text="No way forward")
    quote.speaker_name = "Sergey Lavrov"
    quote.actor = ActorFactory(slug="lavrov")
    quote.save()

    quotes = _section(_dashboard(client_analyst), "quotes")

    assert f'id="quote-{quote.pk}"' in quotes and "party-russia" in quotes
    assert "Sergey Lavrov" in quotes and "“No way forward”" in quotes
    assert '<span class="badge badge--reject">reject</span>' in quotes
    assert f">{quote.article.source.name}</a>" in quotes
    assert f'hx-get="/timeline/quotes/{quote.pk}/context/"' in quotes
    assert 'href="/timeline/?negotiation=winter&amp;actor=lavrov"' in quotes
    assert "The latest 1 of 1 said in the day to 12 Jan 2022." in quotes


def test_dashboard_leaves_out_quotes_said_before_the_window(client_analyst, talks):
    _, _, russia, _ = talks
    old = _said(talks, russia, "demand", JAN[3], text="Said long ago")
    new = _said(talks, russia, "reject", JAN[12], text="Said this week")

    quotes = _section(_dashboard(client_analyst, "&window=week"), "quotes")

    assert re.findall(r'id="quote-(\d+)"', quotes) == [str(new.pk)]
    assert "Said long ago" not in quotes and f"quote-{old.pk}" not in quotes
    assert (
        'href="/timeline/?negotiation=winter&amp;type=quote&amp;from=2022-01-05&amp;to=2022-01-12"'
        in quotes
    )


def test_dashboard_says_when_no_quotes_were_said_in_the_window(client_analyst, talks):
    negotiation, *_ = talks
    DemandFactory(negotiation=negotiation, first_raised_on=JAN[12])

    quotes = _section(_dashboard(client_analyst), "quotes")

    assert "No quotes dated in the day to 12 Jan 2022." in quotes
    assert "once an editor uploads articles" in quotes


# --- Stance shifts ----------------------------------------------------------------------


def test_dashboard_shows_a_stance_shift_linking_to_the_matrix_cell(client_analyst, talks):
    _, _, russia, _ = talks
    _said(talks, russia, "offer", JAN[1])
    _said(talks, russia, "reject", JAN[10])

    shifts = _section(_dashboard(client_analyst, "&window=week"), "shifts")

    assert _shifts(shifts) == ["Russia on NATO enlargement Offer → became Reject 10 Jan 2022"]
    assert (
        'href="/matrix/cell/enlargement/russia/?negotiation=winter&amp;as_of=2022-01-10"' in shifts
    )


def test_dashboard_shows_a_first_position_as_a_shift_from_none(client_analyst, talks):
    _, _, _, nato = talks
    _said(talks, nato, "reject", JAN[12])

    shifts = _section(_dashboard(client_analyst), "shifts")

    assert _shifts(shifts) == ["NATO on NATO enlargement no position → became Reject 12 Jan 2022"]


def test_dashboard_leaves_out_shifts_before_the_window(client_analyst, talks):
    _, _, russia, nato = talks
    _said(talks, russia, "offer", JAN[3])
    _said(talks, russia, "reject", JAN[5])
    _said(talks, nato, "reject", JAN[12])  # the window's news, unchanged since the 12th

    day = _section(_dashboard(client_analyst, "&window=day"), "shifts")
    week = _section(_dashboard(client_analyst, "&window=week"), "shifts")

    assert [shift.split(" on ")[0] for shift in _shifts(day)] == ["NATO"]
    assert [shift.split(" on ")[0] for shift in _shifts(week)] == ["NATO", "Russia"]


def test_dashboard_ignores_suggestions_and_restatements(client_analyst, talks):
    _, _, russia, _ = talks
    _said(talks, russia, "reject", JAN[3])
    _said(talks, russia, "reject", JAN[11])
    _said(talks, russia, "offer", JAN[12], state="suggested")

    shifts = _section(_dashboard(client_analyst, "&window=week"), "shifts")

    assert _shifts(shifts) == []
    assert "No stance shifts in the week to 12 Jan 2022" in shifts
    assert "every position stands as it did on 4 Jan 2022" in shifts


def test_dashboard_shows_a_position_an_editor_pinned_in_the_window(client_analyst, talks):
    negotiation, issue, russia, _ = talks
    _said(talks, russia, "reject", JAN[3])
    position_pin(
        issue=issue, party=russia, stance="offer", summary="Talks", as_of=JAN[11], editor=None
    )
    DemandFactory(negotiation=negotiation, first_raised_on=JAN[12])  # the window's end

    shifts = _section(_dashboard(client_analyst, "&window=week"), "shifts")

    assert _shifts(shifts) == [
        "Russia on NATO enlargement Reject → became Offer pinned 11 Jan 2022"
    ]


# --- Demands and responses --------------------------------------------------------------


def test_dashboard_lists_demands_raised_and_responses_given_in_the_window(client_analyst, talks):
    negotiation, issue, russia, nato = talks
    raised = DemandFactory(
        negotiation=negotiation,
        issue=issue,
        party=russia,
        addressee=nato,
        summary="End the open door",
        first_raised_on=JAN[10],
    )
    DemandFactory(negotiation=negotiation, summary="Raised long ago", first_raised_on=JAN[1])
    ResponseFactory(demand=raised, party=nato, summary="Russia has no veto", responded_on=JAN[12])
    ResponseFactory(demand=raised, party=nato, summary="Answered long ago", responded_on=JAN[2])

    content = _dashboard(client_analyst, "&window=week")

    demands, responses = _section(content, "demands"), _section(content, "responses")
    page = f'href="/demands/{raised.pk}/'
    assert f'{page}">End the open door</a>' in demands and "Raised long ago" not in demands
    assert "first raised <time" in demands and "NATO enlargement" in demands
    answered = f'{page}#response-{raised.responses.get(summary="Russia has no veto").pk}"'
    assert (
        f"{answered}>Russia has no veto</a>" in responses and "Answered long ago" not in responses
    )
    assert "To Russia’s demand: “End the open door”" in responses
    assert '<span class="stat">1</span> <span class="stat-label">demand raised</span>' in content


def test_dashboard_says_when_no_demand_was_raised_or_answered(client_analyst, talks):
    _, _, russia, _ = talks
    _said(talks, russia, "reject", JAN[12])

    content = _dashboard(client_analyst)

    assert "No demand or offer first raised in the day to 12 Jan 2022." in content
    assert "No responses given in the day to 12 Jan 2022." in content


# --- Articles ---------------------------------------------------------------------------


def _failed_article(talks) -> Article:
    article = ArticleFactory(
        title="Unreadable scan",
        status=Article.Status.FAILED,
        error="The PDF holds only images: there is no text to read.",
    )
    article.negotiations.add(talks[0])
    return article


def test_dashboard_lists_a_failed_article_with_its_reason_for_editors(client_editor, talks):
    failed = _failed_article(talks)
    waiting = ArticleFactory(title="Just uploaded", status=Article.Status.RECEIVED)
    waiting.negotiations.add(talks[0])
    ArticleFactory(title="Parsed fine").negotiations.add(talks[0])

    articles = _section(_dashboard(client_editor), "articles")

    assert f'<a href="/articles/{failed.pk}/">Unreadable scan</a>' in articles
    assert "The PDF holds only images: there is no text to read." in articles
    assert f'<a href="/articles/{waiting.pk}/">Just uploaded</a>' in articles
    assert "Parsed fine" not in articles
    assert "Uploaded in the last day: <strong>3</strong> · 1 parsed" in articles
    assert "1 failed" in articles and "parse it again" in articles


def test_dashboard_shows_failed_articles_to_analysts_too(client_analyst, talks):
    _failed_article(talks)

    articles = _section(_dashboard(client_analyst), "articles")

    assert "Unreadable scan" in articles and "The PDF holds only images" in articles
    assert "parse it again" not in articles


def test_dashboard_says_when_every_article_is_parsed(client_analyst, talks):
    ArticleFactory().negotiations.add(talks[0])

    articles = _section(_dashboard(client_analyst), "articles")

    assert "Every article has been parsed: none waiting, none failed." in articles


def test_dashboard_leaves_out_other_negotiations(client_analyst, talks):
    other = NegotiationFactory(slug="spring")
    article = ArticleFactory(title="Elsewhere", status=Article.Status.FAILED, error="Broken")
    article.negotiations.add(other)
    quote = QuoteFactory(article=article, said_on=JAN[12], text="Spoken elsewhere")

    content = _dashboard(client_analyst)

    assert "Elsewhere" not in content and f"quote-{quote.pk}" not in content


# --- The switch -------------------------------------------------------------------------


def test_dashboard_switch_is_plain_links_that_htmx_follows(client_analyst, talks):
    content = _dashboard(client_analyst, "&window=week")

    week = re.search(r'<a href="/\?negotiation=winter&amp;window=week"[^>]*>', content).group(0)
    assert 'hx-get="/?negotiation=winter&amp;window=week"' in week
    assert 'hx-target="#dashboard"' in week and 'hx-push-url="true"' in week
    assert 'aria-current="page"' in week
    assert 'hx-indicator="#dashboard-loading"' in week


def test_dashboard_switch_by_htmx_swaps_only_the_summary(client_analyst, talks):
    _, _, russia, _ = talks
    _said(talks, russia, "offer", JAN[3])
    _said(talks, russia, "reject", JAN[10])
    _said(talks, russia, "reject", JAN[12])

    day = client_analyst.get("/?negotiation=winter&window=day", headers=HX)
    week = client_analyst.get("/?negotiation=winter&window=week", headers=HX)

    for response in (day, week):
        content = response.content.decode()
        assert content.lstrip().startswith('<div id="dashboard"') and "<html" not in content
        assert "HX-Request" in response["Vary"]
    assert _shifts(day.content.decode()) == []
    assert _shifts(week.content.decode()) == [
        "Russia on NATO enlargement Offer → became Reject 12 Jan 2022"
    ]
    assert re.search(r'aria-current="page">Last week</a>', week.content.decode())


def test_dashboard_history_restore_gets_the_full_page(client_analyst, talks):
    response = client_analyst.get(
        "/?negotiation=winter&window=week", headers={**HX, "HX-History-Restore-Request": "true"}
    )

    assert b"<html" in response.content and b"<strong>Week to" in response.content


def test_dashboard_without_a_negotiation_says_how_to_start(client_analyst):
    content = client_analyst.get("/").content.decode()

    assert "No negotiation is tracked yet." in content


# --- Query counts -----------------------------------------------------------------------


def _busy_week(talks, n: int) -> None:
    """n of everything the dashboard lists, all inside the week to 12 Jan; Russia moves
    twice within it, so the positions before the week are read too."""
    negotiation, issue, russia, nato = talks
    _said(talks, russia, "demand", JAN[9])
    for number in range(n):
        extra = IssueFactory(negotiation=negotiation, order=number + 1)
        for party in (russia, nato):
            _said(talks, party, "offer", JAN[1])
            _said(talks, party, "reject", JAN[10])
            said(party, extra, "demand", JAN[11])
        demand = DemandFactory(negotiation=negotiation, issue=issue, party=russia)
        demand.first_raised_on = JAN[8]
        demand.save()
        ResponseFactory(demand=demand, party=nato, responded_on=JAN[12])
        _failed_article(talks)


@pytest.mark.parametrize("n", (1, 3))
def test_dashboard_query_count_is_constant(client_editor, talks, n, django_assert_num_queries):
    _busy_week(talks, n)
    _dashboard(client_editor)  # the choice of negotiation is remembered: no write below

    # session, user, negotiation, then the window's end, the counts, the latest quotes,
    # parties, issues, every position at the window's end, the moved ones before it,
    # demands, responses, unfinished and uploaded articles, then the user's permissions
    # (two) and the switcher's list
    with django_assert_num_queries(17):
        content = _dashboard(client_editor, "&window=week")

    assert len(_shifts(content)) == 2 * (n + 1)


@pytest.mark.parametrize("n", (1, 3))
def test_dashboard_partial_query_count_is_constant(
    client_editor, talks, n, django_assert_num_queries
):
    _busy_week(talks, n)
    _dashboard(client_editor)

    # the same, but for the switcher's list: the page around the summary is not drawn
    with django_assert_num_queries(16):
        content = _dashboard(client_editor, "&window=week", **HX)

    assert len(re.findall(r'class="dash-article"', content)) == n


@pytest.mark.parametrize("window", ("", "&window=week"))
def test_dashboard_of_talks_last_heard_of_outside_the_span_still_opens(
    client_analyst, talks, window
):
    _, _, russia, _ = talks
    _said(talks, russia, "demand", datetime.date(1, 1, 2))
    _said(talks, russia, "reject", datetime.date(1, 1, 1))

    _dashboard(client_analyst, window)
