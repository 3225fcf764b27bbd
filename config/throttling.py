"""Login throttling: django-axes, told how Parley counts failures and where visitors come from.

Two limits apply to failed sign-ins, both forgotten after the cool-off:
- an account tried from one address is locked there after AXES_FAILURE_LIMIT failures
  (the same account from another address is not, so a stranger cannot lock a colleague out);
- an address is locked for every account after PARLEY_LOGIN_ADDRESS_FAILURE_LIMIT failures
  on any accounts, so guessing across many usernames is bounded too.
"""

import ipaddress

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from django.conf import settings
from django.db.models import QuerySet, Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

# The account every newcomer signs in with in the zero-setup mode; its password is public.
DEMO_USERNAME = "demo"


class LoginThrottle(AxesDatabaseHandler):
    """Axes' database handler with a limit of its own for an address.

    Axes counts failures for each of AXES_LOCKOUT_PARAMETERS — here the account at an
    address, then the address — and compares the largest with one limit. The address's
    count is scaled onto that limit, so it reaches it exactly when it reaches its own.
    """

    def get_failures(self, request: HttpRequest, credentials: dict | None = None) -> int:
        by_account, by_address = self.get_user_attempts(request, credentials)
        scaled = (
            _failures(by_address)
            * settings.AXES_FAILURE_LIMIT
            // settings.PARLEY_LOGIN_ADDRESS_FAILURE_LIMIT
        )
        return max(_failures(by_account), scaled)

    def reset_user_attempts(self, request: HttpRequest, credentials: dict | None = None) -> int:
        """A sign-in clears that account's failures at that address, never the address's
        failures on other accounts: one's own account must not become a way to keep guessing."""
        by_account = self.filter_user_attempts(request, credentials)[0]
        deleted, _ = by_account.delete()
        return deleted


def _failures(attempts: QuerySet) -> int:
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def client_address(request: HttpRequest) -> str | None:
    """The address a request came from.

    Behind PARLEY_PROXY_COUNT proxies, each appending the address it heard from to
    X-Forwarded-For, the visitor is that many entries from the right: entries further
    left are whatever the visitor chose to send, so they never count. A header too short
    or not an address means the request bypassed the proxies: its own peer is used.
    """
    proxies = settings.PARLEY_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if proxies and len(forwarded) >= proxies and _is_address(forwarded[-proxies]):
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def demo_account_is_exempt(request: HttpRequest, credentials: dict | None) -> bool:
    """In the zero-setup mode the demo account is never locked: its password is printed in
    the README, so locking it protects nothing and would only strand a newcomer."""
    return not settings.DATABASE_URL and get_client_username(request, credentials) == DEMO_USERNAME


def lockout_response(request: HttpRequest, response=None, credentials=None) -> HttpResponse:
    """Parley's page for a locked sign-in, saying when to try again.

    Every attempt during the lock counts as a failure and starts the cool-off again,
    so the wait is measured from now.
    """
    context = {
        "retry_at": timezone.now() + settings.AXES_COOLOFF_TIME,
        "cool_off_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(
        request,
        "registration/locked_out.html",
        context,
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
