"""/api/v1/openapi.json: a valid OpenAPI 3.1 document describing every endpoint, its
parameters, its answers and its errors."""

import json

import schemathesis

from api.endpoints import api as parley_api
from api.urls import api_v1

ERRORS = {"400", "401", "429"}


def _served(api) -> dict:
    return api.json("/api/v1/openapi.json")


def test_the_schema_is_valid_openapi_3_1(api):
    served = _served(api)

    assert served["openapi"].startswith("3.1")
    schemathesis.openapi.from_dict(served).validate()  # raises on any breach of the spec


def test_the_schema_describes_every_endpoint_the_api_serves(api):
    served = _served(api)
    routed = {
        "/api/v1/" + str(pattern.pattern)
        for pattern in api_v1[0]
        if pattern.name not in ("api-root", "openapi-json")
    }

    assert set(served["paths"]) == routed
    assert len(routed) == 8


def test_every_operation_documents_its_answers_errors_and_security(api):
    served = _served(api)

    for path, operations in served["paths"].items():
        assert set(operations) == {"get"}, path
        answers = operations["get"]["responses"]
        assert {"200"} | ERRORS <= set(answers), path
        for status in ERRORS:
            schema = answers[status]["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/Error"}, path
        assert operations["get"]["security"] == [{"BearerToken": []}, {"BrowserSession": []}]
    error = served["components"]["schemas"]["Error"]
    assert error["required"] == ["detail"]


def test_the_quotes_parameters_are_the_timelines_filters(api):
    parameters = _served(api)["paths"]["/api/v1/quotes/"]["get"]["parameters"]

    assert [p["name"] for p in parameters] == [
        "negotiation",
        "party",
        "issue",
        "actor",
        "source",
        "stance",
        "kind",
        "from",
        "to",
        "q",
        "order",
        "cursor",
        "limit",
    ]


def test_the_served_schema_is_the_one_the_fuzz_reads(api):
    assert _served(api) == json.loads(json.dumps(parley_api.get_openapi_schema()))
