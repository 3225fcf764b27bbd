"""Tagging a quote by selecting its words in the reader: the offsets the reader gives the
text, Parley's proposal for the span, and the save."""

import datetime
import html
import re

import pytest
from django.core.exceptions import ValidationError

from positions.editing import quote_create
from positions.models import Quote, QuoteIssue
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    IssueFactory,
    NegotiationFactory,
    OfficeFactory,
    PartyFactory,
    QuoteFactory,
)

HTMX = {"HX-Request": "true"}
# Several paragraphs, quote marks of all kinds, an existing quote, and a character beyond
# the Basic Multilingual Plane (one code point, two in JavaScript's counting).
BODY = (
    "Foreign Minister Anna Berg met her counterpart on Monday 🇪🇺.\n"
    "\n"
    "“We will not accept this,” the minister said. The sanctions must end now.\n"
    "\n"
    '"Talks go on," an aide said & left.'
)


@pytest.fixture
def article(db):
    ruritania = PartyFactory(slug="ruritania", name="Ruritania")
    negotiation = NegotiationFactory(slug="winter", with_parties=[ruritania])
    IssueFactory(
        negotiation=negotiation, name="Sanctions", slug="sanctions", keywords=["sanctions"]
    )
    berg = ActorFactory(name="Anna Berg", slug="anna-berg")
    OfficeFactory(actor=berg, party=ruritania, title="Foreign Minister")
    article = ArticleFactory(body=BODY, title="Talks", published_on=datetime.date(2022, 1, 12))
    article.negotiations.add(negotiation)
    QuoteFactory(article=article, text="Talks go on,", start=BODY.index("Talks go on"))
    return article


def _span(words: str) -> tuple[int, int]:
    start = BODY.index(words)
    return start, start + len(words)


def _url(article, span=None) -> str:
    url = f"/articles/{article.pk}/quotes/new/"
    return url + (f"?start={span[0]}&end={span[1]}" if span else "")


def _posted(article, span, **changes) -> dict:
    values = {"start": span[0], "end": span[1], "stance": "reject", "kind": "direct"}
    values |= {"said_on": "2022-01-12", "actor": "", "issues": []} | changes
    return {f"quote-new-{name}": value for name, value in values.items()}


# --- The reader's offsets --------------------------------------------------------------


def test_every_piece_of_the_readers_text_says_exactly_where_it_begins(client_editor, article):
    page = client_editor.get(f"/articles/{article.pk}/").content.decode()

    pieces = re.findall(r'data-offset="(\d+)"[^>]*>([^<]*)</', page)
    assert pieces
    for offset, text in pieces:
        text = html.unescape(text)
        assert BODY[int(offset) : int(offset) + len(text)] == text
    assert "".join(html.unescape(text) for _, text in pieces) == BODY.replace("\n", "")
    assert f'data-tag-url="/articles/{article.pk}/quotes/new/"' in page


# --- The proposal ----------------------------------------------------------------------


def test_the_quoted_words_propose_the_ministers_name_and_a_reject_stance(client_editor, article):
    response = client_editor.get(_url(article, _span("We will not accept this")), headers=HTMX)

    body = response.content.decode()
    berg = article.quotes.model.actor.field.related_model.objects.get(slug="anna-berg")
    assert response.status_code == 200
    assert "<html" not in body
    assert f'value="{berg.pk}" data-picker-id' in body
    assert 'value="Anna Berg" class="picker__input"' in body
    assert '<option value="reject" selected>Reject</option>' in body
    assert '<option value="direct" selected>Direct</option>' in body
    assert "Parley proposes <strong>Anna Berg</strong> (“the minister”)" in body
    assert '<mark class="quote-mark">We will not accept this</mark>' in body


def test_words_the_engine_missed_get_the_paragraphs_speaker_and_their_issues(
    client_editor, article
):
    response = client_editor.get(_url(article, _span("The sanctions must end now.")), headers=HTMX)

    body = response.content.decode()
    sanctions = article.negotiations.get().issues.get()
    assert '<option value="demand" selected>Demand</option>' in body
    assert f'value="{sanctions.pk}" id="id_quote-new-issues_0" checked' in body
    assert "read from these words and their paragraph" in body


