"""The extraction pass: quotes, their speakers, and what each quote suggests."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .confidence import overall_confidence
from .cues import (
    AttributionWords,
    Cue,
    SentenceView,
    attribution_words,
    closing_attribution,
    content_start,
    find_cues,
    has_cue_word,
    plural_form,
)
from .discourse import Discourse, Entity
from .issues import ArticleIssues
from .languages import DEFAULT_LANGUAGE, LanguageProfile, profile_for
from .lexicon import ADVERBS_BEFORE_VERB, THIRD_PERSON_PRONOUNS
from .limits import MAX_QUOTES, refuse_too_many_quotes
from .names import collect_names
from .phrases import SpeakerPhrase, classify, phrase_after
from .quotemarks import QuotedSpan, find_quoted_spans
from .registry import Registry, RegistryIndex, index_for
from .resolution import Resolution, resolve_entity
from .stance import Speaker, Suggestion, statement_stances, states_a_position, suggest
from .text import Span, Token, paragraphs, sentences, strip_span, words

_EMPTY_REGISTRY = Registry()
# A paragraph ending without sentence punctuation is a headline, a standfirst or a caption.
_SENTENCE_FINAL = ".!?…\"”’»:)]'"
_HEADING_MAX_WORDS = 30
# Quotes this short are scare quotes or titles unless the sentence attributes them.
_SHORT_QUOTE_WORDS = 3
# Prepositions that end the head of a speaker's phrase ("officials in Kyiv").
_HEAD_ENDS = frozenset({"in", "at", "from", "of", "for", "with"})
# Fewer quoted words than this inside reported speech are a fragment of the reported clause.
_FRAGMENT_WORDS = 5
# How many characters before a reporting verb may hold what negates it ("no longer insists").
_DENIAL_REACH = 24
# The small words a title leaves in lower case ("War and Peace"); a verb is capitalised in a
# title, so “The West is not.” is a sentence.
_TITLE_SMALL_WORDS = frozenset("a an the and or nor but of in on at to for by as vs".split())
_TITLE_MAX_WORDS = 8
# Longest attribution between the two parts of one split statement ("," the minister said, ").
_SPLIT_GAP = 160
# The unquoted frame around a partial quote is reported speech in its own right only when long.
_FRAME_MIN_WORDS = 10
# Sentences before a closing "…, X said" that it may still report (when they sound spoken).
_LEAD_MAX = 2
_QUOTED_SENTENCE_END = re.compile(r"[.!?…][\"'”’»]")
# The end of the sentence an attribution stands in, or the quote that follows it.
_SENTENCE_BREAK = re.compile(r"[.!?;:\"“”]")
_SET_OFF_PARTICIPLE = re.compile(r",\s+(\w+ing)\b")
_SIGNATURE = re.compile(
    r"[ \t]*[―—–-]{1,2}[ \t\xa0]*([A-Z][^\n.,;:!?“”\"]{0,60}?)[ \t\xa0]*\.?[ \t\xa0]*$"
)
_WORD = re.compile(r"\w+(?:[’']\w+)*")
# A speaker's name (or surname in capitals) and a colon opening a paragraph.
_SPEAKER_LABEL = re.compile(r"[\"“]?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}):[ \t]+(?=\S)")


@dataclass(frozen=True)
class ExtractedQuote:
    """One quote found in an article, with everything the engine could tell about it."""

    text: str  # == article_text[start:end]: the quote's words without their quote marks
    start: int
    end: int
    kind: str  # "direct" | "indirect"
    speaker: str | None  # the fullest name the article gives, or the registry's canonical name
    speaker_as_written: str | None  # the phrase at the attribution: "he", "the diplomat", …
    actor_key: str | int | None  # RegistryActor.key when resolved against the registry
    party_slug: str | None  # the party an official or spokesperson speaks for on the day
    party: str | None  # that party's display name
    proposed_actor_kind: str | None  # for a speaker the registry does not know: a guessed kind
    issues: tuple[str, ...]  # issue slugs suggested by the registry's words for them
    stance: str | None  # demand | offer | accept | reject | concede | warn | assess
    stance_confidence: float  # each confidence 0..1, calibrated: of those at p, about p right
    confidence: float  # that the whole suggestion is right: speaker, stance and issues
    statement: int | None  # parts of one statement split around an attribution share it
    speaker_confidence: float = 0.0  # that this is a quote and that its speaker is right
    issues_confidence: float = 0.0
    stance_evidence: str = "none"  # what the stance rests on: "verb", "modal", "negation", …
    stance_signals: tuple[str, ...] = ()  # what its confidence was weighed from


@dataclass
class _Found:
    span: Span
    kind: str
    entity: Entity | None
    written: str | None
    confidence: float
    statement: int
    verb: str | None = None  # the reporting verb's lemma, a hint at the stance
    # The reported clause a quoted fragment sits in ("said Europe would act “without
    # hesitation” if …"): the fragment's stance lies in the clause, not in its own words.
    frame: Span | None = None
    # The main clause a fragment told by a participle hangs on ("The union welcomed the
    # ruling, calling it “long overdue”"): what its verb says the speaker did comes first.
    main_clause: Span | None = None
    # What a framing verb puts the fragment's label on ("called [the Russian demands] “dead
    # on arrival”"): the label is the speaker's verdict on it.
    labelled: Span | None = None
    # A condition opening the sentence before its attribution ("If talks fail, she said, she
    # will call elections"): said by the speaker, part of what the content holds out.
    condition: Span | None = None


@dataclass
class _Attribution:
    cue: Cue
    entity: Entity | None
    written: str | None


def extract_quotes(
    text: str,
    registry: Registry | None = None,
    *,
    said_on: date | None = None,
    max_quotes: int | None = MAX_QUOTES,
    language: str = DEFAULT_LANGUAGE,
    headline: str | None = None,
) -> list[ExtractedQuote]:
    """Every direct and indirect quote in a clean article text, with its speaker.

    Only a language with a profile gets quotes: for any other the rules would find
    speakerless noise, so the article gets none (see `languages.profile_for`).
    `headline`: the article's title when the text may not begin with it; it tells what the
    article is about. Raises ``TooManyQuotes`` past ``max_quotes`` (None: no limit).
    """
    profile = profile_for(language)
    if profile is None:
        return []
    index = index_for(registry if registry is not None else _EMPTY_REGISTRY)
    extraction = _Extraction(text, profile, max_quotes)
    found = extraction.run()
    if headline is None:
        headline = _headline(text, extraction.paragraphs)
    issues = ArticleIssues(index.issues, text, extraction.paragraphs, headline)
    resolutions: dict[int, Resolution] = {}
    resolved = []
    for item in sorted(found, key=lambda f: f.span.start):
        resolution = None
        if item.entity is not None:
            key = id(item.entity)
            if key not in resolutions:
                resolutions[key] = resolve_entity(item.entity, index, said_on)
            resolution = resolutions[key]
        resolved.append((item, resolution))
    suggestions = statement_stances(
        [
            (item.statement, _suggestion_for(text, item, resolution, index, profile))
            for item, resolution in resolved
        ]
    )
    return [
        _finish(text, item, resolution, suggestion, issues)
        for (item, resolution), suggestion in zip(resolved, suggestions, strict=True)
    ]


def _headline(text: str, paragraphs: list[Span]) -> str | None:
    """The first paragraph, when it is a heading: a cleaned article begins with its title."""
    if paragraphs and _is_heading(text, paragraphs[0]):
        return text[paragraphs[0].start : paragraphs[0].end]
    return None


def _suggestion_for(
    text: str,
    item: _Found,
    resolution: Resolution | None,
    index: RegistryIndex,
    profile: LanguageProfile,
) -> Suggestion:
    actor = resolution.actor if resolution else None
    party = resolution.party if resolution else None
    speaker = Speaker(
        party.slug if party else None,
        actor.kind if actor else (resolution.proposed_kind if resolution else None),
        _names_a_group(item.written),
        _described_as(item),
    )
    first = _read_first(text, item, profile)
    if first is not None:
        main = suggest(first, index, None, speaker, profile, indirect=True, framed=True)
        if states_a_position(main):
            return main
    if item.frame is not None:
        framed = text[item.frame.start : item.frame.end]
        return suggest(framed, index, item.verb, speaker, profile, indirect=True, framed=True)
    content = text[item.span.start : item.span.end]
    if item.condition is not None:
        content = f"{text[item.condition.start : item.condition.end]} {content}"
    return suggest(content, index, item.verb, speaker, profile, indirect=item.kind == "indirect")


def _read_first(text: str, item: _Found, profile: LanguageProfile) -> str | None:
    """What says more of the speaker's act than the quote's own words, read before them:
    the main clause a fragment hangs on, or a label put on something, as a verdict on it
    ("called the demands “dead on arrival”": the demands are dead on arrival)."""
    if item.main_clause is not None:
        return text[item.main_clause.start : item.main_clause.end]
    if item.labelled is not None:
        label = text[item.span.start : item.span.end]
        subject = text[item.labelled.start : item.labelled.end]
        singular, plural = profile.predicate_links
        link = plural if plural_form(subject.split()[-1].lower()) else singular
        return f"{subject} {link} {label}"
    return None


def _finish(
    text: str,
    item: _Found,
    resolution: Resolution | None,
    suggestion: Suggestion,
    issues: ArticleIssues,
) -> ExtractedQuote:
    content = text[item.span.start : item.span.end]
    actor = resolution.actor if resolution else None
    party = resolution.party if resolution else None
    speaker_confidence = round(item.confidence if resolution else item.confidence * 0.5, 2)
    found_issues = issues.suggest(item.span.start, item.span.end)
    return ExtractedQuote(
        text=content,
        start=item.span.start,
        end=item.span.end,
        kind=item.kind,
        speaker=resolution.speaker if resolution else None,
        speaker_as_written=item.written,
        actor_key=actor.key if actor else None,
        party_slug=party.slug if party else None,
        party=party.name if party else None,
        proposed_actor_kind=resolution.proposed_kind if resolution else None,
        issues=found_issues.slugs,
        stance=suggestion.stance,
        stance_confidence=suggestion.stance_confidence,
        confidence=overall_confidence(
            speaker_confidence, suggestion.stance_confidence, found_issues.confidence
        ),
        statement=item.statement,
        speaker_confidence=speaker_confidence,
        issues_confidence=found_issues.confidence,
        stance_evidence=suggestion.evidence,
        stance_signals=suggestion.signals,
    )


def _unattributed_lead(views: list[SentenceView], attributions: list[list]) -> list[Span]:
    """The sentences before this one in its paragraph, when none attributes or quotes anything."""
    if any(attributions) or any(view.quotes for view in views) or len(views) > _LEAD_MAX:
        return []
    if not all(_sounds_spoken(view) for view in views):
        return []  # narration before a closing attribution is the writer's, not the speaker's
    return [view.span for view in views]


def _sounds_spoken(view: SentenceView) -> bool:
    """A sentence voicing a stand: it speaks as "we" or "I", or of what must or will be."""
    sentence = view.text[view.span.start : view.span.end].lower()
    return not view.words.grammar.spoken_words.isdisjoint(_WORD.findall(sentence))


def _trailing_attribution(text: str, view: SentenceView, cue: Cue) -> bool:
    """ "…, X said.": the content runs from the sentence's start up to the attribution."""
    if len(cue.contents) != 1 or cue.phrase is None:
        return False
    content = cue.contents[0]
    opening = text[view.span.start : content.start].strip(" \"“”'‘’")
    return not opening and content.end <= min(cue.verb.start, cue.phrase.start)


