from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save

from articles.signals import article_text_ready


class PositionsConfig(AppConfig):
    name = "positions"

    def ready(self) -> None:
        # Both import models (the auth models, quotes), which are only ready now.
        from config.roles import sync_roles  # noqa: PLC0415
        from positions.receivers import (  # noqa: PLC0415
            keep_actor_findable,
            store_quotes_of_parsed_article,
        )

        post_migrate.connect(sync_roles, dispatch_uid="positions.sync_roles")
        article_text_ready.connect(
            store_quotes_of_parsed_article, dispatch_uid="positions.store_quotes"
        )
        post_save.connect(
            keep_actor_findable, sender="positions.Actor", dispatch_uid="positions.actor_names"
        )
