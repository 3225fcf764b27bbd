from django.utils.functional import SimpleLazyObject

from positions.models import Negotiation

# A cursor points into one negotiation's stream; every other parameter is offered to the
# next one, whose page drops the values that name nothing there.
_NOT_CARRIED = ("negotiation", "after")


def negotiation(request) -> dict:
    """The header's negotiation switcher: the current one, all there are to choose from,
    and the page's other parameters, so a switch keeps the filters that still apply."""
    return {
        "negotiation": getattr(request, "negotiation", None),
        "negotiations": SimpleLazyObject(lambda: list(Negotiation.objects.only("name", "slug"))),
        "switcher_keeps": [
            (name, value)
            for name, values in request.GET.lists()
            if name not in _NOT_CARRIED
            for value in values
        ],
    }
