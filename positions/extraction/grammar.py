"""The grammar of speech acts: which stance a quote's words take, and on what evidence.

Rules, not phrases: a verb that names the act ("we reject"), readiness ("willing to meet"),
obligation and who bears it ("the league must pay" demands of the league; "we must wait" binds
only ourselves), refusal as a negated commitment under any modal ("will not leave the table",
"we cannot ratify", "we are not going to", "has no plans to strike", "there can be no …"),
an offer held out tentatively ("we could look at …", "let us …"), a concession as giving
up what is one's own ("we will drop our claim", "no longer insist"), threats as consequences
held out under a condition, stated ("if …, we will …"), inverted ("should they …") or implied
by "any" ("any breach will be met with …"), a say refused to others ("the islanders alone
decide"), and the clause after "but" deciding over the one before it. Acts of "they" are
reported, not performed. The words each rule reads come from a language profile.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .languages import LanguageProfile
from .registry import RegistryIndex

# Numbers keep their points and commas ("5.5 percent" ends no sentence).
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|\w+(?:[-']\w+)*|[.;:!?,—–]")
_DASHES = frozenset("—–")
_COMMA = ","
_SENTENCE_END = frozenset(".;:!?")
# How far back a negator reaches ("is not willing", "does not accept", "will also not").
_NEGATION_REACH = 3
# How far after a verb its object may name cooperation ("begin a long and patient dialogue").
_OBJECT_REACH = 7
# How far after a cost the words that call it steep may come: "the price will be very high".
_COST_REACH = 4
# Words a noun phrase's head may come after: "all 43 dismissal notices".
_NOUN_REACH = 3
# The subject of a deed the speaker's side announces is short: "it", "her government".
_DEED_SUBJECT_WORDS = 3
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
# A condition waited on names an event, with its subject and verb ("until the board
# agrees"), not a date ("until Friday").
_EVENT_WORDS = 3
# Where a clause that only mentions an act ranks: after every clause that performs one.
_MENTION_PRIORITY = 3
# A name at least this long may stand for the adjective made from it ("Ostrevia" for
# "Ostrevian"), whose ending adds at most this many letters ("-n", "-ian", "-ese").
_NAME_STEM = 4
_ADJECTIVE_ENDING = 3
# Which clauses decide: the one after "but" over the main clause, both over "although …".
_CLAUSE_PRIORITY = {"contrast": 0, "main": 1, "concessive": 2, "condition": 2, "question": 2}


@dataclass(frozen=True)
class Reading:
    """What the rules know besides the words: the language, the registry, the speaker's side."""

    profile: LanguageProfile
    index: RegistryIndex
    speaker_party: str | None = None
    # The speaker's own words: there, what a party named in the third person did is told,
    # not done (in reported speech the speaker's own side is named so: "she said Canada
    # accepted").
    direct: bool = False
    # Reported speech tells a group's words with "they" ("negotiators said they had
    # accepted …"): there "they" is the speaker.
    plural_speaker: bool = False
    # The bodies the speaker is described as speaking for ("ministry", "authority", "union"):
    # "the ministry will cover any overrun", said by its minister, is the speaker's own act.
    speaker_bodies: frozenset[str] = frozenset()
    # The speaker is described by what the reported words name ("… wants a raise, its
    # president said"): there a body named as subject is the speaker's own.
    speaker_of_subject: bool = False

    def role(self, subject: list[str]) -> str:
        """The subject's part in the act: "self" (we, the speaker's own party), "other" (another
        party), "addressee", "impersonal" ("it is …") or "unknown"."""
        profile = self.profile
        if any(word in profile.first_person for word in subject):
            return "self"
        if self.plural_speaker and not self.direct and subject[:1] == ["they"]:
            return "self"
        if not self.direct and subject[:1] and subject[0] in profile.reported_own:
            return "self"  # "she said her government would …": the speaker's own side
        if subject and (subject[0] in profile.others or subject[-1] in profile.others):
            return "other"  # "they have refused …", "the plan they propose": others' acts
        parties = {self._party(subject, n) for n in range(len(subject))} - {None}
        if self.speaker_party is not None and parties:
            return "self" if self.speaker_party in parties else "other"
        if self.names_own_body(subject):
            return "self"  # "this government does not pay", "the authority does not reopen"
        if len(subject) == 1 and self._named_in_description(subject[0]):
            return "self"  # "Norden will put 2 billion on the table", said by Norden's minister
        if self.speaker_of_subject and not self.direct and _named_body(subject, profile):
            return "self"  # "the federation wants a raise, its president said"
        if _counted(subject, profile):
            return "other"  # "26 countries had pledged …": a count of others
        if any(word in profile.second_person for word in subject):
            return "addressee"
        if subject[:1] and subject[0] in profile.impersonal_subjects:
            return "impersonal"
        return "unknown"

    def _named_in_description(self, word: str) -> bool:
        """A name the speaker is described by ("Norden's climate minister"), or whose
        adjective describes them ("the Ostrevian delegate" speaks for Ostrevia)."""
        described = self.speaker_bodies - self.profile.bodies
        if word in described:
            return True
        return len(word) >= _NAME_STEM and any(
            other.startswith(word) and len(other) - len(word) <= _ADJECTIVE_ENDING
            for other in described
        )

    def names_own_body(self, subject: list[str]) -> bool:
        """A subject that is a body of the speaker's, named in the third person."""
        profile = self.profile
        # "the board is satisfied", "the committee has said yes": the subject runs up to its
        # copula or auxiliary
        while subject and (
            subject[-1] in profile.copulas
            or subject[-1] in profile.fillers
            or subject[-1] in profile.past_auxiliaries
        ):
            subject = subject[:-1]
        if len(subject) == 1 and subject[0] in profile.bare_bodies:
            return subject[0] in self.speaker_bodies  # "management is prepared to …"
        if len(subject) < 2:
            return False  # a bare name or noun is told of, not the speaker's own
        head = subject[-1]
        if _possessive(subject[0]):
            # "Umbala's agriculture ministry wants …", said by a ministry spokesman
            return head in profile.bodies and head in self.speaker_bodies
        if subject[0] not in profile.body_determiners:
            return False
        return head in profile.bodies and (
            subject[0] in profile.self_references or head in self.speaker_bodies
        )

    def _party(self, words: list[str], n: int) -> str | None:
        index = self.index
        for size in (2, 1):
            name = " ".join(words[n : n + size])
            party = index.parties_by_name.get(name) or index.parties_by_adjective.get(name)
            if party is not None:
                return party.slug
        return None


def _counted(subject: list[str], profile: LanguageProfile) -> bool:
    """A subject opening on a count ("26 countries", "212 of the 240 pillars"), told of,
    not the speaker's own ("78 per cent of its members", "two of our members")."""
    own = profile.first_person | profile.reported_own
    counts = subject[1:2] != [] and subject[0][:1].isdigit() and subject[1].isalpha()
    # "the two delegations", "both sides": the sides told of together, by someone else
    pair = not profile.pairs.isdisjoint(subject[:2]) and not profile.sides.isdisjoint(subject[1:4])
    return (counts or pair) and own.isdisjoint(subject)  # not "13:47 — Halcyon has …", a time


def _named_body(subject: list[str], profile: LanguageProfile) -> bool:
    """A subject naming a body, "the federation", "the autoworkers' federation of lusmark",
    by its head before any "of"."""
    head = subject[: subject.index("of")] if "of" in subject else subject
    return bool(head) and head[-1].removesuffix("'s") in profile.bodies


@dataclass(init=False)
class _Clause:
    words: list[str]
    kind: str  # main | contrast | concessive | condition | question
    order: int
    conditional: bool  # its sentence holds a condition ("if …")
    threatened: bool  # that condition is a failure ("unless they pay", "if there is no deal")
    reciprocal: bool  # that condition is the other side's doing as much ("if they do the same")
    required: bool  # that condition is waited on ("until they pay", "only if they pay")
    eventful: bool  # that condition has a verb of its own, an event ("if slow progress" has not)
    asked: bool  # its sentence ends in a question mark
    opens_quote: bool  # opens a sentence of a quote that opens one: it may command
    opens_sentence: bool

    def __init__(self, words: list[str], kind: str, order: int) -> None:
        # made for every clause of every quote: written out to compile natively (text.Span)
        self.words = words
        self.kind = kind
        self.order = order
        self.conditional = False
        self.threatened = False
        self.reciprocal = False
        self.required = False
        self.eventful = False
        self.asked = False
        self.opens_quote = False
        self.opens_sentence = False


def _tokens(text: str, profile: LanguageProfile) -> list[str]:
    """The words and stops the rules read; a dash sets off a clause as a comma does ("A
    pause for the harvest — we can do that")."""
    return [_COMMA if word in _DASHES else word for word in _TOKEN.findall(profile.normalize(text))]


def read_stance(text: str, reading: Reading) -> tuple[str, str]:
    """The quote's stance and the evidence it rests on ("none" when nothing names a stance)."""
    profile = reading.profile
    words = _tokens(text, profile)
    found = []
    clauses = _clauses(words, profile)
    if text.lstrip()[:1].isupper():
        # a quote in mid-sentence ("… to “put it off”") commands none; each of its sentences
        # may ("… is indefensible. Bring it down to twenty-six."), unless a name opens it
        # ("Band A customers make up …")
        for clause in clauses:
            clause.opens_quote = clause.opens_sentence
            second = clause.words[1] if len(clause.words) > 1 else ""
            if clause.opens_quote and second in profile.determiners:
                clause.opens_quote = second != _named_function_words(text, profile)
    if _polite_refusal(clauses, reading):
        return "reject", "contrast"
    for clause in clauses:
        decided = _clause_stance(clause, reading)
        if decided is not None:
            stance, evidence = decided
            # a "but" clause decides, unless it only mentions an act ("but it meets the spirit
            # of our demands" does not overrule "we welcome the offer")
            priority = _MENTION_PRIORITY if evidence == "noun" else _CLAUSE_PRIORITY[clause.kind]
            rank = (priority, -_STRENGTH[evidence], _order(clause))
            found.append((rank, stance, evidence))
    looking_back = _holds_phrase(words, 0, profile.hindsight)
    if looking_back and (not found or min(found)[1] in ("assess", "demand", "offer")):
        return "concede", "performative"  # "with hindsight, the consultation was rushed"
    if not found:
        return "assess", _weakness(words, profile)
    _, stance, evidence = min(found)
    if evidence == "noun" and _only_named(words, profile):
        return "assess", "noun"  # "the current concession runs until 2041"
    return stance, evidence


# Fewer words than this say too little to call a statement a view rather than a move.
_FRAGMENT_WORDS = 4


_WORDS_AND_STOPS = re.compile(r"[.!?]|\w+")


def _named_function_words(text: str, profile: LanguageProfile) -> str:
    """A determiner written with a capital inside a sentence, as part of a name ("Band A"),
    or none ("")."""
    tokens = _WORDS_AND_STOPS.findall(text)
    for k in range(1, len(tokens)):
        word = tokens[k]
        inside = tokens[k - 1] not in _SENTENCE_END
        if inside and word[:1].isupper() and word.lower() in profile.determiners:
            return word.lower()
    return ""


def _polite_refusal(clauses: list[_Clause], reading: Reading) -> bool:
    """ "We understand the concern, and we respect it, but the programme is going ahead": the
    speaker's side acknowledges the other's view, then states, after "but", what holds."""
    profile = reading.profile
    if len(clauses) < 2 or clauses[0].kind != "main" or clauses[1].kind != "contrast":
        return False
    opening = clauses[0].words
    if profile.first_person.isdisjoint(opening) or profile.appreciation.isdisjoint(opening):
        return False
    return _clause_stance(clauses[1], reading) is None and not clauses[1].asked


def _only_named(words: list[str], profile: LanguageProfile) -> bool:
    """An act only named, in words that hold nothing of the speaker's own or of harm: a
    thing told of, not a move."""
    if not profile.first_person.isdisjoint(words) or _harmful(words, profile):
        return False
    return profile.standing.isdisjoint(words)  # "the invitation to Geneva stands"


def _weakness(words: list[str], profile: LanguageProfile) -> str:
    """How sure "a view" is when no act was found: less so for a fragment, or for words of
    talks or harm that no rule could place ("cooperation with the guild")."""
    if len(words) < _FRAGMENT_WORDS:
        return "weak"
    if not profile.cooperation.isdisjoint(words) or _harmful(words, profile):
        return "weak"
    return "none"


def _order(clause: _Clause) -> int:
    # Of several "but" clauses the last decides; of main clauses, the first.
    return -clause.order if clause.kind == "contrast" else clause.order


def _clauses(words: list[str], profile: LanguageProfile) -> list[_Clause]:
    clauses: list[_Clause] = []
    sentence: list[_Clause] = []
    current = _Clause([], "main", 0)
    resume = "main"  # what follows a condition: "but if …, we will …" is still the "but"

    def close(kind: str) -> _Clause:
        if current.words:
            sentence.append(current)
        return _Clause([], kind, len(clauses) + len(sentence))

    current.opens_sentence = True
    for n, word in enumerate(words):
        if word in _SENTENCE_END:
            current = close("main")
            current.opens_sentence = True
            asked = word == "?" and _asks(sentence, profile)
            for clause in sentence:
                clause.asked = asked
            clauses += _marked(sentence, profile)
            sentence, resume = [], "main"
        elif word in profile.contrast and not _exceptive(current.words, word, profile):
            current = close("contrast")
        elif word in profile.concessive:
            current = close("concessive")
        elif _opens_condition(words, n, current, sentence, profile):
            if not current.words and current.kind == "contrast":
                resume = "contrast"
            current = close("condition")
            current.words.append(word)  # kept: "unless" and "without" hold out a failure
        elif word in profile.open_questions:
            current = close("question")  # "whether they will accept is anyone's guess"
        elif word == "," and current.kind in ("concessive", "condition", "question"):
            current = close(resume)  # the subordinate clause ends at its comma
            resume = "main"
        else:
            current.words.append(word)
    close("main")
    return clauses + _marked(sentence, profile)


# A question this short ("Give them the ministry?") echoes what another asked for.
_ECHO_WORDS = 8


def _asks(sentence: list[_Clause], profile: LanguageProfile) -> bool:
    """A sentence that is a question throughout: opened on an auxiliary or a wh-word ("Do
    they really expect us to sign?"), or a few words echoing another's ("Give them the
    ministry?"); not a statement with a question tacked on (", otherwise what are we doing
    here?")."""
    if not sentence or not sentence[0].words:
        return False
    first = sentence[0].words[0]
    grammar = profile.grammar
    if first in grammar.auxiliaries or first in profile.present_auxiliaries:
        return True
    if first in grammar.wh_words:
        return True
    return sum(len(clause.words) for clause in sentence) <= _ECHO_WORDS


def _anaphoric(subject: list[str], profile: LanguageProfile) -> bool:
    """A subject that stands for what was just asked ("it", "that"; "it is not" before
    "going to")."""
    while len(subject) > 1 and (subject[-1] in profile.copulas or subject[-1] in profile.negators):
        subject = subject[:-1]
    return len(subject) == 1 and subject[0] in profile.anaphoric_subjects


def _impatient(words: list[str], profile: LanguageProfile) -> bool:
    """A question of how much longer others will take: a demand to act now."""
    return any(" ".join(words[:size]) in profile.impatience for size in (2, 3))


def _incredulous(words: list[str], profile: LanguageProfile) -> bool:
    """A yes-no question that doubts what is asked of the speaker's side ("Are we really
    being asked to …?", "Do they really expect us to …?") or what another claims ("Does
    anyone seriously believe a rent freeze builds a single home?")."""
    opens = words[:1] and (
        words[0] in profile.grammar.auxiliaries or words[0] in profile.present_auxiliaries
    )
    doubted = not profile.incredulity.isdisjoint(words[1 : _SUBJECT_REACH + 1])
    if not opens or not doubted:
        return False
    believing = profile.reporting.taking("belief")
    belief = any(profile.reporting.forms.get(w) in believing for w in words[1 : _SUBJECT_REACH + 2])
    return belief or not profile.first_person.isdisjoint(words)


def _asks_why_we_would(words: list[str], profile: LanguageProfile) -> bool:
    """ "Why would we sign …?", "why should I pay …?": asking for a reason to act that the
    speaker's side has none for; "why would we not …?" asks the opposite."""
    if len(words) < 4 or words[0] not in profile.reason_questions:
        return False
    modal = words[1] in profile.modals or words[1] in profile.deontic
    asked = modal and words[2] in profile.first_person
    return asked and profile.negators.isdisjoint(words[1:5])


def _marked(sentence: list[_Clause], profile: LanguageProfile) -> list[_Clause]:
    """Marks each clause of a sentence with a condition as conditional, and, where the
    condition is a failure ("if there is no deal", "unless they pay", "if they keep
    stalling"), as threatened."""
    conditions = [clause for clause in sentence if clause.kind == "condition"]
    threatened = any(not profile.failures.isdisjoint(clause.words) for clause in conditions)
    reciprocal = any(_in_return(clause.words, profile) for clause in conditions)
    restricted = any(
        not profile.restricting.isdisjoint(clause.words) or _not_before(clause.words, profile)
        for clause in sentence
    )
    waited_on = profile.awaiting | profile.prior_conditions
    required = any(clause.words[0] in waited_on or restricted for clause in conditions)
    # "if the camps are attacked", "if anything happens to them"; not "if slow progress"
    eventful = any(
        len(clause.words) > _EVENT_WORDS or finite_verb_in(clause.words[1:], profile)
        for clause in conditions
    )
    for clause in sentence:
        clause.conditional = bool(conditions)
        clause.eventful = eventful
        clause.threatened = threatened and not reciprocal and not required
        clause.reciprocal = reciprocal
        clause.required = required
    return sentence


def _in_return(condition: list[str], profile: LanguageProfile) -> bool:
    """The other side doing as much, or wanting or yielding what is held out: not "if they
    want a fight", nor "if they do not accept", which are threats."""
    if not profile.reciprocity.isdisjoint(condition):
        return True
    if not profile.enabling.isdisjoint(condition):
        return True  # "if that helps us get to a settlement", "if that is what it takes"
    if _holds_phrase(condition, 0, profile.bearable):
        return True  # "if the union can live with a two-year deal, …"
    if condition[:1] and (
        condition[0] in profile.provisos or " ".join(condition[:3]) in profile.provisos
    ):
        return True  # "…, provided the board recommends the deal": terms for what is held out
    if not profile.failures.isdisjoint(condition) or _harmful(condition, profile):
        return False
    if not profile.harmful_events.isdisjoint(condition):
        return False
    # the other side's own doing, not a passive ("if the amnesty is withdrawn") nor a noun
    # ("if the fund is cut")
    return any(
        word in profile.accommodation
        and condition[n - 1] not in profile.copulas
        and condition[n - 1] not in profile.determiners
        and (n + 1 == len(condition) or condition[n + 1] not in profile.copulas)
        for n, word in enumerate(condition)
        if n > 0
    )


