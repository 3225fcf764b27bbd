"""Find the speaker phrase next to a reporting verb, and say what kind of phrase it is."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .lexicon import (
    ADVERBS_BEFORE_VERB,
    ANONYMOUS_ROLES,
    ORGANISATION_WORDS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
)
from .names import NameParts, is_possessive, split_title, strip_possessive
from .text import Token

_DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your"}) | frozenset(POSSESSIVE_PRONOUNS)
# Words that end a noun phrase when met walking outwards from the verb.
_PHRASE_BREAKS = frozenset(
    """that which who whom whose and but or nor while when because if as since after before
    although though so than where to for with by from in on at into about over under between
    against during without within upon is was were are be been being has have had will would
    could should can may might must not no also do does did there here this these those then
    it's""".split()
)
_SEGMENT_SKIPS = frozenset({"who", "which", "whose", "whom", "however", "meanwhile", "though"})
_SEGMENT_SKIPS |= frozenset({"too", "instead", "though", "nonetheless", "nevertheless", "in"})
_SOFT_GAPS = (",", "(", ")", "—", "–", " - ", "--")
_QUANTIFIERS = frozenset(
    "one another other some many several most few both each two three four five dozens".split()
)
_PARTY_TAG = re.compile(r"^[RDI]-[A-Z]")
_OBJECT_PREPOSITIONS = frozenset("to in from with by on into about over against under".split())
_ADJECTIVES = frozenset("new old other former latest recent same own more most such".split())
# Endings only adjectives have: "baseless claims that …" has no claimant.
_ADJECTIVE_ENDINGS = ("less", "ous", "ful", "able", "ible")
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    july september october november december""".split()
)
# Pronouns and quantifiers that stand for a group of people ("some note that …").
_COLLECTIVES = frozenset("some others all everyone everybody nobody many most few".split())
# Nouns that end like adverbs ("attorneys for the family said").
_LY_NOUNS = frozenset("family families ally allies assembly rally supply reply monopoly".split())
# A subject is looked for in the three comma segments before a verb, and a name or a role
# beside it in the next: further segments are never read (some spare for party tags).
_MAX_SEGMENTS = 8
# Prepositions that tie a speaker to a body: "head of the alliance", "attorneys for the family".
_LINKS = frozenset({"of", "for", "at"})
# "officials in Kyiv", "the ministry in Moscow": a place says where the speaker is, never who.
_PLACE_LINKS = frozenset({"in"})


@dataclass(frozen=True)
class SpeakerPhrase:
    """The words naming a speaker where the attribution is written."""

    tokens: tuple[Token, ...]
    kind: str  # pronoun | name | role | anonymous | organisation
    parts: NameParts
    # False for a common noun taken as a speaker only because a determiner marks it ("the bank")
    known: bool = True

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def head(self) -> str:
        return strip_possessive(self.tokens[-1].lower)


def gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def _plain_gap(text: str, left: Token, right: Token) -> bool:
    between = gap(text, left, right)
    if between.isspace():
        return True
    abbreviation = between == ". " and len(left.text) <= 3 and left.is_capitalized
    plural_possessive = between in ("' ", "’ ") and left.lower.endswith("s")  # "the allies' envoys"
    # "40,000 members", "1.5 million": one number, not two phrases
    digit_group = between in (",", ".") and left.text.isdigit() and right.text.isdigit()
    # "Harlan & Finch": one firm's name
    firm = between == " & " and left.is_capitalized and right.is_capitalized
    return abbreviation or plural_possessive or digit_group or firm


# "a diplomat", "one European diplomat", "another official": someone not named before.
_INDEFINITES = frozenset({"a", "an", "one", "another"})


def classify(tokens: list[Token], reporting_forms: Mapping[str, str]) -> SpeakerPhrase | None:
    """A speaker phrase, or None when the words cannot name one."""
    while tokens and tokens[0].lower in _LINKS:
        tokens = tokens[1:]
    if not tokens:
        return None
    head = strip_possessive(tokens[-1].lower)
    if len(tokens) == 1 and head in PRONOUNS:
        return SpeakerPhrase(tuple(tokens), "pronoun", NameParts((), ()))
    if head in PRONOUNS or head in _DETERMINERS:
        return None
    affiliated = _before_affiliation(tokens, reporting_forms)
    if affiliated is not None and (affiliated.kind == "name" or _placed(tokens)):
        return affiliated  # "Stacey Plaskett of the Virgin Islands", "officials in Kyiv"
    parts = split_title(tokens)
    if parts.name and not parts.looks_like_organisation:
        return SpeakerPhrase(tuple(tokens), "name", parts)
    if affiliated is not None:
        return affiliated
    if _names_an_office(tokens):
        # "a senior State Department official" is someone new, never the last person named
        # "the two leaders": a group, never the last leader named
        group = tokens[-1].lower.endswith("s") and is_role(tokens[-1].lower)
        kind = "anonymous" if tokens[0].lower in _INDEFINITES or group else "role"
        return SpeakerPhrase(tuple(tokens), kind, parts)
    if tokens[-1].is_capitalized:
        return SpeakerPhrase(tuple(tokens), "organisation", parts)
    # A lower-case head names a speaker when it is a known role ("the diplomat", "sources") or
    # when a determiner or possessor marks it as a noun ("the bank", "the city’s mayor").
    known = is_role(head)
    if not known and not _determined_noun_phrase(tokens, reporting_forms):
        return None
    if any(t.is_capitalized and t.lower not in _DETERMINERS for t in tokens) and not known:
        return SpeakerPhrase(tuple(tokens), "organisation", parts, known=False)
    anonymous = head in ANONYMOUS_ROLES or tokens[0].lower in _INDEFINITES or head.endswith("s")
    return SpeakerPhrase(tuple(tokens), "anonymous" if anonymous else "role", parts, known)


def source_phrase(tokens: list[Token], reporting_forms: Mapping[str, str]) -> SpeakerPhrase | None:
    """Words naming a source that is not a speaker ("federal data", "the latest poll"): kept
    as written, never resolved to a person."""
    while tokens and tokens[-1].lower in _PHRASE_BREAKS | _DETERMINERS:
        tokens = tokens[:-1]
    if not tokens or tokens[0].lower in PRONOUNS or tokens[0].lower in _PHRASE_BREAKS:
        return None
    return SpeakerPhrase(tuple(tokens), "anonymous", split_title(tokens), known=False)


def _before_affiliation(
    tokens: list[Token], reporting_forms: Mapping[str, str]
) -> SpeakerPhrase | None:
    """ "Ivan Petrov of the Carnegie Institute", "attorneys for the family": the speaker is
    named before the preposition, the rest says whom they belong to."""
    words = [t.lower for t in tokens]
    cut = next((i for i, w in enumerate(words) if w in _LINKS or w in _PLACE_LINKS), 0)
    if cut == 0:
        return None
    core = classify(tokens[:cut], reporting_forms)
    if core is None or core.kind == "organisation":
        return None
    affiliation = tuple(words[cut:])
    parts = NameParts(core.parts.title + affiliation, core.parts.name)
    return SpeakerPhrase(tuple(tokens), core.kind, parts, core.known)


def _placed(tokens: list[Token]) -> bool:
    return any(t.lower in _PLACE_LINKS for t in tokens[1:])


def _names_an_office(tokens: list[Token]) -> bool:
    """ "the Secretary General", "the head of the North Atlantic Alliance": an office, not a body."""
    words = [t.lower for t in tokens if t.lower not in _DETERMINERS]
    for link in _LINKS & set(words):
        words = words[: words.index(link)] if link in words else words
    if not words:
        return False
    return all(w in TITLE_WORDS for w in words) or (
        len(words) < len(tokens) and words[-1] in ROLE_NOUNS and words[-1] not in ORGANISATION_WORDS
    )


def is_role(word: str) -> bool:
    # "vice-chancellor", "co-chairs": a compound is the role at its head
    head = word.rpartition("-")[2]
    return head in ROLE_NOUNS or (head.endswith("s") and head[:-1] in ROLE_NOUNS)


# "bring", "red": words this short only look like participles.
_SHORTEST_PARTICIPLE = 5


def _determined_noun_phrase(tokens: list[Token], reporting_forms: Mapping[str, str]) -> bool:
    """ "the bank", "the city’s mayor": a determiner, then nouns and adjectives."""
    if not (
        tokens[0].lower in _DETERMINERS
        or tokens[0].lower in _QUANTIFIERS
        or tokens[0].text.isdigit()  # "73 percent said …"
        or is_possessive(tokens[0].text)
    ):
        return False
    rest = [
        t for t in tokens[1:] if not (t.is_capitalized or t.lower in _LINKS or t.text.isdigit())
    ]
    if not rest:
        return False
    *modifiers, head = [strip_possessive(t.lower) for t in rest]
    return _looks_like_noun(head, reporting_forms) and all(
        _looks_like_noun(word, reporting_forms) or _participle_modifier(word) for word in modifiers
    )


def _participle_modifier(word: str) -> bool:
    """ "the shipping association", "the ruling party", "the elected council": a participle
    before the phrase's noun describes it."""
    return len(word) > _SHORTEST_PARTICIPLE and word.isalpha() and word.endswith(("ing", "ed"))


