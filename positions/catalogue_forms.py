"""Editors' forms for the registry: issues, events and negotiations.

Each edit form carries the version the editor loaded, for the services to refuse a stale one.
"""

from django import forms

from positions.demand_forms import date_field
from positions.models import Issue, Party

_TEXT = {"rows": 3}


def _version_field() -> forms.IntegerField:
    return forms.IntegerField(min_value=1, required=False, widget=forms.HiddenInput)


def _parties_field(label: str, queryset) -> forms.ModelMultipleChoiceField:
    return forms.ModelMultipleChoiceField(
        label=label,
        queryset=queryset,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class IssueForm(forms.Form):
    """An issue's name, slug, keywords (one a line), description and place in the matrix."""

    name = forms.CharField(label="Name", max_length=300)
    slug = forms.SlugField(
        label="Slug",
        max_length=100,
        required=False,
        help_text="Used in links and filters; left empty, it is made from the name.",
    )
    keywords = forms.CharField(
        label="Keywords",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="One a line: the words that make the extractor suggest this issue.",
    )
    description = forms.CharField(label="Description", required=False, widget=forms.Textarea(_TEXT))
    order = forms.IntegerField(
        label="Place in the matrix", min_value=0, max_value=32767, required=False
    )
    version = _version_field()

    def clean_keywords(self) -> list[str]:
        return self.cleaned_data["keywords"].splitlines()


def issue_initial(issue: Issue) -> dict:
    """The issue's stored values as the form shows them."""
    return {
        "name": issue.name,
        "slug": issue.slug,
        "keywords": "\n".join(str(word) for word in issue.keywords),
        "description": issue.description,
        "order": issue.order,
        "version": issue.version,
    }


class IssueMergeForm(forms.Form):
    """Another issue of the same negotiation to fold into this one, and why."""

    reason = forms.CharField(
        label="Why they are one issue", max_length=500, help_text="Recorded in the history."
    )

    def __init__(self, *args, candidates: list[Issue], **kwargs):
        super().__init__(*args, **kwargs)
        self.candidates = candidates
        self.fields["absorb"] = forms.ModelChoiceField(
            label="Issue to fold into this one",
            queryset=Issue.objects.filter(pk__in=[issue.pk for issue in candidates]),
            empty_label="Choose an issue…",
            help_text="Its quotes, demands, pinned positions and keywords move here; it is deleted.",
        )
        self.order_fields(["absorb", "reason"])


class EventForm(forms.Form):
    """A meeting or milestone: what, when, where, who took part."""

    title = forms.CharField(label="Title", max_length=300)
    happened_on = date_field("Starts", required=True)
    ends_on = date_field("Ends")
    place = forms.CharField(label="Place", max_length=200, required=False)
    url = forms.URLField(label="Link", max_length=2000, required=False, assume_scheme="https")
    description = forms.CharField(label="Description", required=False, widget=forms.Textarea(_TEXT))
    version = _version_field()

    def __init__(self, *args, parties: list[Party], **kwargs):
        super().__init__(*args, **kwargs)
        queryset = Party.objects.filter(pk__in=[party.pk for party in parties])
        self.fields["parties"] = _parties_field("Parties taking part", queryset)
        self.order_fields(["title", "happened_on", "ends_on", "place", "parties"])

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("happened_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", "An event cannot end before it starts.")
        return cleaned


class NegotiationForm(forms.Form):
    """A negotiation's name, slug, description, period and parties; when editing, the
    order of its issues too (one field per issue, `issue-<id>`)."""

    name = forms.CharField(label="Name", max_length=300)
    slug = forms.SlugField(
        label="Slug",
        max_length=100,
        required=False,
        help_text="Used in every link to it; left empty, it is made from the name.",
    )
    description = forms.CharField(label="Description", required=False, widget=forms.Textarea(_TEXT))
    starts_on = date_field("Talks start")
    ends_on = date_field("Talks end")
    parties = _parties_field("Parties", Party.objects.all())
    version = _version_field()

    def __init__(self, *args, issues: list[Issue] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parties"].help_text = "A party added takes the matrix's last column."
        self._issues = list(issues)
        for issue in self._issues:
            self.fields[f"issue-{issue.pk}"] = forms.IntegerField(
                label=f"Place of “{issue.name}”",
                min_value=0,
                max_value=32767,
                initial=issue.order,
            )

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", "The talks cannot end before they start.")
        return cleaned

    def service_values(self) -> dict:
        """The cleaned values as the services take them: issue places gathered by id."""
        values = {
            name: value
            for name, value in self.cleaned_data.items()
            if not name.startswith("issue-")
        }
        if self._issues:
            values["issue_order"] = {
                issue.pk: self.cleaned_data[f"issue-{issue.pk}"] for issue in self._issues
            }
        return values
