"""Migration operations for indexes that databases migrated earlier may already have.

Parley once created some indexes with hand-written SQL in whichever app's migration
needed them; they are now declared in their model's Meta. Databases migrated back then
have them under the same names, fresh databases do not: these operations add an index
only where it is missing, with the SQL Django writes for the Meta declaration.
"""

from django.db import migrations


class AddIndexIfMissing(migrations.AddIndex):
    """AddIndex that leaves an existing index of the same name as it is."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state) -> None:
        model = to_state.apps.get_model(app_label, self.model_name)
        if _index_exists(schema_editor.connection, model._meta.db_table, self.index.name):
            return
        super().database_forwards(app_label, schema_editor, from_state, to_state)

    def describe(self) -> str:
        return f"{super().describe()}, unless it exists"


def _index_exists(connection, table: str, name: str) -> bool:
    with connection.cursor() as cursor:
        return name in connection.introspection.get_constraints(cursor, table)


class RunSQLOnPostgres(migrations.RunSQL):
    """RunSQL for what only PostgreSQL has (generated tsvector columns, GIN indexes).

    SQLite skips it: there the pages that would use it fall back to plain matching.
    """

    def database_forwards(self, app_label, schema_editor, from_state, to_state) -> None:
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state) -> None:
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
