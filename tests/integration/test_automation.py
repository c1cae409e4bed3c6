"""An automation with the device trigger "person recognised", no template,
fires for Lin-Manuel Miranda on the real engine."""

from __future__ import annotations

import asyncio

from homeassistant.components.device_automation import DeviceAutomationType
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_get_device_automations,
    async_mock_service,
)

from custom_components.smart_mirror.const import DOMAIN, GESTURES


async def test_person_recognised_trigger_runs_an_automation(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    device = dr.async_get(hass).async_get_device(identifiers={(DOMAIN, str(entry.unique_id))})
    assert device is not None
    triggers = await async_get_device_automations(hass, DeviceAutomationType.TRIGGER, device.id)
    ours = [t for t in triggers if t["domain"] == DOMAIN]
    assert {t["type"] for t in ours} == {"person_recognized", "session_ended", "gesture"}
    assert {t["subtype"] for t in ours if t["type"] == "gesture"} == set(GESTURES)

    calls = async_mock_service(hass, "test", "greet")
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "trigger": {
                    "platform": "device",
                    "domain": DOMAIN,
                    "device_id": device.id,
                    "type": "person_recognized",
                },
                "action": {
                    "service": "test.greet",
                    "data": {"who": "{{ trigger.event.data.name }}"},
                },
            }
        },
    )
    for _ in range(300):  # a new session starts every loop of the clip (~9 s)
        if calls:
            break
        await asyncio.sleep(0.1)
    assert calls, "the automation did not run"
    assert calls[0].data["who"] == "Lin-Manuel Miranda"
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
