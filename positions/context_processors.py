from django.utils.functional import SimpleLazyObject

from positions.models import Negotiation


def negotiation(request) -> dict:
    """The header's negotiation switcher: the current one and all there are to choose from."""
    return {
        "negotiation": getattr(request, "negotiation", None),
        "negotiations": SimpleLazyObject(lambda: list(Negotiation.objects.only("name", "slug"))),
    }
