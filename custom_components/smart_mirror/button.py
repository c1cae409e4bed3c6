"""Buttons: keep a capture of the mirror, end the current session."""

from __future__ import annotations

from homeassistant.components.button import ButtonEntity
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.entity_platform import AddEntitiesCallback

from . import MirrorConfigEntry
from .api import EngineError
from .const import DOMAIN
from .entity import MirrorEntity


async def async_setup_entry(
    hass: HomeAssistant, entry: MirrorConfigEntry, add: AddEntitiesCallback
) -> None:
    coordinator = entry.runtime_data
    add([CaptureButton(coordinator, "capture"), EndSessionButton(coordinator, "end_session")])


def _failed(err: EngineError) -> HomeAssistantError:
    return HomeAssistantError(
        translation_domain=DOMAIN,
        translation_key="engine_error",
        translation_placeholders={"error": str(err)},
    )


class CaptureButton(MirrorEntity, ButtonEntity):
    async def async_press(self) -> None:
        try:
            await self.coordinator.client.capture()
        except EngineError as err:
            raise _failed(err) from err


class EndSessionButton(MirrorEntity, ButtonEntity):
    async def async_press(self) -> None:
        try:
            await self.coordinator.client.logout()
        except EngineError as err:
            raise _failed(err) from err
