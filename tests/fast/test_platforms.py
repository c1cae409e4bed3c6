"""Every platform of the integration on the recorded fake engine: what each
entity shows (snapshots), and what it asks the engine for."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from homeassistant.components.camera import async_get_image
from homeassistant.const import STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator
from syrupy.assertion import SnapshotAssertion

from custom_components.smart_mirror.access import redact_event
from custom_components.smart_mirror.diagnostics import async_get_config_entry_diagnostics
from devkit.fakes.engine import FakeEngine
from devkit.ha_testing import until

# a camera's picture URL carries a fresh access token
VOLATILE = frozenset({"access_token", "entity_picture"})


def _entities(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, Any]:
    registry = er.async_get(hass)
    shown: dict[str, Any] = {}
    for item in sorted(
        er.async_entries_for_config_entry(registry, entry.entry_id), key=lambda e: e.entity_id
    ):
        if item.disabled_by is not None:
            shown[item.entity_id] = {"disabled_by": item.disabled_by}
            continue
        state = hass.states.get(item.entity_id)
        assert state is not None, item.entity_id
        shown[item.entity_id] = {
            "unique_id": item.unique_id.removeprefix(entry.unique_id or ""),
            "translation_key": item.translation_key,
            "category": item.entity_category,
            "state": state.state,
            "attributes": {str(k): v for k, v in state.attributes.items() if k not in VOLATILE},
        }
    return shown


def _state(hass: HomeAssistant, entity_id: str) -> str:
    current = hass.states.get(entity_id)
    assert current is not None, f"{entity_id} does not exist"
    return current.state


async def test_every_entity_before_and_in_a_session(
    hass: HomeAssistant, engine: FakeEngine, mirror: MockConfigEntry, snapshot: SnapshotAssertion
) -> None:
    idle = _entities(hass, mirror)
    assert {entity_id.split(".")[0] for entity_id in idle} == {
        "binary_sensor",
        "button",
        "camera",
        "event",
        "image",
        "sensor",
        "switch",
    }
    # only the last capture, as no capture was taken yet
    unavailable = [e for e, shown in idle.items() if shown.get("state") == STATE_UNAVAILABLE]
    assert unavailable == ["image.smart_mirror_last_capture"]
    assert idle == snapshot(name="idle")

    await engine.start_session()
    await engine.push(engine.event("assessment"))
    await until(lambda: _state(hass, "sensor.smart_mirror_emotion") not in ("unknown",))
    await until(lambda: _state(hass, "event.smart_mirror_recognition") != "unknown")
    in_session = _entities(hass, mirror)
    # the recognition event's time is when it arrived
    in_session["event.smart_mirror_recognition"]["state"] = "<arrival>"
    assert in_session == snapshot(name="in_session")

    await engine.end_session()
    await until(lambda: _state(hass, "sensor.smart_mirror_emotion") == "unknown")
    assert _state(hass, "sensor.smart_mirror_current_person") in ("unknown", "none")


async def test_switches_and_buttons_ask_the_engine(
    hass: HomeAssistant, engine: FakeEngine, mirror: MockConfigEntry
) -> None:
    await hass.services.async_call(
        "switch", "turn_off", {"entity_id": "switch.smart_mirror_diary"}, blocking=True
    )
    assert engine.called("POST", "/api/toggles") == [{"diary": False}]
    await until(lambda: _state(hass, "switch.smart_mirror_diary") == "off")
    await hass.services.async_call(
        "switch", "turn_on", {"entity_id": "switch.smart_mirror_diary"}, blocking=True
    )
    await until(lambda: _state(hass, "switch.smart_mirror_diary") == "on")

    await hass.services.async_call(
        "button", "press", {"entity_id": "button.smart_mirror_capture"}, blocking=True
    )
    assert len(engine.called("POST", "/api/capture")) == 1
    await until(lambda: _state(hass, "image.smart_mirror_last_capture") != STATE_UNAVAILABLE)
    await hass.services.async_call(
        "button", "press", {"entity_id": "button.smart_mirror_end_session"}, blocking=True
    )
    assert len(engine.called("POST", "/api/session/logout")) == 1


async def test_the_camera_and_the_last_capture_serve_the_engines_jpegs(
    hass: HomeAssistant,
    engine: FakeEngine,
    mirror: MockConfigEntry,
    hass_client: ClientSessionGenerator,
) -> None:
    # the device's main feature: named after the mirror, not "Smart Mirror Mirror"
    camera = hass.states.get("camera.smart_mirror")
    assert camera is not None
    assert camera.attributes["friendly_name"] == "Smart Mirror"
    image = await async_get_image(hass, "camera.smart_mirror")
    assert image.content[:2] == b"\xff\xd8"
    # no capture yet: unavailable, with no picture to ask for
    last = hass.states.get("image.smart_mirror_last_capture")
    assert last is not None
    assert last.state == STATE_UNAVAILABLE
    assert "entity_picture" not in last.attributes
    assert last.attributes["friendly_name"] == "Smart Mirror Last capture"
    await hass.services.async_call(
        "button", "press", {"entity_id": "button.smart_mirror_capture"}, blocking=True
    )
    await until(lambda: _state(hass, "image.smart_mirror_last_capture") != STATE_UNAVAILABLE)
    last = hass.states.get("image.smart_mirror_last_capture")
    assert last is not None
    assert last.attributes["entity_picture"].startswith("/api/image_proxy/")
    client = await hass_client()
    served = await client.get("/api/image_proxy/image.smart_mirror_last_capture")
    assert served.status == 200
    assert (await served.read())[:2] == b"\xff\xd8"


async def test_a_silent_engine_makes_entities_unavailable_and_back(
    hass: HomeAssistant, engine: FakeEngine, mirror: MockConfigEntry
) -> None:
    await engine.close_sockets()
    await until(lambda: _state(hass, "sensor.smart_mirror_session") == STATE_UNAVAILABLE)
    async with asyncio.timeout(60):
        await engine.wait_for_socket()  # the integration reconnects
    await until(lambda: _state(hass, "sensor.smart_mirror_session") != STATE_UNAVAILABLE)


@pytest.mark.usefixtures("mirror")
async def test_diagnostics_redact_the_token_and_names(
    hass: HomeAssistant, engine: FakeEngine, mirror: MockConfigEntry
) -> None:
    report = await async_get_config_entry_diagnostics(hass, mirror)
    text = str(report)
    assert engine.token not in text
    assert engine.person["name"] not in text
    assert report["enrolled"] == len(engine.persons)


async def test_the_hello_brings_the_session_as_it_stands(
    hass: HomeAssistant, engine: FakeEngine, mirror: MockConfigEntry
) -> None:
    """Reconnected while someone is greeted: the engine's hello carries the
    session, and the coordinator shows it at once (not at the next session
    event, nor only after the refresh the hello asks for)."""
    coordinator = mirror.runtime_data.coordinator
    assert coordinator.data.session_state == "idle"
    active = engine.event("session:active")["data"]
    coordinator._handle({"type": "hello", "data": {**engine.status, "session": active}})
    assert coordinator.data.session_state == "active"
    assert coordinator.data.person is not None
    assert coordinator.data.person.name == engine.person["name"]
    assert _state(hass, "sensor.smart_mirror_current_person") == engine.person["name"]
    # an engine without recognition says None: the session stays as it was
    coordinator._handle({"type": "hello", "data": {**engine.status, "session": None}})
    assert coordinator.data.session_state == "active"
    await hass.async_block_till_done()
    # a household member's panel gets the hello's session as the session
    # events: who is greeted, never the session id (the key to their data)
    told = redact_event({"type": "hello", "data": {**engine.status, "session": active}})
    assert told is not None
    assert told["data"]["session"]["state"] == "active"
    assert told["data"]["session"]["session"]["person"]["name"] == engine.person["name"]
    assert "id" not in told["data"]["session"]["session"]
