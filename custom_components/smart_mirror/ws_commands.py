"""Websocket commands for the panel: public information for anyone, personal
information only for the caller that names the owner's current session."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

import voluptuous as vol
from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.decorators import async_response, websocket_command
from homeassistant.components.websocket_api.messages import event_message
from homeassistant.core import HomeAssistant, callback

from .api import EngineError
from .const import DOMAIN
from .coordinator import MirrorCoordinator

ENTRY = vol.Required("entry_id")


def _coordinator(hass: HomeAssistant, entry_id: str) -> MirrorCoordinator | None:
    entry = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.domain != DOMAIN or not hasattr(entry, "runtime_data"):
        return None
    coordinator = entry.runtime_data
    return coordinator if isinstance(coordinator, MirrorCoordinator) else None


@callback
def async_register(hass: HomeAssistant) -> None:
    async_register_command(hass, ws_public)
    async_register_command(hass, ws_personal)
    async_register_command(hass, ws_subscribe)
    async_register_command(hass, ws_choose)
    async_register_command(hass, ws_login)


def _personal(coordinator: MirrorCoordinator, session_id: str | None) -> dict[str, Any] | None:
    if session_id is None or coordinator.info is None:
        return None
    return coordinator.info.personal.for_session(session_id)


@websocket_command({vol.Required("type"): "smart_mirror/info/public", ENTRY: str})
@callback
def ws_public(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    coordinator = _coordinator(hass, msg["entry_id"])
    if coordinator is None or coordinator.info is None:
        connection.send_error(msg["id"], "not_found", "no loaded Smart Mirror with that entry")
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
    coordinator = _coordinator(hass, msg["entry_id"])
    if coordinator is None:
        connection.send_error(msg["id"], "not_found", "no loaded Smart Mirror with that entry")
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
    coordinator = _coordinator(hass, msg["entry_id"])
    if coordinator is None or coordinator.info is None:
        connection.send_error(msg["id"], "not_found", "no loaded Smart Mirror with that entry")
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


async def _engine_call(
    connection: ActiveConnection, msg: dict[str, Any], call: Awaitable[dict[str, Any]]
) -> None:
    """The engine's answer, or its error code (wrong_pin, locked, ...) for the panel."""
    try:
        connection.send_result(msg["id"], await call)
    except EngineError as err:
        connection.send_error(msg["id"], err.code or "engine_error", str(err))


@websocket_command(
    {
        vol.Required("type"): "smart_mirror/session/choose",
        ENTRY: str,
        vol.Required("face"): vol.All(int, vol.Range(min=0)),
    }
)
@async_response
async def ws_choose(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """The person in front of the mirror tapped their face among several."""
    coordinator = _coordinator(hass, msg["entry_id"])
    if coordinator is None:
        connection.send_error(msg["id"], "not_found", "no loaded Smart Mirror with that entry")
        return
    await _engine_call(connection, msg, coordinator.client.choose(msg["face"]))


@websocket_command(
    {
        vol.Required("type"): "smart_mirror/session/login",
        ENTRY: str,
        vol.Required("person_id"): int,
        vol.Required("pin"): vol.All(str, vol.Match(r"^\d{4,8}$")),
    }
)
@async_response
async def ws_login(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """The PIN pad: log in the person the mirror was unsure about."""
    coordinator = _coordinator(hass, msg["entry_id"])
    if coordinator is None:
        connection.send_error(msg["id"], "not_found", "no loaded Smart Mirror with that entry")
        return
    await _engine_call(connection, msg, coordinator.client.login(msg["person_id"], msg["pin"]))
