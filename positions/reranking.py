"""A re-ranker of the engine's stance and issue suggestions, learned from editors' verdicts.

Plain Python and scikit-learn, no Django: the services feed it candidates (what the rules
suggested for a quote, with the quote's words and speaker) and verdicts (what an editor
confirmed), and store what it learned as bytes.

Each verdict teaches a logistic regression over the quote's words and word pairs, the
rules' own stance, confidence and issues, and the speaker's party and kind. The rules'
suggestion is a feature like the others, so where the editors agree with the rules the
model keeps them, and where the editors of a negotiation keep correcting them the same way
("on the table" is an offer here) it learns the correction.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

_WORD = re.compile(r"\w+(?:['’]\w+)?")
# An issue needs this many confirmed quotes on it, and as many without, before the model
# decides it; below that the rules' keywords decide.
MIN_EXAMPLES_PER_SIDE = 3
# The model changes a rule's issue only when fairly sure: it drops one the rules suggested
# below this chance, and adds one they missed from _ADD_FROM on. With the few dozen
# verdicts a negotiation starts with, it is right less often than the keywords are.
_DROP_BELOW = 0.1
_ADD_FROM = 0.7


@dataclass(frozen=True)
class Candidate:
    """A quote as the rules saw it."""

    text: str
    kind: str
    rule_stance: str | None
    rule_confidence: float
    rule_issues: tuple[str, ...]
    party: str | None = None
    speaker_kind: str | None = None


@dataclass(frozen=True)
class Verdict:
    """What an editor confirmed for a candidate."""

    candidate: Candidate
    stance: str
    issues: tuple[str, ...]
    group: str = ""  # the article it came from: replays hold out whole articles


@dataclass(frozen=True)
class Suggestion:
    stance: str | None
    stance_confidence: float
    issues: tuple[str, ...]


def features(candidate: Candidate) -> dict[str, float]:
    """The quote's words and word pairs, the rules' suggestion and the speaker, as features."""
    words = [w.lower() for w in _WORD.findall(candidate.text)]
    # Words weigh less the longer the quote, so that together they count about as much as
    # the rules' suggestion, however long the quote.
    weight = 1.0 / max(len(words), 1) ** 0.5
    found: dict[str, float] = {f"w:{w}": weight for w in words}
    found.update((f"b:{a} {b}", weight) for a, b in pairwise(words))
    stance = candidate.rule_stance or "none"
    found[f"rule:{stance}"] = 1.0
    found[f"rule:{stance}:confidence"] = candidate.rule_confidence
    found.update((f"rule-issue:{slug}", 1.0) for slug in candidate.rule_issues)
    found[f"party:{candidate.party or 'none'}"] = 1.0
    found[f"speaker:{candidate.speaker_kind or 'unknown'}"] = 1.0
    found[f"kind:{candidate.kind}"] = 1.0
    return found


def _classifier() -> Pipeline:
    # scikit-learn is imported where it is used: it costs a second and a hundred megabytes,
    # which every web process would pay at start-up for a model only workers train.
    from sklearn.feature_extraction import DictVectorizer  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415
    from sklearn.pipeline import make_pipeline  # noqa: PLC0415

    # Balanced classes: a negotiation's editors confirm many statements of view and few
    # concessions, and a concession missed costs more than a statement of view misread.
    return make_pipeline(
        DictVectorizer(), LogisticRegression(max_iter=2000, class_weight="balanced")
    )


@dataclass
class Reranker:
    """A stance classifier and one yes/no classifier per issue the verdicts tell enough about."""

    stance_model: Pipeline | None = None
    issue_models: dict[str, Pipeline] = field(default_factory=dict)

    def suggest(self, candidates: Sequence[Candidate]) -> list[Suggestion]:
        if not candidates:
            return []
        rows = [features(c) for c in candidates]
        stances = self._stances(candidates, rows)
        issues = self._issues(candidates, rows)
        return [
            Suggestion(stance, confidence, issue)
            for (stance, confidence), issue in zip(stances, issues, strict=True)
        ]

    def _stances(self, candidates, rows) -> list[tuple[str | None, float]]:
        if self.stance_model is None:
            return [(c.rule_stance, c.rule_confidence) for c in candidates]
        classes = self.stance_model.classes_
        return [
            (str(classes[best]), round(float(p[best]), 2))
            for p in self.stance_model.predict_proba(rows)
            for best in [int(p.argmax())]
        ]

    def _issues(self, candidates, rows) -> list[tuple[str, ...]]:
        chances = {
            slug: model.predict_proba(rows)[:, list(model.classes_).index(True)]
            for slug, model in self.issue_models.items()
        }
        chosen = []
        for number, candidate in enumerate(candidates):
            kept = [
                slug
                for slug in candidate.rule_issues
                if slug not in chances or chances[slug][number] >= _DROP_BELOW
            ]
            added = sorted(
                (slug for slug in chances if chances[slug][number] >= _ADD_FROM),
                key=lambda slug: -chances[slug][number],
            )
            chosen.append(tuple(dict.fromkeys([*kept, *added])))
        return chosen


def train(verdicts: Sequence[Verdict]) -> Reranker:
    """A re-ranker from verdicts; parts the verdicts say too little about stay with the rules."""
    rows = [features(v.candidate) for v in verdicts]
    reranker = Reranker()
    stances = [v.stance for v in verdicts]
    if len(set(stances)) > 1:
        reranker.stance_model = _classifier().fit(rows, stances)
    for slug in sorted({slug for v in verdicts for slug in (*v.issues, *v.candidate.rule_issues)}):
        labels = [slug in v.issues for v in verdicts]
        if min(labels.count(True), labels.count(False)) >= MIN_EXAMPLES_PER_SIDE:
            reranker.issue_models[slug] = _classifier().fit(rows, labels)
    return reranker


@dataclass(frozen=True)
class Score:
    stance_accuracy: float
    issues_f1: float
    quotes: int


def score(suggestions: Iterable[Suggestion], verdicts: Sequence[Verdict]) -> Score:
    """How often the suggestions agree with the verdicts: stance accuracy and issues F1."""
    right = true_positive = suggested = expected = 0
    for suggestion, verdict in zip(suggestions, verdicts, strict=True):
        right += suggestion.stance == verdict.stance
        true_positive += len(set(suggestion.issues) & set(verdict.issues))
        suggested += len(suggestion.issues)
        expected += len(verdict.issues)
    precision = true_positive / suggested if suggested else 1.0
    recall = true_positive / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(round(right / max(len(verdicts), 1), 3), round(f1, 3), len(verdicts))


def rules_alone(verdicts: Sequence[Verdict]) -> list[Suggestion]:
    return [
        Suggestion(v.candidate.rule_stance, v.candidate.rule_confidence, v.candidate.rule_issues)
        for v in verdicts
    ]


def replay(verdicts: Sequence[Verdict], folds: int | None = None) -> dict[str, Score]:
    """Each article's verdicts scored by a re-ranker trained on the other articles' only,
    beside the rules alone: what the re-ranker would have gained on articles it never saw.
    `folds` groups the articles into that many held-out sets (None: one article at a time)."""
    groups = sorted({v.group for v in verdicts})
    held_out_sets = (
        [[g] for g in groups] if folds is None else [groups[n::folds] for n in range(folds)]
    )
    ordered: list[Verdict] = []
    learned: list[Suggestion] = []
    for held_out in held_out_sets:
        test = [v for v in verdicts if v.group in held_out]
        training = [v for v in verdicts if v.group not in held_out]
        if not test or not training:
            continue
        ordered += test
        learned += train(training).suggest([v.candidate for v in test])
    return {"rules": score(rules_alone(ordered), ordered), "learned": score(learned, ordered)}


def dumps(reranker: Reranker) -> bytes:
    import joblib  # noqa: PLC0415 (see _classifier)

    buffer = io.BytesIO()
    joblib.dump(reranker, buffer, compress=3)
    return buffer.getvalue()


def loads(payload: bytes) -> Reranker:
    """Unpickles: only ever call it on bytes `dumps` wrote (see SuggestionModel)."""
    import joblib  # noqa: PLC0415 (see _classifier)

    return joblib.load(io.BytesIO(payload))
