from django.urls import path

from positions.views import quotes
from positions.views import reading as views

urlpatterns = [
    path("parties.css", views.party_colours, name="party_colours"),
    path("matrix/", views.matrix, name="matrix"),
    path(
        "matrix/cell/<slug:issue_slug>/<slug:party_slug>/",
        views.matrix_cell,
        name="matrix_cell",
    ),
    path("parties/<slug:slug>/", views.party_detail, name="party_detail"),
    path("parties/<slug:slug>/people/", views.party_people, name="party_people"),
    path("demands/", views.demands, name="demands"),
    path("review/", views.review, name="review"),
    path("review/<int:quote_id>/", views.review_decide, name="review_decide"),
    path("quotes/<int:quote_id>/edit/", quotes.quote_edit_form, name="quote_edit"),
    path("demands/<int:demand_id>/", views.demand_detail, name="demand_detail"),
]