def _names_the_speaker(phrase: SpeakerPhrase, entity: Entity) -> bool:
    """A phrase opening a sentence that names the speaker: by a pronoun, by their surname, or
    by the body their title names ("The chorus backed …", said of its representative)."""
    if phrase.kind == "pronoun":
        return phrase.tokens[0].lower in THIRD_PERSON_PRONOUNS  # not "We will not …"
    if phrase.kind == "name":
        return phrase.parts.name[-1:] != () and entity.name.split()[-1:] == [phrase.parts.name[-1]]
    head = phrase.tokens[-1].lower
    return head in entity.title


def _word_count(text: str, span: Span) -> int:
    return len(_WORD.findall(text, span.start, span.end))


class _Extraction:
    """One article's pass, paragraph by paragraph, keeping track of who spoke last."""

    def __init__(self, text: str, profile: LanguageProfile, max_quotes: int | None = None) -> None:
        self.text = text
        self.profile = profile
        self.attribution = attribution_words(profile)
        self.max_quotes = max_quotes
        self.paragraphs = paragraphs(text)
        spans = find_quoted_spans(text, self.paragraphs)
        # Refused before the costly part: attributing each one.
        refuse_too_many_quotes(len(spans), max_quotes)
        self.quotes = [_trim_unclosed(text, q, self.attribution) for q in spans]
        # Contents of quotes that run on into the next paragraph, which continues their statement.
        self.carried = {q.content for q in self.quotes if q.continued}
        self.discourse = Discourse(collect_names(text), self._body_opening_before)
        self.found: list[_Found] = []
        self.statements = 0
        self.taken: list[Span] = []  # spans already reported in the current paragraph
        self.paragraph_found = 0  # where the current paragraph's items start in self.found

    def run(self) -> list[_Found]:
        previous_speaker: _Attribution | None = None
        introduced: _Attribution | None = None  # "He added:" ends the paragraph before
        for paragraph, quotes in zip(self.paragraphs, self._quotes_by_paragraph(), strict=True):
            self.taken, self.paragraph_found = [], len(self.found)
            if introduced is not None and not quotes:
                self._unmarked(paragraph, introduced)  # the words introduced, without marks
            else:
                self._speaker_label(paragraph)
            found = self._paragraph(paragraph, quotes, previous_speaker)
            previous_speaker = found or previous_speaker
            introduced = (
                found if found is not None and self.text[paragraph.end - 1] == ":" else None
            )
        refuse_too_many_quotes(len(self.found), self.max_quotes)
        return self.found

    def _speaker_label(self, paragraph: Span) -> None:
        """ "PENCE: Well, look …", "Sanders: Clinton needs …": a transcript line or a headline
        that names its speaker before a colon reports their words."""
        match = _SPEAKER_LABEL.match(self.text, paragraph.start, paragraph.end)
        if match is None:
            return
        label = words(self.text, match.start(1), match.end(1))
        if " ".join(t.lower for t in label) in self.attribution.grammar.editorial_labels:
            return  # "Correction: …", "The Latest: …": the paper's own notes and rubrics
        if all(t.text.isupper() for t in label):
            # a name in capitals is a speaker only when the article gives it in full elsewhere
            label = [t._replace(text=t.text.title()) for t in label]
            if label[-1].lower not in self.discourse.names.by_surname:
                return
        phrase = classify(label, self.attribution.forms)
        if phrase is None or phrase.kind != "name" or phrase.parts.looks_like_organisation:
            return
        entity = self.discourse.resolve(phrase, phrase.start)
        self.discourse.note_speaker(entity, phrase.start)
        cue = Cue(Span(match.start(1), match.end()), "label", phrase, None, [])
        self._unmarked(Span(match.end(), paragraph.end), _Attribution(cue, entity, match[1]))

    def _unmarked(self, span: Span, attribution: _Attribution) -> None:
        content = strip_span(self.text, span.start, span.end, '"“”.,;:')
        if _word_count(self.text, content) < _SHORT_QUOTE_WORDS:
            return
        statement = self._next_statement()
        verb = self._act_verb(attribution)
        self.found.append(
            _Found(
                content, "indirect", attribution.entity, attribution.written, 0.6, statement, verb
            )
        )
        self.taken.append(content)

    def _body_opening_before(self, position: int) -> SpeakerPhrase | None:
        """The body or place one of the two sentences before `position` opens with ("The
        ministry rejected the claim."), for an "it" that has no body that spoke to refer to."""
        earlier = [p for p in self.paragraphs if p.start < position][-2:]
        spans = [s for p in earlier for s in sentences(self.text, p, []) if s.end <= position]
        for span in spans[-2:][::-1]:
            tokens = words(self.text, span.start, span.end)
            phrase = phrase_after(self.text, tokens, 0, len(tokens) - 1, self.attribution.forms)
            if phrase is not None and (phrase.kind != "name" or len(phrase.parts.name) == 1):
                return phrase if phrase.kind in ("name", "role", "organisation") else None
        return None

    def _quotes_by_paragraph(self) -> list[list[QuotedSpan]]:
        """Quotes grouped under their paragraphs in one pass (both lists are in text order)."""
        grouped: list[list[QuotedSpan]] = [[] for _ in self.paragraphs]
        number = 0
        for quote in self.quotes:
            while self.paragraphs[number].end <= quote.open_at:
                number += 1
            grouped[number].append(quote)
        return grouped

    def _next_statement(self) -> int:
        self.statements += 1
        return self.statements

    def _paragraph(
        self, paragraph: Span, quotes: list[QuotedSpan], before: _Attribution | None
    ) -> _Attribution | None:
        heading = _is_heading(self.text, paragraph)
        spans = sentences(self.text, paragraph, [q.outer for q in quotes])
        views = [self._view(span, quotes) for span in spans]
        attributions = [[] if heading else self._attribute(view) for view in views]
        last = None
        for number, view in enumerate(views):
            in_sentence = [q for q in quotes if view.span.start <= q.open_at < view.span.end]
            context = last or (before if number == 0 else None)
            following = attributions[number + 1] if number + 1 < len(views) else []
            if not heading:
                self._direct(view, in_sentence, attributions[number], context, following)
                lead = _unattributed_lead(views[:number], attributions[:number])
                self._indirect(view, attributions[number], lead)
            strong = [a for a in attributions[number] if a.entity is not None and not a.cue.weak]
            last = strong[-1] if strong else last
        if self.text[paragraph.end - 1] == ":" and views and attributions[-1]:
            # "Interfax reports:" introduces the quotation below, whoever reports it
            return attributions[-1][-1]
        return last

    def _view(self, span: Span, quotes: list[QuotedSpan]) -> SentenceView:
        inside = [q.outer for q in quotes if span.start <= q.open_at < span.end]
        outside = _subtract(span, inside)
        # Most sentences attribute nothing; only those with a cue word outside their quotes are
        # worth tokenizing, and only outside the quotes.
        tokens = []
        if any(has_cue_word(self.text, part, self.attribution) for part in outside):
            tokens = [t for part in outside for t in words(self.text, part.start, part.end)]
        return SentenceView(self.text, span, tokens, inside, self.attribution)

    def _attribute(self, view: SentenceView) -> list[_Attribution]:
        attributions: list[_Attribution] = []
        for cue in find_cues(view):
            phrase = cue.phrase
            if phrase is None:
                inherited = next((a for a in reversed(attributions) if a.entity), None)
                if inherited is not None:
                    attributions.append(_Attribution(cue, inherited.entity, inherited.written))
                    continue
                phrase = _main_subject(view)
            entity = (
                self.discourse.resolve(phrase, phrase.start, cue.appositive) if phrase else None
            )
            if entity is not None and not cue.weak:
                self.discourse.note_speaker(entity, cue.verb.start)
            written = " ".join(t.text for t in phrase.tokens) if phrase else None
            attributions.append(_Attribution(cue, entity, written))
        return attributions

    def _direct(
        self,
        view: SentenceView,
        quotes: list[QuotedSpan],
        attributions: list[_Attribution],
        context: _Attribution | None,
        following: list[_Attribution],
    ) -> None:
        for quote in quotes:
            quoted = _WORD.findall(self.text, quote.content.start, quote.content.end)
            if _is_title(quoted) or not (
                attributions or _is_statement(quoted) or _stands_alone(self.text, view, quote)
            ):
                continue
            chosen, confidence = _attribution_for(
                self.text, quote, attributions, self.attribution.core_speech_verbs
            )
            if chosen is None:
                chosen, confidence = self._signature(quote, view.span.end), 0.9
            if chosen is None:
                chosen, confidence = _from_context(self.text, view, quote, context, following)
            statement = self._statement_for(quote, chosen)
            entity = chosen.entity if chosen else None
            written = chosen.written if chosen else None
            verb = self._act_verb(chosen) if chosen else None
            found = _Found(quote.content, "direct", entity, written, confidence, statement, verb)
            if chosen is not None:
                found.main_clause = self._main_clause(view, quote, chosen.cue)
                found.labelled = self._labelled(quote, chosen.cue)
            self.found.append(found)
            self.taken.append(quote.outer)

    def _main_clause(self, view: SentenceView, quote: QuotedSpan, cue: Cue) -> Span | None:
        """The main clause a fragment told by a participle hangs on: "The union welcomed
        the ruling, calling it “long overdue”", or "Sahrem welcomed the pledge, with a
        spokeswoman calling it “…”" (the absolute's subject speaks for the main clause's)."""
        if quote.open_at < cue.verb.start or not _is_fragment(self.text, quote.content):
            return None
        if cue.phrase is None:
            end = cue.verb.start
        else:
            opening = self.text[view.span.start : cue.phrase.start].rstrip()
            opener = _WORD.findall(opening)[-1:]
            if not opener or opener[0].lower() not in self.attribution.grammar.absolute_openers:
                return None
            end = view.span.start + len(opening) - len(opener[0])
        return Span(view.span.start, end) if end > view.span.start else None

    def _labelled(self, quote: QuotedSpan, cue: Cue) -> Span | None:
        """What a framing verb labels with a quoted fragment: the words between the verb and
        the quote ("called [the offer] “an insult”", "described [it] as “…”")."""
        if cue.lemma not in self.attribution.framing_verbs or quote.open_at < cue.verb.end:
            return None
        if not _is_fragment(self.text, quote.content):
            return None
        between = self.text[cue.verb.end : quote.open_at]
        words = _WORD.findall(between)
        if words and words[-1].lower() in self.profile.framing_links:
            words = words[:-1]
        if not words or any(mark in between for mark in ".;:!?"):
            return None
        if words[-1].lower() in self.profile.prepositions:
            return None  # "accused Moscow of “blackmail”" charges, it labels nothing
        if not self._names_a_move({w.lower() for w in words}):
            return None  # "described the talks as “serious”" judges no side's move
        start = cue.verb.end + between.index(words[0])
        return Span(
            start, start + between[between.index(words[0]) :].index(words[-1]) + len(words[-1])
        )

    def _names_a_move(self, words: set[str]) -> bool:
        """Whether the words name a side's move: an offer, a demand, a deal, a request."""
        profile = self.profile
        moves = profile.deal_nouns | profile.request_nouns
        return not (moves.isdisjoint(words) and words.isdisjoint(profile.speech_act_nouns))

    def _denied_verb_clause(self, cue: Cue, last_piece: Span) -> Span | None:
        """ "The side no longer insists that …", "did not demand …": a reporting verb that
        names an act, negated or stopped, is read with its subject and content as a clause."""
        if cue.lemma not in self.profile.reporting_stances:
            return None
        before = _WORD.findall(self.text, max(0, cue.verb.start - _DENIAL_REACH), cue.verb.start)
        words = [w.lower() for w in before[-2:]]
        stopped = " ".join(words) in self.profile.cessation
        if not stopped and not (words and words[-1] in self.profile.negators):
            return None
        return Span(_anchor(cue), max(last_piece.end, cue.verb.end))

    def _act_verb(self, attribution: _Attribution) -> str | None:
        """The reporting verb's lemma as a hint at the stance; none for a verb that names an
        act only with a particle it lacks ("called the offer “an insult”")."""
        cue = attribution.cue
        if cue.lemma not in self.profile.reporting_stances:
            # "“…,” the developer said, conceding that …": a neutral verb, then what the
            # speaker did in saying it, or what the sentence before says they did
            return self._participle_after(cue) or self._act_told_before(attribution) or cue.lemma
        return cue.lemma if self._particle_fits(cue.lemma, cue.verb.end) else None

    def _act_told_before(self, attribution: _Attribution) -> str | None:
        """The act named by the clause a participle hangs on ("Baines backed down, saying the
        council would not charge"), or by the sentence before when it opens on the speaker
        ("Hoff ruled out reopening the offer. “Five percent is the ceiling,” Hoff said.")."""
        cue, entity = attribution.cue, attribution.entity
        sentence = self._sentence_at(cue.verb.start)
        if sentence is None:
            return None
        spans, current = sentence
        if cue.phrase is None:  # ", saying …": the speaker is the main clause's subject
            clause = Span(spans[current].start, cue.verb.start)
            return None if self._opens_on_a_quote(clause) else self._act_opening(clause, None)
        # "Ortega turned down calls …. “…,” she said.": a "she" read back to the sentence before
        unresolved = entity is None and cue.phrase.kind == "pronoun"
        if (entity is None and not unresolved) or current == 0:
            return None
        before = spans[current - 1]
        return None if self._opens_on_a_quote(before) else self._act_opening(before, entity)

    def _opens_on_a_quote(self, span: Span) -> bool:
        """Whether the span opens on a quote: its words are someone's, not the story's."""
        return any(q.open_at <= span.start < q.close_end for q in self.quotes)

    def _act_opening(self, span: Span, entity: Entity | None) -> str | None:
        """The act a clause names when it opens on its subject (the speaker, when `entity` is
        given), then the verb."""
        tokens = words(self.text, span.start, span.end)
        phrase = phrase_after(self.text, tokens, 0, len(tokens) - 1, self.attribution.forms)
        if phrase is None:
            return None
        rest = tokens[len(phrase.tokens) :]
        named = [phrase]
        if rest and self._set_off(phrase.end, rest[0]):
            # "Castellan's director, Lena Hoff, ruled out …": the name set off by commas
            closing = next(
                (n for n in range(1, len(rest)) if self._set_off(rest[n - 1].end, rest[n])), 0
            )
            appositive = classify(rest[:closing], self.attribution.forms) if closing else None
            if appositive is None:
                return None
            named.append(appositive)
            rest = rest[closing:]
        if entity is not None and not any(_names_the_speaker(p, entity) for p in named):
            return None
        return self._act_named(rest)

    def _set_off(self, end: int, token: Token) -> bool:
        return "," in self.text[end : token.start]

    def _act_named(self, tokens: list[Token]) -> str | None:
        """The lemma of the verb naming an act that opens these words ("later welcomed …"),
        or, for a verb of two words, of its stance's own verb ("ruled out" refuses); none for
        what had been done before ("had pressed for a vote")."""
        profile = self.profile
        lowered = [t.lower for t in tokens]
        n = 0
        while n < len(lowered) and lowered[n] in ADVERBS_BEFORE_VERB:
            if lowered[n] == profile.pluperfect or lowered[n] in profile.negators:
                return None  # "had pressed for …" before the story; "did not rule out …"
            n += 1
        if n == len(lowered):
            return None
        stance = profile.speech_act_verbs.get(" ".join(lowered[n : n + 2]))
        lemma = profile.speech_act_lemmas.get(lowered[n])
        if stance is None and lemma is not None and lemma in profile.reporting_stances:
            return lemma
        if stance is None and lowered[n] in profile.abandonment:
            stance = "concede"  # "Ironvale has dropped plans for …"
        return profile.stance_verbs.get(stance) if stance else None

    def _sentence_at(self, position: int) -> tuple[list[Span], int] | None:
        """The sentences of the paragraph at `position`, and which one holds it."""
        paragraph = next((p for p in self.paragraphs if p.start <= position < p.end), None)
        if paragraph is None:
            return None
        spans = sentences(self.text, paragraph, [q.outer for q in self.quotes])
        current = next((n for n, s in enumerate(spans) if s.start <= position < s.end), None)
        return None if current is None else (spans, current)

    def _particle_fits(self, lemma: str, end: int) -> bool:
        """A verb that names an act only with a particle ("call for") has it next."""
        particles = self.profile.reporting_particles.get(lemma)
        if particles is None:
            return True
        following = _WORD.search(self.text, end)
        return following is not None and following[0].lower() in particles

    def _participle_after(self, cue: Cue) -> str | None:
        """The lemma of a participle naming an act, set off by a comma after the attribution
        ("…, said Brian Holt, managing director of Greyrock, dismissing the plan")."""
        start = max(cue.verb.end, cue.phrase.end if cue.phrase else 0)
        end = _SENTENCE_BREAK.search(self.text, start)
        rest = self.text[start : end.start() if end else len(self.text)]
        for match in _SET_OFF_PARTICIPLE.finditer(rest):
            form = match[1].lower()
            lemma = self.profile.speech_act_lemmas.get(form) or self.profile.reporting.forms.get(
                form
            )
            if lemma is not None and lemma in self.profile.reporting_stances:
                if lemma in self.attribution.grammar.refusals:
                    return None  # "…, declining to go into detail" withholds a position
                return lemma if self._particle_fits(lemma, start + match.end()) else None
        return None

    def _signature(self, quote: QuotedSpan, end: int) -> _Attribution | None:
        """ "“…” ― Anna Berg": a name signed after a dash, closing the paragraph."""
        match = _SIGNATURE.match(self.text, quote.close_end, end)
        if match is None:
            return None
        phrase = classify(words(self.text, match.start(1), match.end(1)), self.attribution.forms)
        if phrase is None or phrase.kind not in ("name", "role", "organisation"):
            return None
        entity = self.discourse.resolve(phrase, phrase.start)
        self.discourse.note_speaker(entity, phrase.start)
        cue = Cue(Span(match.start(), match.start(1)), "sign", phrase, None, [])
        return _Attribution(cue, entity, " ".join(t.text for t in phrase.tokens))

    def _statement_for(self, quote: QuotedSpan, chosen: _Attribution | None) -> int:
        """ "“A,” he said, “B.”" is one statement in two parts, as is a quote carried over
        a paragraph break; anything else starts a new statement."""
        last = self.found[-1] if self.found else None
        same_speaker = last is not None and chosen is not None and last.entity is chosen.entity
        if last is not None and last.kind == "direct" and same_speaker:
            between = self.text[last.span.end : quote.open_at]
            run_on = (
                self.text[last.span.end - 1] not in ".!?"
                and len(between) <= _SPLIT_GAP
                and "\n" not in between
                # the attribution closes before the second part: '," she said, “…' or '… said. “…'
                and between.rstrip(" “\"«‘'„")[-1:] in (",", ".", ":")
            )
            carried = last.span in self.carried
            if run_on or carried:
                return last.statement
        return self._next_statement()

    def _indirect(
        self, view: SentenceView, attributions: list[_Attribution], lead: list[Span]
    ) -> None:
        """Reported content; `lead` are the sentences opening the paragraph that attribute
        nothing themselves, which a closing "…, X said" reports too ("A. B, she said.").
        The attribution closing a sentence reports all of it, a verb inside included ("The
        union agreed to suspend the strike, its leader said"): it goes first."""
        closing_first = sorted(attributions, key=lambda a: not self._closes(view, a, attributions))
        for attribution in closing_first:
            self._frame_fragments(attribution.cue.contents)
            pieces = self._reported(view, attribution.cue.contents)
            if not pieces:
                continue
            if lead and _trailing_attribution(self.text, view, attribution.cue):
                lead_pieces = [strip_span(self.text, s.start, s.end, " ") for s in lead]
                pieces = [p for p in lead_pieces if not self._overlaps(p)] + pieces
                lead = []
            statement = self._next_statement()
            denied = self._denied_verb_clause(attribution.cue, pieces[-1])
            for piece in pieces:
                confidence = 0.8 if attribution.cue.phrase is not None else 0.7
                verb = None if denied else self._act_verb(attribution)
                found = _Found(
                    piece,
                    "indirect",
                    attribution.entity,
                    attribution.written,
                    confidence,
                    statement,
                    verb,
                    main_clause=denied,
                    condition=self._leading_condition(view, attribution.cue, piece),
                )
                self.found.append(found)
                self.taken.append(piece)
            self._join_quotes_to(statement, attribution.cue.contents)

    def _closes(
        self, view: SentenceView, attribution: _Attribution, others: list[_Attribution]
    ) -> bool:
        """Whether the attribution closes the sentence and reports all of it; a claim the
        sentence speaks of is reported inside it all the same ("Russia's claim that NATO is
        expanding threatens the talks, the minister said")."""
        closing = closing_attribution(view)
        return (
            closing is not None
            and attribution.cue.verb.start > closing
            and _trailing_attribution(self.text, view, attribution.cue)
            and not any(self._claim_cue(other.cue) for other in others)
        )

    def _claim_cue(self, cue: Cue) -> bool:
        """A cue told by a noun ("Russia's claim that …") rather than a verb."""
        word = self.text[cue.verb.start : cue.verb.end].lower()
        return word in self.attribution.claim_nouns

    def _leading_condition(self, view: SentenceView, cue: Cue, piece: Span) -> Span | None:
        """ "If talks fail, she said, she will …": the clause before the attribution, when
        it opens the sentence on a condition and the content follows the attribution."""
        anchor = _anchor(cue)
        if piece.start < cue.verb.end:
            return None
        before = self.text[view.span.start : anchor].rstrip()
        first = _WORD.match(before)
        if not before.endswith(",") or first is None:
            return None
        opener = first[0].lower()
        profile = self.profile
        if opener not in profile.grammar.condition_openers | profile.sentence_conditionals:
            return None
        return Span(view.span.start, view.span.start + len(before))

    def _frame_fragments(self, contents: list[Span]) -> None:
        """A quoted fragment inside reported content ("said it was “simply not possible” to
        …") is read for its stance in the clause around it."""
        for item in self.found[self.paragraph_found :]:
            if item.kind != "direct" or not _is_fragment(self.text, item.span):
                continue
            frame = next((c for c in contents if c.start <= item.span.start < c.end), None)
            if frame is not None:
                item.frame = frame

    def _join_quotes_to(self, statement: int, contents: list[Span]) -> None:
        """A partial quote inside reported speech is part of the same statement."""
        for item in self.found[self.paragraph_found :]:
            if item.kind == "direct" and any(c.start <= item.span.start < c.end for c in contents):
                item.statement = statement

    def _reported(self, view: SentenceView, contents: list[Span]) -> list[Span]:
        """The unquoted words of reported content; a frame around quotes only when it is long.

        The parts of one content split around its attribution ("The build-up, according to
        him, continues “…”") are one frame.
        """
        quotes = [
            q for q in view.quotes if any(q.start < c.end and c.start < q.end for c in contents)
        ]
        pieces = [p for content in contents for p in _subtract(content, quotes)]
        pieces = [strip_span(self.text, p.start, p.end, ",.;:—–-") for p in pieces]
        pieces = [p for p in pieces if _word_count(self.text, p) >= 2 and not self._overlaps(p)]
        if quotes:
            # After the last quote comes the main clause again ("While noting that “…,” Sherman
            # also expressed optimism") or a coda the speaker did not say.
            pieces = [p for p in pieces if p.end <= quotes[-1].start]
            if sum(_word_count(self.text, p) for p in pieces) < _FRAME_MIN_WORDS:
                return []
        return pieces

    def _overlaps(self, span: Span) -> bool:
        return any(t.start < span.end and span.start < t.end for t in self.taken)


