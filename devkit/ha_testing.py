"""pytest fixtures every Home Assistant test of ours uses, imported by the
conftest of each tier (tests/fast, tests/integration)."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant

from custom_components.smart_mirror.const import DOMAIN


@pytest.fixture(autouse=True)
def custom_integrations_and_loopback(
    enable_custom_integrations: None, socket_enabled: None
) -> None:
    """Load custom_components/; allow sockets (HA's plugin keeps them to 127.0.0.1)."""


@pytest.fixture(autouse=True)
def deprecations_are_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Home Assistant only logs a custom integration's use of a deprecated API
    ("Detected that custom integration ... "): here it fails the test."""
    yield
    reports = [
        record.getMessage()
        for when in ("setup", "call")
        for record in caplog.get_records(when)
        if "custom integration 'smart_mirror'" in record.getMessage()
        and record.getMessage().startswith("Detected")
    ]
    assert reports == [], reports


async def until(check: Callable[[], Any], seconds: float = 30) -> Any:
    """The first truthy value of ``check`` (awaited, where it is a coroutine
    function), polled every 0.05 s: for what arrives from another process or
    socket. A failure names the wait."""
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        value = check()
        if inspect.isawaitable(value):
            value = await value
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"not within {seconds} s")
        await asyncio.sleep(0.05)


async def call(hass: HomeAssistant, entry: ConfigEntry, service: str, **data: Any) -> Any:
    """One of the mirror's services on ``entry``, blocking; its response where
    the service gives one."""
    response = hass.services.supports_response(DOMAIN, service) != "none"
    return await hass.services.async_call(
        DOMAIN,
        service,
        {"config_entry_id": entry.entry_id, **data},
        blocking=True,
        return_response=response,
    )
