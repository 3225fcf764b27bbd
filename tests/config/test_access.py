"""Every page needs a login, and an analyst cannot change shared data.

The test walks every URL pattern, so a new page is covered the day it is added; a
pattern with an argument this file does not know fails loudly until it is taught one.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from api.services import token_create
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    DemandFactory,
    EventFactory,
    IssueFactory,
    NegotiationFactory,
    OfficeFactory,
    PartyFactory,
    QuoteFactory,
    ResponseFactory,
    UserFactory,
)

# Pages anyone may open.
PUBLIC = {"login", "healthz", "party_colours"}
# An analyst changes only their own things here.
ANALYST_MAY_POST = {"logout", "password_change", "login", "api_tokens", "api_token_revoke"}
# Actions that answer only POST: a look is refused (405), whoever asks.
POST_ONLY = {"api_token_revoke"}
# Under /api/ but no endpoint: what is not there answers 404, in JSON.
NOT_FOUND = {"api_not_found"}
# Pages and actions for editors only: an analyst is refused even a look.
EDITOR_ONLY = {
    "article_new",
    "article_reparse",
    "review_decide",
    "review_accuracy",
    "quote_edit",
    "quote_new",
    "demand_new",
    "demand_change",
    "demand_status",
    "response_new",
    "response_change",
    "quote_answer",
    "quote_evidence_link",
    "demand_evidence_unlink",
    "response_evidence_unlink",
    "quote_revert",
    "demand_revert",
    "issue_revert",
    "article_withdraw",
    "article_restore",
    # The editors' registry, every page of it.
    "registry",
    "issue_list",
    "issue_new",
    "issue_detail",
    "issue_merge",
    "event_list",
    "event_new",
    "event_change",
    "event_delete",
    "negotiation_list",
    "negotiation_new",
    "negotiation_change",
    "outlet_list",
    "outlet_new",
    "outlet_change",
    "response_revert",
    # The registry is the editors' workbench: analysts meet actors and parties on the
    # reading pages instead.
    "actor_list",
    "actor_pick",
    "actor_new",
    "actor_detail",
    "actor_merge",
    "actor_office_add",
    "actor_office_edit",
    "actor_office_remove",
    "actor_history",
    "actor_revert",
    "party_list",
    "party_edit",
}


def _patterns(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if getattr(entry, "app_name", None) == "admin":
                continue
            yield from _patterns(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield entry.name, prefix + str(entry.pattern)


def _sample_arguments() -> dict[str, str]:
    quote = QuoteFactory()
    party = PartyFactory(slug="nato", name="NATO")
    issue = IssueFactory(negotiation=NegotiationFactory(with_parties=[party]))
    demand = DemandFactory(negotiation=issue.negotiation, issue=issue)
    office = OfficeFactory(actor=ActorFactory(), party=party)
    return {
        "<slug:issue_slug>": issue.slug,
        "<slug:party_slug>": party.slug,
        "<int:pk>": str(quote.article.pk),
        "<int:article_id>": str(quote.article.pk),
        "<int:quote_id>": str(quote.pk),
        "<slug:slug>": party.slug,
        "<int:demand_id>": str(demand.pk),
        "<int:response_id>": str(ResponseFactory(demand=demand).pk),
        "<int:history_id>": str(demand.history.get().history_id),
        "<int:issue_id>": str(issue.pk),
        "<int:event_id>": str(EventFactory(negotiation=issue.negotiation).pk),
        "<slug:negotiation_slug>": issue.negotiation.slug,
        "<int:source_id>": str(quote.article.source.pk),
        "<export_format:fmt>": "csv",
        "<int:token_id>": str(token_create(user=UserFactory(), name="Script")[0].pk),
        "^(?P<rest>.*)$": "nowhere/",
        "<int:actor_id>": str(office.actor.pk),
        "<int:office_id>": str(office.pk),
    }


def _url(pattern: str, arguments: dict[str, str]) -> str:
    for placeholder, value in arguments.items():
        pattern = pattern.replace(placeholder, value)
    assert "<" not in pattern, f"teach test_access a sample value for {pattern}"
    return "/" + pattern.lstrip("^").rstrip("$")


@pytest.fixture
def urls(db):
    arguments = _sample_arguments()
    ArticleFactory()
    return [(name, _url(pattern, arguments)) for name, pattern in _patterns()]


def test_every_page_but_login_and_health_redirects_anonymous_visitors_to_login(client, urls):
    for name, url in urls:
        if name in PUBLIC:
            continue
        response = client.get(url)
        if url.startswith("/api/"):
            assert response.status_code == 401, url
        else:
            assert response.status_code == 302, url
            assert response["Location"].startswith("/accounts/login/"), url


def test_anonymous_admin_is_sent_to_login(client, db):
    response = client.get("/admin/")

    assert response.status_code == 302


def test_analyst_cannot_post_to_any_page_that_changes_shared_data(client_analyst, urls):
    for name, url in urls:
        if name in ANALYST_MAY_POST or name in PUBLIC:
            continue
        response = client_analyst.post(url, {})
        assert response.status_code in (403, 405), f"{url} answered {response.status_code}"


def test_analyst_can_read_every_page_that_is_not_for_editors(client_analyst, urls):
    for name, url in urls:
        if name in EDITOR_ONLY | POST_ONLY | NOT_FOUND or name == "logout":
            continue
        response = client_analyst.get(url)
        assert response.status_code == 200, f"{url} answered {response.status_code}"


def test_post_only_actions_refuse_a_look(client_analyst, urls):
    looked = [url for name, url in urls if name in POST_ONLY]
    assert len(looked) == len(POST_ONLY)
    for url in looked:
        assert client_analyst.get(url).status_code == 405, url


def test_the_api_answers_in_json_whatever_the_address(client_analyst, urls):
    api_urls = [url for _name, url in urls if url.startswith("/api/")]
    assert "/api/nowhere/" in api_urls
    for url in api_urls:
        response = client_analyst.get(url)
        assert response["Content-Type"].startswith("application/json"), url


def test_analyst_is_refused_editor_pages(client_analyst, urls):
    refused = [url for name, url in urls if name in EDITOR_ONLY]
    assert len(refused) == len(EDITOR_ONLY)
    for url in refused:
        assert client_analyst.get(url).status_code == 403


def _assert_head_answers_like_get(client, urls) -> None:
    for _name, url in urls:
        got, head = client.get(url), client.head(url)
        assert head.status_code == got.status_code, f"HEAD {url} answered {head.status_code}"
        # Downloads stream, so their (empty) body is read as a stream.
        body = b"".join(head.streaming_content) if head.streaming else head.content
        assert body == b"", url


def test_head_answers_like_get_on_every_page_for_an_analyst(client_analyst, urls):
    _assert_head_answers_like_get(client_analyst, urls)


def test_head_answers_like_get_on_every_page_for_an_anonymous_visitor(client, urls):
    _assert_head_answers_like_get(client, urls)


# --- Text PostgreSQL cannot store ---------------------------------------------------

NUL = "\x00"


def _assert_bad_request(response, url: str) -> None:
    assert response.status_code == 400, f"{url} answered {response.status_code}"
    assert "a NUL byte" in response.content.decode(), url


def test_a_nul_byte_in_a_query_parameter_is_a_bad_request_on_every_page(client_analyst, urls):
    for _name, url in urls:
        _assert_bad_request(client_analyst.get(url, {"negotiation": f"winter{NUL}"}), url)
        _assert_bad_request(client_analyst.get(url, {f"as{NUL}_of": "2022-01-12"}), url)


def test_a_nul_byte_in_a_form_field_is_a_bad_request_on_every_page(client_editor, urls):
    for _name, url in urls:
        _assert_bad_request(client_editor.post(url, {"summary": f"Open{NUL}"}), url)


def test_a_nul_byte_in_the_path_is_a_bad_request(client_analyst, urls):
    for _name, url in urls:
        _assert_bad_request(client_analyst.get(f"{url}%00"), url)


@pytest.mark.parametrize("url", ("/", "/matrix/", "/accounts/login/", "/admin/"))
def test_a_nul_byte_in_a_header_is_a_bad_request(client_analyst, url):
    _assert_bad_request(client_analyst.get(url, headers={"User-Agent": f"probe{NUL}"}), url)


@pytest.mark.parametrize("url", ("/", "/matrix/", "/accounts/login/", "/admin/"))
def test_a_nul_byte_in_the_session_cookie_is_a_bad_request(client_analyst, url):
    # The cookie is sent quoted, as "\000", which the server reads back as a NUL.
    client_analyst.cookies["sessionid"] = f"{'a' * 31}{NUL}"

    _assert_bad_request(client_analyst.get(url), url)


def test_the_bad_request_page_is_parleys_own(client, db):
    response = client.get("/timeline/", {"q": NUL})

    content = response.content.decode()
    assert response.status_code == 400
    assert "Parley cannot read this request" in content and "a NUL byte" in content
    assert '<a class="brand" href="/">Parley</a>' in content
    assert "Content-Security-Policy" in response.headers
