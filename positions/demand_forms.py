"""Editors' forms for demands, responses and the quotes cited as their evidence.

Each edit form carries the version the editor loaded, for the services to refuse a stale one.
"""

import re
from datetime import date

from django import forms
from django.core.exceptions import ValidationError

from config.dates import validate_sane_date
from positions.models import (
    Demand,
    DemandKind,
    DemandStatus,
    Issue,
    Party,
    Quote,
    Response,
    ResponseKind,
    Stance,
)
from positions.queries.evidence import answerable_demands, evidence_targets, quote_negotiations

SUMMARY_LENGTH = 300
# The answer a quote's stance most likely gives when it is cited for a response: a warning
# threatens unless a condition is met, a concession gives in. Demands and assessments say
# too little of the answer to guess it.
RESPONSE_KIND_OF_STANCE = {
    Stance.REJECT: ResponseKind.REJECT,
    Stance.ACCEPT: ResponseKind.ACCEPT,
    Stance.CONCEDE: ResponseKind.ACCEPT,
    Stance.OFFER: ResponseKind.COUNTER_OFFER,
    Stance.WARN: ResponseKind.CONDITIONAL,
}
# A sentence ends at a full stop, question or exclamation mark followed by a space.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


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
    """A party's answer to a demand: to give one or correct it."""

    kind = forms.ChoiceField(label="Kind", choices=ResponseKind.choices)
    summary = forms.CharField(label="Summary", max_length=SUMMARY_LENGTH)
    responded_on = date_field("Responded on")
    version = forms.IntegerField(min_value=1, required=False, widget=forms.HiddenInput)

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
        groups = [
            ("Demands", [(f"demand-{d.pk}", f"{d.party.name}: {d.summary}") for d in demands]),
            (
                "Responses",
                [
                    (f"response-{r.pk}", f"{r.party.name} to {r.demand.party.name}: {r.summary}")
                    for r in responses
                ],
            ),
        ]
        self.fields["target"].choices = [(name, items) for name, items in groups if items]

    @property
    def offers_any(self) -> bool:
        return bool(self._items)

    def clean_target(self) -> Demand | Response:
        item = self._items.get(self.cleaned_data["target"])
        if item is None:
            raise ValidationError("Choose a demand or response of this quote's negotiation.")
        return item


def versioned(form: forms.Form) -> forms.Form:
    """The form as an edit needs it: the version it was loaded at is required."""
    form.fields["version"].required = True
    return form


def summary_from(text: str) -> str:
    """A quote's words as a first summary: their first sentence, cut at a word if even
    that is too long for a summary. Words quoted up to a comma lose it: a summary ends there."""
    words = _SENTENCE_END.split(" ".join(text.split()), maxsplit=1)[0].rstrip(",;: ")
    if len(words) <= SUMMARY_LENGTH:
        return words
    return words[: SUMMARY_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def shown_as_in_history(form: forms.Form, name: str) -> str:
    """The editor's value of a field, written as an item's history writes values, to sit
    beside another editor's; "" for a field the form does not set."""
    if name not in form.fields or name == "version":
        return ""
    field, value = form.fields[name], form.cleaned_data.get(name)
    if value is None or value == "":
        return "—"
    if isinstance(value, date):
        return f"{value:%d %b %Y}"
    if isinstance(field, forms.ModelChoiceField):
        return str(value)
    if isinstance(field, forms.ChoiceField):
        return str(dict(_flat(field.choices)).get(value, value))
    return str(value)


def _flat(choices) -> list[tuple]:
    flat = []
    for value, label in choices:
        flat += _flat(label) if isinstance(label, (list, tuple)) else [(value, label)]
    return flat


def demand_initial(quote: Quote, issue: Issue | None, parties: list[Party]) -> dict:
    """A new demand's fields guessed from the quote it starts from: its party, the party it
    names (or the only other one), its first issue, its date, its first sentence, and an
    offer if the quote offers."""
    return {
        "party": quote.party_id,
        "addressee": _addressee_of(quote, parties),
        "issue": issue.pk if issue else None,
        "kind": DemandKind.OFFER if quote.stance == Stance.OFFER else DemandKind.DEMAND,
        "first_raised_on": quote.said_on,
        "summary": summary_from(quote.text),
    }


def response_initial(quote: Quote | None) -> dict:
    """A new response's fields guessed from the quote that answers: its party, date, first
    sentence, and the kind of answer its stance gives."""
    if quote is None:
        return {}
    return {
        "party": quote.party_id,
        "kind": RESPONSE_KIND_OF_STANCE.get(quote.stance, ""),
        "responded_on": quote.said_on,
        "summary": summary_from(quote.text),
    }


def _addressee_of(quote: Quote, parties: list[Party]) -> int | None:
    others = [party for party in parties if party.pk != quote.party_id]
    named = [party for party in others if _names(quote.text, party)]
    candidates = named or others
    return candidates[0].pk if len(candidates) == 1 else None


def _names(text: str, party: Party) -> bool:
    names = [party.name, *party.aliases]
    return any(re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE) for name in names if name)


class AnswerForm(forms.Form):
    """The demand a quote answers, for a new response started from the quote."""

    demand = forms.TypedChoiceField(label="Demand it answers", coerce=int)

    def __init__(self, *args, demands: list[Demand], **kwargs):
        super().__init__(*args, **kwargs)
        self._demands = {demand.pk: demand for demand in demands}
        by_issue: dict[str, list[tuple[int, str]]] = {}
        for demand in demands:
            label = f"{demand.party.name}: {demand.summary}"
            by_issue.setdefault(demand.issue.name, []).append((demand.pk, label))
        self.fields["demand"].choices = list(by_issue.items())

    @property
    def offers_any(self) -> bool:
        return bool(self._demands)

    def clean_demand(self) -> Demand:
        return self._demands[self.cleaned_data["demand"]]


def evidence_panel(quote: Quote) -> dict:
    """The quote page's "Evidence for…" panel: a form citing the quote for a demand or
    response of its talks, another answering one of their demands with a new response,
    and whether a new demand can start from it (it must belong to some talks); four queries."""
    demands, responses = evidence_targets(quote)
    return {
        "evidence_form": EvidenceLinkForm(demands=demands, responses=responses),
        "answer_form": AnswerForm(demands=answerable_demands(quote)),
        "in_talks": bool(quote_negotiations(quote)),
    }
