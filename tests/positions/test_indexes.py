"""The PostgreSQL indexes the timeline's filters and the matrix rely on exist as they were
first made, and serve them."""

import pytest
from django.db import connection
from django.db.models.expressions import RawSQL
from django.test.utils import CaptureQueriesContext

from positions.models import Party
from tests.factories import ArticleFactory, NegotiationFactory, PartyFactory, QuoteFactory
from tests.services import require_postgres
from timeline.queries.stream import _within_budget, timeline_page

pytestmark = pytest.mark.django_db


def _index_names() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename LIKE 'positions_quote%%'")
        return {name for (name,) in cursor.fetchall()}


# Their definitions as PostgreSQL reports them, the same since the SQL that first made them.
DEFINITIONS = {
    "article_withdrawn_idx": "CREATE INDEX article_withdrawn_idx ON public.articles_article "
    "USING btree (id) WHERE (withdrawn_at IS NOT NULL)",
    "quote_party_cover_idx": "CREATE INDEX quote_party_cover_idx ON public.positions_quote "
    "USING btree (party_id, said_on DESC, id DESC) "
    "INCLUDE (article_id, stance, kind, review_state)",
    "quote_document_idx": "CREATE INDEX quote_document_idx ON public.positions_quote "
    "USING gin (search_document)",
    "article_document_idx": "CREATE INDEX article_document_idx ON public.articles_article "
    "USING gin (search_document)",
    "quoteissue_timeline_idx": "CREATE INDEX quoteissue_timeline_idx ON "
    "public.positions_quoteissue USING btree (issue_id, said_on DESC, quote_id DESC) "
    "INCLUDE (party_id, stance, review_state)",
}


def test_timeline_indexes_exist_on_postgresql():
    require_postgres()

    assert {"quote_document_idx", "quoteissue_timeline_idx", "quote_party_cover_idx"} <= (
        _index_names()
    )


def test_indexes_keep_their_definitions_on_postgresql():
    require_postgres()

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY(%s)",
            [list(DEFINITIONS)],
        )
        found = dict(cursor.fetchall())

    assert found == DEFINITIONS


def test_text_filter_is_served_by_the_search_index():
    require_postgres()
    talks = NegotiationFactory()
    article = ArticleFactory()
    article.negotiations.add(talks)
    QuoteFactory(article=article, text="Russia has no veto")
    with CaptureQueriesContext(connection) as queries:
        timeline_page(negotiation=talks, text="veto", types=["quote"])
    [search] = [
        q["sql"] for q in queries if q["sql"].startswith("SELECT") and "search_document" in q["sql"]
    ][:1]

    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {search}")
        plan = "\n".join(row for (row,) in cursor.fetchall())

    assert "quote_document_idx" in plan


def test_counts_that_would_take_too_long_are_left_out(monkeypatch):
    require_postgres()
    monkeypatch.setattr("timeline.queries.stream.COUNT_BUDGET_MS", 20)
    nato = PartyFactory()
    slow = Party.objects.annotate(pause=RawSQL("pg_sleep(0.2)::text", ()))

    assert _within_budget(slow) is None
    assert _within_budget(Party.objects.all()) == [nato]
