"""Compile the quote-extraction engine with mypyc into build/engine: `make engine`.

No Django: the image's build stage runs it with only the runtime and build requirements
installed. mypy type-checks the engine first: a type error stops the build and says where.
Without a C compiler or Python's headers, or when the compiler fails, the engine stays plain
Python and the command says so; under CI=true that is a failure, because CI must run what
production runs.
"""

import os
import shutil
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
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
    missing = _missing_toolchain()
    if missing:
        return _stay_plain(missing)
    digest = native.sources_digest(sources)  # before compiling: an edit meanwhile makes it stale
    with tempfile.TemporaryDirectory(prefix="parley-engine-") as work:
        built = Path(work) / "lib"
        extensions = _generate(sources, root, Path(work))  # a type error stops here, loudly
        try:
            _build(extensions, root, Path(work), built)
        except SystemExit as failure:  # setuptools reports a failed compiler run so
            return _stay_plain(f"the C compiler failed ({failure})")
        _install(built, native.BUILD_DIR, digest, sources)
    print(f"compile_engine: {len(sources)} modules compiled into {_shown(native.BUILD_DIR, root)}")
    return 0


def _missing_toolchain() -> str:
    """What a machine lacks to compile extensions, in words; empty when it has it all."""
    if _c_compiler() is None:
        return "no C compiler (cc or gcc) found"
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.is_file():
        return f"no Python headers ({headers.name}; Debian's python3-dev has them)"
    return ""


def _stay_plain(reason: str) -> int:
    """Say why the engine stays plain Python; a failure only under CI, which must run
    what production runs."""
    print(f"compile_engine: {reason}; the engine runs as plain Python (slower).")
    return 1 if os.environ.get("CI") == "true" else 0


def _c_compiler() -> str | None:
    return shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc")


def _generate(sources: list[Path], root: Path, work: Path) -> list:
    """Type-check the engine and write its C code; the extensions setuptools is to build."""
    paths = [str(path.relative_to(root)) for path in sources]
    with _in(root):  # mypy names modules from paths relative to the project's root
        return mypycify(
            [*MYPY_OPTIONS, *paths],
            opt_level="3",
            multi_file=True,  # one C file per module, compiled in parallel
            group_name=native.GROUP,
            target_dir=str(work / "c"),
        )


def _build(extensions: list, root: Path, work: Path, built: Path) -> None:
    with _in(root):
        setup(
            name="parley-engine",
            ext_modules=extensions,
            script_args=[
                "--quiet",
                "build_ext",
                f"--build-lib={built}",
                f"--build-temp={work / 'temp'}",
                f"--parallel={os.cpu_count() or 1}",
            ],
        )


@contextmanager
def _in(directory: Path) -> Iterator[None]:
    previous = Path.cwd()
    os.chdir(directory)
    try:
        yield
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
