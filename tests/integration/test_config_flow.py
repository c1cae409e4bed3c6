"""The config flow against a real engine."""

from __future__ import annotations

import asyncio
from pathlib import Path

from homeassistant import config_entries
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers.service_info.hassio import HassioServiceInfo
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.smart_mirror.const import DOMAIN
from devkit.harness import EngineProcess, free_port
from tests.integration.conftest import entry_data, set_up_mirror


async def start(hass: HomeAssistant) -> str:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    assert result["type"] is FlowResultType.MENU
    assert result["menu_options"] == ["engine", "google"]
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "engine"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "engine"
    return str(result["flow_id"])


async def test_user_step_creates_an_entry(hass: HomeAssistant, engine: EngineProcess) -> None:
    flow = await start(hass)
    result = await hass.config_entries.flow.async_configure(flow, entry_data(engine))
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == entry_data(engine)
    health = engine.json("/api/health", auth=False)
    assert result["result"].unique_id == health["engine_id"]
    await hass.async_block_till_done()
    assert hass.states.get("sensor.smart_mirror_session") is not None


async def test_cannot_connect_and_wrong_token(hass: HomeAssistant, engine: EngineProcess) -> None:
    flow = await start(hass)
    closed = {CONF_HOST: "127.0.0.1", CONF_PORT: free_port(), CONF_TOKEN: engine.token}
    result = await hass.config_entries.flow.async_configure(flow, closed)
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "cannot_connect"}
    wrong = {**entry_data(engine), CONF_TOKEN: "not-the-token-0123456789"}
    result = await hass.config_entries.flow.async_configure(flow, wrong)
    assert result["errors"] == {"base": "invalid_auth"}
    result = await hass.config_entries.flow.async_configure(flow, entry_data(engine))
    assert result["type"] is FlowResultType.CREATE_ENTRY  # the form recovers
    await hass.async_block_till_done()


async def test_the_same_mirror_twice_is_refused(hass: HomeAssistant, engine: EngineProcess) -> None:
    first = await hass.config_entries.flow.async_configure(await start(hass), entry_data(engine))
    assert first["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    again = await hass.config_entries.flow.async_configure(await start(hass), entry_data(engine))
    assert again["type"] is FlowResultType.ABORT
    assert again["reason"] == "already_configured"


async def test_rejected_token_starts_reauth(hass: HomeAssistant, engine: EngineProcess) -> None:
    health = engine.json("/api/health", auth=False)
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id=health["engine_id"],
        data={**entry_data(engine), CONF_TOKEN: "an-old-token-0123456789"},
    )
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    flows = hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert [f["context"]["source"] for f in flows] == ["reauth"]
    flow = flows[0]["flow_id"]
    result = await hass.config_entries.flow.async_configure(
        flow, {CONF_TOKEN: "still-wrong-0123456789"}
    )
    assert result["errors"] == {"base": "invalid_auth"}
    result = await hass.config_entries.flow.async_configure(flow, {CONF_TOKEN: engine.token})
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reauth_successful"
    await hass.async_block_till_done()
    assert entry.data[CONF_TOKEN] == engine.token
    assert entry.state is config_entries.ConfigEntryState.LOADED
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_reconfigure_to_a_new_address(hass: HomeAssistant, engine: EngineProcess) -> None:
    health = engine.json("/api/health", auth=False)
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id=health["engine_id"],
        data={**entry_data(engine), CONF_PORT: free_port()},  # the engine moved
    )
    entry.add_to_hass(hass)
    result = await entry.start_reconfigure_flow(hass)
    assert result["step_id"] == "reconfigure"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], entry_data(engine))
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert entry.data[CONF_PORT] == engine.port
    assert await hass.config_entries.async_unload(entry.entry_id)


def discovery(engine: EngineProcess, port: int | None = None) -> HassioServiceInfo:
    """What the Supervisor hands over after the add-on announced itself."""
    return HassioServiceInfo(
        config={"host": "127.0.0.1", "port": port or engine.port, "token": engine.token},
        name="Smart Mirror Engine",
        slug="local_smart_mirror_engine",
        uuid="d1",
    )


