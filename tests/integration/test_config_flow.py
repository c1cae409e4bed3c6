"""The config flow against a real engine."""

from __future__ import annotations

from homeassistant import config_entries
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType

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