def _subtract(content: Span, holes: list[Span]) -> list[Span]:
    pieces = []
    position = content.start
    for hole in sorted(holes, key=lambda h: h.start):
        if hole.start > position:
            pieces.append(Span(position, min(hole.start, content.end)))
        position = max(position, hole.end)
    if position < content.end:
        pieces.append(Span(position, content.end))
    return pieces


def _is_heading(text: str, paragraph: Span) -> bool:
    """A short line without closing punctuation, unless a quoted sentence ends inside it
    (a quotation signed after a dash: "“…” ― Anna Berg")."""
    if text[paragraph.end - 1] in _SENTENCE_FINAL:
        return False
    if _QUOTED_SENTENCE_END.search(text, paragraph.start, paragraph.end):
        return False
    return _word_count(text, paragraph) < _HEADING_MAX_WORDS


def _described_as(item: _Found) -> frozenset[str]:
    """Every word the article describes the speaker with, in lower case."""
    phrases = [item.written or ""]
    if item.entity is not None:
        phrases += [*item.entity.words_written, *item.entity.title]
    return frozenset(
        word.lower().removesuffix("'s").removesuffix("’s")
        for phrase in phrases
        for word in phrase.split()
    )


def _names_a_group(written: str | None) -> bool:
    """ "Guild negotiators", "officials", "officials in Kyiv": a plural noun at the phrase's
    head (not a name), which comes before any preposition."""
    words = written.split() if written else []
    cut = next((n for n in range(1, len(words)) if words[n] in _HEAD_ENDS), len(words))
    head = words[cut - 1] if cut else ""
    # a sentence's first word is capitalized: "Officials in Kyiv" is a group all the same
    common = head.islower() or (cut == 1 and cut < len(words))
    # "the Greens", "the Social Democrats": a party named for its members
    members = cut > 1 and words[0].lower() == "the" and head[:1].isupper()
    return (common or members) and plural_form(head.lower())