async def test_addon_discovery_asks_then_creates(
    hass: HomeAssistant, engine: EngineProcess
) -> None:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_HASSIO}, data=discovery(engine)
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "hassio_confirm"
    assert result["description_placeholders"] == {"addon": "Smart Mirror Engine"}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Smart Mirror Engine"
    assert result["data"] == entry_data(engine)
    await hass.async_block_till_done()
    # announced again (e.g. after an add-on restart with a new token): no second entry
    entry = result["result"]
    hass.config_entries.async_update_entry(entry, data={**entry.data, CONF_TOKEN: "old"})
    again = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_HASSIO}, data=discovery(engine)
    )
    assert again["type"] is FlowResultType.ABORT
    assert again["reason"] == "already_configured"
    assert entry.data[CONF_TOKEN] == engine.token
    await hass.async_block_till_done()


async def test_addon_discovery_of_an_unreachable_engine_aborts(
    hass: HomeAssistant, engine: EngineProcess
) -> None:
    result = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": config_entries.SOURCE_HASSIO},
        data=discovery(engine, port=free_port()),
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "cannot_connect"


async def test_options_change_the_engine_and_link_people(
    hass: HomeAssistant, engine: EngineProcess, entry: MockConfigEntry
) -> None:
    before = await asyncio.to_thread(engine.json, "/api/settings")
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["step_id"] == "init"
    bad = {**OPTIONS, "match_distance": 0.64, "liveness": "motion"}
    await asyncio.to_thread(  # the engine refuses a match band wider than "unknown"
        engine.json, "/api/settings", method="PATCH", body={"unknown_distance": 0.62}
    )
    result = await hass.config_entries.options.async_configure(result["flow_id"], bad)
    assert result["errors"] == {"base": "bad_settings"}
    result = await hass.config_entries.options.async_configure(result["flow_id"], OPTIONS)
    assert result["step_id"] == "people"
    settings = await asyncio.to_thread(engine.json, "/api/settings")
    assert settings["leave_timeout"] == 2
    assert settings["reverify_interval"] == 4
    assert settings["match_distance"] == OPTIONS["match_distance"]
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {"Lin-Manuel Miranda": "person.lin", "Lin-Manuel Miranda calendars": ["calendar.lin"]},
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()  # the entry reloads with its new sources
    persons = await asyncio.to_thread(engine.json, "/api/persons")
    lin = next(p for p in persons if p["name"] == "Lin-Manuel Miranda")
    assert entry.options == {
        "weather_entity": "weather.home",
        "calendars": {str(lin["id"]): ["calendar.lin"]},
        # privacy first: no display user, no personal sensors until chosen
        "display_users": [],
        "personal_sensors": False,
    }
    persons = await asyncio.to_thread(engine.json, "/api/persons")
    assert {p["name"]: p["ha_person"] for p in persons}["Lin-Manuel Miranda"] == "person.lin"
    # and unlinking clears it
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(result["flow_id"], OPTIONS)
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    await hass.async_block_till_done()
    assert entry.options["calendars"] == {}
    persons = await asyncio.to_thread(engine.json, "/api/persons")
    assert {p["name"]: p["ha_person"] for p in persons}["Lin-Manuel Miranda"] is None
    await asyncio.to_thread(engine.json, "/api/settings", method="PATCH", body=before)
    assert await hass.config_entries.async_unload(entry.entry_id)


OPTIONS = {
    "match_distance": 0.55,
    "reverify_interval": 4,
    "leave_timeout": 2,
    "liveness": "motion",
    "weather_entity": "weather.home",
}


async def test_options_without_the_engine_abort(
    hass: HomeAssistant, tmp_path: Path, engines: list[EngineProcess]
) -> None:
    other = EngineProcess(tmp_path, "--source", "pattern", "--log-level", "warning")
    engines.append(await asyncio.to_thread(other.start))
    entry = await set_up_mirror(hass, other)
    await asyncio.to_thread(other.stop)
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "cannot_connect"
    assert await hass.config_entries.async_unload(entry.entry_id)
