import cProfile
import io
import pstats
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from config.celery import freeze_startup_objects
from devtools.benchmark.extraction import (
    TARGET_ARTICLES_PER_SECOND,
    fastest,
    file_articles,
    seed_articles,
    time_extraction,
    timing_report,
)
from devtools.demo import dossier
from devtools.demo.loader import SEEDS_DIR
from positions.extraction import ENGINE_BUILD, Registry
from positions.extraction.native import PLAIN_SWITCH
from positions.models import Negotiation
from positions.registry import load_registry

_PROFILE_ROWS = 25


class Command(BaseCommand):
    help = (
        "Time quote extraction (cleaning, then the engine) on one core, in articles a second; "
        f"the target is {TARGET_ARTICLES_PER_SECOND}. Uses the registry in the database, "
        "as extract_quotes does."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--articles", type=int, default=1000, help="How many articles to time (1,000)."
        )
        parser.add_argument(
            "--input",
            type=Path,
            help='A JSON-lines file of {"id", "text"} articles to time instead of articles '
            "of 5 KB made from the demo's seed articles.",
        )
        parser.add_argument("--seed", type=int, default=7, help="Shuffle of the seed paragraphs.")
        parser.add_argument(
            "--repeat",
            type=int,
            default=3,
            help="How many times to time the articles; the fastest run counts (3).",
        )
        parser.add_argument(
            "--profile",
            action="store_true",
            help="Also run the articles under cProfile and print the costliest functions.",
        )

    def handle(self, *args, articles: int, input: Path | None, seed: int, profile: bool, **options):
        if articles < 1:
            raise CommandError("--articles must be at least 1")
        if options["repeat"] < 1:
            raise CommandError("--repeat must be at least 1")
        texts = self._articles(articles, input, seed)
        try:
            registry = load_registry()
        except DatabaseError as problem:
            raise CommandError(
                "the database has no tables to read the registry from: run "
                "`python manage.py migrate` first (`make bench-extraction` does)"
            ) from problem
        self.stdout.write(f"registry      {_registry_label(registry)}")
        self.stdout.write(f"engine        {ENGINE_BUILD}")
        time_extraction(texts[:1], registry)  # warm-up: the registry's index, compiled patterns
        freeze_startup_objects()  # as a worker does once it has started
        runs = [time_extraction(texts, registry) for _ in range(options["repeat"])]
        self.stdout.write(timing_report(fastest(runs), runs if len(runs) > 1 else None))
        if profile:
            self.stdout.write(_profile(texts, registry))

    def _articles(self, count: int, input: Path | None, seed: int) -> list[str]:
        if input is None:
            self.stdout.write(
                f"input         {count:,} articles of 5 KB from the demo's seed articles' "
                f"paragraphs (seed {seed})"
            )
            return seed_articles(SEEDS_DIR, count, seed=seed)
        if not input.is_file():
            raise CommandError(f"no such input file: {input}")
        try:
            texts = file_articles(input, count)
        except ValueError as problem:  # json.JSONDecodeError is one too
            raise CommandError(str(problem)) from problem
        if not texts:
            raise CommandError(f"no articles in {input}")
        self.stdout.write(f"input         {len(texts):,} articles from {input}")
        return texts


def _registry_label(registry: Registry) -> str:
    sizes = (
        f"parties: {len(registry.parties)}, actors: {len(registry.actors)}, "
        f"issues: {len(registry.issues)}"
    )
    if Negotiation.objects.filter(slug=dossier.NEGOTIATION["slug"]).exists():
        return f"the demo's ({sizes})"
    if not (registry.parties or registry.actors or registry.issues):
        return "empty (no parties, actors or issues: load_demo fills the demo's)"
    return f"this database's ({sizes})"


def _profile(texts: list[str], registry: Registry) -> str:
    profiler = cProfile.Profile()
    profiler.runcall(time_extraction, texts, registry)
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    if ENGINE_BUILD.compiled:
        out.write(
            f"\nThe engine runs compiled: its functions show only as the calls into it. "
            f"Set {PLAIN_SWITCH}=1 to profile inside them (as plain Python).\n"
        )
    for order in ("tottime", "cumulative"):
        out.write(f"\nprofile, by {order} (times include the profiler's own overhead)\n")
        stats.sort_stats(order).print_stats(_PROFILE_ROWS)
    return out.getvalue()
