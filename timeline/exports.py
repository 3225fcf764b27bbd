"""What a page shows, as files for spreadsheets, notebooks and event-data tools.

Each export is a generator of text pieces that a streaming response sends as they come:
quotes are read with a server-side cursor in chunks (their issues fetched chunk by
chunk), demands a board page at a time, so memory stays flat however many rows match.
CSV opens cleanly in a spreadsheet: UTF-8 with a byte-order mark, ISO dates, one row
per quote.
"""

import csv
import datetime
import io
import json
from collections.abc import Iterable, Iterator

from django.db.models import Prefetch, QuerySet

from positions.models import Demand, Issue, Negotiation, Quote, Response, Stance
from positions.queries.cells import Cell
from positions.queries.demands import demand_last_touched, demands_board
from positions.queries.matrix import Matrix
from timeline.queries import matching
from timeline.queries.stream import wanted_types

# Rows read from the database at a time.
CHUNK = 1000
BOM = "\ufeff"
QUOTE_COLUMNS = (
    "speaker",
    "party",
    "issues",
    "stance",
    "outlet",
    "date",
    "article_url",
    "quote",
    "permalink",
)
# A cell's party is the party of the quote its position rests on.
MATRIX_COLUMNS = (
    "issue",
    "party",
    "position",
    "position_since",
    "evidence",
    "pinned_summary",
    *(column for column in QUOTE_COLUMNS if column != "party"),
)
# DESIGN.md: stances map to PLOVER event types where PLOVER has one.
PLOVER_EVENT_TYPES = {
    Stance.DEMAND: "DEMAND",
    Stance.REJECT: "REJECT",
    Stance.WARN: "THREATEN",
    Stance.CONCEDE: "CONCEDE",
    Stance.OFFER: "AGREE",
    Stance.ACCEPT: "AGREE",
}


def timeline_quotes(
    negotiation: Negotiation | None, *, types=(), order: str = "newest", **filters
) -> QuerySet:
    """Every quote the timeline's filters match, in the timeline's order, with what an
    export row needs; read it with `.iterator(chunk_size=CHUNK)`."""
    criteria = matching.criteria(**filters)
    if negotiation is None or "quote" not in wanted_types(types, criteria):
        return Quote.objects.none()
    direction = "" if order == "oldest" else "-"
    quotes = matching.quotes(negotiation, **criteria).order_by(
        f"{direction}said_on", f"{direction}pk"
    )
    return _with_export_fields(quotes)


def _with_export_fields(quotes: QuerySet) -> QuerySet:
    return (
        quotes.select_related("article__source", "party", "actor")
        .only(*matching.QUOTE_FIELDS, "article_id", "party__name", "actor__name")
        .prefetch_related(Prefetch("issues", queryset=Issue.objects.only("name").order_by("name")))
    )


def quote_record(quote: Quote, *, base_url: str) -> dict:
    """One quote as an export row: what the timeline shows of it, and where to find it."""
    source = quote.article.source
    return {
        "speaker": quote.speaker_name or quote.speaker_as_written,
        "party": quote.party.name if quote.party else "",
        "issues": [issue.name for issue in quote.issues.all()],
        "stance": quote.stance,
        "outlet": source.name if source else "",
        "date": _iso(quote.said_on),
        "article_url": quote.article.url,
        "quote": quote.text,
        "permalink": f"{base_url}/quotes/{quote.pk}/",
    }


def csv_stream(header: Iterable[str], rows: Iterable[dict]) -> Iterator[str]:
    """A CSV file, piece by piece: the byte-order mark and header, then each row; lists in a
    cell are joined with "; "."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    header = list(header)
    writer.writerow(header)
    yield BOM + _drain(buffer)
    for row in rows:
        writer.writerow([_cell_text(row[name]) for name in header])
        yield _drain(buffer)


def json_stream(head: dict, key: str, rows: Iterable[dict]) -> Iterator[str]:
    """A JSON object, piece by piece: `head`'s members, then `key` holding every row."""
    opening = json.dumps(head, ensure_ascii=False)[:-1]
    yield f"{opening}{', ' if head else ''}{json.dumps(key)}: ["
    for index, row in enumerate(rows):
        yield ("," if index else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]}\n"


