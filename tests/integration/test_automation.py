"""Automations with the mirror's device triggers, no template: "person
recognised" fires for Lin-Manuel Miranda on the real engine, "gesture" for a
swipe its gesture worker recognised."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
import pytest_socket
from homeassistant.components.device_automation import DeviceAutomationType
from homeassistant.core import Event, HomeAssistant
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers import entity_registry as er
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_get_device_automations,
    async_mock_service,
)

from custom_components.smart_mirror.const import DOMAIN, EVENT_GESTURE, GESTURES
from tests.harness import EngineProcess
from tests.integration.conftest import set_up_mirror, until


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


@pytest.fixture(scope="module")
def waving_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineProcess]:
    """An engine whose gesture worker sees a generated swipe to the left every
    6.7 s (tests/fakes/gesture_replay.py): the real recogniser and publishing."""
    pytest_socket.enable_socket()
    process = EngineProcess(
        tmp_path_factory.mktemp("waving"),
        "--source",
        "pattern",
        "--gestures",
        "false",
        "--workers",
        "tests.fakes.gesture_replay:swipe_left",
        "--log-level",
        "warning",
    ).start()
    yield process
    process.stop()


async def test_a_gesture_reaches_the_event_entity_and_runs_an_automation(
    hass: HomeAssistant, waving_engine: EngineProcess
) -> None:
    entry = await set_up_mirror(hass, waving_engine)
    device = dr.async_get(hass).async_get_device(identifiers={(DOMAIN, str(entry.unique_id))})
    assert device is not None
    calls = async_mock_service(hass, "test", "next_page")
    bus: list[Event] = []
    hass.bus.async_listen(EVENT_GESTURE, bus.append)
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "trigger": {
                    "platform": "device",
                    "domain": DOMAIN,
                    "device_id": device.id,
                    "type": "gesture",
                    "subtype": "swipe_left",
                },
                "action": {
                    "service": "test.next_page",
                    "data": {"sure": "{{ trigger.event.data.confidence }}"},
                },
            }
        },
    )
    await until(lambda: calls, 20)
    assert float(calls[0].data["sure"]) >= 0.85  # a clean swipe
    assert bus[0].data["gesture"] == "swipe_left"
    assert bus[0].data["device_id"] == device.id
    entity_id = er.async_get(hass).async_get_entity_id(
        "event", DOMAIN, f"{entry.unique_id}_gesture"
    )
    assert entity_id is not None
    state = hass.states.get(entity_id)
    assert state is not None
    assert state.attributes["event_type"] == "swipe_left"
    assert state.attributes["confidence"] >= 0.85
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
