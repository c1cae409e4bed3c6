"""Entities and events following the real engine on the shared clip."""

from __future__ import annotations

import asyncio
import signal
from typing import Any

import pytest
from homeassistant.components.camera import async_get_image
from homeassistant.core import Event, HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.smart_mirror import api
from custom_components.smart_mirror.const import EVENT_PERSON_RECOGNIZED
from custom_components.smart_mirror.diagnostics import async_get_config_entry_diagnostics
from devkit.ha_testing import until
from devkit.harness import EngineProcess


def state(hass: HomeAssistant, entity_id: str) -> str:
    current = hass.states.get(entity_id)
    assert current is not None, f"{entity_id} does not exist"
    return current.state


async def test_lin_manuel_is_recognised(
    hass: HomeAssistant, engine: EngineProcess, entry: MockConfigEntry
) -> None:
    recognised: list[Event] = []
    hass.bus.async_listen(EVENT_PERSON_RECOGNIZED, recognised.append)

    def recognised_now() -> Any:
        person = hass.states.get("sensor.smart_mirror_current_person")
        active = state(hass, "sensor.smart_mirror_session") == "active"
        present = state(hass, "binary_sensor.smart_mirror_presence") == "on"
        return (
            person
            if person and person.state == "Lin-Manuel Miranda" and active and present
            else None
        )

    person = await until(recognised_now)
    assert person.attributes["person_id"] >= 1
    image = await async_get_image(hass, "camera.smart_mirror")
    assert image.content[:2] == b"\xff\xd8"
    await engine_restart_cycle(hass, engine, entry, recognised)


