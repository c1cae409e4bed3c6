"""Which mirror saw whom (issue 19): a mirror's device trigger fires for its
own device only, and the recognised-person event names the mirror (its
device, the name the household gave it, its engine) and the Home Assistant
person linked to whoever it saw (the same on every mirror of a household)."""

from __future__ import annotations

from homeassistant.core import Event, HomeAssistant, ServiceCall
from homeassistant.helpers import device_registry as dr
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_mock_service
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.smart_mirror.const import DOMAIN, EVENT_PERSON_RECOGNIZED
from custom_components.smart_mirror.data import MirrorData
from devkit.ha_testing import until
from tests.integration.test_automation import mirror_device


async def test_a_mirror_of_its_own_has_no_household(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    """The admin view's household is null for an engine with no role (as today)."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "smart_mirror/household", "entry_id": entry.entry_id})
    answer = await client.receive_json()
    assert answer["success"], answer
    assert answer["result"] == {"household": None}
    await client.send_json_auto_id({"type": "smart_mirror/household", "entry_id": "nope"})
    assert (await client.receive_json())["error"]["code"] == "not_found"


async def test_recognised_event_and_trigger_name_the_mirror(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    device = mirror_device(hass, entry)
    dr.async_get(hass).async_update_device(device.id, name_by_user="Hall mirror")
    mirror = entry.runtime_data
    assert isinstance(mirror, MirrorData)
    lin = next(p for p in mirror.coordinator.data.persons if p.name == "Lin-Manuel Miranda")
    await mirror.client.link_person(lin.id, "person.lin_manuel")
    await until(lambda: mirror.coordinator.data.enrolled(lin.id).ha_person, 10)  # type: ignore[union-attr]

    # another mirror of the household: its own device, its own automation
    other = dr.async_get(hass).async_get_or_create(
        config_entry_id=entry.entry_id, identifiers={(DOMAIN, "another-mirror")}
    )
    seen: list[Event] = []
    hass.bus.async_listen(EVENT_PERSON_RECOGNIZED, seen.append)
    calls: list[ServiceCall] = async_mock_service(hass, "test", "act")
    data = {"mirror": "{{ trigger.event.data.mirror }}", "who": "{{ trigger.event.data.name }}"}
    automations = [
        {
            "trigger": {
                "platform": "device",
                "domain": DOMAIN,
                "device_id": device_id,
                "type": "person_recognized",
            },
            "action": {"service": "test.act", "data": {**data, "automation": name}},
        }
        for name, device_id in (("hall", device.id), ("other", other.id))
    ]
    assert await async_setup_component(hass, "automation", {"automation": automations})
    await until(lambda: calls, 30)  # a new session starts every loop of the clip (~9 s)
    assert calls[0].data == {
        "mirror": "Hall mirror",
        "who": "Lin-Manuel Miranda",
        "automation": "hall",
    }
    assert all(call.data["automation"] == "hall" for call in calls)

    event = seen[0].data
    assert event["device_id"] == device.id
    assert event["engine_id"] == entry.unique_id
    assert event["mirror"] == "Hall mirror"
    assert event["person_id"] == lin.id
    assert event["ha_person"] == "person.lin_manuel"
    assert "session_id" not in event
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
