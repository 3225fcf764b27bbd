"""The extractor's accuracy: how editors settled its suggestions, counted by the database.

Each section is one aggregate query over the negotiation's suggestion records
(positions.models.SuggestionVerdict), however many quotes there are: four in all; the
versions learned from editors' verdicts take two more.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.db.models import Count, Exists, F, OuterRef, Q
from django.db.models.functions import TruncWeek

from articles.models import Article
from positions.models import (
    Negotiation,
    Stance,
    SuggestionModel,
    SuggestionVerdict,
    VerdictOutcome,
)
from positions.suggestions import verdicts_since

# The fields whose corrections are counted, in the order the page shows them.
CORRECTED_FIELDS = ("speaker", "stance", "issues", "span", "kind")


def _counted() -> dict:
    """The counts every table shows, as aggregates of one query."""
    corrected = Q(outcome=VerdictOutcome.CORRECTED)
    counts = {
        outcome: Count("pk", filter=Q(outcome=outcome))
        for outcome in (
            VerdictOutcome.UNCHANGED,
            VerdictOutcome.CORRECTED,
            VerdictOutcome.REJECTED,
            VerdictOutcome.PENDING,
        )
    }
    counts |= {
        f"{field}_changed": Count("pk", filter=corrected & Q(**{f"{field}_changed": True}))
        for field in CORRECTED_FIELDS
    }
    return counts


@dataclass(frozen=True)
class Tally:
    """How one group of suggestions fared: counts, and shares of those settled."""

    label: str
    unchanged: int
    corrected: int
    rejected: int
    pending: int
    speaker_changed: int = 0
    stance_changed: int = 0
    issues_changed: int = 0
    span_changed: int = 0
    kind_changed: int = 0

    @property
    def settled(self) -> int:
        return self.unchanged + self.corrected + self.rejected

    @property
    def suggested(self) -> int:
        return self.settled + self.pending

    def _share(self, count: int) -> int:
        return round(100 * count / self.settled) if self.settled else 0

    @property
    def unchanged_share(self) -> int:
        return self._share(self.unchanged)

    @property
    def corrected_share(self) -> int:
        return self._share(self.corrected)

    @property
    def rejected_share(self) -> int:
        return self._share(self.rejected)

    @property
    def corrections(self) -> list[tuple[str, int, int]]:
        """Each field with how many corrected suggestions changed it, and the share of the
        corrected ones that is (a correction may change several fields)."""
        return [
            (
                field,
                getattr(self, f"{field}_changed"),
                round(100 * getattr(self, f"{field}_changed") / self.corrected)
                if self.corrected
                else 0,
            )
            for field in CORRECTED_FIELDS
        ]


def accuracy_totals(*, negotiation: Negotiation | None) -> Tally:
    """All of the negotiation's suggestions (every negotiation's for None); one query."""
    return Tally(label="All outlets", **_records(negotiation).aggregate(**_counted()))


NO_OUTLET = "No outlet given"


def accuracy_by_outlet(*, negotiation: Negotiation | None) -> list[Tally]:
    """One tally per outlet of the negotiation's articles, by outlet name; one query."""
    counted = _counted()
    rows = (
        _records(negotiation)
        .values(outlet_id=F("quote__article__source_id"), outlet=F("quote__article__source__name"))
        .annotate(**counted)
        .order_by(F("outlet").asc(nulls_last=True))
    )
    return [
        Tally(label=row["outlet"] or NO_OUTLET, **{name: row[name] for name in counted})
        for row in rows
    ]


@dataclass(frozen=True)
class WeekTally(Tally):
    """A tally of the suggestions from articles published in one ISO week."""

    monday: date | None = None

    @property
    def iso_week(self) -> str:
        """The ISO week, like 2022-W02; empty for articles with no date."""
        if self.monday is None:
            return ""
        year, week, _ = self.monday.isocalendar()
        return f"{year}-W{week:02d}"


def accuracy_by_week(*, negotiation: Negotiation | None) -> list[WeekTally]:
    """One tally per ISO week of the articles' publication, oldest first, undated articles
    last; one query."""
    rows = (
        _records(negotiation)
        .annotate(monday=TruncWeek("quote__article__published_on"))
        .values("monday")
        .annotate(**_counted())
        .order_by("monday")
    )
    tallies = [WeekTally(label="", **row) for row in rows]
    return sorted(tallies, key=lambda tally: (tally.monday is None, tally.monday or date.min))


