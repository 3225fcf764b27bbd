"""Write synthetic rows into PostgreSQL with COPY, and empty Parley's tables fast.

Rows go in with explicit ids through COPY, never through the ORM: a million saves take
an hour, a million COPY rows take seconds. The migrations' indexes and constraints stay
as they are, so the benchmark measures the schema that production runs.
"""

from collections import Counter
from collections.abc import Callable

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection
from django.db.models import NOT_PROVIDED, Model

from articles.models import Article, Source
from devtools.benchmark.synthetic import Batch, Scale, synthetic_batches
from positions.models import Actor, Negotiation, Party, Quote

PARLEY_APPS = ("articles", "positions", "timeline")


def parley_models() -> list[type[Model]]:
    """Every table Parley's apps own, many-to-many tables included."""
    return [
        model
        for label in PARLEY_APPS
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
    ]


def parley_holdings() -> list[str]:
    """The kinds of Parley data the database already holds (none: an empty database)."""
    models = {
        "articles": Article,
        "quotes": Quote,
        "parties": Party,
        "sources": Source,
        "actors": Actor,
        "negotiations": Negotiation,
    }
    return [name for name, model in models.items() if model.objects.exists()]


def parley_tables_empty() -> None:
    """Empty every Parley table at once and restart their ids; users and groups stay."""
    tables = ", ".join(connection.ops.quote_name(m._meta.db_table) for m in parley_models())
    with connection.cursor() as cursor:
        # Rows written earlier in this transaction (a history record's deferred foreign key
        # to its user, say) leave checks pending, and PostgreSQL will not truncate under them.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")


def bench_fill(
    scale: Scale, *, seed: int, user_id: int | None, on_quotes: Callable[[int], None]
) -> Counter:
    """Load the synthetic corpus, then move each id sequence past the ids it used.

    Calls `on_quotes(n)` after each batch of n quotes; returns the rows written by model.
    """
    written: Counter = Counter()
    with connection.cursor() as cursor:
        for batch in synthetic_batches(scale, seed=seed, user_id=user_id):
            written[batch.model] += batch_copy(cursor, batch)
            if batch.model == "positions.Quote":
                on_quotes(len(batch.rows))
        for statement in connection.ops.sequence_reset_sql(no_style(), parley_models()):
            cursor.execute(statement)
    return written


def batch_copy(cursor, batch: Batch) -> int:
    """COPY one batch into its table; fields the batch leaves out get their model default."""
    model = apps.get_model(batch.model)
    columns, defaults = _columns_and_defaults(model, batch.fields)
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    table = connection.ops.quote_name(model._meta.db_table)
    with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        if defaults:
            for row in batch.rows:
                copy.write_row(row + defaults)
        else:
            for row in batch.rows:
                copy.write_row(row)
    return len(batch.rows)


def _columns_and_defaults(model: type[Model], fields: tuple[str, ...]) -> tuple[list, tuple]:
    opts = model._meta
    columns = [opts.get_field(name).column for name in fields]
    defaults = []
    for field in opts.concrete_fields:
        if field.attname in fields or field.primary_key or field.db_default is not NOT_PROVIDED:
            continue
        value = field.get_db_prep_save(field.get_default(), connection)
        if value is None:
            if field.null:
                continue
            raise RuntimeError(
                f"The benchmark does not fill {opts.label}.{field.name}, which has no default: "
                "add it to devtools/benchmark/synthetic.py."
            )
        columns.append(field.column)
        defaults.append(value)
    return columns, tuple(defaults)


def tables_vacuum_analyze() -> str:
    """Leave the tables as a deployment's would be once autovacuum has passed: statistics for
    the planner, and the visibility map that lets index-only scans skip the table.

    VACUUM cannot run inside a transaction (a test's, say); ANALYZE alone then. Returns
    which of the two ran.
    """
    tables = ", ".join(connection.ops.quote_name(m._meta.db_table) for m in parley_models())
    command = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
    with connection.cursor() as cursor:
        cursor.execute(f"{command} {tables}")
    return command
