from django.db import models
from django.db.models import F, Q

from config.dates import validate_sane_date


class Event(models.Model):
    """A dated meeting or milestone: the NATO–Russia Council in Brussels on 12 January 2022."""

    negotiation = models.ForeignKey(
        "positions.Negotiation", on_delete=models.CASCADE, related_name="events"
    )
    title = models.CharField(max_length=300)
    happened_on = models.DateField(validators=[validate_sane_date])
    ends_on = models.DateField(null=True, blank=True, validators=[validate_sane_date])
    place = models.CharField(max_length=200, blank=True)
    description = models.TextField(blank=True)
    parties = models.ManyToManyField("positions.Party", related_name="events", blank=True)
    url = models.URLField(max_length=2000, blank=True)

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
