"""The last capture (the mirror's camera button, the capture service or a voice
command) as an image entity: unavailable while there is none (before the first
capture, or once the person in it was forgotten), so nobody is sent for a
picture that is not there."""

from __future__ import annotations

from datetime import UTC, datetime

from homeassistant.components.image import ImageEntity
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddEntitiesCallback

from .api import EngineError
from .coordinator import MirrorCoordinator
from .data import MirrorConfigEntry
from .entity import MirrorEntity

PARALLEL_UPDATES = 0  # state is pushed by the engine; actions are the engine's to order


async def async_setup_entry(
    hass: HomeAssistant, entry: MirrorConfigEntry, add: AddEntitiesCallback
) -> None:
    add([LastCaptureImage(hass, entry.runtime_data.coordinator)])


class LastCaptureImage(MirrorEntity, ImageEntity):
    _attr_content_type = "image/jpeg"

    def __init__(self, hass: HomeAssistant, coordinator: MirrorCoordinator) -> None:
        MirrorEntity.__init__(self, coordinator, "last_capture")
        ImageEntity.__init__(self, hass)
        self._capture_id: int | None = None
        self._follow()

    def _follow(self) -> None:
        capture = self.coordinator.data.last_capture
        if capture is None:  # none kept, or forgotten with the person in it
            self._capture_id = None
            self._cached_image = None
            return
        if capture.id == self._capture_id:
            return
        self._capture_id = capture.id
        self._cached_image = None  # the next request fetches the new one
        self._attr_image_last_updated = datetime.fromtimestamp(capture.taken, UTC)

    @property
    def available(self) -> bool:
        return super().available and self._capture_id is not None

    @property
    def entity_picture(self) -> str | None:
        """No link to a picture that is not there (Home Assistant's image
        proxy answers 500 for an image entity without one)."""
        return super().entity_picture if self._capture_id is not None else None

    @callback
    def _handle_coordinator_update(self) -> None:
        self._follow()
        super()._handle_coordinator_update()

    async def async_image(self) -> bytes | None:
        if self._capture_id is None:
            return None
        try:
            return await self.coordinator.client.capture_jpeg(self._capture_id)
        except EngineError:
            return None
