import pytest
from django.contrib.auth.models import Group

from config.roles import sync_roles


def _codenames(group_name: str) -> set[str]:
    group = Group.objects.get(name=group_name)
    return set(group.permissions.values_list("codename", flat=True))


@pytest.mark.django_db
def test_roles_exist_after_migrate():
    assert sorted(Group.objects.values_list("name", flat=True)) == ["admin", "analyst", "editor"]


@pytest.mark.django_db
def test_analyst_reads_everything_and_changes_only_own_preferences():
    codenames = _codenames("analyst")

    assert {"view_article", "view_quote", "view_demand", "view_event"} <= codenames
    assert {c for c in codenames if not c.startswith("view_")} == {
        "add_userpreference",
        "change_userpreference",
        "delete_userpreference",
    }


@pytest.mark.django_db
def test_editor_changes_articles_quotes_and_demands_but_not_users():
    codenames = _codenames("editor")

    assert {
        "add_article",
        "change_quote",
        "add_demand",
        "change_response",
        "add_event",
    } <= codenames
    assert "add_user" not in codenames


@pytest.mark.django_db
def test_admin_also_manages_users_and_groups():
    assert {"add_user", "change_group", "change_quote"} <= _codenames("admin")


@pytest.mark.django_db
def test_sync_roles_restores_a_removed_permission():
    Group.objects.get(name="editor").permissions.clear()

    sync_roles()

    assert "change_quote" in _codenames("editor")
