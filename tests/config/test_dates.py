from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError

from config.dates import (
    EARLIEST_DATE,
    LATEST_DATE,
    clamp_date,
    days_around,
    shift_date,
    validate_sane_date,
)


@pytest.mark.parametrize("day", (date(1, 1, 1), date(1899, 12, 31), date(2101, 1, 1), date.max))
def test_validate_sane_date_refuses_dates_outside_the_span_with_a_message(day):
    with pytest.raises(ValidationError) as refused:
        validate_sane_date(day)

    assert refused.value.messages == ["Enter a date between 01 Jan 1900 and 31 Dec 2100."]


@pytest.mark.parametrize("day", (None, EARLIEST_DATE, date(2022, 1, 12), LATEST_DATE))
def test_validate_sane_date_accepts_dates_inside_the_span(day):
    validate_sane_date(day)


def test_shift_date_never_overflows_at_either_end():
    assert shift_date(date.max, timedelta(days=1)) == LATEST_DATE
    assert shift_date(date.min, timedelta(days=-1)) == EARLIEST_DATE
    assert shift_date(LATEST_DATE, timedelta(days=400)) == LATEST_DATE
    assert shift_date(EARLIEST_DATE, -timedelta(weeks=10)) == EARLIEST_DATE


def test_shift_date_is_plain_arithmetic_inside_the_span():
    assert shift_date(date(2022, 1, 12), timedelta(days=-14)) == date(2021, 12, 29)


def test_clamp_date_holds_a_date_inside_the_span():
    assert clamp_date(date(9999, 12, 31)) == LATEST_DATE
    assert clamp_date(date(2022, 1, 12)) == date(2022, 1, 12)


def test_days_around_is_a_plain_window_inside_the_span():
    assert days_around(date(2022, 1, 12), timedelta(days=7)) == (
        date(2022, 1, 5),
        date(2022, 1, 19),
    )


@pytest.mark.parametrize("day", (date.min, date(1900, 1, 3), date(2100, 12, 30), date.max))
def test_days_around_never_overflows_and_holds_the_day_itself(day):
    earliest, latest = days_around(day, timedelta(days=14))

    assert earliest <= day <= latest
