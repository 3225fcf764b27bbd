from django.conf import settings
from django.contrib.auth.middleware import LoginRequiredMiddleware
from django.http import HttpRequest, HttpResponse, JsonResponse
from django_htmx.http import HttpResponseClientRedirect

_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class ContentSecurityPolicyMiddleware:
    """Send the Content-Security-Policy header: no inline scripts or styles anywhere."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        return response


class ParleyLoginRequiredMiddleware(LoginRequiredMiddleware):
    """Every page needs a login, but the API answers 401 and HTMX requests get a real redirect.

    With PARLEY_ANONYMOUS_READ on, anonymous visitors may read but never change anything.
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        if settings.PARLEY_ANONYMOUS_READ and request.method in _SAFE_METHODS:
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)

    def handle_no_permission(self, request, view_func):
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": "Authentication required."}, status=401)
        response = super().handle_no_permission(request, view_func)
        if getattr(request, "htmx", False):
            # A swapped-in login page inside a panel would be confusing: reload the whole page.
            return HttpResponseClientRedirect(response.url)
        return response
