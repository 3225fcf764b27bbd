from django.db import migrations

# The per-party counts beside the timeline's filters read up to a thousand quotes of each
# party; with the columns those filters test carried in the index, PostgreSQL reads them
# from the index alone. PostgreSQL only (SQLite has no INCLUDE).
INDEX_SQL = """
CREATE INDEX IF NOT EXISTS quote_party_cover_idx ON positions_quote
    (party_id, said_on DESC, id DESC) INCLUDE (article_id, stance, kind, review_state)
"""
DROP_SQL = "DROP INDEX IF EXISTS quote_party_cover_idx"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(INDEX_SQL)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_SQL)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0003_quoteissue_timeline_index"),
        ("positions", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
