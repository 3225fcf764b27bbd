"""Record the suggestion behind each extracted quote stored before suggestions were recorded.

A quote's first history record, when it is its creation ("+"), holds the suggestion exactly
as the extractor made it, issue links included. A quote still in the queue whose history
begins later (it predates the history) was never touched, so its values are the suggestion.
A judged quote with neither is left out: what the extractor said of it is not known, and a
guess would make the figures inexact.
"""

from collections import defaultdict

from django.db import migrations

from positions.verdicts import prefixed, quote_values, suggestion_compared

BATCH = 500


def record_suggestions(apps, schema_editor):
    Quote = apps.get_model("positions", "Quote")
    last = 0
    while True:
        quotes = list(
            Quote.objects.filter(origin="extracted", pk__gt=last, verdict__isnull=True).order_by(
                "pk"
            )[:BATCH]
        )
        if not quotes:
            return
        _record_batch(apps, quotes)
        last = quotes[-1].pk


def _record_batch(apps, quotes) -> None:
    HistoricalQuote = apps.get_model("positions", "HistoricalQuote")
    QuoteIssue = apps.get_model("positions", "QuoteIssue")
    SuggestionVerdict = apps.get_model("positions", "SuggestionVerdict")
    ids = [quote.pk for quote in quotes]
    creations = _creations(HistoricalQuote, ids)
    suggested_issues = _issue_ids(
        apps.get_model("positions", "HistoricalQuoteIssue").objects.filter(
            history__in=[record.history_id for record in creations.values()]
        ),
        "history_id",
    )
    final_issues = _issue_ids(QuoteIssue.objects.filter(quote__in=ids), "quote_id")
    records = []
    for quote in quotes:
        final = quote_values(quote, final_issues[quote.pk])
        creation = creations.get(quote.pk)
        if creation is not None:
            suggested = quote_values(creation, suggested_issues[creation.history_id])
        elif quote.review_state == "suggested":
            suggested = final
        else:
            continue
        compared = suggestion_compared(
            suggested=suggested, final=final, review_state=quote.review_state
        )
        settled = compared["outcome"] != "pending"
        records.append(
            SuggestionVerdict(
                quote=quote,
                **prefixed("suggested", suggested),
                **prefixed("final", final),
                **compared,
                settled_by_id=quote.reviewed_by_id if settled else None,
                settled_at=(quote.reviewed_at or quote.updated_at) if settled else None,
            )
        )
    SuggestionVerdict.objects.bulk_create(records)


def _creations(HistoricalQuote, ids: list[int]) -> dict:
    """Each quote's first history record, where that record is its creation."""
    first = {}
    for record in HistoricalQuote.objects.filter(id__in=ids).order_by("id", "history_id"):
        first.setdefault(record.id, record)
    return {pk: record for pk, record in first.items() if record.history_type == "+"}


def _issue_ids(links, key: str) -> dict[int, list[int]]:
    found = defaultdict(list)
    for owner, issue_id in links.values_list(key, "issue_id"):
        found[owner].append(issue_id)
    return found


class Migration(migrations.Migration):
    dependencies = [
        ("positions", "0011_suggestion_verdicts"),
    ]

    operations = [
        migrations.RunPython(record_suggestions, migrations.RunPython.noop, elidable=True),
    ]
