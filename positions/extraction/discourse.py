"""Who is who in one article: names, pronouns and role nouns resolved to the people they mean."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .lexicon import (
    DIPLOMAT_TITLE_WORDS,
    LEADER_ROLES,
    ORGANISATION_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
)
from .names import ArticleNames, NameMention, gender_of, is_possessive, strip_possessive
from .phrases import SpeakerPhrase

_LEADER_TITLE_WORDS = frozenset(
    {"general", "president", "head", "chief", "leader", "director", "chairman", "secretary-general"}
)
_GENERIC_ROLE_WORDS = frozenset({"the", "a", "an", "veteran", "top", "senior", "former", "of"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_IMPERSONAL = frozenset({"it"})
# Role nouns that speak without being a person ("the statement said", "the delegation").
_SPEAKING_THINGS = frozenset(
    "statement report ruling filing briefing hearing panel side bloc delegation".split()
)
# Nouns that stand for any body named before ("the group", "the movement").
_GENERIC_BODIES = frozenset({"group", "organisation", "organization", "movement"})
# How many attributions back a pronoun may reach for its person.
_PRONOUN_REACH = 6
# How many earlier speakers and name mentions a role noun ("the diplomat") is matched against:
# enough for any article, and it keeps long documents linear.
_MENTION_REACH = 40


@dataclass
class Entity:
    """A speaker as the article knows them."""

    name: str
    is_person: bool
    gender: str | None = None
    title: set[str] = field(default_factory=set)
    # Every phrase used for them, as written, in the order first used: a dict, not a set, so
    # that what is tried first when resolving does not change with the hash seed.
    words_written: dict[str, None] = field(default_factory=dict)


@dataclass
class Discourse:
    names: ArticleNames
    # The body a sentence before a position opens with ("The ministry rejected …"), if any.
    subject_body: Callable[[int], SpeakerPhrase | None] | None = None
    entities: dict[str, Entity] = field(default_factory=dict)
    speakers: list[tuple[int, Entity]] = field(default_factory=list)  # attributions in order

    def note_speaker(self, entity: Entity | None, position: int) -> None:
        if entity is not None:  # a pronoun with nobody to point back to
            self.speakers.append((position, entity))

    @property
    def last_speaker(self) -> Entity | None:
        return self.speakers[-1][1] if self.speakers else None

    def resolve(
        self, phrase: SpeakerPhrase, position: int, appositive: SpeakerPhrase | None = None
    ) -> Entity | None:
        if phrase.kind == "pronoun" and phrase.head in _FIRST_PERSON:
            return self._as_written(phrase)  # outside quotes, "I" and "we" are the writer's
        if phrase.kind == "pronoun":
            return self._pronoun(phrase.head, position)
        if phrase.kind == "name":
            entity = self._named(phrase, appositive)
        elif phrase.kind == "role":
            entity = self._role(phrase, position)
        else:
            entity = self._as_written(phrase)
        entity.words_written.setdefault(_written(phrase))
        return entity

    def _as_written(self, phrase: SpeakerPhrase) -> Entity:
        name = _written(phrase)
        words = name.split()
        if words and words[0].lower() in ("the", "a", "an") and phrase.kind != "anonymous":
            name = " ".join(words[1:])
        key = "org:" + name.lower()
        # "Israel's prime minister", "a government official": an unnamed person, whom "he"
        # or "she" may take up; "the ministry" or "officials" are not.
        person = phrase.kind in ("role", "anonymous") and _person_role(phrase.head)
        return self.entities.setdefault(key, Entity(name, is_person=person))

    def _named(self, phrase: SpeakerPhrase, appositive: SpeakerPhrase | None) -> Entity:
        name = tuple(strip_possessive(w) for w in phrase.parts.name)
        title = set(phrase.parts.title)
        if appositive is not None:
            title |= {t.lower for t in appositive.tokens}
        fullest = self.names.fullest(name)
        surname = name[-1].lower()
        entity = self.entities.get(surname)
        if entity is None:
            entity = self._new_person(name, fullest, title)
            self.entities[surname] = entity
        elif fullest is not None and len(fullest.name) > len(entity.name.split()):
            entity.name = " ".join(fullest.name)
        entity.title |= title
        return entity

    def _new_person(
        self, name: tuple[str, ...], fullest: NameMention | None, title: set[str]
    ) -> Entity:
        if fullest is not None:
            full = fullest.name
            title = title | set(fullest.title)
            return Entity(" ".join(full), True, gender_of(full[0], tuple(title)), title)
        # A lone capitalised word never given a first name or a title is more often a place or a
        # body ("Moscow has requested …") than a person.
        is_person = len(name) > 1 or bool(title - ORGANISATION_WORDS)
        gender = gender_of(name[0], tuple(title)) if len(name) > 1 else gender_of("", tuple(title))
        return Entity(" ".join(name), is_person, gender, title)

    def _recent_people(self, position: int) -> list[Entity]:
        """People spoken of before `position`, most recent first, each once."""
        seen: dict[int, Entity] = {}
        for _, entity in reversed(self.speakers[-_MENTION_REACH:]):
            if entity.is_person:
                seen.setdefault(id(entity), entity)
        for mention in self.names.mentioned_before(position, _MENTION_REACH):
            entity = self._mentioned(mention)
            seen.setdefault(id(entity), entity)
        return list(seen.values())

    def _mentioned(self, mention: NameMention) -> Entity:
        surname = mention.name[-1].lower()
        entity = self.entities.get(surname)
        if entity is None:
            entity = self._new_person(mention.name, self.names.fullest(mention.name), set())
            self.entities[surname] = entity
        return entity

    def _pronoun(self, pronoun: str, position: int) -> Entity | None:
        gender = PRONOUNS.get(pronoun)
        recent = [e for _, e in self.speakers[-_PRONOUN_REACH:]][::-1]
        if pronoun in _IMPERSONAL:
            return self._body(recent, position)
        if gender is None:
            return recent[0] if recent else None
        subject = self._new_subject(gender, position)
        if subject is not None:
            return subject
        speakers = [e for e in recent if e.is_person]
        mentioned = self._recent_people(position)
        for people in (speakers, mentioned):
            # "she" is told apart by a known woman's name; "he" by not being one
            if gender == "female":
                matching = [e for e in people if e.gender == "female"]
            else:
                matching = [e for e in people if e.gender in (gender, None)]
            if matching:
                return matching[0]
        compatible = [e for e in speakers + mentioned if e.gender is None]
        return compatible[0] if compatible else None

    def _body(self, recent: list[Entity], position: int) -> Entity | None:
        """ "it": a body one of the sentences before opens with ("The ministry rejected the
        claim. In a statement, it said …"), else the latest single body that spoke; never a
        person, nor "officials"."""
        phrase = self.subject_body(position) if self.subject_body else None
        if phrase is not None and phrase.kind == "name":  # "Russia rejected …": a lone name
            entity = self._named(phrase, None)
            if not entity.is_person:
                return entity
        elif phrase is not None:
            return self._as_written(phrase)
        return next((e for e in recent if not e.is_person and not _plural(e.name)), None)

    def _new_subject(self, gender: str, position: int) -> Entity | None:
        """A person who opened a sentence since the last attribution ("Anna Berg struck a
        hopeful note. “…,” she said"): the story has turned to them."""
        since = self.speakers[-1][0] if self.speakers else -1
        for mention in self.names.mentioned_before(position, _PRONOUN_REACH):
            if mention.position <= since:
                break
            if not mention.opens_sentence:
                continue
            entity = self._mentioned(mention)
            if entity.gender == gender or (gender == "male" and entity.gender is None):
                return entity
        return None

    def _role(self, phrase: SpeakerPhrase, position: int) -> Entity:
        """ "the diplomat", "the Secretary General" → the latest person whose title fits."""
        words = {strip_possessive(t.lower) for t in phrase.tokens} - _GENERIC_ROLE_WORDS
        people = self._recent_people(position)
        best, best_score = None, 0
        for entity in people:
            score = _title_fit(words, entity.title)
            if score > best_score:
                best, best_score = entity, score
        if best is None:
            # "A State Department spokesman said … “…,” the spokesman added": the same one
            best = self._recent_speaker_called(phrase.head)
        if best is None and phrase.head in _GENERIC_BODIES:
            best = self._latest_body()  # "Hamas said … the group said": the body that spoke
        if best is None and people and phrase.head not in ORGANISATION_WORDS:
            # "the diplomat" is the last person; "Sudan's delegation", whose owner is
            # named, is someone of its own unless a title said so
            best = None if _owned_by_name(phrase) else people[0]
        if best is None:
            best = self._recent_body(phrase.head)
        return best if best is not None else self._as_written(phrase)

    def _recent_speaker_called(self, head: str) -> Entity | None:
        """The latest unnamed speaker whose words were headed by `head` ("a spokesman")."""
        for _, entity in reversed(self.speakers[-_MENTION_REACH:]):
            words = {strip_possessive(w.lower()) for w in entity.name.split()}
            if head in words:
                return entity
        return None

    def _latest_body(self) -> Entity | None:
        return next(
            (e for _, e in reversed(self.speakers[-_PRONOUN_REACH:]) if not e.is_person), None
        )

    def _recent_body(self, head: str) -> Entity | None:
        for _, entity in reversed(self.speakers):
            if not entity.is_person and head in entity.name.lower():
                return entity
        return None


def _owned_by_name(phrase: SpeakerPhrase) -> bool:
    """ "Sudan's delegation", "Egypt's water minister": a role its owner is named for."""
    return any(t.is_capitalized and is_possessive(t.text) for t in phrase.tokens[:-1])


def _person_role(head: str) -> bool:
    """ "minister", "official": a role one person holds, not a body, a text or a group."""
    return (
        head in ROLE_NOUNS
        and head not in ORGANISATION_WORDS
        and head not in _SPEAKING_THINGS
        and not _plural(head)
    )


def _plural(name: str) -> bool:
    """ "officials", "Western diplomats": a group, which "it" never stands for."""
    last = name.split()[-1] if name.split() else ""
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def _title_fit(role_words: set[str], title: set[str]) -> int:
    score = 2 * len(role_words & title)
    if role_words & LEADER_ROLES and title & _LEADER_TITLE_WORDS:
        score += 1
    if "diplomat" in role_words and _is_diplomatic(title):
        score += 1
    return score


def _is_diplomatic(title: set[str]) -> bool:
    return bool(title & DIPLOMAT_TITLE_WORDS) or {"secretary", "state"} <= title


def _written(phrase: SpeakerPhrase) -> str:
    return " ".join(t.text for t in phrase.tokens)
