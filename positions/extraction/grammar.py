"""The grammar of speech acts: which stance a quote's words take, and on what evidence.

Rules, not phrases: a verb that names the act ("we reject"), readiness ("ready to talk"),
obligation and who bears it ("NATO must stop" demands of NATO; "we must prepare" binds only
ourselves), refusal as a negated commitment ("will not slam the door", "has no plans to"),
threats as consequences held out under a condition ("if …, we will …"), and the clause after
"but" deciding over the one before it. The words each rule reads come from a language profile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .languages import LanguageProfile
from .registry import RegistryIndex

_TOKEN = re.compile(r"\w+(?:[-']\w+)*|[.;:!?,]")
_SENTENCE_END = frozenset(".;:!?")
# How far back a negator reaches ("is not ready", "does not agree", "will also not").
_NEGATION_REACH = 3
# How far after a verb its object may name cooperation ("enter into a meaningful dialogue").
_OBJECT_REACH = 7
# How many words from a clause's start may hold its subject.
_SUBJECT_REACH = 6
# Evidence, strongest first: a verb naming the act outright outweighs a modal, which outweighs
# a noun that only mentions an act ("the demands").
_STRENGTH = {
    "performative": 4,
    "negation": 3,
    "modal": 2,
    "conditional": 2,
    "other-subject": 2,
    "noun": 1,
}
# Which clauses decide: the one after "but" over the main clause, both over "although …".
_CLAUSE_PRIORITY = {"contrast": 0, "main": 1, "concessive": 2, "condition": 2}


@dataclass(frozen=True)
class Reading:
    """What the rules know besides the words: the language, the registry, the speaker's side."""

    profile: LanguageProfile
    index: RegistryIndex
    speaker_party: str | None = None

    def role(self, subject: list[str]) -> str:
        """The subject's part in the act: "self" (we, the speaker's own party), "other" (another
        party), "addressee", "impersonal" ("it is …") or "unknown"."""
        profile = self.profile
        if any(word in profile.first_person for word in subject):
            return "self"
        parties = {self._party(subject, n) for n in range(len(subject))} - {None}
        if self.speaker_party is not None and parties:
            return "self" if self.speaker_party in parties else "other"
        if any(word in profile.second_person for word in subject):
            return "addressee"
        if subject[:1] and subject[0] in profile.impersonal_subjects:
            return "impersonal"
        return "unknown"

    def _party(self, words: list[str], n: int) -> str | None:
        index = self.index
        for size in (2, 1):
            name = " ".join(words[n : n + size])
            party = index.parties_by_name.get(name) or index.parties_by_adjective.get(name)
            if party is not None:
                return party.slug
        return None


@dataclass
class _Clause:
    words: list[str]
    kind: str  # main | contrast | concessive | condition
    order: int
    conditional: bool = False  # its sentence holds a condition ("if …")


def read_stance(text: str, reading: Reading) -> tuple[str, str]:
    """The quote's stance and the evidence it rests on ("none" when nothing names a stance)."""
    profile = reading.profile
    words = _TOKEN.findall(profile.normalize(text))
    found = []
    for clause in _clauses(words, profile):
        decided = _clause_stance(clause, reading)
        if decided is not None:
            stance, evidence = decided
            rank = (_CLAUSE_PRIORITY[clause.kind], -_STRENGTH[evidence], _order(clause))
            found.append((rank, stance, evidence))
    if not found:
        return "assess", _weakness(words, profile)
    _, stance, evidence = min(found)
    return stance, evidence


# Fewer words than this say too little to call a statement a view rather than a move.
_FRAGMENT_WORDS = 4


def _weakness(words: list[str], profile: LanguageProfile) -> str:
    """How sure "a view" is when no act was found: less so for a fragment, or for words of
    talks or harm that no rule could place ("cooperation with the alliance")."""
    if len(words) < _FRAGMENT_WORDS:
        return "weak"
    if not (profile.cooperation.isdisjoint(words) and profile.harm.isdisjoint(words)):
        return "weak"
    return "none"


def _order(clause: _Clause) -> int:
    # Of several "but" clauses the last decides; of main clauses, the first.
    return -clause.order if clause.kind == "contrast" else clause.order


