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
    the names of the related items whose change they show: at most one query per kind.
    """
    records = list(
        obj.history.select_related("history_user").order_by("-history_date", "-history_id")[
            : HISTORY_LIMIT + 1
        ]
    )
    links = _link_snapshots(type(obj), records)
    pairs = list(zip(records, [*records[1:], None], strict=True))[:HISTORY_LIMIT]
    if since_version is not None:
        pairs = [(record, older) for record, older in pairs if record.version > since_version]
    changes = [(record, _raw_changes(record, older, links)) for record, older in pairs]
    names = _related_names(changes)
    return [_entry(record, raw, names) for record, raw in changes]


def history_record(obj: models.Model, history_id: int) -> models.Model:
    """One recorded save of the item, as a view receives its id; raises DoesNotExist."""
    return obj.history.select_related("history_user").get(history_id=history_id)


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


def _raw_changes(record, older, links) -> list[tuple]:
    """(field, old, new) for each field the record changed: related items as ids, links as
    sets of ids. A creation or deletion, or the first record kept, changed nothing shown."""
    if record.history_type != "~" or older is None:
        return []
    changes = []
    for field in record.tracked_fields:
        old, new = getattr(older, field.attname), getattr(record, field.attname)
        if field.name not in _QUIET and old != new:
            changes.append((field, old, new))
    for field in record._history_m2m_fields:
        old = links.get((older.history_id, field.name), frozenset())
        new = links.get((record.history_id, field.name), frozenset())
        if old != new:
            changes.append((field, old, new))
    return changes


def _related_names(changes) -> dict[tuple[type, int], str]:
    """Names of the related items the changes mention, one query per related model."""
    wanted: dict[type, set[int]] = defaultdict(set)
    for _, raw in changes:
        for field, old, new in raw:
            if field.many_to_many:
                wanted[field.related_model] |= old | new
            elif field.is_relation:
                wanted[field.related_model] |= {old, new} - {None}
    return {
        (related, item.pk): str(item)
        for related, ids in wanted.items()
        for item in related._default_manager.filter(pk__in=ids)
    }


def _entry(record, raw: list[tuple], names) -> HistoryEntry:
    return HistoryEntry(
        record=record,
        when=record.history_date,
        who=record.history_user,
        action=ACTIONS[record.history_type],
        reason=record.history_change_reason or "",
        changes=tuple(
            FieldChange(
                field.name, _label(field), _shown(field, old, names), _shown(field, new, names)
            )
            for field, old, new in raw
        ),
    )


def _label(field) -> str:
    return _LABELS.get(field.name) or str(field.verbose_name).capitalize()


def _shown(field, value, names) -> str:
    if field.many_to_many:
        shown = sorted(names.get((field.related_model, pk), f"#{pk}") for pk in value)
        return ", ".join(shown) or "—"
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
