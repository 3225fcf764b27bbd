from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from api.forms import TokenForm
from api.models import ApiToken
from api.queries import tokens_of
from api.services import token_create, token_revoke
from config.json_errors import API_PATH_PREFIX


@require_http_methods(["GET", "HEAD", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    """The signed-in user's API tokens; a POST makes one and shows its secret, this once.

    The new token is shown in the answer to the POST itself, never stored in the clear or
    carried to another page, so it cannot be seen again.
    """
    form = TokenForm(request.POST if request.method == "POST" else None)
    created = secret = None
    if form.is_valid():
        created, secret = token_create(user=request.user, name=form.cleaned_data["name"])
        form = TokenForm()
    context = {
        "form": form,
        "tokens": tokens_of(request.user),
        "created": created,
        "secret": secret,
        "api_root": request.build_absolute_uri(API_PATH_PREFIX + "v1/"),
    }
    response = render(request, "api/tokens.html", context)
    # A page showing a secret must not be kept by the browser or a proxy.
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def token_revoke_view(request: HttpRequest, token_id: int) -> HttpResponse:
    """Revoke one of the user's own tokens (someone else's is not found)."""
    token = ApiToken.objects.filter(pk=token_id, user=request.user).first()
    if token is None:
        raise Http404("No such token of yours.")
    token_revoke(token=token)
    return redirect(reverse("api_tokens"))
