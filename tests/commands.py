"""`manage.py` commands run in a fresh process, for what only a new interpreter shows: the
hash seed it drew, which build of the engine it loaded, or how a command ends on a database
it cannot use."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def manage(
    *args: str,
    database: Path,
    check: bool = True,
    timeout: float | None = None,
    **environ: str,
) -> subprocess.CompletedProcess[str]:
    """Run `manage.py` on the SQLite database `database`, with `environ` added; the commands
    run here need no worker, so tasks run in-process. With `check`, a failure raises."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DEBUG": "True", **environ}
    env.pop("CELERY_BROKER_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=check,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def demo_database(directory: Path) -> Path:
    """A new SQLite database holding the demo's registry, as the demo's own database has it."""
    database = directory / "demo.sqlite3"
    manage("migrate", "--no-input", database=database)
    manage("load_demo", database=database)
    return database
