"""Panel tests talk to real processes (Home Assistant, the engine) on 127.0.0.1."""

from __future__ import annotations

import pytest
import pytest_socket


@pytest.fixture(autouse=True)
def _loopback_sockets(socket_enabled: None) -> None:
    """Allow sockets in the test; the module fixtures enable them for themselves."""


@pytest.fixture(scope="module", autouse=True)
def _module_sockets() -> None:
    pytest_socket.enable_socket()  # module set-up runs before the per-test fixture
