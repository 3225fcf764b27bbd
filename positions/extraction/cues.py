"""Attribution cues in a sentence: a reporting verb, who it names, and what it reports."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .languages import FunctionWords, LanguageProfile
from .lexicon import (
    ADVERBS_BEFORE_VERB,
    EXPERT_WORDS,
    MODAL_AUXILIARIES,
    ORGANISATION_WORDS,
    PRONOUNS,
    REPRESENTING_LINKS,
)
from .names import is_possessive, strip_possessive
from .phrases import (
    SpeakerPhrase,
    Subject,
    classify,
    gap,
    is_role,
    loose_subject_before,
    phrase_after,
    possessor_at,
    source_phrase,
    subject_before,
)
from .text import Span, Token, strip_span, words


@dataclass(frozen=True)
class AttributionWords:
    """A language's words of attribution, grouped as the cue rules read them: every group
    comes from the language's profile (`languages.py`), so another language is another
    profile, not another set of rules."""

    forms: dict[str, str]  # every form of a reporting verb → its lemma
    clause_verbs: frozenset[str]
    object_verbs: frozenset[str]
    core_speech_verbs: frozenset[str]
    mental_verbs: frozenset[str]
    infinitive_verbs: frozenset[str]
    infinitive_only_verbs: frozenset[str]
    that_clause_verbs: frozenset[str]
    topic_verbs: frozenset[str]
    that_only_verbs: frozenset[str]
    listener_verbs: frozenset[str]
    # Those whose listener may be left out: "warned the strike could last", not "told …".
    listener_optional_verbs: frozenset[str]
    asking_verbs: frozenset[str]
    # Verbs that put a quoted label on what follows them ("called the plan “a trap”").
    framing_verbs: frozenset[str]
    # Verbs that name an act with a particle, whose content follows it ("called for …",
    # "called on them to …").
    act_particles: Mapping[str, frozenset[str]]
    reply_verbs: frozenset[str]
    evidence_verbs: frozenset[str]
    ambiguous_bare: frozenset[str]
    claim_nouns: frozenset[str]
    attitude_adjectives: frozenset[str]
    voicing_verbs: frozenset[str]
    evidence_nouns: frozenset[str]
    topic_prepositions: frozenset[str]
    # Verbs that report content of any kind, and those that report through a "that" clause.
    content_verbs: frozenset[str]
    clause_content_verbs: frozenset[str]
    # Verbs by which a poll, a study or a record reports what it found.
    finding_verbs: frozenset[str]
    attitude_words: frozenset[str]
    # The words a cue can start with: only sentences holding one are read closely.
    cue_starts: frozenset[str]
    # The function words that tell where a speaker's phrase or the reported content ends.
    grammar: FunctionWords


_WORDS_BY_LANGUAGE: dict[str, AttributionWords] = {}


def attribution_words(profile: LanguageProfile) -> AttributionWords:
    """The profile's attribution words, grouped once per language."""
    if profile.code not in _WORDS_BY_LANGUAGE:
        _WORDS_BY_LANGUAGE[profile.code] = _group_words(profile)
    return _WORDS_BY_LANGUAGE[profile.code]


def _group_words(profile: LanguageProfile) -> AttributionWords:
    reporting = profile.reporting
    clause_verbs = reporting.taking("that")
    mental_verbs = reporting.taking("belief")
    that_clause_verbs = reporting.taking("only-that")
    evidence_verbs = reporting.taking("evidence")
    attitude_words = profile.claim_nouns | profile.attitude_adjectives
    return AttributionWords(
        forms=dict(reporting.forms),
        clause_verbs=clause_verbs,
        object_verbs=reporting.taking("object"),
        core_speech_verbs=reporting.taking("plain"),
        mental_verbs=mental_verbs,
        infinitive_verbs=reporting.taking("to"),
        infinitive_only_verbs=reporting.taking("only-to"),
        that_clause_verbs=that_clause_verbs,
        topic_verbs=reporting.taking("about"),
        that_only_verbs=reporting.taking("needs-that"),
        listener_verbs=reporting.taking("listener"),
        listener_optional_verbs=reporting.taking("listener-optional"),
        asking_verbs=reporting.taking("asks-that"),
        framing_verbs=reporting.taking("framing"),
        act_particles=profile.reporting_particles,
        reply_verbs=reporting.taking("reply"),
        evidence_verbs=evidence_verbs,
        ambiguous_bare=reporting.taking("noun-like"),
        claim_nouns=profile.claim_nouns,
        attitude_adjectives=profile.attitude_adjectives,
        voicing_verbs=profile.voicing_verbs,
        evidence_nouns=profile.evidence_nouns,
        topic_prepositions=profile.topic_prepositions,
        content_verbs=reporting.taking(
            "that", "object", "belief", "to", "evidence", "only-that", "content"
        ),
        clause_content_verbs=(
            clause_verbs | mental_verbs | that_clause_verbs | reporting.taking("asks-that")
        ),
        finding_verbs=evidence_verbs | reporting.taking("finding"),
        attitude_words=attitude_words,
        cue_starts=(
            (frozenset(reporting.forms) - profile.grammar.noun_forms)
            | attitude_words
            | profile.cue_openers
        ),
        grammar=profile.grammar,
    )


_DATELINE = re.compile(r"^[^.!?]{0,60}?\b[A-Z]{3,}\b[^.!?]{0,20}?\s[-–—]\s")
# A clause's subject may run this many words ("his efforts to slow warming will …").
_SUBJECT_REACH = 8
# How many words a subject written without punctuation may run before its verb.
_SUBJECT_RUN = 12
_PLAIN_WORD = re.compile(r"\w+")


def has_cue_word(text: str, span: Span, words: AttributionWords) -> bool:
    """Whether a sentence holds a word that can start a cue: a cheap test before tokenizing."""
    return not words.cue_starts.isdisjoint(_PLAIN_WORD.findall(text[span.start : span.end].lower()))


@dataclass
class Cue:
    """A reporting verb (or "according to"), the phrase naming its speaker, what it reports."""

    verb: Span
    lemma: str
    phrase: SpeakerPhrase | None  # None when the speaker is the main clause's (", noting that")
    appositive: SpeakerPhrase | None
    contents: list[Span]  # reported content, quotes not yet removed
    weak: bool = False  # a news outlet "reports": it relays someone else's words


@dataclass(frozen=True, init=False)
class SentenceView:
    """A sentence as the cue rules see it: its words outside quotes, and where its quotes are."""

    text: str
    span: Span
    tokens: list[Token]  # word tokens of the sentence outside quotes
    quotes: list[Span]  # outer spans of the sentence's quotes, in order
    words: AttributionWords  # the article's language's words of attribution

    def __init__(
        self,
        text: str,
        span: Span,
        tokens: list[Token],
        quotes: list[Span],
        words: AttributionWords,
    ) -> None:
        # made for every sentence read: written out to compile natively (text.Span)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "tokens", tokens)
        object.__setattr__(self, "quotes", quotes)
        object.__setattr__(self, "words", words)


def _lemma_at(view: SentenceView, index: int) -> tuple[str, int] | None:
    """The reporting verb starting at token `index` and the index of its last token."""
    tokens = view.tokens
    lower = tokens[index].lower
    next_two = [t.lower for t in tokens[index + 1 : index + 3]]
    if lower in ("made", "makes", "making") and next_two == ["it", "clear"]:
        return "make it clear", index + 2
    lemma = view.words.forms.get(lower)
    if lemma is None or (tokens[index].is_capitalized and index > 0):
        return None
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if lemma == "point":
        return (lemma, index + 1) if following in ("out", "to") else None
    if lemma in view.words.topic_verbs:
        return _topic(view, index, lemma)
    if _without_complement(view, index, lemma, following):
        return None  # "agreed on a date": only "agreed to meet" or "agreed that …" reports
    if lemma in view.words.infinitive_verbs and _determined(view.words.grammar, tokens, index):
        return None  # "all plans to join", "their pledge": nouns
    if lemma in view.words.ambiguous_bare and _after_article(view.words.grammar, tokens, index):
        return None  # "the questions that …", "his reports": nouns
    return lemma, index


