"""Entities and events following the real engine on the shared clip."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from homeassistant.components.camera import async_get_image
from homeassistant.core import Event, HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.smart_mirror.const import EVENT_PERSON_RECOGNIZED
from tests.harness import EngineProcess


def state(hass: HomeAssistant, entity_id: str) -> str:
    current = hass.states.get(entity_id)
    assert current is not None, f"{entity_id} does not exist"
    return current.state


async def eventually(check: Callable[[], Any], seconds: float = 30) -> Any:
    for _ in range(int(seconds * 10)):
        if value := check():
            return value
        await asyncio.sleep(0.1)
    raise AssertionError(f"not within {seconds} s")


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

    person = await eventually(recognised_now)
    assert person.attributes["person_id"] >= 1
    image = await async_get_image(hass, "camera.smart_mirror_mirror")
    assert image.content[:2] == b"\xff\xd8"
    await engine_restart_cycle(hass, engine, entry, recognised)


async def engine_restart_cycle(
    hass: HomeAssistant, engine: EngineProcess, entry: MockConfigEntry, recognised: list[Event]
) -> None:
    """Engine stops: entities unavailable; it starts again: they come back."""
    await asyncio.to_thread(engine.stop)
    await eventually(lambda: state(hass, "sensor.smart_mirror_session") == "unavailable", 15)
    await asyncio.to_thread(engine.start)
    await eventually(lambda: state(hass, "sensor.smart_mirror_session") != "unavailable", 60)
    await eventually(lambda: recognised, 30)  # the recognition event reached the bus
    assert recognised[-1].data["name"] == "Lin-Manuel Miranda"
    assert recognised[-1].data["engine_id"] == entry.unique_id
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
