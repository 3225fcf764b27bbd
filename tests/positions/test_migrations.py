"""A database migrated before Event moved to positions, and before the article–negotiation
link was declared on Negotiation, keeps its rows and its indexes when migrated forward."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from articles.models import Article
from positions.models import Event, Negotiation

# Where every app stood before the move.
BEFORE = [
    ("articles", "0002_initial"),
    ("positions", "0002_matrix_indexes"),
    ("timeline", "0004_quote_party_cover_index"),
]
# The indexes earlier migrations made with SQL, as they made them, by database.
EARLIER_INDEX_SQL = {
    "sqlite": [
        "CREATE INDEX article_withdrawn_idx ON articles_article (id) WHERE withdrawn_at IS NOT NULL",
    ],
    "postgresql": [
        "CREATE INDEX article_withdrawn_idx ON articles_article (id) WHERE withdrawn_at IS NOT NULL",
        "CREATE INDEX quote_search_idx ON positions_quote USING gin (to_tsvector('english'::regconfig,"
        " COALESCE(speaker_name, '') || ' ' || COALESCE(text, '')))",
        "CREATE INDEX quoteissue_timeline_idx ON positions_quoteissue"
        " (issue_id, said_on DESC, quote_id DESC) INCLUDE (party_id, stance, review_state)",
        "CREATE INDEX quote_party_cover_idx ON positions_quote"
        " (party_id, said_on DESC, id DESC) INCLUDE (article_id, stance, kind, review_state)",
    ],
}

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def earlier_apps():
    """The database migrated back to where it stood before the move; migrated forward again
    after the test whatever happens, so the tests after it find today's schema."""
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    try:
        yield executor.loader.project_state(BEFORE).apps
    finally:
        _migrate_to_latest()


def _migrate_to_latest() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def _index_names(table: str) -> set[str]:
    with connection.cursor() as cursor:
        return set(connection.introspection.get_constraints(cursor, table))


def test_events_and_article_links_are_found_through_the_new_models(earlier_apps):
    old_negotiation = earlier_apps.get_model("positions", "Negotiation")
    old_party = earlier_apps.get_model("positions", "Party")
    old_event = earlier_apps.get_model("timeline", "Event")
    old_article = earlier_apps.get_model("articles", "Article")
    talks = old_negotiation.objects.create(name="NATO–Russia talks", slug="talks")
    nato = old_party.objects.create(name="NATO", slug="nato")
    council = old_event.objects.create(
        negotiation=talks, title="NATO–Russia Council", happened_on=datetime.date(2022, 1, 12)
    )
    council.parties.add(nato)
    article = old_article.objects.create(url="https://example.org/no-veto")
    article.negotiations.add(talks)
    event_type = ContentType.objects.get(app_label="timeline", model="event").pk

    _migrate_to_latest()

    event = Event.objects.get()
    assert (event.title, event.negotiation.slug, [p.slug for p in event.parties.all()]) == (
        "NATO–Russia Council",
        "talks",
        ["nato"],
    )
    moved = Article.objects.get(url="https://example.org/no-veto")
    assert [n.slug for n in moved.negotiations.all()] == ["talks"]
    assert list(Negotiation.objects.get(slug="talks").articles.all()) == [moved]
    assert ContentType.objects.get(app_label="positions", model="event").pk == event_type


def test_indexes_earlier_migrations_made_are_kept(earlier_apps):
    statements = EARLIER_INDEX_SQL[connection.vendor]
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)

    _migrate_to_latest()

    found = _index_names("articles_article") | _index_names("positions_quote")
    found |= _index_names("positions_quoteissue")
    # The expression index on quotes gives way to the stored search document's (0011).
    made_earlier = {statement.split()[2] for statement in statements} - {"quote_search_idx"}
    assert made_earlier <= found
    if connection.vendor == "postgresql":
        assert {"quote_document_idx", "article_document_idx"} <= found
        assert "quote_search_idx" not in found
    assert {"article_withdrawn_idx", "quoteissue_timeline_idx", "quote_party_cover_idx"} <= found
