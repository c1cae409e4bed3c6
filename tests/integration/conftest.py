"""Home Assistant tests against a real engine process on 127.0.0.1 (the
shared clip as camera, Lin-Manuel Miranda enrolled)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import pytest_socket
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.smart_mirror.const import DOMAIN
from tests.harness import CLIP, FACES, EngineProcess


@pytest.fixture(autouse=True)
def _custom_integrations_and_loopback(
    enable_custom_integrations: None, socket_enabled: None
) -> None:
    """Load custom_components/; allow sockets (HA's plugin keeps them to 127.0.0.1)."""


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


def entry_data(engine: EngineProcess) -> dict[str, object]:
    return {CONF_HOST: "127.0.0.1", CONF_PORT: engine.port, CONF_TOKEN: engine.token}


@pytest.fixture
async def entry(hass: HomeAssistant, engine: EngineProcess) -> MockConfigEntry:
    health = engine.json("/api/health", auth=False)
    config_entry = MockConfigEntry(
        domain=DOMAIN, unique_id=health["engine_id"], data=entry_data(engine), title="Smart Mirror"
    )
    config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await hass.async_block_till_done()
    return config_entry


@pytest.fixture
def data_dir(engine: EngineProcess) -> Path:
    return engine.data_dir
