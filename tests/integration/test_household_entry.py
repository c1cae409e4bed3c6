"""Several mirrors, one household (issue 19) in Home Assistant: a real
``--role server`` engine and a real ``--role mirror`` engine syncing with it,
on 127.0.0.1.

The config flow pointed at the server makes a server entry (its device, a
few diagnostic sensors, no camera, no session, no device triggers); the
mirror's entry is as before, and the panel's admin view reads, through the
mirror's entry, every mirror of its household."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import pytest_socket
from homeassistant import config_entries
from homeassistant.components.device_automation import DeviceAutomationType
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN, EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.service_info.hassio import HassioServiceInfo
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_get_device_automations,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.smart_mirror import household_sensor
from custom_components.smart_mirror.config_flow import SmartMirrorConfigFlow
from custom_components.smart_mirror.const import CONF_ROLE, DOMAIN
from custom_components.smart_mirror.diagnostics import async_get_config_entry_diagnostics
from custom_components.smart_mirror.household import HouseholdData
from devkit.ha_testing import until
from devkit.harness import EngineProcess, household_mirror, wait_until
from tests.integration.conftest import PERSONAL_SENSORS, entry_data

MIRROR_TITLE = "Hall"


@pytest.fixture(scope="module")
def household(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, EngineProcess]]:
    """A household server and one mirror that syncs with it every half second."""
    pytest_socket.enable_socket()  # module set-up runs before the per-test socket_enabled
    folder = tmp_path_factory.mktemp("household")
    started: list[EngineProcess] = []
    try:
        server = EngineProcess(folder / "server", "--role", "server", "--log-level", "warning")
        started.append(server.start(timeout=120))
        mirror = EngineProcess(
            folder / "mirror",
            *household_mirror(server, "pattern", 5),
            "--liveness",
            "off",
            "--log-level",
            "warning",
        )
        started.append(mirror.start(timeout=120))
        # the mirror's first sync: the server knows it
        wait_until(lambda: server.status()["household"]["mirrors"], 90, "the mirror's first sync")
        yield {"server": server, "mirror": mirror}
    finally:
        for engine in reversed(started):
            engine.stop()


async def add_server(hass: HomeAssistant, server: EngineProcess) -> config_entries.ConfigEntry:
    """The user's path: the config flow's engine step, pointed at the server."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "engine"}
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], entry_data(server))
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {**entry_data(server), CONF_ROLE: "server"}
    assert result["title"] == "Smart Mirror household (127.0.0.1)"
    await hass.async_block_till_done()
    entry: config_entries.ConfigEntry = result["result"]
    assert entry.state is config_entries.ConfigEntryState.LOADED
    return entry


async def add_mirror(hass: HomeAssistant, mirror: EngineProcess) -> MockConfigEntry:
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id=mirror.json("/api/health", auth=False)["engine_id"],
        data=entry_data(mirror),
        options=PERSONAL_SENSORS,
        title=MIRROR_TITLE,
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


def state_of(hass: HomeAssistant, entity_id: str) -> str:
    state = hass.states.get(entity_id)
    assert state is not None, entity_id
    return state.state


def entities_of(hass: HomeAssistant, entry_id: str) -> list[er.RegistryEntry]:
    return er.async_entries_for_config_entry(er.async_get(hass), entry_id)


