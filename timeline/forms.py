import re
from functools import cached_property
from urllib.parse import urlencode

from django import forms
from django.utils.html import format_html_join

from articles.models import Source
from config.dates import validate_sane_date
from positions.models import Actor, Issue, Negotiation, Party, QuoteKind, Stance
from timeline.queries.stream import NEWEST, OLDEST, Cursor

_SLUG = re.compile(r"[-a-zA-Z0-9_]{1,200}")
# More values than anyone ticks by hand; it bounds the size of each query.
_MAX_VALUES = 20

TYPE_CHOICES = [
    ("quote", "Quotes"),
    ("event", "Events"),
    ("demand", "Demands and offers"),
    ("response", "Responses"),
]
ORDER_CHOICES = [(NEWEST, "Newest first"), (OLDEST, "Oldest first")]


class _LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Several values; unknown ones are dropped rather than failing the whole filter."""

    widget = forms.CheckboxSelectMultiple

    def clean(self, value):
        values = self.to_python(value)[:_MAX_VALUES]
        return list(dict.fromkeys(v for v in values if self.valid_value(v)))


class _SlugListField(forms.Field):
    """Several slugs; malformed ones are dropped, and the form looks up the rest."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        values = value if isinstance(value, list | tuple) else [value] if value else []
        slugs = (str(v).strip() for v in values)
        return list(dict.fromkeys(s for s in slugs if _SLUG.fullmatch(s)))[:_MAX_VALUES]

    def validate(self, value):
        pass  # every value left after to_python is acceptable


class TimelineFilterForm(forms.Form):
    """The timeline's filters, read from the query string.

    A bad value never fails the page: it is dropped, and the rest still apply. Slugs are
    turned into objects with one query per filter that has any.
    """

    q = forms.CharField(required=False, max_length=200, label="Search quotes")
    party = _SlugListField(required=False)
    issue = _SlugListField(required=False)
    actor = _SlugListField(required=False)
    source = _SlugListField(required=False)
    stance = _LenientMultipleChoiceField(required=False, choices=Stance.choices)
    kind = _LenientMultipleChoiceField(required=False, choices=QuoteKind.choices)
    type = _LenientMultipleChoiceField(required=False, choices=TYPE_CHOICES)
    order = forms.ChoiceField(required=False, choices=ORDER_CHOICES)
    after = forms.CharField(required=False, max_length=100)

    def __init__(self, data=None, *, negotiation: Negotiation | None = None):
        super().__init__(data)
        self.negotiation = negotiation
        # "from" is a Python keyword, so these two cannot be declared as attributes.
        for name, label in (("from", "From"), ("to", "To")):
            self.fields[name] = forms.DateField(
                required=False, label=label, validators=[validate_sane_date]
            )

    def clean(self):
        data = super().clean()
        data["party"] = self._lookup(Party.objects.all(), data.get("party"))
        data["issue"] = self._lookup(
            Issue.objects.filter(negotiation=self.negotiation), data.get("issue")
        )
        data["actor"] = self._lookup(Actor.objects.all(), data.get("actor"))
        data["source"] = self._lookup(Source.objects.all(), data.get("source"))
        return data

    @staticmethod
    def _lookup(objects, slugs) -> list:
        return list(objects.filter(slug__in=slugs).order_by("name")) if slugs else []

    @cached_property
    def valid(self) -> dict:
        """The values that passed: a field with a bad value counts as not given."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def filters(self) -> dict:
        """Keyword arguments for `timeline_page` and `party_match_counts`."""
        valid = self.valid
        return {
            "parties": valid.get("party", []),
            "issues": valid.get("issue", []),
            "actors": valid.get("actor", []),
            "sources": valid.get("source", []),
            "stances": valid.get("stance", []),
            "kinds": valid.get("kind", []),
            "types": valid.get("type", []),
            "date_from": valid.get("from"),
            "date_to": valid.get("to"),
            "text": valid.get("q", ""),
            "order": valid.get("order", NEWEST),
        }

    def cursor(self) -> Cursor | None:
        return Cursor.parse(self.valid.get("after"))

    def selected(self, name: str) -> list[str]:
        """The values of a filter as they go in the URL (slugs for objects)."""
        value = self.valid.get(name, [])
        values = value if isinstance(value, list) else [value]
        return [getattr(v, "slug", None) or str(v) for v in values]

    def query_string(self, *, after: str | None = None, without: tuple = ()) -> str:
        """The filters as a query string, optionally without one value or with a cursor."""
        pairs = [("negotiation", self.negotiation.slug)] if self.negotiation else []
        for name in ("q", "party", "issue", "actor", "source", "stance", "kind", "type"):
            pairs += [(name, v) for v in self.selected(name) if (name, v) not in without]
        for name in ("from", "to"):
            pairs += [(name, v) for v in self.selected(name) if (name, v) not in without]
        if self.valid.get("order", NEWEST) != NEWEST and ("order", OLDEST) not in without:
            pairs.append(("order", OLDEST))
        if after:
            pairs.append(("after", after))
        return urlencode(pairs)

    def active_filters(self) -> list[dict]:
        """Each value in force, with a query string that drops just that one."""
        labels = {
            "q": "Text",
            "party": "Party",
            "issue": "Issue",
            "actor": "Speaker",
            "source": "Outlet",
            "stance": "Stance",
            "kind": "Kind",
            "type": "Type",
            "from": "From",
            "to": "To",
        }
        names = dict(Stance.choices) | dict(QuoteKind.choices) | dict(TYPE_CHOICES)
        active = []
        for name, label in labels.items():
            value = self.valid.get(name, [])
            for item in value if isinstance(value, list) else [value]:
                slug = getattr(item, "slug", None) or str(item)
                shown = str(item) if hasattr(item, "slug") else names.get(slug, slug)
                remove = self.query_string(without=((name, slug),))
                active.append({"label": label, "value": shown, "remove": remove})
        return active

    @cached_property
    def party_options(self) -> list[Party]:
        """The negotiation's parties, in their matrix order."""
        if self.negotiation is None:
            return []
        return list(
            Party.objects.filter(negotiationparty__negotiation=self.negotiation)
            .order_by("negotiationparty__order", "name")
            .only("name", "slug")
        )

    def issue_option_tags(self):
        """The issues as <option>s, built here: a negotiation may have hundreds."""
        chosen = {issue.pk for issue in self.valid.get("issue", [])}
        return format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (issue.slug, " selected" if issue.pk in chosen else "", issue.name)
                for issue in self.issue_options
            ),
        )

    @cached_property
    def issue_options(self) -> list[Issue]:
        if self.negotiation is None:
            return []
        return list(Issue.objects.filter(negotiation=self.negotiation).only("name", "slug"))


class SearchForm(forms.Form):
    """The search page's words and page number; a bad page number counts as the first."""

    q = forms.CharField(required=False, max_length=200, label="Search")
    page = forms.IntegerField(required=False, min_value=1, max_value=1000)

    def words(self) -> str:
        self.is_valid()
        return self.cleaned_data.get("q", "")

    def page_number(self) -> int:
        self.is_valid()
        return self.cleaned_data.get("page") or 1
