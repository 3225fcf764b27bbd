"""Slugs made from names, kept unique among the items that share a namespace."""

from django.db.models import QuerySet
from django.utils.text import slugify


def free_slug(name: str, taken: QuerySet, *, max_length: int = 100, fallback: str = "item") -> str:
    """A slug made from the name that no item of `taken` has yet: "open-door", else
    "open-door-2", … (room is left for the number within `max_length`)."""
    base = slugify(name)[: max_length - 10] or fallback
    used = set(taken.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in used:
        slug, number = f"{base}-{number}", number + 1
    return slug
