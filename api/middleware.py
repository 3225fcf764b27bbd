from django.http import HttpRequest

from api.models import ApiToken
from api.queries import token_by_secret
from api.services import token_record_use
from config.json_errors import is_api_request, json_error


class ApiTokenMiddleware:
    """Sign in an API request that carries a token (`Authorization: Bearer <token>`) as the
    token's owner, for this request only; refuse it with 401 if the token is unknown,
    revoked or its account disabled, even when a session would sign it in.

    Tokens open the API and nothing else: elsewhere the header is ignored. Runs after
    Django's AuthenticationMiddleware and before the login-required middleware, which then
    sees a signed-in user.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        secret = _bearer_secret(request) if is_api_request(request) else None
        if secret is None:
            return self.get_response(request)
        token = token_by_secret(secret)
        refusal = _refusal(token)
        if refusal:
            return json_error(401, refusal)
        request.user = token.user
        request.api_token = token
        token_record_use(token=token)
        return self.get_response(request)


def _bearer_secret(request: HttpRequest) -> str | None:
    """The token of an `Authorization: Bearer …` header; None when there is no such header
    (another scheme, say a proxy's Basic, is left alone)."""
    scheme, _, secret = request.headers.get("Authorization", "").strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return secret.strip()


def _refusal(token: ApiToken | None) -> str:
    if token is None:
        return "This token is not known: check it was copied whole, or make a new one."
    if token.is_revoked:
        return f"This token was revoked on {token.revoked_at:%d %b %Y}: make a new one."
    if not token.user.is_active:
        return "This token's account is disabled."
    return ""
