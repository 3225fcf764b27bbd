"""Names in an article: split titles from names, and remember the fullest form of each name."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .lexicon import FEMALE_FIRST_NAMES, ORGANISATION_WORDS, ROLE_NOUNS, TITLE_WORDS
from .text import PARTICLE_NAME, Token, tokens_of

# Lower-case particles that belong inside a name ("Ursula von der Leyen", "Abu Bakr al-Baghdadi").
_NAME_PARTICLES = frozenset({"von", "van", "der", "de", "da", "di", "du", "la", "le", "bin", "al"})
# Capitalised words that start sentences or phrases but never belong to a name.
_NOT_NAME = frozenset(
    """the a an but and or however in on at for after before while when if as speaking
    meanwhile also still yet so then this that these those his her their its our my your
    mr mrs ms dr according last next during since until under over about by with from to
    of it he she they we i you there here what who why how where which perhaps now indeed
    instead moreover nevertheless similarly likewise finally later earlier still today
    yesterday tomorrow even only just already again monday tuesday wednesday thursday friday
    saturday sunday""".split()
) | frozenset(
    # US state abbreviations written after a name ("of Bethesda, Md., said"), never names
    """ala ariz ark calif colo conn fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn vt va wash wis wyo""".split()
)
# Titles that are also common surnames: after an honorific or a first name, at the end of
# the phrase, they are the surname ("Mr. King", "Carla Judge"), not a title.
_SURNAME_TITLES = frozenset({"king", "judge", "bishop", "major", "marshal", "prince", "dean"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "messrs"})
_FEMALE_TITLES = frozenset({"mrs", "ms", "madam", "spokeswoman", "chairwoman", "congresswoman"})
_MALE_TITLES = frozenset({"mr", "spokesman", "chairman", "congressman", "sir", "lord", "king"})


def is_possessive(word: str) -> bool:
    return word.endswith(("’s", "'s"))


def strip_possessive(word: str) -> str:
    return word[:-2] if is_possessive(word) else word


def _is_name_word(token: Token) -> bool:
    word = token.text
    if token.lower in _NAME_PARTICLES:
        return True
    if not token.is_capitalized or token.lower in TITLE_WORDS or token.lower in _NOT_NAME:
        return False
    letters = strip_possessive(word).replace(".", "").replace("-", "")
    # Acronyms (NATO, US, RIA) name bodies and places, not people.
    return not (len(letters) > 1 and letters.isupper())


def _is_name_word_in(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] belongs to the name a phrase ends with."""
    token = tokens[index]
    if _is_name_word(token):
        return True
    return (
        index == len(tokens) - 1
        and index > 0
        and token.lower in _SURNAME_TITLES
        and token.text[:1].isupper()
        and (tokens[index - 1].lower in _HONORIFICS or _is_name_word(tokens[index - 1]))
    )


def _miscapitalised_surname(tokens: list[Token]) -> bool:
    """ "Deputy Defense Minister Alexander formin": a title, a first name, then a surname typed
    in lower case. Without the title, "Russian diplomat" would pass for a name."""
    if len(tokens) < 3 or tokens[-3].lower not in TITLE_WORDS:
        return False
    last, first_name = tokens[-1], tokens[-2]
    return (
        last.text.isalpha()
        and last.text.islower()
        and len(last.text) > 3
        and last.lower not in _NOT_NAME
        and last.lower not in TITLE_WORDS
        and last.lower not in ROLE_NOUNS
        and last.lower not in ORGANISATION_WORDS
        and _is_name_word(first_name)
        and not is_possessive(first_name.text)
    )


@dataclass(frozen=True, init=False)
class NameParts:
    """A capitalised phrase split into its leading title words and the name after them."""

    title: tuple[str, ...]
    name: tuple[str, ...]

    def __init__(self, title: tuple[str, ...], name: tuple[str, ...]) -> None:
        # made dozens of times an article: written out to compile natively, as Span's
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "name", name)

    @property
    def looks_like_organisation(self) -> bool:
        return any(strip_possessive(w).lower() in ORGANISATION_WORDS for w in self.name)


def split_title(tokens: list[Token]) -> NameParts:
    """Take the trailing run of name words; everything before it is title ("NATO Secretary General")."""
    start = len(tokens)
    if _miscapitalised_surname(tokens):
        start -= 1  # "Alexander formin": a surname typed in lower case after a first name
    while start > 0 and _is_name_word_in(tokens, start - 1):
        if start < len(tokens) and is_possessive(tokens[start - 1].text):
            break  # "Al Jazeera’s Natacha Butler": the possessor is not part of the name
        start -= 1
    while start < len(tokens) and tokens[start].lower in _NAME_PARTICLES:
        start += 1
    title = tuple(t.lower for t in tokens[:start] if t.lower not in ("the", "a", "an"))
    return NameParts(title, tuple(t.text for t in tokens[start:]))


def gender_of(first_name: str, title: tuple[str, ...] = ()) -> str | None:
    if any(t in _FEMALE_TITLES for t in title):
        return "female"
    if any(t in _MALE_TITLES for t in title):
        return "male"
    if first_name.lower() in FEMALE_FIRST_NAMES:
        return "female"
    return None


# The most words a name found by its first word may have ("Kim Jong Un").
_GIVEN_NAME_LAST_WORDS = 3


@dataclass
class NameMention:
    position: int
    name: tuple[str, ...]
    title: tuple[str, ...]
    # Whether the mention opens its sentence, as a new subject does ("Anna Berg struck …").
    opens_sentence: bool = False


