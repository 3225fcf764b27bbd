"""Which negotiation a page is about, and its parties and issues in the order screens show them."""

from positions.models import Issue, Negotiation, NegotiationParty, Party, UserPreference


def negotiation_by_slug(slug: str) -> Negotiation | None:
    return Negotiation.objects.filter(slug=slug).first() if slug else None


def preferred_negotiation(user) -> Negotiation | None:
    """The user's last choice, else the newest negotiation."""
    if user.is_authenticated:
        preference = UserPreference.objects.filter(user=user).select_related("negotiation").first()
        if preference and preference.negotiation:
            return preference.negotiation
    return Negotiation.objects.first()


def negotiation_parties(negotiation: Negotiation) -> list[Party]:
    """The negotiation's parties in column order."""
    return [
        entry.party
        for entry in NegotiationParty.objects.filter(negotiation=negotiation)
        .select_related("party")
        .order_by("order", "party__name")
    ]


def negotiation_issues(negotiation: Negotiation) -> list[Issue]:
    """The negotiation's issues in row order, with what rows and filters show of them."""
    issues = Issue.objects.filter(negotiation=negotiation).only(
        "negotiation_id", "name", "slug", "order"
    )
    return list(issues.order_by("order", "name"))
