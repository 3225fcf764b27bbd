"""Resolve the article's speakers against the registry: actors, their offices, their parties."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .discourse import Entity
from .lexicon import (
    ACADEMIC_WORDS,
    BODY_ROLES,
    COUNSEL_WORDS,
    EXPERT_WORDS,
    JOURNALIST_WORDS,
    OFFICIAL_WORDS,
    ORGANISATION_WORDS,
    PAST_ROLE_WORDS,
    POSSESSIVE_PRONOUNS,
    PRESENT_ROLE_WORDS,
    REPRESENTING_LINKS,
    SPOKESPERSON_WORDS,
)
from .registry import PARTY_VOICE_KINDS, RegistryActor, RegistryIndex, RegistryParty, normalize_name

_STATE_BODIES = frozenset(
    "ministry government department embassy administration kremlin mission cabinet".split()
)


@dataclass(frozen=True)
class Resolution:
    speaker: str
    actor: RegistryActor | None
    party: RegistryParty | None
    proposed_kind: str | None


def resolve_entity(entity: Entity, index: RegistryIndex, said_on: date | None) -> Resolution:
    actor = _find_actor(entity, index)
    if actor is not None:
        return Resolution(actor.name, actor, _party_of(actor, index, said_on), None)
    party = _find_party(entity, index) if not entity.is_person else None
    if party is not None:
        return Resolution(party.name, None, party, None)
    kind = propose_kind(entity)
    voice = _party_in_title(entity, index) if _speaks_for_a_state(entity, kind) else None
    return Resolution(entity.name, None, voice, kind)


def _speaks_for_a_state(entity: Entity, kind: str) -> bool:
    """Officials, spokespeople and state bodies (a ministry, an embassy) speak for a party."""
    if kind in PARTY_VOICE_KINDS:
        return True
    words = {w.lower() for written in entity.words_written for w in written.split()}
    return not entity.is_person and bool(words & _STATE_BODIES)


def _party_in_title(entity: Entity, index: RegistryIndex) -> RegistryParty | None:
    """An unknown official speaks for the party their title names: "Kremlin spokesman Dmitry
    Peskov", "the U.S. ambassador to NATO" (the first party named wins)."""
    written = sorted(entity.words_written, key=len, reverse=True)
    for words in [w.replace("’", "'").split() for w in written] + [sorted(entity.title)]:
        for word in words:
            party = index.parties_by_adjective.get(normalize_name(word.replace(".", "")))
            if party is not None:
                return party
    return None


def _find_actor(entity: Entity, index: RegistryIndex) -> RegistryActor | None:
    names = [entity.name, *entity.words_written]
    for name in names:
        found = index.actors_by_name.get(normalize_name(name))
        if found and len(found) == 1:
            return found[0]
    if not entity.is_person:
        return None
    surname = normalize_name(entity.name).split()[-1:] or [""]
    found = index.actors_by_surname.get(surname[0])
    if found and len(found) == 1:
        return found[0]
    return _misspelt(surname[0], index)


def _misspelt(surname: str, index: RegistryIndex) -> RegistryActor | None:
    """A surname one typing slip away from exactly one registry surname ("formin" → Fomin)."""
    if len(surname) < 4:
        return None
    if surname not in index.misspelt:
        index.misspelt[surname] = _one_edit_from(surname, index)
    return index.misspelt[surname]


def _one_edit_from(surname: str, index: RegistryIndex) -> RegistryActor | None:
    initial, length = surname[:1], len(surname)
    matches = {
        actor
        for size in (length - 1, length, length + 1)
        for candidate in index.surnames_by_initial.get((initial, size), ())
        if _within_one_edit(surname, candidate)
        for actor in index.actors_by_surname[candidate]
    }
    return matches.pop() if len(matches) == 1 else None


def _within_one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            # substitution, insertion into a, or a swap of two neighbouring letters
            return (
                a[i + 1 :] == b[i + 1 :]
                or a[i:] == b[i + 1 :]
                or (a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :])
            )
    return len(b) - len(a) <= 1


