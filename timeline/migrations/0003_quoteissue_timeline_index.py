from django.db import migrations

# The timeline filtered by one issue walks that quote links newest first; the
# copies of party, stance and review state ride along in the index, so the filters on
# them need no visit to the table. PostgreSQL only (SQLite has no INCLUDE, and its
# databases are small enough without).
INDEX_SQL = """
CREATE INDEX IF NOT EXISTS quoteissue_timeline_idx ON positions_quoteissue
    (issue_id, said_on DESC, quote_id DESC) INCLUDE (party_id, stance, review_state)
"""
DROP_SQL = "DROP INDEX IF EXISTS quoteissue_timeline_idx"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(INDEX_SQL)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_SQL)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0002_quote_search_index"),
        ("positions", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
