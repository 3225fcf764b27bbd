"""The review queue: suggested quotes least sure first, one verdict at a time."""

import datetime

import pytest

from positions.models import Party, Quote, QuoteIssue
from tests.factories import (
    ArticleFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    QuoteIssueFactory,
)

HTMX = {"HX-Request": "true"}


@pytest.fixture
def talks(db):
    return NegotiationFactory(slug="winter", with_parties=[PartyFactory(slug="nato")])


def suggested(negotiation, text: str, confidence: float, **fields) -> Quote:
    article = ArticleFactory()
    article.negotiations.add(negotiation)
    return QuoteFactory(
        article=article, text=text, confidence=confidence, review_state="suggested", **fields
    )


def _order(body: str, texts: list[str]) -> list[str]:
    return sorted((text for text in texts if text in body), key=body.index)


def test_queue_lists_the_negotiations_suggestions_least_sure_first(client_analyst, talks):
    suggested(talks, "Fairly sure", 0.8)
    suggested(talks, "Unsure", 0.2)
    suggested(talks, "Already judged", 0.1).__class__.objects.filter(text="Already judged").update(
        review_state="confirmed"
    )
    suggested(NegotiationFactory(slug="other"), "Elsewhere", 0.1)

    body = client_analyst.get("/review/?negotiation=winter").content.decode()

    texts = ["Fairly sure", "Unsure", "Already judged", "Elsewhere"]
    assert _order(body, texts) == ["Unsure", "Fairly sure"]
    assert 'data-key="a"' not in body  # analysts read the queue; editors judge it


def test_each_item_shows_its_fields_confidences_with_the_least_sure_marked(client_editor, talks):
    suggested(
        talks,
        "Talks go on",
        0.3,
        speaker_confidence=0.9,
        stance_confidence=0.4,
        issues_confidence=0.8,
    )

    body = client_editor.get("/review/?negotiation=winter").content.decode()

    assert "speaker 0.90" in body
    assert 'title="The extractor is least sure of this: check it first">stance 0.40<' in body
    assert "issues 0.80" in body


def test_an_item_stored_without_field_confidences_shows_the_whole_one_only(client_editor, talks):
    suggested(talks, "Talks go on", 0.3)

    body = client_editor.get("/review/?negotiation=winter").content.decode()

    assert "confidence 0.30" in body
    assert "speaker 0." not in body


def test_queue_pages_with_a_cursor_through_ties(client_analyst, talks, monkeypatch):
    monkeypatch.setattr("positions.queries.review.REVIEW_PAGE", 2)
    texts = [f"Quote {n}" for n in range(5)]
    for text in texts:
        suggested(talks, text, 0.5)

    first = client_analyst.get("/review/?negotiation=winter").content.decode()
    seen = _order(first, texts)
    while 'id="review-more"' in first:
        more = first.split('id="review-more"')[1].split('href="')[1].split('"')[0]
        first = client_analyst.get(
            more.replace("&amp;", "&"), headers={**HTMX, "HX-Target": "review-more"}
        ).content.decode()
        seen += _order(first, texts)

    assert seen == texts


def _judge(client, quote: Quote, decision: str, *, version: int | None = None):
    """An editor's verdict posted by htmx, at the version they saw (the quote's by default)."""
    seen = quote.version if version is None else version
    return client.post(
        f"/review/{quote.pk}/", {"decision": decision, "version": seen}, headers=HTMX
    )


def test_editor_accepts_a_quote_in_place(client_editor, talks):
    quote = suggested(talks, "We will talk", 0.3)
    QuoteIssueFactory(quote=quote)

    response = _judge(client_editor, quote, "accept")

    quote.refresh_from_db()
    assert response.status_code == 200 and "Confirmed" in response.content.decode()
    assert (quote.review_state, quote.reviewed_by) == ("confirmed", client_editor.user)
    assert set(QuoteIssue.objects.values_list("review_state", flat=True)) == {"confirmed"}


def test_editor_accepts_a_quote_whose_article_was_dated_outside_the_span(client_editor, talks):
    quote = suggested(talks, "We will talk", 0.3, said_on=datetime.date(9999, 12, 31))

    response = _judge(client_editor, quote, "accept")

    quote.refresh_from_db()
    assert (response.status_code, quote.review_state) == (200, "confirmed")


def test_editor_rejects_a_quote_and_it_leaves_the_matrix(client_editor, talks):
    quote = suggested(talks, "Not a statement", 0.3)
    QuoteIssueFactory(quote=quote)

    response = _judge(client_editor, quote, "reject")

    quote.refresh_from_db()
    assert response.status_code == 200 and "Rejected" in response.content.decode()
    assert quote.review_state == "rejected" and quote.version == 2
    assert set(QuoteIssue.objects.values_list("review_state", flat=True)) == {"rejected"}


