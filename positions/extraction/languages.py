"""Language profiles: the words each language's stance grammar relies on, in one place.

The stance rules in `stance.py` know only roles (a deontic modal, a negator, a verb that names
a speech act); a profile says which words play them. Another language is another profile.
Verb tables list lemmas with their stance; the inflected forms are generated, never listed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from .lexicon import ANONYMOUS_ROLES

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
    "pt": "Portuguese",
    "nl": "Dutch",
}


# Doubling the final consonant before -ed/-ing: every one-syllable verb ending in one vowel
# and one consonant ("dropped", "scrapping"), and these stressed on their last syllable
# ("admitted", "referring").
_ENGLISH_DOUBLING = frozenset({"admit", "commit", "regret", "refer", "omit"})
_ENGLISH_SHORT_SYLLABLE = re.compile(r"(?:qu|[^aeiou])*[aeiou][b-df-hj-np-tvz]")
_ENGLISH_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "think": ("thought", "thinks", "thinking"),
    "know": ("knew", "knows", "knowing", "known"),
    "feel": ("felt", "feels", "feeling"),
    "speak": ("spoke", "speaks", "speaking", "spoken"),
    "forecast": ("forecast", "forecasts", "forecasting"),
    "seek": ("sought", "seeks", "seeking"),
    "agree": ("agreed", "agrees", "agreeing"),
    "swear": ("swore", "swears", "swearing", "sworn"),
    "hear": ("heard", "hears", "hearing"),
    "understand": ("understood", "understands", "understanding"),
    "learn": ("learned", "learnt", "learns", "learning"),
    "find": ("found", "finds", "finding"),
    "see": ("saw", "sees", "seeing", "seen"),
    "have": ("had", "has", "having"),
    "lose": ("lost", "loses", "losing"),
    "show": ("showed", "shows", "showing", "shown"),
    "make it clear": ("made it clear", "makes it clear", "making it clear"),
    "give": ("gave", "gives", "giving", "given"),
    "take": ("took", "takes", "taking", "taken"),
    "withdraw": ("withdrew", "withdraws", "withdrawing", "withdrawn"),
    "put": ("puts", "putting"),
    "lay": ("laid", "lays", "laying"),
    "bring": ("brought", "brings", "bringing"),
    "mislead": ("misled", "misleads", "misleading"),
    "hide": ("hid", "hides", "hiding", "hidden"),
    "lie": ("lied", "lies", "lying"),
}


def english_inflections(lemma: str) -> tuple[str, ...]:
    """The finite and -ing forms of a regular English verb (plus the irregular ones above)."""
    if lemma in _ENGLISH_IRREGULAR:
        return (lemma, *_ENGLISH_IRREGULAR[lemma])
    if lemma.endswith("e"):
        return lemma, lemma + "d", lemma + "s", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma, lemma[:-1] + "ied", lemma[:-1] + "ies", lemma + "ing"
    doubles = lemma in _ENGLISH_DOUBLING or _ENGLISH_SHORT_SYLLABLE.fullmatch(lemma)
    stem = lemma + lemma[-1] if doubles else lemma
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s"
    return lemma, stem + "ed", third, stem + "ing"


@dataclass(frozen=True)
class ReportingVerbs:
    """A language's reporting verbs, each lemma in the frames it takes, and its forms.

    The frames (a verb takes several):
      that        reports a clause, "that" optional: "said (that) …"
      needs-that  reports a clause only after "that": "announced the plan" names a thing
      only-that   reports nothing but a "that" clause: "agreed that …", "learned that …"
      object      reports a thing asked for or denied: "requested guarantees"
      to          reports an aim, a promise or a refusal as an infinitive: "vowed to fight"
      only-to     reports nothing without its infinitive: "agreed on a date" reports nothing
      belief      a position when it takes a "that" clause: "diplomats fear that …"
      framing     frames a direct quotation without a clause: "described the talks as “…”"
      about       reports what was spoken of: "talked about the budget"
      listener    names the listener before the content: "told reporters …"
      reply       its object is what was answered: "would not answer the questions"
      evidence    what a poll or a study found: "the survey shows …"
      plain       any noun phrase may be its source: "the bank said"
      content     a set phrase whose content follows: "made it clear …"
      noun-like   its bare form is more often a noun or adjective: "the call", "a post"
      asks-that   a verb of asking that reports through a "that" clause: "urged that …"
      finding     how a poll or a record reports besides "show" and "find": "revealed"
    """

    frames: Mapping[str, frozenset[str]]  # frame → lemmas
    forms: Mapping[str, str]  # every inflected form → its lemma

    def taking(self, *frames: str) -> frozenset[str]:
        return frozenset().union(*[self.frames.get(frame, frozenset()) for frame in frames])


# The frames whose verbs report speech: the others only qualify them.
_REPORTING_FRAMES = frozenset(
    "that needs-that only-that object to only-to belief framing about evidence content".split()
)


def reporting_verbs(
    table: Mapping[str, str], inflect: Callable[[str], Iterable[str]]
) -> ReportingVerbs:
    """Lemma → its frames, space-separated, read into lemmas by frame and forms by lemma."""
    frames: dict[str, set[str]] = {}
    for lemma, names in table.items():
        for frame in names.split():
            frames.setdefault(frame, set()).add(lemma)
    # What reports only with an infinitive reports with one.
    frames.setdefault("to", set()).update(frames.get("only-to", ()))
    forms = {
        form: lemma
        for lemma, names in table.items()
        if not _REPORTING_FRAMES.isdisjoint(names.split())
        for form in inflect(lemma)
    }
    return ReportingVerbs({frame: frozenset(lemmas) for frame, lemmas in frames.items()}, forms)


_ENGLISH_REPORTING_VERBS = {
    "accept": "only-that",
    "accuse": "object framing",
    "acknowledge": "that plain",
    "add": "that plain framing noun-like",
    "admit": "that noun-like",
    "affirm": "that",
    "agree": "only-to only-that noun-like",
    "aim": "only-to noun-like",
    "allege": "that plain",
    "announce": "that plain needs-that",
    "answer": "that reply noun-like",
    "argue": "that plain noun-like",
    "ask": "object framing noun-like asks-that",
    "assert": "that",
    "assure": "that listener",
    "attack": "object",
    "believe": "belief noun-like",
    "blame": "object framing noun-like",
    "boast": "framing only-that",
    "brag": "only-that",
    "brand": "framing",
    "brief": "listener",
    "call": "object framing noun-like",
    "caution": "that",
    "chant": "framing",
    "charge": "that noun-like",
    "cite": "object framing",
    "claim": "that plain noun-like",
    "comment": "that noun-like",
    "complain": "that",
    "concede": "that",
    "conclude": "that plain",
    "condemn": "framing",
    "confirm": "that plain finding",
    "contend": "that",
    "continue": "that needs-that noun-like",
    "counter": "that noun-like",
    "criticise": "object framing",
    "criticize": "object framing",
    "cry": "framing",
    "decide": "only-that",
    "declare": "that",
    "decline": "only-to noun-like",
    "defend": "object",
    "demand": "object noun-like asks-that",
    "demonstrate": "only-that",
    "deny": "that object plain noun-like",
    "describe": "object framing noun-like",
    "determine": "only-that",
    "disclose": "that",
    "discover": "only-that",
    "discuss": "object",
    "dismiss": "framing",
    "doubt": "belief",
    "dub": "framing",
    "emphasise": "that object",
    "emphasize": "that object",
    "endorse": "object",
    "estimate": "that plain noun-like",
    "expect": "belief",
    "explain": "that plain noun-like",
    "express": "framing",
    "fear": "belief",
    "feel": "belief",
    "find": "plain evidence noun-like",
    "guarantee": "only-that",
    "hear": "only-that",
    "highlight": "object",
    "hint": "that noun-like",
    "hope": "belief to noun-like",
    "imply": "only-that",
    "indicate": "that needs-that finding",
    "inform": "that listener",
    "insist": "that plain noun-like",
    "intend": "only-to noun-like",
    "joke": "framing",
    "know": "belief",
    "label": "framing",
    "lament": "framing",
    "learn": "only-that",
    "maintain": "that",
    "make it clear": "content",
    "mention": "object framing",
    "note": "that plain noun-like",
    "observe": "that",
    "offer": "only-to noun-like",
    "plan": "only-to noun-like",
    "pledge": "that object to noun-like",
    "point": "that needs-that noun-like",
    "post": "that needs-that noun-like",
    "praise": "object framing",
    "predict": "that plain noun-like",
    "promise": "that object to noun-like",
    "propose": "object to noun-like",
    "protest": "only-that",
    "prove": "only-that",
    "question": "object framing noun-like",
    "quip": "framing",
    "quote": "framing noun-like",
    "realise": "only-that",
    "realize": "only-that",
    "recall": "that needs-that",
    "reckon": "only-that",
    "recognise": "only-that",
    "recognize": "only-that",
    "recount": "that",
    "refer": "framing",
    "refuse": "only-to noun-like",
    "reiterate": "that",
    "remark": "that noun-like",
    "remind": "that listener",
    "repeat": "that noun-like",
    "reply": "that reply noun-like",
    "report": "that plain needs-that noun-like",
    "request": "object noun-like",
    "respond": "that reply noun-like",
    "reveal": "that noun-like finding",
    "rule": "only-that",
    "say": "that plain noun-like",
    "scream": "framing",
    "seek": "only-to noun-like",
    "shout": "framing",
    "show": "plain evidence noun-like",
    "signal": "that noun-like",
    "sing": "framing",
    "speak": "about",
    "specify": "only-that",
    "speculate": "framing only-that",
    "state": "that object plain noun-like",
    "stress": "that plain noun-like",
    "suggest": "that plain noun-like finding",
    "suspect": "only-that",
    "swear": "only-that",
    "talk": "about noun-like",
    "tell": "that plain listener noun-like",
    "term": "framing",
    "testify": "that",
    "think": "belief noun-like",
    "threaten": "that to noun-like",
    "tout": "object",
    "tweet": "that noun-like",
    "underline": "that",
    "underscore": "that",
    "understand": "only-that",
    "urge": "object framing noun-like asks-that",
    "vote": "only-to noun-like",
    "vow": "that object to noun-like",
    "want": "only-to noun-like",
    "warn": "that plain listener listener-optional noun-like",
    "welcome": "framing noun-like",
    "whisper": "framing",
    "wonder": "framing",
    "worry": "belief",
    "write": "that plain noun-like",
    "yell": "framing",
}


@dataclass(frozen=True)
class FunctionWords:
    """A language's function words as the attribution rules read them: pronouns, auxiliaries,
    prepositions, clause openers and the like, which tell where a speaker's phrase or the
    reported content starts and ends. The rules in `cues.py` know only these roles."""

    bare_subjects: frozenset[str]
    prepositions: frozenset[str]
    clause_openers: frozenset[str]
    wh_words: frozenset[str]
    time_words: frozenset[str]
    adverbial_openers: frozenset[str]
    be_forms: frozenset[str]
    parts_of_day: frozenset[str]
    weekdays: frozenset[str]
    listeners: frozenset[str]
    content_stop: re.Pattern[str]
    object_participles: frozenset[str]
    clause_subjects: frozenset[str]
    auxiliaries: frozenset[str]
    clause_breaks: frozenset[str]
    subject_joins: frozenset[str]
    subject_stops: frozenset[str]
    plural_words: frozenset[str]
    noun_determiners: frozenset[str]
    relatives: frozenset[str]
    articles: frozenset[str]
    auxiliary_adverbs: frozenset[str]
    asides: frozenset[str]
    noun_like: frozenset[str]
    group_links: frozenset[str]
    group_words: frozenset[str]
    group_breaks: frozenset[str]
    circumstance_openers: frozenset[str]
    subordinators: frozenset[str]
    # Words opening a condition: a speaker right after one is supposed, not reported ("unless
    # the committee agrees to share the cost").
    condition_openers: frozenset[str]
    # Modals of the future: a verb of speech after one tells of no speech yet made.
    future_modals: frozenset[str]
    # Modals that, joined on after a comma and "and" with the one the content already has
    # ("said it would take the matter to the council, and would press for sanctions"), go
    # on with the content.
    joined_modals: frozenset[str]
    # Words linking a role to the body it is held at ("head of research at Bellmark").
    workplace_links: frozenset[str]
    # Words after a sentence's opening -ing word that make it open an adverbial ("Facing the
    # prospect of …", "Campaigning against …") rather than describe a noun ("Developing
    # nations want …").
    adverbial_followers: frozenset[str]
    noun_forms: frozenset[str]
    linking_verbs: frozenset[str]
    degree_words: frozenset[str]
    impersonal: frozenset[str]
    leading_conjunctions: frozenset[str]
    # Words that mark a sentence as a speaker's, not the writer's narration.
    spoken_words: frozenset[str]
    # Labels a paper writes before its own words ("Correction:"), never a speaker's name.
    editorial_labels: frozenset[str]
    # What a speaker asks about being named ("asked not to be identified"): no statement.
    anonymity_request: re.Pattern[str]
    # Words opening a participle's own subject: "with Tehran insisting that …".
    absolute_openers: frozenset[str]
    # "declined to comment": a refusal to tell, which states no position.
    refusals: frozenset[str]
    withheld_speech: frozenset[str]


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    name: str
    # Every form of a verb that names a speech act, with the stance it names ("rejected" →
    # reject), and the nouns that name one ("proposal" → offer): a mention, weaker evidence.
    speech_act_verbs: Mapping[str, str]
    # Every form of a one-word verb that names a speech act → its lemma ("floating" → float),
    # and of giving up a claim → the act that is ("dropping a demand" concedes).
    speech_act_lemmas: Mapping[str, str]
    # Stance → the plain verb that names it, standing for a verb of two words ("ruled out").
    stance_verbs: Mapping[str, str]
    # The auxiliary of what had been done before the story's time ("had pressed for").
    pluperfect: str
    own_act_verbs: Mapping[str, str]
    speech_act_nouns: Mapping[str, str]
    # Speech-act verbs as often nouns, which before "for" or "of" they are ("support for").
    verbal_nouns: frozenset[str]
    # Verbs of accepting that, with a clause for object, grant a point ("we accept that we
    # were wrong"): a concession rather than an acceptance of a proposal.
    granting: frozenset[str]
    # Verbs of yielding ground: agreeing to one concedes ("agreed to cut the price").
    yielding: frozenset[str]
    # Adverbs of manner that may stand between a verb and its infinitive ("reluctantly").
    manner: frozenset[str]
    # "We will not hesitate to …": refusing to hesitate threatens.
    hesitation: frozenset[str]
    # "We will not stand for it": what will not be tolerated, refused.
    intolerance: frozenset[str]
    # The reporting verb names the act outright ("requested guarantees", "warned that …").
    reporting_stances: Mapping[str, str]
    # Reporting verbs that name an act only with their particle: "called for talks" and
    # "called on them to leave" demand, "called the offer “an insult”" only frames.
    reporting_particles: Mapping[str, frozenset[str]]
    # Predicates of readiness: "ready to", "willing to" (an offer by whoever is ready), and
    # the words that link them to what the subject is ready for.
    readiness: frozenset[str]
    readiness_links: frozenset[str]
    # Readiness said in a phrase, before "to" ("we are in a position to give …").
    readiness_phrases: frozenset[str]
    # The word asking the way a thing is done ("that is not how this union works").
    way_word: str
    # "not good enough": the word an adjective falls short by.
    sufficiency: str
    # Words of doing better or more: what could have been done so was not ("we could have
    # been more transparent").
    comparatives: frozenset[str]
    # Words of a thing happening again: that a fault will not is a promise that owns it ("it
    # will not be repeated", "it won't happen again").
    recurrence: frozenset[str]
    # What "there is no …" rules out ("there is no question of a referendum").
    ruled_out: frozenset[str]
    # A condition that what is held out should bring a settlement about: "if that helps",
    # "if that is what it takes".
    enabling: frozenset[str]
    # Verbs of going on doing something: another side that cannot is asked to stop ("they
    # cannot keep taking 95 per cent").
    persistence: frozenset[str]
    # Verbs of staying in a state ("the door will not stay open for ever").
    remaining: frozenset[str]
    # Verbs of meaning to do something: a thing denied that the speaker's side means to do
    # is refused ("not a law this government intends to rewrite").
    intending: frozenset[str]
    # Verbs of lifting, which said of one's own offer raise it ("lift its bid to 14.20").
    raising: frozenset[str]
    # Nouns of a price put forward, offers in all but name ("its bid").
    bids: Mapping[str, str]
    # Obligation, one or two words: the subject must act ("NATO must stop" demands of NATO).
    deontic: frozenset[str]
    # Nouns and adjectives of obligation without a subject ("it is imperative to …").
    impersonal_deontic: frozenset[str]
    # The future and volition of the subject: "we will …", "we want …".
    future: frozenset[str]
    volition: frozenset[str]
    third_person_volition: frozenset[str]
    # Ability: "we can reach a settlement" offers one when what follows is cooperation.
    ability: frozenset[str]
    # Adverbs inside a verb group, skipped when reading it ("will also not", "must now").
    fillers: frozenset[str]
    # How a verdict is said of its subject ("the offer is an insult"), and the words that may
    # link a framing verb's object to its quoted label ("described the offer as “…”").
    predicate_links: tuple[str, str]  # singular, plural
    framing_links: frozenset[str]
    # Negators that deny a thing, not a verb ("has no plans").
    # Verbs by which one state brings another: "no deal means no games".
    entailing: frozenset[str]
    # Words counting the sides together, and the sides so counted: "the two delegations",
    # "both sides".
    pairs: frozenset[str]
    sides: frozenset[str]
    negative_determiners: frozenset[str]
    negators: frozenset[str]
    # Words after a negator that keep it from negating ("not only willing": more than willing).
    negation_breakers: frozenset[str]
    # "has no plans to strike": a denial of intent is a refusal.
    intent_nouns: frozenset[str]
    # Modals that hold an act out as a possibility ("we could look at …"): tentative, and in
    # the past of "can" an inability rather than a refusal ("we could not meet on Monday").
    tentative: frozenset[str]
    # Verbs of weighing an idea: under a tentative modal, the speaker's own offer.
    consideration: frozenset[str]
    # Verbs of giving something up: with an object, the subject gives way ("drop the claim").
    abandonment: frozenset[str]
    # Negations that say an act has stopped ("no longer"): ceasing to ask is giving way.
    cessation: frozenset[str]
    # Standing in the way of something: refused, it lets it through ("we will not stand in
    # the way of the rise").
    obstruction: frozenset[str]
    # Taking part in something: refused, it rejects it ("we will not be party to any cap").
    participation: frozenset[str]
    # Holding out against something ("a clause it had resisted"): agreed to, ground given.
    resistance: frozenset[str]
    # Objecting to something: not to, said of a deal, lets it through ("would not oppose").
    objecting: frozenset[str]
    # What a side may insist on and then drop ("the objection has been withdrawn").
    claims: frozenset[str]
    # Irregular past participles: after "be" they make a passive ("will not be driven out").
    participles: frozenset[str]
    # The dummy subject of an existence: "there will be no …" refuses what it denies.
    existential: frozenset[str]
    # Words a subject starts with that make any case of it a condition ("any attack will …").
    generic_subjects: frozenset[str]
    # Words for whatever may come ("ready for anything") and verbs of answering it: being
    # ready to respond, or responding to any case, threatens.
    universal: frozenset[str]
    responses: frozenset[str]
    # Verbs that respond only with "any" after them ("we will answer any incursion").
    retorts: frozenset[str]
    # Verbs of action that, opening a quote with their object, command ("Stop the shelling");
    # the pronouns that can be their object.
    imperatives: frozenset[str]
    # Verbs that open a dare ("Push the tolls higher and …"), besides the imperatives.
    dares: frozenset[str]
    # Asking why one's own side should act refuses the act ("Why would we sign that?").
    reason_questions: frozenset[str]
    # What opens a noun phrase standing for a condition ("One more broken promise and …").
    one_more: frozenset[str]
    # States of talks that have ended ("… and the talks are over"): a harm held out.
    ended: frozenset[str]
    objects: frozenset[str]
    # Verbs of expecting and needing: "we expect them to pay" demands of them.
    expectation: frozenset[str]
    # Words that open a condition only at a sentence's start: a modal by inversion ("should
    # they refuse, …"), or "without" ("without a deal by June, …").
    sentence_conditionals: frozenset[str]
    # Of those, the modals that open a condition mid-sentence too, before their subject ("it
    # will sue should the board refuse").
    inverting_modals: frozenset[str]
    # Words that make a condition a failure: a negation, "unless", "without", and verbs of
    # failing or of going on as before ("if they keep stalling").
    failures: frozenset[str]
    # Words that make a condition the other side's doing as much ("if they do the same"), or
    # its wanting or yielding what the speaker's side holds out ("if they want that", "if the
    # channel dropped its claim"), or the talks' success ("if the truce holds"): what is
    # promised on it is given in return, and what follows it is no threat.
    reciprocity: frozenset[str]
    accommodation: frozenset[str]
    # Words that make a yes-no question doubt what it asks ("are we really being asked …?").
    incredulity: frozenset[str]
    # Possessives by which a speaker is described as of a body named nearby ("its president").
    body_possessives: frozenset[str]
    # "We see no reason to …": verbs of finding, the nouns of a case for something, and what
    # links them to it.
    finding: frozenset[str]
    # Words that draw a conclusion ("…, so no").
    conclusive: frozenset[str]
    pretexts: frozenset[str]
    pretext_links: frozenset[str]
    # The coordinator of an ultimatum's other branch ("pay up or …").
    alternatives: frozenset[str]
    # What makes "time" overdue ("it is high time …"): then it is demanded of whoever follows.
    overdue: frozenset[str]
    # What a deal is said to need ("the text needs a clause on …").
    lacking: frozenset[str]
    # Verbs that report a request when an object and "to" follow ("asked the states to …").
    requesting: frozenset[str]
    # What is said to suit the speaker's side is accepted ("three years suits us fine").
    suiting: frozenset[str]
    suiting_starts: frozenset[str]
    # Modals of what may be, besides the tentative ones, and words of doing without.
    possibility: frozenset[str]
    privation: frozenset[str]
    # What others are told not to be or do, a warning: "should be under no illusion",
    # "should not assume", "should not take it for granted".
    admonitions: frozenset[str]
    complacency: frozenset[str]
    granted: str
    # Of the verbs of pressing a claim, those that stand in another's way: not doing them
    # lets another's move through, it gives up no claim of one's own.
    hindering: frozenset[str]
    # Words after a verb of saying that make it a deed ("write the flow into a treaty",
    # "write off the debt"), as "to" just after it does ("report to training camp").
    deed_particles: frozenset[str]
    # Past forms of wanting and expecting, which hold a wish of the day only in reported
    # speech ("said it wanted …").
    past_wishes: frozenset[str]
    # Verbs of a quantity changing or going on of itself: expecting it to is a forecast
    # ("expects the wage to rise by 5%", "expected the pressure to continue").
    drift: frozenset[str]
    # The speaker alone: what "I" expect of others is a forecast, what "we" expect a demand.
    first_person_singular: str
    first_person_plural: str
    # Adverbials that negate the verb they stand before ("would under no circumstances allow").
    negative_adverbials: frozenset[str]
    # Verbs of coming to harm: that no one will, said of a move, guarantees it.
    suffering: frozenset[str]
    # Frames that admit what follows ("it is true that our teams crossed the line"), and the
    # nouns of regret a side expresses ("expressed its regret").
    admission_frames: frozenset[str]
    admission_starts: frozenset[str]
    contrition_nouns: frozenset[str]
    # Standing by while others act: not to, warns ("we will not sit idly by").
    passivity: frozenset[str]
    # Verbs by which a burden rests with someone ("the onus now lies with them").
    resting: frozenset[str]
    # Words that make a move a gesture to the other side ("as a gesture", "in good faith").
    goodwill: frozenset[str]
    # "Put its name to …": signing, said of a placing verb and a possessive before these.
    signature: frozenset[str]
    indefinite_articles: frozenset[str]
    # Fear of acting: a side not afraid to act warns ("we are not afraid to use them").
    fear: frozenset[str]
    # What is said to be the others' ("the chair can be theirs"): held out to them.
    others_own: frozenset[str]
    # What no side wants to be theirs: said to be the others', it is held over them.
    burdens: frozenset[str]
    # The verb of meeting a figure ("we can do 30 percent").
    doing: frozenset[str]
    # The others as the object of a verb ("we will meet them").
    others_as_objects: frozenset[str]
    # Words that set talks for a time: "meet again next week", "respond in due course".
    schedule: frozenset[str]
    # The word of assent ("yes, we will be there", "the answer is yes").
    yes: str
    # Predicates of finding a thing welcome, not a consequence ("it would be helpful if …").
    welcome: frozenset[str]
    # Questions of how much longer others will take ("how many more months …?").
    impatience: frozenset[str]
    # Verbs of coming about: "it won't happen", said of what was asked, refuses it.
    occurrence: frozenset[str]
    # Subjects that stand for what was just spoken of ("it", "that").
    anaphoric_subjects: frozenset[str]
    # Predicates that refuse what the subject names ("those terms are impossible", "the
    # offer is an insult"): one word, or a phrase read from its first word.
    refusal_predicates: frozenset[str]
    refusal_phrases: frozenset[str]
    # Verbs that say what the subject is ("we are ready", "we stand ready").
    copulas: frozenset[str]
    determiners: frozenset[str]
    # Words between a determiner and a noun ("our first offer"): the noun is no verb.
    noun_modifiers: frozenset[str]
    # The clause after these carries the stance ("ready to talk, but will not …").
    contrast: frozenset[str]
    # The clause after these concedes a point and carries none ("although …").
    concessive: frozenset[str]
    conditional: frozenset[str]
    # A moment named as the condition, opening the sentence: "the moment this coalition
    # touches pensions, it loses our votes".
    moment_conditions: frozenset[str]
    # Conditions the speaker waits on ("until they pay"), and the words that restrict a
    # condition to the one case ("only if", "only once"): what is said under them asks it.
    awaiting: frozenset[str]
    # What opens a sentence on what must come first: "Before there is any talk of lifting
    # restrictions, the journalists must be home".
    prior_conditions: frozenset[str]
    # Words of dates: "until the end of June" waits on a day, not on anyone's act; and the
    # verbs that give someone until a date to act.
    calendar: frozenset[str]
    granting_time: frozenset[str]
    restricting: frozenset[str]
    # "… when they remove the posts, and not a day before": the time is a condition.
    not_before: frozenset[str]
    restricted_conditions: frozenset[str]
    # Words of talking and working together: what an offer holds out.
    cooperation: frozenset[str]
    # Verbs that take a cooperation noun as their object ("begin a dialogue").
    light_verbs: frozenset[str]
    # Harm that a statement about the future holds over someone ("will have consequences").
    harm: frozenset[str]
    # A cost, harm only when it is said to be paid or steep ("will pay a high price"; not
    # "talks on price"), and the words that say so.
    costs: frozenset[str]
    # Words that set what one will do in place of what one held to: closing the clause
    # ("phase it in over three years instead"), or before a claim pressed ("rather than press
    # for a delay"), a commitment so made gives ground.
    substitution: frozenset[str]
    substitution_links: frozenset[str]
    steep_costs: frozenset[str]
    # Verbs of bringing something about, and events no side wants: a course said to bring
    # them about, now or to come, is a warning ("this creates preconditions for conflicts").
    causation: frozenset[str]
    harmful_events: frozenset[str]
    # "Prepare for disruption": others told to brace for harm are warned of it.
    bracing: frozenset[str]
    # Verdicts that refuse outright ("unacceptable"), and those that accept what the subject
    # names ("the draft is acceptable").
    refusal_words: frozenset[str]
    # "We are not in the business of …": a line of business disowned refuses it.
    disowned_lines: frozenset[str]
    # "They owe the public the recipe": what is owed is asked for.
    owing: frozenset[str]
    # "We have no objection to it": an objection denied accepts.
    objections: frozenset[str]
    # "No choice but to …": of the speaker's side a threat, of another a demand.
    no_choice: frozenset[str]
    # Deeds that disrupt: the speaker's side doing them threatens ("we will block the roads").
    disruption: frozenset[str]
    # "Nobody is going to hand them a veto": what no one will do, the speaker refuses.
    negative_subjects: frozenset[str]
    # "We expect to see all three by June": what one expects to be given, one asks for.
    perceiving: frozenset[str]
    acceptance_predicates: frozenset[str]
    # What can be done: denied of a proposal ("it is not possible to reopen it"), refuses it;
    # granted, it only judges.
    feasibility: frozenset[str]
    # What a modal of ability holds out as bearable: "we can live with it" accepts it.
    bearable: frozenset[str]
    # Time or patience said to be running short, or not to last for ever: a warning without
    # a condition.
    urgency: frozenset[str]
    # Staying the course whatever the cost ("as long as it takes"): pressure held over others.
    resolve: frozenset[str]
    boundless: frozenset[str]
    # A clause that is nothing but assent ("Done.", "Yes to the ceasefire") accepts.
    assent: frozenset[str]
    # Verbs of letting: "we will let the convoys through" holds something out.
    permission: frozenset[str]
    # Their participles: "they will be allowed to observe" is leave granted.
    leave_given: frozenset[str]
    # What others "will find" awaits whoever does as the subject says ("those dragging their
    # feet will find it shut"): the subject picked out by its words or a relative clause.
    reckoning: frozenset[str]
    # "Failed to agree": no agreement at all.
    failing: frozenset[str]
    # What "will be available to" someone is held out to them.
    availability: frozenset[str]
    # An officer of a firm (not of a public body or a union) speaks of "the airline", "the
    # company" as its own.
    firm_roles: frozenset[str]
    public_bodies: frozenset[str]
    firms: frozenset[str]
    # "We did not come here to …": what the speaker's side did not come or fight for.
    past_do: frozenset[str]
    # Verbs taking what was meant as their own infinitive: "did not expect them to …".
    aims: frozenset[str]
    # "I'd be surprised if …", "it would be helpful if …": a view of the condition.
    judging_adjectives: frozenset[str]
    # Before a participle, a passive rather than a past ("does not get built").
    passive_auxiliaries: frozenset[str]
    # Said of something of the speaker's own ("our communication has been poor"), a fault owned.
    shortcomings: frozenset[str]
    # Looking back on what was done ("with hindsight, the consultation was rushed") owns it.
    hindsight: frozenset[str]
    # What the speaker's side will do whatever the other does ("with or without a deal").
    defiance: frozenset[str]
    # What opens what others say or want, set aside ("whatever the downstream states say"):
    # their objection refused.
    heedless: frozenset[str]
    # What "we will …" does next in a process ("we will study the response", "we will see"),
    # rather than a deed held out to the other side.
    process_verbs: frozenset[str]
    restrictive_relatives: frozenset[str]
    # Words setting terms after the main clause ("…, provided they stay on the ground").
    provisos: frozenset[str]
    # Words acknowledging the other side's view: "we understand the concern, but …" refuses.
    appreciation: frozenset[str]
    # An act named as still in force ("the invitation stands") is held out, not told of.
    standing: frozenset[str]
    # What a side's move is aimed at: "vote against", "campaign against".
    opposing: frozenset[str]
    # Opening a sentence before its object, any other word is a verb told to the listener
    # ("Pass this increase and …"): these open sentences otherwise.
    sentence_adverbs: frozenset[str]
    # Particles a verb may take before its object ("Walk out in January", "Switch on the …").
    verb_particles: frozenset[str]
    # Regret, expressed by the speaker's side, concedes; foretold of others, it threatens.
    rueing: frozenset[str]
    picked_out: frozenset[str]
    foreseeing: frozenset[str]
    # Predicates of contentment with what is proposed ("we are pleased with the offer") and
    # the words that link them to it.
    contentment: frozenset[str]
    contentment_links: frozenset[str]
    # Of those, the ones that say contentment only with what they link to ("fine by us";
    # "I'm fine" is not).
    linked_contentment: frozenset[str]
    # Approval of a proposal named as such ("a fair deal", "a good basis").
    approval: frozenset[str]
    deal_nouns: frozenset[str]
    # Verbs of standing behind something: of a deal or a plan, they accept it ("we support the
    # plan"), but not of a country or a cause ("we support Ukraine").
    backing: frozenset[str]
    # A deal said to be concluded, in the present ("the deal's done", "the agreement is
    # signed"): accepted.
    concluded: frozenset[str]
    # Verbs of voting, which back only what they are for ("vote for the deal"; not "vote on").
    voting: frozenset[str]
    voting_links: frozenset[str]
    # Verbs that give a verdict on their object ("we consider it a fair outcome").
    judging: frozenset[str]
    # "Happy to take the deal": taking what is on offer accepts it.
    taking: frozenset[str]
    # A fault owned by the speaker's side ("that's my fault"), or shouldered ("I take full
    # responsibility for that", "we accept the blame"): a concession.
    # Wrongs a side is accused of: denied of its own ("at no point did this company mislead
    # regulators", "his client had never tampered with the ball"), a rejection.
    wrongdoing: frozenset[str]
    # A link denied ("the price has nothing to do with the shortages"): a rejection.
    unrelated: frozenset[str]
    # What one side gives for what the other does ("… in exchange for a freeze"): what the
    # speaker's side could do on such terms is held out.
    exchange: frozenset[str]
    # Words that, before a deal, open a condition that it fails anywhere in a sentence ("would
    # begin cancelling routes absent an agreement", "will strike without a deal").
    deal_lacking: frozenset[str]
    # Going to law against the other side ("we will sue", "will appeal the ruling"): a threat.
    legal_action: frozenset[str]
    # Where going to law ends ("take the case to court", "we'll be in the High Court"),
    # the words that lead there, and what is sought there ("seek an injunction").
    courts: frozenset[str]
    court_links: frozenset[str]
    legal_remedies: frozenset[str]
    # What opens a subject standing for whatever others may do ("Any attempt to fill the
    # reservoir would be …"): a harm foretold of it is a warning.
    any_act: frozenset[str]
    # Answering in kind that is welcome ("would respond positively to the proposal").
    favourably: frozenset[str]
    # Advice to take a deal ("put the offer to members with a recommendation to accept it").
    recommendations: frozenset[str]
    # Those a deal is put to for a vote ("would put the revised offer to members"): a step
    # in ratifying it, not a move of the speaker's side's own.
    electorates: frozenset[str]
    # How far short an adjective falls ("nowhere near good enough", "far from good enough").
    falling_short: frozenset[str]
    faults: frozenset[str]
    shouldering: frozenset[str]
    fault_shares: frozenset[str]  # "full", "sole": how much of it
    # Where responsibility is put on another ("it is up to them", "the onus is on …", "the
    # ball is in their court", "it is for them to …"): a demand of them.
    responsibility: frozenset[str]
    # Verbs of giving and providing: the speaker's side promising one offers it ("we will
    # hire more pilots", "she would table a compromise").
    giving: frozenset[str]
    # Verbs of going along with something: promised of what another side put forward ("we
    # will join the scheme proposed by Oskaria", "would take up the committee's proposal"),
    # or giving what another asked ("would grant the request"), they accept it.
    joining: frozenset[str]
    # Participles that name, after a comma, what the act before them does for another's
    # request: "will grant access, agreeing to the agency's request" accepts it.
    going_along: frozenset[str]
    # Participles of putting forward, before the one who did ("the terms offered by …").
    putting_forward: frozenset[str]
    # Nouns of what one side asks of another.
    request_nouns: frozenset[str]
    # Verbs of pressing a claim, besides those of demanding and refusing: to stop is to give
    # way ("will no longer seek the abolition", "would no longer object to …").
    pressing: frozenset[str]
    # Where what is offered lies ("on the table"), and the verbs that put it there: said of
    # a thing, it is offered, or, denied, refused ("a 50-50 split is not on the table").
    offer_places: frozenset[str]
    # Where a thing is put before the other side ("put a four-year deal in front of him"):
    # offered only when put there, not said of what lies there.
    presented_places: frozenset[str]
    # "All options are on the table" holds force in reserve: a warning, not an offer.
    options: frozenset[str]
    # What follows a predicate said of an "it" that stands for a clause to come ("it is
    # impossible to say …").
    extraposition: frozenset[str]
    placing: frozenset[str]
    # "It is time for them to …": the time has come for someone to act.
    deadline_nouns: frozenset[str]
    # Ways to talk said to be open ("our door is open") or closed, and what is said of them;
    # and what, denied, leaves everything possible ("nothing is off the table").
    openings: frozenset[str]
    open_states: frozenset[str]
    closed_states: frozenset[str]
    nobody_things: frozenset[str]
    # What opens a clause that asks rather than states ("whether they will accept …").
    open_questions: frozenset[str]
    # A clause that is nothing but a refusal ("Not a chance.").
    # What "not" is put before to refuse outright, with no verb: "Not here, not now, not
    # ever.", "Not while I'm mayor.", "Not on this contract." (or any preposition).
    refused_circumstances: frozenset[str]
    negation_adverb: str
    refusal_replies: frozenset[str]
    # What may be there for talks ("there is room to move"): held out, an offer.
    openness_nouns: frozenset[str]
    # Verbs that hold a way to talk open ("keep the channels open").
    keeping: frozenset[str]
    # What answers a provocation ("there will be a response").
    response_nouns: frozenset[str]
    # Words of a fault owned: the speaker's own, a concession ("we made mistakes").
    admissions: frozenset[str]
    # Of those, the ones that admit only without an article ("we gave ground"; "stayed on the
    # ground" admits nothing).
    bare_admissions: frozenset[str]
    # Sorrow for what one's side did: "we are sorry for the harm done" concedes a fault.
    contrition: frozenset[str]
    # What a deal hangs on: "contingent on prior actions" asks for them.
    contingency: frozenset[str]
    contingency_links: frozenset[str]
    # Short of everything sought: "we did not get everything" gives ground.
    totality: frozenset[str]
    # "Our answer was no in March": an answer that is "no" refuses, whatever follows.
    answers: frozenset[str]
    # "It is what we asked for": the speaker's side's own demand met.
    # "What we want is …": the speaker's side's present want, named as a thing; a demand.
    wanting: frozenset[str]
    # "Nothing short of a full return will do": the least that is asked.
    minimums: frozenset[str]
    # "The release is a precondition for talks": what is asked before anything else.
    condition_nouns: frozenset[str]
    sought_starts: frozenset[str]
    seeking: frozenset[str]
    # "That is on us": the fault laid on the speaker's side.
    blame_links: frozenset[str]
    # Excess owned of the past is a fault admitted ("we were too slow"): an admission too.
    excess: frozenset[str]
    # What is too much only to the one who bore it ("we have waited too long").
    endured: frozenset[str]
    # Refusing to pretend, or to say otherwise, admits what is true ("I won't pretend
    # otherwise", "there is no point pretending that …").
    pretence: frozenset[str]
    contrary: frozenset[str]
    # Verbs of saying and believing that hand what follows to their subject ("the government
    # has said it will not …", "nobody believes …").
    hearsay_verbs: frozenset[str]
    # Who a demand is made of when it is the speaker ("they want us to …", "demanded that
    # we …"): the speaker reports another's demand.
    speaker_objects: frozenset[str]
    first_person: frozenset[str]
    # What opens a speaker's naming of their own side in the third person ("this government").
    self_references: frozenset[str]
    # Bodies a speaker may speak for, named in the third person ("the ministry will …"), the
    # determiners that name them so, and the bodies an office implies.
    bodies: frozenset[str]
    # Bodies named without an article ("Management is prepared to …").
    # Indefinite things a clause may describe ("not something we can entertain").
    things: frozenset[str]
    bare_bodies: frozenset[str]
    body_determiners: frozenset[str]
    offices: Mapping[str, tuple[str, ...]]
    # Words counting the sides, which make a subject more than the speaker's ("both sides").
    counted_sides: frozenset[str]
    prepositions: frozenset[str]
    second_person: frozenset[str]
    # Subjects that report what others do ("they have rejected …", "nobody wants …") rather
    # than perform an act of the speaker's.
    third_person: frozenset[str]
    # Subjects that are always someone else, whoever speaks ("they", "nobody"); "he" and "she"
    # are not, since reported speech calls the speaker so ("he was ready to meet …").
    others: frozenset[str]
    possessives: frozenset[str]
    # In reported speech, what the speaker's own side is called by ("her government").
    reported_own: frozenset[str]
    # Auxiliaries of what was done: "we have seen …", "we did …".
    past_auxiliaries: frozenset[str]
    # The auxiliary of a negated present: "we do not recognise …".
    present_auxiliaries: frozenset[str]
    # "be" in the present: "there is a way …" holds out what exists now.
    present_be: frozenset[str]
    # "are", "were": after a plural noun, which is their subject ("the demands are …").
    plural_be: frozenset[str]
    # Words that restrict a subject to itself ("the members alone"), and verbs of deciding:
    # together they refuse anyone else a say.
    exclusives: frozenset[str]
    decision_verbs: frozenset[str]
    # A right held or denied ("no town has a right to …"), and the verbs of holding it.
    entitlements: frozenset[str]
    # What follows a right held over something ("a right to …", "a say in …", "a veto over …"),
    # unlike an adjective ("the right people").
    entitlement_links: frozenset[str]
    possession: frozenset[str]
    # What opens an infinitive: "threatened to leave" reports what may come.
    infinitive_markers: frozenset[str]
    # "Let us …": the speaker proposes to act together with the listener.
    hortative: frozenset[str]
    # Words a subject starts after when read leftwards from its verb ("… the fact that the guild").
    subject_stops: frozenset[str]
    # Conjunctions that join clauses as well as words ("… and we reject it").
    coordinators: frozenset[str]
    # Subjects that stand for no one: "it is imperative", "there is a need".
    impersonal_subjects: frozenset[str]
    # Turns contractions into words the rules read ("won't" → "will not").
    normalize: Callable[[str], str]
    # Attribution: the verbs that report speech, by frame (see `ReportingVerbs`).
    reporting: ReportingVerbs
    # Nouns of saying and believing: with an owner and a "that" clause they report ("her
    # acknowledgment that …", "expressed concern that …"). Nouns of asking are left out: "a
    # key demand that …" names what is asked for, not what anyone said.
    claim_nouns: frozenset[str]
    # Adjectives of feeling and belief that report through a "that" clause ("were frustrated
    # that …").
    attitude_adjectives: frozenset[str]
    # Forms of the verbs that voice a feeling or a belief named by its noun ("voiced concern").
    voicing_verbs: frozenset[str]
    # Words besides reporting verbs that open an attribution ("according to", "made it clear").
    cue_openers: frozenset[str]
    # Sources that "show" or "find": only a poll or a study reports that way.
    evidence_nouns: frozenset[str]
    # What "talked about" and "spoke of" take before their topic.
    topic_prepositions: frozenset[str]
    # The function words that tell the attribution rules where phrases and clauses end.
    grammar: FunctionWords

    # Unions the stance rules look words up in, made once rather than at every word.
    @cached_property
    def modals(self) -> frozenset[str]:
        return self.future | self.ability

    @cached_property
    def past_ability(self) -> frozenset[str]:
        """ "could", "might": what could not be done, not what will not be."""
        return self.tentative - self.future

    @cached_property
    def pronouns(self) -> frozenset[str]:
        return self.first_person | self.second_person | self.third_person

    @cached_property
    def clause_links(self) -> frozenset[str]:
        """Words that open a clause inside another: what follows is not the main verb."""
        grammar = self.grammar
        return grammar.subordinators | grammar.relatives | self.restrictive_relatives

    @cached_property
    def proviso_starts(self) -> frozenset[str]:
        return frozenset(phrase.split()[0] for phrase in self.provisos)

    @cached_property
    def no_commands(self) -> frozenset[str]:
        """Words that open a sentence without commanding: function words and adverbs."""
        grammar = self.grammar
        return (
            self.determiners
            | self.prepositions
            | self.pronouns
            | self.coordinators
            | self.negators
            | self.copulas
            | self.modals
            | self.universal
            | self.counted_sides
            | self.contrast
            | self.concessive
            | self.conditional
            | self.fillers
            | self.sentence_adverbs
            | grammar.auxiliaries
            | grammar.wh_words
            | grammar.adverbial_openers
            | grammar.time_words
        )

    @cached_property
    def clause_subjects(self) -> frozenset[str]:
        """Pronouns that open a clause of their own after "and" (not "he", who may be the
        speaker reported)."""
        return self.first_person | self.second_person | self.others

    @cached_property
    def moods(self) -> frozenset[str]:
        """Words of a move no rule could place: a modal, a wish or a negation."""
        deontic = frozenset(phrase for phrase in self.deontic if " " not in phrase)
        return self.future | self.ability | self.negators | self.volition | deontic

    @cached_property
    def irrealis(self) -> frozenset[str]:
        """Words that speak of what may come: a modal, a condition, a harm, a readiness."""
        deontic = frozenset(phrase for phrase in self.deontic if " " not in phrase)
        marks = self.future | self.ability | self.conditional | self.harm | self.readiness
        return marks | deontic

    @cached_property
    def refusal_phrase_starts(self) -> frozenset[str]:
        return _first_words(self.refusal_phrases)

    @cached_property
    def responsibility_starts(self) -> frozenset[str]:
        return _first_words(self.responsibility)

    @cached_property
    def heedless_starts(self) -> frozenset[str]:
        return _first_words(self.heedless)

    @cached_property
    def offer_place_starts(self) -> frozenset[str]:
        return _first_words(self.offer_places)

    @cached_property
    def presented_place_starts(self) -> frozenset[str]:
        return _first_words(self.presented_places)

    @cached_property
    def choice_starts(self) -> frozenset[str]:
        return _first_words(self.no_choice)

    @cached_property
    def minimum_starts(self) -> frozenset[str]:
        return _first_words(self.minimums)

    @cached_property
    def resolve_starts(self) -> frozenset[str]:
        return _first_words(self.resolve)

    @cached_property
    def bracing_starts(self) -> frozenset[str]:
        return _first_words(self.bracing)

    @cached_property
    def predicate_skips(self) -> frozenset[str]:
        # "is a reasonable basis": an article may come between the verb and its predicate
        falling_short = {word for phrase in self.falling_short for word in phrase.split()}
        return self.fillers | self.negators | self.negation_breakers | falling_short | {"a", "an"}


def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The words phrases start with: where a rule need look for one of them."""
    return frozenset(phrase.split(" ")[0] for phrase in phrases)


