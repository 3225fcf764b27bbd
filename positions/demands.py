"""Editors' writes to demands, responses and the quotes cited as their evidence.

Like quotes, demands and responses carry a version: each edit takes the version the
editor loaded and refuses a stale one with `StaleEdit` carrying the stored values. Every
write is recorded in the item's history, evidence links included.
"""

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction

from positions.editing import (
    UNCHANGED,
    Unchanged,
    changes_saved,
    check_choice,
    history_paused,
    locked_at_version,
    record_created,
    save_recorded,
)
from positions.models import (
    Demand,
    DemandKind,
    DemandStatus,
    Issue,
    Negotiation,
    Party,
    Quote,
    Response,
    ResponseKind,
)


def demand_create(
    *,
    negotiation: Negotiation,
    party: Party,
    issue: Issue,
    summary: str,
    editor: AbstractBaseUser | None,
    kind: str = DemandKind.DEMAND,
    addressee: Party | None = None,
    description: str = "",
    first_raised_on: date | None = None,
    evidence: Iterable[Quote] = (),
) -> Demand:
    """A demand (or offer) one party makes of another on an issue, open until its status
    changes; `evidence` are the quotes it rests on (say, the quote it was started from).

    Side effects: creates the demand and its evidence links; records its creation, links
    included. Raises ValidationError in the editor's words.
    """
    demand = Demand(
        negotiation=negotiation,
        party=party,
        issue=issue,
        summary=summary.strip(),
        kind=kind,
        addressee=addressee,
        description=description,
        first_raised_on=first_raised_on,
    )
    return _created_with_evidence(demand, evidence, editor, check=_check_demand)


def demand_edit(
    *,
    demand: Demand,
    editor: AbstractBaseUser | None,
    version: int,
    kind: str | Unchanged = UNCHANGED,
    summary: str | Unchanged = UNCHANGED,
    description: str | Unchanged = UNCHANGED,
    party: Party | Unchanged = UNCHANGED,
    addressee: Party | Unchanged | None = UNCHANGED,
    issue: Issue | Unchanged = UNCHANGED,
    first_raised_on: date | Unchanged | None = UNCHANGED,
    reason: str = "",
) -> Demand:
    """Correct a demand's wording, parties, issue, kind or date (its status has its own
    service, which asks for a reason).

    Side effects: locks and saves the demand with its version bumped, recorded with
    `reason`. A save that changes nothing writes nothing. Raises StaleEdit (with the stored
    values), ValidationError in the editor's words, Demand.DoesNotExist.
    """
    changes = {
        "kind": kind,
        "summary": summary if summary is UNCHANGED else summary.strip(),
        "description": description,
        "party": party,
        "addressee": addressee,
        "issue": issue,
        "first_raised_on": first_raised_on,
    }
    return _versioned_edit(demand, editor, version, changes, reason, check=_check_demand)


def demand_set_status(
    *,
    demand: Demand,
    status: str,
    reason: str,
    editor: AbstractBaseUser | None,
    version: int,
) -> Demand:
    """Move a demand to a new status (open, rejected, partly met, met, withdrawn), saying why.

    Side effects: locks and saves the demand with its version bumped and the reason kept
    beside its status; recorded with the reason. Raises StaleEdit, ValidationError.
    """
    check_choice("status", status, DemandStatus, "status")
    if not reason.strip():
        raise ValidationError(
            {"reason": "Say why the status changes: readers of the board see it."}
        )
    changes = {"status": status, "status_reason": reason.strip()}
    return _versioned_edit(demand, editor, version, changes, reason.strip())


def response_create(
    *,
    demand: Demand,
    party: Party,
    kind: str,
    summary: str,
    editor: AbstractBaseUser | None,
    responded_on: date | None = None,
    evidence: Iterable[Quote] = (),
) -> Response:
    """A party's answer to a demand or offer (reject, accept, counter-offer, conditional,
    ignore), with the quotes it rests on.

    Side effects: creates the response and its evidence links; records its creation, links
    included. Raises ValidationError in the editor's words.
    """
    response = Response(
        demand=demand, party=party, kind=kind, summary=summary.strip(), responded_on=responded_on
    )
    return _created_with_evidence(response, evidence, editor, check=_check_response)


