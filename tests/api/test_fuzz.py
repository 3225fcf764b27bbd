"""A schema-driven fuzz of the whole API (schemathesis): every endpoint, every parameter,
values valid and not; no answer may be a server error or stray from the schema.

Each endpoint is tried against the demo negotiation through a live server, with a
bounded number of examples, so the run takes about a minute.
"""

import io
import json

import pytest
import schemathesis
from django.core.management import call_command
from django.test import override_settings
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.endpoints import api as parley_api
from api.services import token_create
from tests.factories import UserFactory

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


# The schema /api/v1/openapi.json serves (through JSON: its status codes become strings).
schema = schemathesis.openapi.from_dict(json.loads(json.dumps(parley_api.get_openapi_schema())))


@pytest.fixture(scope="module")
def demo_secret(django_db_setup, django_db_blocker):
    """A token over the demo negotiation (the only one: it may be left out), committed for
    the live server to read, once for every endpoint, and emptied out after the last."""
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())
        yield token_create(user=UserFactory(), name="Fuzz")[1]
        # As a transactional test ends: the tables emptied, the roles made again.
        call_command("flush", interactive=False, verbosity=0)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@override_settings(PARLEY_API_RATE_PER_MINUTE=0)
def test_the_api_answers_every_request_within_its_schema(case, live_server, demo_secret):
    response = case.call(
        base_url=live_server.url, headers={"Authorization": f"Bearer {demo_secret}"}
    )

    case.validate_response(response, checks=CHECKS)
