"""Compile the quote-extraction engine with mypyc into build/engine: `make engine`.

Plain Python and no Django, so the image's build stage runs it with nothing but the engine's
sources and requirements-build.lock installed. mypy type-checks the engine first: a type
error stops the build and says where. Without a C compiler the engine stays plain Python
and the command says so; under CI=true that is a failure, because CI must run what
production runs.
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

from mypyc.build import mypycify
from setuptools import setup

from positions.extraction import native

# mypy follows the engine's one import from outside it (the parsing layer's error type)
# without checking or compiling that module's own imports.
MYPY_OPTIONS = ["--follow-imports=silent", "--ignore-missing-imports"]


def main() -> int:
    sources = native.compiled_sources()
    root = native.PACKAGE_DIR.parents[1]
    if _c_compiler() is None:
        print("compile_engine: no C compiler (cc or gcc) found; the engine runs as plain Python.")
        return 1 if os.environ.get("CI") == "true" else 0
    digest = native.sources_digest(sources)  # before compiling: an edit meanwhile makes it stale
    with tempfile.TemporaryDirectory(prefix="parley-engine-") as work:
        built = Path(work) / "lib"
        _compile(sources, root, Path(work), built)
        _install(built, native.BUILD_DIR, digest, sources)
    print(f"compile_engine: {len(sources)} modules compiled into {_shown(native.BUILD_DIR, root)}")
    return 0


def _c_compiler() -> str | None:
    return shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc")


def _compile(sources: list[Path], root: Path, work: Path, built: Path) -> None:
    paths = [str(path.relative_to(root)) for path in sources]
    previous = Path.cwd()
    os.chdir(root)  # mypy names modules from paths relative to the project's root
    try:
        setup(
            name="parley-engine",
            ext_modules=mypycify(
                [*MYPY_OPTIONS, *paths],
                opt_level="3",
                multi_file=True,  # one C file per module, compiled in parallel
                group_name=native.GROUP,
                target_dir=str(work / "c"),
            ),
            script_args=[
                "--quiet",
                "build_ext",
                f"--build-lib={built}",
                f"--build-temp={work / 'temp'}",
                f"--parallel={os.cpu_count() or 1}",
            ],
        )
    finally:
        os.chdir(previous)


def _install(built: Path, build_dir: Path, digest: str, sources: list[Path]) -> None:
    """Swap the new build in whole, its manifest written last: an interrupted build leaves
    the old one or none, never half of one."""
    staged = build_dir.with_name(build_dir.name + ".new")
    shutil.rmtree(staged, ignore_errors=True)
    shutil.copytree(built, staged)
    native.write_manifest(staged, digest, sources)
    shutil.rmtree(build_dir, ignore_errors=True)
    staged.rename(build_dir)


def _shown(path: Path, root: Path) -> str:
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


if __name__ == "__main__":
    sys.exit(main())