def response_edit(
    *,
    response: Response,
    editor: AbstractBaseUser | None,
    version: int,
    party: Party | Unchanged = UNCHANGED,
    kind: str | Unchanged = UNCHANGED,
    summary: str | Unchanged = UNCHANGED,
    responded_on: date | Unchanged | None = UNCHANGED,
    reason: str = "",
) -> Response:
    """Correct a response's party, kind, wording or date.

    Side effects: locks and saves the response with its version bumped, recorded with
    `reason`. Raises StaleEdit, ValidationError in the editor's words, Response.DoesNotExist.
    """
    changes = {
        "party": party,
        "kind": kind,
        "summary": summary if summary is UNCHANGED else summary.strip(),
        "responded_on": responded_on,
    }
    return _versioned_edit(response, editor, version, changes, reason, check=_check_response)


def evidence_link(
    *,
    quote: Quote,
    editor: AbstractBaseUser | None,
    demand: Demand | None = None,
    response: Response | None = None,
    reason: str = "",
) -> Demand | Response:
    """Cite a quote as evidence for a demand or a response (give exactly one).

    Linking takes no version: it adds to a set and never undoes another editor's change.
    Side effects: links the quote, touches the item's "last touched" time and records the
    new evidence in its history; linking a quote already cited changes nothing.
    Raises ValidationError in the editor's words.
    """
    _evidence_check([quote])
    return _evidence_change(quote, editor, demand, response, reason, linked=True)


def evidence_unlink(
    *,
    quote: Quote,
    editor: AbstractBaseUser | None,
    demand: Demand | None = None,
    response: Response | None = None,
    reason: str = "",
) -> Demand | Response:
    """Stop citing a quote as evidence for a demand or a response (give exactly one).

    Side effects: unlinks the quote, touches the item's "last touched" time and records it
    in its history; unlinking a quote not cited changes nothing.
    """
    return _evidence_change(quote, editor, demand, response, reason, linked=False)


def _created_with_evidence(obj, evidence: Iterable[Quote], editor, *, check: Callable) -> Any:
    check(obj)
    obj.full_clean()
    evidence = list(evidence)
    _evidence_check(evidence)
    with transaction.atomic():
        # Its first record is written once its evidence is in place, so it holds both.
        with history_paused(obj):
            obj.save()
            obj.evidence.add(*evidence)
        record_created(type(obj), [obj], editor=editor)
    return obj


def _versioned_edit(
    obj, editor, version: int, changes: dict, reason: str, check: Callable | None = None
) -> Any:
    with transaction.atomic():
        current = locked_at_version(type(obj), obj.pk, version)
        changes_saved(current, changes, editor=editor, reason=reason, check=check)
        return current


def _check_demand(demand: Demand) -> None:
    check_choice("kind", demand.kind, DemandKind, "kind of demand")
    if demand.issue_id is not None and demand.issue.negotiation_id != demand.negotiation_id:
        raise ValidationError(
            {"issue": f"“{demand.issue}” is an issue of another negotiation: pick one of this one."}
        )
    if demand.addressee_id is not None and demand.addressee_id == demand.party_id:
        raise ValidationError(
            {"addressee": "A party makes no demand of itself: choose the party it asks."}
        )
    same = Demand.objects.filter(
        negotiation=demand.negotiation_id, party=demand.party_id, summary=demand.summary
    ).exclude(pk=demand.pk)
    if same.exists():
        raise ValidationError(
            {"summary": "This party already has a demand with that summary: link to it instead."}
        )


def _check_response(response: Response) -> None:
    check_choice("kind", response.kind, ResponseKind, "kind of response")
    same = Response.objects.filter(
        demand=response.demand_id, party=response.party_id, summary=response.summary
    ).exclude(pk=response.pk)
    if same.exists():
        raise ValidationError(
            {"summary": "This party already gave a response with that summary to this demand."}
        )


def _evidence_check(quotes: Iterable[Quote]) -> None:
    for quote in quotes:
        if quote.review_state == Quote.ReviewState.REJECTED:
            raise ValidationError(
                {"quote": "A rejected quote is no evidence: confirm it before citing it."}
            )


def _evidence_change(quote, editor, demand, response, reason: str, *, linked: bool):
    if (demand is None) == (response is None):
        raise ValidationError("Choose a demand or a response for the quote, not both or neither.")
    target = demand if demand is not None else response
    with transaction.atomic():
        current = type(target).objects.select_for_update().get(pk=target.pk)
        cited = current.evidence.filter(pk=quote.pk).exists()
        if cited == linked:
            return current
        # The link is written without a record of its own; the save below records the
        # item once, with its evidence as it now stands.
        with history_paused(current):
            (current.evidence.add if linked else current.evidence.remove)(quote)
        save_recorded(current, editor=editor, reason=reason, update_fields=["updated_at"])
        return current
