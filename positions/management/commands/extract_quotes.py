"""python manage.py extract_quotes IN.jsonl OUT.jsonl

Reads {"id", "text"} lines, cleans each text as ingestion does, extracts its quotes and
writes one {"id", "quotes"} line per input line, offsets mapped back onto the input text.
"""

import json
import time
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser, OutputWrapper

from articles.parsing.cleaning import clean_text
from positions.extraction import ExtractedQuote, Registry, extract_quotes
from positions.registry import load_registry

# Inputs at least this big get a progress bar even when stderr is not a terminal.
_LARGE_INPUT_BYTES = 1_000_000
_REDRAW_EVERY_SECONDS = 0.25
_LOG_EVERY_SECONDS = 5.0


class BadLine(ValueError):
    """An input line the command cannot use; its message goes to stderr and the output."""


class Command(BaseCommand):
    help = "Extract quotes from a JSON-lines file of articles into a JSON-lines file of quotes."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("input", type=Path, help='JSON lines: {"id": …, "text": …}')
        parser.add_argument("output", type=Path, help='JSON lines: {"id": …, "quotes": […]}')

    def handle(self, *args, input: Path, output: Path, **options) -> None:
        if not input.is_file():
            raise CommandError(f"no such input file: {input}")
        registry = load_registry()
        progress = _Progress(self.stderr, input.stat().st_size)
        errors = 0
        with (
            input.open(encoding="utf-8", errors="replace") as lines,
            output.open("w", encoding="utf-8") as out,
        ):
            for number, line in enumerate(lines, start=1):
                record = _process_line(line, number, registry)
                if "error" in record:
                    errors += 1
                    self.stderr.write(f"line {number}: {record['error']}")
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                progress.advance(len(line.encode("utf-8")), number)
        progress.finish()
        if errors:
            self.stderr.write(f"{errors} line(s) could not be processed.")


def _process_line(line: str, number: int, registry: Registry) -> dict:
    fallback_id = f"line-{number}"
    try:
        record = _parse(line)
    except BadLine as problem:
        return {"id": fallback_id, "quotes": [], "error": str(problem)}
    article_id = record.get("id", fallback_id)
    try:
        text = _text_of(record)
        said_on = _date_of(record)
    except BadLine as problem:
        return {"id": article_id, "quotes": [], "error": str(problem)}
    try:
        quotes = _quotes(text, registry, said_on)
    except Exception as problem:  # one article the engine chokes on must not stop the run
        return {"id": article_id, "quotes": [], "error": f"extraction failed: {problem!r}"}
    return {"id": article_id, "quotes": quotes}


def _parse(line: str) -> dict:
    if not line.strip():
        raise BadLine("empty line")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as problem:
        raise BadLine(f"not JSON ({problem.msg})") from problem
    if not isinstance(record, dict):
        raise BadLine("not a JSON object")
    return record


def _text_of(record: dict) -> str:
    text = record.get("text")
    if not isinstance(text, str):
        raise BadLine('no "text" string')
    return text


def _date_of(record: dict) -> date | None:
    """An optional "date" (ISO) tells which office an actor held when speaking."""
    value = record.get("date")
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as problem:
        raise BadLine(f'"date" is not an ISO date: {value!r}') from problem


def _quotes(raw: str, registry: Registry, said_on: date | None) -> list[dict]:
    clean = clean_text(raw)
    return [
        _quote_record(quote, clean.to_raw(quote.start), clean.to_raw(quote.end - 1) + 1)
        for quote in extract_quotes(clean.text, registry, said_on=said_on)
    ]


def _quote_record(quote: ExtractedQuote, start: int, end: int) -> dict:
    return {
        "text": quote.text,
        "start": start,
        "end": end,
        "kind": quote.kind,
        "speaker": quote.speaker,
        "party": quote.party,
        "confidence": quote.confidence,
        "stance": quote.stance,
        "stance_confidence": quote.stance_confidence,
        "issues": list(quote.issues),
        "statement": quote.statement,
    }


def _plain(text: str) -> str:
    return text


class _Progress:
    """A hand-drawn progress bar on stderr, by bytes read: only for a terminal or a big input."""

    def __init__(self, stream: OutputWrapper, total_bytes: int) -> None:
        self.stream = stream
        self.total = max(total_bytes, 1)
        self.done = 0
        self.shown_at = 0.0
        interactive = stream.isatty()
        self.enabled = interactive or total_bytes >= _LARGE_INPUT_BYTES
        self.redraw = interactive  # a log file gets whole lines instead of carriage returns

    def advance(self, size: int, lines: int) -> None:
        self.done += size
        now = time.monotonic()
        interval = _REDRAW_EVERY_SECONDS if self.redraw else _LOG_EVERY_SECONDS
        if self.enabled and now - self.shown_at >= interval:
            self.shown_at = now
            self._draw(lines)

    def _draw(self, lines: int) -> None:
        share = min(self.done / self.total, 1.0)
        filled = int(share * 30)
        bar = f"[{'#' * filled}{'.' * (30 - filled)}] {share:4.0%}  {lines} lines"
        self.stream.write(
            ("\r" + bar) if self.redraw else bar,
            style_func=_plain,  # stderr's error colour would make progress look like failure
            ending="" if self.redraw else "\n",
        )
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled and self.redraw:
            self.stream.write("")
            self.stream.flush()
