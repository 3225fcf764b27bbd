from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from config.views import healthz

urlpatterns = [
    path("", include("timeline.urls")),
    path("articles/", include("articles.urls")),
    path("registry/outlets/", include("articles.outlet_urls")),
    path("", include("positions.urls")),
    path("healthz", healthz, name="healthz"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "accounts/password/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
    path("settings/", include("api.token_urls")),
]

admin.site.site_header = "Parley administration"
admin.site.site_title = "Parley"
