"""Engine tests talk to real engine processes over 127.0.0.1 sockets."""

from __future__ import annotations

from pathlib import Path

import pytest

from devkit.harness import EngineProcess, wait_until


@pytest.fixture(autouse=True)
def _loopback_sockets(socket_enabled: None) -> None:
    """Allow socket creation; the Home Assistant test plugin still limits
    connections to 127.0.0.1."""


@pytest.fixture
def engine(tmp_path: Path, engines: list[EngineProcess]) -> EngineProcess:
    """An engine on the test pattern, streaming."""
    started = EngineProcess(tmp_path / "data", "--source", "pattern").start()
    engines.append(started)
    wait_until(lambda: started.status()["source"]["frames"] > 0, 10, "frames")
    return started
