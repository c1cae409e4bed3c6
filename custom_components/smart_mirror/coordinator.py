"""Push coordinator: one WebSocket to the engine, its events become state.

The engine pushes; nothing is polled. When the socket drops, entities go
unavailable (one log line), the coordinator reconnects with backoff, and
they come back by themselves (one log line)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field, replace
from typing import Any

import aiohttp
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryAuthFailed
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator, UpdateFailed

from .api import EngineClient, EngineError, InvalidAuth
from .const import DOMAIN, EVENT_PERSON_RECOGNIZED, EVENT_SESSION_ENDED

_LOGGER = logging.getLogger(__name__)
BACKOFF = (1, 2, 5, 10, 30)


@dataclass(frozen=True)
class MirrorState:
    status: dict[str, Any] = field(default_factory=dict)
    session: dict[str, Any] = field(default_factory=dict)
    people: int = 0  # faces in view
    assessment: dict[str, Any] | None = None  # the session owner's, smoothed
    toggles: dict[str, bool] = field(default_factory=dict)

    @property
    def session_state(self) -> str:
        return str(self.session.get("state", "idle"))

    @property
    def person(self) -> dict[str, Any] | None:
        current = self.session.get("session") or {}
        person = current.get("person")
        return person if self.session_state == "active" else None


class MirrorCoordinator(DataUpdateCoordinator[MirrorState]):
    config_entry: ConfigEntry

    def __init__(self, hass: HomeAssistant, entry: ConfigEntry, client: EngineClient) -> None:
        super().__init__(hass, _LOGGER, config_entry=entry, name=DOMAIN)
        self.client = client
        self.engine_id = str(entry.unique_id)
        self._connected = False

    async def _async_update_data(self) -> MirrorState:
        try:
            status = await self.client.status()
            session = await self.client.session_state()
        except InvalidAuth as err:
            raise ConfigEntryAuthFailed(str(err)) from err  # starts the reauth flow
        except EngineError as err:
            raise UpdateFailed(str(err)) from err
        return MirrorState(status=status, session=session, toggles=status.get("toggles", {}))

    async def listen(self) -> None:
        """Follow the engine's events forever (a background task of the entry)."""
        attempt = 0
        while True:
            try:
                async with self.client.events() as ws:
                    attempt = 0
                    async for message in ws:
                        if message.type == aiohttp.WSMsgType.TEXT:
                            self._handle(message.json())
            except (aiohttp.ClientError, EngineError, TimeoutError) as err:
                _LOGGER.debug("engine event stream failed: %s", err)
            self._lost()
            await asyncio.sleep(BACKOFF[min(attempt, len(BACKOFF) - 1)])
            attempt += 1

    @property
    def device_id(self) -> str | None:
        """The mirror's device (for device triggers)."""
        device = dr.async_get(self.hass).async_get_device(identifiers={(DOMAIN, self.engine_id)})
        return device.id if device else None

    def _lost(self) -> None:
        if self._connected:
            _LOGGER.warning("Smart Mirror engine at %s is unreachable", self.client.base)
        self._connected = False
        self.last_update_success = False
        self.async_update_listeners()

    def _handle(self, event: dict[str, Any]) -> None:
        kind, data = event.get("type"), event.get("data") or {}
        state = self.data or MirrorState()
        if kind == "hello":
            if not self._connected and self.last_update_success is False:
                _LOGGER.warning("Smart Mirror engine at %s is back", self.client.base)
            self._connected = True
            self.async_set_updated_data(
                replace(state, status=data, toggles=data.get("toggles", state.toggles))
            )
        elif kind == "session":
            # Assessment belongs to one session: it goes when the session changes.
            same = (data.get("session") or {}).get("id") == (
                state.session.get("session") or {}
            ).get("id")
            keep = state.assessment if same and data.get("state") == "active" else None
            self.async_set_updated_data(replace(state, session=data, assessment=keep))
        elif kind == "toggles":
            self.async_set_updated_data(replace(state, toggles=dict(data)))
        elif kind == "faces":
            people = len(data.get("faces", []))
            if people != state.people:
                self.async_set_updated_data(replace(state, people=people))
        elif kind == "assessment" and state.session_state == "active":
            self.async_set_updated_data(replace(state, assessment=data.get("smoothed")))
        elif kind in ("person_recognized", "session_ended"):
            name = EVENT_PERSON_RECOGNIZED if kind == "person_recognized" else EVENT_SESSION_ENDED
            self.hass.bus.async_fire(
                name, {**data, "engine_id": self.engine_id, "device_id": self.device_id}
            )