def _verb_forms(verbs: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Forms → stance: every inflection of each verb lemma."""
    table: dict[str, str] = {}
    for stance, lemmas in verbs.items():
        for lemma in lemmas:
            head, _, particle = lemma.partition(" ")  # "rule out": the verb inflects, not "out"
            for form in english_inflections(head):
                table.setdefault(f"{form} {particle}".strip(), stance)
    return table


_ADMISSION_FRAMES = frozenset({"true that", "honest that", "no secret that", "fair to say"})
_SUITING = frozenset(
    f"{verb} {person}"
    for verb in ("suits", "suit", "works for", "work for")
    for person in ("us", "me", "everyone", "both sides")
)
# Verbs whose bare form is nearly always the noun ("around the negotiating table"): only
# their other forms name the act ("we tabled a package").
_ENGLISH_NOUN_FIRST_VERBS = frozenset({"table"})
_ENGLISH_SPEECH_ACT_VERBS = {
    "demand": (
        *("demand", "insist", "urge", "request", "require", "call on", "call for"),
        *("push for", "press for"),
    ),
    "reject": (
        *("reject", "refuse", "dismiss", "deny", "rule out", "turn down", "decline", "oppose"),
        *("contest", "brush aside", "wave aside", "vote down", "say no"),
    ),
    "offer": (
        *("offer", "propose", "invite", "promise", "pledge"),
        *("table", "put forward", "float"),
    ),
    "warn": ("warn", "threaten", "caution", "retaliate"),
    "accept": (
        *("accept", "agree", "welcome", "approve", "endorse", "comply", "sign up", "sign"),
        *("abide by", "say yes", "go along", "ratify", "authorise", "authorize"),
        *("vote in favour", "vote in favor"),
    ),
    "concede": (
        *("concede", "admit", "acknowledge", "compromise", "apologise", "apologize"),
        *("recognise", "recognize", "regret"),
        *("settle for", "back down", "back away", "climb down"),
    ),
}
# Verbs of speech acts the speaker performs only in the first person ("we ask you to …", "I
# suggest that …"), never read as the verb reporting a quote: "she asked" mostly puts a
# question, "the figures suggest" only shows.
_ENGLISH_OWN_ACT_VERBS = {"demand": ("ask",), "offer": ("suggest",)}
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
    ("'ve", " have"),
    ("'re", " are"),
    ("'ll", " will"),
    ("'m", " am"),
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


def _reporting_particles(verbs: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """Lemma → the particles it names an act with, for the verbs listed only with one."""
    lemmas = {lemma for group in verbs.values() for lemma in group}
    reporting = _reporting_stances(verbs)
    particles: dict[str, set[str]] = {}
    for lemma in lemmas:
        head, _, particle = lemma.partition(" ")
        if particle and head not in lemmas and head in reporting:
            particles.setdefault(head, set()).add(particle)
    return {head: frozenset(found) for head, found in particles.items()}


# "'s" after a pronoun is "is" ("it's a fantasy"); after a noun it is mostly a possessive.
_ENGLISH_PRONOUN_IS = re.compile(r"\b(it|that|there|he|she|what|who|here|where)'s\b")
_ENGLISH_LET_US = re.compile(r"\blet's\b")


def _normalize_english(text: str) -> str:
    text = text.lower().replace("’", "'")
    for contracted, spelled in _ENGLISH_CONTRACTIONS:
        text = text.replace(contracted, spelled)
    text = _ENGLISH_PRONOUN_IS.sub(r"\1 is", text)
    return _ENGLISH_LET_US.sub("let us", text)


# English function words for the attribution rules.
# Subjects that may stand before a bare verb form ("they say", "officials tell").
_ENGLISH_BARE_SUBJECTS = frozenset({"they", "we", "i", "you", "police", "people"}) | ANONYMOUS_ROLES
_ENGLISH_PREPOSITIONS = frozenset(
    """on in at after before during earlier later last this yesterday today tonight late
    when while following amid with to from by""".split()
)
# Words that open a clause left without its "that" ("emphasizing it was time to …").
_ENGLISH_CLAUSE_OPENERS = frozenset("he she it they we i the this his her its their there".split())
# Words opening a reported question or an embedded clause ("asked whether …", "explained why …").
_ENGLISH_WH_WORDS = frozenset({"why", "how", "what", "whether", "if", "who", "where"})
_ENGLISH_TIME_WORDS = frozenset(
    """today yesterday tonight earlier later recently january february march april may june
    july august september october november december week month year""".split()
)
# Words that open an adverbial rather than a reported clause ("During …", "As the talks began").
_ENGLISH_ADVERBIAL_OPENERS = frozenset(
    """as during while when after before since although though if because following despite
    amid in on at for with without by from under over through throughout until upon unlike
    like among between against""".split()
)
_ENGLISH_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "am"}) | frozenset(
    f"{be}n{mark}t" for be in ("is", "are", "was", "were") for mark in "'’"
)
_ENGLISH_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
_ENGLISH_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_ENGLISH_LISTENERS = frozenset(
    {"reporters", "journalists", "me", "us", "him", "her", "them", "you"}
)
# Where reported content stops: a new clause hung on with a participle or a conjunction.
_ENGLISH_CONTENT_STOP = re.compile(
    r";|\s[—–]\s|,\s+(?:\w+\s+){0,2}?(?:adding|noting|saying|stressing|insisting|arguing|"
    r"warning|dismissing|rejecting|accusing|citing|referring|calling|prompting|sparking|"
    r"leaving|underlining|emphasizing|emphasising|explaining|claiming|pointing|describing|"
    r"suggesting|acknowledging|admitting|according)\b|"
    r",\s+(?:but|and|while|yet|whereas)\s+(?:also\s+|then\s+|later\s+|still\s+)?"
    r"(?:did|does|do|has|have|had|was|were|is|are|will|would|could|can|said|says|added|"
    r"declined|refused|gave|made|expressed|appeared|seemed)\b|"
    # ", but Shelby said …": another speaker's statement joined on
    r",\s+(?:but|and|while|yet|whereas)\s+(?:[\w.’'-]+\s+){1,3}?(?:said|says|told|tells|added|"
    r"noted|argued|insisted|warned|stressed|acknowledged|conceded|countered|replied)\b|"
    # "X, who urged restraint, said …": the relative clause ends where the main verb comes
    r",\s+(?:has\s+|had\s+|have\s+)?(?:said|says|told|tells|added|noted|argued|insisted|"
    r"warned|stressed|replied)\b"
)


# Participles whose object is what the speaker gives as a reason or asks for (", citing …").
_ENGLISH_OBJECT_PARTICIPLES = frozenset(
    {"cite", "demand", "urge", "request", "propose", "accuse", "blame", "praise", "criticize"}
)
# A clause without its "that": a subject pronoun, then an auxiliary ("announced it would …").
_ENGLISH_CLAUSE_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "there"})
_ENGLISH_AUXILIARIES = frozenset(
    "would will had has have was were is are could can may might should must did does".split()
)
# Words that end a noun phrase before any verb of its own ("believe the story that was …").
_ENGLISH_CLAUSE_BREAKS = frozenset("that which who whom whose and or but to as".split())
_ENGLISH_SUBJECT_JOINS = frozenset({"and", "to"})
# Words a clause's subject does not hold ("felt comfortable with it because they could").
_ENGLISH_SUBJECT_STOPS = _ENGLISH_CLAUSE_BREAKS | _ENGLISH_PREPOSITIONS | {"about", "because"}
_ENGLISH_PLURAL_WORDS = frozenset("some others all many most few both people percent".split())
_ENGLISH_NOUN_DETERMINERS = frozenset(
    "the a an all his her its their our my your this these those any some no every each".split()
)
_ENGLISH_RELATIVES = frozenset({"which", "who", "whom", "whose"})
_ENGLISH_ARTICLES = frozenset("the a an his her its their our my your".split())
# Words between an auxiliary and its verb ("did not", "could never", "will also").
_ENGLISH_AUXILIARY_ADVERBS = frozenset({"not", "never", "also", "still", "even", "just"})
_ENGLISH_ASIDES = frozenset({"however", "meanwhile", "though", "too", "instead", "also", "now"})
# Bare verb forms that are just as often nouns heading a phrase of their own.
_ENGLISH_NOUN_LIKE = frozenset(
    """call post report state point answer comment demand charge counter estimate reply claim
    remark request quote question hint tweet welcome blame promise vow repeat""".split()
)
# A group named before a verb of speech: its head comes before the words that tie it together.
_ENGLISH_GROUP_LINKS = frozenset(
    "of on in from at across around close familiar with who whom i we".split()
)
_ENGLISH_GROUP_WORDS = frozenset("those many most all some others few people".split())
_ENGLISH_GROUP_BREAKS = frozenset("that which but or when while if as because not".split())
_ENGLISH_CIRCUMSTANCE_OPENERS = frozenset("as until because since unless".split())
_ENGLISH_SUBORDINATORS = frozenset(
    "while when as after before although though since because".split()
)
# "talk" and "talks" are nearly always the noun ("the talks that …") in the news.
_ENGLISH_NOUN_FORMS = frozenset({"talk", "talks"})
# Verbs that link a subject to a feeling ("were frustrated", "felt confident").
_ENGLISH_LINKING_VERBS = _ENGLISH_BE_FORMS | frozenset(
    """being feel feels felt seem seems seemed remain remains remained become becomes became
    grew grow grows""".split()
)
# Not "so" or "too": "so angry that she left" tells what followed, not what she held.
_ENGLISH_DEGREE_WORDS = frozenset("very deeply increasingly more quite equally all both".split())
# Subjects that are the writer's, not a speaker's ("it is certain that …").
_ENGLISH_IMPERSONAL = frozenset("it this that there which what".split())
_ENGLISH_LEADING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "but,", "and,", "however,"})
# Words that tell a speaker's sentence from the writer's narration: the first person and
# what must or will be.
_ENGLISH_SPOKEN_WORDS = frozenset(
    """we our us i my will would must should shall can cannot won't wouldn't can't""".split()
)
# Labels a paper writes before its own words, never a speaker's name.
_ENGLISH_EDITORIAL_LABELS = frozenset(
    {"correction", "corrections", "clarification", "update", "editor's note", "editor’s note"}
    | {"note", "the latest", "related", "advertisement", "watch", "read more", "photo", "video"}
)


