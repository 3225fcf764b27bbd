"""The registry built from the database."""

from datetime import date

import pytest

from positions.registry import load_registry
from tests.factories import ActorFactory, IssueFactory, OfficeFactory, PartyFactory


@pytest.mark.django_db
@pytest.mark.parametrize("n", (1, 3))
def test_load_registry_query_count_is_constant(n, django_assert_num_queries):
    for _ in range(n):
        OfficeFactory()
        IssueFactory()

    with django_assert_num_queries(4):
        registry = load_registry()

    assert (len(registry.actors), len(registry.issues)) == (n, n)


@pytest.mark.django_db
def test_load_registry_carries_aliases_offices_and_keywords():
    nato = PartyFactory(slug="nato", name="NATO", aliases=["the alliance"])
    actor = ActorFactory(name="Jens Stoltenberg", aliases=["Stoltenberg"])
    OfficeFactory(actor=actor, party=nato, title="Secretary General", starts_on=date(2014, 10, 1))
    IssueFactory(slug="arms-control", keywords=["missiles"])

    registry = load_registry()

    (loaded,) = registry.actors
    assert (loaded.key, loaded.aliases, loaded.offices[0].party_slug) == (
        actor.pk,
        ("Stoltenberg",),
        "nato",
    )
    assert registry.parties[0].aliases == ("the alliance",)
    assert registry.issues[0].keywords == ("missiles",)


@pytest.mark.django_db
def test_load_registry_merges_issues_sharing_a_slug():
    IssueFactory(slug="arms-control", keywords=["missiles"])
    IssueFactory(slug="arms-control", keywords=["missiles", "INF"])

    registry = load_registry()

    assert [(i.slug, i.keywords) for i in registry.issues] == [
        ("arms-control", ("missiles", "INF"))
    ]