def _looks_like_noun(word: str, reporting_forms: Mapping[str, str]) -> bool:
    return (
        len(word) >= 3
        and word not in _ADJECTIVES
        and word.isalpha()
        and (not word.endswith(("ly", "ing", "ed")) or word in _LY_NOUNS)
        and not word.endswith(_ADJECTIVE_ENDINGS)
        and word not in _PHRASE_BREAKS
        and word not in reporting_forms
        and word not in ADVERBS_BEFORE_VERB
    )


def _trailing_phrase(
    text: str, tokens: list[Token], first: int, last: int, reporting_forms: Mapping[str, str]
) -> list[Token]:
    """The noun phrase ending at tokens[last], not reaching before tokens[first];
    `reporting_forms` maps each form of a reporting verb to its lemma."""
    collected: list[Token] = []
    index = last
    while index >= first and len(collected) < 10:
        token = tokens[index]
        if collected and not _plain_gap(text, token, collected[-1]):
            break
        lower = token.lower
        inside_name = (
            collected
            and collected[-1].is_capitalized
            and index > first
            and tokens[index - 1].is_capitalized
            and lower in _OBJECT_PREPOSITIONS
            and collected[-1].lower not in _CALENDAR
        )  # "Commission on Presidential Debates", but not "the Kremlin on Friday"
        # "the state", "a report": after a determiner a verb's form is a noun
        determined = index > first and tokens[index - 1].lower in _DETERMINERS
        # "state television": a verb's bare form right before the phrase's noun modifies it
        modifier = bool(collected) and reporting_forms.get(lower) == lower
        if not inside_name and (
            (lower in _PHRASE_BREAKS and lower not in _LINKS)
            or (
                lower in reporting_forms
                and not token.is_capitalized
                and not determined
                and not modifier
            )
        ):
            break
        if lower in _LINKS and not collected:
            break
        if _is_past_verb(token) and not is_role(lower) and index > first:
            # "… invited members of the council": the verb ends the phrase; with nothing
            # before it, it describes ("…, elected chief Ann Lee said")
            break
        collected.append(token)
        if lower in _DETERMINERS and not (index > first and tokens[index - 1].lower in _LINKS):
            break
        index -= 1
    collected.reverse()
    while collected and collected[0].lower in _LINKS:
        collected.pop(0)
    return collected


