"""Full-text search helpers shared by the apps: the stored search documents, and snippets
that PostgreSQL marks up safely.

Quotes and articles carry a `search_document` tsvector column that PostgreSQL generates
from their words (positions' migration 0011, articles' 0009). Django's models do not
declare it, since SQLite has no such column; queries reach it through `StoredDocument`.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db.models import Expression
from django.db.models.expressions import Col
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# The text search configuration the stored documents are made with.
SEARCH_CONFIG = "english"
# ts_headline wraps each match in these; they are swapped for <mark> once the rest of the
# snippet is escaped, so nothing in the text itself can become markup. Private-use
# characters: no text Parley stores has a reason to hold them.
MARK_START = "\ue000"
MARK_END = "\ue001"
_DOCUMENT_COLUMN = "search_document"


def _document_field(model) -> SearchVectorField:
    field = SearchVectorField()
    field.set_attributes_from_name(_DOCUMENT_COLUMN)
    field.model = model  # unattached: the model does not declare the column
    return field


class StoredDocument(Expression):
    """The `search_document` column of the query's own table (PostgreSQL only)."""

    output_field = SearchVectorField()

    def resolve_expression(self, query=None, *args, **kwargs):
        # A column of the model the query is about: Col follows the table's alias when the
        # query becomes a subquery of another.
        field = _document_field(query.model)
        return Col(query.get_initial_alias(), field, output_field=field)


def marked_snippet(text: str) -> SafeString:
    """A snippet with its matches in <mark>, every other character escaped."""
    escaped = escape(text.replace(MARK_START + MARK_END, ""))
    return mark_safe(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def naive_snippet(text: str, words: list[str], *, width: int = 220) -> SafeString:
    """Where no database marks matches: the text around the first word found, each word's
    occurrences marked, case aside."""
    lowered = text.casefold()
    found = [lowered.find(word.casefold()) for word in words if word]
    first = min((at for at in found if at >= 0), default=0)
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    piece = text[start:end]
    spans = []
    for word in (w for w in words if w):
        at = piece.casefold().find(word.casefold())
        while at >= 0:
            spans.append((at, at + len(word)))
            at = piece.casefold().find(word.casefold(), at + len(word))
    marked = _insert_marks(piece, spans)
    return marked_snippet(("…" if start else "") + marked + ("…" if end < len(text) else ""))


def _insert_marks(text: str, spans: list[tuple[int, int]]) -> str:
    out, at = [], 0
    for start, end in sorted(spans):
        if start < at:
            continue  # overlaps a span already marked
        out += [text[at:start], MARK_START, text[start:end], MARK_END]
        at = end
    return "".join([*out, text[at:]])
