"""Editors' forms for demands, responses and the quotes cited as their evidence.

Each edit form carries the version the editor loaded, for the services to refuse a stale one.
"""

from django import forms
from django.core.exceptions import ValidationError

from config.dates import validate_sane_date
from positions.models import Demand, DemandKind, DemandStatus, Issue, Party, Response, ResponseKind

SUMMARY_LENGTH = 300


class _DateInput(forms.DateInput):
    input_type = "date"


def date_field(label: str, *, required: bool = False) -> forms.DateField:
    """A date picked in the browser's calendar, inside the span Parley accepts."""
    return forms.DateField(
        label=label,
        required=required,
        validators=[validate_sane_date],
        widget=_DateInput(format="%Y-%m-%d"),
    )


def _party_field(label: str, parties: list[Party], *, required: bool = True):
    return forms.ModelChoiceField(
        label=label,
        queryset=Party.objects.filter(pk__in=[p.pk for p in parties]),
        required=required,
    )


class DemandForm(forms.Form):
    """A demand's wording, parties, issue, kind and date: to start one or correct it."""

    kind = forms.ChoiceField(label="Kind", choices=DemandKind.choices)
    summary = forms.CharField(label="Summary", max_length=SUMMARY_LENGTH)
    description = forms.CharField(
        label="Notes", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    version = forms.IntegerField(min_value=1, required=False, widget=forms.HiddenInput)

    def __init__(self, *args, parties: list[Party], issues: list[Issue], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["party"] = _party_field("Party making it", parties)
        self.fields["addressee"] = _party_field("Asked of", parties, required=False)
        self.fields["issue"] = forms.ModelChoiceField(
            label="Issue", queryset=Issue.objects.filter(pk__in=[i.pk for i in issues])
        )
        self.fields["first_raised_on"] = date_field("First raised")
        self.order_fields(["party", "addressee", "issue", "kind", "summary", "first_raised_on"])


class DemandStatusForm(forms.Form):
    """A new status for a demand, with the reason readers of the board will see."""

    status = forms.ChoiceField(label="Status", choices=DemandStatus.choices)
    reason = forms.CharField(label="Why", max_length=500)
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class ResponseForm(forms.Form):
    """A party's answer to a demand."""

    kind = forms.ChoiceField(label="Kind", choices=ResponseKind.choices)
    summary = forms.CharField(label="Summary", max_length=SUMMARY_LENGTH)
    responded_on = date_field("Responded on")

    def __init__(self, *args, parties: list[Party], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["party"] = _party_field("Responding party", parties)
        self.order_fields(["party", "kind", "summary", "responded_on"])


class EvidenceLinkForm(forms.Form):
    """The demand or response a quote is evidence for: one choice, "demand-3" or "response-7"."""

    target = forms.ChoiceField(label="Demand or response")

    def __init__(self, *args, demands: list[Demand], responses: list[Response], **kwargs):
        super().__init__(*args, **kwargs)
        self._items = {f"demand-{d.pk}": d for d in demands}
        self._items |= {f"response-{r.pk}": r for r in responses}
        self.fields["target"].choices = [
            ("Demands", [(f"demand-{d.pk}", f"{d.party.name}: {d.summary}") for d in demands]),
            (
                "Responses",
                [
                    (f"response-{r.pk}", f"{r.party.name} to {r.demand.party.name}: {r.summary}")
                    for r in responses
                ],
            ),
        ]

    def clean_target(self) -> Demand | Response:
        item = self._items.get(self.cleaned_data["target"])
        if item is None:
            raise ValidationError("Choose a demand or response of this quote's negotiation.")
        return item


def summary_from(text: str) -> str:
    """A quote's words as a demand's first summary: whole if they fit, else cut at a word."""
    words = " ".join(text.split())
    if len(words) <= SUMMARY_LENGTH:
        return words
    return words[: SUMMARY_LENGTH - 1].rsplit(" ", 1)[0] + "…"