def test_a_verdict_on_a_quote_changed_meanwhile_saves_nothing(client_editor, talks):
    quote = suggested(talks, "Changing words", 0.3)
    seen_version = quote.version
    Quote.objects.filter(pk=quote.pk).update(version=seen_version + 1, stance="offer")

    response = _judge(client_editor, quote, "reject", version=seen_version)

    quote.refresh_from_db()
    assert response.status_code == 409 and "Not saved" in response.content.decode()
    assert (quote.review_state, quote.version) == ("suggested", seen_version + 1)


def test_a_verdict_without_htmx_returns_to_the_queue_with_a_message(client_editor, talks):
    quote = suggested(talks, "Plain form", 0.3)

    response = client_editor.post(
        f"/review/{quote.pk}/?negotiation=winter",
        {"decision": "accept", "version": quote.version},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == "/review/?negotiation=winter"
    assert "Quote confirmed." in response.content.decode()


def test_a_verdict_that_is_neither_accept_nor_reject_is_refused(client_editor, talks):
    quote = suggested(talks, "Odd verdict", 0.3)

    response = client_editor.post(f"/review/{quote.pk}/", {"decision": "maybe", "version": 1})

    assert response.status_code == 400
    quote.refresh_from_db()
    assert quote.review_state == "suggested"


def test_analyst_cannot_judge_a_quote(client_analyst, talks):
    quote = suggested(talks, "Hands off", 0.3)

    response = client_analyst.post(f"/review/{quote.pk}/", {"decision": "accept", "version": 1})

    assert response.status_code == 403
    quote.refresh_from_db()
    assert quote.review_state == "suggested"


@pytest.mark.parametrize("n", (1, 3))
def test_queue_query_count_is_constant(client_editor, talks, n, django_assert_num_queries):
    for number in range(n):
        QuoteIssueFactory(quote=suggested(talks, f"Quote {number}", 0.1 * number))
    client_editor.get("/review/?negotiation=winter")

    # 8 for the queue, 2 for today's progress (reviewed today, still waiting), 2 for the
    # filters' choices (the negotiation's parties and outlets).
    with django_assert_num_queries(12):
        response = client_editor.get("/review/?negotiation=winter")

    assert response.status_code == 200


def test_the_queue_shows_todays_progress(client_editor, talks):
    waiting = [suggested(talks, f"Quote {n}", 0.5) for n in range(3)]
    client_editor.post(f"/review/{waiting[0].pk}/", {"decision": "accept", "version": 1})
    suggested(NegotiationFactory(slug="other"), "Elsewhere", 0.1)

    body = client_editor.get("/review/?negotiation=winter").content.decode()

    assert "<strong>1 of 3</strong> reviewed today" in body


def test_a_verdict_has_the_progress_counted_again_with_the_lists_filters(client_editor, talks):
    waiting = [suggested(talks, f"Quote {n}", 0.5) for n in range(2)]
    page = client_editor.get("/review/?negotiation=winter").content.decode()
    assert "<strong>0 of 2</strong> reviewed today" in page

    verdict = _judge(client_editor, waiting[0], "accept")
    progress = client_editor.get(
        "/review/?negotiation=winter", headers={**HTMX, "HX-Target": "review-progress"}
    ).content.decode()

    assert "quoteJudged" in verdict.headers["HX-Trigger-After-Settle"]
    assert 'hx-trigger="quoteJudged from:body' in page
    assert progress.strip().startswith('<p class="review-progress" id="review-progress"')
    assert "<strong>1 of 2</strong> reviewed today" in progress
    assert "Quote 1" not in progress


def test_a_stale_verdict_does_not_ask_for_the_progress_again(client_editor, talks):
    quote = suggested(talks, "We will talk", 0.3)
    Quote.objects.filter(pk=quote.pk).update(version=quote.version + 1)

    response = _judge(client_editor, quote, "accept")

    assert response.status_code == 409 and "HX-Trigger-After-Settle" not in response.headers


@pytest.fixture
def spring(db):
    """Three suggestions that differ in article, outlet, party and stance."""
    nato, eu = PartyFactory(slug="nato", name="NATO"), PartyFactory(slug="eu", name="EU")
    talks = NegotiationFactory(slug="spring", with_parties=[nato, eu])
    suggested(talks, "First demand", 0.1, stance="demand", party=nato)
    suggested(talks, "Second offer", 0.2, stance="offer", party=eu)
    suggested(talks, "Third warn", 0.3, stance="warn", party=nato)
    return talks


SPRING_TEXTS = ["First demand", "Second offer", "Third warn"]


def _filtered(client, query: str) -> list[str]:
    body = client.get(f"/review/?negotiation=spring&{query}").content.decode()
    return _order(body, SPRING_TEXTS)


def test_each_filter_narrows_the_queue(client_editor, spring):
    second = Quote.objects.get(text="Second offer")

    assert _filtered(client_editor, "party=eu") == ["Second offer"]
    assert _filtered(client_editor, "stance=warn") == ["Third warn"]
    assert _filtered(client_editor, f"source={second.article.source.slug}") == ["Second offer"]
    assert _filtered(client_editor, f"article={second.article_id}") == ["Second offer"]
    assert _filtered(client_editor, "party=nato&stance=demand") == ["First demand"]


def test_the_article_filter_shows_as_a_removable_chip(client_editor, spring):
    second = Quote.objects.get(text="Second offer")

    body = client_editor.get(f"/review/?negotiation=spring&article={second.article_id}")

    assert f"Article:</span> {second.article.title}" in body.content.decode()
    assert 'href="/review/?negotiation=spring" aria-label="Remove the article filter"' in (
        body.content.decode()
    )


def test_a_value_that_names_nothing_is_ignored(client_editor, spring):
    for query in ("party=nobody", "stance=shout", "source=nowhere", "article=x", "article=999999"):
        response = client_editor.get(f"/review/?negotiation=spring&{query}")

        assert response.status_code == 200
        assert _order(response.content.decode(), SPRING_TEXTS) == SPRING_TEXTS


def test_the_filter_form_offers_the_negotiations_parties_outlets_and_stances(client_editor, spring):
    PartyFactory(slug="elsewhere", name="Elsewhere party")

    body = client_editor.get("/review/?negotiation=spring").content.decode()

    assert '<option value="eu">EU</option>' in body and "Elsewhere party" not in body
    assert body.count('<option value="demand">') == 1 and 'label for="id_source"' in body


def test_filters_survive_the_next_page(client_analyst, spring, monkeypatch):
    monkeypatch.setattr("positions.queries.review.REVIEW_PAGE", 1)

    first = client_analyst.get("/review/?negotiation=spring&party=nato").content.decode()
    more = first.split('id="review-more"')[1].split('href="')[1].split('"')[0]
    second = client_analyst.get(
        more.replace("&amp;", "&"), headers={**HTMX, "HX-Target": "review-more"}
    ).content.decode()

    assert "party=nato" in more
    assert (_order(first, SPRING_TEXTS), _order(second, SPRING_TEXTS)) == (
        ["First demand"],
        ["Third warn"],
    )


def test_a_filter_swaps_the_list_and_the_progress_that_follows_it(client_editor, spring):
    client_editor.post(
        f"/review/{Quote.objects.get(text='First demand').pk}/",
        {"decision": "accept", "version": 1},
    )

    response = client_editor.get(
        "/review/?negotiation=spring&party=nato", headers={**HTMX, "HX-Target": "review-results"}
    )

    body = response.content.decode().strip()
    assert body.startswith('<div id="review-results">') and "<h1>" not in body
    assert "<strong>1 of 2</strong> reviewed today" in body
    assert _order(body, SPRING_TEXTS) == ["Third warn"]


@pytest.mark.parametrize("n", (1, 3))
def test_filtered_queue_query_count_is_constant(
    client_editor, spring, n, django_assert_num_queries
):
    article, nato = ArticleFactory(), Party.objects.get(slug="nato")
    article.negotiations.add(spring)
    for number in range(n):
        QuoteFactory(article=article, text=f"Quote {number}", review_state="suggested", party=nato)
    query = f"/review/?negotiation=spring&article={article.pk}&stance=&party=nato"
    client_editor.get(query)

    # As unfiltered (12), and 1 for the article the queue is narrowed to.
    with django_assert_num_queries(13):
        response = client_editor.get(query)

    assert response.status_code == 200


def test_the_article_page_links_editors_to_its_suggestions(client_editor, spring):
    quote = Quote.objects.get(text="Second offer")

    page = client_editor.get(f"/articles/{quote.article_id}/").content.decode()

    assert f'href="/review/?article={quote.article_id}&amp;negotiation=spring"' in page


def test_the_article_page_offers_analysts_no_review_link(client_analyst, spring):
    quote = Quote.objects.get(text="Second offer")

    page = client_analyst.get(f"/articles/{quote.article_id}/").content.decode()

    assert "Review this article" not in page


def test_analysts_read_a_filtered_queue(client_analyst, spring):
    assert _filtered(client_analyst, "party=eu&stance=offer") == ["Second offer"]


def test_each_queue_item_leads_editors_to_the_quotes_evidence_panel(client_editor, talks):
    quote = suggested(talks, "We want guarantees", 0.4)

    body = client_editor.get("/review/?negotiation=winter").content.decode()

    assert f'href="/quotes/{quote.pk}/#evidence-for">Evidence for…' in body


def test_analysts_are_not_offered_the_evidence_panel_from_the_queue(client_analyst, talks):
    suggested(talks, "We want guarantees", 0.4)

    body = client_analyst.get("/review/?negotiation=winter").content.decode()

    assert "We want guarantees" in body and "#evidence-for" not in body