def _topic(view: SentenceView, index: int, lemma: str) -> tuple[str, int] | None:
    """ "talked about the budget", "spoke warmly of her rival": the verb with its preposition,
    which the content follows; a plain "spoke" or "spoke to reporters" reports nothing."""
    tokens = view.tokens
    preposition = index + 1
    if preposition < len(tokens) and tokens[preposition].lower.endswith("ly"):
        preposition += 1  # "spoke emotionally of …"
    if (
        preposition + 1 >= len(tokens)
        or tokens[preposition].lower not in view.words.topic_prepositions
    ):
        return None
    if not all(
        gap(view.text, tokens[i], tokens[i + 1]).isspace() for i in range(index, preposition + 1)
    ):
        return None
    return lemma, preposition


def _without_complement(view: SentenceView, index: int, lemma: str, following: str) -> bool:
    """Whether a verb that reports only through its infinitive or its "that" clause lacks it."""
    if lemma in view.words.infinitive_only_verbs and following == "to":
        return _noun_after_to(view, index + 1)  # "agrees to a longer lease" reports nothing
    if lemma in view.words.that_clause_verbs:
        # "agreed that …" and "suspect the losses were …" report; "agreed on a date" does not
        return _that_after(view, index + 1, lemma) is None and not _clause_without_that(
            view, index + 1
        )
    return lemma in view.words.infinitive_only_verbs


def _determined(grammar: FunctionWords, tokens: list[Token], index: int) -> bool:
    """Whether a determiner or a possessor makes the word a noun ("their pledges to …")."""
    if index == 0:
        return False
    previous = tokens[index - 1]
    return previous.lower in grammar.noun_determiners or is_possessive(previous.text)


def _after_article(grammar: FunctionWords, tokens: list[Token], index: int) -> bool:
    """Whether an article or a possessor stands right before the word, making it a noun;
    "some say" and "all said" are left alone, being verbs after a quantifier."""
    if index == 0:
        return False
    previous = tokens[index - 1]
    return previous.lower in grammar.articles or is_possessive(previous.text)


def _is_bare_form(view: SentenceView, form: str, lemma: str) -> bool:
    return form == lemma and lemma in view.words.ambiguous_bare


def find_cues(view: SentenceView) -> list[Cue]:
    cues = []
    tokens = view.tokens
    resume = 0
    # Only a few words in a sentence can start a cue: look at those alone.
    for index in [i for i, t in enumerate(tokens) if t.lower in view.words.cue_starts]:
        if index < resume:
            continue
        if tokens[index].lower == "according":
            cue = _according_to(view, index) if index + 1 < len(tokens) else None
        elif tokens[index].lower in view.words.attitude_words and (
            attitude := _attitude_cue(view, index)
        ):
            cue = attitude
        else:
            found = _lemma_at(view, index)
            cue = _verb_cue(view, index, *found) if found else None
            if found and cue:
                resume = found[1] + 1
                if found[0] in view.words.framing_verbs:
                    resume = _past_framed_object(view, resume)
        if cue is not None:
            cues.append(cue)
    return cues


def _past_framed_object(view: SentenceView, start: int) -> int:
    """ "called the Russian demands “dead on arrival”": the words between a framing verb and
    its quote are what it frames, where no other verb starts. Index after them, or `start`
    when no quote follows them."""
    tokens = view.tokens
    if start >= len(tokens):
        return start
    end = start + 1
    while end < len(tokens) and gap(view.text, tokens[end - 1], tokens[end]).isspace():
        end += 1
    last = tokens[end - 1]
    quoted = any(
        q.start >= last.end and not view.text[last.end : q.start].strip() for q in view.quotes
    )
    return end if quoted else start


def _attitude_cue(view: SentenceView, index: int) -> Cue | None:
    """ "her acknowledgment that …", "Republicans expressed concern that …", "protesters were
    frustrated that …": a claim or a feeling its owner holds, with what they hold."""
    tokens = view.tokens
    that = index + 1
    if (
        that + 1 >= len(tokens)
        or tokens[that].lower != "that"
        or _opens_relative(view.words.grammar, tokens, that)
    ):
        return None
    if not gap(view.text, tokens[index], tokens[that]).isspace():
        return None
    floor = _floor(view, tokens[index].start)
    if tokens[index].lower in view.words.claim_nouns:
        phrase = _claim_owner(view, index, floor)
    else:
        phrase = _feeling_holder(view, index, floor)
    if phrase is None or phrase.head in view.words.grammar.impersonal:
        return None
    verb = Span(tokens[index].start, tokens[index].end)
    contents = _split_content(view, tokens[that].end)
    if (
        tokens[index].lower in view.words.claim_nouns
        and phrase.start == tokens[floor].start
        and contents
    ):
        contents = [_before_main_predicate(view, that, contents[0])]
    return Cue(verb, tokens[index].lower, phrase, None, contents)


def _before_main_predicate(view: SentenceView, that: int, content: Span) -> Span:
    """ "Russia's claim that NATO is expanding threatens the talks": a claim that opens its
    sentence is its subject, so the clause ends where a second verb, the sentence's own,
    begins after the clause's verb and at least one word of its own."""
    tokens = view.tokens
    clause_verb, words_since, relative = False, 0, False
    bare = _bare_clause_verb(view.words.grammar, tokens, that)
    if bare is not None and tokens[bare].start < content.end:
        # "that the talks continue has surprised": the bare verb is the clause's own
        clause_verb, words_since = True, 1
        first = bare + 1
    else:
        first = that + 2
    for i in range(first, len(tokens)):
        if tokens[i].start >= content.end:
            break
        word = tokens[i].lower
        if relative:  # ", which now cover five …,": a verb of its own, not the sentence's
            relative = "," not in gap(view.text, tokens[i - 1], tokens[i])
            if relative:
                continue
        if word in view.words.grammar.relatives:
            relative = True
        elif _looks_finite(view.words.grammar, tokens, i):
            if clause_verb and words_since:
                return strip_span(view.text, content.start, tokens[i].start, " ,")
            # "is outdated", "is not accepted": the word after the auxiliary ends its group
            head = (
                clause_verb
                and word not in view.words.grammar.auxiliaries
                and word not in MODAL_AUXILIARIES
            )
            clause_verb, words_since = True, int(head)
        elif (
            clause_verb
            and word not in view.words.grammar.auxiliary_adverbs
            and not word.endswith("ly")
        ):
            words_since += 1  # "is not universally shared" is one verb group
    return content


def _bare_clause_verb(grammar: FunctionWords, tokens: list[Token], that: int) -> int | None:
    """Index of a verb without an ending right after the clause's subject: "that they reach",
    "that the talks continue", "that allies keep": a subject pronoun or a plural noun, then a
    plain lowercase word that no article, preposition or auxiliary makes anything else."""
    subject = that + 1
    if subject < len(tokens) and tokens[subject].lower in grammar.articles:
        subject += 1
        if subject + 1 < len(tokens) and _plural_noun(tokens[subject + 1]):
            subject += 1  # "the peace talks"
    if subject + 1 >= len(tokens):
        return None
    head, verb = tokens[subject], tokens[subject + 1]
    if not (head.lower in grammar.clause_subjects - {"it", "there"} or _plural_noun(head)):
        return None
    word = verb.lower
    ending = word.endswith(("s", "ed", "ing", "ly"))
    function = (
        word in grammar.auxiliaries
        or word in MODAL_AUXILIARIES
        or word in grammar.prepositions
        or word in grammar.clause_breaks
        or word in grammar.noun_determiners
        or word in grammar.auxiliary_adverbs
    )
    if ending or function or verb.is_capitalized or not word.isalpha():
        return None
    return subject + 1


def _plural_noun(token: Token) -> bool:
    word = token.lower
    return (
        word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and len(word) > 3
        and word.isalpha()
        and not token.is_capitalized
    )


def _looks_finite(grammar: FunctionWords, tokens: list[Token], i: int) -> bool:
    """A finite verb, told without a tagger: an auxiliary, or an -s or -ed form that no
    article, possessor or preposition makes a noun or an adjective."""
    word, previous = tokens[i].lower, tokens[i - 1]
    if word in grammar.auxiliaries or word in MODAL_AUXILIARIES:
        return True
    inflected = (word.endswith("s") and not word.endswith("ss")) or word.endswith("ed")
    return (
        inflected
        and len(word) > 3
        and word.isalpha()
        and not tokens[i].is_capitalized
        and previous.lower not in grammar.noun_determiners
        and previous.lower not in grammar.prepositions
        and not is_possessive(previous.text)
    )


