"""The registry the engine resolves speakers against: actors, their offices, parties, issues.

The dataclasses are frozen and hold only tuples, so a registry is hashable and the lookup
index built from it can be cached per registry instead of being rebuilt for every article.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .issues import IssueIndex, build_issue_index
from .lexicon import TITLE_WORDS

ACTOR_KINDS = ("official", "spokesperson", "expert", "journalist", "other")
# Only these kinds speak for a party; experts and journalists give views of their own.
PARTY_VOICE_KINDS = frozenset({"official", "spokesperson"})


@dataclass(frozen=True)
class RegistryOffice:
    title: str
    party_slug: str | None
    start: date | None = None
    end: date | None = None

    def held_on(self, day: date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class RegistryActor:
    key: str | int
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    offices: tuple[RegistryOffice, ...] = ()


@dataclass(frozen=True)
class RegistryParty:
    slug: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegistryIssue:
    slug: str
    name: str
    keywords: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Registry:
    actors: tuple[RegistryActor, ...] = ()
    parties: tuple[RegistryParty, ...] = ()
    issues: tuple[RegistryIssue, ...] = ()


@lru_cache(maxsize=65536)  # the same names come up in article after article
def normalize_name(name: str) -> str:
    """Lower-case, accent-free, punctuation-free form used to compare names."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = plain.replace("’", "'").replace("'s ", " ")
    plain = re.sub(r"[^\w ]+", " ", plain)
    plain = re.sub(r"^(the|a|an) ", "", plain.strip())
    return " ".join(plain.split())


@dataclass
class RegistryIndex:
    """Lookup tables over a registry, built once per registry."""

    registry: Registry
    actors_by_name: dict[str, list[RegistryActor]] = field(default_factory=dict)
    actors_by_surname: dict[str, list[RegistryActor]] = field(default_factory=dict)
    parties_by_name: dict[str, RegistryParty] = field(default_factory=dict)
    parties_by_slug: dict[str, RegistryParty] = field(default_factory=dict)
    # One-word names of a party and their adjectives ("Kremlin", "Russian", "Ukrainian", "U.S.")
    parties_by_adjective: dict[str, RegistryParty] = field(default_factory=dict)
    # Surnames grouped by first letter and length, so a misspelt name is compared with few
    # candidates: those of its initial and of its length, one letter more or one fewer.
    surnames_by_initial: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    issues: IssueIndex = field(default_factory=IssueIndex)
    # Misspelt surnames already matched against the registry (or not: None).
    misspelt: dict[str, RegistryActor | None] = field(default_factory=dict)


def _add(table: dict[str, list[RegistryActor]], key: str, actor: RegistryActor) -> None:
    if key and actor not in table.setdefault(key, []):
        table[key].append(actor)


def _index_actor(index: RegistryIndex, actor: RegistryActor) -> None:
    for name in (actor.name, *actor.aliases):
        normal = normalize_name(name)
        _add(index.actors_by_name, normal, actor)
        words = normal.split()
        # A single-word alias is a surname in its own right ("Stoltenberg", "formin"); the
        # last word of a title ("Russian Foreign Minister") is no one's surname.
        if words and words[-1] not in TITLE_WORDS:
            _add(index.actors_by_surname, words[-1], actor)


def _adjectives(name: str) -> tuple[str, ...]:
    """A one-word party name and the adjectives made from it: Russia → Russian, Ukraine →
    Ukrainian, America → American. Longer names ("United States") are matched whole elsewhere."""
    if not name or " " in name:
        return ()
    stem = name[:-1] if name.endswith("e") else name
    return (name, name + "n", stem + "ian")


# Indexes of the registries seen lately, by identity: a registry is hashed and compared
# field by field, which for thousands of actors costs more than extracting an article.
_INDEXES: dict[int, RegistryIndex] = {}
_INDEXES_KEPT = 16


def index_for(registry: Registry) -> RegistryIndex:
    """The lookup tables for a registry, built once while the same registry is passed in."""
    index = _INDEXES.get(id(registry))
    if index is None or index.registry is not registry:
        if len(_INDEXES) >= _INDEXES_KEPT:
            _INDEXES.clear()
        index = _INDEXES[id(registry)] = _build_index(registry)
    return index


def _build_index(registry: Registry) -> RegistryIndex:
    index = RegistryIndex(registry=registry)
    for actor in registry.actors:
        _index_actor(index, actor)
    for party in registry.parties:
        index.parties_by_slug[party.slug] = party
        for name in (party.name, party.slug.replace("-", " "), *party.aliases):
            index.parties_by_name.setdefault(normalize_name(name), party)
            for word in _adjectives(normalize_name(name)):
                index.parties_by_adjective.setdefault(word, party)
    for surname in index.actors_by_surname:
        index.surnames_by_initial.setdefault((surname[:1], len(surname)), []).append(surname)
    # Party names fill every article of their negotiation: no evidence of one issue over another.
    index.issues = build_issue_index(
        registry.issues, [*index.parties_by_name, *index.parties_by_adjective]
    )
    return index


def _day(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def registry_from_data(
    parties: Iterable[Mapping], actors: Iterable[Mapping], issues: Iterable[Mapping] = ()
) -> Registry:
    """A registry from plain records such as the demo's (actors keyed by their name)."""
    return Registry(
        actors=tuple(_actor_from_data(spec) for spec in actors),
        parties=tuple(
            RegistryParty(spec["slug"], spec["name"], tuple(spec.get("aliases", ())))
            for spec in parties
        ),
        issues=tuple(
            RegistryIssue(
                spec["slug"],
                spec["name"],
                tuple(spec.get("keywords", ())),
                spec.get("description", ""),
            )
            for spec in issues
        ),
    )


def _actor_from_data(spec: Mapping) -> RegistryActor:
    offices = tuple(
        RegistryOffice(
            office["title"], office.get("party"), _day(office.get("start")), _day(office.get("end"))
        )
        for office in spec.get("offices", ())
    )
    return RegistryActor(
        key=spec.get("key", spec["name"]),
        name=spec["name"],
        kind=spec.get("kind", "official"),
        aliases=tuple(spec.get("aliases", ())),
        offices=offices,
    )
