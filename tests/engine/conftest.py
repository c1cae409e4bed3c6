"""Engine tests talk to real engine processes over 127.0.0.1 sockets."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _loopback_sockets(socket_enabled: None) -> None:
    """Allow socket creation; the Home Assistant test plugin still limits
    connections to 127.0.0.1."""