def _to_clause_end(words: list[str], n: int) -> list[str]:
    end = next(
        (m for m in range(n, len(words)) if words[m] in _SENTENCE_END or words[m] == ","),
        len(words),
    )
    return words[n:end]


def _names_an_event(condition: list[str], profile: LanguageProfile) -> bool:
    """ "until the board agrees", "until they pay": an event, not a date ("until Friday",
    "until the 12th", "until the end of June")."""
    dated = any(w[:1].isdigit() or w in profile.calendar for w in condition)
    return len(condition) >= _EVENT_WORDS and not dated


def _exceptive(before: list[str], word: str, profile: LanguageProfile) -> bool:
    """ "no choice but to …": "but" meaning "except", inside its clause."""
    return any(" ".join([*before[-size:], word]) in profile.no_choice for size in (2, 3))


def _opens_condition(
    words: list[str], n: int, current: _Clause, sentence: list[_Clause], profile: LanguageProfile
) -> bool:
    word = words[n]
    if word in profile.awaiting:
        return _names_an_event(_to_clause_end(words, n), profile)  # not "until Friday"
    if word in profile.prior_conditions and not current.words and not sentence:
        return _first_of_the_others(words, n, profile)
    if word in profile.conditional:
        return True
    if not current.words and not sentence and _phrase_at(words, n, profile.moment_conditions):
        return _moment_of_an_event(words, n, profile)
    if word in profile.proviso_starts and _opens_proviso(words, n, current, profile):
        return True  # "…, provided government aircraft stay on the ground"
    if word in profile.deal_lacking and _lacks_a_deal(words, n, profile):
        return True  # "… would begin cancelling routes absent an agreement"
    if word in profile.restricted_conditions:
        # "only once the price is cut", "when they pay, and not a day before"
        if current.words[-1:] == ["only"]:
            return True
        # not "not a day after, and not a day before": "after" there names no event
        return len(_to_clause_end(words, n)) > 2 and _not_before(
            _to_sentence_end(words, n), profile
        )
    return word in profile.sentence_conditionals and _inverts(words, n, current, sentence, profile)


def _to_sentence_end(words: list[str], n: int) -> list[str]:
    end = next((m for m in range(n, len(words)) if words[m] in _SENTENCE_END), len(words))
    return words[n:end]


def _not_before(words: list[str], profile: LanguageProfile) -> bool:
    """ "…, and not a day before": the time named is the least the speaker will wait for."""
    return any(
        _phrase_at(words, n, profile.not_before) for n, word in enumerate(words) if word == "not"
    )


def _first_of_the_others(words: list[str], n: int, profile: LanguageProfile) -> bool:
    """ "Before there is any talk of lifting restrictions, the journalists must be home": an
    event still to come, and others to act first; not "Before Friday, …", nor a story told
    ("Before the talks began, we met …"), nor the speaker's own timing ("…, we will offer")."""
    condition = _to_clause_end(words, n)
    told = any(_past_form(word, profile) for word in condition)
    rest = _to_sentence_end(words, n + len(condition))
    return (
        _names_an_event(condition, profile) and not told and profile.first_person.isdisjoint(rest)
    )


def _moment_of_an_event(words: list[str], n: int, profile: LanguageProfile) -> bool:
    """A moment set off by a comma and named by what happens in it ("the moment they touch
    pensions, …"), not by a date ("the day after the vote, …")."""
    condition = _to_clause_end(words, n)
    end = n + len(condition)
    return end < len(words) and words[end] == "," and _names_an_event(condition[2:], profile)


def _lacks_a_deal(words: list[str], n: int, profile: LanguageProfile) -> bool:
    """ "without a deal", "absent an agreement", "failing any settlement": a deal that may
    not come, within a few words."""
    window = words[n + 1 : n + 1 + _NOUN_REACH]
    dealt = not profile.deal_nouns.isdisjoint(window) or _cooperative(window, profile)
    # "without a deal", not "without our agreement": a deal that may not come at all
    indefinite = profile.indefinite_articles | profile.universal
    return bool(window) and window[0] in indefinite and dealt


def _opens_proviso(words: list[str], n: int, current: _Clause, profile: LanguageProfile) -> bool:
    """ "…, provided they stay on the ground", "provided that …", "…, as long as fares are
    protected": terms set after the main clause."""
    if words[n] in profile.provisos:
        return current.words[-1:] == [","] or words[n + 1 : n + 2] == ["that"]
    return " ".join(words[n : n + 3]) in profile.provisos and current.words[-1:] == [","]


def _inverts(
    words: list[str], n: int, current: _Clause, sentence: list[_Clause], profile: LanguageProfile
) -> bool:
    """A modal before its subject states a condition: opening a sentence ("should they
    refuse, …"), or with a subject after it that no modal of duty takes ("it will sue
    should the board refuse")."""
    if not current.words and not sentence:
        return True
    following = words[n + 1] if n + 1 < len(words) else ""
    inverted = words[n] in profile.inverting_modals
    return inverted and bool(current.words) and following in profile.determiners


def _clause_stance(clause: _Clause, reading: Reading) -> tuple[str, str] | None:
    found = _act_of_clause(clause, reading)
    if clause.kind not in ("main", "contrast"):
        return found
    if clause.required and (found is None or found[0] != "assess") and found != _PROPOSED:
        # "the tractors stay until the minister comes out"; but "we propose that revenues be
        # split until the court rules" holds the split out
        return "demand", "conditional"
    if clause.threatened:
        return _under_threat(found)
    if clause.reciprocal and found is not None and found[0] in _GIVEN_IN_RETURN:
        return "offer", "conditional"  # "we will cut our catch if they do the same"
    if clause.reciprocal and found is None and _own_future(clause.words, reading.profile):
        return "offer", "conditional"  # "if they want to talk, we will be there"
    if found in _COMMITMENTS and _in_place_of_a_claim(clause.words, reading.profile):
        return "concede", "modal"  # "the rise will be phased in over three years instead"
    if found is None and _foretold(clause, reading.profile):
        return "warn", "conditional"  # "if the camps are attacked again, the accord is dead"
    if found is not None and found[0] == "reject" and _held_over(clause):
        return "warn", "conditional"  # "not a single container will move if the plan goes ahead"
    if found is not None and found[0] == "concede" and _given_up_in_answer(clause, reading.profile):
        return "warn", "conditional"  # "would shelve the expansion if the royalty is enacted"
    return found


def _others_unheeded(words: list[str], j: int, reading: Reading) -> bool:
    """ "…, whatever the downstream states say", "no matter what the unions think": what
    others say, think or want, set aside."""
    profile = reading.profile
    for n in range(j, len(words)):
        opening = next(
            (p for p in profile.heedless if " ".join(words[n : n + len(p.split())]) == p), None
        )
        if opening is None:
            continue
        clause = _to_clause_end(words, n + len(opening.split()))
        saying = profile.hearsay_verbs | profile.volition | profile.reporting.taking("belief")
        told = any(
            profile.reporting.forms.get(word, word) in saying or word in saying for word in clause
        )
        return told and reading.role(clause[:_SUBJECT_REACH]) != "self"
    return False


def _given_up_in_answer(clause: _Clause, profile: LanguageProfile) -> bool:
    """What the speaker's side says it will give up if an event comes about: a threat, unlike
    what it is ready or might give up for something in return ("willing to give up the
    finance ministry if it secured education")."""
    words = clause.words
    return (
        _held_over(clause)
        and not profile.future.isdisjoint(words)
        and profile.readiness.isdisjoint(words)
    )


def _own_future(words: list[str], profile: LanguageProfile) -> bool:
    """ "We will …", "I'll …": the speaker's side saying what it will do or be."""
    return any(
        subject in profile.clause_subjects
        and subject in profile.first_person
        and modal in profile.future
        for subject, modal in itertools.pairwise(words)
    )


def _held_over(clause: _Clause) -> bool:
    """A refusal on a condition that is some event, not the other side's doing as much: a
    threat of what will not happen if it comes about."""
    return clause.eventful and not clause.reciprocal and not clause.required and not clause.asked


def _foretold(clause: _Clause, profile: LanguageProfile) -> bool:
    """What a condition (not the other side's doing as much) will bring, said as a fact of the
    present or the future."""
    if not clause.eventful or clause.reciprocal or clause.asked:
        return False
    if not profile.contentment.isdisjoint(clause.words) or not profile.welcome.isdisjoint(
        clause.words
    ):
        return False  # "several governments would be quite happy if the decision slipped"
    if not (profile.present_be | profile.future).isdisjoint(clause.words):
        return True
    # "… the investors walk, and this cable simply does not get built", "…, the cameras
    # stop": a clause in the present tells what follows; one in the past, what did
    words = clause.words
    told = any(
        _past_form(word, profile) and not (n and words[n - 1] in profile.passive_auxiliaries)
        for n, word in enumerate(words)
    )
    # "it would be helpful if …", "I'd be surprised if …" judge the condition, holding
    # nothing out
    # nothing out; "it loses our votes" holds out a loss
    judged = words[:1] == ["it"] and words[1:2] != [","] and not _verb_of_its_own(words, profile)
    judged = judged or not (profile.attitude_adjectives | profile.judging_adjectives).isdisjoint(
        words
    )
    return len(words) >= _EVENT_WORDS and not told and not judged and clause.kind == "main"


def _verb_of_its_own(words: list[str], profile: LanguageProfile) -> bool:
    """An "it" doing something in the present ("it loses our votes"), not one judging
    what follows ("it would be helpful", "it is fine")."""
    second = words[1:2]
    if not second or second[0] in profile.copulas or second[0] in profile.moods:
        return False
    return second[0].endswith("s") and not second[0].endswith("ss")


# What the speaker's side says it will do: said in place of what it held to, it gives ground.
_COMMITMENTS = frozenset({("offer", "modal"), ("warn", "modal"), ("offer", "performative")})


# An offer named outright ("we propose …").
_PROPOSED = ("offer", "performative")


# What a side holds out in return for the other's doing as much: an offer, whatever its verb.
_GIVEN_IN_RETURN = frozenset({"warn", "concede", "accept"})


def _in_place_of_a_claim(words: list[str], profile: LanguageProfile) -> bool:
    """ "… over three years instead", "rather than continue to press for a postponement":
    what the speaker's side will do, set in place of what it held to."""
    for n, word in enumerate(words):
        if word not in profile.substitution:
            continue
        if word == words[-1] or words[n + 1] == ",":
            return True
        if words[n + 1] in profile.substitution_links:
            replaced = words[n + 2 : n + 2 + _NOUN_REACH + 1]
            return any(_presses(replaced, k, profile) for k in range(len(replaced)))
    return False


def _presses(words: list[str], k: int, profile: LanguageProfile) -> bool:
    word = words[k]
    if word in profile.pressing:
        return True
    return profile.speech_act_verbs.get(" ".join(words[k : k + 2])) == "demand" or (
        profile.speech_act_verbs.get(word) == "demand"
    )


def _under_threat(found: tuple[str, str] | None) -> tuple[str, str]:
    """What the speaker says will come of a failure ("if there is no deal, there is no
    season", "we will leave unless the council agrees", "we would explore every option if
    …") is a warning, unless it still asks something or offers it outright."""
    if found is not None and (found[0] == "demand" or found == ("offer", "performative")):
        return found
    return "warn", "conditional"


def _act_of_clause(clause: _Clause, reading: Reading) -> tuple[str, str] | None:
    """The first act the clause performs governs it: what follows lies in its scope ("it is
    imperative to end … and offer …" is one demand). An act of others, or one only
    mentioned, gives way to one the speaker performs after it ("the plan they propose is
    unfair and we reject it")."""
    if clause.asked and _impatient(clause.words, reading.profile):
        return "demand", "modal"  # "How many more winters does the council need?"
    if clause.asked and _incredulous(clause.words, reading.profile):
        return "reject", "negation"  # "Do they really expect us to sign away our grounds?"
    if clause.asked and _asks_why_we_would(clause.words, reading.profile):
        return "reject", "negation"  # "Why would we sign a deal that hands our water away?"
    if clause.kind in ("condition", "question") or clause.asked:
        return None  # what is supposed or asked, not what is said
    profile = reading.profile
    answer = _short_answer(clause.words, profile)
    if answer is not None:
        return answer
    command = _opening_command(clause, reading)
    if command is not None:
        return command
    if clause.words[0] in profile.negative_determiners and _lack_brings_loss(clause.words, profile):
        return "warn", "conditional"  # "no agreement by March means no games in April"
    if clause.words[0] in profile.any_act and _harm_foretold_of_any(clause.words, profile):
        return "warn", "conditional"  # "any attempt to fill it would be a hostile act"
    mention = None
    mentioned_at = 0
    triggers = _triggers(profile)
    if triggers.isdisjoint(clause.words):
        return None  # most clauses hold no word that can start an act
    if not profile.grammar.withheld_speech.isdisjoint(clause.words) and _withholds_comment(
        clause.words, profile
    ):
        return None  # "I won't speculate on what they might offer" states nothing
    if not profile.hearsay_verbs.isdisjoint(clause.words) and _hands_over(clause.words, reading):
        return None  # "the government has said it will not go beyond 3 percent"
    if not profile.going_along.isdisjoint(clause.words) and _labelled_as_going_along(
        clause.words, profile
    ):
        return "accept", "performative"  # "…, agreeing to the agency's request"
    denial = _denial_of_a_thing(clause, reading)
    if denial is not None:
        return denial  # "their list of demands is not something any government could consider"
    for position, word in enumerate(clause.words):
        if word not in triggers:
            continue  # most words can start no act: the rules below need not look at them
        found = _act_at(clause, position, reading)
        if found is None:
            continue
        if _in_relative_clause(clause.words, position, profile):
            found = (found[0], "noun")  # "farmers who keep pushing for more may find …"
        if found[1] == "noun" or (found[1] == "other-subject" and mention is None):
            if mention is None:
                mention, mentioned_at = found, position
        elif mention is None or mention[1] == "noun" or _own_present(clause, position, reading):
            return found
        elif _mentioned_as_noun(clause.words, mentioned_at, profile) and _verdict(
            clause.words, position, profile
        ):
            return found  # "the mayor's proposal is dead on arrival": the speaker's verdict
    return mention


def _harm_foretold_of_any(words: list[str], profile: LanguageProfile) -> bool:
    """ "Any attempt to fill the reservoir would be regarded as a hostile act", "any player
    who talks to another club will never play here again": whatever anyone may do, answered
    by a harm, a negation or the end of talks."""
    modal = next((n for n, word in enumerate(words) if word in profile.future), 0)
    if not modal or modal > _SUBJECT_REACH * 2:
        return False
    after = words[modal + 1 :]
    if _harmful(after, profile) or not profile.harmful_events.isdisjoint(after):
        return True
    if not profile.negators.isdisjoint(after[:_NEGATION_REACH]):
        # "will never play here again"; "any worker affected will not lose pay" guarantees,
        # and "any talks would not be easy" foresees a state
        j = _skip(words, modal + 1, profile.negators | profile.fillers)
        return j < len(words) and _acts(words, j, profile) and profile.suffering.isdisjoint(after)
    agreed = _cooperative(after, profile) or not profile.deal_nouns.isdisjoint(after)
    return not profile.abandonment.isdisjoint(after) and agreed  # "would end the ceasefire"


def _denial_of_a_thing(clause: _Clause, reading: Reading) -> tuple[str, str] | None:
    """ "X is not something we can entertain": the refusal governs the clause, whatever act
    its subject names ("a 3.5% offer", "their list of demands", "scrapping the quota")."""
    profile = reading.profile
    words = clause.words
    if profile.negators.isdisjoint(words) and profile.nobody_things.isdisjoint(words):
        return None  # "not something …", "not a law …", "nothing …": none here
    for n, word in enumerate(words):
        if word in profile.intending and _denied_thing(words, n, profile):
            return "reject", "negation"  # "not a law this government intends to rewrite"
        if (word in profile.modals or word in profile.future) and _denied_thing(words, n, profile):
            found = _commitment(clause, n, reading)
            if found is None and _next_verb_in(words, n, profile.consideration, profile):
                return "reject", "negation"  # "not something any government could consider"
            return found if found is not None and found[0] == "reject" else None
    return None


