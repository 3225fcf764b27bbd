from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from config.dates import validate_sane_date

_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", "Give a colour as #rrggbb.")


class Stance(models.TextChoices):
    DEMAND = "demand", "Demand"
    OFFER = "offer", "Offer"
    ACCEPT = "accept", "Accept"
    REJECT = "reject", "Reject"
    CONCEDE = "concede", "Concede"
    WARN = "warn", "Warn"
    ASSESS = "assess", "Assess"


# Statements of view are evidence, but never move a party's position.
POSITION_BEARING_STANCES = tuple(s.value for s in Stance if s != Stance.ASSESS)
# The PLOVER event type each stance maps to in exports (assess has none).
PLOVER_EVENT_TYPES = {
    Stance.DEMAND: "DEMAND",
    Stance.REJECT: "REJECT",
    Stance.WARN: "THREATEN",
    Stance.CONCEDE: "CONCEDE",
    Stance.OFFER: "AGREE",
    Stance.ACCEPT: "AGREE",
}


class Party(models.Model):
    """A side in negotiations: NATO, Russia, the United States, …; shared by all negotiations."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    colour = models.CharField(max_length=7, validators=[_colour], default="#5b6573")
    accent_colour = models.CharField(max_length=7, validators=[_colour], blank=True)
    aliases = models.JSONField(default=list, blank=True, help_text='Other names: "Moscow", …')
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "parties"

    def __str__(self) -> str:
        return self.name


class Negotiation(models.Model):
    """A dossier: the talks being tracked, with their parties, issues, demands and events."""

    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    parties = models.ManyToManyField(Party, through="NegotiationParty", related_name="negotiations")
    # Declared here, not on Article: articles know nothing of negotiations, which build on them.
    articles = models.ManyToManyField("articles.Article", related_name="negotiations", blank=True)
    starts_on = models.DateField(null=True, blank=True, validators=[validate_sane_date])
    ends_on = models.DateField(null=True, blank=True, validators=[validate_sane_date])
    version = models.PositiveIntegerField(default=1, help_text="Guards against lost updates.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=F("starts_on")),
                name="negotiation_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.name


class NegotiationParty(models.Model):
    """A party's place in a negotiation; `order` is its column in the matrix."""

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE)
    party = models.ForeignKey(Party, on_delete=models.CASCADE)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "party__name"]
        constraints = [
            models.UniqueConstraint(fields=["negotiation", "party"], name="negotiation_party_once")
        ]

    def __str__(self) -> str:
        return f"{self.party} in {self.negotiation}"


class Event(models.Model):
    """A dated meeting or milestone: the NATO–Russia Council in Brussels on 12 January 2022."""

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="events")
    title = models.CharField(max_length=300)
    happened_on = models.DateField(validators=[validate_sane_date])
    ends_on = models.DateField(null=True, blank=True, validators=[validate_sane_date])
    place = models.CharField(max_length=200, blank=True)
    description = models.TextField(blank=True)
    parties = models.ManyToManyField(Party, related_name="events", blank=True)
    url = models.URLField(max_length=2000, blank=True)
    version = models.PositiveIntegerField(default=1, help_text="Guards against lost updates.")

    class Meta:
        ordering = ["-happened_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("happened_on")),
                name="event_ends_after_start",
            ),
            models.UniqueConstraint(
                fields=["negotiation", "title", "happened_on"], name="event_once"
            ),
        ]
        indexes = [
            models.Index(fields=["negotiation", "-happened_on", "-id"], name="event_timeline_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.happened_on:%d %b %Y})"


class ActorKind(models.TextChoices):
    OFFICIAL = "official", "Official"
    SPOKESPERSON = "spokesperson", "Spokesperson"
    EXPERT = "expert", "Expert"
    JOURNALIST = "journalist", "Journalist"
    OTHER = "other", "Other"


class Actor(models.Model):
    """A person or institution who speaks; offices say which party they speak for, and when."""

    Kind = ActorKind

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind, default=Kind.OFFICIAL)
    aliases = models.JSONField(default=list, blank=True, help_text='Other names: "Stoltenberg", …')
    description = models.TextField(blank=True)
    confirmed = models.BooleanField(
        default=True, help_text="Off for speakers the extractor proposed and no editor has checked."
    )
    version = models.PositiveIntegerField(default=1, help_text="Guards against lost updates.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=ActorKind.values), name="actor_kind_valid")
        ]
        indexes = [
            # The registry's list of actors walks them by name, a page at a time.
            models.Index(fields=["name", "id"], name="actor_name_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def sets_positions(self) -> bool:
        """Experts and journalists appear in the timeline but never set a party's position."""
        return self.kind in (self.Kind.OFFICIAL, self.Kind.SPOKESPERSON)


class ActorName(models.Model):
    """One way to find an actor by typing: their name, an alias, or a later word of either,
    folded to lower case without accents. Kept in step with the actor on every save, so
    the speaker picker finds "Stolt" in "Jens Stoltenberg" with one index probe."""

    class Rank(models.IntegerChoices):
        NAME = 0, "Name"
        ALIAS = 1, "Alias"
        WORD = 2, "A later word"

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="search_names")
    key = models.CharField(max_length=300)
    rank = models.PositiveSmallIntegerField(choices=Rank)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["actor", "key"], name="actor_name_once"),
        ]
        indexes = [
            # A prefix match (LIKE 'stolt%') can seek this index on PostgreSQL only with the
            # pattern operator class; other databases ignore it.
            models.Index(
                fields=["key"], name="actor_name_key_idx", opclasses=["varchar_pattern_ops"]
            ),
        ]

    def __str__(self) -> str:
        return f"{self.key} → actor {self.actor_id}"


