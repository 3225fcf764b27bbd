"""The API's addresses: ninja's, each made read-only, an index at /api/v1/, and a JSON 404
for anything else under /api/."""

from functools import wraps

from django.http import HttpRequest, JsonResponse
from django.urls import URLPattern, path, re_path, reverse

from api.endpoints import api
from config.json_errors import json_error

_READ_METHODS = ("GET", "HEAD")
_ENDPOINTS = (
    "negotiations",
    "parties",
    "issues",
    "actors",
    "articles",
    "quotes",
    "demands",
    "matrix",
)


def read_only(view):
    """Answer 405 in JSON to anything but GET and HEAD, whoever asks (no token or role can
    write through the API), and HEAD as GET: the server leaves the body out."""

    @wraps(view)
    def read_only_view(request: HttpRequest, *args, **kwargs):
        if request.method not in _READ_METHODS:
            response = json_error(405, "The API is read-only: only GET and HEAD are answered.")
            response["Allow"] = ", ".join(_READ_METHODS)
            return response
        if request.method == "GET":
            return view(request, *args, **kwargs)
        # ninja routes by method and knows only GET, whose answer HEAD gets; the method is
        # put back so that the server (or the test client) leaves the body out.
        request.method = "GET"
        try:
            return view(request, *args, **kwargs)
        finally:
            request.method = "HEAD"

    return read_only_view


def index(request: HttpRequest, **kwargs) -> JsonResponse:
    """What the API offers, and where its schema is."""
    endpoints = {
        name: request.build_absolute_uri(reverse(f"api:api_{name}")) for name in _ENDPOINTS
    }
    schema = request.build_absolute_uri(reverse("api:openapi-json"))
    return JsonResponse({"schema": schema, "endpoints": endpoints})


def not_found(request: HttpRequest, rest: str = "") -> JsonResponse:
    return json_error(404, "Nothing in the API has this address: /api/v1/ lists what there is.")


def _api_patterns() -> list[URLPattern]:
    patterns, _app_name, _namespace = api.urls
    for pattern in patterns:
        if pattern.name == "api-root":
            pattern.callback = index
        pattern.callback = read_only(pattern.callback)
    return patterns


api_v1 = (_api_patterns(), "ninja", "api")

urlpatterns = [
    path("v1/", api_v1),
    re_path(r"^(?P<rest>.*)$", read_only(not_found), name="api_not_found"),
]
