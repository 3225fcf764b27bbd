"""Editors' pages for demands: evidence from a quote's page, new demands and responses from a
quote, edits at a version, status with a reason, unlinking; history and reverts."""

import datetime

import pytest

from positions.demands import demand_edit, demand_set_status, evidence_link
from positions.editing import quote_edit
from positions.history import history_of
from positions.models import Demand, QuoteIssue
from tests.factories import (
    DemandFactory,
    QuoteFactory,
    ResponseFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def test_quote_page_offers_editors_the_talks_demands_as_evidence(client_editor, fomin, demand):
    content = client_editor.get(f"/quotes/{fomin.pk}/").content.decode()

    assert '<section class="card evidence-for" id="evidence-for">' in content
    assert f'<option value="demand-{demand.pk}">Russia: De-escalate</option>' in content
    assert f'<option value="{demand.pk}">Russia: De-escalate</option>' in content
    assert f'action="/quotes/{fomin.pk}/answer/"' in content
    assert f'href="/demands/new/?quote={fomin.pk}"' in content


def test_quote_history_no_longer_carries_the_evidence_panel(client_editor, fomin, demand):
    content = client_editor.get(f"/quotes/{fomin.pk}/history/").content.decode()

    assert "Link as evidence" not in content


def test_a_quote_of_no_talks_says_how_to_make_it_evidence(client_editor, db):
    quote = QuoteFactory()

    content = client_editor.get(f"/quotes/{quote.pk}/").content.decode()

    assert "Tag an issue of a negotiation on the quote" in content
    assert "/demands/new/" not in content


def test_quote_page_loads_its_history_in_place(client_analyst, fomin):
    content = client_analyst.get(f"/quotes/{fomin.pk}/").content.decode()

    assert f'hx-get="/quotes/{fomin.pk}/history/"' in content


def test_editor_links_a_quote_to_a_demand_from_its_page(client_editor, fomin, demand):
    response = client_editor.post(
        f"/quotes/{fomin.pk}/evidence/", {"target": f"demand-{demand.pk}"}, follow=True
    )

    assert list(demand.evidence.all()) == [fomin]
    assert "The quote is now evidence for “De-escalate”." in response.content.decode()


def test_editor_links_a_quote_to_a_response(client_editor, fomin, demand, talks):
    answer = ResponseFactory(demand=demand, party=talks[3], summary="No")

    client_editor.post(f"/quotes/{fomin.pk}/evidence/", {"target": f"response-{answer.pk}"})

    assert list(answer.evidence.all()) == [fomin]


def test_a_demand_of_other_talks_is_no_choice(client_editor, fomin):
    elsewhere = DemandFactory()

    client_editor.post(f"/quotes/{fomin.pk}/evidence/", {"target": f"demand-{elsewhere.pk}"})

    assert list(elsewhere.evidence.all()) == []


def test_new_demand_form_is_prefilled_from_the_quote(client_editor, fomin, talks):
    _, issue, russia, nato = talks

    form = client_editor.get(f"/demands/new/?quote={fomin.pk}").context["form"]

    assert form.initial == {
        "party": russia.pk,
        "addressee": nato.pk,
        "issue": issue.pk,
        "kind": "demand",
        "first_raised_on": datetime.date(2022, 1, 13),
        "summary": fomin.text,
    }


def test_new_demand_from_a_quote_cites_it(client_editor, fomin, talks):
    _, issue, russia, nato = talks
    posted = {
        "party": russia.pk,
        "addressee": nato.pk,
        "issue": issue.pk,
        "kind": "demand",
        "summary": "De-escalate the situation",
        "first_raised_on": "2022-01-13",
    }

    response = client_editor.post(f"/demands/new/?quote={fomin.pk}", posted)

    demand = Demand.objects.get()
    assert response.url == f"/demands/{demand.pk}/"
    assert (demand.party, demand.addressee, demand.summary) == (russia, nato, posted["summary"])
    assert list(demand.evidence.all()) == [fomin]


def test_response_from_a_quote_is_prefilled_and_cites_it(client_editor, fomin, demand, talks):
    page = client_editor.get(f"/demands/{demand.pk}/responses/new/?quote={fomin.pk}")
    posted = {**page.context["form"].initial, "kind": "reject", "responded_on": "2022-01-13"}

    client_editor.post(f"/demands/{demand.pk}/responses/new/?quote={fomin.pk}", posted)

    answer = demand.responses.get()
    assert (answer.party, answer.summary) == (talks[2], fomin.text)
    assert list(answer.evidence.all()) == [fomin]


def test_status_change_needs_a_reason(client_editor, demand):
    refused = client_editor.post(f"/demands/{demand.pk}/status/", {"status": "met", "version": 1})
    changed = client_editor.post(
        f"/demands/{demand.pk}/status/",
        {"status": "met", "reason": "Talks agreed", "version": 1},
        follow=True,
    )

    demand.refresh_from_db()
    assert refused.status_code == 400
    assert "Status is now “Met”." in changed.content.decode()
    assert (demand.status, demand.status_reason) == ("met", "Talks agreed")


def _edit(demand, **changes):
    posted = {
        "party": demand.party_id,
        "addressee": demand.addressee_id,
        "issue": demand.issue_id,
        "kind": demand.kind,
        "summary": demand.summary,
        "version": demand.version,
    }
    return {**posted, **changes}


def test_stale_demand_edit_shows_their_change_beside_mine(client_editor, demand):
    seen = _edit(demand, summary="Pull back troops")
    demand_edit(demand=demand, summary="Withdraw troops", editor=None, version=1)

    response = client_editor.post(f"/demands/{demand.pk}/edit/", seen)

    content = response.content.decode()
    demand.refresh_from_db()
    assert response.status_code == 409
    assert demand.summary == "Withdraw troops"
    assert "someone changed this demand after you opened it" in content
    assert (
        '<th scope="row">Summary</th><td>Withdraw troops</td><td>Pull back troops</td>' in content
    )
    assert 'name="version" value="2"' in content and 'value="Pull back troops"' in content
    assert "Save mine anyway" in content


def test_stale_demand_edit_reapplies_mine_in_one_click(client_editor, demand):
    seen = _edit(demand, summary="Pull back troops")
    demand_set_status(
        demand=demand, status="rejected", reason="NATO said no", editor=None, version=1
    )
    refused = client_editor.post(f"/demands/{demand.pk}/edit/", seen)

    client_editor.post(f"/demands/{demand.pk}/edit/", _resubmitted(refused))

    demand.refresh_from_db()
    assert '<th scope="row">Status</th><td>Rejected</td><td>—</td>' in refused.content.decode()
    assert (demand.summary, demand.status, demand.version) == ("Pull back troops", "rejected", 3)


def _resubmitted(page) -> dict:
    """What the refused form posts when the editor clicks "Save mine anyway"."""
    form = page.context["form"]
    return {name: form[name].value() or "" for name in form.fields}


def test_editor_edits_a_demand_at_its_version(client_editor, demand):
    client_editor.post(f"/demands/{demand.pk}/edit/", _edit(demand, summary="Pull back troops"))

    demand.refresh_from_db()
    assert (demand.summary, demand.version) == ("Pull back troops", 2)


def test_editor_unlinks_evidence_from_the_demand_page(client_editor, demand, fomin):
    evidence_link(quote=fomin, demand=demand, editor=None)
    page = client_editor.get(f"/demands/{demand.pk}/history/").content.decode()

    client_editor.post(f"/demands/{demand.pk}/evidence/{fomin.pk}/unlink/")

    assert f'action="/demands/{demand.pk}/evidence/{fomin.pk}/unlink/"' in page
    assert list(demand.evidence.all()) == []


def test_demand_history_shows_who_changed_what_and_why(client_analyst, demand):
    anna = UserFactory(username="anna")
    demand_set_status(demand=demand, status="met", reason="Talks agreed", editor=anna, version=1)

    content = client_analyst.get(f"/demands/{demand.pk}/history/").content.decode()

    assert "<strong>anna</strong> changed it" in content and "Talks agreed" in content
    assert "<strong>Status</strong>: Open → Met" in content
    assert "Revert" not in content


def test_revert_restores_a_demand_status(client_editor, demand):
    demand_set_status(demand=demand, status="met", reason="Talks agreed", editor=None, version=1)
    change = history_of(demand)[0]

    client_editor.post(f"/demands/{demand.pk}/history/{change.history_id}/revert/")

    demand.refresh_from_db()
    assert demand.status == "open"


def test_revert_of_a_quote_stance_moves_the_matrix_copies(client_editor, fomin):
    quote_edit(quote=fomin, editor=None, version=fomin.version, stance="reject")
    change = history_of(fomin)[0]

    client_editor.post(f"/quotes/{fomin.pk}/history/{change.history_id}/revert/")

    fomin.refresh_from_db()
    assert fomin.stance == "demand"
    assert list(QuoteIssue.objects.values_list("stance", flat=True)) == ["demand"]


def test_a_revert_that_cannot_be_done_says_why(client_editor, demand):
    demand_set_status(demand=demand, status="met", reason="Agreed", editor=None, version=1)
    demand_set_status(demand=demand, status="rejected", reason="Undone", editor=None, version=2)
    older = history_of(demand)[1]

    response = client_editor.post(
        f"/demands/{demand.pk}/history/{older.history_id}/revert/", follow=True
    )

    assert "Not reverted: Changed again since" in response.content.decode()


def _posts(demand, quote, change_id):
    return [
        (f"/quotes/{quote.pk}/evidence/", {"target": f"demand-{demand.pk}"}),
        (f"/demands/new/?quote={quote.pk}", {}),
        (f"/demands/{demand.pk}/edit/", {}),
        (f"/demands/{demand.pk}/status/", {"status": "met", "reason": "x", "version": 1}),
        (f"/demands/{demand.pk}/responses/new/", {}),
        (f"/demands/{demand.pk}/evidence/{quote.pk}/unlink/", {}),
        (f"/demands/{demand.pk}/history/{change_id}/revert/", {}),
    ]


def test_analysts_get_403_on_every_demand_write(client_analyst, demand, fomin):
    demand_set_status(demand=demand, status="met", reason="Agreed", editor=None, version=1)
    evidence_link(quote=fomin, demand=demand, editor=None)
    posts = _posts(demand, fomin, history_of(demand)[0].history_id)

    codes = [client_analyst.post(url, data).status_code for url, data in posts]

    assert codes == [403] * len(posts)
    assert list(demand.evidence.all()) == [fomin]


def test_analysts_see_no_editing_controls(client_analyst, demand, fomin):
    page = client_analyst.get(f"/demands/{demand.pk}/history/").content.decode()
    quote_page = client_analyst.get(f"/quotes/{fomin.pk}/").content.decode()

    assert "Change status" not in page and "Unlink" not in page
    assert "Evidence for…" not in quote_page and "Link as evidence" not in quote_page


@pytest.mark.parametrize("n", (1, 3))
def test_demand_history_query_count_is_constant(
    client_editor, demand, n, django_assert_num_queries
):
    for version in range(1, n + 1):
        demand_set_status(
            demand=demand,
            status="met" if version % 2 else "open",
            reason="x",
            editor=None,
            version=version,
        )
        evidence_link(quote=QuoteFactory(), demand=demand, editor=None)
    client_editor.get(f"/demands/{demand.pk}/history/")

    with django_assert_num_queries(10):
        client_editor.get(f"/demands/{demand.pk}/history/", headers={"HX-Request": "true"})


@pytest.mark.parametrize("n", (1, 3))
def test_quote_history_query_count_is_constant(
    client_editor, fomin, demand, n, django_assert_num_queries
):
    for step in range(n):
        stance = "demand" if step % 2 else "reject"
        fomin = quote_edit(quote=fomin, editor=None, version=fomin.version, stance=stance)
        ResponseFactory(demand=demand)
    client_editor.get(f"/quotes/{fomin.pk}/history/")

    with django_assert_num_queries(8):
        client_editor.get(f"/quotes/{fomin.pk}/history/", headers={"HX-Request": "true"})


@pytest.mark.parametrize("n", (1, 3))
def test_demand_history_with_evidence_query_count_is_constant(
    client_editor, demand, talks, n, django_assert_num_queries
):
    for _ in range(n):
        evidence_link(quote=QuoteFactory(), demand=demand, editor=None)
        ResponseFactory(demand=demand, party=talks[3]).evidence.add(QuoteFactory())
    client_editor.get(f"/demands/{demand.pk}/history/")

    with django_assert_num_queries(11):
        client_editor.get(f"/demands/{demand.pk}/history/", headers={"HX-Request": "true"})
