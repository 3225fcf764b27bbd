from django.urls import path

from timeline import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("timeline/", views.timeline, name="timeline"),
    path("quotes/<int:quote_id>/", views.quote_detail, name="quote_detail"),
    path("timeline/counts/", views.party_counts, name="timeline_counts"),
    path(
        "timeline/quotes/<int:quote_id>/context/",
        views.quote_context,
        name="timeline_quote_context",
    ),
]
