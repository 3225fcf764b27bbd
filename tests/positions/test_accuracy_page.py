"""The extractor's accuracy page: editors' verdicts counted in all, by outlet and by week."""

import datetime

import pytest

from positions.editing import quote_create, quote_edit
from positions.models import Quote, SuggestionModel
from positions.services import quote_review
from positions.verdicts import suggestions_record
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    NegotiationFactory,
    QuoteFactory,
    SourceFactory,
    UserFactory,
)

# Wednesdays of ISO weeks 2 and 3 of 2022.
WEEK_2, WEEK_3 = datetime.date(2022, 1, 12), datetime.date(2022, 1, 19)
PAGE = "/review/accuracy/?negotiation=talks"


@pytest.fixture
def talks(db):
    return NegotiationFactory(slug="talks", name="Winter talks")


@pytest.fixture
def editor(db):
    return UserFactory()


def _suggestion(negotiation, outlet, published_on) -> Quote:
    """A quote as the extractor suggests it, recorded as ingestion records it."""
    article = ArticleFactory(source=outlet, published_on=published_on)
    article.negotiations.add(negotiation)
    quote = QuoteFactory(
        article=article, said_on=published_on, stance="demand", review_state="suggested"
    )
    suggestions_record(quotes=[quote])
    return quote


def _accept(quote: Quote, editor) -> None:
    quote_review(quote_id=quote.pk, version=quote.version, decision="accept", editor=editor)


def _reject(quote: Quote, editor) -> None:
    quote_review(quote_id=quote.pk, version=quote.version, decision="reject", editor=editor)


def _correct(quote: Quote, editor, **changes) -> None:
    quote_edit(quote=quote, editor=editor, version=quote.version, **changes)


@pytest.fixture
def verdicts(talks, editor):
    """Two outlets over two weeks: 4 confirmed unchanged, 2 corrected, 2 rejected, 1 waiting."""
    alpha, beta = SourceFactory(name="Alpha News"), SourceFactory(name="Beta Wire")
    _accept(_suggestion(talks, alpha, WEEK_2), editor)
    _correct(_suggestion(talks, alpha, WEEK_2), editor, stance="offer")
    _reject(_suggestion(talks, alpha, WEEK_3), editor)
    _suggestion(talks, alpha, WEEK_3)
    _correct(_suggestion(talks, beta, WEEK_2), editor, end=5, actor=ActorFactory())
    _reject(_suggestion(talks, beta, WEEK_2), editor)
    for _ in range(3):
        _accept(_suggestion(talks, beta, WEEK_3), editor)
    # Neither another negotiation's verdicts nor quotes marked by hand count.
    _accept(_suggestion(NegotiationFactory(), alpha, WEEK_2), editor)
    quote_create(article=ArticleFactory(source=alpha), start=0, end=4, editor=editor)


def _counts(tally) -> tuple:
    return (tally.unchanged, tally.corrected, tally.rejected, tally.pending)


def _shares(tally) -> tuple:
    return (tally.unchanged_share, tally.corrected_share, tally.rejected_share)


def test_totals_count_each_verdict_and_each_corrected_field(client_editor, verdicts):
    totals = client_editor.get(PAGE).context["totals"]

    assert (totals.settled, _counts(totals), _shares(totals)) == (8, (4, 2, 2, 1), (50, 25, 25))
    assert totals.corrections == [
        ("speaker", 1, 50),
        ("stance", 1, 50),
        ("issues", 0, 0),
        ("span", 1, 50),
        ("kind", 0, 0),
    ]


def test_each_outlet_has_its_own_figures(client_editor, verdicts):
    outlets = client_editor.get(PAGE).context["outlets"]

    assert [(o.label, _counts(o), _shares(o)) for o in outlets] == [
        ("Alpha News", (1, 1, 1, 1), (33, 33, 33)),
        ("Beta Wire", (3, 1, 1, 0), (60, 20, 20)),
    ]


def test_each_week_of_publication_has_its_own_figures(client_editor, verdicts):
    weeks = client_editor.get(PAGE).context["weeks"]

    assert [(w.monday, w.iso_week, _counts(w), _shares(w)) for w in weeks] == [
        (datetime.date(2022, 1, 10), "2022-W02", (1, 2, 1, 0), (25, 50, 25)),
        (datetime.date(2022, 1, 17), "2022-W03", (3, 0, 1, 1), (75, 0, 25)),
    ]


def test_the_stance_table_counts_suggested_against_final_stances(client_editor, verdicts):
    confusion = client_editor.get(PAGE).context["confusion"]

    assert confusion.stances == [("demand", "Demand"), ("offer", "Offer")]
    assert confusion.rows == [("Demand", [(5, True), (1, False)], 6)]


