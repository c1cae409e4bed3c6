"""The mirror's live stream for the panel, through Home Assistant.

The browser talks to Home Assistant only: it asks (websocket command
``smart_mirror/stream``) for a short-lived signed URL of this view, opens a
WebSocket on it, and the view relays the engine's WebSocket (binary frames
with their sequence number and capture time, JSON events) without decoding
anything. Backpressure is end to end: the relay awaits each send, so a slow
browser slows only its own relay, and the engine's one-frame mailbox for it
drops stale frames instead of queueing them.

Only the mirror's display users and admins receive the engine's events as
they are; everyone else receives them without session ids or the owner's
readings (``access.redact_event``). A relay ends when its user is removed or
deactivated, its token is revoked, or the mirror's entry unloads."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import aiohttp
import voluptuous as vol
from aiohttp import web
from homeassistant.auth import EVENT_USER_REMOVED, EVENT_USER_UPDATED
from homeassistant.components.http.auth import async_sign_path
from homeassistant.components.http.const import KEY_HASS_REFRESH_TOKEN_ID, KEY_HASS_USER
from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.decorators import websocket_command
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.helpers.http import HomeAssistantView

from .access import redact_event, sees_personal
from .mirrors import loaded_mirror

PATH = "/api/smart_mirror/{entry_id}/stream"
SIGNED_FOR = timedelta(seconds=30)  # long enough to connect; the socket then stays open


class StreamView(HomeAssistantView):
    url = PATH
    name = "api:smart_mirror:stream"
    requires_auth = True  # a Home Assistant user, or a path signed for one

    async def get(self, request: web.Request, entry_id: str) -> web.StreamResponse:
        hass: HomeAssistant = request.app["hass"]
        mirror = loaded_mirror(hass, entry_id)
        if mirror is None:
            return web.Response(status=404, text="no loaded Smart Mirror with that entry")
        query = {
            "frames": request.query.get("frames", "1"),
            "events": request.query.get("events", "1"),
        }
        try:
            upstream = await mirror.client.stream(**query)
        except (aiohttp.ClientError, TimeoutError):
            return web.Response(status=502, text="the mirror engine is unreachable")
        # No aiohttp heartbeat: 3.14 re-arms its timer for frames still in
        # flight while a relay whose access ended closes, and leaves it behind.
        # A browser that is gone fails the next send (frames, or the engine's
        # frequent face events) and ends the relay all the same.
        browser = web.WebSocketResponse(compress=False)  # JPEGs do not deflate
        await browser.prepare(request)
        user = request[KEY_HASS_USER]
        personal = sees_personal(mirror.coordinator.config_entry, user)
        relay = asyncio.current_task()
        assert relay is not None
        stops = _stop_when_access_ends(hass, user.id, request[KEY_HASS_REFRESH_TOKEN_ID], relay)
        mirror.relays.add(relay)  # cancelled when the entry unloads
        stops.append(lambda: mirror.relays.discard(relay))
        try:
            await _relay(upstream, browser, personal)
        except asyncio.CancelledError:
            if not browser.closed:  # access ended: tell the browser, then go
                await browser.close(code=aiohttp.WSCloseCode.POLICY_VIOLATION)
            raise
        finally:
            for stop in stops:
                stop()
            await upstream.close()
            await browser.close()
        return browser


def _stop_when_access_ends(
    hass: HomeAssistant, user_id: str, token_id: str, relay: asyncio.Task[Any]
) -> list[Callable[[], None]]:
    """Cancel the relay when its user is removed or deactivated, or its token revoked."""

    async def check(event: Event[dict[str, Any]]) -> None:
        if event.data.get("user_id") != user_id:
            return
        user = await hass.auth.async_get_user(user_id)
        if user is None or not user.is_active:
            relay.cancel()

    @callback
    def revoked() -> None:
        relay.cancel()

    return [
        hass.auth.async_register_revoke_token_callback(token_id, revoked),
        hass.bus.async_listen(EVENT_USER_REMOVED, check),
        hass.bus.async_listen(EVENT_USER_UPDATED, check),
    ]


async def _relay(
    upstream: aiohttp.ClientWebSocketResponse, browser: web.WebSocketResponse, personal: bool
) -> None:
    async def down() -> None:
        async for message in upstream:
            if message.type == aiohttp.WSMsgType.BINARY:
                await browser.send_bytes(message.data)
            elif message.type == aiohttp.WSMsgType.TEXT:
                if personal:
                    await browser.send_str(message.data)
                elif (event := redact_event(json.loads(message.data))) is not None:
                    await browser.send_json(event)

    async def up() -> None:
        async for message in browser:  # the panel sends nothing yet; closing ends it
            if message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.ERROR):
                break

    tasks = [asyncio.ensure_future(down()), asyncio.ensure_future(up())]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:  # also when the view itself is cancelled (the browser went away)
        for task in tasks:
            task.cancel()
        for task in tasks:
            # a side that went away mid-frame, or an engine gone silent, is the
            # relay's normal end; anything else is raised (never left unretrieved)
            with contextlib.suppress(asyncio.CancelledError, ConnectionError, TimeoutError):
                await task


@websocket_command(
    {
        vol.Required("type"): "smart_mirror/stream",
        vol.Required("entry_id"): str,
        vol.Optional("frames", default=True): bool,
    }
)
@callback
def ws_stream_url(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """A signed URL of the stream for the calling user (valid to connect for 30 s)."""
    if loaded_mirror(hass, msg["entry_id"]) is None:
        connection.send_error(msg["id"], "not_found", "no loaded Smart Mirror with that entry")
        return
    path = PATH.format(entry_id=msg["entry_id"])
    if not msg["frames"]:
        path += "?frames=0"
    signed = async_sign_path(hass, path, SIGNED_FOR, refresh_token_id=connection.refresh_token_id)
    connection.send_result(msg["id"], {"url": signed})


@callback
def async_register(hass: HomeAssistant) -> None:
    hass.http.register_view(StreamView())
    async_register_command(hass, ws_stream_url)
