"""The editors' registry pages: what editors see and change there, what analysts are refused,
and a constant number of queries per page."""

import datetime

import pytest
from django.urls import NoReverseMatch, reverse

from articles.models import Source
from positions.models import Event, Issue, Negotiation
from tests.factories import (
    EventFactory,
    IssueFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def talks():
    return NegotiationFactory(name="Winter talks", slug="winter")


def _resolves(name: str) -> bool:
    try:
        reverse(name)
    except NoReverseMatch:
        return False
    return True


def test_the_header_offers_the_registry_to_editors(client_editor, talks):
    editor_page = client_editor.get("/").content.decode()

    assert 'href="/registry/"' in editor_page


def test_the_header_hides_the_registry_from_analysts(client_analyst, talks):
    assert 'href="/registry/"' not in client_analyst.get("/").content.decode()


def test_the_registry_index_links_every_list_that_exists_with_its_count(client_editor, talks):
    IssueFactory.create_batch(2, negotiation=talks)

    page = client_editor.get("/registry/").content.decode()

    for url in ("/registry/issues/", "/registry/outlets/", "/registry/events/"):
        assert f'href="{url}"' in page
    assert '>Issues</a> <span class="muted small">2</span>' in page
    # Actors and parties show once their pages exist, never as a dead link.
    assert ("Actors</a>" in page) == _resolves("actor_list")
    assert ("Parties</a>" in page) == _resolves("party_list")


def test_issues_are_listed_by_negotiation_with_their_keywords(client_editor, talks):
    IssueFactory(negotiation=talks, name="Open door", keywords=["enlargement", "open door"])
    NegotiationFactory(name="Spring talks")

    page = client_editor.get("/registry/issues/").content.decode()

    assert "Winter talks" in page and "Spring talks" in page
    assert "enlargement, open door" in page


def test_an_editor_adds_an_issue_to_the_chosen_negotiation(client_editor, talks):
    response = client_editor.post(
        "/registry/issues/new/?negotiation=winter",
        {"name": "Open door", "keywords": "enlargement\n\nopen door\n"},
    )

    issue = Issue.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/registry/issues/{issue.pk}/"
    assert (issue.negotiation, issue.slug, issue.keywords) == (
        talks,
        "open-door",
        ["enlargement", "open door"],
    )


def test_an_editor_corrects_an_issue_and_sees_the_change_in_its_history(client_editor, talks):
    issue = IssueFactory(negotiation=talks, name="Open door", slug="open-door")
    values = {"name": "NATO's open door", "slug": "open-door", "keywords": "", "version": "1"}

    client_editor.post(f"/registry/issues/{issue.pk}/", values)
    page = client_editor.get(f"/registry/issues/{issue.pk}/").content.decode()

    assert Issue.objects.get(pk=issue.pk).name == "NATO's open door"
    assert "Open door → NATO&#x27;s open door" in page
    assert f'action="/issues/{issue.pk}/history/' in page  # a revert button


def test_a_stale_issue_save_answers_409_beside_the_stored_values(client_editor, talks):
    issue = IssueFactory(negotiation=talks, name="Open door", slug="open-door")
    client_editor.post(f"/registry/issues/{issue.pk}/", {"name": "First", "version": "1"})

    response = client_editor.post(
        f"/registry/issues/{issue.pk}/", {"name": "Second", "version": "1"}
    )

    assert response.status_code == 409
    page = response.content.decode()
    assert "someone changed this issue after you opened it" in page
    assert "First" in page and "Second" in page
    assert Issue.objects.get(pk=issue.pk).name == "First"


def test_an_editor_merges_an_issue_and_its_quotes_follow(client_editor, talks):
    keep = IssueFactory(negotiation=talks, name="Open door")
    absorb = IssueFactory(negotiation=talks, name="Enlargement")
    quote = QuoteFactory(review_state="confirmed")
    quote.issue_links.create(issue=absorb, review_state="confirmed")

    response = client_editor.post(
        f"/registry/issues/{keep.pk}/merge/", {"absorb": absorb.pk, "reason": "The same"}
    )

    assert response.status_code == 302
    assert list(quote.issues.all()) == [keep]
    assert not Issue.objects.filter(pk=absorb.pk).exists()


def test_the_merge_form_offers_only_issues_of_the_same_negotiation(client_editor, talks):
    keep = IssueFactory(negotiation=talks, name="Open door")
    IssueFactory(negotiation=talks, name="Enlargement")
    elsewhere = IssueFactory(name="Elsewhere")

    page = client_editor.get(f"/registry/issues/{keep.pk}/")
    response = client_editor.post(
        f"/registry/issues/{keep.pk}/merge/", {"absorb": elsewhere.pk, "reason": "Same"}
    )

    choices = [label for _, label in page.context["merge_form"].fields["absorb"].choices]
    assert choices == ["Choose an issue…", "Enlargement"]
    assert response.status_code == 400
    assert Issue.objects.filter(pk=elsewhere.pk).exists()


def test_an_editor_adds_an_event_and_an_end_before_its_start_is_refused(client_editor, talks):
    russia = PartyFactory(name="Russia")
    talks.negotiationparty_set.create(party=russia)
    values = {"title": "Geneva talks", "happened_on": "2022-01-10", "parties": [russia.pk]}

    refused = client_editor.post(
        "/registry/events/new/?negotiation=winter", {**values, "ends_on": "2022-01-09"}
    )
    added = client_editor.post("/registry/events/new/?negotiation=winter", values)

    assert refused.status_code == 400
    assert "An event cannot end before it starts." in refused.content.decode()
    assert added.status_code == 302
    event = Event.objects.get()
    assert (event.negotiation, list(event.parties.all())) == (talks, [russia])


def test_an_editor_corrects_and_deletes_an_event(client_editor, talks):
    event = EventFactory(negotiation=talks, title="Geneva talks")
    values = {"title": "Geneva talks", "happened_on": "2022-01-10", "place": "Geneva"}

    client_editor.post(f"/registry/events/{event.pk}/", {**values, "version": "1"})
    stale = client_editor.post(f"/registry/events/{event.pk}/delete/", {"version": "1"})
    assert Event.objects.get().place == "Geneva"
    client_editor.post(f"/registry/events/{event.pk}/delete/", {"version": "2"})

    assert stale.status_code == 302 and not Event.objects.exists()


def test_an_editor_creates_and_edits_a_negotiation(client_editor):
    nato = PartyFactory(slug="nato")

    created = client_editor.post(
        "/registry/negotiations/new/", {"name": "Spring talks", "parties": [nato.pk]}
    )
    talks = Negotiation.objects.get()
    issue = IssueFactory(negotiation=talks, order=0)
    values = {"name": "Spring talks 2022", "slug": "spring", "version": "1"}
    edited = client_editor.post(
        "/registry/negotiations/spring-talks/",
        {**values, "parties": [nato.pk], f"issue-{issue.pk}": "3"},
    )

    assert created["Location"] == "/registry/negotiations/spring-talks/"
    assert edited["Location"] == "/registry/negotiations/spring/"
    issue.refresh_from_db()
    assert (Negotiation.objects.get().name, issue.order) == ("Spring talks 2022", 3)


def test_the_negotiation_page_lists_its_events_with_links(client_editor, talks):
    event = EventFactory(negotiation=talks, title="NATO–Russia Council")

    page = client_editor.get("/registry/negotiations/winter/").content.decode()

    assert f'href="/registry/events/{event.pk}/">NATO–Russia Council</a>' in page


def test_an_editor_adds_and_corrects_an_outlet(client_editor):
    client_editor.post("/registry/outlets/new/", {"name": "Interfax", "domain": "www.interfax.ru"})
    outlet = Source.objects.get()
    client_editor.post(
        f"/registry/outlets/{outlet.pk}/",
        {"name": "Interfax", "domain": "interfax.ru", "state_affiliated": "on"},
    )

    outlet.refresh_from_db()
    assert (outlet.domain, outlet.state_affiliated) == ("interfax.ru", True)


def test_a_taken_outlet_name_is_refused_on_the_form(client_editor):
    SourceFactory(name="Interfax")

    response = client_editor.post("/registry/outlets/new/", {"name": "interfax"})

    assert response.status_code == 400
    assert "There is already an outlet called" in response.content.decode()


def test_outlets_page_by_name(client_editor, settings, monkeypatch):
    monkeypatch.setattr("articles.queries.OUTLETS_PER_PAGE", 2)
    for name in ("Tass", "Interfax", "RT"):
        SourceFactory(name=name)

    first = client_editor.get("/registry/outlets/").context["page"]
    second = client_editor.get(f"/registry/outlets/?after={first['next_after']}").context["page"]

    assert [o.name for o in first["outlets"]] == ["Interfax", "RT"]
    assert ([o.name for o in second["outlets"]], second["next_after"]) == (["Tass"], None)


def test_events_page_by_date(client_editor, talks, monkeypatch):
    monkeypatch.setattr("positions.queries.catalogue.EVENTS_PER_PAGE", 2)
    for day in (10, 12, 13):
        EventFactory(negotiation=talks, happened_on=datetime.date(2022, 1, day))

    first = client_editor.get("/registry/events/?negotiation=winter").context["page"]
    after = first["next_after"]
    second = client_editor.get(f"/registry/events/?negotiation=winter&after={after}").context[
        "page"
    ]

    assert [e.happened_on.day for e in first["events"]] == [13, 12]
    assert [e.happened_on.day for e in second["events"]] == [10]


@pytest.mark.parametrize(
    "url",
    (
        "/registry/issues/new/",
        "/registry/events/new/",
        "/registry/negotiations/new/",
        "/registry/outlets/new/",
    ),
)
def test_analysts_cannot_add_to_the_registry(client_analyst, talks, url):
    response = client_analyst.post(f"{url}?negotiation=winter", {"name": "X", "title": "X"})

    assert response.status_code == 403
    assert not Issue.objects.exists() and not Event.objects.exists()
    assert list(Negotiation.objects.all()) == [talks] and not Source.objects.exists()


# --- Query counts -----------------------------------------------------------------------


def _fill(talks, n: int) -> None:
    """n of everything the registry lists: issues here and in another negotiation, parties,
    events with a party each, outlets."""
    for _ in range(n):
        party = PartyFactory()
        talks.negotiationparty_set.create(party=party)
        IssueFactory(negotiation=talks, keywords=["a", "b"])
        IssueFactory(negotiation=NegotiationFactory(with_parties=[party]))
        EventFactory(negotiation=talks).parties.add(party)
        SourceFactory()


@pytest.mark.parametrize("n", (1, 3))
@pytest.mark.parametrize(
    ("url", "queries"),
    (
        ("/registry/", 13),
        ("/registry/issues/", 10),
        ("/registry/events/?negotiation=winter", 8),
        ("/registry/outlets/", 8),
        ("/registry/negotiations/", 10),
    ),
)
def test_registry_lists_query_count_is_constant(
    client_editor, talks, n, url, queries, django_assert_num_queries
):
    _fill(talks, n)
    client_editor.get(url)

    with django_assert_num_queries(queries):
        client_editor.get(url)


@pytest.mark.parametrize("n", (1, 3))
def test_issue_page_query_count_is_constant(client_editor, talks, n, django_assert_num_queries):
    issue = IssueFactory(negotiation=talks)
    IssueFactory.create_batch(n, negotiation=talks)
    for step in range(n):
        client_editor.post(
            f"/registry/issues/{issue.pk}/",
            {"name": f"Name {step}", "slug": issue.slug, "version": str(step + 1)},
        )
    client_editor.get(f"/registry/issues/{issue.pk}/")

    with django_assert_num_queries(12):
        client_editor.get(f"/registry/issues/{issue.pk}/")
