from django.apps import AppConfig


class DevtoolsConfig(AppConfig):
    """The demo dossier and the benchmark: tools around Parley that no product code imports."""

    name = "devtools"
