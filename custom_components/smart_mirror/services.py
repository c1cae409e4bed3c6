"""Services: enrol, forget, set or clear a PIN, log in with a PIN, retrain and
start expression calibration (admins only: they decide who the mirror lets
in); log out, "not me", show or hide a widget and capture (anyone in the
household)."""

from __future__ import annotations

import functools
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

import voluptuous as vol
from homeassistant.core import HomeAssistant, ServiceCall, SupportsResponse, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv

from .access import admin_only
from .api import EngineClient, EngineError
from .const import DOMAIN, EMOTIONS, WIDGETS
from .contract import CommandName, Modality
from .data import MirrorData
from .errors import engine_error
from .mirrors import service_mirror
from .models import Person

ATTR_ENTRY = "config_entry_id"
ATTR_PERSON = "person"
ATTR_PIN = "pin"
ATTR_KIND = "kind"
ATTR_IMAGE = "image"
ATTR_HA_PERSON = "ha_person"
ATTR_WIDGET = "widget"
ATTR_EXPRESSION = "expression"
MEDIA_SOURCE = "media-source://media_source/"
MAX_IMAGE = 20 * 1024 * 1024  # the engine's upload limit

BASE = vol.Schema({vol.Required(ATTR_ENTRY): cv.string})
PERSON = BASE.extend({vol.Required(ATTR_PERSON): cv.string})
LOGIN = PERSON.extend({vol.Required(ATTR_PIN): vol.All(cv.string, vol.Match(r"^\d{4,8}$"))})
SET_PIN = LOGIN
RETRAIN = BASE.extend(
    {
        vol.Optional(ATTR_KIND, default="identity"): vol.In(
            ["identity", "expression_head", "gesture_confidence"]
        )
    }
)
ENROL = PERSON.extend(
    {
        vol.Optional(ATTR_IMAGE): cv.string,  # none: collect frames from the live view
        vol.Optional(ATTR_HA_PERSON): cv.entity_domain("person"),
    }
)
WIDGET = BASE.extend({vol.Required(ATTR_WIDGET): vol.In(WIDGETS)})
CALIBRATION = BASE.extend({vol.Required(ATTR_EXPRESSION): vol.In(EMOTIONS)})


def _invalid(key: str, **placeholders: str) -> ServiceValidationError:
    return ServiceValidationError(
        translation_domain=DOMAIN, translation_key=key, translation_placeholders=placeholders
    )


def _mirror(hass: HomeAssistant, call: ServiceCall) -> MirrorData:
    return service_mirror(hass, call.data[ATTR_ENTRY])


async def _engine[T](call: Awaitable[T]) -> T:
    try:
        return await call
    except EngineError as err:
        raise engine_error(err) from err


async def _find_person(client: EngineClient, name: str) -> Person | None:
    """By name (the engine's one Unicode-aware rule: "Zoë" is "ZOË"), or by id."""
    if person := await _engine(client.find_person(name)):
        return person
    if name.isascii() and name.isdigit():
        return next((p for p in await _engine(client.persons()) if str(p.id) == name), None)
    return None


async def _person_id(client: EngineClient, name: str) -> int:
    person = await _find_person(client, name)
    if person is None:
        raise _invalid("unknown_person", person=name)
    return person.id


def media_file(hass: HomeAssistant, value: str) -> Path:
    """A file in one of Home Assistant's media folders, from a media-source id
    (``media-source://media_source/local/me.jpg``) or an absolute path."""
    folders = {key: Path(path).resolve() for key, path in hass.config.media_dirs.items()}
    if value.startswith(MEDIA_SOURCE):
        key, _, relative = value.removeprefix(MEDIA_SOURCE).partition("/")
        if key not in folders:
            raise _invalid("not_in_media", image=value)
        path = (folders[key] / relative).resolve()
    else:
        path = Path(value).resolve()
    if not any(path.is_relative_to(folder) for folder in folders.values()):
        raise _invalid("not_in_media", image=value)
    return path


def _read_image(path: Path) -> bytes:
    if not path.is_file():
        raise _invalid("no_image", image=str(path))
    if path.stat().st_size > MAX_IMAGE:
        raise _invalid("image_too_large", image=str(path))
    return path.read_bytes()


