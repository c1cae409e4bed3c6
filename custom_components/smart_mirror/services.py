"""Services: forget a person, log in with a PIN, log out, capture, retrain."""

from __future__ import annotations

import voluptuous as vol
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant, ServiceCall, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv

from .api import EngineError
from .const import DOMAIN
from .coordinator import MirrorCoordinator
from .errors import engine_error

ATTR_ENTRY = "config_entry_id"
ATTR_PERSON = "person"
ATTR_PIN = "pin"
ATTR_KIND = "kind"

BASE = vol.Schema({vol.Required(ATTR_ENTRY): cv.string})
PERSON = BASE.extend({vol.Required(ATTR_PERSON): cv.string})
LOGIN = PERSON.extend({vol.Required(ATTR_PIN): vol.All(cv.string, vol.Match(r"^\d{4,8}$"))})
RETRAIN = BASE.extend(
    {vol.Optional(ATTR_KIND, default="identity"): vol.In(["identity", "expression_head"])}
)


def _coordinator(hass: HomeAssistant, call: ServiceCall) -> MirrorCoordinator:
    entry = hass.config_entries.async_get_entry(call.data[ATTR_ENTRY])
    if entry is None or entry.domain != DOMAIN or entry.state is not ConfigEntryState.LOADED:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="unknown_mirror",
            translation_placeholders={"entry": call.data[ATTR_ENTRY]},
        )
    coordinator: MirrorCoordinator = entry.runtime_data
    return coordinator


async def _person_id(coordinator: MirrorCoordinator, name: str) -> int:
    for person in await coordinator.client.persons():
        if str(person["name"]).casefold() == name.casefold() or str(person["id"]) == name:
            return int(person["id"])
    raise ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="unknown_person",
        translation_placeholders={"person": name},
    )


@callback
def async_register(hass: HomeAssistant) -> None:
    async def forget(call: ServiceCall) -> None:
        coordinator = _coordinator(hass, call)
        try:
            await coordinator.client.forget(await _person_id(coordinator, call.data[ATTR_PERSON]))
        except EngineError as err:
            raise engine_error(err) from err

    async def login(call: ServiceCall) -> None:
        coordinator = _coordinator(hass, call)
        try:
            person = await _person_id(coordinator, call.data[ATTR_PERSON])
            await coordinator.client.login(person, call.data[ATTR_PIN])
        except EngineError as err:
            raise engine_error(err) from err

    async def simple(call: ServiceCall) -> None:
        client = _coordinator(hass, call).client
        action = {"logout": client.logout, "capture": client.capture}[call.service]
        try:
            await action()
        except EngineError as err:
            raise engine_error(err) from err

    async def retrain(call: ServiceCall) -> None:
        try:
            await _coordinator(hass, call).client.retrain(call.data[ATTR_KIND])
        except EngineError as err:
            raise engine_error(err) from err

    hass.services.async_register(DOMAIN, "forget_person", forget, schema=PERSON)
    hass.services.async_register(DOMAIN, "login", login, schema=LOGIN)
    hass.services.async_register(DOMAIN, "logout", simple, schema=BASE)
    hass.services.async_register(DOMAIN, "capture", simple, schema=BASE)
    hass.services.async_register(DOMAIN, "retrain", retrain, schema=RETRAIN)