def _is_fragment(text: str, span: Span) -> bool:
    """Quoted words that are no sentence of their own: a few words, or a clause begun in the
    writer's sentence ("said the plan was “dead on arrival”")."""
    content = text[span.start : span.end].lstrip()
    return content[:1].islower() or _word_count(text, span) < _FRAGMENT_WORDS


def _is_statement(quoted: list[str]) -> bool:
    """Unattributed short quotes are scare quotes ("undisclosed ‘espionage’"), not statements.
    `quoted`: the quote's words."""
    return len(quoted) > _SHORT_QUOTE_WORDS


def _stands_alone(text: str, view: SentenceView, quote: QuotedSpan) -> bool:
    """ "“But the West is not.”": a quoted sentence of its own, however short, is a
    statement; scare quotes sit inside the writer's sentence."""
    content = text[quote.content.start : quote.content.end].rstrip()
    outside = text[view.span.start : quote.open_at] + text[quote.close_end : view.span.end]
    return content[:1].isupper() and content[-1:] in ".!?…" and not outside.strip(" .,!?…")


def _is_title(quoted: list[str]) -> bool:
    """“War and Peace”, “Meet the Press”: every word capitalised names a work or show.
    `quoted`: the quote's words."""
    if len(quoted) > _TITLE_MAX_WORDS:
        return False  # too long for a title: the words need no closer look
    return all(w[:1].isupper() or w.isdigit() or w in _TITLE_SMALL_WORDS for w in quoted)


