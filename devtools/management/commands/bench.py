import logging
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.test.utils import override_settings

from devtools.benchmark.loading import (
    bench_fill,
    parley_holdings,
    parley_tables_empty,
    tables_vacuum_analyze,
)
from devtools.benchmark.measuring import (
    WARM_UPS,
    bench_pages,
    bench_subjects,
    bench_user,
    page_time,
)
from devtools.benchmark.progress import ProgressBar
from devtools.benchmark.report import timings_table
from devtools.benchmark.synthetic import scale_for


class Command(BaseCommand):
    help = (
        "Fill the PostgreSQL database DATABASE_URL names with synthetic Parley data at scale "
        "(deterministic for a seed), then time each page and its main SQL query."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--quotes", type=int, default=100_000, help="Quotes to make (articles: a tenth)."
        )
        parser.add_argument(
            "--reset", action="store_true", help="Empty Parley's tables first (TRUNCATE)."
        )
        parser.add_argument(
            "--repeat", type=int, default=20, help="Timed requests per page (after warm-ups)."
        )
        parser.add_argument(
            "--skip-fill",
            action="store_true",
            help="Measure the benchmark data already in the database.",
        )
        parser.add_argument("--seed", type=int, default=1, help="Seed of the synthetic data.")

    def handle(self, *args, quotes, reset, repeat, skip_fill, seed, verbosity, **options) -> None:
        if connection.vendor != "postgresql":
            raise CommandError(
                f"The benchmark needs PostgreSQL, and this database is {connection.vendor}: "
                "set DATABASE_URL=postgres://user@host:5432/name, naming a database of its own."
            )
        if quotes < 1 or repeat < 1:
            raise CommandError("--quotes and --repeat must be at least 1.")
        if skip_fill and reset:
            raise CommandError("--skip-fill measures the data that --reset would remove: pick one.")
        _migrate_if_needed()
        if not skip_fill:
            self._fill(quotes=quotes, reset=reset, seed=seed)
        subjects = bench_subjects()
        if subjects is None:
            raise CommandError("This database holds no benchmark data: run without --skip-fill.")
        self.stdout.write(
            f"Timing each page: {WARM_UPS} warm-ups, then {repeat} requests, signed in as "
            f"an admin, negotiation={subjects.negotiation}."
        )
        client = Client(raise_request_exception=True)
        # Requests go through the whole middleware stack as a deployment runs it: DEBUG
        # off (no query log growing) and the test client's host allowed.
        with (
            override_settings(DEBUG=False, ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"]),
            _quiet_request_errors(),
        ):
            client.force_login(bench_user())
            timings = [
                page_time(client, page, repeat=repeat) for page in bench_pages(client, subjects)
            ]
        self.stdout.write(timings_table(timings))
        self.stdout.write(
            "Server time through Django's test client; SQL ms is the page's slowest query run "
            "alone. A page misses (MISS) when its median is over its target."
        )
        if verbosity >= 2:
            for timing in timings:
                self.stdout.write(f"{timing.label}: {timing.url or '(no address)'}")

    def _fill(self, *, quotes: int, reset: bool, seed: int) -> None:
        held = parley_holdings()
        if held and not reset:
            raise CommandError(
                f"This database already holds Parley data ({', '.join(held)}). "
                "Pass --reset to empty Parley's tables first, or --skip-fill to measure it as is."
            )
        started = time.monotonic()
        if reset:
            parley_tables_empty()
        scale = scale_for(quotes)
        self.stdout.write(
            f"Filling: {scale.quotes:,} quotes, {scale.articles:,} articles, "
            f"{scale.actors:,} actors, {scale.parties} parties, {scale.issues} issues (seed {seed})."
        )
        progress = ProgressBar(self._stderr_as_is, total=scale.quotes, unit="quotes")
        written = bench_fill(scale, seed=seed, user_id=bench_user().pk, on_quotes=progress.advance)
        progress.finish()
        loaded = time.monotonic()
        afterwards = tables_vacuum_analyze()
        finished = time.monotonic()
        self.stdout.write(
            f"Filled in {finished - started:.1f} s ({loaded - started:.1f} s loading, "
            f"{finished - loaded:.1f} s {afterwards}): {sum(written.values()):,} rows in "
            f"{len(written)} tables."
        )

    def _stderr_as_is(self, text: str) -> None:
        self.stderr.write(text, ending="")
        self.stderr.flush()


@contextmanager
def _quiet_request_errors() -> Iterator[None]:
    """A page that fails reads "error" in the table; its traceback would bury the table."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            # Collected static files exist only in production builds; pages need none here.
            warnings.filterwarnings("ignore", "No directory at", UserWarning)
            yield
    finally:
        logger.setLevel(level)


def _migrate_if_needed() -> None:
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", interactive=False, verbosity=0)
