from django.db import migrations

# Full-text search over what a quote says and who said it. The expression must match
# the one timeline.queries builds (SearchVector("speaker_name", "text", config="english")),
# or PostgreSQL will not use the index. SQLite has no such index: the timeline falls back
# to a plain substring match there.
INDEX_SQL = """
CREATE INDEX IF NOT EXISTS quote_search_idx ON positions_quote USING gin (
    to_tsvector('english'::regconfig, COALESCE(speaker_name, '') || ' ' || COALESCE(text, ''))
)
"""
DROP_SQL = "DROP INDEX IF EXISTS quote_search_idx"


def create_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(INDEX_SQL)


def drop_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_SQL)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0001_initial"),
        ("positions", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_search_index, drop_search_index)]
