"""The party chip: a party's colour dot and its name, the one markup for it on every page.

A tag rather than an included template: the timeline and the review queue draw one for
each of their many items, and an include per item costs more than the rest of the item.
"""

from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def party_chip(party) -> str:
    return format_html(
        '<span class="party party-{}"><span class="party__dot" aria-hidden="true"></span>{}</span>',
        party.slug,
        party.name,
    )