def _party_of(
    actor: RegistryActor, index: RegistryIndex, said_on: date | None
) -> RegistryParty | None:
    if actor.kind not in PARTY_VOICE_KINDS:
        return None
    held = [o for o in actor.offices if o.party_slug and o.held_on(said_on)]
    if not held and said_on is not None:
        return None
    offices = held or [o for o in actor.offices if o.party_slug]
    # The latest office wins when several apply (or when the date is unknown).
    latest = max(offices, key=lambda o: o.start or date.min, default=None)
    return index.parties_by_slug.get(latest.party_slug) if latest and latest.party_slug else None


def _find_party(entity: Entity, index: RegistryIndex) -> RegistryParty | None:
    for name in (entity.name, *entity.words_written):
        party = index.parties_by_name.get(normalize_name(name))
        if party is not None:
            return party
    return None


def propose_kind(entity: Entity) -> str:
    """A guess at what kind of actor an unknown speaker is, from the words used for them."""
    words = set(entity.title)
    for written in entity.words_written:
        for token in written.lower().replace("’", "'").split():
            word = token.removesuffix("'s").strip("'")
            words |= {word, word.removesuffix("s")}  # "officials" is an official's word
    # "the host country's climate envoy": an office named too outranks a word of the press
    journalist = words & JOURNALIST_WORDS and not words & OFFICIAL_WORDS
    if journalist or _possessed_by_outlet(entity):
        return "journalist"
    if words & COUNSEL_WORDS and _for_a_client(entity.title | words):
        return "spokesperson"  # "a lawyer for the stranded travellers" speaks for them
    expert = _expert_words(entity) & EXPERT_WORDS
    # A university speaks for itself at its own table; a professor who chairs a body there
    # speaks for the body.
    at_the_table = not entity.is_person or words & BODY_ROLES
    if expert and not (expert <= ACADEMIC_WORDS and at_the_table):
        return "expert"
    if words & PAST_ROLE_WORDS and not words & PRESENT_ROLE_WORDS:
        return "expert"  # "former club captain Dermot Quayle": no side's voice now
    if words & SPOKESPERSON_WORDS and words & {"spokesman", "spokeswoman", "spokesperson", "press"}:
        return "spokesperson"
    if words & OFFICIAL_WORDS:
        return "official"
    if not entity.is_person and words & ORGANISATION_WORDS:
        return "other"
    return "other"


def _for_a_client(words: set[str]) -> bool:
    """Counsel said to act for someone: "a lawyer for the travellers", "its lawyer", "the
    diocese's lawyer", "team lawyer …"; not "a competition lawyer" asked for a view."""
    return bool(
        words & REPRESENTING_LINKS
        or words & POSSESSIVE_PRONOUNS.keys()
        or words & ORGANISATION_WORDS
        or any(word.endswith(("'s", "’s")) for word in words)
    )


def _expert_words(entity: Entity) -> set[str]:
    """The words that may make a speaker an expert, singular ("analysts at …"): not the name
    qualifying a body's members ("University employers", "Institute staff" speak for it)."""
    words = set(entity.title)
    for written in entity.words_written:
        tokens = [w.strip("’'") for w in written.split()]
        head_is_common = bool(tokens) and tokens[-1].islower()
        for token in tokens:
            if head_is_common and token[:1].isupper() and token is not tokens[-1]:
                continue
            word = token.lower().removesuffix("'s")
            words |= {word, word.removesuffix("s")}
    return words


def _possessed_by_outlet(entity: Entity) -> bool:
    """ "Al Jazeera’s Natacha Butler", "CNN's …": a person named straight after an outlet's name
    is its reporter; a country's minister would carry a title in between."""
    if not entity.is_person or entity.title & OFFICIAL_WORDS:
        return False
    for written in entity.words_written:
        possessor, _, rest = written.replace("’", "'").partition("'s ")
        words = possessor.split()
        named_straight_after = rest.split()[:1] == entity.name.split()[:1]
        if named_straight_after and (len(words) >= 2 or possessor.isupper()):
            return True
    return False