def _segments_before(
    text: str, tokens: list[Token], first: int, last: int
) -> list[tuple[int, int]]:
    """Comma-separated stretches of tokens[first:last+1], nearest the verb first; no more
    than a subject search can use."""
    segments: list[tuple[int, int]] = []
    end = last
    index = last
    while index >= first and len(segments) < _MAX_SEGMENTS:
        left, right = tokens[index - 1], tokens[index]
        one_space = right.start - left.end == 1 and text[left.end] == " "  # the common case
        if index > first and not one_space and not _plain_gap(text, left, right):
            between = gap(text, tokens[index - 1], tokens[index])
            segments.append((index, end))
            if not any(mark in between for mark in _SOFT_GAPS) or any(
                mark in between for mark in '"“”«»;:'
            ):
                return segments
            end = index - 1
        index -= 1
    if len(segments) < _MAX_SEGMENTS:
        segments.append((first, end))
    return segments


def _skippable(tokens: list[Token], segment: tuple[int, int]) -> bool:
    """Relative clauses, participles (active, or passive with their agent), adverbs and ages
    between a subject and its verb."""
    words = tokens[segment[0] : segment[1] + 1]
    first = words[0].lower
    all_adverbs = all(w.lower in ADVERBS_BEFORE_VERB or w.lower in _SEGMENT_SKIPS for w in words)
    # "X, led by four states, said": a passive participle set off by commas describes X
    passive = (
        len(words) > 1
        and words[1].lower == "by"
        and (first.endswith(("ed", "en", "wn")) or first == "run")
    )
    return (
        all_adverbs
        or _is_age(tokens, segment)
        or first in _SEGMENT_SKIPS
        or first.endswith("ing")
        or passive
    )


