"""Cursor pagination for the API: pages read by keyset (config.keyset), a `next` address
that carries the same filters, and opaque cursors that are refused when mangled."""

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Schema

from api.errors import BadParameter
from config.keyset import rows_after

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
BAD_CURSOR = "Not a cursor this endpoint gave: pass `next_cursor` (or follow `next`) as it came."


class PageLinks(Schema):
    next: str | None
    next_cursor: str | None


@dataclass
class Page:
    rows: list
    next_cursor: str | None


def next_url(request: HttpRequest, cursor: str | None) -> str | None:
    """This request's address with the cursor of the next page, filters kept."""
    if cursor is None:
        return None
    params = request.GET.copy()
    params["cursor"] = cursor
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


def page_body(request: HttpRequest, results: list, cursor: str | None) -> dict:
    return {"results": results, "next": next_url(request, cursor), "next_cursor": cursor}


def encode_cursor(values: Sequence) -> str:
    """Values of a row's place in an ordering as an opaque, URL-safe token."""
    plain = [value.isoformat() if isinstance(value, date) else value for value in values]
    return base64.urlsafe_b64encode(json.dumps(plain).encode()).decode().rstrip("=")


def decode_cursor(token: str, *parsers: Callable) -> tuple:
    """The values a token holds, each checked by its parser; 400 for anything else."""
    try:
        padded = token + "=" * (-len(token) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
        if not isinstance(values, list) or len(values) != len(parsers):
            raise ValueError("wrong number of values")
        return tuple(parse(value) for parse, value in zip(parsers, values, strict=True))
    except (ValueError, TypeError, binascii.Error, UnicodeError):
        raise BadParameter("cursor", BAD_CURSOR) from None


def whole_number(value) -> int:
    if type(value) is not int or not -(2**63) < value < 2**63:
        raise ValueError("not a whole number")
    return value


def text(value) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")
    return value


def keyset_page(
    rows: QuerySet,
    *,
    ordering: tuple[str, ...],
    key: Callable,
    cursor: str | None,
    parsers: tuple[Callable, ...],
    limit: int,
) -> Page:
    """A page of rows in `ordering` (whose last field is unique), after `cursor`; `key`
    gives a row's values for the ordering, which make the next cursor."""
    if cursor:
        rows = rows.filter(rows_after(ordering, decode_cursor(cursor, *parsers)))
    found = list(rows.order_by(*ordering)[: limit + 1])
    more = len(found) > limit
    found = found[:limit]
    return Page(found, encode_cursor(key(found[-1])) if more else None)