async def engine_restart_cycle(
    hass: HomeAssistant, engine: EngineProcess, entry: MockConfigEntry, recognised: list[Event]
) -> None:
    """Engine stops: entities unavailable; it starts again: they come back."""
    await asyncio.to_thread(engine.stop)
    await until(lambda: state(hass, "sensor.smart_mirror_session") == "unavailable", 15)
    await asyncio.to_thread(engine.start)
    await until(lambda: state(hass, "sensor.smart_mirror_session") != "unavailable", 60)
    await until(lambda: recognised, 30)  # the recognition event reached the bus
    assert recognised[-1].data["name"] == "Lin-Manuel Miranda"
    assert recognised[-1].data["engine_id"] == entry.unique_id
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def test_switches_buttons_and_assessment(
    hass: HomeAssistant, engine: EngineProcess, entry: MockConfigEntry
) -> None:
    switch = "switch.smart_mirror_diary"
    assert state(hass, switch) == "on"
    await hass.services.async_call("switch", "turn_off", {"entity_id": switch}, blocking=True)
    assert (await asyncio.to_thread(engine.json, "/api/toggles"))["diary"] is False
    await until(lambda: state(hass, switch) == "off", 10)  # pushed back by the engine
    await hass.services.async_call("switch", "turn_on", {"entity_id": switch}, blocking=True)
    await until(lambda: state(hass, switch) == "on", 10)

    before = len(await asyncio.to_thread(engine.json, "/api/captures"))
    await hass.services.async_call(
        "button", "press", {"entity_id": "button.smart_mirror_capture"}, blocking=True
    )
    assert len(await asyncio.to_thread(engine.json, "/api/captures")) == before + 1

    emotion = await until(
        lambda: (
            state(hass, "sensor.smart_mirror_emotion") not in ("unknown", "unavailable")
            and hass.states.get("sensor.smart_mirror_emotion")
        )
    )
    assert emotion.state in {"angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"}
    assert set(emotion.attributes["confidences"]) >= {"happy", "neutral"}
    assert 5 < float(state(hass, "sensor.smart_mirror_age")) < 95

    await until(lambda: state(hass, "sensor.smart_mirror_session") == "active")
    await hass.services.async_call(
        "button", "press", {"entity_id": "button.smart_mirror_end_session"}, blocking=True
    )
    await until(lambda: state(hass, "sensor.smart_mirror_session") != "active", 10)
    assert state(hass, "sensor.smart_mirror_age") == "unknown"  # gone with the session
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def test_diagnostics_hide_the_token_and_personal_data(
    hass: HomeAssistant, engine: EngineProcess, entry: MockConfigEntry
) -> None:
    # He may just have been logged out by the test before: he is greeted again
    # once he has left and come back, a loop or two of the clip later.
    await until(
        lambda: state(hass, "sensor.smart_mirror_current_person") == "Lin-Manuel Miranda", 60
    )
    report = await async_get_config_entry_diagnostics(hass, entry)
    text = str(report)
    assert engine.token not in text
    assert "Lin-Manuel" not in text
    assert report["entry"]["token"] == "**REDACTED**"
    assert report["last_update_success"] is True
    assert report["engine"]["engine_id"] == entry.unique_id
    assert report["enrolled"] >= 1  # counted, not named
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def test_settings_are_read_only_entities_that_follow_the_engine(
    hass: HomeAssistant, engine: EngineProcess, entry: MockConfigEntry
) -> None:
    """How the mirror decides is an admin's (options, smart_mirror/settings):
    entities only show it, so no household user can change it through them."""
    sensor = "sensor.smart_mirror_leave_timeout"
    assert float(state(hass, sensor)) == 1.0  # the engine was started with --leave-timeout 1
    assert hass.states.get("number.smart_mirror_leave_timeout") is None
    await asyncio.to_thread(engine.json, "/api/settings", method="PATCH", body={"leave_timeout": 3})
    await until(lambda: float(state(hass, sensor)) == 3.0, 10)  # pushed by the engine
    await asyncio.to_thread(engine.json, "/api/settings", method="PATCH", body={"leave_timeout": 1})
    await until(lambda: float(state(hass, sensor)) == 1.0, 10)
    assert float(state(hass, "sensor.smart_mirror_recognition_distance")) == 0.54
    assert not [e for e in hass.states.async_entity_ids("number") if "smart_mirror" in e]
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def test_last_capture_image_recognition_event_liveness_and_linked_person(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    engine: EngineProcess,
    entry: MockConfigEntry,
) -> None:
    assert await async_setup_component(
        hass, "person", {"person": [{"id": "lin", "name": "Lin", "picture": "/local/lin.jpg"}]}
    )
    persons = await asyncio.to_thread(engine.json, "/api/persons")
    lin = next(p for p in persons if p["name"] == "Lin-Manuel Miranda")
    await asyncio.to_thread(
        engine.json, f"/api/persons/{lin['id']}", method="PATCH", body={"ha_person": "person.lin"}
    )

    image = "image.smart_mirror_last_capture"
    before = state(hass, image)
    await hass.services.async_call(
        "button", "press", {"entity_id": "button.smart_mirror_capture"}, blocking=True
    )
    await until(lambda: state(hass, image) != before, 10)
    client = await hass_client()
    resp = await client.get(f"/api/image_proxy/{image}")
    assert resp.status == 200
    newest = (await asyncio.to_thread(engine.json, "/api/captures"))[0]
    assert await resp.read() == await asyncio.to_thread(
        lambda: engine.request(f"/api/captures/{newest['id']}.jpg")[1]
    )

    recognition = await until(
        lambda: (
            (s := hass.states.get("event.smart_mirror_recognition"))
            and s.attributes.get("event_type") == "recognized"
            and s
        ),
        60,
    )
    # whether, not who: the event entity is restored and recorded for everyone
    assert recognition.attributes.keys() >= {"confidence", "manual"}
    assert "name" not in recognition.attributes
    assert "person_id" not in recognition.attributes
    person = await until(
        lambda: (
            (s := hass.states.get("sensor.smart_mirror_current_person"))
            and s.state == "Lin-Manuel Miranda"
            and s
        ),
        60,
    )
    assert person.attributes["ha_person"] == "person.lin"
    assert person.attributes["entity_picture"] == "/local/lin.jpg"
    live = await until(
        lambda: (
            state(hass, "sensor.smart_mirror_liveness") not in ("unknown", "unavailable")
            and hass.states.get("sensor.smart_mirror_liveness")
        ),
        60,
    )
    assert 0 <= float(live.state) <= 100
    assert live.attributes["gate"] == "motion"
    await asyncio.to_thread(
        engine.json, f"/api/persons/{lin['id']}", method="PATCH", body={"ha_person": ""}
    )
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def test_the_camera_streams_mjpeg_through_home_assistant(
    hass: HomeAssistant, hass_client: ClientSessionGenerator, entry: MockConfigEntry
) -> None:
    client = await hass_client()
    resp = await client.get("/api/camera_proxy_stream/camera.smart_mirror")
    assert resp.status == 200
    assert resp.headers["Content-Type"].startswith("multipart/x-mixed-replace")
    seen = b""
    while seen.count(b"\xff\xd9") < 2:  # two whole JPEG frames through the proxy
        seen += await resp.content.read(65536)
    assert b"\xff\xd8" in seen
    resp.close()
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def test_a_frozen_engine_is_noticed_by_its_silence(
    hass: HomeAssistant,
    engine: EngineProcess,
    entry: MockConfigEntry,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its socket stays open but nothing comes, not even its pings (SIGSTOP): the
    mirror goes unavailable after the allowed silence, and comes back with it."""
    await hass.config_entries.async_unload(entry.entry_id)
    monkeypatch.setattr(api, "ENGINE_SILENCE", 3.0)  # instead of 75 s (2.5 of its 30 s pings)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await until(lambda: state(hass, "sensor.smart_mirror_session") != "unavailable", 30)
    assert engine.proc is not None
    engine.proc.send_signal(signal.SIGSTOP)
    try:
        await until(lambda: state(hass, "sensor.smart_mirror_session") == "unavailable", 30)
    finally:
        engine.proc.send_signal(signal.SIGCONT)
    await until(lambda: state(hass, "sensor.smart_mirror_session") != "unavailable", 60)
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