@dataclass(frozen=True)
class StanceConfusion:
    """Confirmed suggestions counted by suggested stance (rows) and final stance (columns)."""

    stances: list[tuple[str, str]]
    # Each suggested stance's label, its counts by final stance (each with whether the
    # stance was kept), and its total.
    rows: list[tuple[str, list[tuple[int, bool]], int]]

    @property
    def is_empty(self) -> bool:
        return not self.rows


NO_STANCE = ("", "None")


def stance_confusion(*, negotiation: Negotiation | None) -> StanceConfusion:
    """Of the confirmed suggestions (unchanged or corrected), how many of each suggested
    stance ended with each stance; only stances that occur get a row or column; one query."""
    confirmed = Q(outcome__in=[VerdictOutcome.UNCHANGED, VerdictOutcome.CORRECTED])
    pairs = {
        (row["suggested_stance"], row["final_stance"]): row["n"]
        for row in _records(negotiation)
        .filter(confirmed)
        .values("suggested_stance", "final_stance")
        .annotate(n=Count("pk"))
        .order_by()
    }
    vocabulary = [*Stance.choices, NO_STANCE]
    used = {stance for pair in pairs for stance in pair}
    stances = [(value, label) for value, label in vocabulary if value in used]
    rows = []
    for suggested, label in stances:
        counts = [(pairs.get((suggested, final), 0), final == suggested) for final, _ in stances]
        total = sum(count for count, _ in counts)
        if total:
            rows.append((label, counts, total))
    return StanceConfusion(stances=stances, rows=rows)


def _records(negotiation: Negotiation | None):
    records = SuggestionVerdict.objects.order_by()
    if negotiation is None:
        return records
    on_negotiation = Article.negotiations.through.objects.filter(
        article_id=OuterRef("quote__article_id"), negotiation=negotiation
    )
    return records.filter(Exists(on_negotiation))


# The most recent versions the page lists: enough to see a trend without a long table.
VERSIONS_SHOWN = 5


@dataclass(frozen=True)
class Replayed:
    """One figure, in percent, of the rules alone and of a learned version on the same quotes."""

    rules: int
    learned: int

    @property
    def gain(self) -> int:
        return self.learned - self.rules

    @classmethod
    def of(cls, metrics: dict, figure: str) -> "Replayed | None":
        """From a version's stored `metrics`; None when it was stored without them."""
        rules, learned = (metrics.get(side, {}).get(figure) for side in ("rules", "learned"))
        if rules is None or learned is None:
            return None
        return cls(rules=round(100 * rules), learned=round(100 * learned))


@dataclass(frozen=True)
class LearnedVersion:
    """One trained version and its figures replayed on articles it was not trained on."""

    version: int
    trained_at: datetime
    verdicts_used: int
    stance: Replayed | None
    issues: Replayed | None

    @classmethod
    def of(cls, model: SuggestionModel) -> "LearnedVersion":
        return cls(
            version=model.version,
            trained_at=model.trained_at,
            verdicts_used=model.verdicts_used,
            stance=Replayed.of(model.metrics, "stance_accuracy"),
            issues=Replayed.of(model.metrics, "issues_f1"),
        )


@dataclass(frozen=True)
class LearnedSuggestions:
    """The negotiation's learned versions, newest first, and how near the next training is."""

    versions: list[LearnedVersion]
    verdicts_since: int
    verdicts_needed: int

    @property
    def latest(self) -> LearnedVersion | None:
        return self.versions[0] if self.versions else None

    @property
    def verdicts_to_go(self) -> int:
        """Confirmed quotes still needed before the next training is queued."""
        return max(self.verdicts_needed - self.verdicts_since, 0)


def learned_suggestions(*, negotiation: Negotiation) -> LearnedSuggestions:
    """The latest versions trained from the negotiation's verdicts; two queries."""
    models = list(
        SuggestionModel.objects.filter(negotiation=negotiation)
        .defer("payload")
        .order_by("-version")[:VERSIONS_SHOWN]
    )
    return LearnedSuggestions(
        versions=[LearnedVersion.of(model) for model in models],
        verdicts_since=verdicts_since(negotiation, models[0] if models else None).count(),
        verdicts_needed=settings.PARLEY_SUGGESTIONS_MIN_VERDICTS,
    )
