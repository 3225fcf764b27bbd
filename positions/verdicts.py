"""The extractor's suggestions as it made them, and what editors made of them.

`suggestions_record` freezes each new machine suggestion; `verdict_follow`, called by
positions.editing.quote_edit after every change to a quote, takes the quote's values as the
final ones and compares them with the suggestion. The accuracy page only counts the result.
"""

from collections import defaultdict
from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone

from positions.models import Quote, QuoteIssue, ReviewState, SuggestionVerdict, VerdictOutcome

# What a correction of each field means, compared suggested → final.
_COMPARED = {
    "speaker_changed": ("actor_id",),
    "stance_changed": ("stance",),
    "issues_changed": ("issues",),
    "span_changed": ("start", "end"),
    "kind_changed": ("kind",),
}
_COPIED = ("actor_id", "speaker_name", "stance", "issues", "start", "end", "kind")


def suggestions_record(*, quotes: list[Quote]) -> list[SuggestionVerdict]:
    """Freeze each new machine suggestion, its issue links included, as the one to compare
    editors' verdicts with.

    Side effects: one read of the quotes' issue links, one insert of a pending record per
    quote (its final values, so far, the suggestion's).
    """
    issue_ids: dict[int, list[int]] = defaultdict(list)
    links = QuoteIssue.objects.filter(quote__in=quotes).order_by("issue_id")
    for quote_id, issue_id in links.values_list("quote_id", "issue_id"):
        issue_ids[quote_id].append(issue_id)
    records = []
    for quote in quotes:
        values = quote_values(quote, issue_ids[quote.pk])
        records.append(
            SuggestionVerdict(
                quote=quote, **prefixed("suggested", values), **prefixed("final", values)
            )
        )
    return SuggestionVerdict.objects.bulk_create(records)


def verdict_follow(
    *, quote: Quote, editor: AbstractBaseUser | None, issue_ids: Iterable[int]
) -> SuggestionVerdict | None:
    """Take a just-saved quote's values as the final ones of its suggestion and compare.

    A change by a machine (`editor` None: a re-parse re-anchoring the quote) moves the
    suggested span by as much as the quote moved, so a new text counts as no correction.
    A quote back in the queue is pending again. Returns None for a quote with no suggestion
    (made by hand, or judged before suggestions were recorded).
    Side effects: one read and one update of the quote's record.
    """
    record = SuggestionVerdict.objects.filter(quote_id=quote.pk).first()
    if record is None:
        return None
    final = quote_values(quote, list(issue_ids))
    if editor is None:
        record.suggested_start += final["start"] - record.final_start
        record.suggested_end += final["end"] - record.final_end
    for name, value in prefixed("final", final).items():
        setattr(record, name, value)
    suggested = {name: getattr(record, f"suggested_{name}") for name in _COPIED}
    compared = suggestion_compared(
        suggested=suggested, final=final, review_state=quote.review_state
    )
    for name, value in compared.items():
        setattr(record, name, value)
    _follow_settling(record, editor)
    record.save()
    return record


def suggestion_compared(*, suggested: dict, final: dict, review_state: str) -> dict:
    """Which fields editors changed (`speaker_changed`, …) and the `outcome`, from the
    suggested and final values as `quote_values` gives them; plain values in and out, so
    the migration that fills in older quotes compares exactly as the live path does."""
    flags = {
        flag: any(suggested[name] != final[name] for name in names)
        for flag, names in _COMPARED.items()
    }
    return flags | {"outcome": _outcome(review_state, flags)}


def quote_values(quote, issue_ids: list[int]) -> dict:
    """The values of a quote (or a historical record of one) a suggestion is made of."""
    return {
        "actor_id": quote.actor_id,
        "speaker_name": quote.speaker_name,
        "stance": quote.stance,
        "issues": sorted(issue_ids),
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
    }


def prefixed(prefix: str, values: dict) -> dict:
    """`quote_values` as the record's `suggested_*` or `final_*` fields."""
    return {f"{prefix}_{name}": value for name, value in values.items()}


def _outcome(review_state: str, flags: dict[str, bool]) -> str:
    if review_state == ReviewState.SUGGESTED:
        return VerdictOutcome.PENDING
    if review_state == ReviewState.REJECTED:
        return VerdictOutcome.REJECTED
    if any(flags.values()):
        return VerdictOutcome.CORRECTED
    return VerdictOutcome.UNCHANGED


def _follow_settling(record: SuggestionVerdict, editor: AbstractBaseUser | None) -> None:
    """An editor's change settles it anew; a machine's keeps who settled it."""
    if record.outcome == VerdictOutcome.PENDING:
        record.settled_by, record.settled_at = None, None
    elif editor is not None or record.settled_at is None:
        record.settled_by, record.settled_at = editor, timezone.now()
