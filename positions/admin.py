from django.contrib import admin

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


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
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
    autocomplete_fields = ["article", "actor", "party"]
    readonly_fields = ["reviewed_by", "reviewed_at", "version", "created_at", "updated_at"]
    inlines = [QuoteIssueInline]


class ResponseInline(admin.StackedInline):
    model = Response
    extra = 0
    autocomplete_fields = ["party", "evidence"]


@admin.register(Demand)
class DemandAdmin(admin.ModelAdmin):
    list_display = ["summary", "kind", "party", "addressee", "issue", "status", "first_raised_on"]
    list_filter = ["negotiation", "kind", "status", "party", "issue"]
    search_fields = ["summary", "description"]
    list_select_related = ["party", "addressee", "issue"]
    autocomplete_fields = ["party", "addressee", "issue", "evidence"]
    inlines = [ResponseInline]


@admin.register(Response)
class ResponseAdmin(admin.ModelAdmin):
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
