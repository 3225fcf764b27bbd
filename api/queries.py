"""Reads of the API app's own data: tokens."""

from api.models import ApiToken
from api.services import TOKEN_PREFIX, token_digest

# Longer than any token Parley makes; a longer one is refused unread.
_MAX_TOKEN_LENGTH = 200


def token_by_secret(secret: str) -> ApiToken | None:
    """The token with this secret, revoked or not, with its user; one query."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > _MAX_TOKEN_LENGTH:
        return None
    return ApiToken.objects.select_related("user").filter(digest=token_digest(secret)).first()


def tokens_of(user) -> list[ApiToken]:
    """A user's tokens, newest first, revoked ones too."""
    return list(ApiToken.objects.filter(user=user).order_by("-created_at", "-id"))