def _attribution_for(
    text: str, quote: QuotedSpan, attributions: list[_Attribution], speech_verbs: frozenset[str]
) -> tuple[_Attribution | None, float]:
    """The attribution a direct quote belongs to, and how sure that is; `speech_verbs` are
    the verbs of saying, whose speaker owns the words that follow them."""
    strong = [a for a in attributions if not a.cue.weak]
    for attribution in strong:
        anchor = _anchor(attribution.cue)
        if anchor >= quote.close_end and not text[quote.close_end : anchor].strip(" ,—–-:"):
            return attribution, 0.95
    # The nearest cue before the quote: "When Lavrov noted that …, Blinken replied, “…”" is
    # Blinken's, though the quote also lies inside what Lavrov noted.
    before = [a for a in strong if a.cue.verb.end <= quote.open_at]
    if before:
        nearest = before[-1]
        if not nearest.cue.contents and nearest.cue.lemma not in speech_verbs:
            # "Ryabkov said Russia expected “…”": the words are those of whoever reports
            # them, not of a verb of thought inside the report
            nearest = next((a for a in reversed(before) if _holds(a, quote)), nearest)
        return nearest, 0.9 if _holds(nearest, quote) else 0.85
    if strong:
        return strong[0], 0.8
    return None, 0.0


