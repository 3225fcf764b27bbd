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
from dataclasses import dataclass
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
    return frozenset().union(*(_covered(words, s["start"], s["end"]) for s in segments))


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
    ignored = frozenset().union(*(w for q, w in gold if q["kind"] == "ignore"))
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
    allowed = frozenset().union(*(w for q, w in gold if q["kind"] in (kind, "mixed")))
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
