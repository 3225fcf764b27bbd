"""The API's errors: JSON with the right status, naming the parameter at fault."""

import pytest
from django.test import override_settings

from api.services import token_create
from tests.factories import IssueFactory, NegotiationFactory


def _error(response, status: int) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def _problems(response) -> dict[str, str]:
    body = _error(response, 400)
    return {problem["parameter"]: problem["message"] for problem in body["errors"]}


def test_unknown_slugs_are_400_naming_each_filter(api, talks):
    response = api.get("/api/v1/quotes/", {"party": ["nato", "narnia"], "actor": "nobody"})

    assert _problems(response) == {
        "party": "No party 'narnia'.",
        "actor": "No speaker 'nobody'.",
    }


def test_an_issue_of_another_negotiation_is_400(api, talks):
    IssueFactory(slug="elsewhere")

    response = api.get("/api/v1/quotes/", {"negotiation": "winter", "issue": "elsewhere"})

    assert _problems(response) == {"issue": "No issue 'elsewhere' in this negotiation."}


@pytest.mark.parametrize(
    ("params", "parameter"),
    (
        ({"from": "12 January"}, "from"),
        ({"to": "1066-10-14"}, "to"),
        ({"stance": "sulk"}, "stance"),
        ({"kind": "shouted"}, "kind"),
        ({"order": "random"}, "order"),
        ({"limit": "0"}, "limit"),
        ({"limit": "201"}, "limit"),
        ({"limit": "lots"}, "limit"),
        ({"q": "x" * 201}, "q"),
        ({"party": [f"p{n}" for n in range(21)]}, "party"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"cursor": "2022-01-12.event.5"}, "cursor"),
    ),
)
def test_bad_quote_filters_are_400_saying_which_and_why(api, talks, params, parameter):
    problems = _problems(api.get("/api/v1/quotes/", params))

    assert list(problems) == [parameter]
    assert problems[parameter]


@pytest.mark.parametrize(
    ("path", "params", "parameter"),
    (
        ("/api/v1/matrix/", {"as_of": "9999-01-01"}, "as_of"),
        ("/api/v1/demands/", {"party": "narnia"}, "party"),
        ("/api/v1/demands/", {"status": "pending"}, "status"),
        ("/api/v1/demands/", {"cursor": "1_2_3"}, "cursor"),
        ("/api/v1/articles/", {"cursor": "-4"}, "cursor"),
        ("/api/v1/articles/", {"status": "lost"}, "status"),
        ("/api/v1/issues/", {"cursor": "e30"}, "cursor"),
        ("/api/v1/parties/", {"cursor": "%%%"}, "cursor"),
        ("/api/v1/actors/", {"kind": "pundit"}, "kind"),
    ),
)
def test_bad_parameters_of_every_endpoint_are_400(api, talks, path, params, parameter):
    assert list(_problems(api.get(path, params))) == [parameter]


def test_the_negotiation_may_be_left_out_while_there_is_only_one(api, talks):
    assert api.get("/api/v1/quotes/").status_code == 200


def test_with_several_negotiations_one_must_be_named(api, talks):
    NegotiationFactory(slug="summer")

    problems = _problems(api.get("/api/v1/quotes/"))

    assert "Several negotiations" in problems["negotiation"]
    assert api.get("/api/v1/quotes/", {"negotiation": "summer"}).status_code == 200


def test_an_unknown_negotiation_is_400(api, talks):
    problems = _problems(api.get("/api/v1/matrix/", {"negotiation": "autumn"}))

    assert problems == {
        "negotiation": "No negotiation has the slug 'autumn': /api/v1/negotiations/ lists them."
    }


def test_no_negotiation_at_all_is_400(api):
    assert _problems(api.get("/api/v1/issues/")) == {
        "negotiation": "No negotiation is tracked yet."
    }


@pytest.mark.parametrize("path", ("/api/v1/nothing/", "/api/v1/quotes", "/api/v2/", "/api/"))
def test_unknown_addresses_are_404_in_json(api, path):
    assert "/api/v1/" in _error(api.get(path), 404)["detail"]


def test_a_nul_byte_is_400_in_json(api, talks):
    body = _error(api.get("/api/v1/quotes/", {"q": "veto\x00"}), 400)

    assert "a NUL byte" in body["detail"]


@override_settings(PARLEY_API_RATE_PER_MINUTE=3)
def test_a_token_over_its_rate_is_429_with_retry_after(api, client, talks, analyst):
    answers = [api.get("/api/v1/parties/").status_code for _ in range(4)]
    _, other = token_create(user=analyst, name="Another script")
    elsewhere = client.get("/api/v1/parties/", headers={"Authorization": f"Bearer {other}"})

    assert answers == [200, 200, 200, 429]
    refused = api.get("/api/v1/parties/")
    assert "Too many requests" in _error(refused, 429)["detail"]
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert elsewhere.status_code == 200  # the limit is per token
