"""Positions' answers to what articles announce (see articles.signals)."""

from articles.models import Article
from positions.actors import actor_names_refresh
from positions.models import Actor
from positions.services import quotes_link_corroborations, quotes_store_extraction


def store_quotes_of_parsed_article(sender, *, article: Article, **kwargs) -> None:
    """Suggest the quotes in the article's new text and group them with the same statements
    reported elsewhere; runs in the transaction that stored the text."""
    quotes_store_extraction(article=article)
    quotes_link_corroborations(article=article)


def keep_actor_findable(sender, *, instance: Actor, raw: bool = False, **kwargs) -> None:
    """Whoever saves an actor (an editor, the extractor, the admin, the demo loader), the
    speaker picker finds them by their names as they now stand."""
    if not raw:
        actor_names_refresh(actor=instance)


# The session key that tells the header to offer the registry.
REGISTRY_LINK = "parley_registry_link"


def remember_registry_access(sender, *, request, user, **kwargs) -> None:
    """Whether the header offers the registry, decided once at sign-in: asking on every page
    would cost each reader two permission queries for a link only editors see. The registry's
    pages check the permission themselves on every request."""
    request.session[REGISTRY_LINK] = user.has_perm("positions.change_actor")
