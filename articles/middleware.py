from django.conf import settings
from django.core.exceptions import PermissionDenied, TooManyFilesSent

from articles.views import article_new_refused


class TooManyFilesMiddleware:
    """Answer an upload of more files than Django accepts with the upload page, not a bare 400.

    Django refuses such a request the first time its body is read, which the CSRF check
    does before any view runs: so this reads it first, for the upload page only. Listed
    before CsrfViewMiddleware. The page it answers with changes nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        is_upload = request.resolver_match and request.resolver_match.url_name == "article_new"
        if request.method != "POST" or not is_upload:
            return None
        if _too_many_files(request):
            if not request.user.has_perm("articles.add_article"):
                raise PermissionDenied
            limit = settings.DATA_UPLOAD_MAX_NUMBER_FILES
            return article_new_refused(
                request,
                f"Upload at most {limit} files at once: choose fewer, and upload the rest "
                "afterwards.",
            )
        return None


def _too_many_files(request) -> bool:
    # An earlier middleware that read the body first notes Django's refusal: a second read
    # would find an empty form instead of raising again.
    if getattr(request, "body_refused", False):
        return True
    try:
        request.POST  # noqa: B018 - parses the body, files included
    except TooManyFilesSent:
        return True
    return False
