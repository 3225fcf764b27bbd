"""Suggest a quote's stance (demand, offer, …) with a confidence; its issues are in issues.py."""

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

    stance: str
    stance_confidence: float
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
    """A stance from the speaker, the reporting verb or the grammar of the words, with a
    calibrated confidence."""
    stance, evidence = _stance_of_quote(text, index, verb, speaker, profile)
    return Suggestion(stance, calibrated(evidence), evidence)


def _stance_of_quote(
    text: str, index: RegistryIndex, verb: str | None, speaker: Speaker, profile: LanguageProfile
) -> tuple[str, str]:
    if speaker.kind in _VIEW_KINDS:
        return "assess", "speaker-kind"
    if verb in profile.reporting_stances:
        return profile.reporting_stances[verb], "verb"
    return read_stance(text, Reading(profile, index, speaker.party_slug))
