"""Undoing a recorded change, through the same services that make changes.

A revert puts back the values one change replaced, and only those: a quote's goes through
`quote_edit` (so the matrix's copies follow and the version bumps), a demand's through the
demand services, an issue's through `issue_edit`, an article's through withdraw/restore.
It is itself a change, recorded with the reason "Reverted …", and can be reverted in turn.
"""

from collections.abc import Callable

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import models, transaction

from articles.models import Article
from articles.services import article_restore, article_withdraw
from positions.catalogue import issue_edit
from positions.demands import (
    demand_edit,
    demand_set_status,
    evidence_link,
    evidence_unlink,
    response_edit,
)
from positions.editing import quote_edit, quotes_follow_speaker, save_recorded, validate_changed
from positions.history import record_values
from positions.models import Actor, Demand, Issue, Office, Position, Quote, Response

# What an editor changes, and so may put back, per kind of item; the rest (a quote's party,
# its reviewer) follows from these through the services. A quote's words come back with
# its span, and only if the article still holds them there.
REVERTIBLE = {
    Quote: (
        "actor",
        "issues",
        "stance",
        "kind",
        "said_on",
        "start",
        "end",
        "text",
        "review_state",
    ),
    Demand: (
        "kind",
        "summary",
        "description",
        "party",
        "addressee",
        "issue",
        "first_raised_on",
        "status",
        "status_reason",
        "evidence",
    ),
    Response: ("party", "kind", "summary", "responded_on", "evidence"),
    Actor: ("name", "slug", "kind", "aliases", "description", "confirmed"),
    Office: ("actor", "title", "party", "starts_on", "ends_on"),
    Issue: ("name", "slug", "keywords", "description", "order"),
    Position: ("stance", "summary", "as_of"),
    Article: ("withdrawn_at", "withdrawn_reason"),
}


def change_revert(*, record: models.Model, editor: AbstractBaseUser | None) -> models.Model:
    """Undo one recorded change (a record from `history_of`): the fields it changed get back
    the values they had before it, through the item's own services.

    Refused, in the editor's words, for a creation or a deletion, and when a field the change
    set has been changed again since (revert the later change first), or a span whose words
    the re-parsed text no longer holds.
    Side effects: those of the services it calls (for a quote, `quote_edit`: copies follow,
    version bumps); each is recorded with the reason "Reverted the change of <date> by <who>".
    Returns the item as it now stands.
    """
    if record.history_type != "~":
        raise ValidationError("Only a change can be reverted, not a creation or a deletion.")
    previous = record.prev_record
    model = record.instance_type
    current = model._default_manager.filter(pk=getattr(record, model._meta.pk.attname)).first()
    if previous is None or current is None:
        raise ValidationError("There is nothing to go back to: the item or its past is gone.")
    before, after = record_values(previous), record_values(record)
    fields = [name for name in REVERTIBLE[model] if before[name] != after[name]]
    if not fields:
        raise ValidationError(
            "This change touched nothing an editor sets: there is nothing to undo."
        )
    _refuse_if_changed_since(current, fields, after)
    reason = _revert_reason(record)
    with transaction.atomic():
        return _REVERTERS[model](current, _restored(model, fields, before), editor, reason)


def _refuse_if_changed_since(current, fields: list[str], after: dict) -> None:
    now = _live_values(current, fields)
    moved = [name for name in fields if now[name] != after[name]]
    if moved:
        labels = ", ".join(str(_field(type(current), name).verbose_name) for name in moved)
        raise ValidationError(
            f"Changed again since ({labels}): revert the later change first, or edit it."
        )


def _live_values(obj, fields: list[str]) -> dict:
    values = {}
    for name in fields:
        field = _field(type(obj), name)
        if field.many_to_many:
            values[name] = frozenset(getattr(obj, name).values_list("pk", flat=True))
        else:
            values[name] = getattr(obj, field.attname)
    return values


def _restored(model, fields: list[str], before: dict) -> dict:
    """The earlier values as the services take them: related items as objects."""
    restored = {}
    for name in fields:
        field, value = _field(model, name), before[name]
        if field.many_to_many:
            restored[name] = list(field.related_model._default_manager.filter(pk__in=value))
        elif field.is_relation and value is not None:
            restored[name] = field.related_model._default_manager.get(pk=value)
        else:
            restored[name] = value
    return restored


