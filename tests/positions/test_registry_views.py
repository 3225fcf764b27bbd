"""The registry's pages for editors: actors, offices, merges, parties, and the picker."""

import datetime

import pytest

from positions.models import Actor, Office, Party, Quote
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    OfficeFactory,
    PartyFactory,
    QuoteFactory,
)

HTMX = {"HX-Request": "true"}


@pytest.fixture
def russia(db):
    return PartyFactory(name="Russia", slug="russia", colour="#8a1c2b")


# --- Who may use it ------------------------------------------------------------------


def test_analysts_are_refused_every_registry_write(client_analyst, russia):
    actor = OfficeFactory(party=russia).actor
    office = actor.offices.get()
    writes = {
        "/registry/actors/new/": {"new-actor-name": "Someone", "new-actor-kind": "official"},
        f"/registry/actors/{actor.pk}/": {"name": "X", "kind": "official", "version": 1},
        f"/registry/actors/{actor.pk}/offices/new/": {"office-new-office_title": "Envoy"},
        f"/registry/actors/{actor.pk}/offices/{office.pk}/": {
            f"office-{office.pk}-office_title": "X"
        },
        f"/registry/actors/{actor.pk}/offices/{office.pk}/remove/": {},
        f"/registry/actors/{actor.pk}/merge/": {"merge-absorb": actor.pk, "merge-version": 1},
        "/registry/parties/russia/edit/": {"name": "X", "colour": "#000000"},
    }

    answers = {url: client_analyst.post(url, data).status_code for url, data in writes.items()}

    assert answers == dict.fromkeys(writes, 403)
    assert (Actor.objects.get().name, Office.objects.count(), Party.objects.get().name) == (
        actor.name,
        1,
        "Russia",
    )


def test_the_registry_link_is_in_the_header_for_editors(client_editor):
    page = client_editor.get("/").content.decode()

    assert '<li><a href="/registry/">Registry</a></li>' in page


def test_analysts_see_no_registry_link(client_analyst):
    page = client_analyst.get("/").content.decode()

    assert "/registry/" not in page


# --- The list of actors ------------------------------------------------------------------


def test_the_actor_list_finds_actors_by_name_alias_or_later_word(client_editor, russia):
    stoltenberg = ActorFactory(name="Jens Stoltenberg", aliases=["NATO chief"])
    ActorFactory(name="Sergey Lavrov")

    by_word = client_editor.get("/registry/actors/", {"q": "stolt"})
    by_alias = client_editor.get("/registry/actors/", {"q": "nato ch"}, headers=HTMX)

    assert [a.pk for a in by_word.context["page"].actors] == [stoltenberg.pk]
    assert by_alias.content.decode().count('href="/registry/actors/') == 1
    assert f'href="/registry/actors/{stoltenberg.pk}/"' in by_alias.content.decode()
    assert by_alias["Vary"] == "HX-Request, Cookie"


def test_the_actor_list_is_read_a_page_at_a_time(client_editor, monkeypatch):
    monkeypatch.setattr("positions.queries.actors.ACTORS_PAGE", 2)
    names = ["Ada", "Bea", "Cy", "Di", "Ed"]
    for name in names:
        ActorFactory(name=name)

    seen, after = [], ""
    for _ in range(3):
        page = client_editor.get("/registry/actors/", {"after": after}).context["page"]
        seen += [actor.name for actor in page.actors]
        after = page.next_after or ""

    assert (seen, after) == (names, "")


@pytest.mark.parametrize("n", (1, 3))
def test_the_actor_list_query_count_is_constant(
    client_editor, russia, n, django_assert_num_queries
):
    for _ in range(n):
        QuoteFactory(actor=OfficeFactory(party=russia).actor)

    # The session, the user and their permissions, the header, the actors, their offices.
    with django_assert_num_queries(9):
        response = client_editor.get("/registry/actors/", {"q": "actor"})

    assert len(response.context["page"].actors) == n


# --- The picker ---------------------------------------------------------------------


def test_the_picker_suggests_by_alias_and_says_how_many_quotes_each_has(client_editor, russia):
    grushko = OfficeFactory(actor__name="Alexander Grushko", party=russia).actor
    grushko.aliases = ["Deputy FM"]
    grushko.save()
    QuoteFactory(actor=grushko)

    response = client_editor.get("/registry/actors/pick/", {"q": "deputy", "create": "1"})

    content = response.content.decode()
    assert [a.pk for a in response.context["actors"]] == [grushko.pk]
    assert f'data-actor-id="{grushko.pk}"' in content and 'data-quotes="1"' in content
    assert "Create “deputy”…" in content