async def test_config_flow_makes_a_server_entry(
    hass: HomeAssistant, household: dict[str, EngineProcess]
) -> None:
    server, mirror = household["server"], household["mirror"]
    mirror_entry = await add_mirror(hass, mirror)
    entry = await add_server(hass, server)
    assert entry.unique_id == server.json("/api/health", auth=False)["engine_id"]

    # one device: the household's server, with sensors only (no camera, no session)
    devices = dr.async_entries_for_config_entry(dr.async_get(hass), entry.entry_id)
    assert [(d.model, d.name) for d in devices] == [("Household server", "Smart Mirror household")]
    entities = entities_of(hass, entry.entry_id)
    assert {e.domain for e in entities} == {"sensor"}
    assert all(e.entity_category is EntityCategory.DIAGNOSTIC for e in entities)

    status = server.status()["household"]
    assert state_of(hass, "sensor.smart_mirror_household_people") == str(status["persons"])
    assert state_of(hass, "sensor.smart_mirror_household_gallery_version") == str(status["version"])
    assert state_of(hass, "sensor.smart_mirror_household_mirrors") == "1"

    # each mirror's last sync, named after the mirror's own entry
    last_sync = hass.states.get("sensor.smart_mirror_household_hall_last_sync")
    assert last_sync is not None, [e.entity_id for e in entities]
    assert last_sync.attributes["device_class"] == "timestamp"
    assert last_sync.attributes["engine_id"] == mirror_entry.unique_id
    # what the server says of the mirror: its gallery, models in use, data counts
    assert {"version", "models", "counts", "samples"} <= set(last_sync.attributes)
    # seen by every user and the recorder: no household person's id
    assert all(set(m) <= {"kind", "version"} for m in last_sync.attributes["models"])
    in_use = [{"kind": "expression_head", "person": "4f1c", "version": 3}, "junk"]
    assert household_sensor._models(in_use) == [{"kind": "expression_head", "version": 3}]
    first = last_sync.state
    # the mirror syncs on: the next poll moves its last sync
    coordinator = entry.runtime_data.coordinator
    assert isinstance(entry.runtime_data, HouseholdData)

    async def moved() -> bool:
        await coordinator.async_refresh()
        state = hass.states.get(last_sync.entity_id)
        return state is not None and state.state != first

    await until(moved, 30)

    # the server sees nobody: no device triggers; the mirror keeps all of its own
    triggers = await async_get_device_automations(hass, DeviceAutomationType.TRIGGER, devices[0].id)
    assert [t for t in triggers if t["domain"] == DOMAIN] == []
    mirror_device = dr.async_entries_for_config_entry(dr.async_get(hass), mirror_entry.entry_id)[0]
    triggers = await async_get_device_automations(
        hass, DeviceAutomationType.TRIGGER, mirror_device.id
    )
    assert {t["type"] for t in triggers if t["domain"] == DOMAIN} == {
        "person_recognized",
        "session_ended",
        "gesture",
    }
    # diagnostics: the household's status, never the token
    report = await async_get_config_entry_diagnostics(hass, entry)
    assert report["entry"][CONF_TOKEN] == "**REDACTED**"
    assert report["household"]["role"] == "server"
    assert report["last_update_success"] is True

    # a mirror's options, not the server's
    assert not SmartMirrorConfigFlow.async_supports_options_flow(entry)
    assert SmartMirrorConfigFlow.async_supports_options_flow(mirror_entry)
    assert await hass.config_entries.async_unload(entry.entry_id)
    assert await hass.config_entries.async_unload(mirror_entry.entry_id)
    await hass.async_block_till_done()


async def test_the_same_server_twice_is_refused(
    hass: HomeAssistant, household: dict[str, EngineProcess]
) -> None:
    entry = await add_server(hass, household["server"])
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "engine"}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], entry_data(household["server"])
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_addon_discovery_of_a_server(
    hass: HomeAssistant, household: dict[str, EngineProcess]
) -> None:
    """The add-on run as the household's server announces itself: its entry is a
    server's; a mirror's add-on beside it would be an entry of its own."""
    server = household["server"]
    result = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": config_entries.SOURCE_HASSIO},
        data=HassioServiceInfo(
            config={"host": "127.0.0.1", "port": server.port, "token": server.token},
            name="Smart Mirror household",
            slug="local_smart_mirror_engine",
            uuid="d1",
        ),
    )
    assert result["step_id"] == "hassio_confirm"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"][CONF_ROLE] == "server"
    await hass.async_block_till_done()
    assert state_of(hass, "sensor.smart_mirror_household_mirrors") == "1"
    assert await hass.config_entries.async_unload(result["result"].entry_id)


