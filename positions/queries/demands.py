"""The demands board, each demand beside its responses, and a demand's own page."""

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import F, Prefetch, Q, Value
from django.db.models.functions import Coalesce

from config.keyset import read_token, rows_after
from positions.models import Demand, Issue, Negotiation, Party, Quote, Response

# The board shows this many demands at a time; "Show more demands" loads the next batch.
DEMANDS_PAGE = 30
# A demand stays on the table until it is met or withdrawn: a rejection is an answer,
# and the party making the demand usually goes on pressing it.
OPEN_STATUSES = (Demand.Status.OPEN, Demand.Status.PARTLY_MET, Demand.Status.REJECTED)
# Demands go by issue, then first raised (undated last), then id: one order for the
# whole board, so a cursor of those four values resumes it without OFFSET.
_UNDATED = date.max
_BOARD_ORDER = ("issue__order", "issue_id", "raised_key", "id")


def _evidence() -> Prefetch:
    """The quotes a demand or response rests on, with just what the evidence list shows."""
    quotes = (
        Quote.objects.filter(article__withdrawn_at__isnull=True)
        .select_related("article__source", "actor")
        .only(
            "text",
            "said_on",
            "speaker_name",
            "article_id",
            "article__title",
            "article__source__name",
            "actor__name",
        )
        .order_by(F("said_on").asc(nulls_last=True), "id")
    )
    return Prefetch("evidence", queryset=quotes)


def _demands(negotiation: Negotiation | None = None):
    """Demands with their evidence and responses, in board order: four queries once evaluated."""
    responses = Response.objects.select_related("party").prefetch_related(_evidence())
    demands = Demand.objects.filter(negotiation=negotiation) if negotiation else Demand.objects
    return (
        demands.select_related("party", "addressee", "issue")
        .prefetch_related(_evidence(), Prefetch("responses", queryset=responses))
        .annotate(raised_key=Coalesce("first_raised_on", Value(_UNDATED)))
        .order_by(*_BOARD_ORDER)
    )


@dataclass(frozen=True)
class DemandCursor:
    """Where a page of the board ended: the last demand's place in board order."""

    issue_order: int
    issue_id: int
    raised: date
    demand_id: int

    def __str__(self) -> str:
        return f"{self.issue_order}_{self.issue_id}_{self.raised:%Y%m%d}_{self.demand_id}"

    @classmethod
    def parse(cls, token: str | None) -> "DemandCursor | None":
        """None for a missing or mangled token: the board then starts from the top."""
        values = read_token(token, int, int, _day, int, sep="_")
        return cls(*values) if values else None

    @classmethod
    def of(cls, demand: Demand) -> "DemandCursor":
        return cls(demand.issue.order, demand.issue_id, demand.raised_key, demand.pk)

    def following(self) -> Q:
        """Demands after this place in board order."""
        values = (self.issue_order, self.issue_id, self.raised, self.demand_id)
        return rows_after(_BOARD_ORDER, values)


def _day(text: str) -> date:
    return datetime.strptime(text, "%Y%m%d").date()


@dataclass
class DemandsPage:
    demands: list[Demand]
    next_after: DemandCursor | None


def demand_last_touched(demand: Demand) -> date | None:
    """The latest date anything happened to a demand: raised, answered, or quoted."""
    days = [demand.first_raised_on]
    days += [quote.said_on for quote in demand.evidence.all()]
    for response in demand.responses.all():
        days.append(response.responded_on)
        days += [quote.said_on for quote in response.evidence.all()]
    known = [day for day in days if day is not None]
    return max(known) if known else None


def demands_board(
    *,
    negotiation: Negotiation,
    party: Party | None = None,
    issue: Issue | None = None,
    status: str = "",
    after: DemandCursor | None = None,
    per_page: int | None = None,
) -> DemandsPage:
    """A page of demands, each beside its responses, filtered by a party (making, addressed
    or answering), an issue and a status, resuming after a cursor; four queries. Pages
    hold DEMANDS_PAGE demands unless `per_page` says otherwise."""
    per_page = per_page or DEMANDS_PAGE
    demands = _demands(negotiation)
    if party is not None:
        answered = Response.objects.filter(party=party).values("demand_id")
        demands = demands.filter(Q(party=party) | Q(addressee=party) | Q(pk__in=answered))
    if issue is not None:
        demands = demands.filter(issue=issue)
    if status:
        demands = demands.filter(status=status)
    if after is not None:
        demands = demands.filter(after.following())
    found = _with_last_touched(demands[: per_page + 1])
    more = len(found) > per_page
    found = found[:per_page]
    return DemandsPage(found, DemandCursor.of(found[-1]) if more else None)


def demand_detail(demand_id: int) -> Demand | None:
    """One demand beside its responses, whatever negotiation is chosen: its own address."""
    found = _with_last_touched(_demands().select_related("negotiation").filter(pk=demand_id))
    return found[0] if found else None


def open_demands(*, negotiation: Negotiation, party: Party, limit: int) -> list[Demand]:
    """The first of a party's demands still on the table, in board order, as the board
    shows them; four queries."""
    demands = _demands(negotiation).filter(party=party, status__in=OPEN_STATUSES)
    return _with_last_touched(demands[:limit])


def _with_last_touched(demands) -> list[Demand]:
    found = list(demands)
    for demand in found:
        demand.last_touched = demand_last_touched(demand)
    return found
