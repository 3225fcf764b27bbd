import pytest

from articles.parsing import ParseError
from articles.parsing.fetch import FetchError, fetch_url
from tests.web import QuietHandler, serving

PAGE = b"<html><body><p>Talks resume in Geneva.</p></body></html>"


class _Handler(QuietHandler):
    def do_GET(self):
        if self.path == "/article":
            self.answer(200, PAGE, {"Content-Type": "text/html; charset=utf-8"})
        elif self.path == "/big":
            self.answer(200, b"x" * 200_000, {"Content-Type": "text/plain"})
        elif self.path == "/big-undeclared":
            self.send_response(200)
            self.end_headers()  # no Content-Length: the body runs until the socket closes
            self.wfile.write(b"x" * 200_000)
            self.close_connection = True
        elif self.path == "/redirect":
            self.answer(302, b"", {"Location": "/article"})
        elif self.path.startswith("/loop"):
            self.answer(302, b"", {"Location": "/loop"})
        elif self.path == "/to-ftp":
            self.answer(302, b"", {"Location": "ftp://example.com/file"})
        else:
            self.answer(404, b"missing", {})


@pytest.fixture
def local_server():
    with serving(_Handler) as base_url:
        yield base_url


def _fetch_error(url: str, **options) -> FetchError:
    with pytest.raises(FetchError) as error:
        fetch_url(url, **options)
    return error.value


def test_fetch_url_gets_a_local_page_when_private_addresses_are_allowed(local_server):
    page = fetch_url(f"{local_server}/article", allow_private=True)

    assert (page.url, page.content, page.content_type) == (
        f"{local_server}/article",
        PAGE,
        "text/html; charset=utf-8",
    )


def test_fetch_url_refuses_a_local_page_by_default(local_server):
    error = _fetch_error(f"{local_server}/article")

    assert (error.code, str(error)) == (
        "private-address",
        "Links to internal addresses are not allowed.",
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "https://192.168.0.1/",
    ],
)
def test_fetch_url_refuses_internal_addresses(url):
    assert _fetch_error(url, timeout=2).code == "private-address"


def test_fetch_url_follows_redirects(local_server):
    page = fetch_url(f"{local_server}/redirect", allow_private=True)

    assert (page.url, page.content) == (f"{local_server}/article", PAGE)


def test_fetch_url_stops_after_five_redirects(local_server):
    error = _fetch_error(f"{local_server}/loop", allow_private=True)

    assert error.code == "too-many-redirects"


def test_fetch_url_refuses_a_redirect_to_another_scheme(local_server):
    assert _fetch_error(f"{local_server}/to-ftp", allow_private=True).code == "bad-url"


@pytest.mark.parametrize("path", ["/big", "/big-undeclared"])
def test_fetch_url_caps_the_size(local_server, path):
    error = _fetch_error(f"{local_server}{path}", allow_private=True, max_bytes=100 * 1024)

    assert (error.code, str(error)) == ("too-large", "The page is larger than the 100 KB limit.")


def test_fetch_url_reports_http_errors(local_server):
    error = _fetch_error(f"{local_server}/nothing-here", allow_private=True)

    assert str(error) == "The link could not be reached: the server answered 404 Not Found."


@pytest.mark.parametrize(
    "url", ["ftp://example.com/a.txt", "file:///etc/hosts", "javascript:x", ""]
)
def test_fetch_url_refuses_other_schemes(url):
    error = _fetch_error(url)

    assert (error.code, isinstance(error, ParseError)) == ("bad-url", True)


def test_fetch_url_reports_unreachable_servers():
    error = _fetch_error("http://127.0.0.1:9/", allow_private=True, timeout=2)

    assert str(error).startswith("The link could not be reached:")
