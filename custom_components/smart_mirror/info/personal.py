"""Personal information, only for the verified person in front of the mirror.

The gate is the session: while person P's session is active, P's providers
run (Home Assistant calendars chosen for P, and the Google accounts linked to
P's Home Assistant person) and their values are kept for that session only.
When the session ends or changes, the providers stop and everything they
fetched is dropped at once; nothing of P is ever handed to another session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from ..const import DOMAIN
from .google import GoogleAccount, calendar_events, is_google_account, unread_mail
from .provider import Provider, Reading

CALENDAR_DAYS = 7
CALENDAR_EVERY = 300.0
MAIL_EVERY = 120.0
FETCH_TIMEOUT = 15.0


@dataclass(frozen=True)
class Owner:
    person_id: int
    session_id: str
    ha_person: str | None


class PersonalHub:
    def __init__(
        self,
        hass: HomeAssistant,
        calendars: Callable[[int], list[str]],
        create_task: Callable[..., Any],
    ) -> None:
        self.hass = hass
        self._calendars = calendars
        self._create_task = create_task
        self.owner: Owner | None = None
        self.visible = False  # the owner's face is in view (data shown only then)
        self._providers: list[Provider] = []
        self.readings: dict[str, Reading] = {}
        self._listeners: list[Callable[[], None]] = []

    def listen(self, listener: Callable[[], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def follow(self, owner: Owner | None, visible: bool = True) -> None:
        """The session changed (or not): drop everything of a previous owner."""
        if owner == self.owner:
            if visible != self.visible:
                self.visible = visible
                self._changed()
            return
        self.visible = visible and owner is not None
        for provider in self._providers:
            provider.stop()
        self._providers = []
        self.readings = {}  # gone before anyone else can read it
        self.owner = owner
        if owner is not None:
            self._start(owner)
        self._changed()

    def for_session(self, session_id: str) -> dict[str, Any] | None:
        """The owner's data, only to the caller that names the owner's session."""
        owner = self.owner
        if owner is None or session_id != owner.session_id or not self.visible:
            return None
        return {name: snap.as_json() for name, snap in self.readings.items()}

    def value(self, name: str) -> Any:
        """The current owner's value for entities (None when not shown)."""
        reading = self.readings.get(name) if self.visible else None
        return reading.value if reading else None

    def _accounts(self, ha_person: str | None) -> list[GoogleAccount]:
        if ha_person is None:
            return []
        return [
            GoogleAccount(self.hass, entry)
            for entry in self.hass.config_entries.async_loaded_entries(DOMAIN)
            if entry.data.get("ha_person") == ha_person and is_google_account(entry)
        ]

    def _start(self, owner: Owner) -> None:
        calendars = self._calendars(owner.person_id)
        accounts = self._accounts(owner.ha_person)
        if calendars or accounts:
            self._add(
                Provider(
                    "calendar",
                    lambda: self._events(calendars, accounts),
                    CALENDAR_EVERY,
                    FETCH_TIMEOUT,
                )
            )
        if accounts:
            self._add(Provider("mail", lambda: self._mail(accounts), MAIL_EVERY, FETCH_TIMEOUT))

    def _add(self, provider: Provider) -> None:
        owner = self.owner

        def keep(reading: Reading) -> None:
            if self.owner is owner:  # a late answer for an ended session is dropped
                self.readings[reading.name] = reading
                self._changed()

        provider.listen(keep)
        self._providers.append(provider)
        provider.start(self._create_task)

    async def _events(
        self, calendars: list[str], accounts: list[GoogleAccount]
    ) -> list[dict[str, Any]]:
        now = dt_util.now()
        events: list[dict[str, Any]] = []
        if calendars:
            response = await self.hass.services.async_call(
                "calendar",
                "get_events",
                {
                    "entity_id": calendars,
                    "start_date_time": now,
                    "end_date_time": now + timedelta(days=CALENDAR_DAYS),
                },
                blocking=True,
                return_response=True,
            )
            for entity_id, found in (response or {}).items():
                listed = found.get("events") if isinstance(found, dict) else None
                events += [
                    {**event, "source": entity_id}
                    for event in (listed if isinstance(listed, list) else [])
                    if isinstance(event, dict)
                ]
        for account in accounts:
            events += await account.run(calendar_events, now)
        return sorted(events, key=_starts)

    async def _mail(self, accounts: list[GoogleAccount]) -> dict[str, Any]:
        unread, latest = 0, []
        for account in accounts:
            found = await account.run(unread_mail)
            unread += found["unread"]
            latest += found["latest"]
        return {"unread": unread, "latest": latest}

    def stop(self) -> None:
        self.follow(None)


def _starts(event: dict[str, Any]) -> float:
    """Sort key: timed events by their instant, all-day ones from local midnight."""
    text = str(event["start"])
    when = dt_util.parse_datetime(text)
    if when is None:
        day = dt_util.parse_date(text)
        when = dt_util.start_of_local_day(day) if day else dt_util.now()
    return dt_util.as_utc(when).timestamp()