def test_the_picker_offers_no_creation_for_a_name_it_knows(client_editor):
    ActorFactory(name="Wendy Sherman")

    response = client_editor.get("/registry/actors/pick/", {"q": "wendy sherman", "create": "1"})

    assert response.context["offer_create"] is False


@pytest.mark.parametrize("n", (1, 3))
def test_the_picker_query_count_is_constant(client_editor, russia, n, django_assert_num_queries):
    for i in range(n):
        QuoteFactory(actor=OfficeFactory(actor__name=f"Envoy {i}", party=russia).actor)

    # Session, user, permissions (2), the exact-name check, ranks, actors, their offices.
    with django_assert_num_queries(8):
        response = client_editor.get("/registry/actors/pick/", {"q": "env", "create": "1"})

    assert len(response.context["actors"]) == n


# --- Creating an actor -----------------------------------------------------------------


def test_a_new_actor_page_starts_from_the_name_typed(client_editor):
    response = client_editor.get("/registry/actors/new/", {"name": "Karen Donfried"})

    assert response.context["form"]["name"].value() == "Karen Donfried"


def test_creating_an_actor_from_the_picker_picks_them(client_editor, russia):
    data = {
        "new-actor-name": "Maria Zakharova",
        "new-actor-kind": "spokesperson",
        "new-actor-party": russia.pk,
        "new-actor-office_title": "Spokeswoman",
        "new-actor-aliases": "Zakharova, Maria Vladimirovna",
    }

    response = client_editor.post("/registry/actors/new/?picker=1", data, headers=HTMX)

    actor = Actor.objects.get()
    assert response.status_code == 200
    assert response["HX-Trigger"] == (
        f'{{"actorCreated": {{"id": {actor.pk}, "name": "Maria Zakharova"}}}}'
    )
    assert (actor.aliases, actor.offices.get().party) == (
        ["Zakharova", "Maria Vladimirovna"],
        russia,
    )


def test_creating_an_actor_with_a_taken_name_answers_with_words(client_editor):
    ActorFactory(name="Sergey Lavrov")
    data = {"new-actor-name": "Sergey Lavrov", "new-actor-kind": "official"}

    response = client_editor.post("/registry/actors/new/?picker=1", data, headers=HTMX)

    assert response.status_code == 400
    assert "already in the registry" in response.content.decode()
    assert Actor.objects.count() == 1


# --- One actor's page --------------------------------------------------------------


def test_an_edit_over_someone_elses_is_refused_with_their_change_shown(client_editor):
    actor = ActorFactory(name="Wendy Sherman")
    stale = {"name": "Wendy R. Sherman", "kind": "official", "aliases": "", "version": 1}
    client_editor.post(f"/registry/actors/{actor.pk}/", {**stale, "aliases": "Sherman"})

    response = client_editor.post(f"/registry/actors/{actor.pk}/", stale)

    actor.refresh_from_db()
    assert response.status_code == 409
    assert "Someone saved this actor first" in response.content.decode()
    assert response.context["form"]["version"].value() == 2
    assert (actor.name, actor.aliases) == ("Wendy R. Sherman", ["Sherman"])


def test_an_office_ending_before_it_starts_is_refused_in_words(client_editor, russia):
    actor = ActorFactory()
    data = {
        "office-new-office_title": "Envoy",
        "office-new-party": russia.pk,
        "office-new-starts_on": "2022-02-01",
        "office-new-ends_on": "2022-01-01",
    }

    response = client_editor.post(f"/registry/actors/{actor.pk}/offices/new/", data)

    assert response.status_code == 400
    assert "An office cannot end before it starts" in response.content.decode()
    assert actor.offices.count() == 0


def test_an_office_added_on_the_page_moves_the_party_of_their_quotes(client_editor, russia):
    actor = ActorFactory()
    quote = QuoteFactory(actor=actor, said_on=datetime.date(2022, 1, 12))
    data = {"office-new-office_title": "Envoy", "office-new-party": russia.pk}

    response = client_editor.post(f"/registry/actors/{actor.pk}/offices/new/", data)

    quote.refresh_from_db()
    assert response.status_code == 302
    assert quote.party == russia


def test_a_merge_by_typed_name_works_without_the_script(client_editor, russia):
    keep = ActorFactory(name="Alexander Grushko")
    absorb = ActorFactory(name="A. Grushko")
    quote = QuoteFactory(actor=absorb)
    data = {"merge-absorb_name": "a. grushko", "merge-reason": "Same man", "merge-version": 1}

    response = client_editor.post(f"/registry/actors/{keep.pk}/merge/", data)

    quote.refresh_from_db()
    assert response.status_code == 302
    assert (quote.actor, Actor.objects.filter(pk=absorb.pk).exists()) == (keep, False)