def matrix_records(grid: Matrix, *, base_url: str) -> Iterator[dict]:
    """One row per cell of the matrix: the party's position on the issue as of the matrix's
    date, and the quote it rests on (blank for a pin or an empty cell). Two queries."""
    cells = [(row.issue, party, cell) for row in grid.rows for party, cell in row.entries]
    quotes = _with_export_fields(Quote.objects.all()).in_bulk(
        [cell.quote_id for _, _, cell in cells if cell.quote_id]
    )
    blank = {**dict.fromkeys(QUOTE_COLUMNS, ""), "issues": []}
    for issue, party, cell in cells:
        quote = quotes.get(cell.quote_id)
        evidence = quote_record(quote, base_url=base_url) if quote else blank
        yield {**evidence, **_position(issue.name, party.name, cell)}


def _position(issue: str, party: str, cell: Cell) -> dict:
    return {
        "issue": issue,
        "party": party,
        "position": cell.stance,
        "position_since": _iso(cell.said_on),
        "evidence": cell.evidence,
        "pinned_summary": cell.summary if cell.pinned else "",
    }


def demand_records(negotiation: Negotiation, *, base_url: str, **filters) -> Iterator[dict]:
    """Every demand the board's filters match, each with its responses and evidence, read a
    board page at a time."""
    after = None
    while True:
        page = demands_board(negotiation=negotiation, **filters, after=after)
        for demand in page.demands:
            yield _demand_record(demand, base_url=base_url)
        if page.next_after is None:
            return
        after = page.next_after


def _demand_record(demand: Demand, *, base_url: str) -> dict:
    return {
        "id": demand.pk,
        "kind": demand.kind,
        "summary": demand.summary,
        "party": demand.party.name,
        "addressee": demand.addressee.name if demand.addressee else "",
        "issue": demand.issue.name,
        "status": demand.status,
        "first_raised": _iso(demand.first_raised_on),
        "last_touched": _iso(demand_last_touched(demand)),
        "url": f"{base_url}/demands/{demand.pk}/",
        "evidence": [_evidence(quote, base_url) for quote in demand.evidence.all()],
        "responses": [
            {
                "party": response.party.name,
                "kind": response.kind,
                "summary": response.summary,
                "date": _iso(response.responded_on),
                "evidence": [_evidence(quote, base_url) for quote in response.evidence.all()],
            }
            for response in demand.responses.all()
        ],
    }


def _evidence(quote: Quote, base_url: str) -> dict:
    return {
        "speaker": quote.speaker_name,
        "date": _iso(quote.said_on),
        "quote": quote.text,
        "permalink": f"{base_url}/quotes/{quote.pk}/",
    }


def plover_quotes(negotiation: Negotiation | None, **filters) -> QuerySet:
    """The timeline's quotes whose stance PLOVER has an event type for, with the demands and
    responses they are evidence for: their other side is the event's recipient."""
    demands = Demand.objects.select_related("addressee").only("addressee__name")
    responses = Response.objects.select_related("demand__party").only("demand__party__name")
    return (
        timeline_quotes(negotiation, **filters)
        .filter(stance__in=list(PLOVER_EVENT_TYPES))
        .prefetch_related(
            Prefetch("demands", queryset=demands), Prefetch("responses", queryset=responses)
        )
    )


def plover_record(quote: Quote, *, base_url: str) -> dict | None:
    """A quote as a PLOVER event: who (the party speaking) did what (the event type its
    stance maps to) to whom (the other side of a demand or response it is evidence for),
    when, according to which source, in whose words; None for a stance PLOVER lacks."""
    event = PLOVER_EVENT_TYPES.get(quote.stance)
    if event is None:
        return None
    source = quote.article.source
    return {
        "id": f"parley-quote-{quote.pk}",
        "date": _iso(quote.said_on),
        "event": event,
        "mode": "",
        "context": [issue.name for issue in quote.issues.all()],
        "actor": quote.party.name if quote.party else "",
        "actor_name": quote.speaker_name or quote.speaker_as_written,
        "recipient": _recipient(quote),
        "source": source.name if source else "",
        "url": quote.article.url,
        "text": quote.text,
        "permalink": f"{base_url}/quotes/{quote.pk}/",
    }


def _recipient(quote: Quote) -> str:
    for demand in quote.demands.all():
        if demand.addressee is not None:
            return demand.addressee.name
    for response in quote.responses.all():
        return response.demand.party.name
    return ""


def _iso(day: datetime.date | None) -> str:
    return day.isoformat() if day else ""


def _cell_text(value) -> str:
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
