"""`make engine` on a machine that cannot compile: the engine stays plain Python, and says so."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _compile_without_a_compiler(**environ: str) -> subprocess.CompletedProcess:
    interpreter = Path(sys.executable)
    env = {
        **os.environ,
        "PATH": str(interpreter.parent),  # no cc or gcc on it
        "CC": "no-such-compiler",
        **environ,
    }
    return subprocess.run(
        [str(interpreter), "-m", "devtools.compile_engine"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize(("ci", "exit_code"), [("", 0), ("true", 1)])
def test_without_a_compiler_the_engine_stays_plain_and_only_ci_fails(ci, exit_code):
    done = _compile_without_a_compiler(CI=ci)

    assert done.returncode == exit_code
    assert "no C compiler (cc or gcc) found; the engine runs as plain Python" in done.stdout
    assert "Traceback" not in done.stderr
