"""Home Assistant tests against a real engine process on 127.0.0.1 (the
shared clip as camera, Lin-Manuel Miranda enrolled)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_socket
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.smart_mirror.const import DOMAIN
from devkit.ha_testing import custom_integrations_and_loopback, deprecations_are_errors, until
from devkit.harness import CLIP, FACES, EngineProcess

__all__ = ["custom_integrations_and_loopback", "deprecations_are_errors", "until"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineProcess]:
    if not CLIP.is_file():
        pytest.skip(f"shared clip not found at {CLIP}")
    pytest_socket.enable_socket()  # module set-up runs before the per-test socket_enabled
    process = EngineProcess(
        tmp_path_factory.mktemp("engine"),
        "--source",
        str(CLIP),
        "--log-level",
        "warning",
        # He turns away for ~2 s of every 9 s loop: each loop is a new session.
        "--leave-timeout",
        "1",
    ).start()
    process.enrol_photo("Lin-Manuel Miranda", FACES / "scenes/lin-manuel-miranda.png")
    yield process
    process.stop()


# the personal sensors are off by default; most tests read them
PERSONAL_SENSORS = {"personal_sensors": True}


def entry_data(engine: EngineProcess) -> dict[str, object]:
    return {CONF_HOST: "127.0.0.1", CONF_PORT: engine.port, CONF_TOKEN: engine.token}


@pytest.fixture
async def entry(hass: HomeAssistant, engine: EngineProcess) -> MockConfigEntry:
    health = engine.json("/api/health", auth=False)
    config_entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id=health["engine_id"],
        data=entry_data(engine),
        options=PERSONAL_SENSORS,
        title="Smart Mirror",
    )
    config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await hass.async_block_till_done()
    return config_entry


@pytest.fixture
def data_dir(engine: EngineProcess) -> Path:
    return engine.data_dir


async def set_up_mirror(
    hass: HomeAssistant, engine: EngineProcess, options: dict[str, Any] | None = None
) -> MockConfigEntry:
    """A mirror entry for ``engine``, set up (whatever its outcome)."""
    health = await asyncio.to_thread(engine.json, "/api/health", auth=False)
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id=health["engine_id"],
        data=entry_data(engine),
        options={**PERSONAL_SENSORS, **(options or {})},
        title="Smart Mirror",
    )
    entry.add_to_hass(hass)
    await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry
