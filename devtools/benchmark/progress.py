"""A one-line progress bar for a terminal, redrawn in place at most a few times a second."""

import time
from collections.abc import Callable

_REDRAW_SECONDS = 0.25


class ProgressBar:
    """`[#######.............]  35%  350,000 / 1,000,000 quotes  0:42, about 1:18 left`"""

    def __init__(self, write: Callable[[str], None], *, total: int, unit: str, width: int = 30):
        # `write` puts text on the terminal as it is, without adding a line break, and flushes.
        self.write = write
        self.total = max(total, 1)
        self.unit = unit
        self.width = width
        self.done = 0
        self.started = time.monotonic()
        self._drawn_at = 0.0
        self._drawn_width = 0

    def advance(self, count: int) -> None:
        self.done = min(self.total, self.done + count)
        now = time.monotonic()
        if now - self._drawn_at >= _REDRAW_SECONDS or self.done == self.total:
            self._drawn_at = now
            line = progress_line(self.done, self.total, self.unit, self.width, now - self.started)
            # Spaces wipe what a longer previous line left behind.
            self.write("\r" + line.ljust(self._drawn_width))
            self._drawn_width = len(line)

    def finish(self) -> None:
        self.write("\n")


def progress_line(done: int, total: int, unit: str, width: int, elapsed: float) -> str:
    filled = width * done // total
    bar = "#" * filled + "." * (width - filled)
    line = f"[{bar}] {100 * done // total:3d}%  {done:,} / {total:,} {unit}  {_clock(elapsed)}"
    if 0 < done < total:
        line += f", about {_clock(elapsed * (total - done) / done)} left"
    return line


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    return f"{minutes}:{seconds:02d}"
