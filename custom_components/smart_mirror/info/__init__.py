"""Information services of one mirror: public providers (clock, weather, air
quality) that anyone in front of the mirror may see, and the personal hub
that serves only the verified person (see personal.py)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback

from .personal import Owner, PersonalHub
from .provider import Fetch, Provider, Reading
from .public import clock, ha_air_quality, ha_weather, owm_air_quality, owm_weather

CLOCK_EVERY = 30.0
WEATHER_EVERY = 600.0
AIR_EVERY = 900.0
FETCH_TIMEOUT = 10.0

__all__ = ["InfoHub", "Owner", "Reading"]


class InfoHub:
    def __init__(self, hass: HomeAssistant, entry: ConfigEntry) -> None:
        self.hass = hass
        self.entry = entry
        self.public: dict[str, Provider] = {}
        self.personal = PersonalHub(hass, self._calendars, self._task)
        self._listeners: list[Callable[[str], None]] = []

    def _task(self, coro: Any, name: str) -> Any:
        return self.entry.async_create_background_task(self.hass, coro, name)

    def _calendars(self, person_id: int) -> list[str]:
        return list(self.entry.options.get("calendars", {}).get(str(person_id), []))

    def listen(self, listener: Callable[[str], None]) -> Callable[[], None]:
        """``listener(kind)`` with kind "public" or "personal" on every change."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @callback
    def _notify(self, kind: str) -> None:
        for listener in list(self._listeners):
            listener(kind)

    def start(self) -> None:
        options = self.entry.options
        config = self.hass.config
        key = options.get("owm_api_key")
        where = (config.latitude, config.longitude)

        async def now() -> dict[str, Any]:
            return clock(self.hass)

        self._add("clock", now, CLOCK_EVERY)
        if weather := options.get("weather_entity"):
            self._add("weather", partial(ha_weather, self.hass, weather), WEATHER_EVERY)
        elif key:
            self._add("weather", partial(self._blocking, owm_weather, key, *where), WEATHER_EVERY)
        if air := options.get("air_quality_entities"):

            async def readings() -> dict[str, Any]:
                return ha_air_quality(self.hass, list(air))

            self._add("air_quality", readings, AIR_EVERY)
        elif key:
            owm_air = partial(self._blocking, owm_air_quality, key, *where)
            self._add("air_quality", owm_air, AIR_EVERY)
        self.personal.listen(lambda: self._notify("personal"))

    async def _blocking(self, fetch: Callable[..., Any], *args: Any) -> Any:
        return await self.hass.async_add_executor_job(fetch, *args)

    def _add(self, name: str, fetch: Fetch, every: float) -> None:
        provider = Provider(name, fetch, every, FETCH_TIMEOUT)
        provider.listen(lambda _reading: self._notify("public"))
        self.public[provider.name] = provider
        provider.start(self._task)

    def public_json(self) -> dict[str, Any]:
        return {name: provider.reading.as_json() for name, provider in self.public.items()}

    def stop(self) -> None:
        for provider in self.public.values():
            provider.stop()
        self.personal.stop()
