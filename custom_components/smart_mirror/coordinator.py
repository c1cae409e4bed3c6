"""Push coordinator: one WebSocket to the engine, its events become state.

The engine pushes; nothing is polled. When the socket drops, entities go
unavailable (one log line), the coordinator reconnects with backoff, and
they come back by themselves (one log line)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import aiohttp
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryAuthFailed, ConfigEntryError
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator, UpdateFailed

from . import forgetting
from .api import EngineClient, EngineError, InvalidAuth
from .const import (
    DOMAIN,
    ENGINE_API_VERSION,
    EVENT_GESTURE,
    EVENT_PERSON_RECOGNIZED,
    EVENT_SESSION_ENDED,
)
from .info import InfoHub
from .models import (
    ROLE_SERVER,
    Capture,
    EngineSettings,
    EngineStatus,
    Person,
    SessionPerson,
    SessionSnapshot,
)

_LOGGER = logging.getLogger(__name__)
BACKOFF = (1, 2, 5, 10, 30)
# engine events that become Home Assistant bus events (and device triggers)
BUS_EVENTS = {
    "person_recognized": EVENT_PERSON_RECOGNIZED,
    "session_ended": EVENT_SESSION_ENDED,
    "gesture": EVENT_GESTURE,
}
UNREACHABLE_AFTER = 15 * 60  # seconds before a repair issue says the engine is gone


@dataclass(frozen=True)
class MirrorState:
    status: EngineStatus = field(default_factory=EngineStatus)
    session: SessionSnapshot = field(default_factory=SessionSnapshot)
    faces_in_view: int = 0
    assessment: dict[str, Any] | None = None  # the session owner's, smoothed
    toggles: dict[str, bool] = field(default_factory=dict)
    settings: EngineSettings = field(default_factory=EngineSettings)  # the engine's runtime ones
    persons: tuple[Person, ...] = ()  # enrolled people
    last_capture: Capture | None = None

    @property
    def session_state(self) -> str:
        return self.session.state

    @property
    def person(self) -> SessionPerson | None:
        """The verified person of the active session (not a guest, not a maybe)."""
        current = self.session.session
        return current.person if current and self.session_state == "active" else None

    @property
    def session_id(self) -> str | None:
        """The id of the verified person's session (what personal calls need)."""
        return self.session.id if self.person else None

    def enrolled(self, person_id: int) -> Person | None:
        return next((p for p in self.persons if p.id == person_id), None)


def _with_session(state: MirrorState, session: SessionSnapshot) -> MirrorState:
    """The state with this session; assessment belongs to one session: it goes
    when the session changes."""
    same = session.id == state.session.id
    keep = state.assessment if same and session.state == "active" else None
    return replace(state, session=session, assessment=keep)


