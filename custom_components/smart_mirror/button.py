"""Buttons: keep a capture of the mirror, end the current session."""

from __future__ import annotations

from homeassistant.components.button import ButtonEntity
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddEntitiesCallback

from . import MirrorConfigEntry
from .api import EngineError
from .coordinator import MirrorCoordinator
from .entity import MirrorEntity
from .errors import engine_error

PARALLEL_UPDATES = 0  # state is pushed by the engine; actions are the engine's to order

ACTIONS = {"capture": "capture", "end_session": "logout"}  # key -> EngineClient method


async def async_setup_entry(
    hass: HomeAssistant, entry: MirrorConfigEntry, add: AddEntitiesCallback
) -> None:
    add(MirrorButton(entry.runtime_data, key) for key in ACTIONS)


class MirrorButton(MirrorEntity, ButtonEntity):
    def __init__(self, coordinator: MirrorCoordinator, key: str) -> None:
        super().__init__(coordinator, key)
        self._action = getattr(coordinator.client, ACTIONS[key])

    async def async_press(self) -> None:
        try:
            await self._action()
        except EngineError as err:
            raise engine_error(err) from err
