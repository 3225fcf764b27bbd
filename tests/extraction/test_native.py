"""The compiled engine stands in for its sources only when built from exactly them, and
suggests exactly what the sources do."""

import json
import shutil

from devtools.benchmark.extraction import seed_articles
from devtools.demo.loader import SEEDS_DIR
from positions.extraction import ENGINE_BUILD, engine
from positions.extraction.native import (
    PACKAGE_DIR,
    PLAIN_SWITCH,
    build_status,
    compiled_sources,
    sources_digest,
    write_manifest,
)
from tests.commands import demo_database, manage
from tests.services import require


def _package_copy(tmp_path):
    package = tmp_path / "extraction"
    shutil.copytree(PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    build = tmp_path / "build"
    build.mkdir()
    return package, build


def _built_copy(tmp_path):
    """A copy of the engine's sources with a build made from them (its manifest)."""
    package, build = _package_copy(tmp_path)
    sources = compiled_sources(package)
    write_manifest(build, sources_digest(sources), sources)
    return package, build


def test_a_build_made_from_these_sources_is_used(tmp_path):
    package, build = _built_copy(tmp_path)

    assert build_status(package, build, {}).compiled


def test_without_a_build_the_engine_runs_from_its_sources(tmp_path):
    package, build = _package_copy(tmp_path)

    status = build_status(package, build, {})

    assert not status.compiled
    assert "run `make engine`" in status.reason


def test_a_source_edited_since_the_build_makes_the_build_stale(tmp_path):
    package, build = _built_copy(tmp_path)
    stance = package / "stance.py"
    stance.write_text(stance.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")

    status = build_status(package, build, {})

    assert not status.compiled
    assert "changed since the last build" in status.reason


def test_a_new_module_makes_the_build_stale(tmp_path):
    package, build = _built_copy(tmp_path)
    (package / "treaties.py").write_text("SIGNED = True\n", encoding="utf-8")

    assert not build_status(package, build, {}).compiled


def test_the_switch_turns_a_fresh_build_off(tmp_path):
    package, build = _built_copy(tmp_path)

    status = build_status(package, build, {PLAIN_SWITCH: "1"})

    assert not status.compiled
    assert PLAIN_SWITCH in status.reason


def test_the_engine_runs_compiled_once_built():
    require(ENGINE_BUILD.compiled, f"the engine runs as {ENGINE_BUILD}")

    assert engine.__file__.endswith((".so", ".pyd"))


def test_the_compiled_engine_suggests_what_its_sources_do(tmp_path):
    """The same quotes, speakers, stances, issues and confidences from the seeds' paragraphs:
    mypyc checks types at run time and compiles some operations differently, so a difference
    would show here first."""
    require(ENGINE_BUILD.compiled, f"the engine runs as {ENGINE_BUILD}")
    database = demo_database(tmp_path)
    articles = tmp_path / "in.jsonl"
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS_DIR.glob("*.txt"))]
    texts += seed_articles(SEEDS_DIR, 40, seed=3)
    lines = [json.dumps({"id": number, "text": text}) for number, text in enumerate(texts)]
    articles.write_text("\n".join(lines) + "\n", encoding="utf-8")

    outputs = {}
    for switch in ("0", "1"):
        out = tmp_path / f"out-{switch}.jsonl"
        manage(
            "extract_quotes", str(articles), str(out), database=database, **{PLAIN_SWITCH: switch}
        )
        outputs[switch] = out.read_text(encoding="utf-8").splitlines()

    assert len(outputs["0"]) == len(texts)
    assert sum(len(json.loads(line)["quotes"]) for line in outputs["0"]) > 500
    assert outputs["0"] == outputs["1"]