_ENGLISH_ANONYMITY_REQUEST = re.compile(
    r"(?:not\s+)?to\s+be\s+(?:named|identified|quoted)\b|to\s+remain\s+anonymous\b"
)


_ENGLISH_FUNCTION_WORDS = FunctionWords(
    bare_subjects=_ENGLISH_BARE_SUBJECTS,
    prepositions=_ENGLISH_PREPOSITIONS,
    clause_openers=_ENGLISH_CLAUSE_OPENERS,
    wh_words=_ENGLISH_WH_WORDS,
    time_words=_ENGLISH_TIME_WORDS,
    adverbial_openers=_ENGLISH_ADVERBIAL_OPENERS,
    be_forms=_ENGLISH_BE_FORMS,
    parts_of_day=_ENGLISH_PARTS_OF_DAY,
    weekdays=_ENGLISH_WEEKDAYS,
    listeners=_ENGLISH_LISTENERS,
    content_stop=_ENGLISH_CONTENT_STOP,
    object_participles=_ENGLISH_OBJECT_PARTICIPLES,
    clause_subjects=_ENGLISH_CLAUSE_SUBJECTS,
    auxiliaries=_ENGLISH_AUXILIARIES,
    clause_breaks=_ENGLISH_CLAUSE_BREAKS,
    subject_joins=_ENGLISH_SUBJECT_JOINS,
    subject_stops=_ENGLISH_SUBJECT_STOPS,
    plural_words=_ENGLISH_PLURAL_WORDS,
    noun_determiners=_ENGLISH_NOUN_DETERMINERS,
    relatives=_ENGLISH_RELATIVES,
    articles=_ENGLISH_ARTICLES,
    auxiliary_adverbs=_ENGLISH_AUXILIARY_ADVERBS,
    asides=_ENGLISH_ASIDES,
    noun_like=_ENGLISH_NOUN_LIKE,
    group_links=_ENGLISH_GROUP_LINKS,
    group_words=_ENGLISH_GROUP_WORDS,
    group_breaks=_ENGLISH_GROUP_BREAKS,
    circumstance_openers=_ENGLISH_CIRCUMSTANCE_OPENERS,
    subordinators=_ENGLISH_SUBORDINATORS,
    condition_openers=frozenset("if unless until once provided providing".split()),
    future_modals=frozenset({"will", "shall"}),
    joined_modals=frozenset({"will", "would", "could", "can"}),
    workplace_links=frozenset({"at", "with"}),
    adverbial_followers=_ENGLISH_PREPOSITIONS
    | _ENGLISH_ARTICLES
    | frozenset("about against over into through across toward towards for of without".split()),
    noun_forms=_ENGLISH_NOUN_FORMS,
    linking_verbs=_ENGLISH_LINKING_VERBS,
    degree_words=_ENGLISH_DEGREE_WORDS,
    impersonal=_ENGLISH_IMPERSONAL,
    leading_conjunctions=_ENGLISH_LEADING_CONJUNCTIONS,
    spoken_words=_ENGLISH_SPOKEN_WORDS,
    editorial_labels=_ENGLISH_EDITORIAL_LABELS,
    anonymity_request=_ENGLISH_ANONYMITY_REQUEST,
    absolute_openers=frozenset({"with"}),
    refusals=frozenset({"decline", "refuse"}),
    withheld_speech=frozenset("comment say elaborate speculate confirm specify answer".split()),
)