def _claim_owner(view: SentenceView, index: int, floor: int) -> SpeakerPhrase | None:
    """Whose claim it is: a possessor ("his repeated claims") or who voiced it."""
    tokens = view.tokens
    probe = index - 1
    # one adjective may come between ("her tacit acknowledgment", "expressed deep concern")
    if _adjective_after_owner(view, probe, floor):
        probe -= 1
    if probe < floor:
        return None
    if tokens[probe].lower in view.words.voicing_verbs:
        subject = subject_before(view.text, tokens, probe, floor, view.words.forms)
        return subject.phrase if subject is not None else None
    return possessor_at(view.text, tokens, probe, floor, view.words.forms)


def _adjective_after_owner(view: SentenceView, probe: int, floor: int) -> bool:
    tokens = view.tokens
    if probe <= floor or tokens[probe].is_capitalized or not tokens[probe].lower.isalpha():
        return False
    owner = tokens[probe - 1]
    return (
        owner.lower in view.words.voicing_verbs
        or possessor_at(view.text, tokens, probe - 1, floor, view.words.forms) is not None
    )


def _feeling_holder(view: SentenceView, index: int, floor: int) -> SpeakerPhrase | None:
    """Who feels it: the subject of "were (so) frustrated", "felt confident"."""
    tokens = view.tokens
    probe = index - 1
    while probe > floor and (
        tokens[probe].lower in view.words.grammar.degree_words
        or tokens[probe].lower in view.words.grammar.auxiliary_adverbs
        or tokens[probe].lower.endswith("ly")
    ):
        probe -= 1
    if probe <= floor or tokens[probe].lower not in view.words.grammar.linking_verbs:
        return None
    if tokens[probe].lower == "be":
        return None  # "if he can be convinced that …": only supposed
    subject = subject_before(view.text, tokens, probe, floor, view.words.forms)
    return subject.phrase if subject is not None else None


def _floor(view: SentenceView, position: int) -> int:
    """First token index after the last quote that closes before `position`."""
    limit = max((q.end for q in view.quotes if q.end <= position), default=view.span.start)
    return next((i for i, t in enumerate(view.tokens) if t.start >= limit), len(view.tokens))


def _according_to(view: SentenceView, index: int) -> Cue | None:
    """ "According to X, …", "…, according to X." and "…, according to X, …" """
    tokens = view.tokens
    if tokens[index + 1].lower != "to" or index + 2 >= len(tokens):
        return None
    # Any source may be cited: a person, but also "federal data" or "a new poll by the Post".
    phrase = phrase_after(
        view.text, tokens, index + 2, len(tokens) - 1, view.words.forms
    ) or _source_run(view, index + 2)
    if phrase is None:
        return None
    verb = Span(tokens[index].start, tokens[index + 1].end)
    contents = []
    before = view.text[content_start(view) : tokens[index].start].strip()
    after = _rest_of_source(view, phrase.end)
    # "According to Rachel Imbert, a researcher who tracks disputes, …": the source's
    # description is no part of the content
    appositive = _appositive_after(view, phrase)
    if appositive is not None and not _describes_a_person(view, appositive):
        appositive = None  # "According to Imbert, the union's call …": the content itself
    described_to = appositive.end if appositive is not None else phrase.end
    comma = view.text.find(",", described_to, view.span.end)
    if (
        not before or before.lower() in view.words.grammar.leading_conjunctions
    ) and 0 <= comma - described_to <= 40:
        # "According to diplomats in Brussels, …": the content follows the source's comma
        contents = _split_content(view, comma + 1)
    elif before.endswith(",") and not after:
        contents = [Span(content_start(view), tokens[index].start)]
    elif before.endswith(",") and after.startswith(",") and not _ends_with_relative(before):
        # "The economy, according to the bank, will grow": the content around the source
        contents = [
            Span(content_start(view), tokens[index].start),
            *_split_content(view, comma + 1),
        ]
    return Cue(verb, "according", phrase, appositive, contents)


def _describes_a_person(view: SentenceView, appositive: SpeakerPhrase) -> bool:
    """An appositive naming what someone is ("a researcher who tracks disputes"), closed by
    a comma before the sentence goes on."""
    head = appositive.tokens[-1].lower
    closed = view.text.find(",", appositive.end, view.span.end) >= 0
    return closed and (is_role(head) or head in EXPERT_WORDS)


def _ends_with_relative(before: str) -> bool:
    """ "…, which, according to him, …": the source speaks inside a relative clause."""
    return before[:-1].rsplit(None, 1)[-1].lower() in ("which", "who", "whom", "that", "where")


def _source_run(view: SentenceView, first: int) -> SpeakerPhrase | None:
    """The words after "according to" up to the next punctuation, as the source's name."""
    tokens = view.tokens
    run = [tokens[first]]
    for token in tokens[first + 1 : first + 10]:
        if not gap(view.text, run[-1], token).isspace():
            break
        run.append(token)
    return source_phrase(run, view.words.forms)


def _rest_of_source(view: SentenceView, end: int) -> str:
    """What follows a source's name: "" when it ends the sentence, or a few words of it do
    ("according to a database [tracking such deaths]."); else from the next punctuation."""
    rest = view.text[end : view.span.end].rstrip('.!?"”’ ')
    cut = min((rest.find(mark) for mark in ",;:—(" if mark in rest), default=len(rest))
    return rest[cut:].strip() if len(rest[:cut].split()) <= 6 else rest.strip()


def _verb_cue(view: SentenceView, index: int, lemma: str, last: int) -> Cue | None:
    """A reporting verb with its speaker (before it, after it, or the main clause's)."""
    tokens = view.tokens
    form = tokens[index].lower
    verb = Span(tokens[index].start, tokens[last].end)
    progressive = (
        index > 0 and tokens[index - 1].lower in view.words.grammar.be_forms
    )  # "the minister is warning …"
    if form.endswith("ing") and form != lemma and not progressive:
        return _participle_cue(view, index, lemma, last, verb)
    if lemma in ("quote", "cite") and (cue := _quoted_as(view, index, lemma, verb)):
        return cue
    if (
        index > 0
        and tokens[index - 1].lower == "to"
        and (cue := _nonfinite_cue(view, index, lemma, last, verb))
    ):
        return cue  # "appeared to suggest that …"
    # '…, said Berg.' is read before looking for a subject before the comma. A verb whose
    # object is its listener has it after it ('…, 82, told reporters'), never its speaker.
    inverted = (
        _inverted_subject(view, index, last)
        if not _is_bare_form(view, form, lemma) and lemma not in view.words.listener_verbs
        else None
    )
    if inverted is not None:
        named = _name_after_role(view, inverted)
        speaker, appositive = (named, inverted) if named else (inverted, None)
        appositive = appositive or _appositive_after(view, speaker)
        return Cue(verb, lemma, speaker, appositive, _content_before(view, tokens[index].start))
    floor = _floor(view, tokens[index].start)
    if lemma in view.words.finding_verbs and (
        cue := _finding_cue(view, index, lemma, last, verb, floor)
    ):
        return cue
    subject = subject_before(view.text, tokens, index, floor, view.words.forms)
    if subject is None:
        cue = _coordinated_cue(view, index, lemma, last, verb)
        cue = cue or _that_clause_cue(view, index, lemma, last, verb, floor)
        return cue or _group_cue(view, index, lemma, last, verb, floor)
    if not _subject_fits(view, subject, form, lemma, last):
        cue = _that_clause_cue(view, index, lemma, last, verb, floor)
        return cue or _group_cue(view, index, lemma, last, verb, floor)
    contents = _as_clause_content(view, subject, last) or _particle_content(view, lemma, last)
    if lemma in view.words.topic_verbs:
        contents = _forward_content(view, lemma, last)  # what was spoken of follows the verb
    elif lemma in view.words.content_verbs and not contents:
        contents = _backward_content(view, subject, last) or _forward_content(view, lemma, last)
    evidence = (
        lemma in view.words.evidence_verbs and subject.phrase.head in view.words.evidence_nouns
    )
    if not contents and evidence and _object_follows(view, last):
        contents = _split_content(view, tokens[last + 1].start)  # "the study found 31 cases"
    weak = lemma == "report" and subject.phrase.kind != "pronoun"
    return Cue(verb, lemma, subject.phrase, subject.appositive, contents, weak)


