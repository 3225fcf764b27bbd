"""Forms of the registry's actors and parties, and the speaker picker every form shares."""

from django import forms
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe

from config.dates import validate_sane_date
from positions.models import Actor, ActorKind, Party
from positions.names import split_aliases
from positions.queries.actors import actor_named


class _DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


class ActorPicker(forms.Widget):
    """A text box that suggests actors as the editor types (static/js/picker.js), with the
    picked actor's id in a hidden input beside it. Without the script, the typed name is
    looked up when the form is sent."""

    template_name = "components/_actor_picker.html"

    def __init__(self, *, offer_create: bool = False, count_text: str = "", attrs=None):
        super().__init__(attrs)
        self.offer_create = offer_create
        self.count_text = count_text

    def value_from_datadict(self, data, files, name):
        return (data.get(name) or "", data.get(f"{name}_name"))

    def value_omitted_from_data(self, data, files, name):
        return name not in data and f"{name}_name" not in data

    def format_value(self, value):
        """(id, name) to show: from an actor, or from what the editor sent."""
        if isinstance(value, Actor):
            return (str(value.pk), value.name)
        if isinstance(value, tuple):
            return (value[0], value[1] or "")
        return ("", "")

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        picked, typed = self.format_value(value)
        context["widget"].update(
            {
                "picked": picked,
                "typed": typed,
                "suggest_url": reverse("actor_pick"),
                "new_url": reverse("actor_new"),
                "offer_create": self.offer_create,
                "count_text": self.count_text,
            }
        )
        return context

    def render(self, name, value, attrs=None, renderer=None):
        # From the project's templates, beside the other components: the form renderer
        # reads only Django's own widget templates.
        context = self.get_context(name, value, self.build_attrs(self.attrs, attrs))
        return mark_safe(render_to_string(self.template_name, context))

    def id_for_label(self, id_):
        return f"{id_}_name" if id_ else id_


class ActorPickField(forms.ModelChoiceField):
    """An actor chosen with the picker: the picked id if its name is still what the box
    says, else the one actor with exactly the typed name or alias; an empty box means
    nobody (an unknown speaker, where the field is optional)."""

    widget = ActorPicker

    def __init__(self, *, offer_create: bool = False, count_text: str = "", **kwargs):
        kwargs.setdefault("queryset", Actor.objects.only("name"))
        widget = ActorPicker(offer_create=offer_create, count_text=count_text)
        super().__init__(widget=widget, **kwargs)

    def prepare_value(self, value):
        return value

    def to_python(self, value):
        picked, typed = value if isinstance(value, tuple) else (value, None)
        if typed is not None and not typed.strip():
            return None
        actor = self._picked(picked)
        if typed is None or (actor is not None and actor.name == " ".join(typed.split())):
            return actor
        actor = actor_named(typed)
        if actor is None:
            raise ValidationError(
                f"No actor is called “{typed.strip()}”: pick one from the suggestions, "
                "or add them to the registry first.",
                code="invalid_choice",
            )
        return actor

    def _picked(self, picked) -> Actor | None:
        if not str(picked or "").isdigit():
            return None
        return self.queryset.filter(pk=picked).first()

    def has_changed(self, initial, data):
        initial_pk = initial.pk if isinstance(initial, Actor) else initial
        try:
            chosen = self.to_python(data)
        except ValidationError:
            return True
        return (chosen.pk if chosen else None) != initial_pk


class _AliasesField(forms.CharField):
    """Aliases typed one per line or separated by commas."""

    widget = forms.Textarea(attrs={"rows": 3})

    def __init__(self, **kwargs):
        super().__init__(
            required=False,
            label="Other names",
            help_text="One per line, or separated by commas: “Stoltenberg”, “NATO chief”, …",
            **kwargs,
        )

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        return split_aliases(super().to_python(value))


def _office_fields(parties: list[Party] | None = None) -> dict:
    fields = {
        "office_title": forms.CharField(
            required=False,
            max_length=300,
            label="Office",
            widget=forms.TextInput(attrs={"placeholder": "Foreign Minister, …"}),
        ),
        "party": forms.ModelChoiceField(
            queryset=Party.objects.only("name"),
            required=False,
            label="Speaks for",
            empty_label="No party",
        ),
        "starts_on": forms.DateField(
            required=False, label="From", widget=_DateInput(), validators=[validate_sane_date]
        ),
        "ends_on": forms.DateField(
            required=False, label="Until", widget=_DateInput(), validators=[validate_sane_date]
        ),
    }
    if parties is not None:
        # Choices read once for a page of office forms, not once per form drawn.
        fields["party"].choices = [("", "No party"), *((p.pk, p.name) for p in parties)]
    return fields


class ActorCreateForm(forms.Form):
    """A new speaker, with their first office if known."""

    name = forms.CharField(max_length=200, label="Name")
    kind = forms.ChoiceField(choices=ActorKind.choices, label="Kind")
    aliases = _AliasesField()

    def __init__(self, *args, parties: list[Party] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(_office_fields(parties))


class ActorEditForm(forms.Form):
    """Corrections of an actor at the version the editor loaded."""

    name = forms.CharField(max_length=200, label="Name")
    kind = forms.ChoiceField(choices=ActorKind.choices, label="Kind")
    aliases = _AliasesField()
    description = forms.CharField(
        required=False, label="Notes", widget=forms.Textarea(attrs={"rows": 2})
    )
    reason = forms.CharField(required=False, max_length=500, label="Why (for the history)")
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)

    @classmethod
    def of(cls, actor: Actor) -> "ActorEditForm":
        fields = ("name", "kind", "aliases", "description", "version")
        return cls(initial={field: getattr(actor, field) for field in fields})


class OfficeForm(forms.Form):
    """An office an actor held: its title, the party, and when."""

    def __init__(self, *args, office=None, parties=None, **kwargs):
        prefix = f"office-{office.pk}" if office is not None else "office-new"
        super().__init__(*args, prefix=prefix, **kwargs)
        self.fields.update(_office_fields(parties))
        self.fields["office_title"].required = True
        self.office = office

    @classmethod
    def of(cls, office, parties=None) -> "OfficeForm":
        initial = {
            "office_title": office.title,
            "party": office.party_id,
            "starts_on": office.starts_on,
            "ends_on": office.ends_on,
        }
        return cls(office=office, parties=parties, initial=initial)

    def office_values(self) -> dict:
        data = self.cleaned_data
        return {
            "title": data["office_title"],
            "party": data["party"],
            "starts_on": data["starts_on"],
            "ends_on": data["ends_on"],
        }


class ActorMergeForm(forms.Form):
    """Another actor who is the same person, to merge into the one on the page."""

    absorb = ActorPickField(
        label="Actor to merge into this one",
        # What the picker says once one is picked ({n} and {name} filled in by the script).
        count_text="{name} picked: {n} quote(s) will move to this actor.",
    )
    reason = forms.CharField(max_length=500, label="Why they are one person")
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="merge", **kwargs)


class PartyEditForm(forms.Form):
    """A party's name, colour and other names."""

    name = forms.CharField(max_length=200, label="Name")
    colour = forms.RegexField(
        regex=r"^#[0-9a-fA-F]{6}$",
        label="Colour",
        error_messages={"invalid": "Give a colour as #rrggbb."},
        widget=forms.TextInput(attrs={"type": "color"}),
    )
    aliases = _AliasesField()
    reason = forms.CharField(required=False, max_length=500, label="Why (for the history)")

    @classmethod
    def of(cls, party: Party) -> "PartyEditForm":
        return cls(initial={"name": party.name, "colour": party.colour, "aliases": party.aliases})
