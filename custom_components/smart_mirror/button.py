"""Buttons: keep a capture of the mirror, end the current session."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from homeassistant.components.button import ButtonEntity, ButtonEntityDescription
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddEntitiesCallback

from .api import EngineClient, EngineError
from .coordinator import MirrorCoordinator
from .data import MirrorConfigEntry
from .entity import MirrorEntity
from .errors import engine_error

PARALLEL_UPDATES = 0  # state is pushed by the engine; actions are the engine's to order


@dataclass(frozen=True, kw_only=True)
class MirrorButtonDescription(ButtonEntityDescription):
    press_fn: Callable[[EngineClient], Awaitable[Any]]


BUTTONS = (
    MirrorButtonDescription(key="capture", press_fn=lambda client: client.capture()),
    MirrorButtonDescription(key="end_session", press_fn=lambda client: client.logout()),
)


async def async_setup_entry(
    hass: HomeAssistant, entry: MirrorConfigEntry, add: AddEntitiesCallback
) -> None:
    add(MirrorButton(entry.runtime_data.coordinator, description) for description in BUTTONS)


class MirrorButton(MirrorEntity, ButtonEntity):
    entity_description: MirrorButtonDescription

    def __init__(
        self, coordinator: MirrorCoordinator, description: MirrorButtonDescription
    ) -> None:
        super().__init__(coordinator, description.key)
        self.entity_description = description

    async def async_press(self) -> None:
        try:
            await self.entity_description.press_fn(self.coordinator.client)
        except EngineError as err:
            raise engine_error(err) from err
