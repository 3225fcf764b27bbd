from django.db import migrations, models

from config.schema import AddIndexIfMissing

# Full-text search over what a quote says and who said it. The expression must match the
# one timeline's queries build (SearchVector("speaker_name", "text", config="english")), or
# PostgreSQL will not use the index. SQLite has no such index: the timeline falls back to a
# plain substring match there. Django's Meta cannot declare a GIN index that SQLite skips,
# so this one stays here, in SQL.
SEARCH_INDEX_SQL = """
CREATE INDEX IF NOT EXISTS quote_search_idx ON positions_quote USING gin (
    to_tsvector('english'::regconfig, COALESCE(speaker_name, '') || ' ' || COALESCE(text, ''))
)
"""
DROP_SEARCH_INDEX_SQL = "DROP INDEX IF EXISTS quote_search_idx"


def create_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(SEARCH_INDEX_SQL)


def drop_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_SEARCH_INDEX_SQL)


class Migration(migrations.Migration):
    """The quote indexes timeline's 0002–0004 used to create with SQL, made here where they
    are missing; the two covering ones are declared in the models' Meta now."""

    dependencies = [
        ("positions", "0003_event_and_article_links"),
    ]

    operations = [
        migrations.RunPython(create_search_index, drop_search_index),
        AddIndexIfMissing(
            model_name="quoteissue",
            index=models.Index(fields=["issue", "-said_on", "-quote"], include=("party", "stance", "review_state"), name="quoteissue_timeline_idx"),
        ),
        AddIndexIfMissing(
            model_name="quote",
            index=models.Index(fields=["party", "-said_on", "-id"], include=("article", "stance", "kind", "review_state"), name="quote_party_cover_idx"),
        ),
    ]
