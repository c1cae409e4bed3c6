"""Automations with the mirror's device triggers, no template: "person
recognised" fires for Lin-Manuel Miranda on the real engine, "gesture" for a
swipe its gesture worker recognised."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import pytest_socket
from homeassistant.components.device_automation import DeviceAutomationType
from homeassistant.core import Event, HomeAssistant, ServiceCall
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers import entity_registry as er
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_get_device_automations,
    async_mock_service,
)

from custom_components.smart_mirror.const import DOMAIN, EVENT_GESTURE, GESTURES
from devkit.ha_testing import until
from devkit.harness import EngineProcess
from tests.integration.conftest import set_up_mirror


async def automate(
    hass: HomeAssistant, trigger: dict[str, str], device_id: str, data: dict[str, str]
) -> list[ServiceCall]:
    """An automation on one of the mirror's device triggers; the calls of its action."""
    calls: list[ServiceCall] = async_mock_service(hass, "test", "act")
    device_trigger = {"platform": "device", "domain": DOMAIN, "device_id": device_id, **trigger}
    automation = {"trigger": device_trigger, "action": {"service": "test.act", "data": data}}
    assert await async_setup_component(hass, "automation", {"automation": automation})
    return calls


def mirror_device(hass: HomeAssistant, entry: MockConfigEntry) -> dr.DeviceEntry:
    """The entry's one device (identifiers are unique only within an entry)."""
    devices = dr.async_entries_for_config_entry(dr.async_get(hass), entry.entry_id)
    assert [d.identifiers for d in devices] == [{(DOMAIN, str(entry.unique_id))}]
    return devices[0]


async def test_person_recognised_trigger_runs_an_automation(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    device = mirror_device(hass, entry)
    triggers = await async_get_device_automations(hass, DeviceAutomationType.TRIGGER, device.id)
    ours = [t for t in triggers if t["domain"] == DOMAIN]
    assert {t["type"] for t in ours} == {"person_recognized", "session_ended", "gesture"}
    assert {t["subtype"] for t in ours if t["type"] == "gesture"} == set(GESTURES)

    calls = await automate(
        hass, {"type": "person_recognized"}, device.id, {"who": "{{ trigger.event.data.name }}"}
    )
    await until(lambda: calls, 30)  # a new session starts every loop of the clip (~9 s)
    assert calls[0].data["who"] == "Lin-Manuel Miranda"
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


@pytest.fixture(scope="module")
def waving_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineProcess]:
    """An engine whose gesture worker sees a generated swipe to the left every
    6.7 s (devkit/fakes/gesture_replay.py): the real recogniser and publishing."""
    pytest_socket.enable_socket()
    process = EngineProcess(
        tmp_path_factory.mktemp("waving"),
        "--source",
        "pattern",
        "--gestures",
        "false",
        "--workers",
        "devkit.fakes.gesture_replay:swipe_left",
        "--log-level",
        "warning",
    ).start()
    yield process
    process.stop()


async def test_a_gesture_reaches_the_event_entity_and_runs_an_automation(
    hass: HomeAssistant, waving_engine: EngineProcess
) -> None:
    entry = await set_up_mirror(hass, waving_engine)
    device = mirror_device(hass, entry)
    bus: list[Event] = []
    hass.bus.async_listen(EVENT_GESTURE, bus.append)
    calls = await automate(
        hass,
        {"type": "gesture", "subtype": "swipe_left"},
        device.id,
        {"sure": "{{ trigger.event.data.confidence }}"},
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