def test_blank_space_at_the_ends_of_a_selection_is_left_out(client_editor, article):
    selected = _span(" The sanctions must end now.\n")

    response = client_editor.get(_url(article, selected), headers=HTMX)

    body = response.content.decode()
    start, end = _span("The sanctions must end now.")
    assert f'name="quote-new-start" value="{start}"' in body
    assert f'name="quote-new-end" value="{end}"' in body


@pytest.mark.parametrize(
    "span, words",
    [
        (_span("Talks go on,"), "These words are already a quote: “Talks go on,”"),
        (_span('on," an aide'), "These words overlap a quote already marked: “Talks go on,”"),
        (_span("\n\n"), "That span holds no words"),
        ((0, len(BODY) + 5), "must lie within its article"),
        (("x", "3"), "Select the words in the article's text first."),
    ],
)
def test_a_span_that_cannot_be_a_new_quote_is_refused_in_words(client_editor, article, span, words):
    response = client_editor.get(_url(article, span), headers=HTMX)

    assert response.status_code == 400
    assert words in html.unescape(response.content.decode())
    assert "<form" not in response.content.decode()


def test_without_a_selection_the_form_asks_for_the_span(client_editor, article):
    response = client_editor.get(_url(article))

    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" in body and 'name="quote-new-start"' in body


# --- Saving ----------------------------------------------------------------------------


def test_saving_makes_a_confirmed_manual_quote_and_redraws_the_reader_with_it(
    client_editor, article
):
    berg = ActorFactory._meta.model.objects.get(slug="anna-berg")
    sanctions = article.negotiations.get().issues.get()
    span = _span("We will not accept this")

    response = client_editor.post(
        _url(article), _posted(article, span, actor=berg.pk, issues=[sanctions.pk]), headers=HTMX
    )

    quote = Quote.objects.get(text="We will not accept this")
    body = response.content.decode()
    assert (quote.origin, quote.review_state, quote.reviewed_by) == (
        "manual",
        "confirmed",
        client_editor.user,
    )
    assert (quote.actor, quote.party.slug, quote.stance) == (berg, "ruritania", "reject")
    assert list(QuoteIssue.objects.filter(quote=quote).values_list("stance", flat=True)) == [
        "reject"
    ]
    assert response["HX-Retarget"] == "#reader-columns"
    assert response["HX-Reswap"] == "outerHTML"
    assert f'quote-mark--new" id="quote-{quote.pk}" data-offset="{span[0]}"' in body
    assert f'quote-card--new" id="quote-card-{quote.pk}"' in body
    assert "Quotes (2)" in body


def test_without_htmx_saving_goes_back_to_the_article_at_the_new_quote(client_editor, article):
    response = client_editor.post(_url(article), _posted(article, _span("The sanctions")))

    quote = Quote.objects.get(text="The sanctions")
    assert response["Location"] == f"/articles/{article.pk}/?tagged={quote.pk}#quote-{quote.pk}"
    page = client_editor.get(response["Location"]).content.decode()
    assert f'quote-card--new" id="quote-card-{quote.pk}"' in page


def test_a_save_over_an_existing_quote_is_refused_and_the_editors_choices_kept(
    client_editor, article
):
    response = client_editor.post(
        _url(article), _posted(article, _span('on," an aide'), stance="warn"), headers=HTMX
    )

    body = html.unescape(response.content.decode())
    assert response.status_code == 400
    assert "overlap a quote already marked" in body
    assert '<option value="warn" selected>' in body
    assert Quote.objects.count() == 1


def test_analysts_may_not_tag_quotes(client_analyst, article):
    span = _span("We will not accept this")

    assert client_analyst.get(_url(article, span), headers=HTMX).status_code == 403
    assert client_analyst.post(_url(article), _posted(article, span)).status_code == 403
    assert Quote.objects.count() == 1


# --- The service -----------------------------------------------------------------------


def test_quote_create_refuses_a_span_overlapping_a_quote_still_in_the_text(article):
    start, end = _span("go on")

    with pytest.raises(ValidationError) as refusal:
        quote_create(article=article, start=start, end=end, editor=None)

    assert "overlap a quote already marked" in str(refusal.value)


def test_quote_create_accepts_a_span_over_a_quote_whose_words_were_lost(article):
    article.quotes.update(anchor_lost=True)
    start, end = _span("Talks go on,")

    quote = quote_create(article=article, start=start, end=end, editor=None)

    assert quote.text == "Talks go on,"
