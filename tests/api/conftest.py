import pytest
from django.contrib.auth.models import Group

from api.services import token_create
from tests.factories import (
    ArticleFactory,
    NegotiationFactory,
    PartyFactory,
    QuoteFactory,
    UserFactory,
)


class ApiClient:
    """Django's test client, sending a token with every request."""

    def __init__(self, client, secret: str):
        self.client = client
        self.secret = secret
        self.headers = {"Authorization": f"Bearer {secret}"}

    def get(self, path: str, params=None, **kwargs):
        return self.client.get(path, params or {}, headers=self.headers, **kwargs)

    def json(self, path: str, params=None) -> dict:
        response = self.get(path, params)
        assert response.status_code == 200, response.content
        return response.json()

    def request(self, method: str, path: str):
        return self.client.generic(method, path, headers=self.headers)


@pytest.fixture
def analyst(db):
    user = UserFactory(username="analyst")
    user.groups.add(Group.objects.get(name="analyst"))
    return user


@pytest.fixture
def token(analyst):
    """An analyst's token and its secret."""
    return token_create(user=analyst, name="Notebook")


@pytest.fixture
def api(client, token) -> ApiClient:
    return ApiClient(client, token[1])


@pytest.fixture
def talks(db):
    return NegotiationFactory(slug="winter", with_parties=[PartyFactory(slug="nato")])


def quote_in(negotiation, **fields):
    """A quote of a new article that bears on the negotiation."""

    article = ArticleFactory(**fields.pop("article_fields", {}))
    article.negotiations.add(negotiation)
    return QuoteFactory(article=article, **fields)