def _clauses(words: list[str], profile: LanguageProfile) -> list[_Clause]:
    clauses: list[_Clause] = []
    sentence: list[_Clause] = []
    current = _Clause([], "main", 0)

    def close(kind: str) -> _Clause:
        if current.words:
            sentence.append(current)
        return _Clause([], kind, len(clauses) + len(sentence))

    for word in words:
        if word in _SENTENCE_END:
            current = close("main")
            conditional = any(c.kind == "condition" for c in sentence)
            for clause in sentence:
                clause.conditional = conditional
            clauses += sentence
            sentence = []
        elif word in profile.contrast:
            current = close("contrast")
        elif word in profile.concessive:
            current = close("concessive")
        elif word in profile.conditional:
            current = close("condition")
        elif word == "," and current.kind in ("concessive", "condition"):
            current = close("main")  # the subordinate clause ends at its comma
        else:
            current.words.append(word)
    close("main")
    conditional = any(c.kind == "condition" for c in sentence)
    for clause in sentence:
        clause.conditional = conditional
    return clauses + sentence


def _clause_stance(clause: _Clause, reading: Reading) -> tuple[str, str] | None:
    """The first act the clause performs governs it: what follows lies in its scope ("it is
    imperative to end … and offer …" is one demand)."""
    if clause.kind == "condition":
        return None  # what is supposed, not what is said
    mention = None
    triggers = _triggers(reading.profile)
    if triggers.isdisjoint(clause.words):
        return None  # most clauses hold no word that can start an act
    for position, word in enumerate(clause.words):
        if word not in triggers:
            continue  # most words can start no act: the rules below need not look at them
        found = _act_at(clause, position, reading)
        if found is None:
            continue
        if found[1] != "noun":
            return found
        mention = mention or found
    return mention


_TRIGGERS_BY_LANGUAGE: dict[str, frozenset[str]] = {}


def _triggers(profile: LanguageProfile) -> frozenset[str]:
    """Every word `_act_at` can start an act at: the first word of each of its phrases."""
    if profile.code not in _TRIGGERS_BY_LANGUAGE:
        phrases = (
            set(profile.speech_act_verbs)
            | set(profile.speech_act_nouns)
            | profile.readiness
            | profile.deontic
            | profile.impersonal_deontic
            | profile.future
            | profile.ability
            | profile.volition
            | profile.intent_nouns
            | profile.refusal_words
        )
        _TRIGGERS_BY_LANGUAGE[profile.code] = frozenset(p.split(" ")[0] for p in phrases)
    return _TRIGGERS_BY_LANGUAGE[profile.code]


def _act_at(clause: _Clause, i: int, reading: Reading) -> tuple[str, str] | None:
    profile = reading.profile
    words = clause.words
    word = words[i]
    pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
    verb_act = profile.speech_act_verbs.get(pair) or profile.speech_act_verbs.get(word)
    if verb_act is not None and not (i > 0 and words[i - 1] in profile.determiners):
        # after a determiner a participle describes ("the proposed guarantees")
        return _speech_act(clause, i, verb_act, "performative", reading)
    if word in profile.speech_act_nouns:
        return _speech_act(clause, i, profile.speech_act_nouns[word], "noun", reading)
    if (
        word in profile.readiness
        and pair.split(" ")[-1] in profile.readiness_links
        and _predicative(words, i, profile)
    ):
        return _readiness(clause, i, reading)
    if pair in profile.deontic or word in profile.deontic:
        return _obligation(clause, i, reading)
    if word in profile.impersonal_deontic and _predicative(words, i, profile):
        return "demand", "modal"
    if word in profile.future or word in profile.ability:
        return _commitment(clause, i, reading)
    if word in profile.volition:
        return _volition(clause, i, reading)
    if word in profile.intent_nouns and _negated(words, i, profile):
        return _unless_other(clause, i, reading, ("reject", "negation"))
    if word in profile.refusal_words:
        return "reject", "performative"
    return None