def _quote_after(view: SentenceView, last: int) -> bool:
    return any(quote.start >= view.tokens[last].end for quote in view.quotes)


def _particle_content(view: SentenceView, lemma: str, last: int) -> list[Span]:
    """What follows the particle a verb names its act with: "called for “…”", "called on
    the board to “…”"."""
    tokens = view.tokens
    particles = view.words.act_particles.get(lemma)
    if particles is None or last + 1 >= len(tokens) or tokens[last + 1].lower not in particles:
        return []
    return _split_content(view, tokens[last + 1].end)


def _finding_cue(
    view: SentenceView, index: int, lemma: str, last: int, verb: Span, floor: int
) -> Cue | None:
    """ "Instant polls showed Clinton ahead", "data from the census show that …": a poll, a
    study or a record reports what it found, however its subject phrase runs."""
    tokens = view.tokens
    start = _run_start(view, index, floor)
    evidence = next(
        (
            i
            for i in range(start, index)
            if strip_possessive(tokens[i].lower) in view.words.evidence_nouns
        ),
        None,
    )
    if evidence is None or last + 1 >= len(tokens):
        return None
    if any(
        t.lower in view.words.grammar.clause_breaks or t.lower in view.words.forms
        for t in tokens[start:evidence]
    ):
        return None  # "officials who saw the report found": the finding is not the report's
    if not gap(view.text, tokens[last], tokens[last + 1]).isspace():
        return None
    that = _that_after(view, last + 1, lemma)
    content_start = tokens[that].end if that is not None else tokens[last + 1].start
    phrase = source_phrase(list(tokens[start : evidence + 1]), view.words.forms)
    contents = _split_content(view, content_start)
    return Cue(verb, lemma, phrase, None, contents, weak=True) if phrase and contents else None


def _run_start(view: SentenceView, index: int, floor: int) -> int:
    """Index of the first of the words written before tokens[index] with nothing but spaces
    between them: the verb's subject when the clause opens with it."""
    tokens = view.tokens
    start = index
    while (
        start > floor
        and index - start < _SUBJECT_RUN
        and gap(view.text, tokens[start - 1], tokens[start]).isspace()
    ):
        start -= 1
    return start


def _group_cue(
    view: SentenceView, index: int, lemma: str, last: int, verb: Span, floor: int
) -> Cue | None:
    """ "Experts on the region said …", "those close to him told Reuters …", "many of whom
    say …": a group named with what ties it together, with a verb of speech. Kept as
    written, it never becomes the running speaker."""
    tokens = view.tokens
    if lemma not in view.words.core_speech_verbs:
        return None
    start = _run_start(view, index, floor)
    run = tokens[start:index]
    if not run or (start > 0 and not _opens_clause(view, start)):
        return None
    head = next(
        (i for i, t in enumerate(run) if t.lower in view.words.grammar.group_links), len(run)
    )
    if head == 0 or not _names_group(view.words.grammar, run[head - 1]):
        return None
    # "experts on Korea and on trade said", but not "the talks ended and officials said"
    if any(
        t.lower in view.words.grammar.group_breaks or (t.lower == "and" and i < head)
        for i, t in enumerate(run)
    ):
        return None
    # "…, officials familiar with the talks said." reports what comes before it
    contents = _forward_content(view, lemma, last) or _content_before(view, run[0].start)
    phrase = source_phrase(list(run), view.words.forms)
    return Cue(verb, lemma, phrase, None, contents, weak=True) if phrase and contents else None


def _names_group(grammar: FunctionWords, token: Token) -> bool:
    return plural_form(token.lower) or token.lower in grammar.group_words


def plural_form(word: str) -> bool:
    """A word in -s that is neither a possessive nor a word in -ss ("officials")."""
    return word.endswith("s") and not word.endswith(("'s", "’s", "ss"))


def _opens_clause(view: SentenceView, start: int) -> bool:
    """Whether tokens[start] opens a clause: after a comma or a conjunction."""
    previous = view.tokens[start - 1]
    return gap(view.text, previous, view.tokens[start]).strip() in (",", ";", "—", "–")


def _as_clause_content(view: SentenceView, subject: Subject, last: int) -> list[Span]:
    """ "As the minister said, …" and "Hawaii, as one adviser pointed out, rarely …": the
    sentence around an "as" clause is what the speaker said."""
    tokens = view.tokens
    opening = tokens.index(subject.phrase.tokens[0]) - 1
    if opening < 0 or tokens[opening].lower != "as":
        return []
    comma = view.text.find(",", tokens[last].end, view.span.end)
    between = view.text[tokens[last].end : comma].lower().split()
    if comma < 0 or not all(
        w in view.words.grammar.time_words or w in view.words.grammar.weekdays or w == "on"
        for w in between
    ):
        return []  # "as he said he would": not an aside
    after = _split_content(view, comma + 1)
    if opening == 0:
        return after
    before = view.text[content_start(view) : tokens[opening].start].rstrip()
    if not before.endswith(",") or _ends_with_relative(before):
        return []
    return [strip_span(view.text, content_start(view), tokens[opening].start, ","), *after]


def _that_clause_cue(
    view: SentenceView, index: int, lemma: str, last: int, verb: Span, floor: int
) -> Cue | None:
    """ "Environmentalists worry that …", "some note that …": a "that" clause after the verb
    makes it a report, whatever its subject. The subject is kept as written and is too vague
    to become the running speaker."""
    tokens = view.tokens
    that = _that_after(view, last + 1, lemma)
    if that is None:
        return None
    phrase = loose_subject_before(view.text, tokens, index, floor, view.words.forms)
    if phrase is None or (
        _is_bare_form(view, tokens[index].lower, lemma) and not _plural(view.words.grammar, phrase)
    ):
        return None  # "a key demand that …": a noun, not a verb
    return Cue(verb, lemma, phrase, None, _split_content(view, tokens[that].end), weak=True)


def _plural(grammar: FunctionWords, phrase: SpeakerPhrase) -> bool:
    return phrase.head.endswith("s") or phrase.head in grammar.plural_words


def _subject_fits(view: SentenceView, subject: Subject, form: str, lemma: str, last: int) -> bool:
    """Whether the phrase before the verb can be the one who speaks."""
    if _foreseen(view, lemma, last):
        return False
    supposable = _infinitive_after(view, lemma, last) or _ends_its_clause(view, last)
    if supposable and _supposed(view, subject):
        # "unless the committee agrees to share the cost", "if the shelling continues, …":
        # an act supposed, not reported
        return False
    if _is_bare_form(view, form, lemma) and not _after_auxiliary(view, lemma, last):
        if not _plural_subject(view, subject):
            return False  # "a key Putin demand": a noun, not a verb
        if lemma in view.words.grammar.noun_like and not _adjacent(view, subject, last):
            return False  # "reporters in a conference call": the noun of a phrase
    if lemma in view.words.evidence_verbs and subject.phrase.head not in view.words.evidence_nouns:
        # a person "finds" or "shows" things; only a finding "that …" is reported
        return _that_after(view, last + 1, lemma) is not None
    if _infinitive_after(view, lemma, last):
        return True  # whoever "agreed to pay" or "refused to testify" states an intent
    if _particle_content(view, lemma, last) and _quote_after(view, last):
        return True  # whoever "called for “…”" or "called on them to “…”" asks it
    if lemma in view.words.framing_verbs and _quote_after(view, last):
        return True  # whoever "described the offer as “…”" puts the label on it
    return subject.phrase.known or lemma in view.words.core_speech_verbs


def _foreseen(view: SentenceView, lemma: str, verb: int) -> bool:
    """ "Mirosh will respond in kind, product by product, …": a verb of speech after a modal
    of the future, with neither a "that" nor a quotation, tells what will be done, not what
    was said."""
    probe = _before_adverbs(view, verb)
    if probe < 0 or view.tokens[probe].lower not in view.words.grammar.future_modals:
        return False
    return _that_after(view, verb + 1, lemma) is None and not _quote_after(view, verb)


