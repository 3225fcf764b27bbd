"""Editors' pages for responses: correcting one at its version, its history and reverts,
and answering a demand from a quote's page with a response pre-filled from the quote."""

import datetime

import pytest

from positions.demand_forms import summary_from
from positions.demands import evidence_link, response_edit
from positions.editing import quote_edit
from positions.history import history_of
from tests.factories import (
    DemandFactory,
    PartyFactory,
    QuoteFactory,
    ResponseFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def answer(demand, talks):
    """NATO's answer to Russia's demand."""
    return ResponseFactory(demand=demand, party=talks[3], kind="reject", summary="No")


@pytest.fixture
def nato_quote(talks):
    _, issue, _, nato = talks
    quote = QuoteFactory(
        text="NATO will not discuss it. The door stays open.",
        party=nato,
        stance="reject",
        said_on=datetime.date(2022, 1, 26),
    )
    return quote_edit(quote=quote, editor=None, version=quote.version, issues=[issue])


def _posted(answer, **changes) -> dict:
    values = {
        "party": answer.party_id,
        "kind": answer.kind,
        "summary": answer.summary,
        "responded_on": answer.responded_on.isoformat(),
        "version": answer.version,
    }
    return {**values, **changes}


def _resubmitted(page) -> dict:
    """What the refused form posts when the editor clicks "Save mine anyway"."""
    form = page.context["form"]
    return {name: form[name].value() or "" for name in form.fields}


def test_editor_edits_a_response_at_its_version(client_editor, answer):
    response = client_editor.post(
        f"/responses/{answer.pk}/edit/", _posted(answer, summary="No, in writing")
    )

    answer.refresh_from_db()
    assert response.url == f"/demands/{answer.demand_id}/#response-{answer.pk}"
    assert (answer.summary, answer.version) == ("No, in writing", 2)


def test_response_edit_form_shows_the_stored_values_and_version(client_editor, answer):
    content = client_editor.get(f"/responses/{answer.pk}/edit/").content.decode()

    assert '<input type="hidden" name="version" value="1"' in content
    assert 'value="No"' in content and '<option value="reject" selected>' in content


def test_a_stale_response_edit_is_refused_with_both_versions_shown(client_editor, answer):
    seen = _posted(answer, summary="No, in writing")
    response_edit(
        response=answer, summary="Not now", editor=UserFactory(username="boris"), version=1
    )

    refused = client_editor.post(f"/responses/{answer.pk}/edit/", seen)

    content = refused.content.decode()
    answer.refresh_from_db()
    assert refused.status_code == 409
    assert answer.summary == "Not now"
    assert "someone changed this response after you opened it" in content
    assert '<th scope="row">Summary</th><td>Not now</td><td>No, in writing</td>' in content
    assert "boris" in content and "Save mine anyway" in content


def test_a_stale_response_edit_is_reapplied_in_one_click(client_editor, answer):
    seen = _posted(answer, summary="No, in writing")
    response_edit(response=answer, kind="conditional", editor=None, version=1)
    refused = client_editor.post(f"/responses/{answer.pk}/edit/", seen)

    client_editor.post(f"/responses/{answer.pk}/edit/", _resubmitted(refused))

    answer.refresh_from_db()
    assert (answer.summary, answer.kind, answer.version) == ("No, in writing", "reject", 3)


def test_a_response_edit_without_its_version_is_refused_in_words(client_editor, answer):
    posted = _posted(answer, summary="No, in writing")
    del posted["version"]

    response = client_editor.post(f"/responses/{answer.pk}/edit/", posted)

    answer.refresh_from_db()
    assert response.status_code == 400
    assert answer.summary == "No"


def test_a_response_edit_to_a_party_of_other_talks_is_refused(client_editor, answer):
    stranger = PartyFactory(name="Atlantis")

    response = client_editor.post(
        f"/responses/{answer.pk}/edit/", _posted(answer, party=stranger.pk)
    )

    answer.refresh_from_db()
    assert response.status_code == 400
    assert answer.party.name == "NATO"


def test_demand_page_links_each_response_to_its_edit_form_and_history(client_editor, answer):
    mine = client_editor.get(f"/demands/{answer.demand_id}/").content.decode()

    assert f'href="/responses/{answer.pk}/edit/"' in mine
    assert f'href="/responses/{answer.pk}/history/"' in mine


def test_response_history_shows_who_changed_what(client_analyst, answer):
    anna = UserFactory(username="anna")
    response_edit(response=answer, summary="Not now", editor=anna, version=1, reason="Reworded")

    content = client_analyst.get(f"/responses/{answer.pk}/history/").content.decode()

    assert "<strong>anna</strong> changed it" in content and "Reworded" in content
    assert "<strong>Summary</strong>: No → Not now" in content
    assert f'href="/demands/{answer.demand_id}/#response-{answer.pk}"' in content
    assert "Revert" not in content and "Edit this response" not in content


def test_revert_puts_a_response_back(client_editor, answer):
    response_edit(response=answer, summary="Not now", kind="ignore", editor=None, version=1)
    change = history_of(answer)[0]

    reverted = client_editor.post(f"/responses/{answer.pk}/history/{change.history_id}/revert/")

    answer.refresh_from_db()
    assert reverted.url == f"/demands/{answer.demand_id}/#response-{answer.pk}"
    assert (answer.summary, answer.kind, answer.version) == ("No", "reject", 3)


def test_unlinking_a_responses_evidence_shows_in_its_history(client_editor, answer, nato_quote):
    evidence_link(quote=nato_quote, response=answer, editor=None)
    panel = client_editor.get(f"/responses/{answer.pk}/history/").content.decode()

    client_editor.post(f"/responses/{answer.pk}/evidence/{nato_quote.pk}/unlink/")

    assert f'action="/responses/{answer.pk}/evidence/{nato_quote.pk}/unlink/"' in panel
    assert list(answer.evidence.all()) == []
    assert [change.label for change in history_of(answer)[0].changes] == ["Evidence"]


def test_answering_from_a_quote_opens_the_response_form_of_the_demand(
    client_editor, demand, nato_quote
):
    response = client_editor.get(f"/quotes/{nato_quote.pk}/answer/", {"demand": demand.pk})

    assert response.url == f"/demands/{demand.pk}/responses/new/?quote={nato_quote.pk}"


def test_answering_a_demand_of_other_talks_sends_the_editor_back(client_editor, nato_quote):
    elsewhere = DemandFactory()

    response = client_editor.get(
        f"/quotes/{nato_quote.pk}/answer/", {"demand": elsewhere.pk}, follow=True
    )

    assert response.redirect_chain == [(f"/quotes/{nato_quote.pk}/#evidence-for", 302)]
    assert "Choose a demand of this quote" in response.content.decode()


def test_new_response_is_prefilled_from_the_answering_quote(
    client_editor, demand, nato_quote, talks
):
    page = client_editor.get(f"/demands/{demand.pk}/responses/new/?quote={nato_quote.pk}")

    assert page.context["form"].initial == {
        "party": talks[3].pk,
        "kind": "reject",
        "responded_on": datetime.date(2022, 1, 26),
        "summary": "NATO will not discuss it.",
    }
    assert "cited as its evidence when saved" in page.content.decode()


@pytest.mark.parametrize(
    ("stance", "kind"),
    (("accept", "accept"), ("offer", "counter-offer"), ("warn", "conditional"), ("assess", "")),
)
def test_a_quotes_stance_suggests_the_kind_of_answer(
    client_editor, demand, nato_quote, stance, kind
):
    quote = quote_edit(quote=nato_quote, editor=None, version=nato_quote.version, stance=stance)

    page = client_editor.get(f"/demands/{demand.pk}/responses/new/?quote={quote.pk}")

    assert page.context["form"].initial["kind"] == kind


def test_a_summary_from_a_quote_is_its_first_sentence_cut_at_a_word():
    long_sentence = "word " * 80

    assert summary_from("We refuse.  Talks   go on!") == "We refuse."
    assert summary_from("Why now? Nobody knows") == "Why now?"
    assert summary_from("Russia has no veto power,") == "Russia has no veto power"
    assert summary_from(long_sentence).endswith("word…")
    assert len(summary_from(long_sentence)) <= 300


def test_a_new_demand_is_addressed_to_the_party_its_quote_names(client_editor, talks):
    negotiation, issue, russia, nato = talks
    ukraine = PartyFactory(slug="ukraine", name="Ukraine")
    negotiation.parties.add(ukraine, through_defaults={"order": 3})
    quote = QuoteFactory(text="We ask NATO to stop expanding", party=russia, stance="offer")
    quote = quote_edit(quote=quote, editor=None, version=quote.version, issues=[issue])

    initial = client_editor.get(f"/demands/new/?quote={quote.pk}").context["form"].initial

    assert (initial["addressee"], initial["kind"]) == (nato.pk, "offer")


def test_analysts_are_refused_response_edits_answers_and_reverts(client_analyst, answer, fomin):
    response_edit(response=answer, summary="Not now", editor=None, version=1)
    change = history_of(answer)[0]

    codes = [
        client_analyst.get(f"/responses/{answer.pk}/edit/").status_code,
        client_analyst.post(f"/responses/{answer.pk}/edit/", _posted(answer)).status_code,
        client_analyst.get(f"/quotes/{fomin.pk}/answer/", {"demand": answer.demand_id}).status_code,
        client_analyst.post(
            f"/responses/{answer.pk}/history/{change.history_id}/revert/"
        ).status_code,
    ]

    answer.refresh_from_db()
    assert codes == [403] * 4
    assert answer.summary == "Not now"


def test_analysts_see_no_response_controls(client_analyst, answer):
    page = client_analyst.get(f"/demands/{answer.demand_id}/").content.decode()

    assert f'href="/responses/{answer.pk}/history/"' in page
    assert f"/responses/{answer.pk}/edit/" not in page


@pytest.mark.parametrize("n", (1, 3))
def test_demand_page_query_count_is_constant(
    client_editor, demand, talks, n, django_assert_num_queries
):
    for _ in range(n):
        evidence_link(quote=QuoteFactory(), demand=demand, editor=None)
        ResponseFactory(demand=demand, party=talks[3]).evidence.add(QuoteFactory())
    client_editor.get(f"/demands/{demand.pk}/")

    with django_assert_num_queries(11):
        response = client_editor.get(f"/demands/{demand.pk}/")

    assert response.content.decode().count(">History<span") == n


@pytest.mark.parametrize("n", (1, 3))
def test_quote_page_with_the_evidence_panel_query_count_is_constant(
    client_editor, fomin, talks, n, django_assert_num_queries
):
    negotiation, issue, russia, nato = talks
    for step in range(n):
        cited = DemandFactory(negotiation=negotiation, issue=issue, party=russia)
        cited.evidence.add(fomin)
        open_demand = DemandFactory(negotiation=negotiation, issue=issue, party=nato)
        ResponseFactory(demand=open_demand, party=russia, summary=f"Answer {step}")
    client_editor.get(f"/quotes/{fomin.pk}/")

    # The analyst's page (tests/timeline) and the panel's four.
    with django_assert_num_queries(15):
        response = client_editor.get(f"/quotes/{fomin.pk}/")

    content = response.content.decode()
    assert content.count('<option value="demand-') == n
    assert content.count('<option value="response-') == n
