"""The household server's sensors (diagnostic): its people, its gallery
version, how many mirrors sync with it, and each mirror's last sync (one
timestamp sensor per mirror, added as mirrors first sync; the rest of what the
server says of that mirror as attributes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.entity_platform import AddEntitiesCallback
from homeassistant.helpers.typing import StateType
from homeassistant.helpers.update_coordinator import CoordinatorEntity

from .const import DOMAIN
from .household import HouseholdConfigEntry, HouseholdCoordinator, mirror_name
from .models import HouseholdMirror, HouseholdStatus

# what the server reports of a mirror besides its engine id and last sync
# What a mirror's "last sync" sensor shows of the server's report, named one
# by one: entity attributes reach every user of Home Assistant and the
# recorder, so nothing the server adds later (or a person's id) passes unasked.
MIRROR_ATTRS = (
    "version",
    "models_version",
    "delivered",
    "duplicates",
    "samples",
    "counts",
    "accuracy",
    "retrains",
)


def _models(models: Any) -> list[dict[str, Any]]:
    """The models in use, without whose they are (a household person's id)."""
    if not isinstance(models, list):
        return []
    return [{k: m[k] for k in ("kind", "version") if k in m} for m in models if isinstance(m, dict)]


@dataclass(frozen=True, kw_only=True)
class HouseholdSensorDescription(SensorEntityDescription):
    value_fn: Callable[[HouseholdStatus], StateType]


SENSORS = (
    HouseholdSensorDescription(
        key="household_people",
        entity_category=EntityCategory.DIAGNOSTIC,
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda status: status.persons,
    ),
    HouseholdSensorDescription(
        key="household_version",
        entity_category=EntityCategory.DIAGNOSTIC,
        value_fn=lambda status: status.household_version,
    ),
    HouseholdSensorDescription(
        key="household_mirrors",
        entity_category=EntityCategory.DIAGNOSTIC,
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda status: len(status.mirrors),
    ),
)


class HouseholdEntity(CoordinatorEntity[HouseholdCoordinator]):
    """An entity of the household server's device."""

    _attr_has_entity_name = True

    def __init__(self, coordinator: HouseholdCoordinator, key: str) -> None:
        super().__init__(coordinator)
        self._attr_unique_id = f"{coordinator.engine_id}_{key}"
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, coordinator.engine_id)},
            name="Smart Mirror household",
            manufacturer="Smart Mirror",
            model="Household server",
            sw_version=coordinator.data.version if coordinator.data else None,
            configuration_url=coordinator.client.base,
        )


class HouseholdSensor(HouseholdEntity, SensorEntity):
    entity_description: HouseholdSensorDescription

    def __init__(
        self, coordinator: HouseholdCoordinator, description: HouseholdSensorDescription
    ) -> None:
        super().__init__(coordinator, description.key)
        self.entity_description = description
        self._attr_translation_key = description.key

    @property
    def native_value(self) -> StateType:
        return self.entity_description.value_fn(self.coordinator.data)


class MirrorLastSync(HouseholdEntity, SensorEntity):
    """When one mirror of the household last synced with the server."""

    _attr_device_class = SensorDeviceClass.TIMESTAMP
    _attr_entity_category = EntityCategory.DIAGNOSTIC
    _attr_translation_key = "mirror_last_sync"

    def __init__(self, coordinator: HouseholdCoordinator, mirror: str, name: str) -> None:
        super().__init__(coordinator, f"mirror_{mirror}_last_sync")
        self.mirror = mirror
        self._attr_translation_placeholders = {"mirror": name}

    @property
    def _mirror(self) -> HouseholdMirror | None:
        return next((m for m in self.coordinator.data.mirrors if m.mirror == self.mirror), None)

    @property
    def native_value(self) -> datetime | None:
        mirror = self._mirror
        if mirror is None or mirror.last_seen is None:
            return None
        return datetime.fromtimestamp(mirror.last_seen, UTC)

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        mirror = self._mirror
        raw = mirror.raw if mirror else {}
        attrs = {key: raw[key] for key in MIRROR_ATTRS if key in raw}
        return {"engine_id": self.mirror, **attrs, "models": _models(raw.get("models"))}


async def async_setup_household(
    hass: HomeAssistant, entry: HouseholdConfigEntry, add: AddEntitiesCallback
) -> None:
    coordinator = entry.runtime_data.coordinator
    add(HouseholdSensor(coordinator, description) for description in SENSORS)
    known: set[str] = set()

    @callback
    def add_new_mirrors() -> None:
        """A mirror that synced for the first time gets its sensor."""
        new = [m.mirror for m in coordinator.data.mirrors if m.mirror not in known]
        known.update(new)
        if new:
            add(
                MirrorLastSync(coordinator, mirror, mirror_name(hass, mirror) or mirror[:8])
                for mirror in new
            )

    add_new_mirrors()
    entry.async_on_unload(coordinator.async_add_listener(add_new_mirrors))
