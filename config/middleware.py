from collections.abc import Iterator

from django.conf import settings
from django.contrib.auth.middleware import LoginRequiredMiddleware
from django.core.exceptions import TooManyFilesSent
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django_htmx.http import HttpResponseClientRedirect

from config.json_errors import is_api_request, json_error

_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
AUTHENTICATION_REQUIRED = (
    "Authentication required: send a token (Authorization: Bearer <token>; make one on "
    "the API tokens page, /settings/tokens/) or sign in."
)
# PostgreSQL text cannot hold this character, and no one types it: only probes send it.
_UNSTORABLE = "\x00"
UNSTORABLE_TEXT = (
    "Part of this request holds a character Parley cannot store (a NUL byte), so nothing was done."
)


class ContentSecurityPolicyMiddleware:
    """Send the Content-Security-Policy header: no inline scripts or styles anywhere."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        return response


class RefuseUnstorableTextMiddleware:
    """Answer 400 to a request whose text PostgreSQL could not store.

    A NUL byte in a parameter, a form field, a cookie or a header would otherwise
    reach the first query that uses it (the negotiation in every page's header, the
    session) and fail the page with a server error, on every page at once.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if any(_UNSTORABLE in text for text in _request_texts(request)):
            if is_api_request(request):
                return json_error(400, UNSTORABLE_TEXT)
            return render(request, "400.html", {"reason": UNSTORABLE_TEXT}, status=400)
        return self.get_response(request)


def _request_texts(request: HttpRequest) -> Iterator[str]:
    """Every piece of text the visitor chose: path, parameters, form fields and the names
    of uploaded files, cookies and headers (never the uploaded bytes themselves)."""
    yield request.path
    yield from _texts_of(request.GET)
    yield from _body_texts(request)
    yield from request.COOKIES.keys()
    yield from request.COOKIES.values()
    yield from (value for key, value in request.META.items() if key.startswith("HTTP_"))


def _texts_of(data) -> Iterator[str]:
    for name, values in data.lists():
        yield name
        yield from values


def _body_texts(request: HttpRequest) -> Iterator[str]:
    """Form fields and the names of uploaded files.

    A body with more files than Django accepts raises once and then reads as empty, so the
    refusal is noted on the request (`body_refused`) for the page it was sent to, which
    says what to do instead (see articles.middleware)."""
    try:
        fields, files = request.POST, request.FILES
    except TooManyFilesSent:
        request.body_refused = True
        return
    yield from _texts_of(fields)
    for name, uploads in files.lists():
        yield name
        yield from (upload.name or "" for upload in uploads)


class ParleyLoginRequiredMiddleware(LoginRequiredMiddleware):
    """Every page needs a login, but the API answers 401 and HTMX requests get a real redirect.

    With PARLEY_ANONYMOUS_READ on, anonymous visitors may read but never change anything.
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        if settings.PARLEY_ANONYMOUS_READ and request.method in _SAFE_METHODS:
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)

    def handle_no_permission(self, request, view_func):
        if is_api_request(request):
            return json_error(401, AUTHENTICATION_REQUIRED)
        response = super().handle_no_permission(request, view_func)
        if getattr(request, "htmx", False):
            # A swapped-in login page inside a panel would be confusing: reload the whole page.
            return HttpResponseClientRedirect(response.url)
        return response
