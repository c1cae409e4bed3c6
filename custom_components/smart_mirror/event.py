"""Event entities: who the mirror recognised, and the hand gestures it saw."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from homeassistant.components.event import EventEntity
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddEntitiesCallback

from .const import GESTURES
from .coordinator import MirrorCoordinator
from .data import MirrorConfigEntry
from .entity import MirrorEntity

PARALLEL_UPDATES = 0  # state is pushed by the engine; actions are the engine's to order

SESSION_EVENTS = {"person_recognized": "recognized", "session_ended": "session_ended"}
# (engine event type, data) -> (HA event type, attributes), or None to ignore it
Translate = Callable[[str, dict[str, Any]], tuple[str, dict[str, Any]] | None]


def recognition(kind: str, data: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """Whether someone was recognised, not who: the entity's state is restored
    and recorded for every user to read, and outlives a ``forget``. Who it was
    is the person sensor's state and the bus event's (device trigger) data."""
    if kind not in SESSION_EVENTS:
        return None
    keys = ("confidence", "manual", "reason")
    return SESSION_EVENTS[kind], {key: data.get(key) for key in keys}


def gesture(kind: str, data: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    if kind != "gesture" or data.get("gesture") not in GESTURES:
        return None
    return str(data["gesture"]), {"confidence": data.get("confidence")}


async def async_setup_entry(
    hass: HomeAssistant, entry: MirrorConfigEntry, add: AddEntitiesCallback
) -> None:
    coordinator = entry.runtime_data.coordinator
    add(
        [
            EngineEvent(coordinator, "recognition", list(SESSION_EVENTS.values()), recognition),
            EngineEvent(coordinator, "gesture", list(GESTURES), gesture),
        ]
    )


class EngineEvent(MirrorEntity, EventEntity):
    def __init__(
        self,
        coordinator: MirrorCoordinator,
        key: str,
        event_types: list[str],
        translate: Translate,
    ) -> None:
        super().__init__(coordinator, key)
        self._attr_event_types = event_types
        self._translate = translate

    async def async_added_to_hass(self) -> None:
        await super().async_added_to_hass()
        self.async_on_remove(self.coordinator.add_event_listener(self._on_engine_event))

    @callback
    def _on_engine_event(self, kind: str, data: dict[str, Any]) -> None:
        event = self._translate(kind, data)
        if event is not None:
            self._trigger_event(*event)
            self.async_write_ha_state()
