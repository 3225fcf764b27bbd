"""The benchmark's one table: each page's server time beside its target and its main query."""

from devtools.benchmark.measuring import PageTiming

HEADERS = ("page", "median ms", "p95 ms", "queries", "SQL ms", "target ms", "result")


def timings_table(timings: list[PageTiming]) -> str:
    """A plain-text table; a page over its target reads MISS, one not built yet "missing"."""
    rows = [HEADERS, *(_row(timing) for timing in timings)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(HEADERS))]
    lines = []
    for number, row in enumerate(rows):
        cells = [
            cell.ljust(width) if column in (0, len(HEADERS) - 1) else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
        if number == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def _row(timing: PageTiming) -> tuple[str, ...]:
    result = timing.problem or ("MISS" if timing.missed_target else "ok")
    if timing.runs < timing.requested:
        result += f" ({timing.runs} of {timing.requested} runs: slow)"
    return (
        timing.label,
        _ms(timing.median_ms),
        _ms(timing.p95_ms),
        "–" if timing.queries is None else str(timing.queries),
        _ms(timing.sql_ms),
        f"≤ {timing.target_ms}",
        result,
    )


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"
