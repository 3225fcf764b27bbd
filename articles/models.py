from django.conf import settings
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from config.dates import validate_sane_date


class Source(models.Model):
    """An outlet that publishes articles: Interfax, Al Jazeera, RT, …"""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    country = models.CharField(max_length=100, blank=True)
    state_affiliated = models.BooleanField(
        default=False, help_text="Owned or directed by a state, e.g. a state news agency."
    )
    domain = models.CharField(
        max_length=200, blank=True, help_text="Web domain, used to recognise the outlet of a link."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class RawUpload(models.Model):
    """The bytes exactly as an editor uploaded them, kept forever.

    Stored in the database so that the upload and its article are saved in one
    transaction, and every worker can read it without a shared disk.
    """

    sha256 = models.CharField(max_length=64, unique=True)
    content = models.BinaryField()
    filename = models.CharField(max_length=255, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveBigIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.filename or 'pasted text'} ({self.size:,} bytes)"


class ArticleStatus(models.TextChoices):
    RECEIVED = "received", "Received"
    PARSING = "parsing", "Parsing"
    PARSED = "parsed", "Parsed"
    FAILED = "failed", "Failed"
    DUPLICATE = "duplicate", "Duplicate"


class Article(models.Model):
    Status = ArticleStatus

    # Empty only for a link until the worker has fetched the page behind it.
    raw = models.OneToOneField(
        RawUpload, on_delete=models.PROTECT, null=True, blank=True, related_name="article"
    )
    source = models.ForeignKey(
        Source, on_delete=models.PROTECT, null=True, blank=True, related_name="articles"
    )
    title = models.CharField(max_length=500, blank=True)
    body = models.TextField(blank=True, help_text="Clean text; quote offsets point into it.")
    body_sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    near_duplicate_signature = models.JSONField(default=list, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    published_on = models.DateField(null=True, blank=True, validators=[validate_sane_date])
    date_inferred = models.BooleanField(
        default=False, help_text="The text gave no year: it was inferred and should be checked."
    )
    dateline_place = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=12, blank=True)
    format = models.CharField(max_length=20, blank=True)
    encoding = models.CharField(max_length=40, blank=True)
    status = models.CharField(max_length=20, choices=Status, default=Status.RECEIVED)
    error = models.TextField(blank=True, help_text="Why parsing failed, in plain words.")
    quotes_note = models.CharField(
        max_length=200,
        blank=True,
        help_text="Why a parsed article got no suggested quotes (its language), in plain words.",
    )
    duplicate_of = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="duplicates"
    )
    near_duplicates = models.ManyToManyField("self", symmetrical=True, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="uploaded_articles",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    parse_started_at = models.DateTimeField(null=True, blank=True)
    # The delivery of `articles.parse` that claimed the article: only it (redelivered after its
    # worker died, or retried) may take a `parsing` article up again or store its results.
    parse_task_id = models.CharField(max_length=64, blank=True)
    # When parsing was last handed to the broker; the sweep queues it again only a while later.
    parse_queued_at = models.DateTimeField(null=True, blank=True)
    parse_attempts = models.PositiveSmallIntegerField(default=0)
    # The broker could not be reached when parsing was queued; the sweep will queue it.
    parse_delayed = models.BooleanField(default=False)
    parsed_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_reason = models.TextField(blank=True)
    # Who withdrew or restored it, and when; the text and its fingerprints are not copied
    # into each record (they only change by a re-parse, which the record's status shows).
    # What a parse derives or uses to claim its work is not an editor's change to record.
    history = HistoricalRecords(
        excluded_fields=[
            "body",
            "body_sha256",
            "near_duplicate_signature",
            "parse_task_id",
            "parse_queued_at",
            "quotes_note",
        ]
    )

    class Meta:
        ordering = ["-published_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ArticleStatus.values), name="article_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(withdrawn_at__isnull=True) | ~Q(withdrawn_reason=""),
                name="article_withdrawal_has_reason",
            ),
            models.CheckConstraint(
                condition=Q(raw__isnull=False) | ~Q(url=""), name="article_has_upload_or_link"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "parse_started_at"], name="article_status_idx"),
            models.Index(fields=["-created_at", "-id"], name="article_created_idx"),
            models.Index(fields=["-published_on", "-id"], name="article_published_idx"),
            models.Index(fields=["source", "-published_on"], name="article_source_idx"),
            # Pages leave out the quotes of withdrawn articles: this finds those few articles
            # without reading the whole table.
            models.Index(
                fields=["id"], condition=Q(withdrawn_at__isnull=False), name="article_withdrawn_idx"
            ),
        ]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk} ({self.get_status_display().lower()})"

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None
