"""Keyset pagination: the rows after a cursor in an ordering, and the cursor's token.

A page ends at its last row; the next page is every row after that row's place in the
ordering, read with LIMIT and no OFFSET, so a deep page costs what the first does. Ties
are broken by the last column of the ordering, which must be unique (the id). Nulls are
left to the caller: a page that puts rows without a value last reads them in a query of
their own, where that value is the same for every row (see `Fixed`).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import reduce
from operator import and_, or_

from django.db.models import Q


@dataclass(frozen=True)
class Fixed:
    """A column of the ordering that every row the query reads shares, such as the kind of
    item the query reads, or whether its rows are dated: compared with the cursor here,
    in Python, so SQL compares only real columns. Ascending."""

    value: object


def rows_after(ordering: Sequence[str | Fixed], cursor: Sequence) -> Q:
    """Rows that come after `cursor`, one value per column of `ordering`: field names as
    `order_by` takes them ("-said_on" for descending), and Fixed columns.

    Spelled out as (a > x) or (a = x and b > y) or …, since not every database compares
    rows, with the first field's bound (a >= x) repeated outside the OR so that an index
    on it can seek to the cursor instead of reading every row before it.
    """
    fields: list[tuple[str, object]] = []  # the fields so far, with the cursor's values
    branches: list[Q] = []  # one per field at which a row may first pass the cursor
    for column, value in zip(ordering, cursor, strict=True):
        if isinstance(column, Fixed):
            if column.value == value:
                continue
            if column.value > value:
                if not fields:
                    return Q()  # every row comes after the cursor
                # A row level with the cursor on every field so far comes after it too.
                branches[-1] = _level(fields[:-1]) & _reaching(*fields[-1])
            break
        branches.append(_level(fields) & _passing(column, value))
        fields.append((column, value))
    if not branches:
        return Q(pk__in=[])  # nothing comes after the cursor
    if len(branches) == 1:
        return branches[0]
    return _reaching(*fields[0]) & reduce(or_, branches)


def read_token(token: str | None, *parsers: Callable[[str], object], sep: str) -> tuple | None:
    """The values a cursor's token holds, one parser for each `sep`-separated part; None for
    a missing or mangled token (a parser raises ValueError), so the page starts from the top."""
    parts = (token or "").split(sep)
    if len(parts) != len(parsers):
        return None
    try:
        return tuple(parse(part) for parse, part in zip(parsers, parts, strict=True))
    except ValueError:
        return None


def _level(fields: list[tuple[str, object]]) -> Q:
    """Rows at the cursor's value on each of these fields."""
    return reduce(and_, (Q(**{column.lstrip("-"): value}) for column, value in fields), Q())


def _passing(column: str, value) -> Q:
    """Rows beyond the value on this column, in its direction."""
    name, descending = column.lstrip("-"), column.startswith("-")
    return Q(**{f"{name}__{'lt' if descending else 'gt'}": value})


def _reaching(column: str, value) -> Q:
    """Rows at or beyond the value on this column, in its direction."""
    name, descending = column.lstrip("-"), column.startswith("-")
    return Q(**{f"{name}__{'lte' if descending else 'gte'}": value})
