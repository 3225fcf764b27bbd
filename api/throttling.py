"""Rate limiting of the API: each caller may make PARLEY_API_RATE_PER_MINUTE requests in
each minute, counted in Django's cache (Redis when a broker is configured, so every
server process shares the count)."""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from ninja.throttling import BaseThrottle

from config.throttling import client_address

logger = logging.getLogger(__name__)

# The count outlives its minute a little, so a slow clock elsewhere cannot restart it.
_KEY_LIFETIME = 70


class PerCallerRate(BaseThrottle):
    """A fixed one-minute window per caller: a token, else a signed-in user (a browser's
    session), else an anonymous reader's address. Atomic on Redis (INCR), so two processes
    never both let the last allowed request through."""

    def allow_request(self, request: HttpRequest) -> bool:
        limit = settings.PARLEY_API_RATE_PER_MINUTE
        if limit <= 0:  # 0 turns the limit off
            return True
        key = f"api-rate:{_caller(request)}:{int(time.time() // 60)}"
        try:
            return _count(key) <= limit
        except Exception as error:  # the cache is down: readers are not shut out with it
            logger.warning("API rate limit not counted: %s", error)
            return True

    def wait(self) -> float:
        """Seconds until the next minute's window opens."""
        return 60 - time.time() % 60


def _count(key: str) -> int:
    """This minute's requests so far, this one included."""
    cache.add(key, 0, timeout=_KEY_LIFETIME)
    try:
        return cache.incr(key)
    except ValueError:  # the key expired between the two calls
        cache.set(key, 1, timeout=_KEY_LIFETIME)
        return 1


def _caller(request: HttpRequest) -> str:
    token = getattr(request, "api_token", None)
    if token is not None:
        # The digest, not the id: ids come back in a recreated database, counts in Redis stay.
        return f"token:{token.digest[:32]}"
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return f"address:{client_address(request)}"
