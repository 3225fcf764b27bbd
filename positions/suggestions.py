"""Suggestions learned from editors: train a negotiation's re-ranker, apply it to new quotes.

Services in the sense of services.py; kept apart because they carry scikit-learn.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Sequence

from django.conf import settings
from django.db import IntegrityError, transaction

from positions import reranking
from positions.extraction import ExtractedQuote, extract_quotes
from positions.models import Actor, Negotiation, Quote, SuggestionModel
from positions.registry import load_registry
from positions.reranking import Candidate, Reranker, Verdict

logger = logging.getLogger(__name__)

# Held-out sets the metrics of a new version are measured on.
_METRIC_FOLDS = 5


def suggestion_model_latest(negotiation: Negotiation) -> SuggestionModel | None:
    return negotiation.suggestion_models.order_by("-version").first()


def verdict_quotes(negotiation: Negotiation):
    """Confirmed machine quotes of the negotiation's articles: the editors' verdicts."""
    return Quote.objects.filter(
        article__negotiations=negotiation,
        origin=Quote.Origin.EXTRACTED,
        review_state=Quote.ReviewState.CONFIRMED,
    )


def verdicts_since(negotiation: Negotiation, latest: SuggestionModel | None):
    """The verdicts given since the `latest` training (all of them before the first)."""
    verdicts = verdict_quotes(negotiation)
    if latest is not None:
        verdicts = verdicts.filter(reviewed_at__gt=latest.trained_at)
    return verdicts


def suggestions_training_due(negotiation: Negotiation) -> bool:
    """Enough verdicts given since the latest training (or ever, before the first)."""
    latest = suggestion_model_latest(negotiation)
    return verdicts_since(negotiation, latest).count() >= settings.PARLEY_SUGGESTIONS_MIN_VERDICTS


def suggestions_queue_training(*, negotiations: Iterable[Negotiation]) -> None:
    """Queue a training for each negotiation that has enough new verdicts.

    Side effects: on commit, publishes `positions.train_suggestions` per such negotiation.
    """
    # Imported here: the tasks module imports this one.
    from positions.tasks import task_train_suggestions  # noqa: PLC0415

    for negotiation in negotiations:
        if suggestions_training_due(negotiation):
            pk = negotiation.pk
            transaction.on_commit(
                lambda pk=pk: task_train_suggestions.apply_async(kwargs={"negotiation_id": pk})
            )


def suggestion_model_train(*, negotiation: Negotiation) -> SuggestionModel | None:
    """Train a new version from every verdict in the negotiation; None when there are too
    few. Running it again with no new verdict returns the latest version unchanged.

    Side effects: creates a SuggestionModel (the next version).
    """
    latest = suggestion_model_latest(negotiation)
    verdicts = negotiation_verdicts(negotiation)
    if len(verdicts) < settings.PARLEY_SUGGESTIONS_MIN_VERDICTS:
        return None
    if latest is not None and not verdicts_since(negotiation, latest).exists():
        return latest
    reranker = reranking.train(verdicts)
    replayed = reranking.replay(verdicts, folds=_METRIC_FOLDS)
    try:
        with transaction.atomic():
            return SuggestionModel.objects.create(
                negotiation=negotiation,
                version=(latest.version if latest else 0) + 1,
                verdicts_used=len(verdicts),
                metrics={name: dataclasses.asdict(s) for name, s in replayed.items()},
                payload=reranking.dumps(reranker),
            )
    except IntegrityError:  # a training running at the same time stored this version first
        return suggestion_model_latest(negotiation)


def negotiation_verdicts(negotiation: Negotiation) -> list[Verdict]:
    """Each confirmed quote beside what the rules suggest for it today, article by article."""
    registry = load_registry()
    kinds = _actor_kinds(registry)
    quotes = verdict_quotes(negotiation).select_related("article", "party")
    by_article: dict[int, list[Quote]] = {}
    for quote in quotes.prefetch_related("issues").order_by("article", "start"):
        by_article.setdefault(quote.article_id, []).append(quote)
    verdicts = []
    for confirmed in by_article.values():
        article = confirmed[0].article
        extracted = extract_quotes(article.body, registry, said_on=article.published_on)
        for quote in confirmed:
            match = _same_span(quote, extracted)
            if match is not None:
                verdicts.append(
                    Verdict(
                        candidate=_candidate(match, kinds),
                        stance=quote.stance,
                        issues=tuple(sorted(issue.slug for issue in quote.issues.all())),
                        group=str(article.pk),
                    )
                )
    return verdicts


def _actor_kinds(registry) -> dict:
    return {actor.key: actor.kind for actor in registry.actors}


def _same_span(quote: Quote, extracted: Sequence[ExtractedQuote]) -> ExtractedQuote | None:
    """The extracted quote overlapping the confirmed one most (at least half of the shorter)."""
    best, best_overlap = None, 0
    for candidate in extracted:
        overlap = min(quote.end, candidate.end) - max(quote.start, candidate.start)
        shorter = min(quote.end - quote.start, candidate.end - candidate.start)
        if overlap > best_overlap and overlap * 2 >= shorter:
            best, best_overlap = candidate, overlap
    return best


def _candidate(quote: ExtractedQuote, kinds: dict) -> Candidate:
    return Candidate(
        text=quote.text,
        kind=quote.kind,
        rule_stance=quote.stance,
        rule_confidence=quote.stance_confidence,
        rule_issues=quote.issues,
        party=quote.party_slug,
        speaker_kind=kinds.get(quote.actor_key) or quote.proposed_actor_kind,
    )


# Unpickled re-rankers by model id: a model never changes once stored.
_LOADED: dict[int, Reranker] = {}


def extraction_rerank(
    *, article, extracted: list[ExtractedQuote], actors: dict
) -> tuple[list[ExtractedQuote], SuggestionModel | None]:
    """The extracted quotes with stance and issues re-ranked by the latest model of the
    article's negotiations (the first negotiation that has one), and that model; unchanged
    and None when none has. `actors`: the quotes' actors by registry key."""
    model = (
        SuggestionModel.objects.filter(negotiation__articles=article)
        .order_by("negotiation", "-version")
        .defer("payload")
        .first()
    )
    if model is None or not extracted:
        return extracted, None
    if model.pk not in _LOADED:
        payload = SuggestionModel.objects.values_list("payload", flat=True).get(pk=model.pk)
        _LOADED[model.pk] = reranking.loads(bytes(payload))
    kinds = {key: actor.kind for key, actor in actors.items() if isinstance(actor, Actor)}
    suggestions = _LOADED[model.pk].suggest([_candidate(q, kinds) for q in extracted])
    reranked = [
        dataclasses.replace(
            quote,
            stance=suggestion.stance,
            stance_confidence=suggestion.stance_confidence,
            issues=suggestion.issues,
        )
        for quote, suggestion in zip(extracted, suggestions, strict=True)
    ]
    return reranked, model
