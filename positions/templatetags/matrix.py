"""The rows of the position matrix and of a party's positions over time.

A matrix has thousands of cells: they are written here, in Python, because a template
include per cell would cost most of the page's time. format_html escapes every value.
"""

import functools
from datetime import date
from itertools import repeat

from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

_ROW_FLAGS = {
    "deadlocked": mark_safe(
        '<span class="flag flag--deadlocked" title="A demand met only by rejections">'
        "Deadlocked</span>"
    ),
    "converging": mark_safe(
        '<span class="flag flag--converging" title="Two or more parties offer or accept, '
        'none rejects">Converging</span>'
    ),
}


@register.simple_tag
def matrix_rows(matrix, cell_query: str) -> SafeString:
    """The matrix's rows, each issue with its flag and its cells; `cell_query` (the
    negotiation and date) ends every cell's link, and the cells open in the matrix's panel."""
    return format_html_join(
        "",
        "{}",
        (
            (_row(row.issue, _cells(row.issue, _with(row.entries, cell_query)), _flag(row)),)
            for row in matrix.rows
        ),
    )


@register.simple_tag
def party_rows(page, column_queries: list[str]) -> SafeString:
    """A party page's rows, each issue with the party's cells over time; each cell links to
    its own page with its column's query (the negotiation and that column's date)."""
    return format_html_join(
        "",
        "{}",
        (
            (_row(issue, _cells(issue, zip(repeat(page.party), cells, column_queries), False)),)
            for issue, cells in page.rows
        ),
    )


def _with(entries, query: str):
    return ((party, cell, query) for party, cell in entries)


def _flag(row) -> str:
    return "deadlocked" if row.deadlocked else "converging" if row.converging else ""


def _row(issue, cells: SafeString, flag: str = "") -> SafeString:
    """One issue's row: its name, its flag if any, its cells."""
    return format_html(
        '<tr{}><th scope="row" class="matrix__issue"><span class="matrix__issue-name">{}</span>'
        "{}</th>{}</tr>",
        format_html(' class="matrix__row--{}"', flag) if flag else "",
        issue.name,
        _ROW_FLAGS.get(flag, ""),
        cells,
    )


def _cells(issue, entries, in_panel: bool = True) -> SafeString:
    """A row's (party, cell, query) triples as table cells linking to each cell's page, where
    the query holds its negotiation and date; the matrix swaps them into its panel."""
    href_pattern = _cell_href_pattern().replace("ISSUE-SLUG", issue.slug)
    return format_html_join(
        "",
        '<td class="matrix__cell party-{}"><a class="{}" href="{}"{}>{}{}</a></td>',
        (
            _cell(
                issue, party, cell, href_pattern.replace("PARTY-SLUG", party.slug) + query, in_panel
            )
            for party, cell, query in entries
        ),
    )


def _cell(issue, party, cell, href: str, in_panel: bool) -> tuple:
    """What fills one cell's markup, in its order."""
    return (
        party.slug,
        _cell_classes(cell.suggested, cell.empty),
        href,
        # The matrix's tbody names the panel as target: cells inherit it, saving bytes.
        format_html(' hx-get="{}"', href) if in_panel else "",
        _cell_context(party.name, issue.name, cell.empty),
        _cell_inside(cell),
    )


@functools.cache
def _cell_href_pattern() -> str:
    return reverse("matrix_cell", args=["ISSUE-SLUG", "PARTY-SLUG"])


@functools.cache
def _cell_classes(suggested: bool, empty: bool) -> str:
    return "cell" + (" cell--suggested" if suggested else "") + (" cell--empty" if empty else "")


def _cell_context(party_name: str, issue_name: str, empty: bool) -> SafeString:
    """What the cell's link is about, for screen readers: its name is this and then the
    words it shows, so it says what the eye reads, in the same words."""
    return format_html(
        '<span class="visually-hidden">{} on {}: {}</span>',
        party_name,
        issue_name,
        "no position" if empty else "",
    )


_EMPTY_CELL = mark_safe('<span class="cell__none" aria-hidden="true">—</span>')


def _cell_inside(cell) -> SafeString:
    """Stance, shift mark, date and evidence: all from fixed vocabularies, dates and numbers."""
    if cell.empty:
        return _EMPTY_CELL
    return _position(
        cell.stance,
        cell.stance_label,
        cell.previous_label if cell.shifted else "",
        cell.said_on,
        cell.evidence,
        cell.evidence_label,
        "suggested" if cell.suggested else "pinned" if cell.pinned else "",
    )


# Cells repeat a small vocabulary: most of a large matrix is drawn from this cache.
@functools.lru_cache(maxsize=4096)
def _position(
    stance: str,
    label: str,
    shifted_from: str,
    said_on: date | None,
    evidence: int,
    evidence_label: str,
    note: str,
) -> SafeString:
    shift = ""
    if shifted_from:
        # The mark is for the eye; the words beside it say the same to a screen reader.
        shift = format_html(
            ' <span class="cell__shift" title="Shifted from {}" aria-hidden="true">▲</span>'
            '<span class="visually-hidden">, shifted from {}</span>',
            shifted_from,
            shifted_from,
        )
    meta = _day(said_on) if said_on else "date unknown"
    if evidence:
        meta += f" · {evidence_label} quote{'' if evidence == 1 else 's'}"
    return format_html(
        '<span class="cell__stance"><span class="badge badge--{}">{}</span>{}</span>'
        '<span class="cell__meta">{}</span>{}',
        stance,
        label,
        shift,
        meta,
        format_html('<span class="cell__note">{}</span>', note) if note else "",
    )


@functools.lru_cache(maxsize=4096)
def _day(day: date) -> str:
    """12 Jan 2022, as the templates' "j M Y" writes it."""
    return f"{day.day} {day:%b %Y}"