def _ends_its_clause(view: SentenceView, verb: int) -> bool:
    """A comma right after the verb: what follows is another clause, not its content."""
    tokens = view.tokens
    after = tokens[verb + 1].start if verb + 1 < len(tokens) else view.span.end
    return view.text[tokens[verb].end : after].strip().startswith(",")


def _supposed(view: SentenceView, subject: Subject) -> bool:
    """A speaker right after a word opening a condition ("unless the committee …")."""
    tokens = view.tokens
    start = subject.phrase.start
    k = subject.segment_start
    while k < len(tokens) and tokens[k].start < start:
        k += 1  # the phrase's first word, a few words into its comma segment at most
    return k > 0 and tokens[k - 1].lower in view.words.grammar.condition_openers


def _before_adverbs(view: SentenceView, verb: int) -> int:
    """Where the word before the verb stands, past any adverbs between ("would [not] say")."""
    tokens = view.tokens
    probe = verb - 1
    while probe >= 0 and (
        tokens[probe].lower in view.words.grammar.auxiliary_adverbs
        or tokens[probe].lower.endswith("ly")
    ):
        probe -= 1
    return probe


def _after_auxiliary(view: SentenceView, lemma: str, verb: int) -> bool:
    """ "would say", "did not explain": after an auxiliary a bare form is a verb, not a noun.
    A modal before a commitment ("would promise to …") only imagines it."""
    tokens = view.tokens
    probe = _before_adverbs(view, verb)
    if probe < 0 or tokens[probe].lower not in MODAL_AUXILIARIES:
        return False
    return not _infinitive_after(view, lemma, verb) or tokens[probe].lower.startswith(("did", "do"))


def _adjacent(view: SentenceView, subject: Subject, verb: int) -> bool:
    """Nothing but adverbs between subject and verb ("Some diplomats, however, question")."""
    between = re.findall(r"\w+", view.text[subject.phrase.end : view.tokens[verb].start].lower())
    return all(w in ADVERBS_BEFORE_VERB or w in view.words.grammar.asides for w in between)


def _plural_subject(view: SentenceView, subject: Subject) -> bool:
    """Whether a bare verb form ("say") agrees with its subject: "officials", "X and Y", "they"."""
    head = subject.phrase.head
    if head in view.words.grammar.bare_subjects or head.endswith("s"):
        return True
    before = [t for t in view.tokens if t.end <= subject.phrase.start]
    return bool(before) and before[-1].lower == "and"


def _coordinated_cue(
    view: SentenceView, index: int, lemma: str, last: int, verb: Span
) -> Cue | None:
    """'X is briefing the envoys … and says he will …': the verb shares the main clause's subject."""
    tokens = view.tokens
    before = index - 1
    while before >= 0 and tokens[before].lower in ADVERBS_BEFORE_VERB:
        before -= 1  # "and has called for …"
    if (
        before < 0
        or tokens[before].lower not in ("and", "but")
        or lemma not in view.words.content_verbs
    ):
        return None
    if tokens[index].lower.endswith("ing"):
        return None
    if _is_bare_form(view, tokens[index].lower, lemma) and not _opens_content(
        view.words.grammar, tokens, last + 1
    ):
        return None  # "and state law requires …", "and then state and local leaders": a noun
    phrase = _clause_subject(view, before)
    return Cue(verb, lemma, phrase, None, _forward_content(view, lemma, last))


def _opens_content(grammar: FunctionWords, tokens: list[Token], index: int) -> bool:
    """Whether reported content can start at tokens[index]: "that", a question word, a
    pronoun, a determiner or a name."""
    if index >= len(tokens):
        return False
    word = tokens[index].lower
    return (
        word == "that"
        or word in grammar.wh_words
        or word in grammar.clause_openers
        or word in grammar.noun_determiners
        or word in grammar.prepositions
        or tokens[index].is_capitalized
    )


def _clause_subject(view: SentenceView, conjunction: int) -> SpeakerPhrase | None:
    """The subject opening the clause a conjunction continues: "…, I laughed and said" → I."""
    tokens = view.tokens
    start = conjunction
    while start > 0 and view.text[tokens[start - 1].end : tokens[start].start].strip() != ",":
        start -= 1
    if start == conjunction:
        return None  # ", and said …": the subject lies further back, with the main clause
    phrase = phrase_after(view.text, tokens, start, conjunction - 1, view.words.forms)
    return phrase if phrase is not None and phrase.kind != "anonymous" else None


def _inverted_subject(view: SentenceView, index: int, last: int) -> SpeakerPhrase | None:
    """'…,” said the minister.' — the speaker written after the verb, which follows a quote."""
    tokens = view.tokens
    before = view.text[view.span.start : tokens[index].start].rstrip()
    after_quote = before.endswith(("”", '"', "»", "''", ",", "—", "–"))
    if last + 1 >= len(tokens) or not (after_quote or index == 0):  # or "Said Berg: …"
        return None
    phrase = phrase_after(view.text, tokens, last + 1, len(tokens) - 1, view.words.forms)
    if phrase is None or (phrase.kind == "anonymous" and not phrase.known):
        return None
    if phrase.head in view.words.grammar.weekdays or phrase.head in view.words.grammar.time_words:
        return None  # "said Tuesday" names a day, not a speaker
    rest = view.text[phrase.end : view.span.end].strip()
    if not rest or rest[0] in ".,;!?(:":
        return phrase
    # "wrote Anna Berg for the Tribune." — an affiliation may follow the name
    words = rest.split()
    return (
        phrase if words[0] in ("for", "of", "at", "from", "in", "on") and len(words) <= 8 else None
    )


def _token_after(tokens: list[Token], position: int) -> int:
    """The index of the first token after `position` (the number of tokens when none is)."""
    return next((n for n, t in enumerate(tokens) if t.start > position), len(tokens))