def _speech_act(
    clause: _Clause, i: int, stance: str, evidence: str, reading: Reading
) -> tuple[str, str] | None:
    if _negated(clause.words, i, reading.profile):
        # Not offering, accepting or giving way is refusing; not demanding is nothing.
        if stance not in ("offer", "accept", "concede"):
            return None
        return _unless_other(clause, i, reading, ("reject", "negation"))
    return _unless_other(clause, i, reading, (stance, evidence))


def _readiness(clause: _Clause, i: int, reading: Reading) -> tuple[str, str]:
    if _negated(clause.words, i, reading.profile):
        return _unless_other(clause, i, reading, ("reject", "negation"))
    return _unless_other(clause, i, reading, ("offer", "modal"))


def _obligation(clause: _Clause, i: int, reading: Reading) -> tuple[str, str] | None:
    """Who must act decides: another party (or no one named) is asked to; "we must" binds the
    speaker, an offer only when what we must do is talk."""
    words = clause.words
    cooperative = _cooperative(words[i + 1 : i + 1 + _OBJECT_REACH], reading.profile)
    role = reading.role(_subject(words, i, reading.profile))
    if role == "self":
        return ("offer", "modal") if cooperative else None
    if role == "unknown" and (cooperative or _cooperative(words[:i], reading.profile)):
        return "offer", "modal"
    return "demand", "modal"


def _commitment(clause: _Clause, i: int, reading: Reading) -> tuple[str, str] | None:
    """ "We will not …" refuses; "we will meet …" offers; "if …, we will …" warns."""
    profile = reading.profile
    words = clause.words
    j = _skip(words, i + 1, profile.fillers)
    if j < len(words) and words[j] in profile.negators:
        k = _skip(words, j + 1, profile.fillers)
        if k >= len(words) or words[k] in profile.copulas or words[i] in profile.ability:
            return None  # "would not be easy" judges; "cannot accept" is read at its verb
        return _unless_other(clause, i, reading, ("reject", "negation"))
    following = words[j : j + _OBJECT_REACH]
    cooperative = bool(following) and (
        following[0] in profile.cooperation
        or (following[0] in profile.light_verbs and _cooperative(following, profile))
    )
    if cooperative:
        return _unless_other(clause, i, reading, ("offer", "modal"))
    if clause.conditional and following and following[0] not in profile.copulas:
        return "warn", "conditional"
    if words[i] in profile.future and any(w in profile.harm for w in following):
        return "warn", "performative"
    return None


def _volition(clause: _Clause, i: int, reading: Reading) -> tuple[str, str]:
    """What the speaker wants: talks are an offer, anything else a demand."""
    if _cooperative(clause.words[i + 1 : i + 1 + _OBJECT_REACH], reading.profile):
        return _unless_other(clause, i, reading, ("offer", "modal"))
    return _unless_other(clause, i, reading, ("demand", "modal"))


def _unless_other(
    clause: _Clause, i: int, reading: Reading, act: tuple[str, str]
) -> tuple[str, str]:
    """An act whose subject is another party is reported, not performed: a view of them."""
    if reading.role(_subject(clause.words, i, reading.profile)) == "other":
        return "assess", "other-subject"
    return act


def _subject(words: list[str], i: int, profile: LanguageProfile) -> list[str]:
    start = 0
    for n in range(i - 1, -1, -1):
        if words[n] in profile.subject_stops:
            start = n + 1
            break
    return words[start:i][:_SUBJECT_REACH]


def _negated(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """A negator just before the word, unless it only sharpens ("not just ready")."""
    for n in range(max(0, i - _NEGATION_REACH), i):
        if words[n] in profile.negators and words[n + 1] not in profile.negation_breakers:
            return True
    return False


def _predicative(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """The adjective is said of the subject ("we are ready", "it is absolutely imperative"),
    not of a noun ("the door open to members")."""
    skipped = profile.fillers | profile.negators | profile.negation_breakers
    n = i - 1
    while n >= 0 and words[n] in skipped:
        n -= 1
    return n >= 0 and words[n] in profile.copulas


def _cooperative(words: list[str], profile: LanguageProfile) -> bool:
    return any(word in profile.cooperation for word in words)


def _skip(words: list[str], i: int, skipped: frozenset[str]) -> int:
    while i < len(words) and words[i] in skipped:
        i += 1
    return i
