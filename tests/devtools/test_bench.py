import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count, F, Q

from articles.models import Article, RawUpload, Source
from devtools.benchmark.loading import bench_fill, parley_tables_empty
from devtools.benchmark.synthetic import scale_for
from positions.models import (
    Actor,
    Demand,
    Event,
    Issue,
    Negotiation,
    NegotiationParty,
    Party,
    Quote,
    QuoteIssue,
    Response,
)
from tests.commands import manage
from tests.factories import PartyFactory
from tests.services import require_postgres

TINY = 2000
PAGE_LABELS = (
    "timeline",
    "timeline, three filters",
    "timeline, page 6 (keyset)",
    "matrix",
    "matrix as of 02 Jul 2025",
    "matrix cell panel",
    "party page",
    "demands board",
    "article reader",
    "search, a common word",
    "search, a rare word",
    "search, a two-word phrase",
    "search, an actor's name",
)


def _fill(quotes: int = TINY) -> None:
    with connection.cursor() as cursor:
        # An earlier fill in this test's transaction left foreign-key checks pending, and
        # TRUNCATE refuses a table with checks pending.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    parley_tables_empty()
    bench_fill(scale_for(quotes), seed=1, user_id=None, on_quotes=lambda n: None)


def _snapshot() -> dict:
    models = (Source, Party, Actor, Issue, Article, RawUpload, Quote, QuoteIssue, Demand, Response)
    return {
        "counts": {model.__name__: model.objects.count() for model in models},
        "quotes": list(
            Quote.objects.order_by("id").values_list(
                "text", "start", "end", "actor_id", "party_id", "stance", "said_on", "review_state"
            )[:20]
        ),
        "articles": list(Article.objects.order_by("id").values_list("title", "body_sha256")[:5]),
        "links": list(QuoteIssue.objects.order_by("id").values_list("quote_id", "issue_id")[:20]),
    }


def test_bench_refuses_sqlite(tmp_path):
    finished = manage(
        "bench", "--quotes", "100", database=tmp_path / "bench.sqlite3", check=False, timeout=60
    )

    assert finished.returncode == 1
    assert "The benchmark needs PostgreSQL, and this database is sqlite" in finished.stderr
    assert not (tmp_path / "bench.sqlite3").exists()


@pytest.mark.django_db
def test_bench_fill_is_deterministic():
    require_postgres()
    _fill()
    first = _snapshot()

    _fill()

    assert _snapshot() == first


@pytest.mark.django_db
def test_bench_fill_keeps_the_ratios():
    require_postgres()

    _fill()

    negotiation = Negotiation.objects.get(slug="bench")
    assert Quote.objects.count() == TINY
    assert Article.objects.count() == TINY // 10
    assert Article.objects.filter(raw__isnull=False, negotiations=negotiation).count() == TINY // 10
    assert (Actor.objects.count(), Party.objects.count(), Source.objects.count()) == (5000, 50, 100)
    assert NegotiationParty.objects.filter(negotiation=negotiation).count() == 10
    assert Issue.objects.filter(negotiation=negotiation).count() == 200
    assert Demand.objects.exclude(evidence=None).exists()
    assert Response.objects.exists()
    assert Event.objects.filter(negotiation=negotiation).exists()
    per_quote = Quote.objects.annotate(n=Count("issue_links")).values_list("n", flat=True)
    assert set(per_quote) == {1, 2}


@pytest.mark.django_db
def test_bench_fill_mixes_stances_kinds_and_review_states():
    require_postgres()

    _fill()

    stances = set(Quote.objects.values_list("stance", flat=True))
    assert {"demand", "offer", "accept", "reject", "concede", "warn", "assess"} <= stances
    assert set(Quote.objects.values_list("kind", flat=True)) == {"direct", "indirect"}
    states = dict(Quote.objects.values_list("review_state").annotate(n=Count("id")))
    assert states["confirmed"] > states["suggested"] > states["rejected"] > 0
    dates = Quote.objects.order_by("said_on").values_list("said_on", flat=True)
    assert (dates.last() - dates.first()).days >= 360


@pytest.mark.django_db
def test_bench_fill_is_consistent():
    require_postgres()

    _fill()

    # Every quote's span holds its text, and each issue link copies its quote.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM positions_quote q JOIN articles_article a ON a.id = q.article_id "
            'WHERE substr(a.body, q.start + 1, q."end" - q.start) <> q.text'
        )
        assert cursor.fetchone() == (0,)
    copies = Q(party_id=F("quote__party_id"), said_on=F("quote__said_on"))
    copies &= Q(stance=F("quote__stance"), review_state=F("quote__review_state"))
    assert QuoteIssue.objects.exclude(copies).exclude(party__isnull=True).count() == 0
    assert QuoteIssue.objects.filter(party__isnull=True, quote__party__isnull=False).count() == 0


@pytest.mark.django_db
def test_bench_fill_gives_quotes_the_party_of_their_speakers_office():
    require_postgres()

    _fill()

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM positions_quote q JOIN positions_office o "
            "ON o.actor_id = q.actor_id AND o.starts_on <= q.said_on "
            "AND (o.ends_on IS NULL OR o.ends_on >= q.said_on) "
            "WHERE o.party_id IS DISTINCT FROM q.party_id"
        )
        assert cursor.fetchone() == (0,)
    assert Quote.objects.filter(actor__kind="expert", party__isnull=False).count() == 0
    assert Quote.objects.filter(party__isnull=False).exists()


@pytest.mark.django_db
def test_bench_refuses_a_database_that_holds_data():
    require_postgres()
    PartyFactory()

    with pytest.raises(CommandError, match=r"already holds Parley data .*--reset"):
        call_command("bench", "--quotes", str(TINY), stdout=io.StringIO(), stderr=io.StringIO())

    assert Quote.objects.count() == 0
    assert Party.objects.count() == 1


@pytest.mark.django_db
def test_bench_resets_fills_and_prints_a_row_for_every_page():
    require_postgres()
    PartyFactory(slug="left-over")
    out, err = io.StringIO(), io.StringIO()

    call_command("bench", "--quotes", str(TINY), "--reset", "--repeat", "1", stdout=out, stderr=err)

    assert not Party.objects.filter(slug="left-over").exists()
    assert Quote.objects.count() == TINY
    lines = out.getvalue().splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("page "))
    assert lines[header].split() == "page median ms p95 ms queries SQL ms target ms result".split()
    rows = lines[header + 2 : header + 2 + len(PAGE_LABELS)]
    assert [row[: len(label)] for row, label in zip(rows, PAGE_LABELS, strict=True)] == list(
        PAGE_LABELS
    )
    assert "100% " in err.getvalue()
    reader = next(row for row in rows if row.startswith("article reader")).split()
    searches = [row for row in rows if row.startswith("search, ")]
    assert len(searches) == 4 and not any(row.endswith("missing") for row in searches)
    assert int(reader[4]) > 0
    assert float(reader[5]) > 0


@pytest.mark.django_db
def test_bench_skip_fill_without_bench_data_says_so():
    require_postgres()

    with pytest.raises(CommandError, match="no benchmark data"):
        call_command("bench", "--skip-fill", stdout=io.StringIO(), stderr=io.StringIO())
