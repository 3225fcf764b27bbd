from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from positions.models import Negotiation
from positions.queries.negotiations import negotiation_by_slug, preferred_negotiation
from positions.services import preference_remember_negotiation

SESSION_KEY = "negotiation"


class CurrentNegotiationMiddleware:
    """Give every request the negotiation it is about: `?negotiation=<slug>`, else the user's
    last choice, else the newest. Read lazily, so pages that don't need it pay nothing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        request.negotiation = SimpleLazyObject(lambda: _current_negotiation(request))
        return self.get_response(request)


def _current_negotiation(request: HttpRequest) -> Negotiation | None:
    remembered = request.session.get(SESSION_KEY, "")
    requested = request.GET.get("negotiation", "")
    chosen = negotiation_by_slug(requested or remembered)
    if chosen is None:
        return preferred_negotiation(request.user)
    if chosen.slug != remembered and request.user.is_authenticated:
        # Only a change of choice is written, so browsing costs no writes.
        preference_remember_negotiation(user=request.user, negotiation=chosen)
        request.session[SESSION_KEY] = chosen.slug
    return chosen
