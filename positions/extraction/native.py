"""The engine's modules compiled to C by mypyc, used in place of their sources when fresh.

The engine is plain, typed Python. `make engine` (run by `make run`, `make test` and the
image build) compiles it with mypyc into `build/engine/`, about twice as fast. This module,
imported first by the package and never compiled itself, puts that build ahead of the
sources on the package's search path, but only when it was built from exactly these
sources for this interpreter: an engine edited since its last build runs as plain Python,
so a change is never hidden behind an old build. `PARLEY_PLAIN_ENGINE=1` turns the build
off (to compare the two, or to debug with breakpoints).
"""

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
BUILD_DIR = PACKAGE_DIR.parents[1] / "build" / "engine"
MANIFEST = "manifest.json"
GROUP = "parley_engine"  # the name of the shared library mypyc builds for all the modules
# Not compiled: the package's entry point and this module, which must run before the others.
PLAIN_MODULES = frozenset({"__init__.py", "native.py"})
PLAIN_SWITCH = "PARLEY_PLAIN_ENGINE"


@dataclass(frozen=True)
class EngineBuild:
    compiled: bool
    reason: str  # in words, for the benchmark and the log

    def __str__(self) -> str:
        return f"{'compiled' if self.compiled else 'plain Python'} ({self.reason})"


def compiled_sources(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    return sorted(p for p in package_dir.glob("*.py") if p.name not in PLAIN_MODULES)


def sources_digest(sources: list[Path]) -> str:
    """One hash of the sources' names and contents and of the interpreter they are built for."""
    digest = hashlib.sha256(sys.implementation.cache_tag.encode())
    for path in sources:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def write_manifest(build_dir: Path, digest: str, sources: list[Path]) -> None:
    manifest = {"digest": digest, "modules": [p.stem for p in sources]}
    (build_dir / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def build_status(package_dir: Path, build_dir: Path, environ: dict[str, str]) -> EngineBuild:
    """Whether the build in `build_dir` may stand in for the sources in `package_dir`."""
    if environ.get(PLAIN_SWITCH, "") not in ("", "0"):
        return EngineBuild(False, f"{PLAIN_SWITCH} is set")
    try:
        manifest = json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return EngineBuild(False, "not built: run `make engine`")
    if manifest.get("digest") != sources_digest(compiled_sources(package_dir)):
        return EngineBuild(False, "the sources changed since the last build: run `make engine`")
    return EngineBuild(True, f"mypyc build in {build_dir.parent.name}/{build_dir.name}")


def _put_build_first() -> EngineBuild:
    status = build_status(PACKAGE_DIR, BUILD_DIR, dict(os.environ))
    if status.compiled:
        # Each compiled module is a small extension that loads the group's shared library
        # by its top-level name, so the build's root joins sys.path too.
        sys.path.append(str(BUILD_DIR))
        package = sys.modules[__package__]
        package.__path__.insert(0, str(BUILD_DIR / Path(*__package__.split("."))))
    return status


ENGINE_BUILD = _put_build_first()
