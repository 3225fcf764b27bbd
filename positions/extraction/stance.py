"""Suggest a quote's stance (demand, offer, …) with a confidence; its issues are in issues.py."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .confidence import calibrated
from .grammar import Reading, agreed_to_yield, finite_verb_in, read_stance
from .languages import ENGLISH, LanguageProfile
from .registry import RegistryIndex

STANCES = ("demand", "offer", "accept", "reject", "concede", "warn", "assess")
# Speakers whose words are views of their own, never a party's move.
_VIEW_KINDS = frozenset({"expert", "journalist"})
# Evidence of an act the quote's words perform, as opposed to a view taken by default.
_ACT_EVIDENCE = frozenset({"performative", "negation", "modal", "conditional", "noun"})
_DEFAULT_EVIDENCE = frozenset({"none", "weak"})
# Evidence of an act named outright or refused: strong enough to overrule a reporting verb.
_OUTRIGHT_EVIDENCE = frozenset({"performative", "negation"})
# A quote this short is a fragment: its stance lies in the sentence around it.
_FRAGMENT_WORDS = 5
# A quote this long holds several statements, whose stances may differ.
_LONG_WORDS = 30
# How many words from a quote's start may hold the subject of its act ("They have rejected").
_OPENING_WORDS = 2
_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class Suggestion:
    """What the engine suggests for a quote, each field with how sure it is (0..1).

    Frozen, so a later stage (an editor-trained re-ranker) adjusts one with
    `dataclasses.replace(suggestion, stance=…, stance_confidence=…)`; `evidence` says what
    the stance rests on, and `signals` everything its confidence was weighed from.
    """

    stance: str
    stance_confidence: float
    evidence: str = "none"
    signals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Speaker:
    """Who speaks, as far as the engine knows: whose side "we" is, and what kind of voice."""

    party_slug: str | None = None
    kind: str | None = None
    plural: bool = False  # a group ("negotiators"), told of as "they" in reported speech
    # The words the article describes the speaker with ("Communications Authority chair"):
    # a quote naming that body in the third person speaks of the speaker's own side.
    described_as: frozenset[str] = frozenset()


def suggest(
    text: str,
    index: RegistryIndex,
    verb: str | None = None,
    speaker: Speaker = Speaker(),
    profile: LanguageProfile = ENGLISH,
    *,
    indirect: bool = False,
    framed: bool = False,
) -> Suggestion:
    """A stance from the speaker, the reporting verb or the grammar of the words, with a
    calibrated confidence. `framed`: the text is the reported clause a quoted fragment sits
    in, read for the fragment."""
    reading = Reading(
        profile,
        index,
        speaker.party_slug,
        direct=not indirect,
        plural_speaker=speaker.plural,
        speaker_bodies=_bodies_of(speaker.described_as, profile),
        speaker_of_subject=_speaks_for_subject(speaker.described_as, profile),
    )
    stance, evidence = _stance_of_quote(text, reading, verb, speaker)
    signals = stance_signals(text, reading, stance, evidence, speaker, indirect=indirect)
    if framed:
        signals += ("framed",)
    return Suggestion(stance, calibrated(signals), evidence, signals)


def statement_stances(parts: list[tuple[int, Suggestion]]) -> list[Suggestion]:
    """Each quote's suggestion once the statements it belongs to are known (`parts`: each
    quote's statement number and own suggestion, in order): a part that takes a view only by
    default ("“We understand the logic of the tax,” she said. “We will not accept it.”")
    takes the position its statement states elsewhere, flagged by a signal of its own."""
    leads: dict[int, Suggestion] = {}
    for statement, suggestion in parts:
        lead = leads.get(statement)
        if states_a_position(suggestion) and (
            lead is None or suggestion.stance_confidence > lead.stance_confidence
        ):
            leads[statement] = suggestion
    shared = []
    for statement, suggestion in parts:
        lead = leads.get(statement)
        if (
            lead is not None
            and suggestion.stance == "assess"
            and suggestion.evidence in _DEFAULT_EVIDENCE
        ):
            signals = (*suggestion.signals, "statement")
            suggestion = Suggestion(lead.stance, calibrated(signals), "statement", signals)
        shared.append(suggestion)
    return shared


def states_a_position(suggestion: Suggestion) -> bool:
    """A stance other than a view, resting on evidence rather than taken by default."""
    return suggestion.stance != "assess" and suggestion.evidence not in _DEFAULT_EVIDENCE


def _speaks_for_subject(described_as: frozenset[str], profile: LanguageProfile) -> bool:
    """Described by the body the sentence names ("its president"), not by one of its own
    ("their union representative" speaks for the union)."""
    return not profile.body_possessives.isdisjoint(described_as) and profile.bodies.isdisjoint(
        described_as
    )


def _bodies_of(described_as: frozenset[str], profile: LanguageProfile) -> frozenset[str]:
    """The bodies a speaker so described speaks for: the words themselves ("authority",
    "union") and those their office implies (a minister's ministry and government)."""
    bodies = set(described_as)
    for word in described_as:
        bodies.update(profile.offices.get(word, ()))
    officer = not profile.firm_roles.isdisjoint(described_as)
    if (officer or not profile.firms.isdisjoint(described_as)) and profile.public_bodies.isdisjoint(
        described_as
    ):
        # "Skyvale Airways chief executive …, said the airline would …": a firm's officer
        # speaks of the firm by its common noun, as does its spokeswoman ("a spokeswoman for
        # the platform said the company would …")
        bodies.update(profile.firms)
    return frozenset(bodies)


def _stance_of_quote(
    text: str, reading: Reading, verb: str | None, speaker: Speaker
) -> tuple[str, str]:
    profile = reading.profile
    if speaker.kind in _VIEW_KINDS:
        return "assess", "speaker-kind"
    requested = not reading.direct and verb is not None and verb in profile.requesting
    if requested and _told_to_act(text, profile):
        return "demand", "verb"  # "asked member states to submit their plans by June"
    if verb is not None and verb in profile.reporting_stances:
        stance = profile.reporting_stances[verb]
        if stance == "warn" and not _speaks_of_what_may_come(text, profile):
            return "assess", "verb-of-a-state"  # "warned that ties had soured"
        if stance == "accept" and agreed_to_yield(text, profile):
            return "concede", "verb"  # "agreed to hand back 12 slots"
        if stance == "accept" and verb in profile.granting:
            return "concede", "verb"  # "accepted that the council had underestimated …"
        if stance == "demand" and _asserts(verb, profile):
            # "insisted that only the members decide": a claim, whose own words may refuse
            own = read_stance(text, reading)
            if own[1] in _OUTRIGHT_EVIDENCE:
                return own
        return stance, "verb"
    return read_stance(text, reading)


# How far into a request its "to" may come: "asked [the national treasury] to release …".
_ADDRESSEE_WORDS = 6


def _told_to_act(text: str, profile: LanguageProfile) -> bool:
    """The content of "asked X to …": someone, then what they are to do."""
    words = _WORD.findall(profile.normalize(text))[: _ADDRESSEE_WORDS + 2]
    marker = next(
        (n for n in range(1, len(words) - 1) if words[n] in profile.infinitive_markers), 0
    )
    if not marker:
        return False
    addressee = words[:marker]
    # "asked member states to submit …", not "[it] was ready to …"
    return not finite_verb_in(addressee, profile) and profile.readiness.isdisjoint(addressee)


def _asserts(verb: str, profile: LanguageProfile) -> bool:
    """A verb of demanding that also reports plain claims ("insist that …"), unlike the verbs
    of asking ("urge", "demand that …"), whose content is what is asked for."""
    reporting = profile.reporting
    return verb in reporting.taking("that") and verb not in reporting.taking("asks-that")


def _speaks_of_what_may_come(text: str, profile: LanguageProfile) -> bool:
    """A warning holds out what may come: its words have a modal, a condition, a harm or a
    readiness; a clause that only describes how things stand is a view, whatever the verb.
    A fragment names what was warned of ("warned against “reckless moves”"), an infinitive
    what the speaker may do."""
    words = _WORD.findall(profile.normalize(text))
    if len(words) < _FRAGMENT_WORDS or words[0] in profile.infinitive_markers:
        return True  # "threatened to walk out" holds out what it names
    if words[0] in profile.determiners and not finite_verb_in(words, profile):
        return True  # "warned of “a very long, hot summer in the streets”": a thing named
    return not profile.irrealis.isdisjoint(words)


def stance_signals(
    text: str,
    reading: Reading,
    stance: str,
    evidence: str,
    speaker: Speaker,
    *,
    indirect: bool = False,
) -> tuple[str, ...]:
    """What tells how far to trust a stance: the evidence it rests on, and what makes that
    evidence shaky. Each signal is a name the calibration table weighs."""
    profile = reading.profile
    words = _WORD.findall(profile.normalize(text))
    signals = [f"evidence:{evidence}"]
    if len(words) < _FRAGMENT_WORDS:
        signals.append("fragment")
    elif len(words) > _LONG_WORDS:
        signals.append("long")
    if indirect:
        signals.append("indirect")
    if speaker.party_slug is None and speaker.kind is None:
        signals.append("speaker-unknown")
    elif speaker.party_slug is not None:
        signals.append("speaker-placed")  # whose "we" it is is known: roles read surely
    if evidence in _DEFAULT_EVIDENCE:
        signals += _unplaced_moves(words, profile)
    if evidence in _ACT_EVIDENCE and _third_person_opening(words, profile):
        signals.append("act-of-third-person")  # "They have rejected …" reports their act
    if evidence == "verb":
        own, _ = read_stance(text, reading)
        signals.append("verb-borne-out" if own == stance else "verb-alone")
    if not profile.contrast.isdisjoint(words):
        signals.append("contrast")
    return tuple(signals)


def _unplaced_moves(words: list[str], profile: LanguageProfile) -> list[str]:
    """A view taken by default of words that sound like a move no rule could place: the
    speaker's own side ("we", "our") or a modal, a future or a negation."""
    found = []
    if not profile.first_person.isdisjoint(words):
        found.append("default-with-self")
    if _speaker_acts_now(words, profile):
        found.append("default-self-present")
    if not profile.moods.isdisjoint(words):
        found.append("default-with-modal")
    return found


def _third_person_opening(words: list[str], profile: LanguageProfile) -> bool:
    return not profile.third_person.isdisjoint(words[:_OPENING_WORDS])


def _speaker_acts_now(words: list[str], profile: LanguageProfile) -> bool:
    """ "We support …", "I urge …": the first person in the present performs an act, even
    one no rule knows; "we met …", "we have seen …" tell what was done."""
    for subject, verb in itertools.pairwise(words):
        if subject in profile.first_person and subject not in profile.possessives:
            told = verb in profile.past_auxiliaries or verb in profile.participles
            if not told and not verb.endswith("ed"):
                return True
    return False
