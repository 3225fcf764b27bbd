"""Editors may change what the editing services change; analysts only read, history too."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

EDITED = ["quote", "demand", "response", "actor", "office", "issue", "position"]


def _member(group: str):
    user = UserFactory(username=group)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.mark.parametrize("model", EDITED)
def test_editors_change_what_the_services_write_and_analysts_do_not(model):
    editor, analyst = _member("editor"), _member("analyst")

    assert editor.has_perm(f"positions.change_{model}")
    assert not analyst.has_perm(f"positions.change_{model}")
    assert analyst.has_perm(f"positions.view_historical{model}")


def test_editors_withdraw_articles_and_analysts_do_not():
    assert _member("editor").has_perm("articles.change_article")
    assert not _member("analyst").has_perm("articles.change_article")


@pytest.mark.parametrize("group", ["editor", "admin"])
def test_nobody_writes_history_by_hand(group):
    member = _member(group)

    assert member.has_perm("positions.view_historicalquote")
    assert not member.has_perm("positions.change_historicalquote")
    assert not member.has_perm("articles.delete_historicalarticle")
