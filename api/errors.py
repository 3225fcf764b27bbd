"""The API's errors: one JSON shape for every status, handlers that turn exceptions into it."""

import logging

from django.http import Http404, HttpRequest, HttpResponse
from ninja import Schema
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from config.json_errors import json_error
from config.middleware import AUTHENTICATION_REQUIRED

logger = logging.getLogger("django.request")


class ParameterProblem(Schema):
    parameter: str
    message: str


class Error(Schema):
    """What every error answers: a sentence, and for bad parameters which and why."""

    detail: str
    errors: list[ParameterProblem] | None = None


class BadParameter(Exception):
    """A parameter's value names nothing or makes no sense: answered 400, naming it."""

    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.problems = [{"parameter": parameter, "message": message}]


class BadParameters(BadParameter):
    def __init__(self, problems: list[dict]):
        Exception.__init__(self, problems)
        self.problems = problems


def _bad_parameters(request: HttpRequest, exc: BadParameter) -> HttpResponse:
    names = ", ".join(dict.fromkeys(problem["parameter"] for problem in exc.problems))
    return json_error(400, f"Bad value for {names}.", errors=exc.problems)


def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    """The API's own checks of parameters' types and ranges."""
    problems = [
        {"parameter": _parameter(error.get("loc", ())), "message": error.get("msg", "")}
        for error in exc.errors
    ]
    return _bad_parameters(request, BadParameters(problems))


def _parameter(location) -> str:
    """The parameter's name in a location such as ("query", "stance", 0)."""
    names = [str(part) for part in location[1:] if isinstance(part, str)]
    return names[0] if names else "?"


def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return json_error(404, str(exc) or "Not found.")


def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return json_error(401, AUTHENTICATION_REQUIRED)


def _throttled(request: HttpRequest, exc: Throttled) -> HttpResponse:
    # ninja adds Retry-After, in seconds, to this response.
    return json_error(
        429, "Too many requests: the API allows a limited number a minute for each token."
    )


def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return json_error(exc.status_code, str(exc))


def _server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.error("API error on %s", request.path, exc_info=exc)
    return json_error(500, "Something went wrong on Parley's side; it has been logged.")


EXCEPTION_HANDLERS = {
    BadParameter: _bad_parameters,
    ValidationError: _invalid,
    Http404: _not_found,
    AuthenticationError: _unauthenticated,
    Throttled: _throttled,
    HttpError: _http_error,
    Exception: _server_error,
}
