"""Feature toggles (source paper Table 2): Public, Personal, Assessment,
Evolution, Diary, Settings. A feature that is off costs nothing on the engine."""

from __future__ import annotations

from typing import Any

from homeassistant.components.switch import SwitchEntity
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddEntitiesCallback

from .api import EngineError
from .const import WIDGETS
from .coordinator import MirrorCoordinator
from .data import MirrorConfigEntry
from .entity import MirrorEntity
from .errors import engine_error

PARALLEL_UPDATES = 0  # state is pushed by the engine; actions are the engine's to order


async def async_setup_entry(
    hass: HomeAssistant, entry: MirrorConfigEntry, add: AddEntitiesCallback
) -> None:
    add(FeatureSwitch(entry.runtime_data.coordinator, feature) for feature in WIDGETS)


class FeatureSwitch(MirrorEntity, SwitchEntity):
    _attr_entity_category = EntityCategory.CONFIG

    def __init__(self, coordinator: MirrorCoordinator, feature: str) -> None:
        super().__init__(coordinator, f"feature_{feature}")
        self.feature = feature

    @property
    def is_on(self) -> bool:
        return bool(self.coordinator.data.toggles.get(self.feature, True))

    async def _set(self, on: bool) -> None:
        try:
            await self.coordinator.client.set_toggles({self.feature: on})
        except EngineError as err:
            raise engine_error(err) from err

    async def async_turn_on(self, **kwargs: Any) -> None:
        await self._set(True)

    async def async_turn_off(self, **kwargs: Any) -> None:
        await self._set(False)
