from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError

from positions.editing import (
    UNCHANGED,
    quote_create,
    quote_edit,
    quotes_follow_speaker,
    span_of,
)
from positions.models import (
    Actor,
    Demand,
    Event,
    Issue,
    Negotiation,
    NegotiationParty,
    Office,
    Party,
    Position,
    Quote,
    QuoteIssue,
    Response,
    UserPreference,
)


class NegotiationPartyInline(admin.TabularInline):
    model = NegotiationParty
    extra = 1


class IssueInline(admin.TabularInline):
    model = Issue
    extra = 0
    fields = ["order", "name", "slug", "keywords"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Negotiation)
class NegotiationAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "starts_on", "ends_on"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [NegotiationPartyInline, IssueInline]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "happened_on", "place", "negotiation"]
    list_filter = ["negotiation", "parties"]
    search_fields = ["title", "place", "description"]
    date_hierarchy = "happened_on"
    list_select_related = ["negotiation"]
    filter_horizontal = ["parties"]


@admin.register(Party)
class PartyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "colour"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


class OfficeInline(admin.TabularInline):
    model = Office
    extra = 1
    autocomplete_fields = ["party"]


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "confirmed"]
    list_filter = ["kind", "confirmed", "offices__party"]
    search_fields = ["name", "aliases", "offices__title"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [OfficeInline]

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        # An office or kind changed here moves the party the actor's quotes carry.
        quotes_follow_speaker(actor=form.instance)


@admin.register(Issue)
class IssueAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "negotiation", "order"]
    list_filter = ["negotiation"]
    search_fields = ["name", "slug", "keywords"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["negotiation"]


class QuoteIssueInline(admin.TabularInline):
    model = QuoteIssue
    extra = 0
    fields = ["issue"]
    autocomplete_fields = ["issue"]


# What the admin may change on a quote: the rest follows from these (its words from the span,
# its party from the speaker's office on the day, its reviewer from the review state).
QUOTE_EDITABLE = ["start", "end", "kind", "actor", "stance", "said_on", "review_state"]


class QuoteAdminForm(forms.ModelForm):
    """Carries the version the admin loaded, so a save over someone else's change is refused."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Quote
        fields = ["article", *QUOTE_EDITABLE]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["loaded_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        # The instance was read for this request: its version is the stored one.
        loaded = cleaned.get("loaded_version")
        if self.instance.pk is not None and loaded != self.instance.version:
            raise ValidationError(
                "Someone changed this quote after you opened it: nothing was saved. "
                "Reload the page to see their change, then make yours again."
            )
        article = cleaned.get("article") or getattr(self.instance, "article", None)
        if article is not None and None not in (cleaned.get("start"), cleaned.get("end")):
            span_of(article.body, cleaned["start"], cleaned["end"])
        return cleaned


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    form = QuoteAdminForm
    list_display = [
        "__str__",
        "kind",
        "party",
        "stance",
        "said_on",
        "review_state",
        "origin",
        "confidence",
    ]
    list_filter = ["review_state", "origin", "kind", "stance", "party", "anchor_lost"]
    search_fields = ["text", "speaker_name", "speaker_as_written", "actor__name"]
    date_hierarchy = "said_on"
    list_select_related = ["party", "actor"]
    autocomplete_fields = ["article", "actor"]
    fields = ["article", *QUOTE_EDITABLE, "loaded_version"]
    readonly_fields = [
        "text",
        "party",
        "speaker_as_written",
        "speaker_name",
        "confidence",
        "origin",
        "statement",
        "corroboration_group",
        "anchor_lost",
        "reviewed_by",
        "reviewed_at",
        "version",
        "created_at",
        "updated_at",
    ]
    inlines = [QuoteIssueInline]

    def get_fields(self, request, obj=None):
        return [*self.fields, *self.readonly_fields]

    def get_readonly_fields(self, request, obj=None):
        # An existing quote stays in its article: its span points into that text.
        return [*self.readonly_fields, "article"] if obj is not None else self.readonly_fields

    def save_model(self, request, obj, form, change) -> None:
        """Nothing yet: `save_related` saves the quote and its issues in one `quote_edit`,
        so the copies follow, the version bumps once and history holds one change."""

    def save_related(self, request, form, formsets, change) -> None:
        issues = _chosen_issues(formsets)
        values = {name: form.cleaned_data[name] for name in QUOTE_EDITABLE}
        if change:
            quote_edit(
                quote=form.instance,
                editor=request.user,
                version=form.cleaned_data["loaded_version"],
                issues=issues,
                **{name: value for name, value in values.items() if name in form.changed_data},
            )
        else:
            saved = quote_create(
                article=form.cleaned_data["article"],
                editor=request.user,
                issues=[] if issues is UNCHANGED else issues,
                **values,
            )
            _become(form.instance, saved)
        for formset in formsets:
            # The admin's change message reads what the formset saved; quote_edit saved it.
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []


def _chosen_issues(formsets):
    """The issues the inline rows name, or UNCHANGED if no row was touched."""
    for formset in formsets:
        if formset.model is QuoteIssue and formset.has_changed():
            return [
                row.cleaned_data["issue"]
                for row in formset.forms
                if row.cleaned_data.get("issue") and not row.cleaned_data.get("DELETE")
            ]
    return UNCHANGED


def _become(obj, saved) -> None:
    """Give the admin's unsaved instance the saved quote's values, for its log and message."""
    for field in type(saved)._meta.concrete_fields:
        setattr(obj, field.attname, getattr(saved, field.attname))
    obj._state.adding = False


class ResponseInline(admin.StackedInline):
    model = Response
    extra = 0
    autocomplete_fields = ["party", "evidence"]
    exclude = ["version"]


class VersionedAdmin(admin.ModelAdmin):
    """An admin's save is a change like any other: it moves the version on, so an editor
    who loaded the item before it is refused rather than silently undoing it."""

    exclude = ["version"]

    def save_model(self, request, obj, form, change) -> None:
        if change:
            obj.version += 1
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change) -> None:
        for row in formset.forms:
            if row.instance.pk is not None and row.has_changed():
                row.instance.version += 1
        super().save_formset(request, form, formset, change)


@admin.register(Demand)
class DemandAdmin(VersionedAdmin):
    list_display = ["summary", "kind", "party", "addressee", "issue", "status", "first_raised_on"]
    list_filter = ["negotiation", "kind", "status", "party", "issue"]
    search_fields = ["summary", "description"]
    list_select_related = ["party", "addressee", "issue"]
    autocomplete_fields = ["party", "addressee", "issue", "evidence"]
    inlines = [ResponseInline]


@admin.register(Response)
class ResponseAdmin(VersionedAdmin):
    list_display = ["summary", "kind", "party", "demand", "responded_on"]
    list_filter = ["kind", "party"]
    search_fields = ["summary", "demand__summary"]
    list_select_related = ["party", "demand", "demand__party"]
    autocomplete_fields = ["demand", "party", "evidence"]


@admin.register(Position)
class PositionAdmin(admin.ModelAdmin):
    list_display = ["party", "issue", "stance", "as_of", "summary", "pinned_by"]
    list_filter = ["negotiation", "party", "stance"]
    search_fields = ["summary", "issue__name", "party__name"]
    list_select_related = ["party", "issue", "pinned_by"]
    autocomplete_fields = ["party", "issue"]


@admin.register(UserPreference)
class UserPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "negotiation"]
    list_select_related = ["user", "negotiation"]
