"""Language profiles: the words each language's stance grammar relies on, in one place.

The stance rules in `stance.py` know only roles (a deontic modal, a negator, a verb that names
a speech act); a profile says which words play them. Another language is another profile.
Verb tables list lemmas with their stance; the inflected forms are generated, never listed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from .lexicon import inflections

# ISO 639-1 codes the language detector gives, with the name a page shows for them.
LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Russian",
    "uk": "Ukrainian",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pl": "Polish",
}


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    name: str
    # Every form of a verb that names a speech act, with the stance it names ("rejected" →
    # reject), and the nouns that name one ("proposal" → offer): a mention, weaker evidence.
    speech_act_verbs: Mapping[str, str]
    speech_act_nouns: Mapping[str, str]
    # The reporting verb names the act outright ("requested guarantees", "warned that …").
    reporting_stances: Mapping[str, str]
    # Predicates of readiness: "ready to", "willing to" (an offer by whoever is ready), and
    # the words that link them to what the subject is ready for.
    readiness: frozenset[str]
    readiness_links: frozenset[str]
    # Obligation, one or two words: the subject must act ("NATO must stop" demands of NATO).
    deontic: frozenset[str]
    # Nouns and adjectives of obligation without a subject ("it is imperative to …").
    impersonal_deontic: frozenset[str]
    # The future and volition of the subject: "we will …", "we want …".
    future: frozenset[str]
    volition: frozenset[str]
    # Ability: "we can find a solution" offers one when what follows is cooperation.
    ability: frozenset[str]
    # Adverbs inside a verb group, skipped when reading it ("will also not", "must now").
    fillers: frozenset[str]
    negators: frozenset[str]
    # Words after a negator that keep it from negating ("not just ready": more than ready).
    negation_breakers: frozenset[str]
    # "has no plans to attack": a denial of intent is a refusal.
    intent_nouns: frozenset[str]
    # Verbs that say what the subject is ("we are ready", "we stand ready").
    copulas: frozenset[str]
    determiners: frozenset[str]
    # The clause after these carries the stance ("ready to talk, but will not …").
    contrast: frozenset[str]
    # The clause after these concedes a point and carries none ("although …").
    concessive: frozenset[str]
    conditional: frozenset[str]
    # Words of talking and working together: what an offer holds out.
    cooperation: frozenset[str]
    # Verbs that take a cooperation noun as their object ("enter into a dialogue").
    light_verbs: frozenset[str]
    # Harm that a statement about the future holds over someone ("will have consequences").
    harm: frozenset[str]
    # Verdicts that refuse outright ("unacceptable").
    refusal_words: frozenset[str]
    first_person: frozenset[str]
    second_person: frozenset[str]
    # Words a subject starts after when read leftwards from its verb ("… the fact that NATO").
    subject_stops: frozenset[str]
    # Subjects that stand for no one: "it is imperative", "there is a need".
    impersonal_subjects: frozenset[str]
    # Turns contractions into words the rules read ("won't" → "will not").
    normalize: Callable[[str], str]


def _verb_forms(verbs: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Forms → stance: every inflection of each verb lemma."""
    table: dict[str, str] = {}
    for stance, lemmas in verbs.items():
        for lemma in lemmas:
            head, _, particle = lemma.partition(" ")  # "rule out": the verb inflects, not "out"
            for form in inflections(head):
                table.setdefault(f"{form} {particle}".strip(), stance)
    return table


_ENGLISH_SPEECH_ACT_VERBS = {
    "demand": ("demand", "insist", "urge", "request", "require", "call on", "call for"),
    "reject": ("reject", "refuse", "dismiss", "deny", "rule out", "decline", "oppose"),
    "offer": ("offer", "propose", "invite", "promise", "pledge"),
    "warn": ("warn", "threaten", "caution", "retaliate"),
    "accept": ("accept", "agree", "welcome", "approve", "endorse"),
    "concede": ("concede", "admit", "acknowledge", "compromise"),
}
_ENGLISH_SPEECH_ACT_NOUNS = {
    "demand": ("demand", "demands"),
    "reject": ("rejection", "refusal"),
    "offer": ("offer", "offers", "proposal", "proposals", "invitation"),
    "warn": ("warning", "ultimatum"),
    "concede": ("concession", "concessions"),
}
_ENGLISH_CONTRACTIONS = (
    ("won't", "will not"),
    ("can't", "can not"),
    ("cannot", "can not"),
    ("shan't", "shall not"),
    ("n't", " not"),
)


def _reporting_stances(verbs: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Lemma → stance as attribution gives the lemma: "called for" comes as "call"; "ruled out"
    is left out, since "ruled that" comes as "rule" too."""
    table = {lemma: stance for stance, lemmas in verbs.items() for lemma in lemmas}
    return {
        lemma.removesuffix(" for"): stance
        for lemma, stance in table.items()
        if " " not in lemma.removesuffix(" for")
    }


def _normalize_english(text: str) -> str:
    text = text.lower().replace("’", "'")
    for contracted, spelled in _ENGLISH_CONTRACTIONS:
        text = text.replace(contracted, spelled)
    return text


ENGLISH = LanguageProfile(
    code="en",
    name="English",
    speech_act_verbs=_verb_forms(_ENGLISH_SPEECH_ACT_VERBS),
    speech_act_nouns={w: stance for stance, ws in _ENGLISH_SPEECH_ACT_NOUNS.items() for w in ws},
    reporting_stances=_reporting_stances(_ENGLISH_SPEECH_ACT_VERBS),
    readiness=frozenset("ready willing prepared eager open interested".split()),
    readiness_links=frozenset("to for in".split()),
    deontic=frozenset(
        {"must", "should", "need to", "needs to", "have to", "has to", "ought to", "need for"}
    ),
    impersonal_deontic=frozenset("imperative necessary essential vital crucial".split()),
    future=frozenset("will shall 'll would".split()),
    volition=frozenset("want wants wanted seek seeks".split()),
    ability=frozenset("can could".split()),
    fillers=frozenset("also still now then further again fully absolutely certainly".split()),
    negators=frozenset("not no never nor neither".split()),
    negation_breakers=frozenset("just only merely simply".split()),
    intent_nouns=frozenset("plan plans intention intentions".split()),
    copulas=frozenset("be is are was were been being remain remains stand stands 're".split()),
    determiners=frozenset("the a an its their our his her this these those".split()),
    contrast=frozenset("but however yet nevertheless".split()),
    concessive=frozenset("although though whereas despite".split()),
    conditional=frozenset("if unless".split()),
    cooperation=frozenset(
        """discuss discussing discussion discussions talk talks dialogue dialog negotiate
        negotiating negotiation negotiations meet meeting meetings cooperate cooperation
        engage consult consultations solution solutions agreement settlement""".split()
    ),
    light_verbs=frozenset("enter hold continue resume start begin find reach pursue".split()),
    harm=frozenset("consequences retaliation punishment".split()),
    refusal_words=frozenset("unacceptable non-negotiable".split()),
    first_person=frozenset("we i us our".split()),
    second_person=frozenset({"you"}),
    subject_stops=frozenset("that who which".split()),
    impersonal_subjects=frozenset({"it", "there"}),
    normalize=_normalize_english,
)

PROFILES = {profile.code: profile for profile in (ENGLISH,)}
DEFAULT_LANGUAGE = ENGLISH.code


def profile_for(language: str | None) -> LanguageProfile | None:
    """The profile for an ISO 639-1 code; an unknown or empty code reads as the default."""
    return PROFILES.get(language or DEFAULT_LANGUAGE)


def language_name(language: str) -> str:
    return LANGUAGE_NAMES.get(language, language)
