from django.contrib import admin

from timeline.models import Event


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "happened_on", "place", "negotiation"]
    list_filter = ["negotiation", "parties"]
    search_fields = ["title", "place", "description"]
    date_hierarchy = "happened_on"
    list_select_related = ["negotiation"]
    filter_horizontal = ["parties"]
