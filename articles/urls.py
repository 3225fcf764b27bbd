from django.urls import path

from articles import views

urlpatterns = [
    path("", views.article_list, name="article_list"),
    path("new/", views.article_new, name="article_new"),
    path("uploads/", views.article_uploads, name="article_uploads"),
    path("<int:pk>/", views.article_detail, name="article_detail"),
    path("<int:pk>/raw/", views.article_raw, name="article_raw"),
    path("<int:pk>/reparse/", views.article_reparse, name="article_reparse"),
    path("<int:pk>/withdraw/", views.article_withdraw_view, name="article_withdraw"),
    path("<int:pk>/restore/", views.article_restore_view, name="article_restore"),
]