def _anchor(cue: Cue) -> int:
    return min(cue.verb.start, cue.phrase.start) if cue.phrase else cue.verb.start


def _holds(attribution: _Attribution, quote: QuotedSpan) -> bool:
    """Whether the quote lies inside what the attribution reports."""
    return any(c.start <= quote.open_at < c.end for c in attribution.cue.contents)


def _from_context(
    text: str,
    view: SentenceView,
    quote: QuotedSpan,
    context: _Attribution | None,
    following: list[_Attribution],
) -> tuple[_Attribution | None, float]:
    """A quote with no attribution in its sentence: the next sentence's or the running speaker."""
    opener = next((a for a in following if a.cue.phrase is not None and not a.cue.weak), None)
    if opener is not None and _starts_sentence(text, opener, quote):
        return opener, 0.8
    if context is not None:
        return context, 0.7
    weak = next((a for a in following if a.entity is not None), None)
    return (weak, 0.5) if weak is not None else (None, 0.3)


def _starts_sentence(text: str, attribution: _Attribution, quote: QuotedSpan) -> bool:
    """'“… ready.” Stoltenberg said.' — a short attribution right after the quote."""
    anchor = _anchor(attribution.cue)
    between = text[quote.close_end : anchor]
    return len(between) <= 3 and not between.strip(" ,—–-:")