@callback
def async_register(hass: HomeAssistant) -> None:
    async def enrol(call: ServiceCall) -> dict[str, Any]:
        """The engine's answer, as it is: photos added, or the live enrolment's progress."""
        client = _mirror(hass, call).client
        image = None
        if ATTR_IMAGE in call.data:  # checked before anybody is created
            image = await hass.async_add_executor_job(
                _read_image, media_file(hass, call.data[ATTR_IMAGE])
            )
        ha_person = call.data.get(ATTR_HA_PERSON)
        person = await _find_person(client, call.data[ATTR_PERSON])
        created = person is None
        if person is None:
            person = await _engine(client.create_person(call.data[ATTR_PERSON], ha_person))
        elif ha_person:
            await _engine(client.link_person(person.id, ha_person))
        person_id = person.id
        try:
            if image is not None:
                return (await _engine(client.enrol_image(person_id, image))).raw
            return (await _engine(client.enrol_live(person_id))).raw
        except ServiceValidationError:
            if created:  # a refused photo leaves no empty person behind
                await _engine(client.forget(person_id))
            raise

    async def forget(call: ServiceCall) -> None:
        client = _mirror(hass, call).client
        await _engine(client.forget(await _person_id(client, call.data[ATTR_PERSON])))

    async def set_pin(call: ServiceCall) -> None:
        """The PIN the PIN pad asks for (kept in the engine as a scrypt hash only)."""
        client = _mirror(hass, call).client
        person = await _person_id(client, call.data[ATTR_PERSON])
        await _engine(client.set_pin(person, call.data[ATTR_PIN]))

    async def login(call: ServiceCall) -> None:
        client = _mirror(hass, call).client
        person = await _person_id(client, call.data[ATTR_PERSON])
        await _engine(client.login(person, call.data[ATTR_PIN]))

    async def clear_pin(call: ServiceCall) -> None:
        """No PIN any more: the PIN pad cannot log this person in."""
        client = _mirror(hass, call).client
        await _engine(client.clear_pin(await _person_id(client, call.data[ATTR_PERSON])))

    async def simple(call: ServiceCall) -> None:
        client = _mirror(hass, call).client
        if call.service == "logout":
            await _engine(client.logout())
        elif call.service == "not_me":
            # a deliberate act, as a tap on the panel's "not me" is: never asked about
            command = {"name": CommandName.NOT_ME, "modality": Modality.TOUCH, "confidence": 1.0}
            await _engine(client.submit_command(command))
        else:
            await _engine(client.capture())

    async def widget(call: ServiceCall) -> None:
        client = _mirror(hass, call).client
        shown = call.service == "show_widget"
        await _engine(client.set_toggles({call.data[ATTR_WIDGET]: shown}))

    async def retrain(call: ServiceCall) -> None:
        await _engine(_mirror(hass, call).client.retrain({"kind": call.data[ATTR_KIND]}))

    async def calibrate(call: ServiceCall) -> dict[str, Any]:
        """The engine's answer, as it is: the collecting job."""
        mirror = _mirror(hass, call)
        session_id = mirror.coordinator.data.session_id
        if session_id is None:  # calibration is personal: a verified person must be there
            raise _invalid("no_session", error="nobody's session is open")
        label = call.data[ATTR_EXPRESSION]
        return (await _engine(mirror.client.collect_expression(session_id, {"label": label}))).raw

    register = hass.services.async_register
    optional = SupportsResponse.OPTIONAL
    admin = functools.partial(admin_only, hass)
    register(DOMAIN, "enrol_person", admin(enrol), schema=ENROL, supports_response=optional)
    register(DOMAIN, "forget_person", admin(forget), schema=PERSON)
    register(DOMAIN, "set_pin", admin(set_pin), schema=SET_PIN)
    register(DOMAIN, "clear_pin", admin(clear_pin), schema=PERSON)
    register(DOMAIN, "login", admin(login), schema=LOGIN)
    register(DOMAIN, "retrain", admin(retrain), schema=RETRAIN)
    register(
        DOMAIN,
        "start_calibration",
        admin(calibrate),
        schema=CALIBRATION,
        supports_response=optional,
    )
    register(DOMAIN, "logout", simple, schema=BASE)
    register(DOMAIN, "not_me", simple, schema=BASE)
    register(DOMAIN, "capture", simple, schema=BASE)
    register(DOMAIN, "show_widget", widget, schema=WIDGET)
    register(DOMAIN, "hide_widget", widget, schema=WIDGET)
