"""Shared fixtures. Tests that need the shared photos or clip skip with a
reason where ../shared/faces is absent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from devkit.harness import CLIP, FACES, EngineProcess


@pytest.fixture(scope="session")
def faces_dir() -> Path:
    if not FACES.is_dir():
        pytest.skip(f"shared test photos not found at {FACES}")
    return FACES


@pytest.fixture(scope="session")
def shared_clip() -> Path:
    if not CLIP.is_file():
        pytest.skip(f"shared clip not found at {CLIP}")
    return CLIP


@pytest.fixture
def engines(tmp_path: Path) -> Iterator[list[EngineProcess]]:
    """Engine processes started by a test; all stopped afterwards."""
    started: list[EngineProcess] = []
    yield started
    for engine in started:
        engine.stop()


# The tiers: `fast` runs against the recorded fake engine (make test-fast);
# `real_engine` starts engine processes, a real Home Assistant or Chromium.
FAST = ("fast",)
REAL = ("engine", "integration", "models", "panel")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    tests = Path(__file__).parent
    for item in items:
        parts = item.path.relative_to(tests).parts
        if parts[0] in FAST:
            item.add_marker(pytest.mark.fast)
        elif parts[0] in REAL:
            item.add_marker(pytest.mark.real_engine)