def _is_age(tokens: list[Token], segment: tuple[int, int]) -> bool:
    """ "Mr. King, 82, said": a person's age set off by commas after the name."""
    word = tokens[segment[0]].text
    return segment[0] == segment[1] and word.isdigit() and len(word) <= 3


@dataclass(frozen=True)
class Subject:
    phrase: SpeakerPhrase
    segment_start: int  # first token of the comma segment holding the phrase
    appositive: SpeakerPhrase | None  # a role written next to a name ("the secretary general, X,")


def subject_before(
    text: str, tokens: list[Token], verb: int, first: int, reporting_forms: Mapping[str, str]
) -> Subject | None:
    """The subject of the reporting verb at tokens[verb], searched no further back than `first`."""
    last = _before_parenthesis(text, tokens, verb - 1, first)
    bracketed = last != verb - 1
    while (
        last >= first
        and (
            tokens[last].lower in ADVERBS_BEFORE_VERB
            or _is_adverb(tokens[last], tokens[last - 1] if last > first else None)
        )
        and _plain_gap(text, tokens[last], tokens[last + 1])
    ):
        last -= 1
    if last < first:
        return None
    if tokens[last].lower in ("who", "which") and last > first:
        return _relative_antecedent(text, tokens, last, first, reporting_forms)
    comma = _comma_gap(text, tokens[last], tokens[last + 1])
    if not (bracketed or comma or _plain_gap(text, tokens[last], tokens[last + 1])):
        return None
    segments = [s for s in _segments_before(text, tokens, first, last) if not _party_tag(tokens, s)]
    # Only a subject set off by commas ("X, who chaired the meeting, said") may sit past a
    # clause; a verb written right after its words takes them as its subject or has none.
    return _subject_in_segments(
        text, tokens, segments, 3 if comma or bracketed else 1, reporting_forms
    )


def _subject_in_segments(
    text: str,
    tokens: list[Token],
    segments: list[tuple[int, int]],
    reach: int,
    reporting_forms: Mapping[str, str],
) -> Subject | None:
    for number, segment in enumerate(segments[:reach]):
        if reach > 1 and _skippable(tokens, segment) and number + 1 < len(segments):
            continue
        words = _phrase_ending_segment(text, tokens, segment, reporting_forms)
        phrase = classify(words, reporting_forms) if words else None
        named = (
            _named_before(text, tokens, segments, number, reporting_forms) if reach > 1 else None
        )
        if named is not None and (phrase is None or phrase.kind != "name"):
            # "Richard Roe, director of the institute, said": the name, described
            return Subject(named, segments[_name_segment(tokens, segments, number)][0], phrase)
        if phrase is None or is_possessive(phrase.tokens[-1].text):
            return None
        appositive = (
            _appositive(text, tokens, segments, number, reporting_forms)
            if phrase.kind == "name"
            else None
        )
        return Subject(phrase, segment[0], appositive)
    return None


_SUBJECT_OF_POSSESSIVE = {"his": "he", "her": "she", "their": "they", "its": "it"}


def possessor_at(
    text: str, tokens: list[Token], index: int, first: int, reporting_forms: Mapping[str, str]
) -> SpeakerPhrase | None:
    """Who owns what follows tokens[index]: "her" in "her acknowledgment", "the senator's"."""
    token = tokens[index]
    subject = _SUBJECT_OF_POSSESSIVE.get(token.lower)
    if subject is not None:
        return classify([token._replace(text=subject, lower=subject)], reporting_forms)
    if not is_possessive(token.text):
        return None
    words = _trailing_phrase(text, tokens, first, index, reporting_forms)
    return classify(words, reporting_forms) if words else None


