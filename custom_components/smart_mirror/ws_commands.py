"""Websocket commands for the panel: public information for anyone; personal
information and the PIN pad only for the mirror's display users and admins
(``access.sees_personal``), and only for the owner's current session; changes
to how the mirror decides, and the People sheet (enrolled persons, their PINs,
faces, Home Assistant persons and calendars), only for admins."""

from __future__ import annotations

import base64
import functools
import re
from collections.abc import Awaitable, Callable
from typing import Any

import voluptuous as vol
from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.const import WebSocketCommandHandler
from homeassistant.components.websocket_api.decorators import (
    async_response,
    require_admin,
    websocket_command,
)
from homeassistant.components.websocket_api.messages import event_message
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import config_validation as cv

from .access import sees_personal
from .api import EngineClient, EngineError
from .contract import TUNABLE, Liveness
from .data import MirrorData
from .forgetting import CALENDARS
from .household import mirror_name, server_of
from .mirrors import loaded_mirror
from .models import EngineAnswer, JsonObject, Person

ENTRY = vol.Required("entry_id")
# ids as the engine stores them (SQLite integers)
ID = vol.All(int, vol.Range(min=0, max=2**63 - 1))


def _mirror(
    hass: HomeAssistant,
    connection: ActiveConnection,
    msg: dict[str, Any],
    personal: bool = False,
) -> MirrorData | None:
    """The loaded mirror the message names, or None after answering not_found
    (or unauthorized, for a ``personal`` command from a user who is neither
    the mirror's display nor an admin)."""
    mirror = loaded_mirror(hass, msg["entry_id"])
    if mirror is None:
        connection.send_error(msg["id"], "not_found", "no loaded Smart Mirror with that entry")
        return None
    if personal and not sees_personal(mirror.coordinator.config_entry, connection.user):
        connection.send_error(
            msg["id"], "unauthorized", "only the mirror's display users and admins may do this"
        )
        return None
    return mirror


@callback
def async_register(hass: HomeAssistant) -> None:
    async_register_command(hass, ws_public)
    async_register_command(hass, ws_personal)
    async_register_command(hass, ws_subscribe)
    async_register_command(hass, ws_choose)
    async_register_command(hass, ws_login)
    async_register_command(hass, ws_me)
    async_register_command(hass, ws_trainer)
    async_register_command(hass, ws_household)
    async_register_command(hass, ws_settings)
    async_register_command(hass, ws_command)
    async_register_command(hass, ws_answer)
    for command in PEOPLE_COMMANDS:
        async_register_command(hass, command)


def _personal(mirror: MirrorData, session_id: str | None) -> dict[str, Any] | None:
    if session_id is None:
        return None
    return mirror.info.personal.for_session(session_id)


