"""Numbers for the engine's runtime settings: how sure recognition must be,
how often a session re-checks who is there, how long until it ends."""

from __future__ import annotations

from dataclasses import dataclass

from homeassistant.components.number import NumberDeviceClass, NumberEntity, NumberMode
from homeassistant.const import EntityCategory, UnitOfTime
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddEntitiesCallback

from . import MirrorConfigEntry
from .api import EngineError
from .coordinator import MirrorCoordinator
from .entity import MirrorEntity
from .errors import engine_error

PARALLEL_UPDATES = 0  # state is pushed by the engine; actions are the engine's to order


@dataclass(frozen=True)
class Setting:
    key: str  # the engine's runtime setting
    low: float
    high: float
    step: float
    unit: str | None = None


SETTINGS = (
    # embedding distance: lower is stricter (fewer false accepts, more PIN prompts)
    Setting("match_distance", 0.3, 0.64, 0.01),
    Setting("reverify_interval", 1, 60, 1, UnitOfTime.SECONDS),
    Setting("leave_timeout", 1, 300, 1, UnitOfTime.SECONDS),
)


async def async_setup_entry(
    hass: HomeAssistant, entry: MirrorConfigEntry, add: AddEntitiesCallback
) -> None:
    if entry.runtime_data.data.status.get("identity"):
        add(SettingNumber(entry.runtime_data, setting) for setting in SETTINGS)


class SettingNumber(MirrorEntity, NumberEntity):
    _attr_entity_category = EntityCategory.CONFIG
    _attr_mode = NumberMode.BOX

    def __init__(self, coordinator: MirrorCoordinator, setting: Setting) -> None:
        super().__init__(coordinator, setting.key)
        self.setting = setting
        self._attr_native_min_value = setting.low
        self._attr_native_max_value = setting.high
        self._attr_native_step = setting.step
        self._attr_native_unit_of_measurement = setting.unit
        if setting.unit:
            self._attr_device_class = NumberDeviceClass.DURATION

    @property
    def native_value(self) -> float | None:
        value = self.coordinator.data.settings.get(self.setting.key)
        return float(value) if value is not None else None

    async def async_set_native_value(self, value: float) -> None:
        try:
            await self.coordinator.client.update_settings({self.setting.key: value})
        except EngineError as err:
            raise engine_error(err) from err
