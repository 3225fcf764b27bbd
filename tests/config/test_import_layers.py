"""The apps import one another one way only, as pyproject.toml's import-linter contract says:
the same check as `make lint`, so `make test` fails on a violation too."""

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def test_apps_import_one_another_one_way_only():
    lint_imports = Path(sys.executable).with_name("lint-imports")

    result = subprocess.run(
        [lint_imports, "--no-cache", "--no-logo"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
