"""The config flow against a real engine."""

from __future__ import annotations

from homeassistant import config_entries
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.smart_mirror.const import DOMAIN
from tests.harness import EngineProcess, free_port
from tests.integration.conftest import entry_data


async def start(hass: HomeAssistant) -> str:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "user"
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
