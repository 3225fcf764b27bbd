from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

# The header's sections, in order. A section whose page does not exist in this
# deployment yet is left out rather than shown as a dead link.
NAV_SECTIONS = (
    ("Dashboard", "dashboard"),
    ("Timeline", "timeline"),
    ("Matrix", "matrix"),
    ("Demands", "demands"),
    ("Articles", "article_list"),
    ("Review", "review"),
)


def navigation(request: HttpRequest) -> dict:
    return {"nav_items": list(_nav_items(request.path))}


def _nav_items(current_path: str):
    for label, url_name in NAV_SECTIONS:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue
        active = current_path == url if url == "/" else current_path.startswith(url)
        yield {"label": label, "url": url, "active": active}
