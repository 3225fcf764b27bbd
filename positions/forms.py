from datetime import date

from django import forms

from config.dates import validate_sane_date
from positions.models import POSITION_BEARING_STANCES, Demand, Issue, Party, Stance


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
