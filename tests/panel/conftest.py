"""Panel tests talk to real processes (Home Assistant, the engine) on 127.0.0.1."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _loopback_sockets(socket_enabled: None) -> None:
    """Allow sockets in the test (module fixtures enable them for themselves)."""
