"""The extractor's accuracy, as the editors' verdicts on its suggestions measure it."""

from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from positions.queries.accuracy import (
    accuracy_by_outlet,
    accuracy_by_week,
    accuracy_totals,
    learned_suggestions,
    stance_confusion,
)


# Editors judge suggestions, so the figures are theirs to read: they show what to check harder.
@permission_required("positions.change_quote", raise_exception=True)
@require_safe
def review_accuracy(request: HttpRequest) -> HttpResponse:
    """How often editors confirmed the extractor's suggestions unchanged, corrected them or
    rejected them, in all, by outlet and by week of publication (four queries), and what
    the versions learned from those verdicts gained (two more, with a negotiation)."""
    negotiation = request.negotiation or None
    context = {
        "totals": accuracy_totals(negotiation=negotiation),
        "confusion": stance_confusion(negotiation=negotiation),
        "outlets": accuracy_by_outlet(negotiation=negotiation),
        "weeks": accuracy_by_week(negotiation=negotiation),
        "learned": learned_suggestions(negotiation=negotiation) if negotiation else None,
    }
    return render(request, "positions/accuracy.html", context)