def loose_subject_before(
    text: str, tokens: list[Token], verb: int, first: int, reporting_forms: Mapping[str, str]
) -> SpeakerPhrase | None:
    """Any noun phrase written right before a verb ("environmentalists worry", "some note"),
    for verbs whose "that" clause shows they report, whoever the subject is."""
    last = verb - 1
    while last >= first and tokens[last].lower in ADVERBS_BEFORE_VERB:
        last -= 1
    if last < first or not _plain_gap(text, tokens[last], tokens[last + 1]):
        return None
    words = _trailing_phrase(text, tokens, first, last, reporting_forms)
    if not words or words[-1] is not tokens[last]:
        return None
    head = words[-1].lower
    if not (
        head in _QUANTIFIERS or head in _COLLECTIVES or _looks_like_noun(head, reporting_forms)
    ):
        return None
    return source_phrase(words, reporting_forms)


def _relative_antecedent(
    text: str, tokens: list[Token], relative: int, first: int, reporting_forms: Mapping[str, str]
) -> Subject | None:
    """ "Berg, who stressed that …", "an architect who said …": the speaker is the phrase the
    relative clause hangs on."""
    if not (
        _comma_gap(text, tokens[relative - 1], tokens[relative])
        or _plain_gap(text, tokens[relative - 1], tokens[relative])
    ):
        return None
    words = _trailing_phrase(text, tokens, first, relative - 1, reporting_forms)
    phrase = classify(words, reporting_forms) if words else None
    if phrase is None or phrase.kind == "pronoun":
        return None
    return Subject(phrase, tokens.index(words[0]), None)


def _party_tag(tokens: list[Token], segment: tuple[int, int]) -> bool:
    """ "(R-Ohio)", ", R-Ky.,": a lawmaker's party and state, written between name and verb."""
    words = tokens[segment[0] : segment[1] + 1]
    return len(words) <= 2 and bool(_PARTY_TAG.match(words[0].text))


def _governed(tokens: list[Token], words: list[Token], segment: tuple[int, int]) -> bool:
    """Whether a preposition takes the phrase as its object ("ambassador to Russia")."""
    index = tokens.index(words[0])
    return index > segment[0] + 1 and tokens[index - 1].lower in _OBJECT_PREPOSITIONS


def _named_before(
    text: str,
    tokens: list[Token],
    segments: list[tuple[int, int]],
    number: int,
    reporting_forms: Mapping[str, str],
) -> SpeakerPhrase | None:
    """A name filling the whole comma segment before segment `number`."""
    named = _name_segment(tokens, segments, number)
    if named >= len(segments):
        return None
    segment = segments[named]
    words = _trailing_phrase(text, tokens, segment[0], segment[1], reporting_forms)
    phrase = classify(words, reporting_forms) if words else None
    if phrase is None or phrase.kind != "name":
        return None
    return phrase


def _name_segment(tokens: list[Token], segments: list[tuple[int, int]], number: int) -> int:
    """Which segment a name described by segment `number` fills: the one before it, or the
    one before the age ("Anna Marsh, 61, a former diplomat, said")."""
    before = number + 1
    if before + 1 < len(segments) and _is_age(tokens, segments[before]):
        return before + 1
    return before


def _is_past_verb(token: Token) -> bool:
    return not token.is_capitalized and token.lower.endswith("ed") and len(token.lower) > 4


def _is_adverb(token: Token, previous: Token | None = None) -> bool:
    """ "sharply", "publicly": an -ly word before a verb modifies it; after a determiner or
    a possessor it is a noun ("the family", "Russia's ally")."""
    if previous is not None and (previous.lower in _DETERMINERS or is_possessive(previous.text)):
        return False
    return (
        token.lower.endswith("ly")
        and not token.is_capitalized
        and len(token.lower) > 4
        and token.lower not in _LY_NOUNS
    )


