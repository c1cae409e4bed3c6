"""The base of every Smart Mirror entity: one device per engine."""

from __future__ import annotations

from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.update_coordinator import CoordinatorEntity

from .const import DOMAIN
from .coordinator import MirrorCoordinator


class MirrorEntity(CoordinatorEntity[MirrorCoordinator]):
    _attr_has_entity_name = True

    def __init__(self, coordinator: MirrorCoordinator, key: str) -> None:
        super().__init__(coordinator)
        self._attr_unique_id = f"{coordinator.engine_id}_{key}"
        self._attr_translation_key = key
        version = coordinator.data.status.version if coordinator.data else None
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, coordinator.engine_id)},
            name="Smart Mirror",
            manufacturer="Smart Mirror",
            model="Mirror engine",
            sw_version=version,
            configuration_url=coordinator.client.base,
        )
