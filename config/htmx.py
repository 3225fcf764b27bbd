from django.http import HttpRequest


def wants_partial(request: HttpRequest) -> bool:
    """An htmx swap wants the partial; restoring history after a cache miss needs the full page."""
    return bool(request.htmx) and not request.htmx.history_restore_request
