"""Score extracted quotes against hand-made gold, word by word.

The rules, so that results do not depend on how a quote happens to be split or merged:

- A gold quote is *found* when a single predicted quote of the same kind covers at least
  half of its words. Gold of kind ``mixed`` (partly quoted) may be found by either kind.
- A predicted quote is *right* when at least half of its words lie inside gold quotes of
  its kind (or ``mixed``). Predictions lying mostly on ``ignore`` gold (scare quotes,
  titles) count neither way.
- A found quote's speaker is right when the predicted speaker equals the gold name, one
  of its aliases, or ends with the gold person's surname (compared without case, accents,
  punctuation or a leading article).
- Debris of broken HTML entities ("& nbsp;") is not counted as words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .registry import normalize_name

KINDS = ("direct", "indirect")
_GOLD_KINDS = ("direct", "indirect", "mixed")
_ENTITY_DEBRIS = frozenset(
    """nbsp mdash ndash hellip raquo laquo quot amp rsquo lsquo ldquo rdquo bdquo""".split()
)
_WORD = re.compile(r"\w+")


@dataclass
class KindScore:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    right: int = 0
    speaker_right: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.found if self.found else 0.0


@dataclass(frozen=True)
class GoldDocument:
    id: str
    text: str
    quotes: list[dict]


def load_gold(path: Path, *, texts: Path | None = None) -> list[GoldDocument]:
    """Gold records; a record's "file" is read relative to the gold file's folder, or by
    its name from the folder `texts` when the articles are kept elsewhere."""
    documents = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        text = record.get("text")
        if text is None:
            source = texts / Path(record["file"]).name if texts else path.parent / record["file"]
            text = source.read_text(encoding="utf-8")
        documents.append(GoldDocument(str(record["id"]), text, record["quotes"]))
    return documents


def _word_positions(text: str) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for m in _WORD.finditer(text)
        if m.group().lower() not in _ENTITY_DEBRIS
    ]


def _covered(words: list[tuple[int, int]], start: int, end: int) -> frozenset[int]:
    return frozenset(i for i, (s, e) in enumerate(words) if s >= start and e <= end)


def _gold_words(words: list[tuple[int, int]], quote: Mapping) -> frozenset[int]:
    segments = quote.get("segments") or [quote]
    return frozenset().union(*[_covered(words, s["start"], s["end"]) for s in segments])


def speaker_matches(predicted: str | None, gold: Mapping) -> bool:
    said = normalize_name(predicted or "")
    if not said:
        return False
    canonical = normalize_name(gold.get("speaker") or "")
    accepted = {canonical} | {normalize_name(a) for a in gold.get("speaker_aliases", ())}
    if said in accepted:
        return True
    # The surname alone, or the full name behind a title, names the same person.
    return " " in canonical and said.split()[-1] == canonical.split()[-1]


def score_document(
    text: str, gold_quotes: Sequence[Mapping], predicted: Sequence[Mapping]
) -> dict[str, KindScore]:
    """Counts for one document; predictions need "start", "end", "kind" and "speaker"."""
    words = _word_positions(text)
    gold = [(q, _gold_words(words, q)) for q in gold_quotes]
    guesses = [(p, _covered(words, p["start"], p["end"])) for p in predicted]
    guesses = [(p, w) for p, w in guesses if w]
    ignored = frozenset().union(*[w for q, w in gold if q["kind"] == "ignore"])
    scores = {kind: KindScore() for kind in _GOLD_KINDS}
    for kind in _GOLD_KINDS:
        _count_found(scores[kind], kind, gold, guesses)
    for kind in KINDS:
        _count_right(scores[kind], kind, gold, guesses, ignored)
    return scores


def _count_found(score: KindScore, kind: str, gold: list, guesses: list) -> None:
    finders = [(p, w) for p, w in guesses if kind == "mixed" or p["kind"] == kind]
    for quote, quote_words in gold:
        if quote["kind"] != kind or not quote_words:
            continue
        score.gold += 1
        best = max(finders, key=lambda f: len(f[1] & quote_words), default=None)
        if best is not None and 2 * len(best[1] & quote_words) >= len(quote_words):
            score.found += 1
            score.speaker_right += speaker_matches(best[0].get("speaker"), quote)


def _count_right(
    score: KindScore, kind: str, gold: list, guesses: list, ignored: frozenset[int]
) -> None:
    allowed = frozenset().union(*[w for q, w in gold if q["kind"] in (kind, "mixed")])
    for guess, guess_words in guesses:
        if guess["kind"] != kind or 2 * len(guess_words & ignored) >= len(guess_words):
            continue
        score.predicted += 1
        score.right += 2 * len(guess_words & allowed) >= len(guess_words)


def add_up(per_document: Iterable[dict[str, KindScore]]) -> dict[str, KindScore]:
    totals = {kind: KindScore() for kind in _GOLD_KINDS}
    for scores in per_document:
        for kind, score in scores.items():
            total = totals[kind]
            total.gold += score.gold
            total.found += score.found
            total.predicted += score.predicted
            total.right += score.right
            total.speaker_right += score.speaker_right
    return totals


@dataclass
class StanceScore:
    """Stance suggestions against gold that accepts any of its annotators' stances."""

    matched: int = 0
    right: int = 0
    split_right: int = 0  # position-bearing vs assess told apart
    # (confidence shown, whether the stance was right) for each matched quote
    outcomes: list[tuple[float, bool]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.matched if self.matched else 0.0

    @property
    def split_accuracy(self) -> float:
        return self.split_right / self.matched if self.matched else 0.0

    def add(self, gold: Mapping, predicted: Mapping | None) -> None:
        if predicted is None:
            return
        stance, accepted = predicted.get("stance"), gold["stance"]
        right = stance in accepted
        self.matched += 1
        self.right += right
        self.split_right += right or (stance == "assess") == (accepted == ["assess"])
        self.outcomes.append((predicted.get("stance_confidence", 0.0), right))


@dataclass
class IssueScore:
    """Issue suggestions against two annotators' gold: an issue both named is required (recall
    counts those), one either named is allowed (a suggestion outside them is wrong)."""

    right: int = 0
    wrong: int = 0
    missed: int = 0
    # (confidence shown, whether the suggested issues were all allowed) for each matched quote
    outcomes: list[tuple[float, bool]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / (self.right + self.wrong) if self.right + self.wrong else 0.0

    @property
    def recall(self) -> float:
        return self.right / (self.right + self.missed) if self.right + self.missed else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def add(self, gold: Mapping, predicted: Mapping | None) -> None:
        if predicted is None:
            return
        found, required = set(predicted.get("issues", ())), set(gold["issues_required"])
        wrong = found - set(gold["issues_allowed"])
        self.right += len(found & required)
        self.wrong += len(wrong)
        self.missed += len(required - found)
        self.outcomes.append(
            (predicted.get("issues_confidence", 0.0), not wrong and required <= found)
        )


def best_overlap(gold: Mapping, predictions: Sequence[Mapping]) -> Mapping | None:
    """The prediction overlapping a gold span most, if it covers half of the shorter one."""
    best, best_overlap = None, 0
    for predicted in predictions:
        overlap = min(gold["end"], predicted["end"]) - max(gold["start"], predicted["start"])
        shorter = min(gold["end"] - gold["start"], predicted["end"] - predicted["start"])
        if overlap > best_overlap and overlap * 2 >= shorter:
            best, best_overlap = predicted, overlap
    return best


def calibration_error(outcomes: Sequence[tuple[float, bool]], bins: int = 5) -> float:
    """Expected calibration error: the gap between confidence and accuracy, bin by bin,
    weighted by how many suggestions fall in each bin."""
    groups: dict[int, list[tuple[float, bool]]] = {}
    for confidence, right in outcomes:
        groups.setdefault(min(int(confidence * bins), bins - 1), []).append((confidence, right))
    total = len(outcomes)
    return sum(
        abs(sum(c for c, _ in group) - sum(r for _, r in group)) / total
        for group in groups.values()
    )


def errors_in_least_sure(outcomes: Sequence[tuple[float, bool]], share: float = 0.2) -> float:
    """Of all wrong suggestions, the share found in the least sure `share` of the queue."""
    ordered = sorted(outcomes, key=lambda outcome: outcome[0])
    wrong = sum(not right for _, right in ordered)
    head = ordered[: round(len(ordered) * share)]
    return sum(not right for _, right in head) / wrong if wrong else 1.0
