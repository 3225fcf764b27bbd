"""The outlets' part of the editors' registry, mounted at /registry/outlets/."""

from django.urls import path

from articles import views

urlpatterns = [
    path("", views.outlet_list, name="outlet_list"),
    path("new/", views.outlet_new, name="outlet_new"),
    path("<int:source_id>/", views.outlet_change, name="outlet_change"),
]