ENGLISH = LanguageProfile(
    code="en",
    name="English",
    speech_act_verbs={
        form: stance
        for form, stance in _verb_forms(_ENGLISH_SPEECH_ACT_VERBS).items()
        if form not in _ENGLISH_NOUN_FIRST_VERBS
    },
    speech_act_lemmas={
        form: lemma
        for lemmas in _ENGLISH_SPEECH_ACT_VERBS.values()
        for lemma in lemmas
        if " " not in lemma
        for form in english_inflections(lemma)
    }
    | {
        form: "concede"
        for lemma in ("drop", "abandon", "waive", "relinquish", "scrap", "shelve", "soften")
        for form in english_inflections(lemma)
    },
    stance_verbs={
        "demand": "demand",
        "reject": "reject",
        "offer": "offer",
        "warn": "warn",
        "accept": "agree",
        "concede": "concede",
    },
    pluperfect="had",
    own_act_verbs=_verb_forms(_ENGLISH_OWN_ACT_VERBS),
    speech_act_nouns={w: stance for stance, ws in _ENGLISH_SPEECH_ACT_NOUNS.items() for w in ws},
    verbal_nouns=frozenset("request promise pledge".split()),
    granting=frozenset(english_inflections("accept")),
    yielding=frozenset("cut lower reduce close hand sell leave freeze forgo give scale".split()),
    manner=frozenset("reluctantly grudgingly finally eventually formally unanimously".split()),
    hesitation=frozenset({"hesitate"}),
    intolerance=frozenset({"stand for"}),
    reporting_stances=_reporting_stances(_ENGLISH_SPEECH_ACT_VERBS),
    reporting_particles=_reporting_particles(_ENGLISH_SPEECH_ACT_VERBS),
    readiness=frozenset(
        """ready willing prepared preparing eager open interested glad happy delighted pleased
        committed determined""".split()
    ),
    readiness_links=frozenset("to for in".split()),
    readiness_phrases=frozenset({"in a position", "available"}),
    way_word="how",
    sufficiency="enough",
    comparatives=frozenset({"more", "better"}),
    recurrence=frozenset({"be repeated", "happen again"}),
    ruled_out=frozenset({"question of"}),
    enabling=frozenset({"help", "helps", "takes"}),
    persistence=frozenset({"keep", "continue"}),
    remaining=frozenset({"stay", "remain"}),
    intending=frozenset((*english_inflections("intend"), *english_inflections("plan"))),
    raising=frozenset(english_inflections("lift")),
    bids={"bid": "offer", "bids": "offer"},
    deontic=frozenset(
        {"must", "should", "need to", "needs to", "have to", "has to", "ought to", "need for"}
        | {"obliged to", "required to", "obligated to"}
        # reported speech shifts the tense back: "said they had to leave"
        | {"had to", "needed to"}
    ),
    impersonal_deontic=frozenset("imperative necessary essential vital crucial incumbent".split()),
    future=frozenset("will shall would".split()) | {"going to", "about to"},
    # Only the present: "what we wanted" tells a past wish, not a demand.
    volition=frozenset("want wants wanted seek seeks sought desire".split()),
    third_person_volition=frozenset("wants wanted seeks sought desires".split()),
    ability=frozenset("can could".split()),
    fillers=frozenset(
        "also still now then further again fully absolutely certainly happily gladly readily".split()
    ),
    negators=frozenset("not no never nor neither".split()),
    negative_determiners=frozenset({"no"}),
    pairs=frozenset({"both", "two"}),
    sides=frozenset(
        """sides parties delegations governments countries camps teams negotiators leaders
        states nations""".split()
    ),
    entailing=frozenset({"means", "mean", "spells"}),
    predicate_links=("is", "are"),
    framing_links=frozenset({"as"}),
    negation_breakers=frozenset("just only merely simply".split()),
    intent_nouns=frozenset("plan plans intention intentions".split()),
    tentative=frozenset("would could might".split()),
    consideration=frozenset(
        "consider explore examine study look weigh accept agree welcome support".split()
    ),
    abandonment=frozenset(
        _verb_forms(
            {
                "concede": (
                    *"drop abandon waive relinquish lift suspend withdraw scrap shelve end".split(),
                    *("give up", "call off", "soften", "scale back", "water down", "let go"),
                )
            }
        )
    ),
    cessation=frozenset({"no longer"}),
    obstruction=frozenset(
        f"{form} in the way" for form in ("stand", "standing", "stood", "get", "getting")
    ),
    participation=frozenset({"party to", "part of", "a party to", "a part of"}),
    resistance=frozenset(english_inflections("resist")),
    objecting=frozenset(
        form for lemma in ("oppose", "contest", "block") for form in english_inflections(lemma)
    ),
    claims=frozenset(
        "claim claims objection objections condition conditions insistence requirement".split()
    ),
    participles=frozenset(
        """given taken told made driven forced shown seen held done beaten brought met frozen
        broken chosen spoken written known thrown drawn sent paid built kept left lost cut hit
        put set shut spent struck sold fought caught taught bought won stolen gave got gotten
        went been""".split()
    ),
    existential=frozenset({"there"}),
    generic_subjects=frozenset("any anyone anybody whoever".split()),
    universal=frozenset("anything everything every all any".split()),
    responses=frozenset("respond react retaliate hit strike defend walk".split()),
    retorts=frozenset({"answer"}),
    dares=frozenset("push raise touch try cross test force grant cut move impose cap let".split()),
    one_more=frozenset({"one more", "another", "any more"}),
    reason_questions=frozenset({"why"}),
    ended=frozenset("over off finished dead suspended".split()),
    imperatives=frozenset(
        """stop end halt cease withdraw pull give lift release return respect leave open
        close hand send take keep show put recognise recognize pay honour honor reverse accept
        sign drop scrap abandon freeze bring restore reinstate reopen allow match fund resume
        publish disclose explain""".split()
    ),
    objects=frozenset("us them me him it".split()),
    expectation=frozenset(
        {"expect", "expects", "expected", "need", "needs", "count on", "counts on", "counting on"}
    ),
    sentence_conditionals=frozenset({"should", "without"}),
    inverting_modals=frozenset({"should"}),
    reciprocity=frozenset(
        "same likewise match matches matched matching reciprocate reciprocates".split()
    ),
    incredulity=frozenset({"really", "seriously", "honestly"}),
    body_possessives=frozenset({"its", "their"}),
    finding=frozenset(
        form for lemma in ("see", "find", "have") for form in english_inflections(lemma)
    ),
    conclusive=frozenset({"so", "hence", "therefore"}),
    pretexts=frozenset("reason reasons grounds need case basis justification".split()),
    pretext_links=frozenset({"to", "for", "why"}),
    alternatives=frozenset({"or"}),
    overdue=frozenset({"high", "about"}),
    lacking=frozenset({"need", "needs"}),
    requesting=frozenset({"ask", "instruct", "order"}),
    suiting=_SUITING,
    suiting_starts=frozenset(phrase.split()[0] for phrase in _SUITING),
    possibility=frozenset({"may"}),
    privation=frozenset({"without"}),
    admonitions=frozenset(
        {"surprised", "under no illusion", "in no doubt", "in any doubt", "complacent"}
    ),
    complacency=frozenset({"assume", "underestimate"}),
    granted="granted",
    hindering=frozenset(english_inflections("block")),
    deed_particles=frozenset({"into", "off"}),
    past_wishes=frozenset({"wanted", "sought", "expected"}),
    drift=frozenset(
        "rise fall grow shrink climb increase decrease slow continue persist last exceed".split()
    ),
    first_person_singular="i",
    first_person_plural="we",
    negative_adverbials=frozenset(
        {"under no circumstances", "in no way", "by no means", "at no point", "in no case"}
        | {"at no time", "at no stage"}
    ),
    suffering=frozenset(
        form for lemma in ("lose", "suffer") for form in english_inflections(lemma)
    ),
    admission_frames=_ADMISSION_FRAMES,
    admission_starts=frozenset(frame.split()[0] for frame in _ADMISSION_FRAMES),
    contrition_nouns=frozenset({"regret", "regrets", "apology", "apologies"}),
    passivity=frozenset(
        {"sit idly", "stand idly", "sit back", "sit and watch", "sit by"}
        | {"stand and watch", "look on"}
    ),
    resting=frozenset({"lies", "rests", "lay", "rested"}),
    goodwill=frozenset({"gesture", "goodwill", "faith"}),
    doing=frozenset({"do", "manage"}),
    others_own=frozenset({"theirs", "yours"}),
    fear=frozenset({"afraid", "scared", "shy"}),
    burdens=frozenset({"responsibility", "blame", "fault", "consequences", "onus"}),
    signature=frozenset({"name to", "signature to"}),
    indefinite_articles=frozenset({"a", "an"}),
    others_as_objects=frozenset({"them"}),
    schedule=frozenset(
        """again tomorrow monday tuesday wednesday thursday friday saturday sunday week
        fortnight month course""".split()
    ),
    yes="yes",
    welcome=frozenset("helpful useful welcome appreciated good nice".split()),
    impatience=frozenset({"how many more", "how much longer", "how long"}),
    occurrence=frozenset(
        form for lemma in ("happen", "occur", "fly") for form in english_inflections(lemma)
    ),
    anaphoric_subjects=frozenset({"it", "that", "this"}),
    accommodation=frozenset(
        form
        for lemma in (
            *("want", "wish", "drop", "accept", "agree", "withdraw", "succeed", "hold"),
            *("cover", "fund", "pay", "provide"),
        )
        for form in english_inflections(lemma)
        if not form.endswith("ing")
    ),
    failures=frozenset(
        """not no never nor unless without fail fails failed keep keeps kept continue
        continues continued refuse refuses refused stay stays stayed persist persists
        persisted withhold withholds withheld remain remains remained unpaid absent
        failing""".split()
    ),
    refusal_predicates=frozenset(
        """impossible unrealistic unworkable absurd ridiculous worthless meaningless pointless
        unreasonable laughable unthinkable insult nonsense fantasy fiction blackmail sham farce
        stunt false untrue baseless unfounded groundless""".split()
    ),
    refusal_phrases=frozenset(
        {
            *("out of the question", "off the table", "red line", "fig leaf", "brush-off"),
            *("dead on arrival", "nowhere near", "falls short", "fall short", "falls far short"),
            *("off the agenda", "not on the agenda"),
        }
    ),
    copulas=frozenset(
        "be am is are was were been being remain remains remained stand stands stood".split()
    ),
    determiners=frozenset("the a an its their our his her this these those".split()),
    # Counts too: "the three proposed data centres"
    noun_modifiers=frozenset(
        """first second third new latest final revised initial opening last best improved
        original earlier previous so-called two three four five six seven eight nine ten
        eleven twelve dozen several""".split()
    ),
    contrast=frozenset("but however yet nevertheless".split()),
    concessive=frozenset("although though whereas despite".split()),
    conditional=frozenset("if unless".split()),
    moment_conditions=frozenset({"the moment", "the minute", "the second", "the day"}),
    awaiting=frozenset({"until", "till"}),
    prior_conditions=frozenset({"before"}),
    granting_time=frozenset(
        form for lemma in ("give", "allow") for form in english_inflections(lemma)
    ),
    calendar=frozenset(
        """january february march april may june july august september october november
        december monday tuesday wednesday thursday friday saturday sunday end next tomorrow
        tonight midnight now then week month year spring summer autumn winter notice""".split()
    ),
    restricting=frozenset({"only"}),
    restricted_conditions=frozenset({"when", "once", "after"}),
    not_before=frozenset(
        f"not {time}before" for time in ("", "a day ", "one day ", "a minute ", "a moment ")
    ),
    cooperation=frozenset(
        """discuss discussing discussion discussions talk talks dialogue dialog negotiate
        negotiating negotiation negotiations meet meeting meetings cooperate cooperation
        conversation conversations communication
        engage consult consultations solution solutions agreement settlement listen""".split()
    ),
    light_verbs=frozenset("enter join hold continue resume start begin find reach pursue".split()),
    harm=frozenset(
        """consequences retaliation punishment costly sanctions fines penalties regret
        peril countermeasures hostile provocation aggression unanswered""".split()
    ),
    costs=frozenset({"price"}),
    substitution=frozenset({"instead", "rather"}),
    substitution_links=frozenset({"than", "of"}),
    steep_costs=frozenset("high heavy steep huge terrible dear pay pays paid paying".split()),
    causation=frozenset(
        form
        for lemma in ("create", "lead", "provoke", "fuel", "cause", "trigger", "spark", "risk")
        for form in english_inflections(lemma)
    ),
    harmful_events=frozenset(
        """conflict conflicts incidents incident escalation war confrontation collapse crisis
        chaos bloodshed violence instability harm damage disruption fight fights trouble""".split()
    ),
    bracing=frozenset(
        f"{verb} for" for lemma in ("prepare", "brace") for verb in english_inflections(lemma)
    ),
    refusal_words=frozenset(
        "unacceptable non-negotiable non-starter non-starters undervalues undervalue".split()
    ),
    # Businesses a side says it is not in: "we are not in the business of overpaying".
    disowned_lines=frozenset({"in the business of", "in a position to"}),
    owing=frozenset({"owe", "owes", "owed"}),
    objections=frozenset({"objection", "objections", "quarrel"}),
    no_choice=frozenset(
        f"no {noun} but" for noun in ("choice", "option", "alternative", "other choice")
    ),
    disruption=frozenset(
        """block blockade boycott picket shut occupy disrupt paralyse stoppage walkout strike
        strikes""".split()
    ),
    negative_subjects=frozenset({"nobody", "no one", "none", "not a single"}),
    perceiving=frozenset({"see", "receive", "get", "hear"}),
    acceptance_predicates=frozenset(
        "acceptable reasonable workable welcome sensible serious credible adequate sufficient".split()
    ),
    feasibility=frozenset("possible feasible realistic affordable viable doable".split()),
    bearable=frozenset({"live with", "work with", "swallow", "stomach"}),
    urgency=frozenset({"running out", "wearing thin", "closing"}),
    resolve=frozenset(
        {"as long as it takes", "as long as necessary", "by every means", "by all means"}
        | {"by every lawful means", "by every legal means", "by all necessary means"}
        | {"by whatever means", "by any means", "by any means necessary"}
    ),
    boundless=frozenset({"endless", "infinite", "unlimited"}),
    assent=frozenset({"yes to", "done", "agreed", "deal"}),
    permission=frozenset("let allow permit".split()),
    leave_given=frozenset("allowed permitted".split()),
    reckoning=frozenset("find discover".split()),
    failing=frozenset("failed fail fails unable".split()),
    availability=frozenset({"available", "free"}),
    firm_roles=frozenset(
        "executive ceo director chairman chairwoman chair owner founder manager".split()
    ),
    public_bodies=frozenset(
        """union ministry government council party commission agency authority federation
        association guild minister secretary mayor""".split()
    ),
    firms=frozenset(
        """company firm airline carrier group club bank operator studio chain retailer
        manufacturer insurer landlord publisher platform developer consortium""".split()
    ),
    past_do=frozenset({"did"}),
    aims=frozenset("want expect mean plan intend need ask hope try wish".split()),
    judging_adjectives=frozenset("surprised astonished helpful useful".split()),
    passive_auxiliaries=frozenset("be is are was were been being get gets got getting".split()),
    shortcomings=frozenset("poor inadequate insufficient flawed slow".split()),
    hindsight=frozenset({"in hindsight", "with hindsight", "in retrospect", "looking back"}),
    defiance=frozenset({"with or without", "regardless of", "come what may", "no matter what"}),
    heedless=frozenset({"whatever", "no matter what"}),
    process_verbs=frozenset(
        """see continue keep study examine review consider follow monitor watch report
        reconvene meet hear name publish announce decide wait look assess reflect respond
        listen discuss talk return find try""".split()
    ),
    restrictive_relatives=frozenset({"that"}),
    provisos=frozenset({"provided", "providing", "as long as", "so long as"}),
    appreciation=frozenset(
        """understand respect appreciate grateful flattered thankful sympathise sympathize
        honoured honored""".split()
    ),
    standing=frozenset("stands remains holds".split()),
    opposing=frozenset({"against"}),
    sentence_adverbs=frozenset(
        """there here so yes no please thanks well only even just perhaps maybe instead
        once twice every each what both almost nearly roughly quite rather""".split()
    ),
    verb_particles=frozenset("out up on off down back away over in".split()),
    rueing=frozenset(english_inflections("regret")),
    foreseeing=frozenset("will would may might could".split()),
    picked_out=frozenset("those anyone whoever any".split()),
    contentment=frozenset(
        "pleased satisfied happy glad delighted comfortable content encouraged fine".split()
    ),
    contentment_links=frozenset("with that about by".split()),
    linked_contentment=frozenset({"fine"}),
    approval=frozenset("good fair balanced positive decent".split()),
    deal_nouns=frozenset(
        """deal offer agreement compromise proposal basis step outcome settlement package plan
        scheme terms text accession framework mandate initiative reform bill motion
        resolution ceasefire truce armistice""".split()
    ),
    taking=frozenset(english_inflections("take")),
    falling_short=frozenset({"nowhere near", "far from", "not nearly"}),
    recommendations=frozenset({"recommendation", "recommending", "advice", "advising"}),
    electorates=frozenset("members membership vote ballot shareholders referendum".split()),
    any_act=frozenset({"any"}),
    favourably=frozenset({"positively", "favourably", "favorably", "constructively"}),
    legal_action=frozenset(
        form
        for lemma in ("sue", "appeal", "litigate", "prosecute")
        for form in english_inflections(lemma)
    ),
    courts=frozenset({"court", "courts", "tribunal"}),
    court_links=frozenset({"to", "in", "before"}),
    legal_remedies=frozenset({"injunction", "lawsuit", "damages"}),
    deal_lacking=frozenset({"without", "absent", "failing"}),
    exchange=frozenset({"in exchange for", "in return for"}),
    wrongdoing=frozenset(
        form
        for lemma in (
            *"mislead lie cheat deceive conceal hide falsify fabricate bribe tamper".split(),
            *"violate breach defraud manipulate rig doctor leak spy harass".split(),
        )
        for form in english_inflections(lemma)
    ),
    unrelated=frozenset({"nothing to do with"}),
    faults=frozenset({"fault", "blame"}),
    fault_shares=frozenset({"full", "sole", "all", "some", "partial"}),
    shouldering=frozenset(
        form
        for lemma in ("take", "accept", "bear", "shoulder")
        for form in english_inflections(lemma)
    ),
    judging=frozenset(
        form
        for lemma in ("consider", "regard", "deem", "find")
        for form in english_inflections(lemma)
    )
    | {"found"},
    backing=frozenset(
        form for lemma in ("support", "back", "recommend") for form in english_inflections(lemma)
    ),
    concluded=frozenset("done signed sealed settled ratified".split()),
    voting=frozenset(english_inflections("vote")),
    voting_links=frozenset({"for", "in favour of", "in favor of"}),
    responsibility=frozenset({"up to", "onus", "court", "for"}),
    joining=frozenset(
        form
        for lemma in """join enter adopt implement go follow honour honor receive observe apply
        meet grant satisfy""".split()
        for form in english_inflections(lemma)
    ),
    going_along=frozenset(
        form
        for lemma in """agree accept meet grant satisfy honour honor adopt match""".split()
        for form in english_inflections(lemma)
        if form.endswith("ing")
    ),
    putting_forward=frozenset("proposed offered tabled suggested set forward drafted".split()),
    pressing=frozenset(
        form
        for lemma in ("seek", "pursue", "object", "block", "claim", "fight")
        for form in english_inflections(lemma)
    ),
    request_nouns=frozenset(
        """request requests requirement requirements demand demands condition conditions
        recommendation recommendations call calls""".split()
    ),
    giving=frozenset(
        """give provide guarantee grant hire table extend release return share contribute
        invest compensate fund restore reopen match submit cover pay sell license supply
        deliver lower cap waive halve lend loan""".split()
    ),
    offer_places=frozenset(
        {"on the table", "for sale", "on offer", "up for discussion", "up for negotiation"}
    ),
    presented_places=frozenset({"in front of"}),
    options=frozenset({"option", "options"}),
    placing=frozenset(
        form
        for lemma in ("put", "place", "lay", "bring", "table")
        for form in english_inflections(lemma)
    ),
    deadline_nouns=frozenset({"time", "turn"}),
    openings=frozenset("door doors channel channels window".split()),
    open_states=frozenset({"open"}),
    closed_states=frozenset({"closed", "shut"}),
    nobody_things=frozenset({"nothing"}),
    open_questions=frozenset({"whether"}),
    refusal_replies=frozenset(
        {"not a chance", "no way", "never", "no", "not even"}
        | {"absolutely not", "certainly not", "definitely not", "of course not"}
    ),
    refused_circumstances=frozenset("while here now ever today again so".split()),
    negation_adverb="not",
    openness_nouns=frozenset("room scope way path space alternative".split()),
    keeping=frozenset("keep keeps keeping kept leave leaves".split()),
    response_nouns=frozenset("response reaction retaliation consequences".split()),
    admissions=frozenset(
        """mistake mistakes wrong underestimated misjudged misread error errors ground
        flexibility too overpromised over-promised overplayed overreached overestimated
        stubborn""".split()
    ),
    bare_admissions=frozenset({"ground"}),
    excess=frozenset({"too"}),
    answers=frozenset({"answer", "reply", "response"}),
    sought_starts=frozenset({"what"}),
    wanting=frozenset("want need seek expect demand require ask after".split()),
    minimums=frozenset({"nothing short of", "nothing less than", "at the very least"}),
    condition_nouns=frozenset({"precondition", "prerequisite", "condition"}),
    seeking=frozenset("asked wanted sought demanded needed hoped proposed".split()),
    blame_links=frozenset({"on"}),
    totality=frozenset({"everything"}),
    contingency=frozenset({"contingent", "conditional", "dependent"}),
    contingency_links=frozenset({"on", "upon"}),
    contrition=frozenset({"sorry", "ashamed"}),
    endured=frozenset({"long", "patient"}),
    pretence=frozenset(english_inflections("pretend")),
    contrary=frozenset({"otherwise"}),
    hearsay_verbs=frozenset(
        form
        for lemma in ("say", "tell", "claim", "believe", "think", "announce")
        for form in english_inflections(lemma)
    ),
    speaker_objects=frozenset("us me".split()),
    first_person=frozenset("we i us our my me".split()),
    self_references=frozenset({"this"}),
    bodies=frozenset(
        """government ministry department authority council board committee union company
        federation association guild agency commission bank league club university party
        administration cabinet presidency office secretariat delegation alliance coalition
        group trust museum federation fund management city town airline carrier firm
        operator studio chain retailer manufacturer insurer landlord publisher platform
        developer consortium state""".split()
    ),
    body_determiners=frozenset({"the", "this"}),
    bare_bodies=frozenset({"management", "labour", "labor"}),
    things=frozenset({"something", "anything", "one", "thing"}),
    offices={
        "minister": ("ministry", "government"),
        "president": ("government", "presidency", "administration"),
        "premier": ("government",),
        "chancellor": ("government",),
        # a minister may be a region's ("the upper riparian state" is another); the
        # government's spokesman speaks for the state
        "government": ("state", "administration"),
        "secretary": ("department", "government"),
        "mayor": ("city", "town", "council"),
        "chair": ("board", "committee", "council"),
        "chairman": ("board", "committee", "council"),
        "chairwoman": ("board", "committee", "council"),
        "executive": ("company", "board"),
        "director": ("company", "agency", "board"),
        "manager": ("company", "management"),
        "governor": ("bank",),
        "leader": ("party", "union", "council"),
    },
    reported_own=frozenset({"his", "her", "its"}),
    counted_sides=frozenset("both neither all each most many some few".split()),
    prepositions=frozenset("under in at on by for with from of to".split()),
    second_person=frozenset({"you"}),
    third_person=frozenset("they he she nobody everyone everybody anyone someone".split()),
    others=frozenset("they nobody everyone everybody someone".split()),
    possessives=frozenset("our my their his her its your".split()),
    past_auxiliaries=frozenset("have has had did was were".split()),
    present_auxiliaries=frozenset({"do", "does"}),
    present_be=frozenset({"is", "are", "'s"}),
    plural_be=frozenset({"are", "were"}),
    exclusives=frozenset({"alone", "only", "solely"}),
    entitlements=frozenset({"right", "say", "veto"}),
    entitlement_links=frozenset("to in over on and".split()),
    possession=frozenset({"has", "have", "had"}),
    decision_verbs=frozenset(
        form for lemma in ("decide", "choose", "determine") for form in english_inflections(lemma)
    ),
    infinitive_markers=frozenset({"to"}),
    hortative=frozenset({"let us", "let's"}),
    subject_stops=frozenset("that who which so".split()),
    coordinators=frozenset({"and", "or", "nor"}),
    impersonal_subjects=frozenset({"it", "there"}),
    extraposition=frozenset({"to", "that", "whether", "how", "what"}),
    normalize=_normalize_english,
    reporting=reporting_verbs(_ENGLISH_REPORTING_VERBS, english_inflections),
    claim_nouns=frozenset(
        """claim claims assertion assertions acknowledgment acknowledgement admission argument
        arguments insistence contention belief beliefs conviction assurance assurances warning
        warnings suggestion suggestions hope hopes fear fears concern concerns worry worries
        complaint complaints allegation allegations accusation accusations denial denials
        prediction predictions conclusion recognition confidence optimism doubt doubts
        frustration""".split()
    ),
    attitude_adjectives=frozenset(
        """frustrated confident convinced afraid incensed worried concerned hopeful optimistic
        pessimistic adamant certain angry upset furious outraged disappointed skeptical
        sceptical insistent unhappy pleased glad delighted satisfied alarmed fearful nervous
        doubtful persuaded proud""".split()
    ),
    voicing_verbs=frozenset(
        "express expressed expresses expressing voice voiced voices voicing raise raised".split()
    ),
    cue_openers=frozenset({"according", "made", "makes", "making"}),
    evidence_nouns=frozenset(
        """poll polls survey surveys study studies report reports data analysis research review
        investigation audit figures records documents numbers results census estimates video
        videos footage average averages tally""".split()
    ),
    topic_prepositions=frozenset({"about", "of"}),
    grammar=_ENGLISH_FUNCTION_WORDS,
)

PROFILES = {profile.code: profile for profile in (ENGLISH,)}
DEFAULT_LANGUAGE = ENGLISH.code


def profile_for(language: str | None) -> LanguageProfile | None:
    """The profile for an ISO 639-1 code; an unknown or empty code reads as the default."""
    return PROFILES.get(language or DEFAULT_LANGUAGE)


def language_name(language: str) -> str:
    return LANGUAGE_NAMES.get(language, language)


def no_quotes_reason(language: str | None) -> str:
    """Why an article in this language gets no suggested quotes, in an editor's words; empty
    when the engine reads the language."""
    if not language or profile_for(language) is not None:
        return ""  # no language detected reads as the default
    read = " and ".join(profile.name for profile in PROFILES.values())
    return f"Quotes are suggested for {read} articles only; this one reads as {language_name(language)}."
