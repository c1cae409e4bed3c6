"""Options: the engine's runtime settings, which Home Assistant person each
enrolled person is, and where the Public widgets take weather and air quality
from. Engine settings and person links live in the engine (the panel and the
numbers read them there); widget sources live in the entry's options."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import voluptuous as vol
from homeassistant import config_entries
from homeassistant.config_entries import ConfigFlowResult, OptionsFlow
from homeassistant.helpers import selector

from .access import CONF_DISPLAY_USERS, CONF_PERSONAL_SENSORS
from .api import EngineClient, EngineError
from .contract import TUNABLE, Liveness
from .data import MirrorData

ENGINE_KEYS = (*TUNABLE, "liveness")
SOURCE_KEYS = (
    "weather_entity",
    "air_quality_entities",
    "owm_api_key",
    CONF_DISPLAY_USERS,
    CONF_PERSONAL_SENSORS,
)
CALENDARS = " calendars"  # the people step's field of a person's calendars: "<name> calendars"


def _number(key: str) -> selector.NumberSelector:
    """A tunable setting's field, with the range the contract offers."""
    low, high, step, unit = TUNABLE[key]
    config = selector.NumberSelectorConfig(
        min=low, max=high, step=step, mode=selector.NumberSelectorMode.BOX
    )
    if unit:
        config["unit_of_measurement"] = unit
    return selector.NumberSelector(config)


SETTINGS_SCHEMA = vol.Schema({vol.Required(key): _number(key) for key in TUNABLE}).extend(
    {
        vol.Required("liveness"): selector.SelectSelector(
            selector.SelectSelectorConfig(
                options=[mode.value for mode in Liveness], translation_key="liveness"
            )
        ),
        vol.Optional("weather_entity"): selector.EntitySelector(
            selector.EntitySelectorConfig(domain="weather")
        ),
        vol.Optional("air_quality_entities"): selector.EntitySelector(
            selector.EntitySelectorConfig(domain=["air_quality", "sensor"], multiple=True)
        ),
        # without the entities above, weather and air quality from OpenWeatherMap
        vol.Optional("owm_api_key"): selector.TextSelector(
            selector.TextSelectorConfig(type=selector.TextSelectorType.PASSWORD)
        ),
        # personal readings as entities every user and the recorder can read
        vol.Optional(CONF_PERSONAL_SENSORS, default=False): selector.BooleanSelector(),
    }
)
PERSON_SELECTOR = selector.EntitySelector(selector.EntitySelectorConfig(domain="person"))
CALENDAR_SELECTOR = selector.EntitySelector(
    selector.EntitySelectorConfig(domain="calendar", multiple=True)
)


# Home Assistant 2025.8 and later reload the entry when its options flow ends
# with new options, and report integrations that reload from an update listener
# instead; 2025.4 has only the update listener (see __init__._options_changed).
if TYPE_CHECKING:  # the same interface either way
    _OptionsFlow = OptionsFlow
else:
    _OptionsFlow = getattr(config_entries, "OptionsFlowWithReload", OptionsFlow)
RELOADS_ITSELF: bool = _OptionsFlow is not OptionsFlow


class MirrorOptionsFlow(_OptionsFlow):
    def __init__(self) -> None:
        self._options: dict[str, Any] = {}

    @property
    def _client(self) -> EngineClient:
        mirror: MirrorData = self.config_entry.runtime_data
        return mirror.client

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        errors: dict[str, str] = {}
        try:
            engine = await self._client.settings()
        except EngineError:
            return self.async_abort(reason="cannot_connect")
        settings: dict[str, Any] = {**engine.tunable, "liveness": engine.liveness}
        if user_input is not None:
            changes = {k: user_input[k] for k in ENGINE_KEYS if user_input[k] != settings[k]}
            try:
                if changes:
                    await self._client.update_settings(changes)
            except EngineError:
                errors["base"] = "bad_settings"
            else:
                self._options = {k: user_input[k] for k in SOURCE_KEYS if k in user_input}
                return await self.async_step_people()
        suggested = {**settings, **self.config_entry.options, **(user_input or {})}
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                SETTINGS_SCHEMA.extend(await self._display_field()), suggested
            ),
            errors=errors,
        )

    async def _display_field(self) -> dict[vol.Optional, selector.SelectSelector]:
        """The Home Assistant users that are the mirror's wall display."""
        users = [
            selector.SelectOptionDict(value=user.id, label=user.name or user.id)
            for user in await self.hass.auth.async_get_users()
            if user.is_active and not user.system_generated
        ]
        config = selector.SelectSelectorConfig(
            options=users, multiple=True, mode=selector.SelectSelectorMode.LIST
        )
        return {vol.Optional(CONF_DISPLAY_USERS, default=[]): selector.SelectSelector(config)}

    async def async_step_people(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Per enrolled person (by name): their Home Assistant person, and the
        calendars the Personal widget shows only in their session."""
        try:
            persons = await self._client.persons()
        except EngineError:
            return self.async_abort(reason="cannot_connect")
        if user_input is not None or not persons:
            chosen = user_input or {}
            calendars: dict[str, list[str]] = {}
            try:
                for person in persons:
                    linked = chosen.get(person.name)
                    if linked != person.ha_person:
                        await self._client.link_person(person.id, linked)
                    if chosen.get(person.name + CALENDARS):
                        calendars[str(person.id)] = list(chosen[person.name + CALENDARS])
            except EngineError:
                return self.async_abort(reason="cannot_connect")
            return self.async_create_entry(data={**self._options, "calendars": calendars})
        fields: dict[vol.Optional, selector.EntitySelector] = {}
        suggested: dict[str, Any] = {}
        saved = self.config_entry.options.get("calendars", {})
        for person in persons:
            fields[vol.Optional(person.name)] = PERSON_SELECTOR
            fields[vol.Optional(person.name + CALENDARS)] = CALENDAR_SELECTOR
            if person.ha_person:
                suggested[person.name] = person.ha_person
            if saved.get(str(person.id)):
                suggested[person.name + CALENDARS] = saved[str(person.id)]
        return self.async_show_form(
            step_id="people",
            data_schema=self.add_suggested_values_to_schema(vol.Schema(fields), suggested),
        )