def _before_parenthesis(text: str, tokens: list[Token], last: int, first: int) -> int:
    """Skip an aside between a subject and its verb: "Sen. Jane Roe (R-Ga.) said",
    "Berg -- an editor, and a critic -- said"."""
    if last < first:
        return last
    closing = text[tokens[last].end : tokens[last + 1].start].strip()
    opener = {")": "(", "--": "--", "—": "—", "–": "–"}.get(
        closing[-2:] if closing.endswith("--") else closing[-1:]
    )
    if opener is None:
        return last
    opening = text.rfind(opener, tokens[first].start, tokens[last].start)
    if opening < 0:
        return last
    while last >= first and tokens[last].start > opening:
        last -= 1
    return last


def _comma_gap(text: str, left: Token, right: Token) -> bool:
    """A comma, or a dash closing an aside ("Berg -- an editor -- said")."""
    return gap(text, left, right).strip() in (",", ".,", "--", "—", "–")  # ".," after "Jr."


def _phrase_ending_segment(
    text: str, tokens: list[Token], segment: tuple[int, int], reporting_forms: Mapping[str, str]
) -> list[Token]:
    """The noun phrase at the end of a segment, past any prepositional phrase after its head:
    "officials in April", "the U.S. ambassador to NATO"."""
    words = _trailing_phrase(text, tokens, segment[0], segment[1], reporting_forms)
    while words and _governed(tokens, words, segment):
        words = _trailing_phrase(
            text, tokens, segment[0], tokens.index(words[0]) - 2, reporting_forms
        )
    return words


def _appositive(
    text: str,
    tokens: list[Token],
    segments: list[tuple[int, int]],
    number: int,
    reporting_forms: Mapping[str, str],
) -> SpeakerPhrase | None:
    if number + 1 >= len(segments):
        return None
    words = _phrase_ending_segment(text, tokens, segments[number + 1], reporting_forms)
    phrase = classify(words, reporting_forms) if words else None
    if phrase is None or phrase.kind not in ("role", "organisation", "anonymous"):
        return None
    return phrase


# How far after a possessive name a role may come: "Pranthia's [trade] minister".
_ROLE_REACH = 3


def _ends_proper_name(collected: list[Token], token: Token, ahead: list[Token]) -> bool:
    """After "NATO" or "Jens Stoltenberg", a lower-case word is the verb, not more of the name
    ("NATO rejected …"), unless it is a role or a title ("Kremlin spokesman Dmitry Peskov")."""
    if not collected or token.is_capitalized or token.lower in _LINKS:
        return False
    if not collected[-1].is_capitalized or collected[-1].lower in _DETERMINERS:
        return False  # "The union": a capital that only opens the sentence
    if collected[-1].text.rpartition("-")[2].islower():
        return False  # "a Mumbai-based aviation consultant": a name made an adjective
    if is_possessive(collected[-1].text) and (
        not collected[0].is_capitalized or any(is_role(t.lower) for t in ahead)
    ):
        # "chair of Halvard's faculty senate", "Pranthia's trade minister": the name owns the
        # role that follows; "Oz's dubious advice" names no speaker
        return False
    return not (is_role(token.lower) or token.lower in TITLE_WORDS)


def phrase_after(
    text: str, tokens: list[Token], first: int, last: int, reporting_forms: Mapping[str, str]
) -> SpeakerPhrase | None:
    """The noun phrase starting at tokens[first] ("according to [the minister]", "said [he]")."""
    collected: list[Token] = []
    index = first
    while index <= last and len(collected) < 10:
        token = tokens[index]
        if collected and not _plain_gap(text, collected[-1], token):
            break
        lower = token.lower
        if collected and lower in PRONOUNS:
            break
        if (lower in _PHRASE_BREAKS and lower != "of") or (
            lower in reporting_forms and not token.is_capitalized
        ):
            break
        if collected and lower in _DETERMINERS and collected[-1].lower not in _LINKS:
            break
        if _ends_proper_name(collected, token, tokens[index : index + _ROLE_REACH]):
            break
        if collected and _is_past_verb(token) and not is_role(lower):
            break  # "the court blocked …": the verb ends the phrase
        collected.append(token)
        if lower in PRONOUNS:
            break
        index += 1
    while collected and collected[-1].lower in _LINKS | {"the", "a", "an"}:
        collected.pop()
    return classify(collected, reporting_forms) if collected else None