@dataclass
class ArticleNames:
    """Every multi-word personal name the article gives, keyed by surname, in text order."""

    by_surname: dict[str, list[NameMention]] = field(default_factory=dict)
    by_first_word: dict[str, list[NameMention]] = field(default_factory=dict)
    mentions: list[NameMention] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)

    def add(self, mention: NameMention) -> None:
        surname = mention.name[-1].lower()
        self.by_surname.setdefault(surname, []).append(mention)
        if PARTICLE_NAME.match(mention.name[-1]):  # "al-Ansari" is "Ansari" later on too
            self.by_surname.setdefault(surname.split("-", 1)[1], []).append(mention)
        self.by_first_word.setdefault(mention.name[0].lower(), []).append(mention)
        self.mentions.append(mention)
        self.positions.append(mention.position)

    def fullest(self, name: tuple[str, ...]) -> NameMention | None:
        """The longest form of this name the article gives ("Stoltenberg" → "Jens Stoltenberg");
        a lone word no full name ends with may be the one it starts with, as a family name
        written first is ("Mao" → "Mao Ning")."""
        candidates = self.by_surname.get(strip_possessive(name[-1]).lower(), [])
        if len(name) > 1:
            first = name[0].lower()
            candidates = [m for m in candidates if m.name[0].lower() == first] or candidates
        elif not candidates:
            # only a name's length: a headline in capitals is no one's name
            candidates = [
                m
                for m in self.by_first_word.get(strip_possessive(name[0]).lower(), [])
                if len(m.name) <= _GIVEN_NAME_LAST_WORDS
            ]
        return max(candidates, key=lambda m: len(m.name), default=None)

    def mentioned_before(self, position: int, limit: int) -> list[NameMention]:
        """The last `limit` mentions before `position`, nearest first."""
        end = bisect_right(self.positions, position)
        return self.mentions[max(0, end - limit) : end][::-1]


_RUN_LINKS = _NAME_PARTICLES | {"of"}


def _capitalised_runs(tokens: list[Token], text: str) -> list[list[Token]]:
    """Runs of title and name words written together ("NATO Secretary General Jens Stoltenberg")."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in tokens:
        usable = token.is_capitalized or (current and token.lower in _RUN_LINKS)
        if not usable and not current:
            continue
        joined = current and _joined(text, current[-1], token)
        if current and not (joined and usable):
            runs.append(current)
            current = []
        if usable and token.lower not in _NOT_NAME:
            current.append(token)
    if current:
        runs.append(current)
    return runs


def _joined(text: str, previous: Token, token: Token) -> bool:
    gap = text[previous.end : token.start]
    if is_possessive(previous.text):
        return False
    if (len(gap) == 1 and gap.isspace()) or (
        gap[:1] == "." and gap[1:].isspace() and len(previous.text) <= 3
    ):
        return True  # one space (a no-break space too), or the full stop of "Mr." or "U.N."
    # "Secretary of State", "Ursula von der Leyen": lower-case links inside a run
    return gap[:1] == " " and gap[-1:] == " " and _only_links(gap)


def _only_links(gap: str) -> bool:
    # The gap may run over a whole sentence up to the next capital: its first word mostly
    # settles it, without splitting the rest.
    head = gap.split(None, 1)
    if head and head[0] not in _RUN_LINKS:
        return False
    return all(w in _RUN_LINKS for w in gap.split())


# Only capitalised words and the particles inside names can make up a name. The word boundary
# is checked behind the capital rather than before it: a pattern that opens with a character
# class lets the regex engine skip ahead to the next capital.
_NAME_TOKEN = re.compile(r"[A-ZÀ-ÖØ-Þ](?<=\b[A-ZÀ-ÖØ-Þ])(?:\.(?:[A-Z]\.)+|\w*(?:[’'\-]\w+)*)")
# Only in a text that has one: the pattern above, opening with a capital, scans faster alone.
_PARTICLE_NAME_TOKEN = re.compile(PARTICLE_NAME.pattern + r"\w*(?:[’'\-]\w+)*")


def _name_tokens(text: str) -> list[Token]:
    matches = list(_NAME_TOKEN.finditer(text))
    if PARTICLE_NAME.search(text) is not None:  # "Majed al-Ansari"
        joined = list(_PARTICLE_NAME_TOKEN.finditer(text))
        inside = {m.start() for m in matches for j in joined if j.start() < m.start() < j.end()}
        kept = [m for m in matches if m.start() not in inside]  # "Ansari" of "al-Ansari"
        matches = sorted([*kept, *joined], key=re.Match.start)
    return tokens_of(matches, capitalised=True)


def collect_names(text: str) -> ArticleNames:
    names = ArticleNames()
    for run in _capitalised_runs(_name_tokens(text), text):
        if len(run) < 2:
            continue  # a lone word is never a full name
        parts = split_title(run)
        if len(parts.name) >= 2 and not parts.looks_like_organisation:
            position = run[-len(parts.name)].start
            opens = _opens_sentence(text, run[0].start)
            names.add(NameMention(position, parts.name, parts.title, opens))
    return names


_SENTENCE_BEFORE = re.compile(r"(?:^|\n|[.!?][\"”’']?[ \t]+)$")


def _opens_sentence(text: str, position: int) -> bool:
    """Whether `position` starts a paragraph or follows a sentence's end (not a quote mark)."""
    return _SENTENCE_BEFORE.search(text[max(0, position - 4) : position]) is not None
