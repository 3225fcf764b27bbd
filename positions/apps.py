from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PositionsConfig(AppConfig):
    name = "positions"

    def ready(self) -> None:
        from positions.roles import sync_roles  # the auth models are only ready now

        post_migrate.connect(sync_roles, dispatch_uid="positions.sync_roles")