def _name_after_role(view: SentenceView, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """ "…,” said the country's foreign minister, Rahel Tadesse.": the name set after a role
    is the speaker's, the role describes them."""
    if phrase.kind != "role" or not view.text.startswith(", ", phrase.end):
        return None
    tokens = view.tokens
    first = _token_after(tokens, phrase.end)
    if first >= len(tokens) or not tokens[first].is_capitalized:
        return None
    name = phrase_after(view.text, tokens, first, len(tokens) - 1, view.words.forms)
    if name is None or name.kind != "name":
        return None
    rest = view.text[name.end : view.span.end].strip()
    return name if not rest or rest[0] in ".,;!?" else None


def _appositive_after(view: SentenceView, phrase: SpeakerPhrase) -> SpeakerPhrase | None:
    """What is set after a name to describe it: a role ("…,” said Lena Fisk, a labour
    economist at …") or the body the speaker is of ("said Sara Holm of Baltic Research")."""
    if phrase.kind != "name":
        return None
    tokens = view.tokens
    first = _token_after(tokens, phrase.end)
    if first + 1 >= len(tokens):
        return None
    linked = gap(view.text, phrase.tokens[-1], tokens[first])
    if linked == ", " and tokens[first].lower in view.words.grammar.articles:
        # "…, a labour economist at …", "…, a Mumbai-based aviation consultant", "…, a
        # cartographer who …": read with its article, which marks a noun the lexicon may not
        # know as one
        described = phrase_after(view.text, tokens, first, len(tokens) - 1, view.words.forms)
        if described is not None and described.kind in ("role", "organisation", "anonymous"):
            return _with_workplace(view, described)
        kinds = ("role", "organisation")
    elif linked == ", " and not tokens[first].is_capitalized:
        # "…,” said Zainab Harthy, chairwoman of the company.": a role without its article
        described = phrase_after(view.text, tokens, first, len(tokens) - 1, view.words.forms)
        if described is None or described.kind != "role":
            return None
        return _with_workplace(view, described)
    elif linked == " " and tokens[first].lower in ("of", "at", "from"):
        kinds = ("organisation", "name")  # "… of Baltic Research"
    else:
        return None
    described = phrase_after(view.text, tokens, first + 1, len(tokens) - 1, view.words.forms)
    return described if described is not None and described.kind in kinds else None


def _with_workplace(view: SentenceView, role: SpeakerPhrase) -> SpeakerPhrase:
    """The role with the body it is held at or the side it acts for, which tell what kind of
    voice it is: "head of football at consultancy Goalline Partners", "a lawyer for the
    stranded travellers"."""
    tokens = view.tokens
    at = _token_after(tokens, role.end)
    links = view.words.grammar.workplace_links | REPRESENTING_LINKS
    if at + 1 >= len(tokens) or tokens[at].lower not in links:
        return role
    if gap(view.text, role.tokens[-1], tokens[at]) != " ":
        return role
    body = phrase_after(view.text, tokens, at + 1, len(tokens) - 1, view.words.forms)
    if tokens[at].lower in REPRESENTING_LINKS and body is None:
        # whoever is acted for ("for the stranded travellers"), the link says it is a side
        return SpeakerPhrase((*role.tokens, tokens[at]), role.kind, role.parts)
    if body is None or body.kind not in ("organisation", "role", "name", "anonymous"):
        return role
    return SpeakerPhrase((*role.tokens, tokens[at], *body.tokens), role.kind, role.parts)


def _participle_cue(
    view: SentenceView, index: int, lemma: str, last: int, verb: Span
) -> Cue | None:
    """', noting that …' and 'While noting that …': the speaker is the main clause's."""
    tokens = view.tokens
    before = view.text[view.span.start : tokens[index].start].rstrip()
    opens_sentence = index == 0 or (index == 1 and tokens[0].lower in ("while", "when", "after"))
    subject = _absolute_subject(view, index)
    if subject is None and not (before.endswith((",", ',"', ",”")) or opens_sentence):
        return _nonfinite_cue(view, index, lemma, last, verb)  # not '…," adding that …'

    contents = _particle_content(view, lemma, last)  # ", calling for …"
    if contents:
        return Cue(verb, lemma, subject, None, contents)
    if _infinitive_after(view, lemma, last):
        contents = _split_content(view, tokens[last + 1].start)  # ", promising to …"
    elif lemma in view.words.topic_verbs:
        contents = _split_content(view, tokens[last + 1].start)  # ", speaking of …"
    elif last + 1 < len(tokens) and tokens[last + 1].lower == "that":
        contents = _split_content(view, tokens[last + 1].end)
    elif lemma in view.words.grammar.object_participles and _object_follows(view, last):
        contents = _split_content(view, tokens[last + 1].start)  # ", citing security concerns"
    elif lemma in view.words.clause_verbs and last + 1 < len(tokens):
        following = tokens[last + 1]
        if following.lower in view.words.grammar.wh_words or (
            (
                following.lower in view.words.grammar.clause_openers
                or following.is_capitalized
                or lemma == "say"
            )
            and following.lower not in view.words.grammar.prepositions
            and gap(view.text, tokens[last], following).isspace()
        ):
            # "stressing it was time to talk": a clause without its "that"
            contents = _split_content(view, following.start)
    return Cue(verb, lemma, subject, None, contents)


# The most words between "with" and its participle ("with the Russian delegation insisting").
_ABSOLUTE_REACH = 4


def _absolute_subject(view: SentenceView, index: int) -> SpeakerPhrase | None:
    """ "…, with Tehran insisting that …": the participle has its own subject, named after
    "with", rather than the main clause's."""
    tokens = view.tokens
    for opener in range(index - 1, max(index - _ABSOLUTE_REACH - 2, -1), -1):
        if not gap(view.text, tokens[opener], tokens[opener + 1]).isspace():
            return None
        if tokens[opener].lower in view.words.grammar.absolute_openers:
            if opener + 1 == index:
                return None
            return phrase_after(view.text, tokens, opener + 1, index - 1, view.words.forms)
    return None


def _nonfinite_cue(view: SentenceView, index: int, lemma: str, last: int, verb: Span) -> Cue | None:
    """ "by telling them that …", "appeared to suggest that …", "went on to explain how …":
    a reporting verb without a subject of its own reports the main clause's speaker when a
    "that" clause or a question follows it."""
    tokens = view.tokens
    if (
        lemma not in view.words.clause_content_verbs
        or _determined(view.words.grammar, tokens, index)
        or last + 1 >= len(tokens)
    ):
        return None  # "the hearing that …": a noun
    if index > 0 and tokens[index - 1].lower in ("worth", "without"):
        return None  # "it is worth noting that …", "it goes without saying": the writer's aside
    that = _that_after(view, last + 1, lemma)
    if that is not None:
        return Cue(verb, lemma, None, None, _split_content(view, tokens[that].end))
    following = tokens[last + 1]
    if (
        following.lower in view.words.grammar.wh_words
        and following.lower != "if"
        and lemma in view.words.clause_verbs
    ):
        return Cue(verb, lemma, None, None, _split_content(view, following.start))
    return None


def _object_follows(view: SentenceView, last: int) -> bool:
    tokens = view.tokens
    return (
        last + 1 < len(tokens)
        and tokens[last + 1].lower not in view.words.grammar.prepositions
        and gap(view.text, tokens[last], tokens[last + 1]).isspace()
    )


def _quoted_as(view: SentenceView, index: int, lemma: str, verb: Span) -> Cue | None:
    """'X quoted Y as saying (that) …' and 'cited the official as warning that …'."""
    tokens = view.tokens
    as_index = next(
        (i for i in range(index + 1, min(index + 12, len(tokens))) if tokens[i].lower == "as"),
        None,
    )
    if as_index is None or as_index + 1 >= len(tokens):
        return None
    phrase = phrase_after(view.text, tokens, index + 1, as_index - 1, view.words.forms)
    if phrase is None:
        return None
    spoken = tokens[as_index + 1]
    contents = []
    if spoken.lower.endswith("ing"):
        after = as_index + 2
        if after < len(tokens) and tokens[after].lower == "that":
            contents = _split_content(view, tokens[after].end)
        elif after < len(tokens) and view.text[spoken.end : tokens[after].start].isspace():
            contents = _split_content(view, tokens[after].start)
    return Cue(verb, lemma, phrase, None, contents)


def content_start(view: SentenceView) -> int:
    """Where a sentence's reported content starts, after any dateline ("BRUSSELS - ")."""
    head = view.text[view.span.start : view.span.end]
    match = _DATELINE.match(head)
    return view.span.start + (match.end() if match else 0)


def _content_before(view: SentenceView, position: int) -> list[Span]:
    """'CONTENT, said X.' — the sentence up to the comma before the attribution."""
    before = view.text[view.span.start : position].rstrip()
    if not before.endswith(","):
        return []
    content = _clause_only(view, content_start(view), view.span.start + len(before))
    return [content] if content and len(view.text[content.start : content.end].split()) >= 4 else []


def _clause_only(view: SentenceView, start: int, end: int) -> Span | None:
    """The content before an attribution, without a leading adverbial ("During his years in
    office, …"); None when the whole stretch is an adverbial ("As a phone rang, the announcer
    said")."""
    content = strip_span(view.text, start, end, ",")
    first = view.text[content.start : content.end].split(maxsplit=2)[:2]
    if not first:
        return None
    opener = first[0].lower().strip(",")
    grammar = view.words.grammar
    participle = opener.endswith("ing") and first[0][0].isupper()
    if opener not in grammar.adverbial_openers and not participle:
        return content
    comma = view.text.find(", ", content.start, content.end)
    if comma >= 0:
        return strip_span(view.text, comma + 2, content.end, ",")
    # "Developing nations want …": an -ing word before its noun describes it; "Facing the
    # prospect of …" or "Campaigning against …" opens an adverbial
    following = first[1].lower() if len(first) > 1 else ""
    adverbial = following in grammar.adverbial_followers
    return None if adverbial or opener in grammar.adverbial_openers else content


def _backward_content(view: SentenceView, subject: Subject, last: int) -> list[Span]:
    """'CONTENT, X said (on Friday).' — content before the attribution."""
    tokens = view.tokens
    start_token = tokens[subject.segment_start]
    if subject.phrase.start != start_token.start:
        return []
    before = view.text[view.span.start : _attribution_start(view, subject)].rstrip()
    if not before.endswith(",") and not before.endswith((",”", ',"')):
        return []
    tail = view.text[tokens[last].end : view.span.end]
    tail_clause = tail.split(",")[0]
    if " that " in f" {tail_clause} " or len(tail_clause.split()) > 8:
        return []
    if any(mark in tail_clause for mark in '"“”«»'):
        return []  # the verb introduces a quotation: "…, X described the talks as “…”"
    content = _clause_only(view, content_start(view), len(before) + view.span.start)
    resumed = _resumed_content(view, last)
    if content is None:
        return resumed
    if _describes_speaker(view, subject, content):
        return []  # "The ministry's spokeswoman, Mao Ning, said …": who she is, not what
    # "The talks, the envoy said, would resume …": a short opening is content when it resumes.
    opening = view.text[content.start : content.end].split()
    if len(opening) < 4 and not (
        resumed and opening and opening[0].lower() not in view.words.grammar.prepositions
    ):
        return []
    return [content, *resumed]


def _attribution_start(view: SentenceView, subject: Subject) -> int:
    """Where the speaker's phrase starts, with a role set before the name: "…, the group's
    chair, Nalini Prasad, said"."""
    start = subject.phrase.start
    appositive = subject.appositive
    if appositive is None or appositive.end > start:
        return start
    # the role fills the segment between two commas, not the end of the content before it
    set_off = view.text[view.span.start : appositive.start].rstrip().endswith(",")
    return (
        appositive.start if set_off and view.text[appositive.end : start].strip() == "," else start
    )


def _describes_speaker(view: SentenceView, subject: Subject, content: Span) -> bool:
    """Whether the words before "NAME, said" are a person's role with no verb: the name's
    description set before it ("The ministry's spokeswoman, Mao Ning, said …"), not what
    was said."""
    if subject.phrase.kind != "name":
        return False
    tokens = words(view.text, content.start, content.end)
    grammar = view.words.grammar
    if any(t.lower in grammar.auxiliaries or t.lower in grammar.be_forms for t in tokens):
        return False
    phrase = classify(tokens, view.words.forms)
    return (
        phrase is not None
        and phrase.kind in ("role", "anonymous")
        and is_role(phrase.head)
        and phrase.head not in ORGANISATION_WORDS
    )


def _resumed_content(view: SentenceView, last: int) -> list[Span]:
    """'But to prevent problems, he said, officials should be vigilant.' — content resumes."""
    tokens = view.tokens
    after = last + 1
    if after >= len(tokens) or view.text[tokens[last].end : tokens[after].start].strip() != ",":
        return []
    word = tokens[after].lower
    if word.endswith("ing") or word in ("according", "adding", "in", "on", "at", "after"):
        return []
    return _split_content(view, tokens[after].start)


# The most words a common-noun listener runs to ("the visiting delegation").
_LISTENER_WORDS = 3


def _instruction(tokens: list[Token], index: int) -> bool:
    """ "told his advisers to find a way": a listener, then what they were told to do."""
    window = [t.lower for t in tokens[index : index + 5]]
    return "to" in window[1:] and window.index("to", 1) + index + 1 < len(tokens)


def _skip_listener(view: SentenceView, index: int) -> int:
    """Index after the listener of "told reporters", "told the Financial Times"; -1 when unclear."""
    tokens = view.tokens
    if tokens[index].lower in view.words.grammar.listeners:
        return index + 1
    probe = index + 1 if tokens[index].lower in ("the", "a") else index
    if probe < len(tokens) and tokens[probe].lower in view.words.grammar.listeners:
        return probe + 1
    named = probe
    while named < len(tokens) and tokens[named].is_capitalized and named - probe < 5:
        named += 1
        if (
            named < len(tokens)
            and not view.text[tokens[named - 1].end : tokens[named].start].isspace()
        ):
            break
    return named if named > probe else _before_clause(view, probe)


def _before_clause(view: SentenceView, probe: int) -> int:
    """ "told the council the plan would fail": a listener of a few words ends where a
    clause without "that" opens; -1 when none does."""
    tokens, grammar = view.tokens, view.words.grammar
    for start in range(probe + 1, min(probe + _LISTENER_WORDS + 1, len(tokens))):
        word = tokens[start].lower
        if word in grammar.noun_determiners or word in grammar.clause_openers:
            return start if _clause_without_that(view, start) else -1
    return -1


def _forward_content(view: SentenceView, lemma: str, last: int) -> list[Span]:
    """'X said (on Friday) (that) CONTENT' — content after the verb."""
    tokens = view.tokens
    following = last + 1
    if following >= len(tokens):
        return []
    if lemma in view.words.topic_verbs:
        return _split_content(view, tokens[following].start)  # after "about" or "of"
    if lemma == "call":
        if tokens[following].lower in ("for", "on") and following + 1 < len(tokens):
            return _split_content(view, tokens[following + 1].start)
        return []
    if _infinitive_after(view, lemma, last):
        if _withholds(view, lemma, following):
            return []  # "declined to comment": no position, nothing said
        return _split_content(view, tokens[following].start)  # "vowed to fight the ruling"
    if lemma in view.words.asking_verbs and view.words.grammar.anonymity_request.match(
        view.text, tokens[following].start
    ):
        return []  # "who asked not to be named"
    that = _that_after(view, following, lemma)
    instruction = lemma in view.words.listener_verbs and _instruction(tokens, following)
    if that is not None and not (instruction and that > following + 1):
        return _split_content(view, tokens[that].end)
    if (
        lemma in view.words.that_only_verbs
        or lemma in view.words.mental_verbs
        or lemma in view.words.that_clause_verbs
    ):
        if _clause_without_that(view, following):
            return _split_content(view, tokens[following].start)
        return []
    if (
        lemma in view.words.listener_verbs
        and tokens[following].lower not in view.words.grammar.prepositions
    ):
        if _instruction(tokens, following):
            return _split_content(view, tokens[following].start)  # "told his aides to …"
        after_listener = _skip_listener(view, following)
        if (
            after_listener < 0
            and lemma in view.words.listener_optional_verbs
            and _clause_without_that(view, following)
        ):
            return _split_content(view, tokens[following].start)  # "warned the strike could …"
        following = after_listener
        if following < 0 or following >= len(tokens):
            return []
    between = view.text[tokens[following - 1].end : tokens[following].start]
    if any(mark in between for mark in '"“”«»‘'):
        return []
    if tokens[following].lower in view.words.grammar.wh_words:
        return _split_content(view, tokens[following].start)
    if tokens[following].lower in view.words.grammar.circumstance_openers and not _says_as_much(
        tokens, following
    ):
        return []  # "said as she walked away": when it was said, not what
    if (
        tokens[following].lower in view.words.grammar.prepositions
        or tokens[following].lower in view.words.grammar.weekdays
    ):
        return _after_adverbial(view, following)
    if lemma in view.words.reply_verbs and not _clause_without_that(view, following):
        return []  # "wouldn't answer many of the questions": what was asked, not the answer
    if lemma in view.words.object_verbs or lemma in view.words.clause_verbs:
        return _split_content(view, tokens[following].start)
    return []


def _withholds(view: SentenceView, lemma: str, to: int) -> bool:
    """ "declined to comment", "refused to say when": a refusal to tell."""
    grammar, tokens = view.words.grammar, view.tokens
    return (
        lemma in grammar.refusals
        and to + 1 < len(tokens)
        and tokens[to + 1].lower in grammar.withheld_speech
    )


def _clause_without_that(view: SentenceView, index: int) -> bool:
    """ "announced it would …", "believe the plan is dead": a clause left without "that",
    told by an auxiliary a few plain words after the verb."""
    tokens = view.tokens
    if index >= len(tokens) or tokens[index].lower in view.words.grammar.subject_stops:
        return False
    for probe in range(index + 1, min(index + _SUBJECT_REACH, len(tokens))):
        if not gap(view.text, tokens[probe - 1], tokens[probe]).isspace():
            return False
        word = tokens[probe].lower
        if word in view.words.grammar.auxiliaries:
            # "believe his efforts to slow warming will be …": a subject may hold "to" or
            # "and", but not end with them ("announced a plan to …", "voted and was …")
            return tokens[probe - 1].lower not in view.words.grammar.subject_joins
        if (
            word in view.words.grammar.subject_stops
            and word not in view.words.grammar.subject_joins
        ):
            return False
    return False


def _infinitive_after(view: SentenceView, lemma: str, last: int) -> bool:
    """Whether the verb takes an infinitive right after it: "pledged to", "refusing to"."""
    tokens = view.tokens
    return (
        lemma in view.words.infinitive_verbs
        and last + 2 < len(tokens)
        and tokens[last + 1].lower == "to"
        and gap(view.text, tokens[last], tokens[last + 1]).isspace()
        and not _noun_after_to(view, last + 1)
    )


def _noun_after_to(view: SentenceView, to: int) -> bool:
    """ "to a 99-year term", "to 5 percent": "to" opens a noun phrase, not an infinitive."""
    following = view.tokens[to + 1].lower if to + 1 < len(view.tokens) else ""
    return following in view.words.grammar.noun_determiners or following[:1].isdigit()


# How many words may stand between a verb and its "that": "said in a joint letter to the
# telecoms regulator that …".
_THAT_REACH = 10


def _that_after(view: SentenceView, index: int, lemma: str) -> int | None:
    """Index of a "that" opening the reported clause within a few words of the verb.

    Only a listener, a time or place phrase or an adverb may stand between the two: in
    "called for talks that would …" the "that" belongs to the object, not to the verb.
    """
    tokens = view.tokens
    if index >= len(tokens):
        return None
    first = tokens[index].lower
    may_intervene = (
        first == "that"
        or first in view.words.grammar.prepositions
        or first in view.words.grammar.weekdays
        or first in ADVERBS_BEFORE_VERB
        or first.endswith("ly")
        or lemma in view.words.listener_verbs
        or view.text[tokens[index - 1].end : tokens[index].start].strip() == ","
    )
    if not may_intervene:
        return None
    for probe in range(index, min(index + _THAT_REACH, len(tokens))):
        if tokens[probe].lower == "that":
            between = view.text[tokens[index - 1].end : tokens[probe].start]
            if any(mark in between for mark in '"“”«»;:'):
                return None
            if probe > index and _opens_relative(view.words.grammar, tokens, probe):
                continue  # "told reporters after the meeting that was held …"
            return probe
        listener = probe == index and lemma in view.words.listener_verbs  # "told him that …"
        word = tokens[probe].lower
        if (_verb_form_at(view, probe) and word not in view.words.grammar.noun_forms) or (
            word in PRONOUNS and not listener
        ):
            return None
    return None


def _verb_form_at(view: SentenceView, index: int) -> bool:
    """Whether tokens[index] is a reporting verb here: right after a preposition or a
    determiner its form is a noun or a modifier ("remarks carried by state media")."""
    tokens, grammar = view.tokens, view.words.grammar
    if tokens[index].lower not in view.words.forms:
        return False
    before = tokens[index - 1].lower if index > 0 else ""
    if before in grammar.prepositions or before in grammar.noun_determiners:
        return False
    # "on a conference call": a bare form after a singular noun with its determiner ends a
    # compound noun; a singular subject would take "calls" or "called"
    form = tokens[index].lower
    compound = index > 1 and tokens[index - 2].lower in grammar.noun_determiners
    return not (compound and view.words.forms[form] == form and not plural_form(before))


def _says_as_much(tokens: list[Token], index: int) -> bool:
    return [t.lower for t in tokens[index : index + 2]] == ["as", "much"]


def _opens_relative(grammar: FunctionWords, tokens: list[Token], that: int) -> bool:
    """Whether a "that" after a noun opens a relative clause: a verb follows it at once."""
    before = tokens[that - 1].lower
    adverb = before in grammar.time_words or before in ADVERBS_BEFORE_VERB or before.endswith("ly")
    if adverb or before in grammar.listeners or before in grammar.weekdays:
        return False  # "said earlier that [he] does not …" leaves its subject out
    return that + 1 < len(tokens) and tokens[that + 1].lower in grammar.auxiliaries


def _after_adverbial(view: SentenceView, index: int) -> list[Span]:
    """'said on Friday (,) CONTENT' — skip the time or place phrase."""
    tokens = view.tokens
    after_time = _after_time_phrase(view.words.grammar, tokens, index)
    if after_time is not None and after_time < len(tokens):
        return _split_content(view, tokens[after_time].start)
    for probe in range(index, min(index + 7, len(tokens) - 1)):
        if view.text[tokens[probe].end : tokens[probe + 1].start] == ", ":
            return _split_content(view, tokens[probe + 1].start)
    return []


def _after_time_phrase(grammar: FunctionWords, tokens: list[Token], index: int) -> int | None:
    """Index after "on Thursday", "last week", "earlier", "on Monday evening"; None if none."""
    words = [t.lower for t in tokens[index : index + 4]]
    if words and (words[0] in grammar.weekdays or words[0] in grammar.time_words):
        skip = 1
    elif (
        words[:1] in (["on"], ["last"], ["this"], ["late"])
        and len(words) > 1
        and (words[1] in grammar.weekdays or words[1] in grammar.time_words)
    ):
        skip = 2
    else:
        return None
    if index + skip < len(tokens) and tokens[index + skip].lower in grammar.parts_of_day:
        skip += 1
    return index + skip


def _cut(view: SentenceView, start: int, end: int) -> Span:
    stop = view.words.grammar.content_stop.search(view.text, start, end)
    while stop is not None and _continues_content(view, start, stop):
        stop = view.words.grammar.content_stop.search(view.text, stop.end(), end)
    end = stop.start() if stop else end
    end = _before_trailing_attribution(view, start, end)
    if _in_opening_clause(view, start):
        # "While she spoke about unity, Trump stressed …": the main clause is not content
        comma = view.text.find(",", start, end)
        end = comma if comma >= 0 else end
    return strip_span(view.text, start, end, ".,;:!?")


# Words an attribution closing a sentence may run to (", the union's general secretary said").
_TRAILING_ATTRIBUTION_WORDS = 8


def _before_trailing_attribution(view: SentenceView, start: int, end: int) -> int:
    """ "The council agreed to approve the freeze, a spokesman said.": content told by a verb
    in the sentence ends where the attribution of the whole sentence begins."""
    comma = closing_attribution(view)
    return comma if comma is not None and start < comma < end else end


def closing_attribution(view: SentenceView) -> int | None:
    """Where the attribution that closes a sentence and reports all of it begins: the comma
    before "a spokesman said" or "said Ruiz" at its end."""
    text, end = view.text, view.span.end
    comma = end
    # the attribution may close on an appositive: "…, said Keiran Doyle, a bond strategist."
    for _ in range(2):
        comma = text.rfind(",", view.span.start, comma)
        if comma < 0:
            return None
        after = words(text, comma + 1, end)
        if len(after) < 2 or len(after) > 2 * _TRAILING_ATTRIBUTION_WORDS:
            return None
        speech = view.words.core_speech_verbs
        said = [n for n, token in enumerate(after) if view.words.forms.get(token.lower) in speech]
        # the verb closes it ("…, a spokesman said"; not "…, more than either side has
        # acknowledged") or opens it before a name ("…, said Ruiz")
        speaker = after[0].is_capitalized or after[0].lower in view.words.grammar.articles
        short = len(after) <= _TRAILING_ATTRIBUTION_WORDS
        closes = speaker and short and said[-1:] == [len(after) - 1]
        if closes or (said[:1] == [0] and after[1].is_capitalized):
            return comma
    return None


def _continues_content(view: SentenceView, start: int, stop: re.Match[str]) -> bool:
    """ "said Borvia would take the matter to the council, and would press for sanctions": a
    verb joined on with the modal the content already has goes on with the content's subject,
    not the speaker's."""
    joined = words(view.text, stop.start(), stop.end())
    modal = joined[-1].lower if joined else ""
    if modal not in view.words.grammar.joined_modals:
        return False
    return any(token.lower == modal for token in words(view.text, start, stop.start()))


def _in_opening_clause(view: SentenceView, position: int) -> bool:
    """Whether `position` lies in a subordinate clause opening the sentence ("When X said …,")."""
    tokens = view.tokens
    if not tokens or tokens[0].lower not in view.words.grammar.subordinators:
        return False
    return "," not in view.text[tokens[0].end : position]


def _split_content(view: SentenceView, start: int) -> list[Span]:
    """Content from `start` to the end of its clause."""
    content = _cut(view, start, view.span.end)
    return [content] if content.start < content.end else []
