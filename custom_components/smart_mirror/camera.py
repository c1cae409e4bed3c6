"""The mirror feed: MJPEG stream and snapshots, proxied with the token."""

from __future__ import annotations

from aiohttp import web
from homeassistant.components.camera import Camera
from homeassistant.core import HomeAssistant
from homeassistant.helpers.aiohttp_client import (
    async_aiohttp_proxy_web,
    async_get_clientsession,
)
from homeassistant.helpers.entity_platform import AddEntitiesCallback

from .api import EngineError
from .coordinator import MirrorCoordinator
from .data import MirrorConfigEntry
from .entity import MirrorEntity

PARALLEL_UPDATES = 0  # state is pushed by the engine; actions are the engine's to order


async def async_setup_entry(
    hass: HomeAssistant, entry: MirrorConfigEntry, add: AddEntitiesCallback
) -> None:
    add([MirrorCamera(entry.runtime_data.coordinator)])


class MirrorCamera(MirrorEntity, Camera):
    """The device's main feature, so it takes the device's name ("Smart
    Mirror", not "Smart Mirror Mirror")."""

    _attr_name = None

    def __init__(self, coordinator: MirrorCoordinator) -> None:
        MirrorEntity.__init__(self, coordinator, "mirror")  # the unique id it always had
        Camera.__init__(self)
        self._attr_translation_key = None
        self._attr_is_streaming = True

    async def async_camera_image(
        self, width: int | None = None, height: int | None = None
    ) -> bytes | None:
        try:
            return await self.coordinator.client.snapshot()
        except EngineError:
            return None

    async def handle_async_mjpeg_stream(self, request: web.Request) -> web.StreamResponse | None:
        url, headers = self.coordinator.client.stream_request
        session = async_get_clientsession(self.hass)
        stream = session.get(url, headers=headers)
        return await async_aiohttp_proxy_web(self.hass, request, stream)
