"""Presence: someone is in front of the mirror."""

from __future__ import annotations

from homeassistant.components.binary_sensor import BinarySensorDeviceClass, BinarySensorEntity
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddEntitiesCallback

from .data import MirrorConfigEntry
from .entity import MirrorEntity

PARALLEL_UPDATES = 0  # state is pushed by the engine; actions are the engine's to order


async def async_setup_entry(
    hass: HomeAssistant, entry: MirrorConfigEntry, add: AddEntitiesCallback
) -> None:
    add([PresenceSensor(entry.runtime_data.coordinator, "presence")])


class PresenceSensor(MirrorEntity, BinarySensorEntity):
    _attr_device_class = BinarySensorDeviceClass.OCCUPANCY

    @property
    def is_on(self) -> bool:
        return self.coordinator.data.session_state not in ("idle", "ending")