def test_a_merge_into_the_same_actor_is_refused_on_the_page(client_editor):
    actor = ActorFactory(name="Alexander Grushko")
    data = {
        "merge-absorb": actor.pk,
        "merge-absorb_name": actor.name,
        "merge-reason": "Oops",
        "merge-version": 1,
    }

    response = client_editor.post(f"/registry/actors/{actor.pk}/merge/", data)

    assert response.status_code == 400
    assert "cannot be merged into themselves" in response.content.decode()


def test_the_actor_page_shows_history_with_a_revert(client_editor):
    actor = ActorFactory(name="Wendy Sherman")
    client_editor.post(
        f"/registry/actors/{actor.pk}/",
        {"name": actor.name, "kind": "expert", "aliases": "", "version": 1, "reason": "Retired"},
    )

    page = client_editor.get(f"/registry/actors/{actor.pk}/").content.decode()
    record = actor.history.first()
    reverted = client_editor.post(f"/actors/{actor.pk}/history/{record.history_id}/revert/")

    actor.refresh_from_db()
    assert f"/actors/{actor.pk}/history/{record.history_id}/revert/" in page
    assert "Retired" in page
    assert (reverted.status_code, actor.kind) == (302, "official")


# --- Parties ---------------------------------------------------------------------------


def test_a_party_colour_is_saved_from_the_colour_picker(client_editor, russia):
    data = {"name": "Russia", "colour": "#CC0000", "aliases": "Moscow\nKremlin", "reason": ""}

    response = client_editor.post("/registry/parties/russia/edit/", data)

    russia.refresh_from_db()
    assert response.status_code == 302
    assert (russia.colour, russia.aliases) == ("#cc0000", ["Moscow", "Kremlin"])


def test_a_party_colour_that_is_not_rrggbb_is_refused_in_words(client_editor, russia):
    data = {"name": "Russia", "colour": "crimson", "aliases": ""}

    response = client_editor.post("/registry/parties/russia/edit/", data)

    russia.refresh_from_db()
    assert response.status_code == 400
    assert "Give a colour as #rrggbb." in response.content.decode()
    assert russia.colour == "#8a1c2b"


@pytest.mark.parametrize("n", (1, 3))
def test_the_party_list_query_count_is_constant(client_editor, n, django_assert_num_queries):
    PartyFactory.create_batch(n)

    # Session, user, permissions (2), parties, the header's negotiations and preferences.
    with django_assert_num_queries(8):
        response = client_editor.get("/registry/parties/")

    assert len(response.context["page"].parties) == n


# --- The picker in the quote editor -----------------------------------------------------


def _quote_form(quote, **changes) -> dict:
    prefix = f"quote-{quote.pk}-"
    values = {
        "stance": quote.stance,
        "kind": quote.kind,
        "said_on": quote.said_on.isoformat(),
        "start": quote.start,
        "end": quote.end,
        "version": quote.version,
        **changes,
    }
    return {prefix + name: value for name, value in values.items()}


def test_the_quote_editor_takes_a_typed_speaker_without_the_script(client_editor, russia):
    sherman = ActorFactory(name="Wendy Sherman")
    other = ActorFactory(name="Antony Blinken")
    quote = QuoteFactory(article=ArticleFactory(), actor=other)

    # The hidden id still names the old speaker: the typed name wins.
    form = _quote_form(quote, actor=other.pk, actor_name="wendy sherman")
    response = client_editor.post(f"/quotes/{quote.pk}/edit/", form)

    quote.refresh_from_db()
    assert response.status_code == 302
    assert quote.actor == sherman


def test_the_quote_editor_refuses_a_speaker_nobody_is_called(client_editor):
    quote = QuoteFactory()

    response = client_editor.post(
        f"/quotes/{quote.pk}/edit/", _quote_form(quote, actor="", actor_name="Nobody Known")
    )

    assert response.status_code == 400
    assert "No actor is called “Nobody Known”" in response.content.decode()
    assert Quote.objects.get().version == 1


def test_an_emptied_speaker_box_means_an_unknown_speaker(client_editor):
    actor = ActorFactory(name="Wendy Sherman")
    quote = QuoteFactory(actor=actor)

    client_editor.post(
        f"/quotes/{quote.pk}/edit/", _quote_form(quote, actor=actor.pk, actor_name="  ")
    )

    quote.refresh_from_db()
    assert quote.actor is None
