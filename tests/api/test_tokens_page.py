"""/settings/tokens/: an analyst makes, sees and revokes their own API tokens."""

import re

import pytest

from api.models import ApiToken
from api.services import token_create, token_digest
from tests.factories import UserFactory

PAGE = "/settings/tokens/"


def _shown_secrets(response) -> list[str]:
    return re.findall(r"parley_[-\w]{20,}", response.content.decode())


def test_the_page_is_linked_from_the_user_menu(client, analyst):
    client.force_login(analyst)

    response = client.get("/")

    assert f'<a href="{PAGE}">API tokens</a>' in response.content.decode()


def test_an_empty_page_says_what_to_do(client, analyst):
    client.force_login(analyst)

    response = client.get(PAGE)

    assert response.status_code == 200
    assert "No tokens yet" in response.content.decode()


def test_making_a_token_shows_it_once(client, analyst):
    client.force_login(analyst)

    made = client.post(PAGE, {"name": "Briefing notebook"})
    later = client.get(PAGE)

    secrets = set(_shown_secrets(made))
    assert len(secrets) == 1
    secret = secrets.pop()
    stored = ApiToken.objects.get(user=analyst)
    assert (stored.name, stored.digest) == ("Briefing notebook", token_digest(secret))
    assert made["Cache-Control"] == "no-store"
    assert _shown_secrets(later) == []
    assert "Briefing notebook" in later.content.decode()
    assert stored.prefix in later.content.decode()
    # and it works
    api = client.get("/api/v1/negotiations/", headers={"Authorization": f"Bearer {secret}"})
    assert api.status_code == 200


def test_a_token_needs_a_name(client, analyst):
    client.force_login(analyst)

    response = client.post(PAGE, {"name": "   "})

    assert response.status_code == 200
    assert "form-error" in response.content.decode()
    assert not ApiToken.objects.exists()


def test_revoking_a_token_stops_it_at_once(client, analyst):
    token, secret = token_create(user=analyst, name="Old script")
    client.force_login(analyst)

    response = client.post(f"/settings/tokens/{token.pk}/revoke/")

    assert response.status_code == 302
    assert ApiToken.objects.get(pk=token.pk).is_revoked
    assert "Revoked" in client.get(PAGE).content.decode()
    refused = client.get("/api/v1/negotiations/", headers={"Authorization": f"Bearer {secret}"})
    assert refused.status_code == 401


def test_nobody_sees_or_revokes_someone_elses_tokens(client, analyst):
    token, _ = token_create(user=UserFactory(), name="Someone else's")
    client.force_login(analyst)

    listed = client.get(PAGE)
    revoke = client.post(f"/settings/tokens/{token.pk}/revoke/")

    assert "Someone else" not in listed.content.decode()
    assert revoke.status_code == 404
    assert not ApiToken.objects.get(pk=token.pk).is_revoked


def test_revoke_answers_only_post(client, analyst):
    token, _ = token_create(user=analyst, name="Script")
    client.force_login(analyst)

    assert client.get(f"/settings/tokens/{token.pk}/revoke/").status_code == 405


@pytest.mark.parametrize("n", (1, 3))
def test_the_page_reads_in_constant_queries(client, analyst, n, django_assert_num_queries):
    for i in range(n):
        token_create(user=analyst, name=f"Script {i}")
    client.force_login(analyst)

    # session, user, preference, negotiation, the switcher's list, the user's permissions
    # (two: the header's Registry link), the tokens
    with django_assert_num_queries(8):
        response = client.get(PAGE)

    assert response.content.decode().count("Revoke</button>") == n
