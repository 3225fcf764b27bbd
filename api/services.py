"""Writes of the API app: an analyst's tokens, made, used and revoked."""

import hashlib
import secrets
from datetime import timedelta

from django.utils import timezone

from api.models import ApiToken

# Scripts and secret scanners recognise a Parley token by this start.
TOKEN_PREFIX = "parley_"
# A token's last use is written at most this often, so reading the API costs no write
# on most requests.
LAST_USED_PRECISION = timedelta(minutes=1)


def token_digest(token: str) -> str:
    """The SHA-256 digest a token is stored and looked up by."""
    return hashlib.sha256(token.encode()).hexdigest()


def token_create(*, user, name: str) -> tuple[ApiToken, str]:
    """Make a token for `user`; returns it with its secret, which is stored only as a digest
    and so can be shown this once."""
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user=user,
        name=name.strip(),
        digest=token_digest(secret),
        prefix=secret[: len(TOKEN_PREFIX) + 6],
    )
    token.full_clean()
    token.save()
    return token, secret


def token_revoke(*, token: ApiToken) -> ApiToken:
    """Revoke a token for good: the API refuses it from the next request. Revoking twice
    keeps the first time."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def token_record_use(*, token: ApiToken) -> None:
    """Note that the token was used now; a use within LAST_USED_PRECISION of the last one
    writes nothing."""
    now = timezone.now()
    if token.last_used_at is not None and now - token.last_used_at < LAST_USED_PRECISION:
        return
    token.last_used_at = now
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
