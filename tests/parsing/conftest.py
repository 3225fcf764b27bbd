import pytest

from devtools.demo.loader import SEEDS_DIR as SEEDS


@pytest.fixture
def seed_bytes():
    def read(number: int) -> bytes:
        (path,) = SEEDS.glob(f"{number:03d}_*.txt")
        return path.read_bytes()

    return read
