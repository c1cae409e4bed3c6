"""Websocket commands for the panel: public information for anyone; personal
information and the PIN pad only for the mirror's display users and admins
(``access.sees_personal``), and only for the owner's current session; changes
to how the mirror decides only for admins."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

import voluptuous as vol
from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.decorators import (
    async_response,
    require_admin,
    websocket_command,
)
from homeassistant.components.websocket_api.messages import event_message
from homeassistant.core import HomeAssistant, callback

from .access import sees_personal
from .api import EngineError
from .contract import TUNABLE, Liveness
from .coordinator import MirrorCoordinator
from .mirrors import loaded_mirror

ENTRY = vol.Required("entry_id")
# ids as the engine stores them (SQLite integers)
ID = vol.All(int, vol.Range(min=0, max=2**63 - 1))


def _mirror(
    hass: HomeAssistant,
    connection: ActiveConnection,
    msg: dict[str, Any],
    personal: bool = False,
) -> MirrorCoordinator | None:
    """The loaded mirror the message names, or None after answering not_found
    (or unauthorized, for a ``personal`` command from a user who is neither
    the mirror's display nor an admin)."""
    coordinator = loaded_mirror(hass, msg["entry_id"])
    if coordinator is None:
        connection.send_error(msg["id"], "not_found", "no loaded Smart Mirror with that entry")
        return None
    if personal and not sees_personal(coordinator.config_entry, connection.user):
        connection.send_error(
            msg["id"], "unauthorized", "only the mirror's display users and admins may do this"
        )
        return None
    return coordinator


@callback
def async_register(hass: HomeAssistant) -> None:
    async_register_command(hass, ws_public)
    async_register_command(hass, ws_personal)
    async_register_command(hass, ws_subscribe)
    async_register_command(hass, ws_choose)
    async_register_command(hass, ws_login)
    async_register_command(hass, ws_me)
    async_register_command(hass, ws_trainer)
    async_register_command(hass, ws_settings)
    async_register_command(hass, ws_command)
    async_register_command(hass, ws_answer)


def _personal(coordinator: MirrorCoordinator, session_id: str | None) -> dict[str, Any] | None:
    if session_id is None:
        return None
    return coordinator.info.personal.for_session(session_id)


@websocket_command({vol.Required("type"): "smart_mirror/info/public", ENTRY: str})
@callback
def ws_public(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    coordinator = _mirror(hass, connection, msg)
    if coordinator is None:
        return
    connection.send_result(msg["id"], coordinator.info.public_json())


@websocket_command(
    {
        vol.Required("type"): "smart_mirror/info/personal",
        ENTRY: str,
        vol.Required("session_id"): str,
    }
)
@callback
def ws_personal(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    if (coordinator := _mirror(hass, connection, msg, personal=True)) is None:
        return
    data = _personal(coordinator, msg["session_id"])
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
    coordinator = _mirror(hass, connection, msg, personal=personal)
    if coordinator is None:
        return
    info = coordinator.info
    session_id = msg.get("session_id")

    @callback
    def send(kind: str) -> None:
        if kind == "public":
            connection.send_message(event_message(msg["id"], {"public": info.public_json()}))
        elif session_id is not None:
            personal = _personal(coordinator, session_id) or {}
            connection.send_message(event_message(msg["id"], {"personal": personal}))

    connection.subscriptions[msg["id"]] = info.listen(send)
    connection.send_result(msg["id"])
    send("public")
    send("personal")


# engine error codes that have a websocket_api name
ERROR_CODES = {"gone": "not_found"}


async def _engine_call(
    connection: ActiveConnection, msg: dict[str, Any], call: Awaitable[dict[str, Any]]
) -> None:
    """The engine's answer, or its error code (wrong_pin, locked, ...) for the panel."""
    try:
        connection.send_result(msg["id"], await call)
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
    if (coordinator := _mirror(hass, connection, msg, personal=True)) is None:
        return
    await _engine_call(connection, msg, coordinator.client.choose(msg["face"]))


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
    if (coordinator := _mirror(hass, connection, msg, personal=True)) is None:
        return
    await _engine_call(connection, msg, coordinator.client.login(msg["person_id"], msg["pin"]))


# The owner's own data in the engine (Evolution, Diary, calibration). The
# engine answers only for its current owner's session, with their face in view.
PERSONAL_PATHS = {
    ("GET", "evolution"),
    ("GET", "evolution/daily"),
    ("GET", "diary"),
    ("POST", "diary"),
    ("GET", "calibration"),
    ("POST", "calibration/collect"),
    ("POST", "calibration/train"),
}


@websocket_command(
    {
        vol.Required("type"): "smart_mirror/me",
        ENTRY: str,
        vol.Required("session_id"): str,
        vol.Required("path"): vol.In(sorted({path for _, path in PERSONAL_PATHS})),
        vol.Optional("method", default="GET"): vol.In(["GET", "POST"]),
        vol.Optional("body"): dict,
        vol.Optional("query"): {str: vol.Any(str, int, float)},
    }
)
@async_response
async def ws_me(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    if (coordinator := _mirror(hass, connection, msg, personal=True)) is None:
        return
    if (msg["method"], msg["path"]) not in PERSONAL_PATHS:
        connection.send_error(msg["id"], "invalid_format", f"{msg['method']} {msg['path']}")
        return
    params = {**msg.get("query", {}), "session": msg["session_id"]}
    call = coordinator.client.request(
        msg["method"], f"/api/me/{msg['path']}", params=params, json=msg.get("body")
    )
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
    if (coordinator := _mirror(hass, connection, msg)) is None:
        return
    if msg["action"] == "status":
        call = coordinator.client.request("GET", "/api/trainer")
    else:
        call = coordinator.client.request(
            "POST", f"/api/trainer/{msg['action']}", json=msg.get("body") or {}
        )
    await _engine_call(connection, msg, call)


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
    if (coordinator := _mirror(hass, connection, msg)) is None:
        return
    changes = msg.get("changes")
    if changes and not connection.user.is_admin:
        connection.send_error(msg["id"], "unauthorized", "only an admin changes these settings")
        return
    call = coordinator.client.update_settings(changes) if changes else coordinator.client.settings()
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
    if (coordinator := _mirror(hass, connection, msg)) is None:
        return
    command = {"name": msg["name"], "args": msg["args"], "modality": "touch", "confidence": 1.0}
    await _engine_call(connection, msg, coordinator.client.submit_command(command))


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
    if (coordinator := _mirror(hass, connection, msg, personal=True)) is None:
        return
    call = coordinator.client.answer_command(
        msg["confirmation_id"], msg["accepted"], "touch", msg.get("correction")
    )
    await _engine_call(connection, msg, call)
