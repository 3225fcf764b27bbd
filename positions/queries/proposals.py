"""What Parley proposes for words an editor selects in the reader, to tag them as a quote."""

from dataclasses import dataclass, field

from articles.models import Article
from positions.extraction import DEFAULT_LANGUAGE
from positions.extraction.spans import propose_for_span
from positions.models import Actor, Issue
from positions.registry import load_registry


@dataclass(frozen=True)
class Proposal:
    """The engine's proposal, as the tagging form's initial values and in words."""

    initial: dict
    actor: Actor | None = None
    issues: list[Issue] = field(default_factory=list)
    speaker_as_written: str | None = None
    from_found_quote: bool = False  # the engine had found a quote there itself


def issues_of_article(article: Article):
    """The issues of the negotiations an article bears on, in screen order."""
    return (
        Issue.objects.filter(negotiation__articles=article)
        .distinct()
        .order_by("negotiation", "order", "name")
    )


def proposal_for_span(*, article: Article, start: int, end: int) -> Proposal:
    """Speaker, stance, issues and kind the engine proposes for article.body[start:end],
    with the date said defaulting to the article's. Seven queries: the registry (four),
    the speaker and the article's issues."""
    proposed = propose_for_span(
        article.body,
        start,
        end,
        load_registry(),
        said_on=article.published_on,
        language=article.language or DEFAULT_LANGUAGE,
    )
    actor = None
    if isinstance(proposed.actor_key, int):
        actor = Actor.objects.filter(pk=proposed.actor_key).only("name").first()
    by_slug = {issue.slug: issue for issue in issues_of_article(article)}
    issues = [by_slug[slug] for slug in proposed.issues if slug in by_slug]
    initial = {
        "start": start,
        "end": end,
        "actor": actor,  # the picker shows its name and keeps its id
        "stance": proposed.stance or "",
        "kind": proposed.kind,
        "issues": [issue.pk for issue in issues],
        "said_on": article.published_on,
    }
    return Proposal(
        initial=initial,
        actor=actor,
        issues=issues,
        speaker_as_written=proposed.speaker_as_written,
        from_found_quote=proposed.found is not None,
    )
