from django.db import migrations

from config.schema import RunSQLOnPostgres

# What an article is found by: its headline (weight A) and the first 100,000 characters of
# its text (weight B; PostgreSQL caps a tsvector at 1 MB, and a news story is far shorter).
ADD_DOCUMENT = """
ALTER TABLE articles_article ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, COALESCE(title, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, LEFT(COALESCE(body, ''), 100000)), 'B')
) STORED;
CREATE INDEX article_document_idx ON articles_article USING gin (search_document);
"""
DROP_DOCUMENT = "ALTER TABLE articles_article DROP COLUMN search_document;"


class Migration(migrations.Migration):
    """A stored full-text document on articles, with its GIN index (PostgreSQL only)."""

    dependencies = [
        ("articles", "0008_article_quotes_note"),
    ]

    operations = [RunSQLOnPostgres(ADD_DOCUMENT, DROP_DOCUMENT)]