def test_the_page_shows_the_figures_in_words(client_editor, verdicts):
    body = client_editor.get(PAGE).content.decode()

    assert "settled of 9 suggested" in body
    assert "confirmed unchanged (4)" in body and "rejected (2)" in body
    assert ">10 Jan 2022</time>" in body and "2022-W03" in body
    assert "the week its article was published, not the week it was reviewed" in body
    assert '<meter class="share__bar share__bar--unchanged" min="0" max="100" value="60"' in body


def test_articles_without_an_outlet_or_a_date_come_last_under_a_name(client_editor, talks, editor):
    _accept(_suggestion(talks, None, None), editor)
    _accept(_suggestion(talks, SourceFactory(name="Zeta Post"), WEEK_2), editor)

    response = client_editor.get(PAGE)

    assert [o.label for o in response.context["outlets"]] == ["Zeta Post", "No outlet given"]
    assert [w.monday for w in response.context["weeks"]] == [datetime.date(2022, 1, 10), None]
    assert "Articles without a date" in response.content.decode()


def test_a_negotiation_without_suggestions_says_so(client_editor, talks):
    body = client_editor.get(PAGE).content.decode()

    assert "No suggestions yet." in body
    assert "<table" not in body


def test_suggestions_no_editor_has_settled_say_so(client_editor, talks):
    _suggestion(talks, SourceFactory(), WEEK_2)

    body = client_editor.get(PAGE).content.decode()

    assert "Nothing settled yet." in body
    assert "none settled yet" in body  # in the outlet's and the week's rows


def test_a_correction_no_one_needed_is_said_in_words(client_editor, talks, editor):
    _accept(_suggestion(talks, SourceFactory(), WEEK_2), editor)

    body = client_editor.get(PAGE).content.decode()

    assert "No suggestion needed a correction" in body


@pytest.mark.parametrize("n", (1, 3))
def test_the_page_reads_in_a_constant_number_of_queries(
    client_editor, talks, editor, n, django_assert_num_queries
):
    for day in range(n):
        outlet = SourceFactory()
        _correct(_suggestion(talks, outlet, WEEK_2 + datetime.timedelta(weeks=day)), editor, end=5)
        _reject(_suggestion(talks, outlet, WEEK_2), editor)
        _suggestion(talks, outlet, WEEK_3)

    # Session, user, permissions, the negotiation and remembering it (10); totals, stances,
    # outlets and weeks (4); learned versions and verdicts since (2); the header's
    # negotiations (1); the session saved (3).
    with django_assert_num_queries(20):
        response = client_editor.get(PAGE)

    assert len(response.context["outlets"]) == n


def test_analysts_are_refused_the_page(client_analyst, talks):
    assert client_analyst.get(PAGE).status_code == 403


def test_the_review_queue_links_editors_to_the_page(client_editor, client, talks):
    assert 'href="/review/accuracy/"' in client_editor.get("/review/").content.decode()


def test_the_review_queue_shows_analysts_no_link_to_it(client_analyst, talks):
    assert 'href="/review/accuracy/"' not in client_analyst.get("/review/").content.decode()


def _version(negotiation, version: int, *, rules: float, learned: float, **stored):
    return SuggestionModel.objects.create(
        negotiation=negotiation,
        version=version,
        verdicts_used=30 * version,
        metrics={
            "rules": {"stance_accuracy": rules, "issues_f1": 0.5, "quotes": 30},
            "learned": {"stance_accuracy": learned, "issues_f1": 0.75, "quotes": 30},
        },
        payload=b"",
        **stored,
    )


def test_learned_versions_show_their_replayed_gain_newest_first(client_editor, verdicts, talks):
    _version(talks, 1, rules=0.6, learned=0.55)
    _version(talks, 2, rules=0.6, learned=0.8)

    body = client_editor.get(PAGE).content.decode()
    section = body[body.index('id="learned-title"') :]

    assert section.index("v2") < section.index("v1")
    assert "60%</span> → <strong" in section
    assert "+20" in section  # v2's stance gain over the rules
    assert "-5" in section  # v1 did worse than the rules: said, not hidden
    assert "+25" in section  # issues F1 from 50 % to 75 %


def test_the_next_training_is_counted_from_the_latest_version(client_editor, verdicts, talks):
    SuggestionModel.objects.filter(negotiation=talks).delete()
    _version(talks, 1, rules=0.6, learned=0.8)
    # The verdicts fixture's 6 confirmed quotes came before the version: none count.
    body = client_editor.get(PAGE).content.decode()

    assert "0 quotes confirmed since v1: the next version trains after 30 more." in body


def test_before_any_training_the_page_says_how_many_verdicts_it_takes(
    client_editor, verdicts, talks
):
    body = client_editor.get(PAGE).content.decode()

    assert "No version trained yet." in body
    assert "Once editors confirm 30 quotes" in body
    assert "6 confirmed so far, 24 to go." in body  # 4 unchanged and 2 corrected
