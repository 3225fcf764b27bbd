"""An administrator edits the negotiations an article bears on from the article's admin page."""

import pytest

from tests.factories import ArticleFactory, NegotiationFactory

pytestmark = [
    pytest.mark.django_db,
    # Django's admin form for a model URL field warns of its next version's default scheme.
    pytest.mark.filterwarnings("ignore:The default scheme will be changed"),
]


def _as_posted(form) -> dict:
    """What the browser sends back for an unchanged admin form."""
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None or value == "":
            continue
        data[name] = [str(v) for v in value] if isinstance(value, list | tuple) else value
    return data


def test_admin_shows_and_changes_the_negotiations_an_article_bears_on(client_admin):
    winter, spring = NegotiationFactory(name="Winter talks"), NegotiationFactory(name="Spring")
    article = ArticleFactory(title="No veto")
    article.negotiations.add(winter)
    url = f"/admin/articles/article/{article.pk}/change/"
    form = client_admin.get(url).context["adminform"].form

    response = client_admin.post(url, {**_as_posted(form), "negotiations": [str(spring.pk)]})

    assert form["negotiations"].value() == [winter.pk]
    assert response.status_code == 302
    assert list(article.negotiations.all()) == [spring]


def test_admin_lists_the_articles_of_one_negotiation(client_admin):
    winter = NegotiationFactory()
    bearing = ArticleFactory(title="Bears on the talks")
    ArticleFactory(title="Elsewhere")
    bearing.negotiations.add(winter)

    response = client_admin.get(f"/admin/articles/article/?negotiations__id__exact={winter.pk}")

    assert list(response.context["cl"].result_list) == [bearing]
