"""Suggest a quote's stance (demand, offer, …) with a confidence; its issues are in issues.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

STANCES = ("demand", "offer", "accept", "reject", "concede", "warn", "assess")


def _cues(*phrases: str) -> str:
    """One stance's cue phrases as a pattern; written in lower case, matched on lower case."""
    return r"\b(?:" + "|".join(phrases) + r")\b"


# Ordered by precedence: a demand may mention a refusal or an offer ("end the open door and
# offer guarantees that rule out expansion"), and an offer may mention a danger it would avert.
_STANCE_CUES: tuple[tuple[str, str, float], ...] = (
    (
        "demand",
        _cues(
            r"imperative",
            r"must",
            r"demanded",
            r"demanding",
            r"(?:we|i|they) demand",
            r"insist\w*",
            r"call(?:s|ed)? (?:for|on)",
            r"urge[sd]?",
            r"it is necessary",
            r"legally binding guarantees",
        ),
        0.75,
    ),
    (
        "reject",
        _cues(
            r"no veto",
            r"not have a veto",
            r"non-?starters?",
            r"reject\w*",
            r"refus\w*",
            r"will not (?:agree|accept|slam|allow|back down|compromise)",
            r"won'?t",
            r"cannot (?:accept|agree)",
            r"could not accept",
            r"rule[sd]? out",
            r"dismiss\w*",
            r"unacceptable",
            r"no one else has a say",
            r"out of the question",
            r"not negotiable",
        ),
        0.8,
    ),
    (
        "offer",
        _cues(
            r"ready to",
            r"ready for",
            r"eager to",
            r"willing to",
            r"prepared to",
            r"propos\w*",
            r"offer\w*",
            r"open to",
            r"interested in",
            r"we could discuss",
            r"invite\w*",
        ),
        0.7,
    ),
    (
        "warn",
        _cues(
            r"warn\w*",
            r"threat\w*",
            r"serious consequences",
            r"high price",
            r"risk",
            r"danger\w*",
            r"retaliat\w*",
            r"military force",
            r"will respond",
            r"other means",
            r"intimidation",
        ),
        0.7,
    ),
    ("demand", _cues(r"should", r"needs? to", r"ha(?:ve|s) to", r"require\w*", r"we want"), 0.55),
    (
        "concede",
        _cues(
            r"conced\w*", r"compromise", r"admit(?:s|ted)? that", r"acknowledg\w*", r"concession\w*"
        ),
        0.6,
    ),
    ("accept", _cues(r"agree[sd]? (?:to|with|on)", r"accept\w*", r"welcome[sd]?"), 0.6),
)


# Stances that turn into a refusal when negated ("NATO does not agree to discuss our ideas").
_NEGATABLE = frozenset({"offer", "accept", "concede"})
_NEGATION = frozenset({"not", "no", "never", "cannot", "nor", "n't"})
_WORDS = re.compile(r"n't|\w+")
# The reporting verb names the speech act outright ("requested guarantees", "warned that").
_STANCE_OF_VERB = {
    "demand": "demand",
    "request": "demand",
    "urge": "demand",
    "insist": "demand",
    "call": "demand",
    "warn": "warn",
    "threaten": "warn",
    "caution": "warn",
    "deny": "reject",
    "dismiss": "reject",
    "propose": "offer",
    "promise": "offer",
    "pledge": "offer",
    "concede": "concede",
    "admit": "concede",
    "welcome": "accept",
}


@dataclass(frozen=True)
class Suggestion:
    stance: str
    stance_confidence: float


def suggest(text: str, verb: str | None = None) -> Suggestion:
    """A stance from the reporting verb or the words."""
    if verb in _STANCE_OF_VERB:
        return Suggestion(_STANCE_OF_VERB[verb], 0.8)
    stance, confidence = _stance(text)
    return Suggestion(stance, confidence)


# One pass over the text finds every cue; precedence then picks the stance.
_ANY_CUE = re.compile(
    "|".join(f"(?P<c{n}>{pattern})" for n, (_, pattern, _) in enumerate(_STANCE_CUES))
)


def _stance(text: str) -> tuple[str, float]:
    text = text.lower()  # the cues are written in lower case; matching is faster without flags
    hits: dict[int, list[int]] = {}
    for match in _ANY_CUE.finditer(text):
        hits.setdefault(int(match.lastgroup[1:]), []).append(match.start())
    if not hits:
        return "assess", 0.4
    rank = min(hits)
    stance, _, confidence = _STANCE_CUES[rank]
    if stance in _NEGATABLE and _negated(text, hits[rank][0]):
        return "reject", 0.6
    return stance, min(0.95, confidence + 0.05 * (len(hits[rank]) - 1))


def _negated(text: str, position: int) -> bool:
    """A negation among the four words before `position`."""
    before = _WORDS.findall(text, max(0, position - 40), position)[-4:]
    return any(w.lower() in _NEGATION for w in before)
