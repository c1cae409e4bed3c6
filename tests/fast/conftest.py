"""The fast tier: the integration against the recorded fake engine
(devkit.fakes.engine), in seconds and without the camera, the models or the
shared clip. `make test-fast`."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.smart_mirror.const import DOMAIN
from devkit.fakes.engine import FakeEngine
from devkit.ha_testing import custom_integrations_and_loopback, deprecations_are_errors

__all__ = ["custom_integrations_and_loopback", "deprecations_are_errors"]


@pytest.fixture
async def engine() -> AsyncIterator[FakeEngine]:
    async with FakeEngine() as fake:
        yield fake


@pytest.fixture
async def mirror(hass: HomeAssistant, engine: FakeEngine) -> AsyncIterator[MockConfigEntry]:
    """A mirror entry on the fake engine, set up, its event socket connected;
    unloaded after the test."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id=engine.health["engine_id"],
        data={CONF_HOST: "127.0.0.1", CONF_PORT: engine.port, CONF_TOKEN: engine.token},
        options={"personal_sensors": True},
        title="Smart Mirror",
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    async with asyncio.timeout(10):
        await engine.wait_for_socket()
    yield entry
    if entry.state is ConfigEntryState.LOADED:
        await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_block_till_done()
