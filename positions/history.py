"""What changed, by whom and when: the history django-simple-history keeps, made readable.

Quotes (with their issue links), demands and responses (with their evidence), actors,
offices, issues, pinned positions and articles each keep a record per save. `history_of`
turns an item's records into entries an editor reads — "Stance: Demand → Reject, by anna,
12 Jan 2022, 14:05" — in a fixed number of queries however long the history.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import models
from simple_history.utils import get_m2m_reverse_field_name

# Bookkeeping every save touches: showing it would bury what an editor changed.
_QUIET = frozenset(
    {
        "id",
        "version",
        "created_at",
        "updated_at",
        "reviewed_by",
        "reviewed_at",
        "corroboration_group",
        "parse_started_at",
        "parse_attempts",
        "parse_delayed",
        "parsed_at",
    }
)
# Labels in the words the screens use, where the field's own name says less.
_LABELS = {
    "actor": "Speaker",
    "said_on": "Date said",
    "start": "Span start",
    "end": "Span end",
    "text": "Words",
    "anchor_lost": "Words lost after a re-parse",
    "status_reason": "Reason for the status",
}
ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}
HISTORY_LIMIT = 200


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded save: pass `record` to `change_revert` to undo it."""

    record: models.Model
    when: datetime
    who: AbstractBaseUser | None
    action: str  # "created", "changed" or "deleted"
    reason: str
    changes: tuple[FieldChange, ...]

    @property
    def history_id(self) -> int:
        return self.record.history_id

    @property
    def revertible(self) -> bool:
        return self.action == "changed" and bool(self.changes)


def history_of(obj: models.Model, *, since_version: int | None = None) -> list[HistoryEntry]:
    """The item's recorded saves, newest first, each with the fields it changed.

    With `since_version`, only the saves after the item stood at that version (what another
    editor changed since this one loaded it). Reads the records, their link snapshots and
    the names of related items they mention: a fixed number of queries.
    """
    records = list(
        obj.history.select_related("history_user").order_by("-history_date", "-history_id")[
            : HISTORY_LIMIT + 1
        ]
    )
    links = _link_snapshots(type(obj), records)
    names = _related_names(type(obj), records, links)
    entries = [
        _entry(record, older, links, names)
        for record, older in zip(records, [*records[1:], None], strict=True)
    ][:HISTORY_LIMIT]
    if since_version is not None:
        entries = [entry for entry in entries if entry.record.version > since_version]
    return entries


def history_record(obj: models.Model, history_id: int) -> models.Model:
    """One recorded save of the item, as a view receives its id; raises DoesNotExist."""
    return obj.history.select_related("history_user").get(history_id=history_id)


def tracked_fields(model: type[models.Model]) -> list[str]:
    """The fields whose changes history shows and a revert puts back: many-to-many links
    included, bookkeeping left out."""
    history_model = model.history.model
    plain = [f.name for f in history_model.tracked_fields if f.name not in _QUIET]
    return plain + [f.name for f in history_model._history_m2m_fields]


def record_values(record: models.Model) -> dict:
    """The tracked values a record holds: related items as ids, links as a set of ids."""
    values = {
        field.name: getattr(record, field.attname)
        for field in record.tracked_fields
        if field.name not in _QUIET
    }
    for field in record._history_m2m_fields:
        values[field.name] = _linked_ids(record, field)
    return values


def _linked_ids(record, field) -> frozenset[int]:
    target = get_m2m_reverse_field_name(field) + "_id"
    return frozenset(getattr(record, field.name).values_list(target, flat=True))


def _link_snapshots(model, records) -> dict[tuple[int, str], frozenset[int]]:
    """For each record and many-to-many field, the ids it linked to, in one query per field."""
    snapshots: dict[tuple[int, str], set[int]] = defaultdict(set)
    for field in model.history.model._history_m2m_fields:
        target = get_m2m_reverse_field_name(field) + "_id"
        rows = getattr(model.history.model, field.name).model.objects.filter(
            history__in=[record.history_id for record in records]
        )
        for history_id, linked in rows.values_list("history_id", target):
            snapshots[history_id, field.name].add(linked)
    return {key: frozenset(ids) for key, ids in snapshots.items()}


def _related_names(model, records, links) -> dict[tuple[type, int], str]:
    """Names of every related item the records mention, one query per related model."""
    wanted: dict[type, set[int]] = defaultdict(set)
    for field in model.history.model.tracked_fields:
        if field.is_relation and field.name not in _QUIET:
            ids = {getattr(record, field.attname) for record in records}
            wanted[field.related_model] |= ids - {None}
    for field in model.history.model._history_m2m_fields:
        for record in records:
            wanted[field.related_model] |= links.get((record.history_id, field.name), set())
    return {
        (related, item.pk): str(item)
        for related, ids in wanted.items()
        if ids
        for item in related._default_manager.filter(pk__in=ids)
    }


def _entry(record, older, links, names) -> HistoryEntry:
    action = ACTIONS[record.history_type]
    changes = ()
    if action == "changed" and older is not None:
        changes = tuple(_changes(record, older, links, names))
    return HistoryEntry(
        record=record,
        when=record.history_date,
        who=record.history_user,
        action=action,
        reason=record.history_change_reason or "",
        changes=changes,
    )


def _changes(record, older, links, names):
    for field in record.tracked_fields:
        if field.name in _QUIET:
            continue
        old, new = getattr(older, field.attname), getattr(record, field.attname)
        if old != new:
            yield FieldChange(
                field.name,
                _label(field),
                _shown(field, old, names),
                _shown(field, new, names),
            )
    for field in record._history_m2m_fields:
        old = links.get((older.history_id, field.name), frozenset())
        new = links.get((record.history_id, field.name), frozenset())
        if old != new:
            yield FieldChange(
                field.name,
                _label(field),
                _shown_links(field, old, names),
                _shown_links(field, new, names),
            )


def _label(field) -> str:
    return _LABELS.get(field.name) or str(field.verbose_name).capitalize()


def _shown(field, value, names) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if field.is_relation:
        return names.get((field.related_model, value), f"{field.related_model.__name__} {value}")
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return f"{value:%d %b %Y, %H:%M}"
    if isinstance(value, date):
        return f"{value:%d %b %Y}"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _shown_links(field, ids, names) -> str:
    shown = sorted(names.get((field.related_model, pk), f"#{pk}") for pk in ids)
    return ", ".join(shown) or "—"
