"""The span of dates Parley accepts, and day arithmetic that stays inside it.

A date far outside any negotiation (year 1 or 9999) is always a typing slip or a probe,
and Python's `date` overflows a few days past either end, so every form refuses dates
outside this span and every computation that adds or subtracts days is clamped to it.
"""

from datetime import date, timedelta

from django.core.exceptions import ValidationError

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)


def date_is_sane(day: date) -> bool:
    return EARLIEST_DATE <= day <= LATEST_DATE


def validate_sane_date(day: date | None) -> None:
    """A form or model validator: refuses a date outside the span with a message that names it."""
    if day is not None and not date_is_sane(day):
        raise ValidationError(
            "Enter a date between %(earliest)s and %(latest)s.",
            code="date_out_of_range",
            params={
                "earliest": f"{EARLIEST_DATE:%d %b %Y}",
                "latest": f"{LATEST_DATE:%d %b %Y}",
            },
        )


def clamp_date(day: date) -> date:
    return min(max(day, EARLIEST_DATE), LATEST_DATE)


def shift_date(day: date, delta: timedelta) -> date:
    """`day + delta`, held inside the accepted span instead of overflowing."""
    clamped = clamp_date(day)
    room_after = LATEST_DATE - clamped
    room_before = EARLIEST_DATE - clamped
    return clamped + min(max(delta, room_before), room_after)


def days_around(day: date, delta: timedelta) -> tuple[date, date]:
    """From `delta` before `day` to `delta` after it, for a `__range` lookup: never
    overflows, and always holds `day` itself, even one stored outside the span."""
    return min(day, shift_date(day, -delta)), max(day, shift_date(day, delta))
