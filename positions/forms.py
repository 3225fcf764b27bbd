from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q

from config.dates import validate_sane_date
from positions.models import POSITION_BEARING_STANCES, Actor, Demand, Issue, Party, Quote, Stance


def add_service_errors(form: forms.Form, error: ValidationError) -> None:
    """Show a service's refusal on the form: each field's words beside that field, the rest
    (and a refusal about no field in particular) above the form."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, problems in error.error_dict.items():
        form.add_error(field if field in form.fields else None, problems)


class _DateInput(forms.DateInput):
    input_type = "date"


class AsOfForm(forms.Form):
    """The matrix's "as of" date: empty means today, with undated quotes counted too."""

    as_of = forms.DateField(
        required=False,
        label="As of",
        validators=[validate_sane_date],
        widget=_DateInput(format="%Y-%m-%d"),
        help_text="Replay positions as they stood at the end of this day.",
    )

    def as_of_date(self) -> date | None:
        return self.cleaned_data.get("as_of") if self.is_valid() else None


class DemandFilterForm(forms.Form):
    """Filters of the demands board; a value that names nothing is ignored."""

    party = forms.ChoiceField(required=False, label="Party")
    issue = forms.ChoiceField(required=False, label="Issue")
    status = forms.ChoiceField(
        required=False, label="Status", choices=[("", "Any status"), *Demand.Status.choices]
    )

    def __init__(self, data, *, parties: list[Party], issues: list[Issue]):
        super().__init__(data)
        self._parties = {party.slug: party for party in parties}
        self._issues = {issue.slug: issue for issue in issues}
        self.fields["party"].choices = [("", "Any party")] + [(p.slug, p.name) for p in parties]
        self.fields["issue"].choices = [("", "Any issue")] + [(i.slug, i.name) for i in issues]

    def filters(self) -> dict:
        self.is_valid()
        data = self.cleaned_data
        return {
            "party": self._parties.get(data.get("party") or ""),
            "issue": self._issues.get(data.get("issue") or ""),
            "status": data.get("status") or "",
        }

    def active(self) -> bool:
        return any(self.filters().values())


class PinPositionForm(forms.Form):
    """An editor's statement of where a party stands, which wins until a newer confirmed quote."""

    stance = forms.ChoiceField(
        label="Stance",
        choices=[(s.value, s.label) for s in Stance if s.value in POSITION_BEARING_STANCES],
    )
    summary = forms.CharField(label="Summary", max_length=500)
    as_of = forms.DateField(
        label="As of", widget=_DateInput(format="%Y-%m-%d"), validators=[validate_sane_date]
    )

    def __init__(self, *args, **kwargs):
        # Its fields sit on the matrix page beside the "as of" control: prefixed, ids stay unique.
        super().__init__(*args, prefix="pin", **kwargs)


class ReviewDecisionForm(forms.Form):
    """An editor's verdict on one suggested quote, at the version they saw."""

    decision = forms.ChoiceField(choices=[("accept", "Accept"), ("reject", "Reject")])
    version = forms.IntegerField(min_value=1)


class QuoteEditForm(forms.Form):
    """An editor's correction of a quote: speaker, issues, stance, kind, date said and span,
    at the version they loaded. The issues offered are those of the article's negotiations."""

    actor = forms.ModelChoiceField(
        queryset=Actor.objects.only("name").order_by("name"),
        required=False,
        label="Speaker",
        empty_label="Unknown speaker",
    )
    issues = forms.ModelMultipleChoiceField(
        queryset=Issue.objects.none(),
        required=False,
        label="Issues",
        widget=forms.CheckboxSelectMultiple,
    )
    stance = forms.ChoiceField(
        required=False, label="Stance", choices=[("", "No stance"), *Stance.choices]
    )
    kind = forms.ChoiceField(label="Kind", choices=Quote.Kind.choices)
    said_on = forms.DateField(
        required=False,
        label="Date said",
        validators=[validate_sane_date],
        widget=_DateInput(format="%Y-%m-%d"),
    )
    start = forms.IntegerField(min_value=0, label="Span starts at character")
    end = forms.IntegerField(min_value=1, label="ends before character")
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, quote: Quote, **kwargs):
        # Each quote's fields get their own ids: several editors may be open on one page.
        super().__init__(*args, prefix=f"quote-{quote.pk}", **kwargs)
        self.fields["issues"].queryset = _issues_for(quote)

    @classmethod
    def of(cls, quote: Quote) -> "QuoteEditForm":
        """The form filled with the quote as stored."""
        initial = {
            "actor": quote.actor_id,
            "issues": [issue.pk for issue in quote.issues.all()],
            "stance": quote.stance,
            "kind": quote.kind,
            "said_on": quote.said_on,
            "start": quote.start,
            "end": quote.end,
            "version": quote.version,
        }
        return cls(quote=quote, initial=initial)

    def edits(self) -> dict:
        """What to hand to `quote_edit`, version included."""
        return dict(self.cleaned_data)


def _issues_for(quote: Quote):
    """The issues of the negotiations the quote's article bears on, and any it already has."""
    on_negotiations = Q(negotiation__articles=quote.article_id) | Q(quotes=quote.pk)
    return Issue.objects.filter(on_negotiations).distinct().order_by("negotiation", "order", "name")
