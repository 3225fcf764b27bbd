import pytest

from devtools.demo import registry as demo
from positions.extraction import Registry
from positions.extraction.registry import registry_from_data


@pytest.fixture(scope="session")
def demo_registry() -> Registry:
    return registry_from_data(demo.PARTIES, demo.ACTORS, demo.ISSUES)
