import io
import json
import re

import pytest
from django.core.management import CommandError, call_command

from tests.commands import manage
from tests.factories import PartyFactory


def _bench(*args: str) -> str:
    out = io.StringIO()
    call_command("bench_extraction", *args, stdout=out)
    return out.getvalue()


def _figure(report: str, label: str) -> float:
    match = re.search(rf"^{label}\s+([\d,.]+)", report, re.MULTILINE)
    assert match is not None, f"no {label!r} line in:\n{report}"
    return float(match[1].replace(",", ""))


@pytest.mark.django_db
def test_bench_extraction_reports_speed_quotes_and_time_shares():
    report = _bench("--articles", "4")

    assert _figure(report, "articles/s") > 0
    assert _figure(report, "KB/s") > 0
    assert _figure(report, "quotes found") > 0
    assert re.search(r"^articles\s+4 \(20 KB in", report, re.MULTILINE)
    shares = re.search(r"cleaning ([\d.]+)%, extraction ([\d.]+)%", report)
    assert shares is not None
    assert float(shares[1]) + float(shares[2]) == pytest.approx(100, abs=0.2)
    assert "registry      empty" in report
    assert re.search(r"^engine        (compiled|plain Python) \(", report, re.MULTILINE)


@pytest.mark.django_db
def test_bench_extraction_times_the_articles_of_an_input_file(tmp_path):
    PartyFactory()
    said = "“We will not accept any delay to the agreement,” the minister said on Tuesday."
    lines = [json.dumps({"id": n, "text": said}) for n in range(3)]
    articles = tmp_path / "articles.jsonl"
    articles.write_text("\n".join(lines) + "\n", encoding="utf-8")

    report = _bench("--input", str(articles), "--articles", "2")

    assert f"2 articles from {articles}" in report
    assert _figure(report, "quotes found") == 2
    assert "registry      this database's (parties: 1, actors: 0, issues: 0)" in report


@pytest.mark.django_db
def test_bench_extraction_profile_lists_the_engine():
    report = _bench("--articles", "1", "--profile")

    assert "profile, by tottime" in report
    assert "extract_quotes" in report


@pytest.mark.django_db
def test_bench_extraction_refuses_a_missing_input(tmp_path):
    with pytest.raises(CommandError, match="no such input file"):
        _bench("--input", str(tmp_path / "absent.jsonl"))


def test_bench_extraction_on_a_database_never_migrated_says_what_to_do(tmp_path):
    done = manage(
        "bench_extraction", "--articles", "2", database=tmp_path / "new.sqlite3", check=False
    )

    assert done.returncode != 0
    assert "run `python manage.py migrate` first" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.django_db
def test_bench_extraction_reports_the_fastest_of_its_runs():
    report = _bench("--articles", "3", "--repeat", "2")

    runs = re.search(r"^runs\s+([\d.,]+); ([\d.,]+) articles/s", report, re.MULTILINE)
    assert runs is not None, report
    each = [float(figure.replace(",", "")) for figure in runs.groups()]
    assert _figure(report, "articles/s") == max(each)


@pytest.mark.django_db
def test_bench_extraction_refuses_no_runs():
    with pytest.raises(CommandError, match="--repeat must be at least 1"):
        _bench("--articles", "1", "--repeat", "0")
