"""Time quote extraction as ingestion runs it: cleaning, then the engine, on one core.

Plain Python apart from the registry the caller passes in: the articles come from the
demo's seed articles (deterministic for a seed) or from a JSON-lines file.
"""

import json
import random
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from articles.parsing.cleaning import clean_text
from positions.extraction import Registry, extract_quotes

ARTICLE_CHARACTERS = 5_120  # a typical news article: 5 KB
TARGET_ARTICLES_PER_SECOND = 200


@dataclass(frozen=True)
class ExtractionTiming:
    articles: int
    kilobytes: float  # UTF-8 text, 1 KB = 1,024 bytes
    quotes: int
    cleaning_seconds: float
    extraction_seconds: float

    @property
    def seconds(self) -> float:
        return self.cleaning_seconds + self.extraction_seconds

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def kilobytes_per_second(self) -> float:
        return self.kilobytes / self.seconds if self.seconds else 0.0

    @property
    def cleaning_share(self) -> float:
        return self.cleaning_seconds / self.seconds if self.seconds else 0.0

    @property
    def meets_target(self) -> bool:
        return self.articles_per_second >= TARGET_ARTICLES_PER_SECOND


def seed_articles(seeds_dir: Path, count: int, *, seed: int) -> list[str]:
    """`count` articles of 5 KB, each the seed articles' paragraphs drawn in a shuffled order:
    news-like text of a fixed size that needs nothing from outside the repository."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(seeds_dir.glob("*.txt"))]
    paragraphs = [line for text in texts for line in text.split("\n") if line.strip()]
    if not paragraphs:
        raise ValueError(f"no seed articles in {seeds_dir}")
    draw = random.Random(seed)
    return [_article_from(paragraphs, draw) for _ in range(count)]


def _article_from(paragraphs: list[str], draw: random.Random) -> str:
    chosen: list[str] = []
    length = 0
    while length < ARTICLE_CHARACTERS:
        paragraph = draw.choice(paragraphs)
        chosen.append(paragraph)
        length += len(paragraph) + 1
    return "\n".join(chosen)[:ARTICLE_CHARACTERS]


def file_articles(path: Path, limit: int | None = None) -> list[str]:
    """The "text" of each {"id", "text"} line of a JSON-lines file (the first `limit` ones)."""
    articles = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if limit is not None and len(articles) >= limit:
                break
            if not line.strip():
                continue
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError(f'line {number} of {path} has no "text" string')
            articles.append(record["text"])
    return articles


def time_extraction(articles: Iterable[str], registry: Registry) -> ExtractionTiming:
    """Clean and extract each article in turn in this process, timing the two stages apart."""
    count = quotes = size = 0
    cleaning = extraction = 0.0
    clock = time.perf_counter
    for raw in articles:
        started = clock()
        clean = clean_text(raw)
        cleaned = clock()
        quotes += len(extract_quotes(clean.text, registry))
        extraction += clock() - cleaned
        cleaning += cleaned - started
        count += 1
        size += len(raw.encode("utf-8"))
    return ExtractionTiming(count, size / 1024, quotes, cleaning, extraction)


def fastest(timings: list[ExtractionTiming]) -> ExtractionTiming:
    """The run that counts among several of the same articles: as with timeit, other work on
    the machine only ever slows a run down, so the fastest is the least disturbed."""
    return min(timings, key=lambda timing: timing.seconds)


def timing_report(timing: ExtractionTiming, runs: list[ExtractionTiming] | None = None) -> str:
    result = "ok" if timing.meets_target else "MISS"
    each = "; ".join(f"{run.articles_per_second:,.1f}" for run in runs or ())
    runs_line = (f"runs          {each} articles/s (the fastest counts)",) if runs else ()
    return "\n".join(
        (
            *runs_line,
            f"articles/s    {timing.articles_per_second:,.1f}"
            f"  (target ≥ {TARGET_ARTICLES_PER_SECOND}: {result})",
            f"KB/s          {timing.kilobytes_per_second:,.1f}",
            f"articles      {timing.articles:,} ({timing.kilobytes:,.0f} KB in {timing.seconds:.2f} s)",
            f"quotes found  {timing.quotes:,}",
            f"time share    cleaning {timing.cleaning_share:.1%}, "
            f"extraction {1 - timing.cleaning_share:.1%}",
        )
    )
