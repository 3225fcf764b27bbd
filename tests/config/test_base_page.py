import pytest

from tests.factories import NegotiationFactory, PartyFactory


def test_base_page_has_navigation_switcher_user_and_logout(client_analyst):
    NegotiationFactory(name="Winter talks", slug="winter")
    NegotiationFactory(name="Spring talks", slug="spring")

    content = client_analyst.get("/").content.decode()

    assert 'aria-label="Main"' in content
    assert ">Dashboard</a>" in content and ">Articles</a>" in content
    assert '<option value="winter"' in content and '<option value="spring"' in content
    assert 'action="/accounts/logout/"' in content
    assert "analyst" in content


def test_pages_send_a_content_security_policy_without_inline_script(client_analyst):
    response = client_analyst.get("/")

    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_page_puts_the_csrf_token_in_htmx_headers(client_analyst):
    content = client_analyst.get("/").content.decode()

    assert 'hx-headers=\'{"x-csrftoken": "' in content


def test_choosing_a_negotiation_in_the_url_is_remembered_for_the_next_visit(client_analyst):
    NegotiationFactory(name="Winter talks", slug="winter")
    NegotiationFactory(name="Spring talks", slug="spring")
    client_analyst.get("/?negotiation=spring")
    client_analyst.cookies.clear()
    client_analyst.force_login(client_analyst.user)

    content = client_analyst.get("/").content.decode()

    assert "<h1>Spring talks</h1>" in content


@pytest.mark.django_db
def test_login_page_is_parleys_own(client):
    content = client.get("/accounts/login/").content.decode()

    assert "Sign in to Parley" in content and 'name="username"' in content


def test_party_colours_stylesheet_carries_each_party(client_analyst):
    PartyFactory(slug="nato", colour="#1d3f8f")

    response = client_analyst.get("/parties.css")

    assert response["Content-Type"] == "text/css; charset=utf-8"
    assert ".party-nato { --party-colour: #1d3f8f;" in response.content.decode()


def test_switcher_carries_the_pages_filters_but_not_its_cursor(client_analyst):
    NegotiationFactory(slug="winter")

    content = client_analyst.get(
        "/timeline/?negotiation=winter&party=nato&party=russia&after=2022-01-12.3.quote.9"
    ).content.decode()

    switcher = content.split('class="negotiation-switcher"')[1].split("</form>")[0]
    assert '<input type="hidden" name="party" value="nato" data-kept>' in switcher
    assert '<input type="hidden" name="party" value="russia" data-kept>' in switcher
    assert 'name="after"' not in switcher and 'type="hidden" name="negotiation"' not in switcher