class Office(models.Model):
    """An office an actor held, and the party they spoke for while holding it."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="offices")
    title = models.CharField(max_length=300)
    party = models.ForeignKey(
        Party, on_delete=models.PROTECT, null=True, blank=True, related_name="offices"
    )
    starts_on = models.DateField(null=True, blank=True, validators=[validate_sane_date])
    ends_on = models.DateField(null=True, blank=True, validators=[validate_sane_date])
    history = HistoricalRecords()

    class Meta:
        ordering = ["-starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=F("starts_on")),
                name="office_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        span = f"{self.starts_on or '…'} – {self.ends_on or 'now'}"
        return f"{self.actor}, {self.title} ({span})"


class Issue(models.Model):
    """A subject of a negotiation, with keywords the extractor uses to suggest it."""

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="issues")
    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=100)
    keywords = models.JSONField(default=list, blank=True)
    description = models.TextField(blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    version = models.PositiveIntegerField(default=1, help_text="Guards against lost updates.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["negotiation", "slug"], name="issue_slug_per_negotiation"
            )
        ]

    def __str__(self) -> str:
        return self.name


class QuoteKind(models.TextChoices):
    DIRECT = "direct", "Direct"
    INDIRECT = "indirect", "Indirect"


class QuoteOrigin(models.TextChoices):
    EXTRACTED = "extracted", "Extracted"
    MANUAL = "manual", "Manual"


class ReviewState(models.TextChoices):
    SUGGESTED = "suggested", "Suggested"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"


class QuoteIssue(models.Model):
    """A quote's issue, with the quote's party, date, stance and review state copied in.

    The copies let the matrix read each cell — the latest confirmed position of a
    party on an issue up to a date — with one index probe instead of a join.
    """

    quote = models.ForeignKey("Quote", on_delete=models.CASCADE, related_name="issue_links")
    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="quote_links")
    party = models.ForeignKey(Party, on_delete=models.CASCADE, null=True, blank=True)
    said_on = models.DateField(null=True, blank=True)
    stance = models.CharField(max_length=10, choices=Stance, blank=True)
    review_state = models.CharField(max_length=10, choices=ReviewState)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["quote", "issue"], name="quote_issue_once"),
            models.CheckConstraint(
                condition=Q(stance__in=["", *[s.value for s in Stance]]),
                name="quoteissue_stance_valid",
            ),
            models.CheckConstraint(
                condition=Q(review_state__in=ReviewState.values),
                name="quoteissue_review_state_valid",
            ),
        ]
        indexes = [
            models.Index(
                fields=["issue", "party", "review_state", "-said_on", "-quote"],
                # Covering the stance lets the matrix read a cell from the index alone.
                include=["stance"],
                name="quoteissue_cell_idx",
            ),
            # The timeline filtered by one issue walks that issue's quote links newest first;
            # the copies of party, stance and review state ride along, so the filters on them
            # need no visit to the table.
            models.Index(
                fields=["issue", "-said_on", "-quote"],
                include=["party", "stance", "review_state"],
                name="quoteissue_timeline_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.quote_id} on {self.issue}"


class Quote(models.Model):
    """Words from an article, who said them, and what they mean for the negotiation."""

    Kind = QuoteKind

    Origin = QuoteOrigin

    ReviewState = ReviewState

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField()
    start = models.PositiveIntegerField(
        help_text="Offset of the first character in the clean body."
    )
    end = models.PositiveIntegerField(help_text="Offset just past the last character.")
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.DIRECT)
    speaker_as_written = models.CharField(max_length=300, blank=True)
    speaker_name = models.CharField(
        max_length=300, blank=True, help_text="The fullest name the article gives the speaker."
    )
    actor = models.ForeignKey(
        Actor, on_delete=models.SET_NULL, null=True, blank=True, related_name="quotes"
    )
    # Copied from the actor's office on the date said, so filters and the matrix need no join.
    party = models.ForeignKey(
        Party, on_delete=models.SET_NULL, null=True, blank=True, related_name="quotes"
    )
    issues = models.ManyToManyField(Issue, through=QuoteIssue, related_name="quotes", blank=True)
    stance = models.CharField(max_length=10, choices=Stance, blank=True)
    said_on = models.DateField(null=True, blank=True, validators=[validate_sane_date])
    # That the whole suggestion is right; the review queue shows the least sure first.
    confidence = models.FloatField(default=0.0)
    # Each field's own confidence, calibrated: of the suggestions shown at p, about p are right.
    speaker_confidence = models.FloatField(default=0.0)
    stance_confidence = models.FloatField(default=0.0)
    issues_confidence = models.FloatField(default=0.0)
    origin = models.CharField(max_length=10, choices=Origin, default=Origin.EXTRACTED)
    review_state = models.CharField(
        max_length=10, choices=ReviewState, default=ReviewState.SUGGESTED
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewed_quotes",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    # Parts of one statement split around its attribution share a number within the article.
    statement = models.PositiveIntegerField(null=True, blank=True)
    # The same statement reported by several articles shares a group.
    corroboration_group = models.UUIDField(null=True, blank=True, db_index=True)
    anchor_lost = models.BooleanField(
        default=False, help_text="Its text is no longer in the article after a re-parse."
    )
    version = models.PositiveIntegerField(default=1, help_text="Guards against lost updates.")
    # The learned model that re-ranked this quote's stance and issues; none: the rules alone.
    suggested_by = models.ForeignKey(
        "SuggestionModel", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Each record keeps the quote's issue links as they stood, copies and all.
    history = HistoricalRecords(m2m_fields=["issues"])

    class Meta:
        ordering = ["-said_on", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="quote_span_not_empty"),
            models.CheckConstraint(condition=Q(kind__in=QuoteKind.values), name="quote_kind_valid"),
            models.CheckConstraint(
                condition=Q(stance__in=["", *[s.value for s in Stance]]), name="quote_stance_valid"
            ),
            models.CheckConstraint(
                condition=Q(origin__in=QuoteOrigin.values), name="quote_origin_valid"
            ),
            models.CheckConstraint(
                condition=Q(review_state__in=ReviewState.values),
                name="quote_review_state_valid",
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="quote_confidence_in_range",
            ),
        ]
        indexes = [
            models.Index(fields=["-said_on", "-id"], name="quote_timeline_idx"),
            models.Index(fields=["party", "-said_on", "-id"], name="quote_party_idx"),
            models.Index(fields=["actor", "-said_on", "-id"], name="quote_actor_idx"),
            models.Index(fields=["stance", "-said_on", "-id"], name="quote_stance_idx"),
            models.Index(fields=["article", "start"], name="quote_article_idx"),
            models.Index(fields=["review_state", "confidence"], name="quote_review_idx"),
            # The review queue's "reviewed today": only judged quotes have a review time.
            models.Index(
                fields=["-reviewed_at"],
                condition=Q(reviewed_at__isnull=False),
                name="quote_reviewed_idx",
            ),
            # The per-party counts beside the timeline's filters read up to a thousand quotes
            # of each party; with the columns those filters test carried in the index,
            # PostgreSQL reads them from the index alone (SQLite has no INCLUDE and omits it).
            models.Index(
                fields=["party", "-said_on", "-id"],
                include=["article", "stance", "kind", "review_state"],
                name="quote_party_cover_idx",
            ),
        ]
        # The full-text search index (GIN, PostgreSQL only) is made in migration 0004.

    def __str__(self) -> str:
        speaker = self.speaker_name or self.speaker_as_written or "unknown speaker"
        text = self.text if len(self.text) <= 80 else self.text[:79] + "…"
        return f"{speaker}: “{text}”"

    @property
    def is_editor_touched(self) -> bool:
        """Machines never change a quote an editor made or reviewed."""
        return self.origin == self.Origin.MANUAL or self.review_state != self.ReviewState.SUGGESTED

    @property
    def is_position_bearing(self) -> bool:
        return self.stance in POSITION_BEARING_STANCES

    @property
    def field_confidences(self) -> list[tuple[str, float, bool]]:
        """Speaker, stance and issues with the extractor's confidence in each and whether it
        is the least sure of them, which an editor checks first; empty for quotes stored
        without them (marked by hand, or suggested before fields had their own)."""
        fields = [
            ("speaker", self.speaker_confidence),
            ("stance", self.stance_confidence),
            ("issues", self.issues_confidence),
        ]
        if not any(value for _, value in fields):
            return []
        weakest = min(value for _, value in fields)
        return [(name, value, value == weakest) for name, value in fields]


class DemandKind(models.TextChoices):
    DEMAND = "demand", "Demand"
    OFFER = "offer", "Offer"


class DemandStatus(models.TextChoices):
    OPEN = "open", "Open"
    REJECTED = "rejected", "Rejected"
    PARTLY_MET = "partly_met", "Partly met"
    MET = "met", "Met"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Demand(models.Model):
    """What one party asks of another on an issue, or offers it."""

    Kind = DemandKind

    Status = DemandStatus

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="demands")
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.DEMAND)
    summary = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    party = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="demands_made")
    addressee = models.ForeignKey(
        Party, on_delete=models.PROTECT, null=True, blank=True, related_name="demands_received"
    )
    issue = models.ForeignKey(Issue, on_delete=models.PROTECT, related_name="demands")
    first_raised_on = models.DateField(null=True, blank=True, validators=[validate_sane_date])
    status = models.CharField(max_length=12, choices=Status, default=Status.OPEN)
    status_reason = models.TextField(blank=True, help_text="Why the status last changed.")
    evidence = models.ManyToManyField(Quote, blank=True, related_name="demands")
    version = models.PositiveIntegerField(default=1, help_text="Guards against lost updates.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(m2m_fields=["evidence"])

    class Meta:
        ordering = ["-first_raised_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=DemandKind.values), name="demand_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=DemandStatus.values), name="demand_status_valid"
            ),
            models.UniqueConstraint(
                fields=["negotiation", "party", "summary"], name="demand_summary_once"
            ),
        ]
        indexes = [
            models.Index(fields=["negotiation", "status", "-updated_at"], name="demand_board_idx"),
            models.Index(fields=["party", "issue"], name="demand_party_issue_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.party}: {self.summary}"


class ResponseKind(models.TextChoices):
    REJECT = "reject", "Reject"
    ACCEPT = "accept", "Accept"
    COUNTER_OFFER = "counter-offer", "Counter-offer"
    CONDITIONAL = "conditional", "Conditional"
    IGNORE = "ignore", "Ignore"


class Response(models.Model):
    """A party's answer to a demand or offer."""

    Kind = ResponseKind

    demand = models.ForeignKey(Demand, on_delete=models.CASCADE, related_name="responses")
    party = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="responses")
    kind = models.CharField(max_length=15, choices=Kind)
    summary = models.CharField(max_length=300)
    responded_on = models.DateField(null=True, blank=True, validators=[validate_sane_date])
    evidence = models.ManyToManyField(Quote, blank=True, related_name="responses")
    version = models.PositiveIntegerField(default=1, help_text="Guards against lost updates.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(m2m_fields=["evidence"])

    class Meta:
        ordering = ["responded_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=ResponseKind.values), name="response_kind_valid"
            ),
            models.UniqueConstraint(
                fields=["demand", "party", "summary"], name="response_summary_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.party} on “{self.demand.summary}”: {self.get_kind_display()}, {self.summary}"


class Position(models.Model):
    """A party's position on an issue pinned by an editor; it wins until a newer quote."""

    negotiation = models.ForeignKey(Negotiation, on_delete=models.CASCADE, related_name="positions")
    party = models.ForeignKey(Party, on_delete=models.CASCADE, related_name="positions")
    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="positions")
    stance = models.CharField(max_length=10, choices=Stance)
    summary = models.CharField(max_length=500)
    as_of = models.DateField(validators=[validate_sane_date])
    pinned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-as_of", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(stance__in=[s.value for s in Stance]), name="position_stance_valid"
            )
        ]
        indexes = [
            models.Index(fields=["issue", "party", "-as_of"], name="position_cell_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.party} on {self.issue}: {self.get_stance_display()} (as of {self.as_of})"


class UserPreference(models.Model):
    """What a user last chose, so the next visit opens where they left off."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="parley_preference"
    )
    negotiation = models.ForeignKey(Negotiation, on_delete=models.SET_NULL, null=True, blank=True)

    def __str__(self) -> str:
        return f"Preferences of {self.user}"


class SuggestionModel(models.Model):
    """What the editors' verdicts in a negotiation taught about its stances and issues.

    Each training stores a new version; new articles are suggested with the latest.
    `payload` is a pickle (joblib) of a `positions.reranking.Reranker`. Unpickling runs
    code, so it is safe only because nothing but the `positions.train_suggestions` task
    writes this table: no form, view, API or admin page accepts a payload from outside.
    """

    negotiation = models.ForeignKey(
        Negotiation, on_delete=models.CASCADE, related_name="suggestion_models"
    )
    version = models.PositiveIntegerField()
    trained_at = models.DateTimeField(auto_now_add=True)
    verdicts_used = models.PositiveIntegerField()
    metrics = models.JSONField(default=dict, blank=True)
    payload = models.BinaryField(editable=False)

    class Meta:
        ordering = ["negotiation", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["negotiation", "version"], name="suggestion_model_version_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.negotiation}: suggestions v{self.version} ({self.verdicts_used} verdicts)"


class VerdictOutcome(models.TextChoices):
    PENDING = "pending", "Not yet reviewed"
    UNCHANGED = "unchanged", "Confirmed unchanged"
    CORRECTED = "corrected", "Corrected"
    REJECTED = "rejected", "Rejected"


class SuggestionVerdict(models.Model):
    """A machine suggestion as the extractor first stored it, beside what editors made of it.

    A table of its own rather than fields on Quote: a quote's columns say what the quote is
    now, and the timeline and the matrix, which read quotes by the thousand, have no use for
    a second copy of them; here the suggestion is frozen once, and the accuracy page reads
    nothing else. One row per extracted quote, none for a quote made by hand; it goes with
    its quote, so a re-parse, which deletes the untouched suggestions it replaces, takes
    their records along and records the new ones.

    The `final_*` values follow the quote through every change (positions.editing.quote_edit
    calls `verdict_follow`), so accuracy compares the suggestion with the latest values, not
    with the first verdict: a speaker corrected a week after the quote was accepted was still
    the extractor's mistake. `outcome` and the `*_changed` flags are that comparison, stored
    so the page counts them in the database. `settled_by`/`settled_at` name the editor whose
    change last settled it, and when. When a re-parse moves a kept quote to where its words
    now are, the suggested span moves by as much: the extractor is not blamed for a new text.
    """

    Outcome = VerdictOutcome

    quote = models.OneToOneField(
        Quote, on_delete=models.CASCADE, primary_key=True, related_name="verdict"
    )
    # Speakers are kept by id even if the actor is deleted later: the id is the suggestion.
    suggested_actor = models.ForeignKey(
        Actor, on_delete=models.DO_NOTHING, db_constraint=False, null=True, related_name="+"
    )
    suggested_speaker_name = models.CharField(max_length=300, blank=True)
    suggested_stance = models.CharField(max_length=10, choices=Stance, blank=True)
    suggested_issues = models.JSONField(default=list, help_text="Issue ids, ascending.")
    # Not positive: a suggested span moved along with a re-anchored quote may start before 0.
    suggested_start = models.IntegerField()
    suggested_end = models.IntegerField()
    suggested_kind = models.CharField(max_length=10, choices=QuoteKind)
    final_actor = models.ForeignKey(
        Actor, on_delete=models.DO_NOTHING, db_constraint=False, null=True, related_name="+"
    )
    final_speaker_name = models.CharField(max_length=300, blank=True)
    final_stance = models.CharField(max_length=10, choices=Stance, blank=True)
    final_issues = models.JSONField(default=list, help_text="Issue ids, ascending.")
    final_start = models.IntegerField()
    final_end = models.IntegerField()
    final_kind = models.CharField(max_length=10, choices=QuoteKind)
    outcome = models.CharField(max_length=10, choices=Outcome, default=Outcome.PENDING)
    speaker_changed = models.BooleanField(default=False)
    stance_changed = models.BooleanField(default=False)
    issues_changed = models.BooleanField(default=False)
    span_changed = models.BooleanField(default=False)
    kind_changed = models.BooleanField(default=False)
    settled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    settled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome__in=VerdictOutcome.values), name="verdict_outcome_valid"
            ),
            models.CheckConstraint(
                condition=Q(outcome=VerdictOutcome.PENDING) | Q(settled_at__isnull=False),
                name="verdict_settled_when_decided",
            ),
        ]

    def __str__(self) -> str:
        return f"Quote {self.quote_id}: {self.get_outcome_display().lower()}"
