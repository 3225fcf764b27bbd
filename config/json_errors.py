"""Errors of the JSON API (`/api/`), which answers scripts in JSON, never in HTML.

The shape is the one the API's schema documents: `detail`, a sentence saying what went
wrong and what to do, and for a bad parameter `errors`, one entry per parameter.
"""

from django.http import HttpRequest, JsonResponse

API_PATH_PREFIX = "/api/"


def is_api_request(request: HttpRequest) -> bool:
    return request.path.startswith(API_PATH_PREFIX)


def json_error(status: int, detail: str, *, errors: list[dict] | None = None) -> JsonResponse:
    """A JSON error response: {"detail": …} and, when given, {"errors": [{parameter, message}]}."""
    body: dict = {"detail": detail}
    if errors:
        body["errors"] = errors
    response = JsonResponse(body, status=status)
    if status == 401:
        # RFC 9110: a 401 names the scheme that would be accepted.
        response["WWW-Authenticate"] = 'Bearer realm="Parley API"'
    return response
