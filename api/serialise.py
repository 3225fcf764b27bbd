"""Models as the API answers them: plain dicts, built from rows already loaded (no query)."""

from django.http import HttpRequest
from django.urls import reverse

from positions.models import Negotiation
from positions.queries.cells import EVIDENCE_CAP
from positions.queries.matrix import Matrix


def _named(thing) -> dict | None:
    return {"slug": thing.slug, "name": thing.name} if thing is not None else None


def negotiation(found: Negotiation) -> dict:
    entries = sorted(found.negotiationparty_set.all(), key=lambda e: (e.order, e.party.name))
    return {
        "slug": found.slug,
        "name": found.name,
        "description": found.description,
        "starts_on": found.starts_on,
        "ends_on": found.ends_on,
        "parties": [_named(entry.party) for entry in entries],
    }


def party(found) -> dict:
    return {
        "slug": found.slug,
        "name": found.name,
        "colour": found.colour,
        "aliases": [str(alias) for alias in found.aliases or []],
    }


def issue(found) -> dict:
    return {
        "slug": found.slug,
        "name": found.name,
        "description": found.description,
        "keywords": [str(keyword) for keyword in found.keywords or []],
    }


def actor(found) -> dict:
    return {
        "slug": found.slug,
        "name": found.name,
        "kind": found.kind,
        "aliases": [str(alias) for alias in found.aliases or []],
        "description": found.description,
        "offices": [
            {
                "title": office.title,
                "party": _named(office.party),
                "starts_on": office.starts_on,
                "ends_on": office.ends_on,
            }
            for office in found.offices.all()
        ],
    }


def article(request: HttpRequest, found) -> dict:
    return {
        "id": found.pk,
        "title": found.title,
        "url": found.url,
        "source": _named(found.source),
        "published_on": found.published_on,
        "date_inferred": found.date_inferred,
        "dateline_place": found.dateline_place,
        "language": found.language,
        "status": found.status,
        "withdrawn": found.is_withdrawn,
        "quote_count": found.quote_count,
        "created_at": found.created_at,
        "page": request.build_absolute_uri(reverse("article_detail", args=[found.pk])),
    }


def quote(request: HttpRequest, found, issues: list) -> dict:
    source = found.article.source
    return {
        "id": found.pk,
        "text": found.text,
        "kind": found.kind,
        "speaker_name": found.speaker_name,
        "speaker_as_written": found.speaker_as_written,
        "actor": _named(found.actor),
        "party": _named(found.party),
        "issues": [_named(issue) for issue in issues],
        "stance": found.stance,
        "said_on": found.said_on,
        "review_state": found.review_state,
        "article": {
            "id": found.article_id,
            "title": found.article.title,
            "url": found.article.url,
            "published_on": found.article.published_on,
            "source": _named(source),
        },
        "page": request.build_absolute_uri(reverse("quote_detail", args=[found.pk])),
    }


def _evidence(quotes) -> list[dict]:
    return [
        {
            "id": quote.pk,
            "text": quote.text,
            "said_on": quote.said_on,
            "speaker_name": quote.speaker_name,
            "article_id": quote.article_id,
        }
        for quote in quotes
    ]


def demand(request: HttpRequest, found) -> dict:
    return {
        "id": found.pk,
        "kind": found.kind,
        "summary": found.summary,
        "description": found.description,
        "party": _named(found.party),
        "addressee": _named(found.addressee),
        "issue": _named(found.issue),
        "first_raised_on": found.first_raised_on,
        "last_touched": found.last_touched,
        "status": found.status,
        "status_reason": found.status_reason,
        "evidence": _evidence(found.evidence.all()),
        "responses": [
            {
                "id": response.pk,
                "party": _named(response.party),
                "kind": response.kind,
                "summary": response.summary,
                "responded_on": response.responded_on,
                "evidence": _evidence(response.evidence.all()),
            }
            for response in found.responses.all()
        ],
        "page": request.build_absolute_uri(reverse("demand_detail", args=[found.pk])),
    }


def matrix(chosen: Negotiation, grid: Matrix) -> dict:
    return {
        "negotiation": chosen.slug,
        "as_of": grid.as_of,
        "parties": [_named(party) for party in grid.parties],
        "rows": [
            {
                "issue": _named(row.issue),
                "deadlocked": row.deadlocked,
                "converging": row.converging,
                "cells": [
                    {
                        "party": party.slug,
                        "stance": cell.stance,
                        "said_on": cell.said_on,
                        "previous_stance": cell.previous_stance,
                        "shifted": cell.shifted,
                        "evidence": cell.evidence,
                        "evidence_capped": cell.evidence >= EVIDENCE_CAP,
                        "suggested": cell.suggested,
                        "pinned": cell.pinned,
                        "summary": cell.summary,
                        "quote_id": cell.quote_id,
                    }
                    for party, cell in row.entries
                ],
            }
            for row in grid.rows
        ],
    }