def _in_relative_clause(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """The word at `i` tells of someone a relative pronoun just before it picks out ("those
    who rejected the plan"): a description, not the speaker's act; after a comma the clause
    comments on all that came before (", which is what the growers asked for")."""
    start = max(0, i - _NEGATION_REACH)
    return any(
        words[n] in profile.grammar.relatives and (n == 0 or words[n - 1] != ",")
        for n in range(start, i)
    )


def _labelled_as_going_along(words: list[str], profile: LanguageProfile) -> bool:
    """An act the clause names as meeting what another asked or put forward: "we will lift
    the ban, meeting the union's demand"."""
    for n, word in enumerate(words):
        if word in profile.going_along and n > 0 and words[n - 1] == ",":
            following = words[n + 1 : n + 1 + _OBJECT_REACH]
            if not profile.request_nouns.isdisjoint(following):
                return True
            if any(
                word == "by" and following[k - 1] in profile.putting_forward
                for k, word in enumerate(following)
                if k > 0
            ):
                return True  # "matching the figure proposed by the inspectorate"
            if any(
                noun in profile.deal_nouns and _possessed_by_others(following[k - 1], profile)
                for k, noun in enumerate(following)
                if k > 0
            ):
                return True
    return False


def _mentioned_as_noun(words: list[str], i: int, profile: LanguageProfile) -> bool:
    return words[i] in profile.speech_act_nouns and not _used_as_verb(words, i, profile)


def _verdict(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """A predicate judging the subject it is said of ("… is unacceptable", "… was dead on
    arrival", "… is not good enough"): the speaker's own verdict on whatever act the subject
    names."""
    if _not_enough(words, i, profile):
        return _predicative(words, i - 1, profile)
    judging = (
        words[i] in profile.refusal_predicates
        or words[i] in profile.refusal_words
        or words[i] in profile.acceptance_predicates
        or words[i] in profile.approval
        or words[i] in profile.refusal_phrase_starts
    )
    return judging and _predicative(words, i, profile)


def _own_present(clause: _Clause, i: int, reading: Reading) -> bool:
    """The speaker acting now ("and we reject it"), not telling what was done ("what we
    proposed")."""
    word = clause.words[i]
    past = word.endswith("ed") or word in reading.profile.participles
    if past or (i > 0 and clause.words[i - 1] == "to"):
        return False  # an infinitive is what someone is to do: "they want us to give up …"
    # "the floor they've proposed is something our members can work with": the subject
    # right before the verb
    nearest = clause.words[max(0, i - 2) : i]
    if not reading.profile.first_person.isdisjoint(nearest):
        return True
    return reading.role(_subject(clause.words, i, reading.profile)) == "self"


_TRIGGERS_BY_LANGUAGE: dict[str, frozenset[str]] = {}


def _triggers(profile: LanguageProfile) -> frozenset[str]:
    """Every word `_act_at` can start an act at: the first word of each of its phrases."""
    if profile.code not in _TRIGGERS_BY_LANGUAGE:
        phrases = (
            set(profile.speech_act_verbs)
            | set(profile.speech_act_nouns)
            | profile.readiness
            | {phrase.split()[-1] for phrase in profile.readiness_phrases}  # read at its end
            | profile.deontic
            | profile.impersonal_deontic
            | profile.future
            | profile.foreseeing
            | profile.ability
            | profile.volition
            | profile.intent_nouns
            | profile.refusal_words
            | profile.abandonment
            | profile.existential
            | profile.refusal_predicates
            | profile.refusal_phrases
            | profile.urgency
            | profile.boundless
            | profile.deadline_nouns
            | profile.openings
            | profile.offer_places
            | profile.contentment
            | profile.backing
            | profile.causation
            | profile.approval
            | profile.responsibility
            | set(profile.own_act_verbs)
            | profile.admissions
            | profile.shortcomings
            | {profile.sufficiency}
            | profile.past_do
            | profile.pretence
            | profile.contrition
            | profile.totality
            | profile.contingency
            | profile.awaiting
            | profile.bracing_starts
            | profile.resolve_starts
            | profile.blame_links
            | profile.sought_starts
            | profile.minimum_starts
            | profile.condition_nouns
            | profile.owing
            | profile.objections
            | profile.choice_starts
            | {"in"}
            | profile.hortative
            | profile.present_auxiliaries
            | profile.imperatives
            | profile.dares
            | profile.acceptance_predicates
            | profile.joining
            | profile.taking
            | profile.concluded
            | profile.voting
            | profile.feasibility
            | profile.expectation
            | profile.decision_verbs
            | profile.entitlements
            | profile.negators
            | profile.suiting_starts
            | profile.others_own
            | profile.faults
            | profile.recommendations
            | profile.shouldering
            | profile.wrongdoing
            | profile.unrelated
            | profile.fear
            | profile.admission_starts
            | profile.contrition_nouns
        )
        _TRIGGERS_BY_LANGUAGE[profile.code] = frozenset(p.split(" ")[0] for p in phrases)
    return _TRIGGERS_BY_LANGUAGE[profile.code]


def _act_at(clause: _Clause, i: int, reading: Reading) -> tuple[str, str] | None:
    profile = reading.profile
    words = clause.words
    word = words[i]
    pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
    if i + 1 < len(words) and _not_enough(words, i + 1, profile):
        return None  # "nowhere near good enough": read at "enough"
    if word in profile.shouldering and _shoulders_a_fault(words, i, reading):
        negated = _negated(words, i, profile)
        # "I take full responsibility"; "we will not accept the blame" refuses it
        return ("reject", "negation") if negated else ("concede", "performative")
    if word in profile.concluded and _concluded(words, i, profile):
        return "accept", "performative"  # "the deal's done": a deal is no side that acts
    verb_act = profile.speech_act_verbs.get(pair) or profile.speech_act_verbs.get(word)
    if verb_act is not None and _used_as_verb(words, i, profile):
        return _speech_act(clause, i, verb_act, "performative", reading)
    own_act = profile.own_act_verbs.get(word)
    if own_act is not None and _own_act(words, i, reading):
        if _past_form(word, profile) and any(
            w in profile.excess and _excess_at_fault(words[i:], n, profile)
            for n, w in enumerate(words[i:])
        ):
            return "concede", "performative"  # "perhaps we asked for too much, too quickly"
        return _speech_act(clause, i, own_act, "performative", reading)  # "we ask them to …"
    if word in profile.speech_act_nouns and not _told_in_the_past(words, profile):
        return _mentioned_act(clause, i, reading)
    if word in profile.pretence and _negated(words, i, profile):
        return _unless_other(clause, i, reading, ("concede", "negation"))  # "no point pretending"
    if (
        word in profile.contingency
        and _predicative(words, i, profile)
        and _followed_by(words, i, profile.contingency_links)
    ):
        return "demand", "modal"  # "the deal remains contingent on prior actions"
    if word in profile.totality and _short_of_all(words, i, reading):
        return "concede", "negation"  # "we did not get everything", "not all we asked for"
    if word in profile.resolve_starts and _phrase_at(words, i, profile.resolve):
        return "warn", "modal"  # "we will stay out as long as it takes"
    if word in profile.awaiting and i > 0 and words[i - 1] in profile.possession:
        return _unless_self(clause, i, reading, ("demand", "modal"))  # "they have until the 12th"
    if word in profile.awaiting and _deadline_given(words, i, profile):
        return "demand", "modal"  # "we have given them until March 1 to submit …"
    if word in profile.bracing_starts and _braces_for_harm(words, i, profile):
        return "warn", "modal"  # "schools should prepare for disruption"
    if word in profile.objections and _negated(words, i, profile):
        return _unless_other(clause, i, reading, ("accept", "negation"))  # "no objection to it"
    if word in profile.choice_starts and _phrase_at(words, i, profile.no_choice):
        # "we have no choice but to strike" threatens; "they have no option but to pay" asks
        subject = _subject(words, i, profile)
        return ("warn", "modal") if reading.role(subject) == "self" else ("demand", "modal")
    if word in profile.owing and _used_as_verb(words, i, profile):
        return _unless_self(clause, i, reading, ("demand", "modal"))  # "they owe the public …"
    if (
        word == "in"
        and _phrase_at(words, i, profile.disowned_lines)
        and _negated(words, i, profile)
    ):
        return _unless_other(clause, i, reading, ("reject", "negation"))  # "not in the business of"
    if word in profile.sought_starts and _present_want(words, i, reading):
        return "demand", "modal"  # "what we are after is the right to say no"
    if word in profile.sought_starts and _what_we_can_do(words, i, reading):
        return "offer", "modal"  # "what we can do is backdate the award to April"
    if word in profile.minimum_starts and _phrase_at(words, i, profile.minimums):
        return _unless_other(clause, i, reading, ("demand", "modal"))  # "nothing short of"
    if word in profile.condition_nouns and _set_as_condition(words, i, profile):
        return _unless_other(clause, i, reading, ("demand", "modal"))  # "is a precondition"
    if word in profile.sought_starts and _what_was_sought(words, i, profile):
        return _held_or_refused(clause, i, reading, ("accept", "modal"))  # "what we asked for"
    if word in profile.sought_starts and _what_others_sought(words, i, reading):
        return "concede", "performative"  # "the price goes up, which is what the growers asked for"
    if word in profile.blame_links and _blame_taken(words, i, reading):
        return "concede", "performative"  # "that is on us"
    if word in profile.contrition and _predicative(words, i, profile):
        return _held_or_refused(clause, i, reading, ("concede", "performative"))  # "we are sorry"
    if word in profile.shortcomings and _owned_shortcoming(words, i, reading):
        return "concede", "performative"  # "our communication has been poor"
    if _not_enough(words, i, profile) and _owned_shortcoming(words, i - 1, reading):
        return "concede", "performative"  # "our moderation tools were not good enough"
    if _not_enough(words, i, profile) and _deal_falls_short(words, i - 1, profile):
        return "reject", "performative"  # "their offer is not good enough"
    if word in profile.admissions and _owned(clause, i, reading):
        return "concede", "performative"  # "we made mistakes"
    if word in profile.deadline_nouns and _deadline(words, i, profile):
        return "demand", "modal"  # "it is time for them to open the archives"
    if word in profile.openings:
        return _opening(clause, i, reading)
    if word in profile.offer_place_starts and _phrase_at(words, i, profile.offer_places):
        return _offer_place(clause, i, reading)
    if word in profile.presented_place_starts and _phrase_at(words, i, profile.presented_places):
        return _put_there(clause, i, reading)
    if (
        word in profile.readiness
        and pair.split(" ")[-1] in profile.readiness_links
        and _predicative(words, i, profile)
    ) or _ready_by_phrase(words, i, profile):
        return _readiness(clause, i, reading)
    if word in profile.contentment and _content_with(words, i, profile):
        return _held_or_refused(clause, i, reading, ("accept", "modal"))  # "not happy with …"
    if word in profile.causation and _brings_about_harm(words, i, reading):
        return "warn", "modal"  # "this creates preconditions for conflicts"
    backs = word in profile.backing or (
        word in profile.voting and _voting_link(words, i, profile) > 0
    )
    if backs and (
        _backs_a_deal(words, i, profile)
        or _backs_a_deal_named_before(words, i, reading)
        or _backs_what_was_named(words, i, reading)
    ):
        return _speech_act(clause, i, "accept", "performative", reading)  # "we support the plan"
    if word in profile.recommendations and _advises_taking_it(words, i, profile):
        # "put the offer to members with a recommendation that they accept"
        return _held_or_refused(clause, i, reading, ("accept", "performative"))
    if (word in profile.joining or word in profile.taking) and _goes_along(words, i, profile):
        return _speech_act(clause, i, "accept", "performative", reading)  # "adopted their plan"
    if word in profile.approval and _followed_by(words, i, profile.deal_nouns):
        return _approval(clause, i, reading)
    if word in profile.approval and _judges_a_deal(words, i, profile):
        return _approval(clause, i, reading)  # "their offer is fair", "… is a fair one"
    if word in profile.responsibility_starts and _phrase_at(words, i, profile.responsibility):
        return _responsibility(clause, i, reading)
    if pair in profile.deontic or word in profile.deontic:
        return _obligation(clause, i, reading)
    if word in profile.impersonal_deontic and _predicative(words, i, profile):
        return "demand", "modal"
    if word in profile.foreseeing and _awaits_those_who(words, i, profile):
        return "warn", "modal"  # "those dragging their feet will find the window shut"
    if pair in profile.future or word in profile.future or word in profile.ability:
        return _commitment(clause, i, reading)
    if word in profile.present_auxiliaries:
        return _own_refusal(clause, i, reading)
    if word in profile.negators and _own_denied_a_role(words, i, profile):
        return "reject", "negation"  # "our farmers are not a bargaining chip"
    if word in profile.past_do and _purpose_denied(clause.words, i, reading):
        return "reject", "negation"  # "we did not come here to discuss our own territory"
    if word in profile.volition and _wish_of_the_day(words, i, reading):
        return _volition(clause, i, reading)
    if word in profile.intent_nouns and _negated(words, i, profile):
        return _unless_other(clause, i, reading, ("reject", "negation"))
    if word in profile.refusal_words:
        return "reject", "performative"
    if word in profile.acceptance_predicates and _predicative(words, i, profile):
        if _own_offer_named(words, profile):
            return "offer", "modal"  # "That is our proposal, and it is a serious one"
        return _held_or_refused(clause, i, reading, ("accept", "performative"))  # "not acceptable"
    if (
        word in profile.feasibility
        and _predicative(words, i, profile)
        and _negated(words, i, profile)
    ):
        return _unless_other(clause, i, reading, ("reject", "negation"))  # "not possible"
    if pair in profile.abandonment or word in profile.abandonment:
        return _giving_up(clause, i, reading)
    expects = word in profile.expectation or pair in profile.expectation
    if (expects and _wish_of_the_day(words, i, reading)) and (
        _expects_of_others(words, i, profile) or _expects_a_thing(words, i, reading)
    ):
        return _unless_other(clause, i, reading, ("demand", "modal"))
    if (pair in profile.hortative or word in profile.hortative) and _opens(words, i, profile):
        return _proposal(clause, i + len((pair if pair in profile.hortative else word).split()))
    if word in profile.decision_verbs and _exclusive(words, profile):
        return "reject", "performative"  # "the members alone decide": no one else may
    if word in profile.entitlements and _held(words, i, profile):
        return "reject", "performative"  # "each town has a right to choose": not you
    if word in profile.negators and _answers_no(words, i, profile):
        return "reject", "negation"
    if word in profile.negators and _label_denied(words, i, reading):
        return "reject", "performative"  # "a truce that leaves duties in place is not a truce"
    if word in profile.negators and _not_the_way(words, i, reading):
        return "reject", "performative"  # "a quota on our dairy is not how this partnership works"
    if word in profile.negative_determiners and _no_grounds(words, i, profile):
        return _unless_other(clause, i, reading, ("reject", "negation"))  # "we see no reason to"
    if word in profile.existential:
        return _existence(words, i, profile)
    refused = word in profile.refusal_predicates or (
        word in profile.refusal_phrase_starts and _phrase_at(words, i, profile.refusal_phrases)
    )
    if refused and words[i + 3 : i + 4] == [profile.sufficiency]:
        return None  # "nowhere near good enough": read at "enough"
    if refused and _refused_by_predicate(words, i, reading):
        subject = _subject(words, i, profile)
        if subject and subject[0] in profile.nobody_things:
            return "offer", "negation"  # "nothing is off the table"
        if reading.role(subject[-1:]) == "other":
            return "assess", "other-subject"  # "they are unrealistic", not "their offer is"
        if word in profile.refusal_predicates and _owned_subject(words, i, profile):
            # "our first draft was unworkable": owned; "our offer is off the table" withdraws
            return "concede", "performative"
        return "reject", "performative"  # "the mayor's proposal was dead on arrival"
    if pair in profile.urgency or (word in profile.urgency and _predicative(words, i, profile)):
        return "warn", "modal"  # "our patience is wearing thin", "the window is closing"
    if word in profile.admission_starts and _admits_own(words, i, profile):
        # "it is true that our teams crossed the line"; "it is not true that we stalled"
        negated = _negated(words, i, profile)
        return ("reject", "negation") if negated else ("concede", "performative")
    if word in profile.contrition_nouns and i > 0 and words[i - 1] in profile.possessives:
        return _unless_other(clause, i, reading, ("concede", "performative"))  # "its regret"
    if word in profile.placing and _signs_up(words, i, profile):
        # "happy to put its name to the freeze"; "could not put its name to any text"
        act = ("reject", "negation") if _negated(words, i, profile) else ("accept", "performative")
        return _unless_other(clause, i, reading, act)
    if word in profile.wrongdoing and _wrong_denied(words, i, reading):
        return "reject", "negation"  # "at no point did this company mislead regulators"
    if (
        _phrase_at(words, i, profile.unrelated)
        and words[i - 1 : i] != []
        and (words[i - 1] in profile.possession or words[i - 1] in profile.copulas)
    ):
        return "reject", "negation"  # "our prices have nothing to do with the shortages"
    if word in profile.faults and _fault_called_own(words, i, profile):
        negated = _negated(words, i, profile)
        # "that's my fault"; "it is not our fault" denies it
        return ("reject", "negation") if negated else ("concede", "performative")
    if word in profile.others_own and i > 0 and words[i - 1] in profile.copulas:
        if not profile.burdens.isdisjoint(_subject(words, i - 1, profile)):
            return "warn", "modal"  # "the responsibility will be theirs and theirs alone"
        return "offer", "modal"  # "the chair can be theirs", "the raise is theirs to discuss"
    if word in profile.fear and _unafraid(words, i, profile):
        return _unless_other(clause, i, reading, ("warn", "negation"))  # "not afraid to use them"
    if word in profile.suiting_starts and _phrase_at(words, i, profile.suiting):
        negated = _negated(words, i, profile)
        return "reject" if negated else "accept", "performative"  # "that suits us fine"
    if word in profile.boundless and _negated(words, i, profile):
        return "warn", "modal"  # "our patience is not endless"
    return None


def _phrase_at(words: list[str], i: int, phrases: frozenset[str]) -> bool:
    return any(" ".join(words[i : i + size]) in phrases for size in _sizes(phrases))


# Phrase set → the lengths of its phrases in words: each set is fixed, and read often.
_SIZES: dict[frozenset[str], tuple[int, ...]] = {}


def _sizes(phrases: frozenset[str]) -> tuple[int, ...]:
    sizes = _SIZES.get(phrases)
    if sizes is None:
        sizes = _SIZES[phrases] = tuple(sorted({len(p.split()) for p in phrases}))
    return sizes


_KEYS: dict[frozenset[str], frozenset[str]] = {}


def _holds_phrase(words: list[str], start: int, phrases: frozenset[str]) -> bool:
    """Whether one of the phrases stands anywhere from `start` on; looked for only where the
    longest word of one of them does ("hindsight" for "with hindsight")."""
    keys = _KEYS.get(phrases)
    if keys is None:
        keys = _KEYS[phrases] = frozenset(max(p.split(), key=len) for p in phrases)
    if keys.isdisjoint(words[start:]):
        return False
    return any(_phrase_at(words, n, phrases) for n in range(start, len(words)))


# What follows a noun naming what it is of ("the risk of conflict").
_OF = frozenset({"of"})
# What follows "ask" when it puts a question rather than a request ("I asked whether …").
_QUESTION_WORDS = frozenset("whether if what why how who when where which".split())


def _used_as_verb(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """A speech-act word used as a verb: not after a determiner or a possessive, where a
    participle or a noun describes ("the proposed tariffs", "the rebels' demand for …"), nor
    opening a clause before "for" ("Demand for water will double"), nor asking a question."""
    before = words[i - 1] if i > 0 else ""
    if before in profile.determiners or _possessive(before) or (i == 1 and before == "that"):
        return False  # "that offer", like "the offer"
    if before in profile.noun_modifiers and i > 1 and words[i - 2] in profile.determiners:
        return False  # "our first offer", "the revised proposal"
    following = words[i + 1] if i + 1 < len(words) else ""
    if (
        before in profile.prepositions
        and _past_form(words[i], profile)
        and _noun_next(following, profile)
    ):
        return False  # "compliance with agreed quotas": a participle describing the noun
    nominal = words[i] in profile.speech_act_nouns or words[i] in profile.verbal_nouns
    if following in ("for", "of") and nominal:
        return False  # "the rebels' demand for autonomy": "demand for" is the noun
    if following in profile.prepositions and nominal and before not in profile.pronouns:
        return False  # "peak-hour demand at the hub exceeds capacity"
    if following in profile.plural_be and words[i] in profile.speech_act_nouns:
        return False  # "his security demands are non-starters": a plural noun, the subject
    if following == "by" and words[i] in profile.putting_forward and _after_a_noun(before, profile):
        return False  # "the terms offered by the president": what another put forward
    return following not in _QUESTION_WORDS


def _noun_next(following: str, profile: LanguageProfile) -> bool:
    """A word that may be the noun a participle describes: no function word, no infinitive."""
    function = profile.prepositions | profile.determiners | profile.clause_links
    return following.isalpha() and following not in function and following not in ("to", "that")


def _after_a_noun(before: str, profile: LanguageProfile) -> bool:
    """A participle after a noun modifies it; after an auxiliary or a pronoun it is a verb."""
    return before.isalpha() and not (
        before in profile.past_auxiliaries
        or before in profile.copulas
        or before in profile.clause_subjects
        or before in profile.fillers
    )


def _own_act(words: list[str], i: int, reading: Reading) -> bool:
    profile = reading.profile
    subject = _subject(words, i, profile)
    asks_of_someone = i + 1 < len(words)  # "I asked" before "whether …" puts a question
    # in reported speech a body tells of itself as "it": "said it had asked the operator to …"
    told_of_itself = [w for w in subject if w not in profile.past_auxiliaries][-1:] == ["it"]
    own = reading.role(subject) == "self" or (not reading.direct and told_of_itself)
    return asks_of_someone and _used_as_verb(words, i, profile) and own


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "s'"))


def _possessed_by_others(word: str, profile: LanguageProfile) -> bool:
    """ "their offer", "the union's demand": an act of someone the speaker speaks of."""
    return _possessive(word) or (word in profile.possessives and word not in profile.first_person)


def _mentioned_act(clause: _Clause, i: int, reading: Reading) -> tuple[str, str] | None:
    """A noun naming an act ("our offer", "the demands"): the speaker's, unless someone
    else holds it ("the rebels' demand", "shareholders will vote on the offer"), or it opens
    the clause bare ("Demand for water will double")."""
    profile = reading.profile
    words = clause.words
    if i == 0:
        return None
    if _possessed_by_others(words[i - 1], profile):
        return "assess", "other-subject"
    before = _subject(words, i, profile)
    if _named_other(before, reading) and _after_a_verb(before, profile):
        return "assess", "other-subject"
    return _speech_act(clause, i, profile.speech_act_nouns[words[i]], "noun", reading)


def _after_a_verb(before: list[str], profile: LanguageProfile) -> bool:
    """The noun is the object of the verb before it ("shareholders will vote on the offer"),
    not part of a noun phrase's own words ("the Vestmark proposal is sensible")."""
    verbs = profile.future | profile.past_auxiliaries | profile.present_auxiliaries
    return not verbs.isdisjoint(before)


def _named_other(subject: list[str], reading: Reading) -> bool:
    """In the speaker's own words, a subject naming someone the registry does not place:
    another than the speaker, who says "we" of their own side."""
    return (
        reading.direct
        and reading.role(subject) == "unknown"
        and _third_party(subject, reading.profile)
    )


def _third_party(subject: list[str], profile: LanguageProfile) -> bool:
    """A subject that names someone: not empty, not the speaker's own ("this government"),
    nor a circumstance ("under no circumstances"), nor only the auxiliary of a passive whose
    subject went before ("every nurse who was told otherwise")."""
    if not subject or subject[0] in profile.self_references:
        return False
    if all(word in profile.copulas or word in profile.past_auxiliaries for word in subject):
        return False
    return subject[0] not in profile.negators and subject[0] not in profile.prepositions


def _owned_subject(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """The predicate at `i` is said of something of the speaker's own ("our first draft was
    unworkable"), not of something of theirs named in a phrase ("a loan of our heritage")."""
    owners = profile.first_person & profile.possessives
    start = max(0, i - _SUBJECT_REACH)
    return any(
        words[n] in owners and (n == 0 or words[n - 1] not in profile.prepositions)
        for n in range(start, i)
    )


def _owned_shortcoming(words: list[str], i: int, reading: Reading) -> bool:
    """ "Our communication has been poor", "said the company had been slow to explain …"."""
    profile = reading.profile
    if not _predicative(words, i, profile):
        return False
    own = reading.role(_subject(words, i, profile)) == "self"
    return own or _owned_subject(words, i, profile)


def _not_enough(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "not good enough", "were not fast enough", "nowhere near good enough": an adjective
    said to fall short."""
    if words[i] != profile.sufficiency or i < 2:
        return False
    return _negated(words, i - 1, profile) or _phrase_at(words, i - 3, profile.falling_short)


def _deal_falls_short(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """A deal or an offer said of at `i` to fall short: turned down."""
    subject = _subject(words, i, profile)
    return _predicative(words, i, profile) and not profile.deal_nouns.isdisjoint(subject)


def _owned(clause: _Clause, i: int, reading: Reading) -> bool:
    """A fault the speaker owns: theirs in the past ("we made mistakes", "I got it wrong",
    "we were too slow")."""
    profile = reading.profile
    words = clause.words
    if words[i] in profile.excess and not _excess_at_fault(words, i, profile):
        return False  # "we wanted that too", "we have waited too long"
    if words[i] in profile.bare_admissions and i > 0 and words[i - 1] in profile.determiners:
        return False  # "the aircraft stayed on the ground"
    past = any(_past_form(w, profile) for w in words[: i + 1])
    return past and _promised_by_side(words, i, reading) and not _negated(words, i, profile)


def _deadline_given(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """A date given someone to act by: "given them until March 1 to submit …"."""
    giving = not profile.granting_time.isdisjoint(words[max(0, i - 3) : i])
    return giving and "to" in _to_clause_end(words, i)[2:]


def _braces_for_harm(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "Prepare for disruption", "brace for a long strike": harm to come, told to others."""
    if not _phrase_at(words, i, profile.bracing):
        return False
    following = words[i + 2 : i + 2 + _OBJECT_REACH]
    return not profile.harmful_events.isdisjoint(following) or "worst" in following


def _unless_self(
    clause: _Clause, i: int, reading: Reading, act: tuple[str, str]
) -> tuple[str, str] | None:
    """An act asked of others: of the speaker's own side it asks nothing."""
    if reading.role(_subject(clause.words, i, reading.profile)) == "self":
        return None
    return act


def _what_was_sought(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "The plan is what we asked for", "exactly what we wanted": the speaker's side's own
    demand met; "not what we asked for" refuses."""
    if not _predicative(words, i, profile):
        return False
    seeker = words[i + 1] if i + 1 < len(words) else ""
    verb = words[i + 2] if i + 2 < len(words) else ""
    return seeker in profile.first_person and verb in profile.seeking


def _what_others_sought(words: list[str], i: int, reading: Reading) -> bool:
    """ "…, which is what the growers asked for": the speaker's side meets another's demand."""
    profile = reading.profile
    if not _predicative(words, i, profile) or _negated(words, i, profile):
        return False
    reach = words[i + 1 : i + 2 + _NOUN_REACH]
    verb_at = next((n for n, word in enumerate(reach) if word in profile.seeking), None)
    if not verb_at:
        return False
    seeker = reach[:verb_at]
    return profile.first_person.isdisjoint(seeker) and reading.role(seeker) != "self"


def _present_want(words: list[str], i: int, reading: Reading) -> bool:
    """ "What we want is …", "what we're after is …": a want of the speaker's side, in the
    present, named as the thing asked for."""
    profile = reading.profile
    window = words[i + 1 : i + 5]
    if not window or reading.role(window[:1]) != "self" or profile.copulas.isdisjoint(window[2:]):
        return False
    return not profile.wanting.isdisjoint(window[1:3])


def _what_we_can_do(words: list[str], i: int, reading: Reading) -> bool:
    """ "What we can do is …", "what I could offer is …": the speaker's side's own move,
    named as the thing held out."""
    profile = reading.profile
    window = words[i + 1 : i + 5]
    if len(window) < 4 or reading.role(window[:1]) != "self" or window[1] not in profile.ability:
        return False
    return (window[2] in profile.doing or window[2] in profile.giving) and window[
        3
    ] in profile.copulas


def _set_as_condition(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "The release was a precondition for talks", "as a condition of approval"."""
    before = words[max(0, i - 2) : i]
    return bool(before) and (
        before[0] in profile.copulas or before[-1] in profile.copulas or "as" in before
    )


def _blame_taken(words: list[str], i: int, reading: Reading) -> bool:
    """ "That is on us", "this one is on me": the fault laid on the speaker's own side."""
    profile = reading.profile
    owner = words[i + 1 : i + 2]
    closing = all(word in _SENTENCE_END or word == "," for word in words[i + 2 :])
    return _predicative(words, i, profile) and owner in (["us"], ["me"]) and closing


def _wrong_denied(words: list[str], i: int, reading: Reading) -> bool:
    """A wrong the speaker's side is said never to have done: "we never misled anyone", "at
    no point did this company mislead regulators" (its subject after the auxiliary)."""
    profile = reading.profile
    if not _negated(words, i, profile):
        return False
    if _opens_on_negation(words, i, profile):
        inverted = words[_negative_adverbial_at(words, 0, profile) + 1 : i]
        return reading.role(inverted) == "self"
    return _own_act(words, i, reading)


def _fault_called_own(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "That's my fault", "it is not our fault": a fault the speaker's side calls its own,
    or denies is."""
    before = words[i - 1] if i > 0 else ""
    return (
        words[i] in profile.faults
        and before in profile.first_person
        and before in profile.possessives
    )


def _shoulders_a_fault(words: list[str], i: int, reading: Reading) -> bool:
    """ "I take full responsibility", "we accept the blame": the speaker's side takes on a
    fault (the verb at `i`)."""
    profile = reading.profile
    n = i + 1
    while n < len(words) and (words[n] in profile.determiners or words[n] in profile.fault_shares):
        n += 1
    if n >= len(words) or words[n] not in profile.burdens:
        return False
    return reading.role(_subject(words, i, profile)) == "self"


def _short_of_all(words: list[str], i: int, reading: Reading) -> bool:
    """Not everything the speaker's side sought: "we did not get everything", "it is not
    everything we asked for" (ground given in a deal)."""
    profile = reading.profile
    if not _negated(words, i, profile):
        return False
    sought = not profile.first_person.isdisjoint(words[i + 1 : i + 3])
    return sought or reading.role(_subject(words, i, profile)) == "self"


def _excess_at_fault(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "too slow", "too much": an excess of the speaker's own doing, not one endured."""
    following = words[i + 1] if i + 1 < len(words) else ""
    return following.isalpha() and following not in profile.endured  # not "… too, and"


def _past_form(word: str, profile: LanguageProfile) -> bool:
    return word.endswith("ed") or word in profile.participles or word in profile.past_auxiliaries


def _expects_a_thing(words: list[str], i: int, reading: Reading) -> bool:
    """ "We expect an answer", "the minimum we need is …": the speaker's side awaits
    something from others."""
    profile = reading.profile
    following = words[i + 1 : i + 1 + _SUBJECT_REACH]
    if not following or following[0] == "that" or "to" in following or _negated(words, i, profile):
        return False  # "we expect the winter to be hard" forecasts
    subject = _subject(words, i, profile)
    if subject[-1:] and subject[-1] in profile.deal_nouns and words[i] in profile.lacking:
        return True  # "the text needs a clause on civilians": what it must have
    return reading.role(subject) == "self"


def _hands_over(words: list[str], reading: Reading) -> bool:
    """What another says or believes, told in the speaker's words: its content is theirs."""
    profile = reading.profile
    for n, word in enumerate(words):
        if word in profile.hearsay_verbs and not _answered(words, n, profile):
            if n > 0 and words[n - 1] in profile.moods:
                continue  # "the treaty must say so": what is to be said, not what was
            if n > 0 and (
                words[n - 1] in profile.determiners or words[n - 1] in profile.possessives
            ):
                continue  # "these claims are false": a noun, no one's saying
            if not profile.clause_links.isdisjoint(words[:n]):
                continue  # "… because the calendar says it's spring": not the clause's verb
            if not profile.heedless_starts.isdisjoint(words[:n]):
                continue  # "…, whatever the downstream states say": set aside, not told
            subject = _subject(words, n, profile)
            if reading.role(subject) == "other" or _named_other(subject, reading):
                return True
    return False


def _answered(words: list[str], n: int, profile: LanguageProfile) -> bool:
    """ "The committee has said yes to the survey": a verb of saying that answers is an act,
    not what another says."""
    return " ".join(words[n : n + 2]) in profile.speech_act_verbs


def _withholds_comment(words: list[str], profile: LanguageProfile) -> bool:
    withheld = profile.grammar.withheld_speech
    return any(word in withheld and _negated(words, n, profile) for n, word in enumerate(words))


def _bare(words: list[str]) -> list[str]:
    """The clause's words without its commas."""
    return [word for word in words if word != ","]


def _short_answer(words: list[str], profile: LanguageProfile) -> tuple[str, str] | None:
    """A clause that is a bare yes or no: "Done.", "Yes to the ceasefire", "Not a chance."."""
    if _assents(words, profile):
        return "accept", "performative"
    bare = _bare(words)
    if len(words) <= _SHORT_ANSWER_WORDS and " ".join(bare) in profile.refusal_replies:
        return "reject", "negation"
    if bare and set(bare) == {"no"}:
        return "reject", "negation"  # "No, no, no."
    if _verdict_alone(words, profile) or " ".join(words[:2]) in profile.refusal_replies:
        return "reject", "negation"  # "Out of the question.", "Not even in a dream."
    if _no_this_no_that(words, profile):
        return "warn", "conditional"  # "No deal, no buses."
    if _not_in_any_circumstance(words, profile):
        return "reject", "negation"  # "Not while I'm mayor.", "Not on this contract."
    return None


def _not_in_any_circumstance(words: list[str], profile: LanguageProfile) -> bool:
    """ "Not here, not now, not ever", "Not while I chair this board", "Not at this price":
    a "not" opening a clause with no verb of its own, put before when, where or on what
    terms."""
    if words[:1] != [profile.negation_adverb] or len(words) < 2:
        return False
    second = words[1]
    if second not in profile.refused_circumstances and second not in profile.prepositions:
        return False
    # "not while I chair this board" has its verb after "while", in a clause of its own
    link = next((n for n in range(1, len(words)) if words[n] in profile.clause_links), len(words))
    # "not here, not now": each stretch another "not"; not "Not for the first time, the
    # talks stalled"
    stretches = " ".join(words).split(" , ")[1:]
    more = all(stretch.split()[:1] == [profile.negation_adverb] for stretch in stretches)
    return more and not finite_verb_in(words[:link], profile)


# The words of each half of "no deal, no season".
_PAIRED_NOUN_WORDS = 3


def _no_this_no_that(words: list[str], profile: LanguageProfile) -> bool:
    """ "No robot cranes, no contract", "no deal, no buses": the one is had only with the
    other."""
    if words[:1] != ["no"] or "," not in words[: _PAIRED_NOUN_WORDS + 2]:
        return False
    comma = words.index(",")
    second = words[comma + 1 : comma + 2 + _PAIRED_NOUN_WORDS]
    named = len(second) > 1 and second[1].isalpha() and second[1] not in profile.negators
    return comma > 1 and second[:1] == ["no"] and named  # not "No, no, no"


def _verdict_alone(words: list[str], profile: LanguageProfile) -> bool:
    """A clause opening on a word of refusal with no subject: "Out of the question, and
    everyone knows why", "Nonsense."; not "impossible to say"."""
    if not words or (len(words) > 1 and words[1] in profile.extraposition):
        return False
    return words[0] in profile.refusal_predicates or _phrase_at(words, 0, profile.refusal_phrases)


# No refusal in a word or three is longer than this, its commas included.
_SHORT_ANSWER_WORDS = 4


def _assents(words: list[str], profile: LanguageProfile) -> bool:
    """The clause is a bare word of assent ("Done."), opens on "yes to", ends on "… is yes",
    or is the speaker's side answering with its auxiliary alone ("We will."). A "yes" set
    off at the start more often admits ("Yes, we were too slow") than accepts."""
    bare = _bare(words)
    if len(bare) == 1 and words[0] in profile.assent:
        return True
    if " ".join(words[:2]) in profile.assent:
        return True
    if bare[-2:-1] and bare[-1] == profile.yes and bare[-2] in profile.copulas:
        return True  # "what they've said is yes"
    auxiliaries = profile.grammar.auxiliaries | profile.present_auxiliaries
    return len(bare) == 2 and bare[0] in profile.first_person and bare[1] in auxiliaries


def _deadline(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "It is time for …" / "it is high time they …": said of now, with someone to act."""
    before = words[i - 2 : i]
    if words[i + 1 : i + 3] in (["has", "come"], ["had", "come"]):
        return words[i + 3 : i + 4] == ["for"]  # "the time has come for them to …"
    overdue = len(before) == 2 and before[0] in profile.copulas and before[1] in profile.overdue
    said_of_now = bool(before) and (
        before[-1] in profile.copulas
        or overdue
        or (before[0] in profile.copulas and _possessed_by_others(before[-1], profile))
    )  # "it is their turn to give something back"
    if overdue:
        return i + 1 < len(words)  # "it is high time the alliance stopped its exercises"
    following = words[i + 1] if i + 1 < len(words) else ""
    # "it is time for …", "it is time we …", "it is time the creditors recognised …"
    named = following in profile.clause_subjects or following in profile.determiners
    return said_of_now and (following in ("for", "to") or named)


def _opening(clause: _Clause, i: int, reading: Reading) -> tuple[str, str] | None:
    """ "Our door is open", "the channel to talks has never been closed": a way to talk held
    open offers talks; held shut, refuses them."""
    profile = reading.profile
    words = clause.words
    owned = i > 0 and words[i - 1] in profile.first_person
    leads_to_talks = words[i + 1 : i + 2] in (["to"], ["for"]) or _cooperative(
        words[i + 1 : i + 4], profile
    )
    if not owned and not leads_to_talks:
        return None  # "the doors of the hall": doors, not a way to talk
    states = profile.open_states | profile.closed_states
    reach = range(i + 1, min(len(words), i + _OBJECT_REACH))
    state = next((n for n in reach if words[n] in states), None)
    kept = not profile.keeping.isdisjoint(words[max(0, i - 4) : i])
    if state is None or not (kept or any(w in profile.copulas for w in words[i + 1 : state])):
        return None
    held_open = (words[state] in profile.open_states) != _negated(words, state, profile)
    return ("offer", "modal") if held_open else ("reject", "negation")


def _opens(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """At the clause's start, or after words that only lead in ("then let us …")."""
    return all(word in profile.fillers or word in profile.coordinators for word in words[:i])


def _refused_by_predicate(words: list[str], i: int, reading: Reading) -> bool:
    """ "Those terms are impossible" refuses them; "it is impossible to say" does not, nor
    does "the plan is not unrealistic"."""
    profile = reading.profile
    if not _predicative(words, i, profile) or _negated(words, i, profile):
        return False
    # "it is impossible to say" judges what follows; "it is a fantasy" refuses what "it" is
    extraposed = i + 1 < len(words) and words[i + 1] in profile.extraposition
    return reading.role(_subject(words, i, profile)) != "impersonal" or not extraposed


def _told_in_the_past(words: list[str], profile: LanguageProfile) -> bool:
    """A clause telling what was done ("the offers were ignored") only mentions an act."""
    return any(word.endswith("ed") or word in profile.participles for word in words)


def _speech_act(
    clause: _Clause, i: int, stance: str, evidence: str, reading: Reading
) -> tuple[str, str] | None:
    if stance == "demand" and _demanded_of_speaker(clause, i, reading):
        return "assess", "other-subject"  # "they have demanded that we disarm first"
    if stance == "accept" and _agreed_only_to_meet(clause.words, i, reading.profile):
        return None  # "we agreed to meet again in a fortnight": the next step, nothing taken
    if stance in ("accept", "offer") and _thing_denied_before(clause.words, i, reading.profile):
        return "reject", "negation"  # "there is no version of this merger I can see us approving"
    if stance == "concede" and _regret_foretold(clause.words, i, reading.profile):
        return "warn", "modal"  # "those who threaten us will regret it"
    if stance == "offer" and _offered_to_speaker_or_by_others(clause.words, i, reading):
        return "assess", "other-subject"  # "we were promised a raise", "offered by the platform"
    if clause.words[i] in reading.profile.granting and _grants_a_point(clause.words, i, reading):
        stance = "concede"  # "we accept that our boats overfished": a point, not a proposal
    if stance == "accept" and (
        _agrees_to_yield(clause.words, i, reading.profile)
        or _reverses_a_stand(clause.words, i, reading.profile)
    ):
        stance = "concede"  # "we have agreed to close the scheme": giving ground
    if _ceased(clause.words, i, reading.profile) and stance in ("demand", "reject"):
        return _unless_other(clause, i, reading, ("concede", "negation"))  # "no longer insist"
    if _negated(clause.words, i, reading.profile):
        # Not offering, accepting or giving way is refusing; not demanding is nothing; and
        # "could not agree" tells what could not be done.
        if stance == "reject" and _objection_waived(clause, i, reading.profile):
            return _unless_other(clause, i, reading, ("accept", "negation"))
        if stance == "reject":
            # "we have never refused to talk": a refusal denied holds talks out; under a
            # condition, a step held in reserve ("could not rule out withdrawing it if …")
            act = ("warn", "conditional") if clause.conditional else ("offer", "negation")
            return _unless_other(clause, i, reading, act)
        if stance not in ("offer", "accept", "concede") or _unable(clause.words, i, reading):
            return None
        return _unless_other(clause, i, reading, ("reject", "negation"))
    if stance == "accept" and clause.words[i + 1 : i + 2] in (["nothing"], ["no"]):
        return _unless_other(clause, i, reading, ("reject", "negation"))  # "accept nothing else"
    return _unless_other(clause, i, reading, (stance, evidence))


def _objection_waived(clause: _Clause, i: int, profile: LanguageProfile) -> bool:
    """ "would not oppose the compromise text": no objection to a deal put forward, unless
    on a condition."""
    if clause.words[i] not in profile.objecting or clause.conditional:
        return False
    following = clause.words[i + 1 : i + 1 + _NOUN_REACH]
    return not profile.deal_nouns.isdisjoint(
        following
    ) or not profile.speech_act_nouns.keys().isdisjoint(following)


def _reverses_a_stand(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """Agreeing to what one's side had refused ("a clause it had resisted for two years")
    or while dropping a claim ("dropping its earlier insistence on …") gives ground."""
    after = words[i + 1 :]
    for n, word in enumerate(after):
        refused = profile.speech_act_verbs.get(word) == "reject" or word in profile.resistance
        if refused and n > 0 and after[n - 1] in profile.past_auxiliaries:
            return True
        owned = n + 1 < len(after) and after[n + 1] in profile.possessives
        if word in profile.abandonment and owned:
            return True  # "dropping its insistence", not "ending a standoff"
    return False


def agreed_to_yield(content: str, profile: LanguageProfile) -> bool:
    """What a verb of agreeing reports is ground given ("agreed to hand back 12 slots")."""
    return _agrees_to_yield(["agreed", *_tokens(content, profile)], 0, profile)


def _agrees_to_yield(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """Agreeing to give something up, cut or hand it back ("agreed, reluctantly, to close …")."""
    j = _skip(words, i + 1, profile.fillers | {","} | profile.manner)
    if words[j : j + 1] != ["to"] or j + 1 >= len(words):
        return False
    verb = words[j + 1]
    return verb in profile.yielding or _gives_up(words, j + 1, profile)


def _next_verb_in(
    words: list[str], i: int, verbs: frozenset[str], profile: LanguageProfile
) -> bool:
    """The modal at `i` governs one of `verbs` ("have to accept", "must now accept")."""
    j = _skip(words, i + 1, profile.fillers | {"to"})
    return j < len(words) and words[j] in verbs


def _grants_a_point(words: list[str], i: int, reading: Reading) -> bool:
    """ "We accept that we overfished", "I accept that.": what is accepted is a clause or the
    point just made, not a proposal ("we accept that offer")."""
    profile = reading.profile
    if words[i + 1 : i + 2] != ["that"]:
        return False
    following = words[i + 2] if i + 2 < len(words) else "."
    return (
        following in _SENTENCE_END
        or following == ","
        or following in profile.determiners
        or following in profile.pronouns
        or following in profile.possessives
        or finite_verb_in(words[i + 3 : i + 3 + _SUBJECT_REACH], profile)
    )


def finite_verb_in(words: list[str], profile: LanguageProfile) -> bool:
    """A verb with a tense before the clause's first comma: "that [loans alone] will not do",
    "that [some of our units] breached the truce"."""
    for word in words:
        if word == ",":
            return False
        if word in profile.modals or word in profile.copulas or word in profile.past_auxiliaries:
            return True
        if _past_form(word, profile):
            return True
    return False


def _unable(words: list[str], i: int, reading: Reading) -> bool:
    profile = reading.profile
    start = max(0, i - _NEGATION_REACH - 1)
    return not profile.past_ability.isdisjoint(words[start:i])


def _readiness(clause: _Clause, i: int, reading: Reading) -> tuple[str, str]:
    if _negated(clause.words, i, reading.profile):
        return _unless_other(clause, i, reading, ("reject", "negation"))
    if _gives_up(clause.words, i + 2, reading.profile):
        return _unless_other(clause, i, reading, ("concede", "modal"))  # "ready to drop …"
    if _takes_a_deal(clause.words, i + 2, reading.profile) and not clause.conditional:
        # "ready to sign it" takes what is there; "ready to sign if …" offers terms
        return _unless_other(clause, i, reading, ("accept", "modal"))
    if _ready_to_hit_back(clause.words, i + 2, reading.profile):
        return _unless_other(clause, i, reading, ("warn", "modal"))
    if _harmful(_subject(clause.words, i, reading.profile), reading.profile):
        return "warn", "modal"  # "countermeasures are ready to go"
    return _unless_other(clause, i, reading, ("offer", "modal"))


def _ready_by_phrase(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "We are in a position to give …": readiness said in a phrase ending at `i`, before
    its "to"."""
    if words[i + 1 : i + 2] != ["to"]:
        return False
    return any(
        " ".join(words[max(0, i + 1 - size) : i + 1]) in profile.readiness_phrases
        for size in _sizes(profile.readiness_phrases)
    )


def _takes_a_deal(words: list[str], j: int, profile: LanguageProfile) -> bool:
    """ "ready to sign the agreement", "happy to take the deal": what is on offer, taken."""
    if j >= len(words):
        return False
    if profile.speech_act_verbs.get(words[j]) == "accept":
        return True  # "happy to sign on the dotted line"
    if words[j] in profile.placing and _signs_up(words, j, profile):
        return True  # "happy to put its name to the freeze"
    taken = words[j] in profile.taking
    return taken and not profile.deal_nouns.isdisjoint(words[j + 1 : j + 1 + _OBJECT_REACH])


def _ready_to_hit_back(words: list[str], j: int, profile: LanguageProfile) -> bool:
    """Ready to respond, or for anything at all: a threat, not an offer ("prepared to
    retaliate", "ready for every outcome")."""
    following = words[j : j + 1]
    if not following or _cooperative(words[j : j + _OBJECT_REACH], profile):
        return False
    if any(_phrase_at(words, n, profile.resolve) for n in range(j, len(words))):
        return True  # "prepared to stay out as long as it takes"
    return following[0] in profile.responses or following[0] in profile.universal


def _obligation(clause: _Clause, i: int, reading: Reading) -> tuple[str, str] | None:
    """Who must act decides: another party (or no one named) is asked to; "we must" binds the
    speaker, an offer only when what we must do is talk."""
    words = clause.words
    cooperative = _cooperative(_object_of(words, i + 1, reading.profile), reading.profile)
    role = reading.role(_subject(words, i, reading.profile))
    if _counterfactual(words, i, reading.profile):
        # "we should not have sent troops" owns a fault; "they should have asked" blames
        return ("concede", "modal") if role == "self" else None
    own = role == "self" or (not reading.direct and role in ("unknown", "impersonal"))
    if own and _forced_under_condition(clause, i, reading.profile):
        return "warn", "conditional"  # "the airline might have to ground 40 aircraft if …"
    if role == "self":
        if _next_verb_in(words, i, reading.profile.granting, reading.profile):
            return "concede", "modal"  # "we have to accept it": a point given up
        if _owned_thing_must_be(words, i, reading.profile):
            return "demand", "modal"  # "our fighters must be on that list"
        return ("offer", "modal") if cooperative else None
    if _told_to_reckon(words, i, reading.profile) or _braces_for_harm(
        words, _skip(words, i + 1, reading.profile.fillers | {"to"}), reading.profile
    ):
        return "warn", "modal"  # "they should know that …", "schools should prepare for …"
    if role == "unknown" and (cooperative or _cooperative(words[:i], reading.profile)):
        return "offer", "modal"
    return "demand", "modal"


def _owned_thing_must_be(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """What is the speaker's ("our fighters", "our members") must be somewhere or have
    something done to it: others are asked to see to it."""
    subject = _subject(words, i, profile)
    j = _skip(words, i + 1, profile.fillers | {"to"})
    owned = len(subject) > 1 and subject[0] in profile.possessives
    return owned and j < len(words) and words[j] in profile.copulas


def _forced_under_condition(clause: _Clause, i: int, profile: LanguageProfile) -> bool:
    """ "Might have to ground planes if …", "would have to be postponed without …": what the
    speaker's side may be driven to, should a condition come about."""
    tentative = i > 0 and clause.words[i - 1] in profile.tentative | profile.possibility
    return tentative and (clause.conditional or not profile.privation.isdisjoint(clause.words))


def _counterfactual(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "should have done", "should not have been": what ought to have happened and did not."""
    j = _skip(words, i + 1, profile.fillers | profile.negators)
    if j >= len(words) or words[j] not in profile.past_auxiliaries:
        return False
    # "as well as we should have": the participle is understood
    if j + 1 == len(words) or words[j + 1] == "," or words[j + 1] in profile.coordinators:
        return True
    return _past_form(words[j + 1], profile)


def _could_have_done_better(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "could have been more transparent", "might have done more": what was not done as
    well as it could have been."""
    if words[i] not in profile.ability | profile.tentative or not _counterfactual(
        words, i, profile
    ):
        return False
    return not profile.comparatives.isdisjoint(words[i + 1 : i + 1 + _OBJECT_REACH])


def _told_to_reckon(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """Others told what they must know or believe are warned of what follows."""
    j = _skip(words, i + 1, profile.fillers | profile.negators)
    if j >= len(words):
        return False
    if words[j] in profile.copulas and _phrase_at(words, j + 1, profile.admonitions):
        return True  # "they should not be surprised if …", "should be under no illusion"
    if words[j] in profile.complacency or (
        words[j] in profile.taking and profile.granted in words[j + 1 : j + 1 + _OBJECT_REACH]
    ):
        return True  # "nobody should assume …", "should take our seats for granted"
    lemma = profile.reporting.forms.get(words[j])
    return lemma is not None and lemma in profile.reporting.taking("belief")


def _commitment(clause: _Clause, i: int, reading: Reading) -> tuple[str, str] | None:
    """ "We will not …" refuses; "we will meet …" offers; "we could look at …" offers;
    "if …, we will …" warns."""
    profile = reading.profile
    words = clause.words
    phrase = words[i] if words[i] in profile.modals else f"{words[i]} to"
    j = _skip(words, i + len(phrase.split()), profile.fillers)
    if _never_to_be(words, i, profile):
        return "reject", "negation"  # "they were never part of the framework, and never will be"
    if _could_have_done_better(words, i, profile):
        # "we could have been more transparent" owns a fault; "they could have done more" blames
        return ("concede", "modal") if reading.role(_subject(words, i, profile)) == "self" else None
    if _inverted_negation(words, i, j, profile):
        # "under no circumstances will we …": the subject follows the modal
        return _refusal(clause, i, _skip(words, j + 1, profile.fillers), reading)
    if " " in phrase and _negated(words, i, profile):
        return _refusal(clause, i, j, reading)  # "we are not going to …"
    if _denied_thing(words, i, profile):
        return _refusal(clause, i, j, reading)  # "it is not something we will discuss"
    elif j < len(words) and words[j] in profile.negators:
        stop = 2 if " ".join(words[j : j + 2]) in profile.cessation else 1
        return _refusal(clause, i, _skip(words, j + stop, profile.fillers), reading)
    negation = _negative_adverbial_at(words, j, profile)
    if negation:
        # "would under no circumstances allow it"
        return _refusal(clause, i, _skip(words, j + negation, profile.fillers), reading)
    if phrase in profile.future and _said_of_no_one(words, i, profile):
        if j < len(words) and words[j] in profile.suffering:
            return "offer", "negation"  # "no worker will lose their job": a guarantee
        return "reject", "negation"  # "nobody is going to hand them a veto"
    if _others_unheeded(words, j, reading):
        return "reject", "negation"  # "the dam will be built, whatever the downstream states say"
    if _holds_phrase(words, j, profile.defiance):
        return "warn", "modal"  # "the dam will be filled, with or without an agreement"
    following = words[j : j + _OBJECT_REACH]
    if following[:1] and following[0] in profile.expectation:
        return None  # "her country would need guaranteed seats": read at the need
    if not following or _announced(words, i, j, reading):
        return None  # "said it would offer new bonds, with a clause …": read at its verb
    if " ".join(following[:2]) in profile.deontic and (not clause.conditional or clause.reciprocal):
        # "any club would have to pay the clause", "if they want our votes, they will have
        # to earn them": read at "have to"
        return None
    welcome = following[0] in profile.responses and following[1:2] != []
    if welcome and following[1] in profile.favourably and _promised_by_side(words, i, reading):
        return "accept", "modal"  # "it would respond positively to the proposal"
    if _told_to_keep_it(words, i, following, profile):
        return "reject", "performative"  # "they can keep their partnership"
    if _granted_on_terms(clause, i, following, reading):
        return "offer", "conditional"  # "the platforms can have the games if they pay"
    bearable = " ".join(following[:2]) in profile.bearable or following[0] in profile.bearable
    if bearable and words[i] in profile.ability:
        return _unless_other(clause, i, reading, ("accept", "modal"))  # "we can live with it"
    if following[0] in profile.permission and words[i] not in profile.ability:
        return _unless_other(clause, i, reading, ("offer", "modal"))  # "we will let … through"
    if _made_available(following, profile):
        return _unless_other(clause, i, reading, ("offer", "modal"))  # "will be available to"
    if _permitted(following, profile) and words[i - 1 : i] != ["who"]:
        # "party agents would be allowed to observe the recount"; "who would be allowed to
        # film it" asks
        return "offer", "modal"
    if words[j] in profile.backing and _backs_a_deal(words, j, profile):
        return None  # "we could support the compromise text": read at the verb
    if following[0] in profile.consideration and not profile.options.isdisjoint(following):
        return _unless_other(clause, i, reading, ("warn", "modal"))  # "will weigh all options"
    if phrase in profile.tentative and following[0] in profile.consideration:
        return _unless_other(clause, i, reading, ("offer", "modal"))
    if _raises_own_offer(words, j, profile) and _promised_by_side(words, i, reading):
        return "offer", "modal"  # "it would lift its bid to 14.20 krona"
    if _gives_up(words, j, profile):
        return None  # read at its verb: "we will drop …" gives way
    taken = _takes_what_is_there(words[j : j + 2 * _OBJECT_REACH], profile)
    taken = taken or _goes_along(words, j, profile)
    if taken and _promised_by_side(words, i, reading):
        return "accept", "modal"  # "we will take it", "will join the scheme proposed by …"
    if _put_to_a_vote(following, profile):
        return None  # "would put the revised offer to members with a recommendation …"
    gives = _gives(words[j:], profile) or not profile.goodwill.isdisjoint(words)
    gives = gives or _names_a_figure(following, profile) or _does_what_was_named(following, profile)
    # "could place its launchers under inspection in exchange for a freeze"
    gives = gives or any(_phrase_at(words, n, profile.exchange) for n in range(j, len(words)))
    if gives and _promised_by_side(words, i, reading):
        # "we will hire more pilots", "she would table a text", "our fighters will pull back
        # two kilometres as a gesture"
        return "offer", "modal"
    cooperative = following[0] in profile.cooperation or (
        following[0] in profile.light_verbs and _cooperative(following, profile)
    )
    if cooperative and _named_other(_subject(words, i, profile), reading):
        return "assess", "other-subject"  # "ministers from both sides will meet on the 12th"
    if cooperative and _scheduled(words[j:], profile):
        return None  # "we will meet again in a week": a date set, nothing held out
    if cooperative:
        return _unless_other(clause, i, reading, ("offer", "modal"))
    if _conditional(clause, i, profile) and _acts(words, j, profile):
        if clause.reciprocal and reading.role(_subject(words, i, profile)) == "other":
            return None  # "they can do 30 percent if they want": their choice, not our offer
        return "warn", "conditional"
    responds = following[0] in profile.responses or following[0] in profile.retorts
    if responds and not profile.generic_subjects.isdisjoint(following):
        return "warn", "conditional"  # "we will respond to any provocation": if there is one
    if phrase in profile.modals and _harmful(words, profile):
        return "warn", "performative"  # "will have consequences", "could result in fines"
    strikes = following[0] in profile.disruption or _goes_to_law(following, profile)
    if strikes and _promised_by_side(words, i, reading):
        return "warn", "modal"  # "members would block the main highways from Monday"
    if _reported_deed(words, i, j, reading):
        if following[0] in profile.responses or clause.threatened:
            # "said it would respond", "would take its offer to shareholders should the board
            # continue to refuse": what the speaker's side will do if others fail, a threat
            return "warn", "modal"
        return "offer", "modal"  # "the ministry said it would triple its contribution"
    return None


def _goes_to_law(following: list[str], profile: LanguageProfile) -> bool:
    """ "will sue", "will take the case to the tribunal", "will be in court with 140 claims",
    "will seek an injunction": going to law against the other side."""
    reach = following[: _OBJECT_REACH + 1]
    if following[0] in profile.legal_action or not profile.legal_remedies.isdisjoint(reach):
        return True
    # to a court, not "will respect the court's ruling"
    return any(
        word in profile.courts and not profile.court_links.isdisjoint(reach[max(0, n - 3) : n])
        for n, word in enumerate(reach)
    )


def _told_to_keep_it(
    words: list[str], i: int, following: list[str], profile: LanguageProfile
) -> bool:
    """ "They can keep their money", "the app can keep its partnership": what another side
    holds out, handed back; a dismissal."""
    if words[i] not in profile.ability or following[0] not in profile.keeping:
        return False
    owner = following[1] if len(following) > 1 else ""
    return owner in profile.possessives and owner not in profile.first_person


def _granted_on_terms(clause: _Clause, i: int, following: list[str], reading: Reading) -> bool:
    """ "If they want observers, they can have observers": what another side may have, on a
    condition, is held out to it."""
    profile = reading.profile
    if not clause.conditional or clause.threatened or clause.words[i] not in profile.ability:
        return False
    if following[0] not in profile.possession:
        return False
    return reading.role(_subject(clause.words, i, profile)) != "self"


def _denied_thing(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "not something we can entertain", "nothing we would sign": the modal's clause
    describes a thing denied, so its verb is denied too."""
    n = _thing_before_subject(words, i, profile)
    if n < 0:
        return False
    thing = words[n]
    if thing in profile.nobody_things:
        return True  # "nothing we would sign"
    if thing in profile.things and n >= 1 and words[n - 1] in profile.negators:
        return True  # "not something we can entertain"
    # "not a number we can take to our clubs"
    return (
        n >= 2 and words[n - 1] in profile.indefinite_articles and words[n - 2] in profile.negators
    )


def _thing_before_subject(words: list[str], i: int, profile: LanguageProfile) -> int:
    """Where the thing stands that the modal's clause describes: before its subject, a
    pronoun ("something we can …") or a noun after "any" ("something any government could
    …"), and any relative ("nothing that we could …"); -1 when there is none."""
    if i >= 2 and words[i - 1] in profile.clause_subjects:
        n = i - 2
    elif i >= 3 and words[i - 2] in profile.universal:
        n = i - 3
    elif i >= 3 and words[i - 2] in profile.body_determiners and words[i - 1] in profile.bodies:
        n = i - 3  # "not one this government intends to rewrite"
    else:
        # "not something any of our members will ever sign"
        start = max(0, i - _SUBJECT_REACH)
        universal = [k for k in range(start, i) if words[k] in profile.universal]
        if not universal or universal[0] < 1:
            return -1
        n = universal[0] - 1
    if n >= 1 and words[n] in profile.grammar.relatives:
        n -= 1
    return n


def _takes_what_is_there(following: list[str], profile: LanguageProfile) -> bool:
    """ "take the deal", or "take it" said of what is on offer: the pronoun ends the clause or
    its verb's phrase ("we'll take it and say thank you"), unlike "take it to court"."""
    if following[0] not in profile.taking or len(following) < 2:
        return False
    if not profile.deal_nouns.isdisjoint(following[1 : 2 + _NOUN_REACH]):
        return True
    if not profile.putting_forward.isdisjoint(following[2:]) or "available" in following[2:]:
        return True  # "take the winter slots the ministry had made available"
    ends = len(following) == 2 or following[2] in profile.coordinators or following[2] in ",.;:"
    # "we'll take it", "we'll take that"
    if (following[1] in profile.objects or following[1] in profile.anaphoric_subjects) and ends:
        return True
    return following[1] in profile.grammar.articles and _bare_noun_phrase(following[2:], profile)


def _bare_noun_phrase(words: list[str], profile: LanguageProfile) -> bool:
    """A short noun phrase that ends its clause or phrase ("the two-year freeze, and …"):
    a thing taken, unlike "the matter to court" or "part in the talks"."""
    for n, word in enumerate(words[: _NOUN_REACH + 1]):
        if word in profile.coordinators or word in ",.;:":
            return n > 0
        if word in profile.prepositions or word in profile.verb_particles:
            return False
    return 0 < len(words) <= _NOUN_REACH


def _goes_along(words: list[str], j: int, profile: LanguageProfile) -> bool:
    """ "join the scheme proposed by Oskaria", "take up the committee's proposal", "grant the
    request": going along with what another side put forward or asked for."""
    following = words[j : j + _OBJECT_REACH + _DEED_SUBJECT_WORDS]
    if following[0] not in profile.joining and following[0] not in profile.taking:
        return False
    for k in range(1, len(following)):
        word = following[k]
        if word in profile.request_nouns and following[0] not in profile.taking:
            return True  # "grant the request", "meet that requirement"
        if word == "by" and following[k - 1] in profile.putting_forward:
            return True  # "the terms offered by the president"
        if word in profile.deal_nouns and _possessed_by_others(following[k - 1], profile):
            return True  # "take up the committee's proposal", "join their scheme"
    return False


def _said_of_no_one(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "Nobody is going to …", "no actor in this guild will …", "…, and no board anywhere
    would …"."""
    subject = _subject(words, i, profile)
    if subject[:1] and subject[0] in profile.negative_determiners:
        return True
    if any(" ".join(subject).startswith(no_one) for no_one in profile.negative_subjects):
        return True
    for n in range(max(0, i - _NEGATION_REACH), i):
        opens = n == 0 or words[n - 1] in profile.coordinators or words[n - 1] == ","
        if words[n] in profile.negative_determiners and opens:
            return True
    return False


def _announced(words: list[str], i: int, j: int, reading: Reading) -> bool:
    """In reported speech, what the speaker's side said it would do names an act of its own
    ("said it would accept the rate"): the verb, not the modal, tells which."""
    profile = reading.profile
    subject = _subject(words, i, profile)
    return (
        not reading.direct
        and words[i] in profile.future
        and _names_an_act(words, j, profile)
        # "we would welcome …" is the speaker's own tentative offer, quoted
        and profile.first_person.isdisjoint(subject)
        and _promised_by_side(words, i, reading)
    )


def _names_an_act(words: list[str], j: int, profile: LanguageProfile) -> bool:
    acts = profile.speech_act_verbs
    return words[j] in acts or " ".join(words[j : j + 2]) in acts


def _reported_deed(words: list[str], i: int, j: int, reading: Reading) -> bool:
    """ "X said it would sell 140 stores": reported speech of a deed the speaker's own side
    ("it", "her government", "they" of a group) will do announces it, which holds it out to
    the other side."""
    profile = reading.profile
    if words[i] not in profile.future:
        return False
    verb = words[j]
    subject = _subject(words, i, profile)
    own = subject == [profile.first_person_plural] or reading.names_own_body(subject)
    if reading.direct and (not own or _next_step(words, j, profile)):
        # in the speaker's own words, only "we will …" or "the company will …", said by its
        # chief executive, announces a deed
        return False
    if verb in profile.copulas or verb in profile.possession or not verb.isalpha():
        return False
    if _names_an_act(words, j, profile):
        return False  # "we will push for a larger quota": read at its verb
    if len(subject) > _DEED_SUBJECT_WORDS:
        return False  # "we cannot predict how the parliament will vote": not ours
    return reading.role(subject) == "self" or subject == ["it"]


def _next_step(words: list[str], j: int, profile: LanguageProfile) -> bool:
    """ "We will see", "we will study it", "we will take it to the members": the next step of
    a process, not a deed held out; "we will back it" is read at its verb."""
    verb = words[j]
    if verb in profile.process_verbs or verb in profile.backing or verb in profile.voting:
        return True
    return verb in profile.taking and "to" in words[j + 1 : j + 4]


def _unafraid(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "We are not afraid to use them": no fear of the act that follows."""
    fearless = _negated(words, i, profile) and _predicative(words, i, profile)
    return fearless and _followed_by(words, i, profile.infinitive_markers)


def _signs_up(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "Put its name to the freeze": a possessive, then the signature noun and its link."""
    after = words[i + 1 : i + 4]
    return (
        len(after) == 3
        and after[0] in profile.possessives
        and (" ".join(after[1:]) in profile.signature)
    )


def _names_a_figure(following: list[str], profile: LanguageProfile) -> bool:
    """ "We can do 30 percent", "we could do four years": a figure the speaker's side can
    meet."""
    return following[0] in profile.doing and following[1:2] != [] and following[1][:1].isdigit()


def _does_what_was_named(following: list[str], profile: LanguageProfile) -> bool:
    """ "A 72-hour pause for the harvest: we can do that": what was just named, met, the
    clause ending on it."""
    if len(following) < 2 or following[0] not in profile.doing:
        return False
    ends = following[2:3] == [] or following[2] in _SENTENCE_END or following[2] == ","
    return following[1] in profile.anaphoric_subjects and following[1] != "it" and ends


def _amount(word: str) -> bool:
    return word[:1].isdigit() or word[:1] in "$£€"


def _gives(following: list[str], profile: LanguageProfile) -> bool:
    """The modal's verb gives, or one joined to it does ("could push the date back and fund a
    retraining centre")."""
    if following[0] in profile.giving or _puts_on_offer(following, profile):
        return True
    if following[0] in profile.placing and any(_amount(w) for w in following[1 : _NOUN_REACH + 1]):
        return True  # "would put another $500 million into the fund"
    return any(
        word in profile.coordinators and following[n + 1] in profile.giving
        for n, word in enumerate(following[:-1])
    )


def _puts_on_offer(following: list[str], profile: LanguageProfile) -> bool:
    """ "put an improved offer on the table": a verb of placing, and the place of offers."""
    return following[0] in profile.placing and any(
        _phrase_at(following, n, profile.offer_places) for n in range(1, len(following))
    )


def _promised_by_side(words: list[str], i: int, reading: Reading) -> bool:
    """Whose promise: the speaker's side's ("we will"), or, in reported speech, that of the
    subject the speaker is reported by ("she said the government would …")."""
    role = reading.role(_subject(words, i, reading.profile))
    return role == "self" or (not reading.direct and role in ("unknown", "impersonal"))


def _content_with(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "We are pleased with the offer", "glad that they agreed": content with something;
    or the speaker's side content, said of itself alone ("with that in writing, I'm content")."""
    if not _predicative(words, i, profile):
        return False
    if _followed_by(words, i, profile.contentment_links):
        return True
    if words[i] in profile.linked_contentment:
        return False
    ends = i + 1 == len(words) or words[i + 1] == "," or words[i + 1] in profile.coordinators
    return ends and not profile.first_person.isdisjoint(_since_comma(words, i))


def _brings_about_harm(words: list[str], i: int, reading: Reading) -> bool:
    """ "This creates preconditions for conflicts", "it risks an escalation": a verb of
    causing with an event no side wants among its objects. In the speaker's own words a past
    tense tells what happened; reported speech shifts the present back ("said it created …")."""
    profile = reading.profile
    if reading.direct and words[i].endswith("ed"):
        return False
    # "the risk of conflict", "a real risk of …" name the risk, as a noun
    noun = (i > 0 and words[i - 1] in profile.grammar.articles) or _followed_by(words, i, _OF)
    return not noun and not profile.harmful_events.isdisjoint(words[i + 1 : i + 1 + _OBJECT_REACH])


def _voting_link(words: list[str], i: int, profile: LanguageProfile) -> int:
    """How many words link a vote to what it backs ("vote for", "voted in favour of"): 0 when
    none does ("vote on")."""
    for size in _sizes(profile.voting_links):
        if " ".join(words[i + 1 : i + 1 + size]) in profile.voting_links:
            return size
    return 0


def _backs_a_deal(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "support the chair's proposal", "backed the revised terms", "will support the
    ministry's revised cap": a deal or a plan is the object, or something of another's,
    within a few words."""
    following = words[i + 1 : i + 1 + _OBJECT_REACH]
    anothers = following[:1] == ["the"] and any(map(_possessive, following[1:3]))
    return _used_as_verb(words, i, profile) and (
        anothers or not profile.deal_nouns.isdisjoint(following)
    )


def _concluded(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "The deal's done", "the agreement is signed and covers …": a deal, named as the
    subject, concluded now; not "the talks were done", nor "is not signed"."""
    n = i - 1
    while n >= 0 and words[n] in profile.fillers:
        n -= 1
    if n < 1 or _negated(words, i, profile):
        return False
    if words[n].endswith("'s"):
        return words[n].removesuffix("'s") in profile.deal_nouns  # "the deal's done"
    if words[n] not in profile.present_be:
        return False
    return not profile.deal_nouns.isdisjoint(words[max(0, n - _SUBJECT_REACH) : n])


def _backs_what_was_named(words: list[str], i: int, reading: Reading) -> bool:
    """ "…, but we will vote for it": the speaker's side backing what the quote spoke of."""
    profile = reading.profile
    at = i + 1 + _voting_link(words, i, profile)
    if at >= len(words) or words[at] not in profile.anaphoric_subjects:
        return False
    closes = at + 1 == len(words) or words[at + 1] == "," or words[at + 1] in _SENTENCE_END
    return closes and _promised_by_side(words, i, reading)  # "… and would recommend it"


def _put_to_a_vote(following: list[str], profile: LanguageProfile) -> bool:
    """ "put the offer to members", "put the deal to a ballot": a placing verb, a deal and
    those who will vote on it."""
    if not following or following[0] not in profile.placing or "to" not in following:
        return False
    after_to = following[following.index("to") + 1 :][:_NOUN_REACH]
    dealt = not profile.deal_nouns.isdisjoint(following)
    return dealt and not profile.electorates.isdisjoint(after_to)


def _advises_taking_it(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """A recommendation whose content, within a few words, is to accept ("… to approve it",
    "… that they accept")."""
    window = words[i + 1 : i + 1 + _NOUN_REACH + 1]
    return any(profile.speech_act_verbs.get(word) == "accept" for word in window)


def _backs_a_deal_named_before(words: list[str], i: int, reading: Reading) -> bool:
    """ "This is a deal I can vote for", "a scheme we can back": the deal comes first, the
    speaker's side backing it after, at the clause's end."""
    profile = reading.profile
    end = i + 1 + _voting_link(words, i, profile)
    if end < len(words) and words[end] != "," and words[end] not in profile.coordinators:
        return False
    before = words[max(0, i - _NOUN_REACH - 2) : i]
    deals = [n for n, word in enumerate(before) if word in profile.deal_nouns]
    if not deals:
        return False
    # "a deal we can back", "the text is one Ostrevia will back": who backs it
    linking = profile.copulas | profile.things | profile.future | profile.ability | profile.fillers
    backer = [word for word in before[deals[-1] + 1 :] if word not in linking]
    return reading.role(backer) == "self"


def _lack_brings_loss(words: list[str], profile: LanguageProfile) -> bool:
    """ "No deal means no games", "no pay rise spells a strike": what is lacking brings a
    loss or a harm."""
    verb = next((n for n, word in enumerate(words) if word in profile.entailing), None)
    if verb is None or verb < 2:
        return False
    brought = words[verb + 1 :]
    if not brought or brought[0] in profile.negative_determiners:
        return bool(brought)
    troubles = profile.harmful_events | profile.disruption
    return _harmful(brought, profile) or not troubles.isdisjoint(brought)


def _harmful(words: list[str], profile: LanguageProfile) -> bool:
    """Words that hold harm over someone: "consequences", or a cost said to be paid or steep
    ("they will pay a price", "the price will be very high")."""
    if not profile.harm.isdisjoint(words):
        return True
    return any(
        word in profile.costs
        and not profile.steep_costs.isdisjoint(words[max(0, n - 3) : n + 1 + _COST_REACH])
        for n, word in enumerate(words)
    )


def _since_comma(words: list[str], i: int) -> list[str]:
    """The words of the clause's last comma-bounded stretch before `i`."""
    start = next((n + 1 for n in range(i - 1, -1, -1) if words[n] == ","), 0)
    return words[start:i]


def _followed_by(words: list[str], i: int, following: frozenset[str]) -> bool:
    return i + 1 < len(words) and words[i + 1] in following


def _approval(clause: _Clause, i: int, reading: Reading) -> tuple[str, str] | None:
    """ "This is a fair deal" accepts it; "it is not a good basis" refuses it; "a good deal
    of …" and "a fair offer would be …" say neither."""
    words, profile = clause.words, reading.profile
    if not (_predicative(words, i, profile) or _deemed(words, i, profile)):
        return None
    if _own_offer_named(words, profile):
        return "offer", "modal"  # "That is our proposal, and it is a serious one"
    return _held_or_refused(clause, i, reading, ("accept", "modal"))


def _own_offer_named(words: list[str], profile: LanguageProfile) -> bool:
    """The clause names the speaker's own offer ("our proposal", "my offer"): praise of it
    holds it out."""
    return any(
        word in profile.first_person
        and word in profile.possessives
        and profile.speech_act_nouns.get(following) == "offer"
        for word, following in itertools.pairwise(words)
    )


def _deemed(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "We consider this agreement a fair outcome": a verdict given through a verb of
    judging, a few words back."""
    return not profile.judging.isdisjoint(words[max(0, i - _SUBJECT_REACH) : i])


def _held_or_refused(
    clause: _Clause, i: int, reading: Reading, act: tuple[str, str]
) -> tuple[str, str]:
    """The act a predicate performs, or, negated ("not acceptable", "not on the table"), a
    refusal; of another party either is a view of them."""
    if _negated(clause.words, i, reading.profile):
        act = ("reject", "negation")
    if _judges_a_deal(clause.words, i, reading.profile):
        return act  # "their offer is fair": the speaker's verdict on another's move
    return _unless_other(clause, i, reading, act)


def _judges_a_deal(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """The predicate at `i` is said of a deal or an offer ("their offer is fair"), not of
    a side ("they are reasonable")."""
    subject = _subject(words, i, profile)
    skipped = profile.copulas | profile.negators | profile.fillers | profile.predicate_skips
    named = [word for word in subject if word not in skipped]
    return bool(named) and (
        named[-1] in profile.deal_nouns or named[-1] in profile.speech_act_nouns
    )


def _responsibility(clause: _Clause, i: int, reading: Reading) -> tuple[str, str] | None:
    """ "It is up to them", "the onus is on the board", "the ball is in their court": the
    next move is asked of another (of the speaker's own side it is no demand)."""
    words, profile = clause.words, reading.profile
    following = words[i + 1] if i + 1 < len(words) else ""
    if words[i] == "up":
        if not _predicative(words, i, profile) or following != "to" or i + 2 >= len(words):
            return None  # "fines of up to 6 percent"
        owner = words[i + 2]
    elif words[i] == "court":
        if "in" not in words[max(0, i - 3) : i]:
            return None  # "in their court", "in the union's court"
        owner = words[i - 1]
    elif words[i] == "for":
        if not _extraposed_for(words, i, profile):
            return None  # "we are for the deal"
        owner = words[_skip(words, i + 1, profile.determiners)]
    else:
        n = _skip(words, i + 1, profile.fillers)
        if n >= len(words) or words[n] not in profile.copulas | profile.resting:
            return None
        owner = words[min(n + 2, len(words) - 1)]  # "the onus is on them", "now lies with"
    if owner in profile.first_person or owner[:1].isdigit() or _exclusive(words, profile):
        return None  # "it is up to the members alone to decide" refuses anyone else a say
    return "demand", "modal"


def _extraposed_for(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "It is for Kessary to explain …", "it is now for the left to decide": the next move
    named after "for", with its infinitive close behind."""
    if not _predicative(words, i, profile) or _skip(words, i + 1, profile.determiners) >= len(
        words
    ):
        return False
    subject = _subject(words, i, profile)
    infinitive = "to" in words[i + 2 : i + 2 + _DEED_SUBJECT_WORDS + 1]
    return subject[:1] == ["it"] and infinitive


def _offer_place(clause: _Clause, i: int, reading: Reading) -> tuple[str, str] | None:
    """ "Everything is on the table" offers; "a fixed split is not on the table" refuses;
    "the company has put a new deal on the table" tells of the speaker's side's offer."""
    profile = reading.profile
    words = clause.words
    if _predicative(words, i, profile):
        if not profile.options.isdisjoint(_subject(words, i, profile)):
            return "warn", "modal"  # "all options are on the table"
        return _held_or_refused(clause, i, reading, ("offer", "modal"))
    return _put_there(clause, i, reading)


def _put_there(clause: _Clause, i: int, reading: Reading) -> tuple[str, str] | None:
    """A thing put where the other side can take it ("has put a new deal on the table",
    "put a four-year deal in front of him"): offered, or, denied, refused."""
    words = clause.words
    start = max(0, i - _OBJECT_REACH)
    verb = next(
        (n for n in range(i - 1, start - 1, -1) if words[n] in reading.profile.placing), None
    )
    if verb is None:
        return None
    return _held_or_refused(clause, verb, reading, ("offer", "modal"))


def _admits_own(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """A frame of admission ("it is true that", "to be honest that") over the speaker's own."""
    framed = _phrase_at(words, i, profile.admission_frames)
    return framed and not profile.first_person.isdisjoint(words[i + 2 :])


def _scheduled(following: list[str], profile: LanguageProfile) -> bool:
    """Talks set for a time ("meet again in a week", "discuss it tomorrow morning", "respond
    in due course"): the next step of a process, not an opening held out to the others."""
    others = not profile.others_as_objects.isdisjoint(following)
    if others or any(_possessed_by_others(word, profile) for word in following):
        return False  # "we will meet their negotiators on the 12th": an opening to them
    return not profile.schedule.isdisjoint(following) or any(
        word[:1].isdigit() for word in following
    )


def _negative_adverbial_at(words: list[str], j: int, profile: LanguageProfile) -> int:
    """How many words of a negating adverbial ("under no circumstances", "in no way") start
    at `j`; none, 0."""
    for phrase in profile.negative_adverbials:
        size = len(phrase.split())
        if " ".join(words[j : j + size]) == phrase:
            return size
    return 0


def _inverted_negation(words: list[str], i: int, j: int, profile: LanguageProfile) -> bool:
    """A negation put first inverts the modal and its subject ("at no point will they …")."""
    return (
        j < len(words)
        and words[j] in profile.pronouns
        and not profile.negators.isdisjoint(words[:i])
    )


def _own_denied_a_role(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """Something of the speaker's own said not to be a thing ("our farmers are not a
    bargaining chip"): refusing to have it treated so."""
    if i < 2 or words[i - 1] not in profile.copulas:
        return False
    following = words[i + 1 : i + 2]
    return (
        bool(following)
        and following[0] in profile.indefinite_articles
        and _owned_subject(words, i - 1, profile)
    )


def _purpose_denied(words: list[str], i: int, reading: Reading) -> bool:
    """The speaker's side denying it came or fought for what is now asked of it: "did not,"
    a verb, then what it was not for ("did not fight for thirty years to be forgiven")."""
    profile = reading.profile
    if words[i + 1 : i + 2] != ["not"] or reading.role(_subject(words, i, profile)) != "self":
        return False
    if words[i + 2 : i + 3] and words[i + 2] in profile.aims:
        return False  # "we did not expect the talks to move so quickly"
    return "to" in words[i + 3 : i + 3 + _OBJECT_REACH]


def _own_refusal(clause: _Clause, i: int, reading: Reading) -> tuple[str, str] | None:
    """ "We do not recognise …": the speaker's own negated present refuses, as "will not"
    does; of anyone else it describes ("they do not recognise …")."""
    profile = reading.profile
    words = clause.words
    j = _skip(words, i + 1, profile.fillers)
    if j >= len(words) or words[j] not in profile.negators:
        return None
    if reading.role(_subject(words, i, profile)) != "self":
        return None
    return _refusal(clause, i, _skip(words, j + 1, profile.fillers), reading)


def _closing_window(words: list[str], i: int, k: int, profile: LanguageProfile) -> bool:
    """An opening said not to stay open ("the door will not stay open for ever"): a
    deadline held over the other side."""
    opening = not profile.openings.isdisjoint(_subject(words, i, profile))
    stays_open = not profile.open_states.isdisjoint(words[k : k + 3])
    return opening and stays_open and words[k] in profile.copulas | profile.remaining


def _refusal(clause: _Clause, i: int, k: int, reading: Reading) -> tuple[str, str] | None:
    """A negated modal refuses what its verb names, unless the verb only judges ("would not
    be easy"), speaks ("would not call it …"), names an act read at itself ("will not
    accept"), or the modal says what could not be done ("could not meet")."""
    profile = reading.profile
    words = clause.words
    if k >= len(words) or words[i] in profile.past_ability:
        return None
    verb = words[k]
    persists = verb in profile.persistence and words[i] in profile.ability
    if persists and reading.role(_subject(words, i, profile)) != "self":
        return "demand", "negation"  # "they cannot keep taking 95 per cent": they must stop
    if _closing_window(words, i, k, profile):
        return "warn", "negation"  # "the window for a settlement will not stay open for ever"
    if verb in profile.pretence or not profile.contrary.isdisjoint(words[k:]):
        return _unless_other(clause, i, reading, ("concede", "negation"))  # "won't pretend …"
    if verb in profile.hesitation or _phrase_at(words, k, profile.passivity):
        # "will not hesitate to", "will not sit and watch our wages eaten up"
        return _unless_other(clause, i, reading, ("warn", "negation"))
    if _phrase_at(words, k, profile.intolerance):
        return _unless_other(clause, i, reading, ("reject", "negation"))  # "won't stand for it"
    if _phrase_at(words, k, profile.recurrence):
        return "concede", "negation"  # "that was a mistake, and it will not be repeated"
    if _ceased(words, k, profile):
        pressed = profile.speech_act_verbs.get(verb) in ("demand", "reject")
        act = (
            ("concede", "negation")
            if pressed or verb in profile.pressing
            else ("reject", "negation")
        )
        return _unless_other(clause, i, reading, act)
    if _phrase_at(words, k, profile.obstruction) or verb in profile.hindering:
        # "not stand in the way", "will not block the text"
        return _unless_other(clause, i, reading, ("accept", "negation"))
    if verb in profile.pressing:
        # "the union will not pursue its class-size clause this round": a claim let go
        return _unless_other(clause, i, reading, ("concede", "negation"))
    if verb in profile.copulas and _phrase_at(words, k + 1, profile.participation):
        return _unless_other(clause, i, reading, ("reject", "negation"))  # "not be party to"
    if verb in profile.copulas and _progressive(words, k, profile):
        return _refusal(clause, i, _skip(words, k + 1, profile.fillers), reading)
    if verb in profile.copulas and _becomes_a_thing(words, k, reading):
        return "reject", "negation"  # "we are not going to be Europe's waiting room"
    if verb in profile.copulas and not _passive(words, k, profile):
        return None
    if _names_an_act(words, k, profile) or (
        _speaks(verb, profile) and not _moves(words, k, profile)
    ):
        return None
    subject = _subject(words, i, profile)
    if verb in profile.occurrence and _anaphoric(subject, profile):
        return _unless_other(clause, i, reading, ("reject", "negation"))  # "it won't happen"
    # "it will not be ruled out" refuses nothing; "it would not pay", reported of a company, does
    if reading.role(subject) == "impersonal" and (reading.direct or verb in profile.copulas):
        return None
    return _unless_other(clause, i, reading, ("reject", "negation"))


# Frames of verbs that say or think something rather than do it ("we would not call it …").
_SAYING_FRAMES = ("that", "belief", "framing", "about")


def _becomes_a_thing(words: list[str], k: int, reading: Reading) -> bool:
    """The speaker's side refusing to be made something ("we will not be anyone's doormat"),
    not a state foreseen ("it will not be easy")."""
    following = words[k + 1] if k + 1 < len(words) else ""
    named = following in reading.profile.determiners or _possessive(following)
    return named and reading.role(_subject(words, k, reading.profile)) == "self"


def _moves(words: list[str], k: int, profile: LanguageProfile) -> bool:
    """A verb of saying used of a deed: of going somewhere ("report to training camp"), of
    putting something somewhere ("write the flow into a treaty") or of letting it go ("write
    off the debt")."""
    if words[k + 1 : k + 2] == ["to"]:
        return True
    return not profile.deed_particles.isdisjoint(words[k + 1 : k + 1 + _OBJECT_REACH])


def _speaks(verb: str, profile: LanguageProfile) -> bool:
    lemma = profile.reporting.forms.get(verb)
    return lemma is not None and lemma in profile.reporting.taking(*_SAYING_FRAMES)


def _conditional(clause: _Clause, i: int, profile: LanguageProfile) -> bool:
    """Said under a condition, or of any case of a kind ("any attack will …")."""
    subject = _subject(clause.words, i, profile)
    return clause.conditional or bool(subject[:1] and subject[0] in profile.generic_subjects)


def _acts(words: list[str], j: int, profile: LanguageProfile) -> bool:
    """What follows the modal is a deed, done, suffered or under way ("will close", "will be
    met", "will be sitting at anchor"), not a state ("will be difficult")."""
    if words[j] not in profile.copulas or _passive(words, j, profile):
        return True
    return _progressive(words, j, profile)


def _progressive(words: list[str], j: int, profile: LanguageProfile) -> bool:
    """ "be" before an -ing form: a deed under way ("will be sitting at anchor", "will not be
    handing over slots"), not a state ("will be willing to …")."""
    n = _skip(words, j + 1, profile.fillers)
    if n >= len(words) or not words[n].endswith("ing") or words[n] in profile.readiness:
        return False
    return words[n + 1 : n + 2] != ["to"]


def _awaits_those_who(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """What a subject picked out by what its members do ("farmers who keep pushing", "those
    dragging their feet", "any convoy that moves …") "will find" or will have done to them
    ("will be pursued through the courts"): a warning to whoever fits it."""
    j = _skip(words, i + 1, profile.fillers)
    if j >= len(words):
        return False
    done_to = words[j] in profile.copulas and _passive(words, j, profile)
    if words[j] not in profile.reckoning and not done_to:
        return False
    subject = _subject(words, i, profile)
    if len(subject) > 1 and subject[0] in profile.picked_out:
        return True
    # the subject reads back to its relative pronoun ("farmers who keep pushing", "any
    # convoy that moves"), not to a "that" opening what was said ("is that the players …")
    at = i - len(subject) - 1
    if at < 1:
        return False
    if words[at] in profile.grammar.relatives:
        return True
    after_a_noun = not (
        words[at - 1] in profile.copulas
        or words[at - 1] in profile.coordinators
        or words[at - 1] in profile.reporting.forms
        or _past_form(words[at - 1], profile)
    )
    return words[at] in profile.restrictive_relatives and after_a_noun


def _never_to_be(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """A state denied for good, its predicate left to what came before ("it is not on the
    agenda, and it never will be")."""
    ending = [word for word in words[i + 1 :] if word != ","]
    negated = words[i - 1 : i] == ["never"] or ending[:1] in (["never"], ["not"])
    rest = ending[1:] if ending[:1] in (["never"], ["not"]) else ending
    return negated and rest in (["be"], ["be", "either"])


def _agreed_only_to_meet(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """Agreeing to meet or talk at a set time, or failing to agree at all."""
    if profile.failing.isdisjoint(words[max(0, i - 2) : i]) is False:
        return True  # "for the third time we have failed to agree on the catch"
    j = _skip(words, i + 1, profile.fillers)
    if words[j : j + 1] != ["to"] or j + 1 >= len(words):
        return False
    if words[j + 1] not in profile.cooperation or not _scheduled(words[j + 1 :], profile):
        return False
    # "agreed to meet again next week", not "agreed to meet the mediators on Thursday"
    named = words[j + 2 : j + 3]
    return not named or not (named[0] in profile.determiners or named[0] in profile.objects)


def _thing_denied_before(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """The act at `i` is told of a thing said not to exist ("there is no version of this deal
    that we could accept"): a negative determiner, its noun, then the clause of the act."""
    start = max(0, i - 2 * _SUBJECT_REACH)
    for n in range(start, i - 2):
        if words[n] in profile.negative_determiners and words[n - 1 : n] != ["with"]:
            between = words[n + 1 : i]
            joined = not profile.restrictive_relatives.isdisjoint(between)
            return joined or not profile.clause_subjects.isdisjoint(between)
    return False


def _regret_foretold(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """Regret said to come ("they will regret it") is a threat, not regret expressed."""
    before = words[max(0, i - 2) : i]
    return words[i] in profile.rueing and not profile.future.isdisjoint(before)


def _made_available(following: list[str], profile: LanguageProfile) -> bool:
    """ "Amnesty will be available to every fighter who …", "the pitches will be free to
    local schools": something held out to those named."""
    if len(following) < 3 or following[0] not in profile.copulas:
        return False
    return following[1] in profile.availability and following[2] == "to"


def _permitted(following: list[str], profile: LanguageProfile) -> bool:
    """A modal's "be allowed to …": leave granted, by whoever has it to give."""
    if len(following) < 3 or following[0] not in profile.copulas:
        return False
    return following[1] in profile.leave_given and following[2] in profile.infinitive_markers


def _offered_to_speaker_or_by_others(words: list[str], i: int, reading: Reading) -> bool:
    """An offer in the passive that the speaker's side received ("we were promised a raise")
    or another side made ("the terms being offered by the platform"); one whose maker goes
    unnamed may be the speaker's own ("the nurses have been offered 5%")."""
    profile = reading.profile
    n = i - 1
    while n >= 0 and words[n] in profile.fillers:
        n -= 1
    participle = words[i].endswith("ed") or words[i] in profile.participles
    if not (participle and n >= 0 and words[n] in profile.copulas):
        return False
    if reading.role(_subject(words, n, profile)) == "self":
        return True
    agent = words[i + 1 : i + 3]
    return agent[:1] == ["by"] and reading.role(agent[1:]) != "self"


def _passive(words: list[str], k: int, profile: LanguageProfile) -> bool:
    """ "be" before a past participle ("be pressured", "be met"): a deed, not a state."""
    n = _skip(words, k + 1, profile.fillers)
    return n < len(words) and (words[n].endswith("ed") or words[n] in profile.participles)


def _exclusive(words: list[str], profile: LanguageProfile) -> bool:
    """The clause restricts who decides to a few: everyone else is refused a say."""
    return not profile.exclusives.isdisjoint(words)


def _held(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """A right that someone has or has not ("has no veto", "a right to choose"): asserting or
    denying it answers a claim; "what they had to say" holds none."""
    start = max(0, i - _NEGATION_REACH)
    named = i > 0 and (words[i - 1] in profile.determiners or words[i - 1] in profile.negators)
    following = words[i + 1] if i + 1 < len(words) else "."
    held_over = following in profile.entitlement_links or not following[:1].isalpha()
    return named and held_over and not profile.possession.isdisjoint(words[start:i])


def _answers_no(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "The answer is no": "no" as the whole of what the subject is, or of an answer ("our
    answer was no in March"), or the conclusion the clause draws ("…, so no")."""
    if i == 0 or words[i] != "no":
        return False
    closing = all(word in _SENTENCE_END or word == "," for word in words[i + 1 :])
    if words[i - 1] in profile.conclusive:
        return closing  # "… would be irresponsible, so no"
    if words[i - 1] not in profile.copulas:
        return False
    return closing or not profile.answers.isdisjoint(_subject(words, i - 1, profile))


def _not_the_way(words: list[str], i: int, reading: Reading) -> bool:
    """ "A quota is not how this partnership works", "that is not how Pelloria decides":
    what another holds out, denied a place in the way things are done; not a view ("that is
    not how I see it")."""
    profile = reading.profile
    if i == 0 or words[i - 1] not in profile.copulas or words[i + 1 : i + 2] != [profile.way_word]:
        return False
    subject = _subject(words, i - 1, profile)
    return (
        reading.role(subject) != "other"
        and profile.first_person_singular not in words[i + 2 : i + 2 + _SUBJECT_REACH]
    )


def _label_denied(words: list[str], i: int, reading: Reading) -> bool:
    """ "A truce that leaves duties in place is not a truce", "that's not a negotiation,
    that's a nationalisation": what another holds out denied the name it goes by."""
    profile = reading.profile
    if i == 0 or words[i - 1] not in profile.copulas or words[i + 1 : i + 2] not in (["a"], ["an"]):
        return False
    end = next((n for n in range(i + 2, len(words)) if words[n] == ","), len(words))
    label = words[i + 2 : end]
    if not label or len(label) > _NOUN_REACH:
        return False
    subject = _subject(words, i - 1, profile)
    if reading.role(subject) == "other":
        return False
    if label[-1] in _since_comma(words, i - 1):
        return True  # the thing itself, said not to be what it is called
    corrective = words[end + 1 : end + 4]
    return (
        len(corrective) == 3
        and corrective[0] in profile.anaphoric_subjects
        and corrective[1] in profile.copulas
        and corrective[2] in profile.grammar.articles
    )


def _no_grounds(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "We see no reason to reopen the clause", "found no grounds for granting more slots":
    no case for what another asks."""
    if i == 0 or words[i - 1] not in profile.finding:
        return False
    case = words[i + 1] if i + 1 < len(words) else ""
    link = words[i + 2] if i + 2 < len(words) else ""
    return case in profile.pretexts and link in profile.pretext_links


def _opening_command(clause: _Clause, reading: Reading) -> tuple[str, str] | None:
    """A sentence of a quote opening on a bare verb tells the listener to act ("Recognise
    our title first"), or dares them ("Put the rota in without us and you'll see")."""
    words = clause.words
    if not clause.opens_quote:
        return None
    profile = reading.profile
    if _one_more_and(words, profile):
        return "warn", "conditional"  # "One more broken promise and schools will close"
    if not _imperative(words, profile):
        if _opens_on_a_verb(words, profile) and _holds_out_harm(words, profile):
            return "warn", "conditional"  # "Go hostile and you'll find the trustees against you"
        return None
    if _dare(words, reading):
        return "warn", "conditional"
    if _promise_in_return(words, reading):
        return "offer", "conditional"
    return _command(words, reading.profile)


def _first_join(words: list[str], profile: LanguageProfile) -> int:
    """Where the first "and" or "or" past a command's verb stands, or 0."""
    return next((n for n in range(2, len(words)) if words[n] in profile.coordinators), 0)


def _after_the_join(words: list[str], profile: LanguageProfile) -> list[str] | None:
    """The words after the first "and" or "or" past a command's verb, as far as its object
    may reach; None when nothing joins it."""
    join = _first_join(words, profile)
    return words[join + 1 : join + 1 + _OBJECT_REACH + 1] if join else None


def _holds_out_harm(words: list[str], profile: LanguageProfile) -> bool:
    """What follows "and" is aimed at the listener ("… and you will find out"), a harm
    ("… and there will be consequences"), the end of talks ("… and the talks are over") or
    a dare to watch ("… and see what happens")."""
    after = _after_the_join(words, profile)
    if not after:
        return False
    if not profile.second_person.isdisjoint(after) or _harmful(after, profile):
        return True
    talks_or_deal = _cooperative(after, profile) or not profile.deal_nouns.isdisjoint(after)
    if talks_or_deal and not profile.ended.isdisjoint(after):
        return True  # "… and the talks are over", "… and the truce is over"
    return after[0] in profile.perceiving and after[1:2] != [] and after[1] in _QUESTION_WORDS


def _one_more_and(words: list[str], profile: LanguageProfile) -> bool:
    """ "One more broken promise and schools will close": a noun phrase joined by "and" to
    what will follow it states a condition and its consequence, a warning."""
    opening = next((size for size in (1, 2) if " ".join(words[:size]) in profile.one_more), 0)
    after = _after_the_join(words, profile) if opening else None
    if not after:
        return False
    phrase = words[opening : _first_join(words, profile)]
    verbs = profile.grammar.auxiliaries | profile.copulas
    if len(phrase) > _NOUN_REACH + 1 or not verbs.isdisjoint(phrase):
        return False  # "another round has ended and we will meet again": a statement
    foretold = not profile.future.isdisjoint(after) or not profile.negators.isdisjoint(after)
    # "another round of talks and we will have a deal" hopes
    hoped = _cooperative(phrase + after, profile) or not profile.deal_nouns.isdisjoint(after)
    return _holds_out_harm(words, profile) or (foretold and not hoped)


def _opens_on_a_verb(words: list[str], profile: LanguageProfile) -> bool:
    """A quote that may open on a bare verb though no known verb or object says so ("Go
    hostile and …", "Fill that reservoir and …", "Slap tariffs on our wine and …"): no
    function word, adverb, participle or third-person verb first, and no verb second."""
    first, second = words[0], words[1] if len(words) > 1 else ""
    if not first.isalpha() or first in profile.no_commands or len(words) < 3:
        return False
    if first.endswith(("ly", "ing", "ed", "s")) or second in profile.grammar.auxiliaries:
        return False
    if second.endswith("s") and not second.endswith("ss"):
        return words[2] in profile.prepositions  # "Slap tariffs on …", not "Europe needs …"
    return second not in profile.copulas and not second.endswith("ed")


def _promise_in_return(words: list[str], reading: Reading) -> bool:
    """ "Let the monitors hold the weapons, and we will hand them the keys", "Put the cap in
    writing and the overtime ban is lifted": a command joined by "and" to the speaker's own
    move in return, or to the lifting of its measure, holds that move out."""
    profile = reading.profile
    join = _first_join(words, profile)
    if not join or not profile.speaker_objects.isdisjoint(words[1:join]):
        return False  # "Give us the weapons and we will finish the job" asks for them
    after = words[join + 1 : join + 1 + _OBJECT_REACH + 1]
    if not after or _strikes_back(after, profile):
        return False
    own_move = reading.role(after[:1]) == "self" and not profile.future.isdisjoint(after)
    return own_move or not profile.abandonment.isdisjoint(after)


def _imperative(words: list[str], profile: LanguageProfile) -> bool:
    """A verb known to command, or any word that is no function word, adverb, participle or
    plural opening on its object ("Pass this increase", "Walk out in January")."""
    first = words[0]
    if first in profile.permission and (
        words[1:2] == ["it"] or not profile.first_person.isdisjoint(words[1:2])
    ):
        return False  # "let us talk" proposes; "let me be clear", "let it be known" frame
    if first in profile.imperatives or first in profile.dares:
        return True
    if not first.isalpha() or first in profile.no_commands or len(words) < 3:
        return False
    lemma = profile.reporting.forms.get(first)
    if lemma is not None and lemma in profile.reporting.taking("framing"):
        return False  # "Call it a pause, call it a stalemate, but the guns are quiet"
    if first.endswith(("ly", "ing", "ed")) or (first.endswith("s") and not first.endswith("ss")):
        return False
    following = words[1]
    if following in profile.verb_particles:
        following = words[2]
    objects = profile.determiners | profile.objects | profile.universal
    return following in objects or following in profile.possessives


def _dare(words: list[str], reading: Reading) -> bool:
    """ "Withdraw our licence and the station goes off air": a command joined by "and" to
    a harm that will follow it holds out a consequence, a warning rather than a demand;
    "Stop the shelling and we will talk" promises the speaker's own move."""
    profile = reading.profile
    join = _first_join(words, profile)
    if not join:
        return False
    after = words[join + 1 : join + 1 + _OBJECT_REACH + 1]
    if _holds_out_harm(words, profile):
        return True  # "… and you'll find out", "… and there will be consequences"
    # what follows has a subject of its own, not another command ("cap the licences and set
    # a minimum fare")
    clause_follows = bool(after) and (
        after[0] in profile.determiners or after[0] in profile.possessives
    )
    if words[join] in profile.alternatives and clause_follows:
        return True  # "Pay songwriters fairly or my catalogue comes off your platform"
    # a dare holds out whatever follows it ("Push the tolls higher and the cape route starts
    # looking like a bargain"); a command, only what is foretold
    if after and after[0] in profile.imperatives:
        return False  # "Freeze tuition, and put it in the budget, not in a press release"
    foretold = not profile.future.isdisjoint(after) or not profile.negators.isdisjoint(after)
    foretold = foretold or (words[0] in profile.dares and clause_follows)
    if reading.role(after[:2]) == "self":
        # "… and I will vote against that budget", "… and we ballot all members on a stoppage"
        return _strikes_back(words[join + 1 :], profile)
    return foretold and not _cooperative(after, profile)


def _strikes_back(words: list[str], profile: LanguageProfile) -> bool:
    """What the speaker's side will do is aimed at the other: opposing, disrupting, harming."""
    return (
        not profile.opposing.isdisjoint(words)
        or not profile.disruption.isdisjoint(words)
        or not profile.legal_action.isdisjoint(words)
        or not profile.harmful_events.isdisjoint(words)
    )


def _command(words: list[str], profile: LanguageProfile) -> tuple[str, str] | None:
    """A quote opening on a bare verb with its object tells the listener to act ("Hand over
    the keys"); a noun that looks like a verb takes no object ("Release of the crew …")."""
    following = words[1] if len(words) > 1 else ""
    # "Hand over the keys", "Bring them home", "Restore what was cut"
    objects = profile.determiners | profile.objects | profile.universal | profile.sought_starts
    # a verb known to command takes a bare noun too ("Freeze tuition for three years")
    bare_object = words[0] in profile.imperatives and following.isalpha()
    bare_object = bare_object and following not in profile.no_commands
    if following.endswith("s") and not following.endswith("ss"):
        # "Freeze rents for two years", not "Fund managers expect a rally"
        bare_object = bare_object and words[2:3] != [] and words[2] in profile.prepositions
    if following not in objects and not following.endswith("ing") and not bare_object:
        return None
    if _cooperative(words[1 : 1 + _OBJECT_REACH], profile):
        return "offer", "modal"  # "Give the talks a chance"
    return "demand", "modal"


def _expects_of_others(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "We expect the council to act": what someone is expected to do, not a forecast ("we
    expect the talks to be long") nor what was not foreseen ("we did not expect them to …")."""
    if _negated(words, i, profile):
        return False
    # the one expected to act may be a long phrase ("a decision on the site of the works");
    # what is needed is short ("would need $300bn a year to meet …" says what for)
    reach = _SUBJECT_REACH if words[i] in profile.lacking else 2 * _SUBJECT_REACH
    after = words[i + 1 : i + 1 + reach]
    if after[:2] and after[0] == "to" and after[1:2] and after[1] in profile.perceiving:
        return True  # "we expect to see all three by June"
    if "to" not in after[1:] or words[i - 1 : i] == [profile.first_person_singular]:
        return False  # "I expect parliament to vote before the recess": a forecast
    verb_at = i + 1 + after.index("to") + 1
    if verb_at >= len(words) or _drifts(words, verb_at, profile):
        return False
    # "expects two directors to be appointed": a deed asked for in the passive
    return words[verb_at] not in profile.copulas or _passive(words, verb_at, profile)


def _drifts(words: list[str], k: int, profile: LanguageProfile) -> bool:
    """ "expected the wage to rise by 5%": a quantity changing of itself, foreseen; "expect
    the company to increase its offer" asks a deed of it."""
    following = words[k + 1 : k + 2]
    owned = following and (
        following[0] in profile.determiners or following[0] in profile.possessives
    )
    return words[k] in profile.drift and not owned


def _proposal(clause: _Clause, after: int) -> tuple[str, str] | None:
    """ "Let us …" proposes that speaker and listener act together, unless it only frames
    what follows ("let us be clear")."""
    words = clause.words
    if after >= len(words) or words[after] in ("be", "not"):
        return None
    return "offer", "modal"


def _giving_up(clause: _Clause, i: int, reading: Reading) -> tuple[str, str] | None:
    """The subject gives up something of its own: a concession; refusing to, a rejection."""
    profile = reading.profile
    if _claim_dropped(clause.words, i, profile):
        return "concede", "performative"  # "the demand for a halt has been dropped"
    if not _gives_up(clause.words, i, profile):
        return None
    if _raises_own_offer(clause.words, i, profile):
        return None  # "it would lift its bid to 14.20": read as the offer it makes
    if _negated(clause.words, i, profile):
        return _unless_other(clause, i, reading, ("reject", "negation"))
    return _unless_other(clause, i, reading, ("concede", "performative"))


def _raises_own_offer(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "lift its bid", "lift our offer": a verb of lifting said of the side's own offer
    raises it, it gives nothing up."""
    thing = words[i + 1 : i + 3]
    return (
        words[i] in profile.raising
        and len(thing) == 2
        and thing[0] in profile.possessives
        and profile.speech_act_nouns.get(thing[1], profile.bids.get(thing[1])) == "offer"
    )


def _claim_dropped(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """Something given up, told in the passive: a claim ("the demand has been quietly
    dropped"), or, announced for the future, anything ("the ordinances will be withdrawn")."""
    n = i - 1
    while n >= 0 and (words[n] in profile.fillers or words[n].endswith("ly")):
        n -= 1  # "has been quietly dropped"
    if n < 0 or words[n] not in profile.copulas:
        return False
    subject = _subject(words, n, profile)
    if not profile.first_person.isdisjoint(subject):
        return False  # "our proposals were shelved": dropped by others, a grievance
    if n > 0 and words[n - 1] in profile.future and not _negated(words, n, profile):
        return True
    claims = profile.claims | set(profile.speech_act_nouns) | profile.intent_nouns
    return not claims.isdisjoint(subject)


def _gives_up(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """A verb of giving up with a thing given up as its object ("drop our objection"), not one
    of falling ("exports dropped sharply")."""
    if i >= len(words) or (i > 0 and words[i - 1] in profile.determiners):
        return False
    pair = " ".join(words[i : i + 2])
    size = 2 if pair in profile.abandonment else 1
    if size == 1 and words[i] not in profile.abandonment:
        return False
    after = i + size
    if size == 2 and after + 1 < len(words) and words[after] in _OF:
        return True  # "let go of full restoration": whatever follows is what is given up
    if after >= len(words):
        return False
    thing = words[after]
    # "drop the claim", "drop its objection", "abandon plans", "withdraw all 43 notices";
    # not "dropped sharply", "fell 4 percent"
    if thing in profile.universal:
        # "all 43 dismissal notices": what "all" counts is given up
        return any(_plural_noun(word) for word in words[after + 1 : after + 1 + _NOUN_REACH])
    return thing in profile.determiners or thing in profile.generic_subjects or _plural_noun(thing)


def _plural_noun(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ly")


def _existence(words: list[str], i: int, profile: LanguageProfile) -> tuple[str, str] | None:
    """ "There can be no …", "there will be no talks": denying that something may come to be
    refuses it ("there is no …" only describes); "there is a way to talk" holds talks out."""
    j = _skip(words, i + 1, profile.fillers)
    modal = j < len(words) and (words[j] in profile.future or words[j] in profile.ability)
    j = _skip(words, j + int(modal), profile.fillers)
    if j >= len(words) or words[j] not in profile.copulas:
        return None
    following = words[j + 1 : j + 1 + _OBJECT_REACH]
    if following[:1] == ["no"]:
        if following[1:2] and following[1] in profile.openness_nouns:
            return "reject", "negation"  # "there is no room for compromise"
        if " ".join(following[1:3]) in profile.ruled_out:
            return "reject", "negation"  # "there is no question of including them"
        return ("reject", "negation") if modal else None
    if modal and not profile.response_nouns.isdisjoint(following[:3]):
        return "warn", "modal"  # "there will be a response"
    named = _skip(following, 0, frozenset({"a", "an", "some", "still"}))
    if named < len(following) and following[named] in profile.openness_nouns:
        return "offer", "modal"  # "there is room to move", "there is a way out"
    if words[j] in profile.present_be and _cooperative(following, profile):
        return "offer", "modal"
    return None


def _volition(clause: _Clause, i: int, reading: Reading) -> tuple[str, str] | None:
    """What the speaker wants: talks are an offer, anything else a demand. What someone
    wants of the speaker is their demand, reported."""
    if _demanded_of_speaker(clause, i, reading) or _wish_of_another(clause, i, reading):
        return "assess", "other-subject"
    if i > 0 and clause.words[i - 1] in reading.profile.future:
        return None  # "it will want something in return": a forecast
    if _opens_on_negation(clause.words, i, reading.profile):
        return "reject", "negation"  # "at no time did this government seek to divert it"
    if _cooperative(clause.words[i + 1 : i + 1 + _OBJECT_REACH], reading.profile):
        return _unless_other(clause, i, reading, ("offer", "modal"))
    return _unless_other(clause, i, reading, ("demand", "modal"))


def _unless_other(
    clause: _Clause, i: int, reading: Reading, act: tuple[str, str]
) -> tuple[str, str]:
    """An act whose subject is another party is reported, not performed: a view of them."""
    subject = _subject(clause.words, i, reading.profile)
    role = reading.role(subject)
    if role == "other" or (
        role == "unknown" and _told_of_others(clause.words, i, subject, reading)
    ):
        return "assess", "other-subject"
    return act


def _told_of_others(words: list[str], i: int, subject: list[str], reading: Reading) -> bool:
    """In the speaker's own words, what others did ("the pilots turned down our offer",
    "both sides have agreed"): a third person in the past, or sides counted ("both sides
    want …"). A side names itself so in the present ("the company is ready to talk")."""
    profile = reading.profile
    if not reading.direct or not subject:
        return False
    if subject[0] in profile.counted_sides:
        return True
    if not _third_party(subject, profile):
        return False  # "this government", "under no circumstances will we …"
    word = words[i]
    told = word.endswith("ed") or word in profile.participles
    return told or any(
        words[n] in profile.past_auxiliaries and not _possessing(words, n, profile)
        for n in range(max(0, i - 2), i)
    )  # "they have refused", but "Fjarland has no plans": having, not an auxiliary


def _possessing(words: list[str], n: int, profile: LanguageProfile) -> bool:
    """ "has no plans", "have no intention": a verb of having with a thing denied."""
    following = words[n + 1] if n + 1 < len(words) else ""
    return words[n] in profile.possession and following in profile.negative_determiners


def _subject(words: list[str], i: int, profile: LanguageProfile) -> list[str]:
    start = 0
    for n in range(i - 1, -1, -1):
        if words[n] in profile.subject_stops or _new_subject(words, n, profile):
            start = n + 1
            break
    return words[start:i][:_SUBJECT_REACH]


def _new_subject(words: list[str], n: int, profile: LanguageProfile) -> bool:
    """ "… and we reject it", "In return for the crew, we could …": a conjunction or a comma
    before a pronoun starts a clause of its own."""
    following = words[n + 1] if n + 1 < len(words) else ""
    joins = words[n] in profile.coordinators or words[n] == ","
    return joins and following in profile.clause_subjects


def _wish_of_the_day(words: list[str], i: int, reading: Reading) -> bool:
    """A wish held when it was told: a past form ("wanted", "expected") holds one only in
    reported speech ("said it wanted …"), not once held and given up ("had expected more"),
    nor as a participle ("the rise sought by the supplier", "is expected to report")."""
    profile = reading.profile
    if words[i] not in profile.past_wishes:
        return True
    before, after = words[i - 1 : i], words[i + 1 : i + 2]
    return (
        not reading.direct
        and after not in ([], ["by"])
        and before != []
        and before[0] not in profile.past_auxiliaries
        and before[0] not in profile.copulas
        and before[0] not in profile.first_person  # "less than we wanted": a comparison
    )


def _wish_of_another(clause: _Clause, i: int, reading: Reading) -> bool:
    """ "The ministry wants …": a wish in the third person is someone's the speaker tells of,
    unless it is the speaker's own side's."""
    word = clause.words[i]
    if word not in reading.profile.third_person_volition:
        return False
    return reading.role(_subject(clause.words, i, reading.profile)) != "self"


def _demanded_of_speaker(clause: _Clause, i: int, reading: Reading) -> bool:
    """Someone else asks the speaker, by the act at `i`: "they want us to", "urged me to",
    "demanded that we …" (but "we insist that we are heard" is the speaker's own demand)."""
    words, profile = clause.words, reading.profile
    j = _skip(words, i + 1, profile.fillers)
    if words[j : j + 1] == ["that"]:
        j += 1
        asked = j < len(words) and words[j] in profile.first_person - profile.possessives
    else:
        asked = j < len(words) and words[j] in profile.speaker_objects
    return asked and reading.role(_subject(words, i, profile)) != "self"


def _ceased(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """ "no longer" just before the word: an act that has stopped."""
    start = max(0, i - _NEGATION_REACH)
    return any(" ".join(words[n : n + 2]) in profile.cessation for n in range(start, i))


def _negated(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """A negator just before the word, unless it only sharpens ("not just ready")."""
    for n in range(max(0, i - _NEGATION_REACH), i):
        if words[n] in profile.negators and words[n + 1] not in profile.negation_breakers:
            return True
    if _opens_on_negation(words, i, profile):
        return True  # "at no time did this government seek to divert the river"
    # "not something we will sign", "nothing we would accept": the thing is denied
    return _denied_thing(words, i, profile) or _denied_thing(words, i - 1, profile)


def _opens_on_negation(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """A clause opening on a negating adverbial and its inverted auxiliary ("at no time did
    they …", "never have we …") denies all that follows."""
    size = _negative_adverbial_at(words, 0, profile)
    auxiliaries = profile.grammar.auxiliaries | profile.present_auxiliaries
    return 0 < size < i and words[size] in auxiliaries


def _predicative(words: list[str], i: int, profile: LanguageProfile) -> bool:
    """The adjective is said of the subject ("we are ready", "it is absolutely vital"),
    not of a noun ("the border open to freight")."""
    skipped = profile.predicate_skips
    n = i - 1
    while n >= 0 and words[n] in skipped:
        n -= 1
    return n >= 0 and words[n] in profile.copulas


def _cooperative(words: list[str], profile: LanguageProfile) -> bool:
    return not profile.cooperation.isdisjoint(words)


def _object_of(words: list[str], j: int, profile: LanguageProfile) -> list[str]:
    """The words a verb at `j` acts on, up to a clause of time or cause ("restore the week
    before talks move on": the talks are not what is restored)."""
    window = words[j : j + _OBJECT_REACH]
    end = next(
        (n for n, word in enumerate(window) if word in profile.grammar.subordinators), len(window)
    )
    return window[:end]


def _skip(words: list[str], i: int, skipped: frozenset[str]) -> int:
    while i < len(words) and words[i] in skipped:
        i += 1
    return i