def _main_subject(view: SentenceView) -> SpeakerPhrase | None:
    """The subject of a sentence's main clause, for "…, stressing that …" with no subject;
    never the place of a dateline ("VIENNA, Nov 29 (Reuters) - Iran and …")."""
    tokens = view.tokens
    begin = content_start(view)
    first = next((i for i, token in enumerate(tokens) if token.start >= begin), len(tokens))
    starts = [first] + [
        i
        for i in range(first + 1, len(tokens))
        if view.text[tokens[i - 1].end : tokens[i].start].strip()
    ]
    for start in starts[:4]:
        phrase = phrase_after(view.text, tokens, start, len(tokens) - 1, view.words.forms)
        if phrase is not None and phrase.kind != "anonymous" and phrase.end < len(view.text):
            return phrase
    return None


def _trim_unclosed(text: str, quote: QuotedSpan, attribution: AttributionWords) -> QuotedSpan:
    """An unclosed quote often ends with its attribution (“… contacts, RIA Novosti reports.")."""
    if quote.closed or quote.continued:
        return quote
    content = text[quote.content.start : quote.content.end]
    comma = content.rfind(", ")
    if comma < 0:
        return quote
    tail = content[comma + 1 :].split()
    if (
        not tail
        or len(tail) > 8
        or not any(w.lower().strip(".") in attribution.forms for w in tail)
    ):
        return quote
    tail_tokens = words(text, quote.content.start + comma + 1, quote.content.end)
    if classify(tail_tokens[:1], attribution.forms) is None and not tail_tokens[0].is_capitalized:
        return quote
    end = quote.content.start + comma
    trimmed = strip_span(text, quote.content.start, end)
    return QuotedSpan(quote.open_at, trimmed, end, False, quote.single, False)
