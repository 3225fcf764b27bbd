"""Who may read the API: a token or a session; nobody may write through it."""

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings

from api.models import ApiToken
from api.services import token_create, token_digest, token_revoke
from tests.factories import UserFactory

QUOTES = "/api/v1/quotes/"


def _assert_json_401(response) -> dict:
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")
    assert response["WWW-Authenticate"].startswith("Bearer")
    return response.json()


def test_no_token_is_401_in_json_saying_how_to_get_one(client, talks):
    body = _assert_json_401(client.get(QUOTES))

    assert "/settings/tokens/" in body["detail"]


def test_unknown_token_is_401(client, talks):
    response = client.get(QUOTES, headers={"Authorization": "Bearer parley_not-a-real-one"})

    assert "not known" in _assert_json_401(response)["detail"]


def test_revoked_token_is_401(client, talks, token):
    found, secret = token
    token_revoke(token=found)

    response = client.get(QUOTES, headers={"Authorization": f"Bearer {secret}"})

    assert "revoked" in _assert_json_401(response)["detail"]


def test_token_of_a_disabled_account_is_401(client, talks, token, analyst):
    analyst.is_active = False
    analyst.save()

    response = client.get(QUOTES, headers={"Authorization": f"Bearer {token[1]}"})

    assert "disabled" in _assert_json_401(response)["detail"]


def test_bad_token_is_refused_even_with_a_signed_in_session(client, talks, analyst):
    client.force_login(analyst)

    response = client.get(QUOTES, headers={"Authorization": "Bearer parley_wrong"})

    assert response.status_code == 401


def test_valid_token_reads_and_records_its_use(api, talks, token):
    assert token[0].last_used_at is None

    response = api.get(QUOTES)

    assert response.status_code == 200
    assert ApiToken.objects.get(pk=token[0].pk).last_used_at is not None


def test_a_signed_in_browser_reads_the_api_without_a_token(client, talks, analyst):
    client.force_login(analyst)

    assert client.get(QUOTES).status_code == 200


@override_settings(PARLEY_ANONYMOUS_READ=True)
def test_anonymous_read_mode_opens_the_api_for_reading_only(client, talks):
    assert client.get(QUOTES).status_code == 200
    assert client.post(QUOTES).status_code in (401, 405)


def test_tokens_are_stored_only_as_their_digest(analyst):
    found, secret = token_create(user=analyst, name="Script")

    stored = ApiToken.objects.get(pk=found.pk)
    assert stored.digest == token_digest(secret)
    assert secret not in {stored.digest, stored.prefix, stored.name}
    assert secret.startswith(stored.prefix)


@pytest.mark.parametrize("method", ("POST", "PUT", "PATCH", "DELETE", "OPTIONS"))
@pytest.mark.parametrize("path", (QUOTES, "/api/v1/demands/", "/api/v1/", "/api/v1/openapi.json"))
def test_an_analysts_token_cannot_write_anything(api, talks, method, path):
    response = api.request(method, path)

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert response.json()["detail"].startswith("The API is read-only")


def test_an_editors_token_cannot_write_either(client, talks):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="editor"))
    _, secret = token_create(user=editor, name="Editor's script")

    response = client.post(QUOTES, headers={"Authorization": f"Bearer {secret}"})

    assert response.status_code == 405


def test_a_token_opens_the_api_and_nothing_else(client, talks, token):
    response = client.get("/timeline/", headers={"Authorization": f"Bearer {token[1]}"})

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_head_answers_like_get_without_a_body(api, talks):
    got, head = api.get(QUOTES), api.client.head(QUOTES, headers=api.headers)

    assert head.status_code == got.status_code == 200
    assert head.content == b""
