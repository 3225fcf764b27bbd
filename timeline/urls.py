from django.urls import path, register_converter

from timeline import export_views, views


class ExportFormat:
    """The file formats exports come in."""

    regex = "csv|json"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(ExportFormat, "export_format")

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("timeline/", views.timeline, name="timeline"),
    path("search/", views.search, name="search"),
    path(
        "timeline/export.<export_format:fmt>",
        export_views.timeline_export,
        name="timeline_export",
    ),
    path("timeline/events.json", export_views.events_export, name="events_export"),
    path("matrix/export.<export_format:fmt>", export_views.matrix_export, name="matrix_export"),
    path("demands/export.json", export_views.demands_export, name="demands_export"),
    path("quotes/<int:quote_id>/", views.quote_detail, name="quote_detail"),
    path("timeline/counts/", views.party_counts, name="timeline_counts"),
    path(
        "timeline/quotes/<int:quote_id>/context/",
        views.quote_context,
        name="timeline_quote_context",
    ),
]
