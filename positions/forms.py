from datetime import date

from django import forms
from django.db.models import Q

from articles.models import Article, Source
from config.dates import validate_sane_date
from positions.actor_forms import ActorPickField
from positions.models import POSITION_BEARING_STANCES, Demand, Issue, Party, Quote, Stance
from positions.queries.proposals import issues_of_article
from positions.queries.review import ReviewFilters


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


def _offer(field: forms.ChoiceField, anything: str, things: list) -> dict:
    """Offer named things (each with a slug) in a filter's select, after a blank choice;
    returns them by slug, so a submitted slug finds its thing."""
    field.choices = [("", anything)] + [(thing.slug, thing.name) for thing in things]
    return {thing.slug: thing for thing in things}


class DemandFilterForm(forms.Form):
    """Filters of the demands board; a value that names nothing is ignored."""

    party = forms.ChoiceField(required=False, label="Party")
    issue = forms.ChoiceField(required=False, label="Issue")
    status = forms.ChoiceField(
        required=False, label="Status", choices=[("", "Any status"), *Demand.Status.choices]
    )

    def __init__(self, data, *, parties: list[Party], issues: list[Issue]):
        super().__init__(data)
        self._parties = _offer(self.fields["party"], "Any party", parties)
        self._issues = _offer(self.fields["issue"], "Any issue", issues)

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


class ReviewFilterForm(forms.Form):
    """Filters of the review queue, held in the URL; a value that names nothing is ignored."""

    article = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    source = forms.ChoiceField(required=False, label="Outlet")
    party = forms.ChoiceField(required=False, label="Party")
    stance = forms.ChoiceField(
        required=False, label="Stance", choices=[("", "Any stance"), *Stance.choices]
    )

    def __init__(self, data, *, parties: list[Party], sources: list[Source]):
        super().__init__(data)
        self._sources = _offer(self.fields["source"], "Any outlet", sources)
        self._parties = _offer(self.fields["party"], "Any party", parties)

    def filters(self) -> ReviewFilters:
        """The filters that name something; the article is looked up (one query) only when
        one is asked for."""
        self.is_valid()
        data = self.cleaned_data
        article_id = data.get("article")
        article = (
            Article.objects.only("title", "url").filter(pk=article_id).first()
            if article_id
            else None
        )
        return ReviewFilters(
            article=article,
            source=self._sources.get(data.get("source") or ""),
            party=self._parties.get(data.get("party") or ""),
            stance=data.get("stance") or "",
        )


class ReviewDecisionForm(forms.Form):
    """An editor's verdict on one suggested quote, at the version they saw."""

    decision = forms.ChoiceField(choices=[("accept", "Accept"), ("reject", "Reject")])
    version = forms.IntegerField(min_value=1)


class QuoteEditForm(forms.Form):
    """An editor's correction of a quote: speaker, issues, stance, kind, date said and span,
    at the version they loaded. The issues offered are those of the article's negotiations."""

    # Typed and picked from suggestions: a select of every actor would not scale.
    actor = ActorPickField(required=False, label="Speaker", offer_create=True)
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
            "actor": quote.actor,
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


class QuoteTagForm(QuoteEditForm):
    """A quote an editor tags by selecting its words in the reader: the editor's fields,
    filled in with what the engine proposes. Blank space at either end of the selection
    is left out of the span."""

    version = None  # a new quote has no version yet

    def __init__(self, *args, article: Article, **kwargs):
        forms.Form.__init__(self, *args, prefix="quote-new", **kwargs)
        self.article = article
        self.fields["issues"].queryset = issues_of_article(article)

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start is not None and end is not None:
            cleaned["start"], cleaned["end"] = trimmed_span(self.article.body, start, end)
        return cleaned


class SpanForm(forms.Form):
    """The characters an editor selected in the reader (`?start=&end=`)."""

    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=0)

    def span(self, body: str) -> tuple[int, int]:
        return trimmed_span(body, self.cleaned_data["start"], self.cleaned_data["end"])


def trimmed_span(body: str, start: int, end: int) -> tuple[int, int]:
    """The span without the blank space a selection often takes in at either end (a span
    of nothing else, or outside the text, is left for the service to refuse)."""
    if not 0 <= start < end <= len(body) or not body[start:end].strip():
        return start, end
    while body[start].isspace():
        start += 1
    while body[end - 1].isspace():
        end -= 1
    return start, end
