"""The three roles and what each may do, kept in sync with the permissions after every migrate."""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

PARLEY_APPS = ("articles", "positions", "timeline")
# An analyst changes nothing shared, only their own preferences.
ANALYST_OWN_MODELS = ("userpreference",)


def _analyst_permissions():
    return Permission.objects.filter(content_type__app_label__in=PARLEY_APPS).filter(
        codename__startswith="view_"
    ) | Permission.objects.filter(
        content_type__app_label="positions", content_type__model__in=ANALYST_OWN_MODELS
    )


def _editor_permissions():
    # History is written by the services as a side effect of each change, never by hand.
    history_writes = Q(content_type__model__startswith="historical") & ~Q(
        codename__startswith="view_"
    )
    return Permission.objects.filter(content_type__app_label__in=PARLEY_APPS).exclude(
        history_writes
    )


def _admin_permissions():
    return _editor_permissions() | Permission.objects.filter(
        content_type__app_label__in=("auth", "admin", "sessions", "contenttypes")
    )


ROLES = {
    "analyst": _analyst_permissions,
    "editor": _editor_permissions,
    "admin": _admin_permissions,
}


def sync_roles(**kwargs) -> None:
    """Create the groups and give each exactly its permissions.

    Runs after each app's migrate; the permissions of apps migrated later do not
    exist yet then, so every run grants whatever exists so far.
    """
    for name, permissions in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(permissions())
