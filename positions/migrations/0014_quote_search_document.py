from django.db import migrations

from config.schema import RunSQLOnPostgres

# What a quote is found by: who said it (weight A, so a search for a name ranks the person's
# own words first) and what was said (weight B). Stored and kept in step by PostgreSQL, so
# a search reads it instead of parsing every quote's text again. It replaces the expression
# index of migration 0004, which the timeline's text filter used before.
ADD_DOCUMENT = """
ALTER TABLE positions_quote ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, COALESCE(speaker_name, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, COALESCE(text, '')), 'B')
) STORED;
CREATE INDEX quote_document_idx ON positions_quote USING gin (search_document);
DROP INDEX IF EXISTS quote_search_idx;
"""
DROP_DOCUMENT = """
CREATE INDEX IF NOT EXISTS quote_search_idx ON positions_quote USING gin (
    to_tsvector('english'::regconfig, COALESCE(speaker_name, '') || ' ' || COALESCE(text, ''))
);
ALTER TABLE positions_quote DROP COLUMN search_document;
"""


class Migration(migrations.Migration):
    """A stored full-text document on quotes, with its GIN index (PostgreSQL only)."""

    dependencies = [
        ("positions", "0013_issue_event_negotiation_versions"),
    ]

    operations = [RunSQLOnPostgres(ADD_DOCUMENT, DROP_DOCUMENT)]
