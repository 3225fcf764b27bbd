"""Suggest a quote's stance (demand, offer, …) and its issues, each with a confidence."""

from __future__ import annotations

from dataclasses import dataclass

from .confidence import calibrated
from .grammar import Reading, read_stance
from .languages import ENGLISH, LanguageProfile
from .registry import RegistryIndex

STANCES = ("demand", "offer", "accept", "reject", "concede", "warn", "assess")
# Speakers whose words are views of their own, never a party's move.
_VIEW_KINDS = frozenset({"expert", "journalist"})


@dataclass(frozen=True)
class Suggestion:
    """What the engine suggests for a quote, each field with how sure it is (0..1).

    Frozen, so a later stage (an editor-trained re-ranker) adjusts one with
    `dataclasses.replace(suggestion, stance=…, stance_confidence=…)`; `evidence` says what
    the stance rests on, a feature for such a stage.
    """

    issues: tuple[str, ...]
    stance: str
    stance_confidence: float
    issues_confidence: float = 0.0
    evidence: str = "none"


@dataclass(frozen=True)
class Speaker:
    """Who speaks, as far as the engine knows: whose side "we" is, and what kind of voice."""

    party_slug: str | None = None
    kind: str | None = None


def suggest(
    text: str,
    index: RegistryIndex,
    verb: str | None = None,
    speaker: Speaker = Speaker(),
    profile: LanguageProfile = ENGLISH,
) -> Suggestion:
    """Issues from the registry's keywords; a stance from the speaker, the reporting verb or
    the grammar of the words, each with a calibrated confidence."""
    issues = _issues(text, index)
    stance, evidence = _stance_of_quote(text, index, verb, speaker, profile)
    return Suggestion(
        issues,
        stance,
        calibrated(evidence),
        _issues_confidence(issues, index),
        evidence,
    )


def _stance_of_quote(
    text: str, index: RegistryIndex, verb: str | None, speaker: Speaker, profile: LanguageProfile
) -> tuple[str, str]:
    if speaker.kind in _VIEW_KINDS:
        return "assess", "speaker-kind"
    if verb in profile.reporting_stances:
        return profile.reporting_stances[verb], "verb"
    return read_stance(text, Reading(profile, index, speaker.party_slug))


def _issues_confidence(issues: tuple[str, ...], index: RegistryIndex) -> float:
    """A keyword hit is seldom wrong; no hit often misses an issue named in other words."""
    if index.issue_pattern is None:
        return 1.0  # no issues to suggest: the empty suggestion cannot be wrong
    return _ISSUES_FOUND if issues else _ISSUES_NONE


# Measured on the invented development quotes (tests/data/stance_dev.jsonl) like the stance.
_ISSUES_FOUND = 0.8
_ISSUES_NONE = 0.5


def _issues(text: str, index: RegistryIndex) -> tuple[str, ...]:
    if index.issue_pattern is None:
        return ()
    found: list[str] = []
    for match in index.issue_pattern.finditer(text.lower()):
        slug = index.issue_by_keyword.get(match.group())
        if slug and slug not in found:
            found.append(slug)
    return tuple(found)
