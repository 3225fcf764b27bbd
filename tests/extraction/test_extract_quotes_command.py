"""python manage.py extract_quotes IN OUT: the command-line contract."""

import json

import pytest
from django.core.management import call_command

from tests.factories import ActorFactory, OfficeFactory, PartyFactory

RAW = "Russia and & nbsp; NATO talk.\n\n“ Russia has no veto & raquo;, & nbsp; & mdash; said & nbsp; Jens Stoltenberg.\n"


def _run(tmp_path, lines: list[str]) -> tuple[list[dict], str]:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = []

    class _Stderr:
        def write(self, text):
            errors.append(text)

        def flush(self):
            pass

    call_command("extract_quotes", str(source), str(target), stderr=_Stderr())
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    return records, "".join(errors)


@pytest.mark.django_db
def test_extract_quotes_maps_offsets_onto_raw_text(tmp_path):
    records, _ = _run(tmp_path, [json.dumps({"id": "a", "text": RAW})])

    (quote,) = records[0]["quotes"]
    assert (records[0]["id"], quote["text"], quote["speaker"], quote["party"]) == (
        "a",
        "Russia has no veto",
        "Jens Stoltenberg",
        None,
    )
    assert RAW[quote["start"] : quote["end"]] == "Russia has no veto"
    assert {"stance", "issues", "statement", "confidence", "kind"} <= set(quote)


@pytest.mark.django_db
def test_extract_quotes_resolves_party_with_registry_loaded(tmp_path):
    nato = PartyFactory(slug="nato", name="NATO")
    OfficeFactory(actor=ActorFactory(name="Jens Stoltenberg"), party=nato)

    records, _ = _run(tmp_path, [json.dumps({"id": "a", "text": RAW})])

    assert records[0]["quotes"][0]["party"] == "NATO"


@pytest.mark.django_db
def test_extract_quotes_reports_bad_lines_and_goes_on(tmp_path):
    lines = ["not json", json.dumps({"id": "b"}), "", json.dumps({"id": "c", "text": RAW})]

    records, errors = _run(tmp_path, lines)

    assert [(r["id"], "error" in r) for r in records] == [
        ("line-1", True),
        ("b", True),
        ("line-3", True),
        ("c", False),
    ]
    assert "line 1:" in errors and "line 2:" in errors
