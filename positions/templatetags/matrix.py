"""The rows of the position matrix and of a party's positions over time.

A matrix has thousands of cells: they are written here, in Python, because a template
include per cell would cost most of the page's time. format_html escapes every value.
"""

import functools
from datetime import date
from itertools import repeat

from django import template
from django.urls import reverse
from django.utils.html import conditional_escape, format_html, format_html_join
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


# One cell: a link to its own page, which the matrix also fetches into its panel (the
# tbody names the panel as target, so cells inherit it, saving bytes); what the link is
# about, for screen readers; then what it shows. Its name is those words and then the
# shown ones, so it says what the eye reads, in the same words.
_PANEL_CELL = (
    '<td class="matrix__cell party-{0}"><a class="{1}" href="{2}" hx-get="{2}">'
    '<span class="visually-hidden">{3} on {4}: {5}</span>{6}</a></td>'
)
_PAGE_CELL = (
    '<td class="matrix__cell party-{0}"><a class="{1}" href="{2}">'
    '<span class="visually-hidden">{3} on {4}: {5}</span>{6}</a></td>'
)


@register.simple_tag
def matrix_rows(matrix, cell_query: str) -> SafeString:
    """The matrix's rows, each issue with its flag and its cells; `cell_query` (the
    negotiation and date) ends every cell's link, and the cells open in the matrix's panel."""
    escaped = functools.cache(conditional_escape)
    return _joined(
        _row(
            row.issue,
            _cells(_PANEL_CELL, row.issue, _at(cell_query, row.entries), escaped),
            _flag(row),
        )
        for row in matrix.rows
    )


@register.simple_tag
def party_rows(page, column_queries: list[str]) -> SafeString:
    """A party page's rows, each issue with the party's cells over time; each cell links to
    its own page with its column's query (the negotiation and that column's date)."""
    escaped = functools.cache(conditional_escape)
    return _joined(
        _row(
            issue,
            _cells(_PAGE_CELL, issue, zip(repeat(page.party), cells, column_queries), escaped),
        )
        for issue, cells in page.rows
    )


def _joined(rows) -> SafeString:
    return format_html_join("", "{}", ((row,) for row in rows))


def _at(query: str, entries):
    """A row's (party, cell) pairs, each with the one query the whole matrix links with."""
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


def _cells(template: str, issue, entries, escaped) -> SafeString:
    """A row's (party, cell, query) triples as table cells linking to each cell's page, where
    the query holds its negotiation and date. `escaped` remembers what it escaped: a table
    repeats the same few parties, issues and queries in every row or column."""
    before_party, after_party = _cell_href_pattern().split("PARTY-SLUG")
    row_href = escaped(before_party.replace("ISSUE-SLUG", issue.slug))
    issue_name = escaped(issue.name)
    return format_html_join(
        "",
        template,
        (
            (
                escaped(party.slug),
                _cell_classes(cell.suggested, cell.empty),
                row_href + escaped(party.slug) + escaped(after_party + query),
                escaped(party.name),
                issue_name,
                _NO_POSITION if cell.empty else _SOME_POSITION,
                _cell_inside(cell),
            )
            for party, cell, query in entries
        ),
    )


@functools.cache
def _cell_href_pattern() -> str:
    return reverse("matrix_cell", args=["ISSUE-SLUG", "PARTY-SLUG"])


# Fixed words, marked safe once so that escaping each cell's values passes over them.
@functools.cache
def _cell_classes(suggested: bool, empty: bool) -> SafeString:
    classes = "cell" + (" cell--suggested" if suggested else "") + (" cell--empty" if empty else "")
    return mark_safe(classes)


_NO_POSITION, _SOME_POSITION = mark_safe("no position"), mark_safe("")
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
            ' <span class="cell__shift" title="Shifted from {0}" aria-hidden="true">▲</span>'
            '<span class="visually-hidden">, shifted from {0}</span>',
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


def _day(day: date) -> str:
    """12 Jan 2022, as the templates' "j M Y" writes it."""
    return f"{day.day} {day:%b %Y}"
