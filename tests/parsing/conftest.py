from pathlib import Path

import pytest

SEEDS = Path(__file__).parent / "files" / "seeds"


@pytest.fixture
def seed_bytes():
    def read(number: int) -> bytes:
        (path,) = SEEDS.glob(f"{number:03d}_*.txt")
        return path.read_bytes()

    return read
