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