@websocket_command({vol.Required("type"): "smart_mirror/info/public", ENTRY: str})
@callback
def ws_public(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    mirror = _mirror(hass, connection, msg)
    if mirror is None:
        return
    connection.send_result(msg["id"], mirror.info.public_json())


@websocket_command(
    {
        vol.Required("type"): "smart_mirror/info/personal",
        ENTRY: str,
        vol.Required("session_id"): str,
    }
)
@callback
def ws_personal(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    if (mirror := _mirror(hass, connection, msg, personal=True)) is None:
        return
    data = _personal(mirror, msg["session_id"])
    if data is None:
        connection.send_error(
            msg["id"], "not_owner", "personal information is only for the owner's session"
        )
        return
    connection.send_result(msg["id"], data)


@websocket_command(
    {
        vol.Required("type"): "smart_mirror/info/subscribe",
        ENTRY: str,
        vol.Optional("session_id"): str,
    }
)
@callback
def ws_subscribe(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """Public information on every change; personal information too while the
    named session is the owner's (an empty object once it is not)."""
    personal = "session_id" in msg
    mirror = _mirror(hass, connection, msg, personal=personal)
    if mirror is None:
        return
    info = mirror.info
    session_id = msg.get("session_id")

    @callback
    def send(kind: str) -> None:
        if kind == "public":
            connection.send_message(event_message(msg["id"], {"public": info.public_json()}))
        elif session_id is not None:
            personal = _personal(mirror, session_id) or {}
            connection.send_message(event_message(msg["id"], {"personal": personal}))

    connection.subscriptions[msg["id"]] = info.listen(send)
    connection.send_result(msg["id"])
    send("public")
    send("personal")


# engine error codes that have a websocket_api name
ERROR_CODES = {"gone": "not_found"}


async def _engine_call(
    connection: ActiveConnection,
    msg: dict[str, Any],
    call: Awaitable[EngineAnswer | JsonObject | list[JsonObject]],
) -> None:
    """The engine's answer as the engine sent it, or its error code (wrong_pin,
    locked, ...) for the panel."""
    try:
        answer = await call
        connection.send_result(
            msg["id"], answer.raw if isinstance(answer, EngineAnswer) else answer
        )
    except EngineError as err:
        code = ERROR_CODES.get(err.code or "", err.code) or "engine_error"
        connection.send_error(msg["id"], code, str(err))


@websocket_command(
    {
        vol.Required("type"): "smart_mirror/session/choose",
        ENTRY: str,
        vol.Required("face"): vol.All(int, vol.Range(min=0, max=1000)),
    }
)
@async_response
async def ws_choose(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """The person in front of the mirror tapped their face among several."""
    if (mirror := _mirror(hass, connection, msg, personal=True)) is None:
        return
    await _engine_call(connection, msg, mirror.client.choose(msg["face"]))


@websocket_command(
    {
        vol.Required("type"): "smart_mirror/session/login",
        ENTRY: str,
        vol.Required("person_id"): ID,
        vol.Required("pin"): vol.All(str, vol.Match(r"^\d{4,8}$")),
    }
)
@async_response
async def ws_login(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """The PIN pad: log in the person the mirror was unsure about."""
    if (mirror := _mirror(hass, connection, msg, personal=True)) is None:
        return
    await _engine_call(connection, msg, mirror.client.login(msg["person_id"], msg["pin"]))


# The owner's own data in the engine (Evolution, Diary, calibration). The
# engine answers only for its current owner's session, with their face in view.
PERSONAL_PATHS = (
    "calibration",
    "calibration/collect",
    "calibration/train",
    "diary",
    "evolution",
    "evolution/daily",
)


def _personal_call(
    client: EngineClient, msg: dict[str, Any]
) -> Awaitable[EngineAnswer | JsonObject | list[JsonObject]] | None:
    """The client's call for the panel's method and path; None for a pair that
    is not one (a POST of the evolution). The panel's query and body go to the
    engine as they are: the engine checks them."""
    session_id, query, body = msg["session_id"], msg.get("query", {}), msg.get("body")
    match msg["method"], msg["path"]:
        case "GET", "evolution":
            return client.evolution(session_id, query)
        case "GET", "evolution/daily":
            return client.evolution_daily(session_id, query)
        case "GET", "diary":
            return client.diary(session_id)
        case "POST", "diary":
            return client.write_diary(session_id, body)
        case "GET", "calibration":
            return client.calibration(session_id)
        case "POST", "calibration/collect":
            return client.collect_expression(session_id, body)
        case "POST", "calibration/train":
            return client.train_expression(session_id)
    return None


@websocket_command(
    {
        vol.Required("type"): "smart_mirror/me",
        ENTRY: str,
        vol.Required("session_id"): str,
        vol.Required("path"): vol.In(sorted(PERSONAL_PATHS)),
        vol.Optional("method", default="GET"): vol.In(["GET", "POST"]),
        vol.Optional("body"): dict,
        vol.Optional("query"): {str: vol.Any(str, int, float)},
    }
)
@async_response
async def ws_me(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    if (mirror := _mirror(hass, connection, msg, personal=True)) is None:
        return
    call = _personal_call(mirror.client, msg)
    if call is None:
        connection.send_error(msg["id"], "invalid_format", f"{msg['method']} {msg['path']}")
        return
    await _engine_call(connection, msg, call)


@websocket_command(
    {
        vol.Required("type"): "smart_mirror/trainer",
        ENTRY: str,
        vol.Optional("action", default="status"): vol.In(["status", "retrain", "rollback"]),
        vol.Optional("body"): dict,
    }
)
@require_admin
@async_response
async def ws_trainer(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """The ML tier for the admin view: data counts, versions, metrics; retrain."""
    if (mirror := _mirror(hass, connection, msg)) is None:
        return
    client, body = mirror.client, msg.get("body") or {}
    if msg["action"] == "status":
        call = client.trainer()
    elif msg["action"] == "retrain":
        call = client.retrain(body)
    else:
        call = client.rollback(body)
    await _engine_call(connection, msg, call)


@websocket_command({vol.Required("type"): "smart_mirror/household", ENTRY: str})
@require_admin
@async_response
async def ws_household(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """The household this mirror belongs to, for the admin view (``household:
    null`` for a mirror of its own): this mirror's sync with the server and,
    when the server has an entry too, every mirror of the household (its last
    sync, gallery version, and what the server reports of its models and data)."""
    if (mirror := _mirror(hass, connection, msg)) is None:
        return
    try:
        status = await mirror.client.status()
    except EngineError as err:
        connection.send_error(msg["id"], "engine_error", str(err))
        return
    own = status.raw.get("household")
    if not isinstance(own, dict) or own.get("role") != "mirror":
        connection.send_result(msg["id"], {"household": None})
        return
    server = server_of(hass, own.get("server"))
    summary: JsonObject = {"url": own.get("server"), "configured": server is not None}
    mirrors: list[JsonObject] = []
    if server is not None:
        try:
            household = await server.client.household_status()
        except EngineError as err:
            summary["error"] = str(err)
        else:
            summary |= {"version": household.household_version, "persons": household.persons}
            mirrors = [
                {
                    **m.raw,
                    "name": mirror_name(hass, m.mirror),
                    "this": m.mirror == mirror.coordinator.engine_id,
                }
                for m in household.mirrors
            ]
    connection.send_result(
        msg["id"], {"household": {"this": own, "server": summary, "mirrors": mirrors}}
    )


@websocket_command(
    {
        vol.Required("type"): "smart_mirror/settings",
        ENTRY: str,
        vol.Optional("changes"): {
            **{
                vol.Optional(key): vol.All(
                    vol.Coerce(float), vol.Range(min=limits.minimum, max=limits.maximum)
                )
                for key, limits in TUNABLE.items()
            },
            vol.Optional("liveness"): vol.In([mode.value for mode in Liveness]),
        },
    }
)
@async_response
async def ws_settings(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """The Settings widget: the engine's runtime settings, read by anyone,
    changed only by an admin (they decide who the mirror lets in)."""
    if (mirror := _mirror(hass, connection, msg)) is None:
        return
    changes = msg.get("changes")
    if changes and not connection.user.is_admin:
        connection.send_error(msg["id"], "unauthorized", "only an admin changes these settings")
        return
    call = mirror.client.update_settings(changes) if changes else mirror.client.settings()
    await _engine_call(connection, msg, call)


COMMAND_ARGS = vol.Schema({str: str})


@websocket_command(
    {
        vol.Required("type"): "smart_mirror/command",
        ENTRY: str,
        vol.Required("name"): str,
        vol.Optional("args", default=dict): COMMAND_ARGS,
    }
)
@async_response
async def ws_command(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """A touch command (the engine checks its name and argument)."""
    if (mirror := _mirror(hass, connection, msg)) is None:
        return
    command = {"name": msg["name"], "args": msg["args"], "modality": "touch", "confidence": 1.0}
    await _engine_call(connection, msg, mirror.client.submit_command(command))


@websocket_command(
    {
        vol.Required("type"): "smart_mirror/command/answer",
        ENTRY: str,
        # the question's id ("id" is the websocket message's own)
        vol.Required("confirmation_id"): ID,
        vol.Required("accepted"): bool,
        vol.Optional("correction"): {
            vol.Required("name"): str,
            vol.Optional("args"): COMMAND_ARGS,
        },
    }
)
@async_response
async def ws_answer(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """Answer the mirror's "did you mean ...?" by touch; the engine keeps the
    answer as a labelled sample. An answered or expired question: not_found."""
    if (mirror := _mirror(hass, connection, msg, personal=True)) is None:
        return
    call = mirror.client.answer_command(
        msg["confirmation_id"], msg["accepted"], "touch", msg.get("correction")
    )
    await _engine_call(connection, msg, call)


# -- the People sheet: admins only (unauthorized for anyone else) ---------------------
PERSON_ID = vol.Required("person_id")
NAME = vol.All(str, vol.Length(min=1, max=64))  # the engine strips and checks it again
PIN = vol.All(str, vol.Match(r"^\d{4,8}$"))
HA_PERSON = vol.Any(
    None, "", vol.All(str, cv.entity_domain("person"))
)  # None or "": linked to nobody
CALENDAR_IDS = vol.All([vol.All(str, cv.entity_domain("calendar"))], vol.Length(max=50))
# A photo travels inside one websocket message, which Home Assistant takes up to
# 4 MiB (aiohttp's limit; a larger one closes the panel's connection): 3 MB
# decoded is 4 MB as base64. The panel scales a larger photo down first.
MAX_PHOTO = 3_000_000
MAX_PHOTO_BASE64 = 4 * -(-MAX_PHOTO // 3)
_DATA_URL = re.compile(r"data:image/[\w.+-]{1,40};base64,")


def _photo(value: str) -> bytes:
    """A photo as base64, or as a ``data:image/...;base64,`` URL (what a browser's
    FileReader gives): its bytes, bounded. The engine checks it is an image."""
    text = value.removeprefix(match.group(0)) if (match := _DATA_URL.match(value)) else value
    if len(text) > MAX_PHOTO_BASE64:
        raise vol.Invalid(f"a photo is at most {MAX_PHOTO} bytes")
    try:
        photo = base64.b64decode(text, validate=True)
    except ValueError as err:  # binascii.Error is one
        raise vol.Invalid(f"not base64: {err}") from err
    if not photo:
        raise vol.Invalid("an empty photo")
    return photo


PHOTO = vol.All(str, _photo)


def calendars_of(entry: ConfigEntry, person_id: int) -> list[str]:
    """The calendars shown only in this person's session (the entry's options,
    as the options flow stores them: person id -> calendar entity ids)."""
    return list(entry.options.get(CALENDARS, {}).get(str(person_id), []))


@callback
def _set_calendars(
    hass: HomeAssistant, entry: ConfigEntry, person_id: int, calendars: list[str]
) -> None:
    """Store a person's calendars in the entry's options. The entry is not
    reloaded for them (``__init__._reloading_options``): they are read when
    the person's session starts."""
    stored: dict[str, list[str]] = dict(entry.options.get(CALENDARS, {}))
    if calendars:
        stored[str(person_id)] = list(dict.fromkeys(calendars))  # each once, in order
    else:
        stored.pop(str(person_id), None)
    hass.config_entries.async_update_entry(entry, options={**entry.options, CALENDARS: stored})


def _person_json(entry: ConfigEntry, person: Person) -> JsonObject:
    """A person as the People sheet shows them: whether they have a PIN, never
    the PIN (the engine keeps only its hash); their thumbnail by its own
    command, so that the list stays small."""
    return {
        "id": person.id,
        "name": person.name,
        "ha_person": person.ha_person,
        "embeddings": person.embeddings,
        "has_pin": person.has_pin,
        "has_thumbnail": person.has_thumbnail,
        "calendars": calendars_of(entry, person.id),
    }


PeopleAnswer = EngineAnswer | JsonObject | list[JsonObject]
PeopleHandler = Callable[[HomeAssistant, MirrorData, dict[str, Any]], Awaitable[PeopleAnswer]]


def _people_command(
    name: str, schema: dict[Any, Any] | None = None
) -> Callable[[PeopleHandler], WebSocketCommandHandler]:
    """An admin-only command of the People sheet (``smart_mirror/persons`` +
    ``name``): the named mirror is found, and the handler's answer, or the
    engine's error code, is sent."""

    def wrap(handler: PeopleHandler) -> WebSocketCommandHandler:
        @websocket_command(
            {vol.Required("type"): f"smart_mirror/persons{name}", ENTRY: str, **(schema or {})}
        )
        @require_admin
        @async_response
        @functools.wraps(handler)
        async def command(
            hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
        ) -> None:
            if (mirror := _mirror(hass, connection, msg)) is not None:
                await _engine_call(connection, msg, handler(hass, mirror, msg))

        return command

    return wrap


@_people_command("")
async def ws_persons(hass: HomeAssistant, mirror: MirrorData, msg: dict[str, Any]) -> PeopleAnswer:
    """Everybody enrolled, with their Home Assistant person and calendars."""
    entry = mirror.coordinator.config_entry
    return [_person_json(entry, person) for person in await mirror.client.persons()]


@_people_command("/thumbnail", {PERSON_ID: ID})
async def ws_person_thumbnail(
    hass: HomeAssistant, mirror: MirrorData, msg: dict[str, Any]
) -> PeopleAnswer:
    """A person's face (a JPEG of at most 128 px) as base64, for ``<img src=
    "data:image/jpeg;base64,...">``; the engine's code when there is none."""
    jpeg = await mirror.client.thumbnail(msg["person_id"])
    return {
        "person_id": msg["person_id"],
        "content_type": "image/jpeg",
        "image": base64.b64encode(jpeg).decode("ascii"),
    }


@_people_command("/create", {vol.Required("name"): NAME, vol.Optional("ha_person"): HA_PERSON})
async def ws_person_create(
    hass: HomeAssistant, mirror: MirrorData, msg: dict[str, Any]
) -> PeopleAnswer:
    """A new person without faces yet (enrol a photo or live next); ``name_taken``
    for a name the engine has already (its one Unicode rule: "Zoë" is "ZOË")."""
    person = await mirror.client.create_person(msg["name"], msg.get("ha_person") or None)
    return _person_json(mirror.coordinator.config_entry, person)


@_people_command("/rename", {PERSON_ID: ID, vol.Required("name"): NAME})
async def ws_person_rename(
    hass: HomeAssistant, mirror: MirrorData, msg: dict[str, Any]
) -> PeopleAnswer:
    person = await mirror.client.rename_person(msg["person_id"], msg["name"])
    return _person_json(mirror.coordinator.config_entry, person)


@_people_command(
    "/link",
    {PERSON_ID: ID, vol.Optional("ha_person"): HA_PERSON, vol.Optional("calendars"): CALENDAR_IDS},
)
async def ws_person_link(
    hass: HomeAssistant, mirror: MirrorData, msg: dict[str, Any]
) -> PeopleAnswer:
    """Who this person is in Home Assistant (``ha_person``: a ``person.*``, or
    None / "" for nobody) and the calendars shown only in their session
    (``calendars``: the whole list, [] for none). What is left out is unchanged."""
    client, entry, person_id = mirror.client, mirror.coordinator.config_entry, msg["person_id"]
    if "ha_person" in msg:
        person = await client.link_person(person_id, msg["ha_person"] or None)
    else:  # calendars are kept only for someone enrolled
        person = await client.person(person_id)
    if "calendars" in msg:
        _set_calendars(hass, entry, person_id, msg["calendars"])
    return _person_json(entry, person)


@_people_command("/set_pin", {PERSON_ID: ID, vol.Required("pin"): PIN})
async def ws_person_set_pin(
    hass: HomeAssistant, mirror: MirrorData, msg: dict[str, Any]
) -> PeopleAnswer:
    """Set or change the PIN the PIN pad asks for. Write-only: no answer
    carries it."""
    await mirror.client.set_pin(msg["person_id"], msg["pin"])
    return {"person_id": msg["person_id"], "has_pin": True}


@_people_command("/clear_pin", {PERSON_ID: ID})
async def ws_person_clear_pin(
    hass: HomeAssistant, mirror: MirrorData, msg: dict[str, Any]
) -> PeopleAnswer:
    await mirror.client.clear_pin(msg["person_id"])
    return {"person_id": msg["person_id"], "has_pin": False}


@_people_command("/enrol_photo", {PERSON_ID: ID, vol.Required("image"): PHOTO})
async def ws_person_enrol_photo(
    hass: HomeAssistant, mirror: MirrorData, msg: dict[str, Any]
) -> PeopleAnswer:
    """Add the face of a photo (base64 or a data: URL, at most 3 MB): the
    engine's answer, or why it refused the photo (``no_face``,
    ``several_faces``, ``low_quality``, ``matches_other``, ``not_an_image``)."""
    return await mirror.client.enrol_image(msg["person_id"], msg["image"])


@_people_command("/enrol_live", {PERSON_ID: ID})
async def ws_person_enrol_live(
    hass: HomeAssistant, mirror: MirrorData, msg: dict[str, Any]
) -> PeopleAnswer:
    """Collect the person's face from the live view (they stand in front of the
    mirror; its progress follows as ``enrolment`` events); ``busy`` while
    another live enrolment runs."""
    return await mirror.client.enrol_live(msg["person_id"])


@_people_command("/forget", {PERSON_ID: ID})
async def ws_person_forget(
    hass: HomeAssistant, mirror: MirrorData, msg: dict[str, Any]
) -> PeopleAnswer:
    """Forget the person everywhere (the engine's forget; Home Assistant then
    drops their calendars and purges their history: ``forgetting.py``)."""
    await mirror.client.forget(msg["person_id"])
    return {"person_id": msg["person_id"], "forgotten": True}


PEOPLE_COMMANDS = (
    ws_persons,
    ws_person_thumbnail,
    ws_person_create,
    ws_person_rename,
    ws_person_link,
    ws_person_set_pin,
    ws_person_clear_pin,
    ws_person_enrol_photo,
    ws_person_enrol_live,
    ws_person_forget,
)