class MirrorCoordinator(DataUpdateCoordinator[MirrorState]):
    config_entry: ConfigEntry

    def __init__(self, hass: HomeAssistant, entry: ConfigEntry, client: EngineClient) -> None:
        super().__init__(hass, _LOGGER, config_entry=entry, name=DOMAIN)
        self.client = client
        self.engine_id = str(entry.unique_id)
        self._connected = False
        self._lost_since: float | None = None
        self.info = InfoHub(hass, entry)  # the mirror's information services
        self._event_listeners: list[Callable[[str, dict[str, Any]], None]] = []

    def add_event_listener(
        self, listener: Callable[[str, dict[str, Any]], None]
    ) -> Callable[[], None]:
        """Call ``listener(type, data)`` for every engine event; returns the remover."""
        self._event_listeners.append(listener)
        return lambda: self._event_listeners.remove(listener)

    async def _async_update_data(self) -> MirrorState:
        try:
            status = await self.client.status()
            if status.raw.get("role") == ROLE_SERVER:
                # the engine at this address now runs as the household's
                # server (no camera, no session): reconfigure makes it one
                raise ConfigEntryError(
                    translation_domain=DOMAIN,
                    translation_key="engine_is_server",
                    translation_placeholders={"url": self.client.base},
                )
            session = await self.client.session_state()
            persons = await self.client.persons() if status.identity else []
            captures = await self.client.captures()
        except InvalidAuth as err:
            raise ConfigEntryAuthFailed(str(err)) from err  # starts the reauth flow
        except EngineError as err:
            raise UpdateFailed(str(err)) from err
        self._check_api_version(status)
        if status.identity:  # someone forgotten while Home Assistant was away
            forgetting.prune_options(self.hass, self, {p.id for p in persons})
        return MirrorState(
            status=status,
            session=session,
            toggles=status.toggles if status.toggles is not None else {},
            settings=status.settings or EngineSettings(),
            persons=tuple(persons),
            last_capture=captures[0] if captures else None,
        )

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

    def _issue(self, kind: str) -> str:
        return f"{kind}_{self.config_entry.entry_id}"

    def _repair(self, kind: str, severity: ir.IssueSeverity, placeholders: dict[str, str]) -> None:
        """A repair issue of this entry (its translation key is its kind)."""
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            self._issue(kind),
            is_fixable=False,
            severity=severity,
            translation_key=kind,
            translation_placeholders=placeholders,
        )

    def _check_api_version(self, status: EngineStatus) -> None:
        """An engine from another release is refused with a repair issue."""
        version = status.api_version
        if version == ENGINE_API_VERSION:
            ir.async_delete_issue(self.hass, DOMAIN, self._issue("incompatible_api"))
            return
        placeholders = {
            "engine": str(version),
            "integration": str(ENGINE_API_VERSION),
            "url": self.client.base,
        }
        self._repair("incompatible_api", ir.IssueSeverity.ERROR, placeholders)
        raise ConfigEntryError(
            translation_domain=DOMAIN,
            translation_key="incompatible_api",
            translation_placeholders=placeholders,
        )

    def _still_unreachable(self) -> None:
        """Unreachable for long: tell the household in Repairs (gone when it is back)."""
        since = self._lost_since
        if since is not None and self.hass.loop.time() - since >= UNREACHABLE_AFTER:
            minutes = str(round(UNREACHABLE_AFTER / 60))
            self._repair(
                "unreachable",
                ir.IssueSeverity.WARNING,
                {"url": self.client.base, "minutes": minutes},
            )

    @property
    def device_id(self) -> str | None:
        """The mirror's device (for device triggers): this entry's own, as device
        identifiers are unique only within a config entry."""
        registry = dr.async_get(self.hass)
        for device in dr.async_entries_for_config_entry(registry, self.config_entry.entry_id):
            if (DOMAIN, self.engine_id) in device.identifiers:
                return device.id
        return None

    def _lost(self) -> None:
        if self._connected:
            _LOGGER.warning("Smart Mirror engine at %s is unreachable", self.client.base)
        if self._lost_since is None:
            self._lost_since = self.hass.loop.time()
        self._still_unreachable()
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
            self._lost_since = None
            ir.async_delete_issue(self.hass, DOMAIN, self._issue("unreachable"))
            # People or captures may have changed while the socket was down.
            self.config_entry.async_create_task(self.hass, self.async_request_refresh())
            status = EngineStatus.from_json(data)
            state = replace(
                state,
                status=status,
                toggles=status.toggles if status.toggles is not None else state.toggles,
                settings=status.settings or state.settings,
            )
            # the session as it stands (None: recognition is off): someone
            # greeted while the socket was down is shown at once
            if isinstance(snapshot := data.get("session"), dict):
                state = _with_session(state, SessionSnapshot.from_json(snapshot))
            self.async_set_updated_data(state)
        elif kind == "session":
            self.async_set_updated_data(_with_session(state, SessionSnapshot.from_json(data)))
        elif kind == "toggles":
            self.async_set_updated_data(replace(state, toggles=dict(data)))
        elif kind == "settings":
            self.async_set_updated_data(replace(state, settings=EngineSettings.from_json(data)))
        elif kind == "persons":
            persons = tuple(Person.from_json(p) for p in data.get("persons", []))
            self.async_set_updated_data(replace(state, persons=persons))
            forgetting.prune_options(self.hass, self, {p.id for p in persons})
        elif kind == "person_forgotten":
            # their captures went with them; and what Home Assistant recorded
            self.config_entry.async_create_task(self.hass, self.async_request_refresh())
            self.config_entry.async_create_task(
                self.hass, forgetting.forget_in_home_assistant(self.hass, self)
            )
        elif kind == "capture":
            self.async_set_updated_data(replace(state, last_capture=Capture.from_json(data)))
        elif kind == "faces":
            faces_in_view = len(data.get("faces", []))
            if faces_in_view != state.faces_in_view:
                self.async_set_updated_data(replace(state, faces_in_view=faces_in_view))
        elif kind == "assessment" and state.session_state == "active":
            self.async_set_updated_data(replace(state, assessment=data.get("smoothed")))
        for listener in list(self._event_listeners):
            listener(str(kind), data)
        if name := BUS_EVENTS.get(str(kind)):
            # recorded and seen by automations: never the session id, the key
            # to the person's data on the display
            public = {key: value for key, value in data.items() if key != "session_id"}
            self.hass.bus.async_fire(name, {**public, **self._which(public)})

    def _which(self, data: dict[str, Any]) -> dict[str, Any]:
        """Which mirror saw it (its engine, its device, the name Home Assistant
        shows for it) and, for a person, the Home Assistant person linked to
        them: the same on every mirror of a household, where a person's engine
        id is each mirror's own."""
        device_id = self.device_id
        device = dr.async_get(self.hass).async_get(device_id) if device_id else None
        which: dict[str, Any] = {
            "engine_id": self.engine_id,
            "device_id": device_id,
            "mirror": (device.name_by_user if device else None) or self.config_entry.title,
        }
        person_id = data.get("person_id")
        if isinstance(person_id, int) and self.data is not None:
            enrolled = self.data.enrolled(person_id)
            which["ha_person"] = enrolled.ha_person if enrolled else None
        return which