async def test_a_mirror_entry_at_a_server_says_so(
    hass: HomeAssistant, household: dict[str, EngineProcess]
) -> None:
    """A mirror's entry whose engine now runs as the server (no session): an
    error that says to reconfigure, not a retry forever."""
    server = household["server"]
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id=server.json("/api/health", auth=False)["engine_id"],
        data=entry_data(server),
        title="Smart Mirror",
    )
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state.name == "SETUP_ERROR"  # (by name: mypy narrows the enum for good)
    assert "household's server" in str(entry.reason)

    # reconfigure points the entry at the same engine: it becomes the server's
    result = await entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {CONF_HOST: "127.0.0.1", CONF_PORT: server.port, CONF_TOKEN: server.token},
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert entry.data[CONF_ROLE] == "server"
    assert entry.state is config_entries.ConfigEntryState.LOADED
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_admin_view_reads_every_mirror_of_the_household(
    hass: HomeAssistant,
    household: dict[str, EngineProcess],
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
) -> None:
    mirror_entry = await add_mirror(hass, household["mirror"])
    client = await hass_ws_client(hass)

    async def ask() -> dict[str, Any]:
        await client.send_json_auto_id(
            {"type": "smart_mirror/household", "entry_id": mirror_entry.entry_id}
        )
        answer: dict[str, Any] = await client.receive_json()
        assert answer["success"], answer
        result: dict[str, Any] = answer["result"]["household"]
        return result

    # without the server's entry: this mirror's own sync only
    alone = await ask()
    assert alone["this"]["role"] == "mirror"
    assert alone["this"]["server"] == household["server"].base
    assert alone["server"]["configured"] is False
    assert alone["mirrors"] == []

    server_entry = await add_server(hass, household["server"])
    together = await ask()
    assert together["server"]["configured"] is True
    assert together["server"]["persons"] == household["server"].status()["household"]["persons"]
    [row] = together["mirrors"]
    assert row["mirror"] == mirror_entry.unique_id
    assert row["name"] == MIRROR_TITLE
    assert row["this"] is True
    assert row["last_sync"] > 0
    assert isinstance(row["models"], list)
    assert set(row["counts"]) >= {"confirmed", "corrected", "not_me"}

    # admins only
    user = await hass_ws_client(hass, hass_read_only_access_token)
    await user.send_json_auto_id(
        {"type": "smart_mirror/household", "entry_id": mirror_entry.entry_id}
    )
    refused = await user.receive_json()
    assert refused["success"] is False
    assert refused["error"]["code"] == "unauthorized"

    assert await hass.config_entries.async_unload(server_entry.entry_id)
    assert await hass.config_entries.async_unload(mirror_entry.entry_id)
    await hass.async_block_till_done()


async def test_the_server_gone(
    hass: HomeAssistant,
    household: dict[str, EngineProcess],
    hass_ws_client: WebSocketGenerator,
) -> None:
    """The server stopped (the module's last test): its sensors are unavailable,
    the mirror's entry goes on, and the admin view says what failed."""
    mirror_entry = await add_mirror(hass, household["mirror"])
    server_entry = await add_server(hass, household["server"])
    household["server"].stop()
    coordinator = server_entry.runtime_data.coordinator
    await coordinator.async_refresh()
    await hass.async_block_till_done()
    assert coordinator.last_update_success is False
    assert state_of(hass, "sensor.smart_mirror_household_people") == "unavailable"
    assert mirror_entry.state is config_entries.ConfigEntryState.LOADED

    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {"type": "smart_mirror/household", "entry_id": mirror_entry.entry_id}
    )
    answer = await client.receive_json()
    assert answer["success"], answer
    summary = answer["result"]["household"]["server"]
    assert summary["configured"] is True
    assert "cannot reach" in summary["error"]
    assert answer["result"]["household"]["mirrors"] == []
    assert await hass.config_entries.async_unload(server_entry.entry_id)
    assert await hass.config_entries.async_unload(mirror_entry.entry_id)
    await hass.async_block_till_done()