def _field(model, name: str):
    return model._meta.get_field(name)


def _revert_reason(record) -> str:
    who = record.history_user.get_username() if record.history_user else "Parley"
    return f"Reverted the change of {record.history_date:%d %b %Y, %H:%M} by {who}"


def _quote_reverted(quote: Quote, values: dict, editor, reason: str) -> Quote:
    words = values.pop("text", quote.text)
    start, end = values.get("start", quote.start), values.get("end", quote.end)
    moves_span = (start, end) != (quote.start, quote.end)
    # An old span means the old words only while the article's text is the same.
    if moves_span and quote.article.body[start:end] != words:
        raise ValidationError(
            "The article's text has changed since: the old span no longer holds the same words."
        )
    return quote_edit(quote=quote, editor=editor, version=quote.version, reason=reason, **values)


def _demand_reverted(demand: Demand, values: dict, editor, reason: str) -> Demand:
    evidence = values.pop("evidence", None)
    status, status_reason = values.pop("status", None), values.pop("status_reason", None)
    if values:
        demand = demand_edit(
            demand=demand, editor=editor, version=demand.version, reason=reason, **values
        )
    if status is not None or status_reason is not None:
        demand = demand_set_status(
            demand=demand,
            status=status or demand.status,
            reason=status_reason or reason,
            editor=editor,
            version=demand.version,
        )
    if evidence is not None:
        _evidence_restored(demand, evidence, editor, reason, key="demand")
    return demand


def _response_reverted(response: Response, values: dict, editor, reason: str) -> Response:
    evidence = values.pop("evidence", None)
    if values:
        response = response_edit(
            response=response, editor=editor, version=response.version, reason=reason, **values
        )
    if evidence is not None:
        _evidence_restored(response, evidence, editor, reason, key="response")
    return response


def _evidence_restored(item, quotes: list[Quote], editor, reason: str, *, key: str) -> None:
    wanted = {quote.pk: quote for quote in quotes}
    cited = {quote.pk: quote for quote in item.evidence.all()}
    for pk in wanted.keys() - cited.keys():
        evidence_link(quote=wanted[pk], editor=editor, reason=reason, **{key: item})
    for pk in cited.keys() - wanted.keys():
        evidence_unlink(quote=cited[pk], editor=editor, reason=reason, **{key: item})


def _article_reverted(article: Article, values: dict, editor, reason: str) -> Article:
    if values.get("withdrawn_at", article.withdrawn_at) is None:
        return article_restore(article=article, editor=editor, reason=reason)
    return article_withdraw(article=article, reason=values["withdrawn_reason"], editor=editor)


def _issue_reverted(issue: Issue, values: dict, editor, reason: str) -> Issue:
    return issue_edit(issue=issue, editor=editor, version=issue.version, reason=reason, **values)


def _plain_reverted(obj: models.Model, values: dict, editor, reason: str) -> models.Model:
    """Registry items (actors, offices, pinned positions) carry no copies, but an
    actor's offices and kind decide the party their quotes carry."""
    previous_actor = getattr(obj, "actor", None)
    for name, value in values.items():
        setattr(obj, name, value)
    validate_changed(obj, values)
    if isinstance(obj, Actor):
        # An editor who loaded the actor before the revert must not save over it unawares.
        obj.version += 1
    save_recorded(obj, editor=editor, reason=reason)
    for actor in _speakers_concerned(obj, previous_actor):
        quotes_follow_speaker(actor=actor)
    return obj


def _speakers_concerned(obj, previous_actor) -> list[Actor]:
    if isinstance(obj, Actor):
        return [obj]
    if isinstance(obj, Office):
        return list({obj.actor, previous_actor} - {None})
    return []


_REVERTERS: dict[type, Callable] = {
    Quote: _quote_reverted,
    Demand: _demand_reverted,
    Response: _response_reverted,
    Article: _article_reverted,
    Actor: _plain_reverted,
    Office: _plain_reverted,
    Issue: _issue_reverted,
    Position: _plain_reverted,
}
