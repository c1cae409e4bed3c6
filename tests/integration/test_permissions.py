"""The permission model (README, ``access.py``) against a real Home Assistant
and a real engine: an admin, a household member (a non-admin user) and the
mirror's display user, over the websocket, the stream relay and REST."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import pytest
from homeassistant.auth.models import User
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import Unauthorized
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import CLIENT_ID, MockConfigEntry
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)

from custom_components.smart_mirror.const import DOMAIN
from devkit.ha_testing import until
from devkit.harness import EngineProcess
from tests.integration.conftest import set_up_mirror

Users = dict[str, tuple[User, str]]


async def _user(hass: HomeAssistant, name: str, group: str) -> tuple[User, str]:
    user = await hass.auth.async_create_user(name, group_ids=[group])
    refresh = await hass.auth.async_create_refresh_token(user, CLIENT_ID)
    return user, hass.auth.async_create_access_token(refresh)


@pytest.fixture
async def users(hass: HomeAssistant) -> Users:
    return {
        "admin": await _user(hass, "Parent", "system-admin"),
        "member": await _user(hass, "Teenager", "system-users"),
        "display": await _user(hass, "Hallway mirror", "system-users"),
    }


@pytest.fixture
async def mirror(hass: HomeAssistant, engine: EngineProcess, users: Users) -> MockConfigEntry:
    return await set_up_mirror(hass, engine, {"display_users": [users["display"][0].id]})


class Socket:
    """One user's websocket: send a command, get its answer."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws

    async def call(self, **msg: Any) -> dict[str, Any]:
        await self.ws.send_json_auto_id(msg)
        answer: dict[str, Any] = await self.ws.receive_json()
        return answer


@pytest.fixture
def sockets(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, users: Users
) -> Callable[[str], Awaitable[Socket]]:
    async def open_for(role: str) -> Socket:
        return Socket(await hass_ws_client(hass, users[role][1]))

    return open_for


async def _relay_events(
    socket: Socket,
    client: aiohttp.ClientSession,
    entry_id: str,
    until_seen: Callable[[list[dict[str, Any]]], bool],
    events: list[dict[str, Any]],
) -> None:
    answer = await socket.call(type="smart_mirror/stream", entry_id=entry_id, frames=False)
    assert answer["success"], answer
    async with client.ws_connect(answer["result"]["url"]) as ws:
        while not until_seen(events):
            message = await asyncio.wait_for(ws.receive(), 30)
            assert message.type == aiohttp.WSMsgType.TEXT, message
            events.append(message.json())


def _active_session_id(events: list[dict[str, Any]]) -> str | None:
    for event in reversed(events):
        if event["type"] == "session" and event["data"].get("state") == "active":
            return (event["data"].get("session") or {}).get("id")
    return None


async def test_only_the_display_and_admins_receive_the_session_and_personal_data(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    engine: EngineProcess,
    mirror: MockConfigEntry,
    sockets: Callable[[str], Awaitable[Socket]],
) -> None:
    display, member = await sockets("display"), await sockets("member")
    client = await hass_client_no_auth()
    shown: list[dict[str, Any]] = []
    redacted: list[dict[str, Any]] = []

    def display_saw_it_all(events: list[dict[str, Any]]) -> bool:
        return _active_session_id(events) is not None and any(
            e["type"] == "assessment" for e in events
        )

    # both relays run side by side until the display has seen an owner's
    # session and an assessment; the member's relay ends with the display's
    display_task = asyncio.create_task(
        _relay_events(display, client, mirror.entry_id, display_saw_it_all, shown)
    )
    member_task = asyncio.create_task(
        _relay_events(member, client, mirror.entry_id, lambda _: display_task.done(), redacted)
    )
    await asyncio.wait_for(display_task, 120)
    await asyncio.wait_for(member_task, 60)
    session_id = _active_session_id(shown)
    assert session_id is not None
    assert any(e["type"] == "session" and e["data"].get("state") == "active" for e in redacted)
    text = json.dumps(redacted)
    assert session_id not in text
    assert '"session_id"' not in text
    assert not [e for e in redacted if e["type"] in {"assessment", "calibration", "training"}]
    # who is at the mirror is not secret (the person sensor says it too)
    assert "Lin-Manuel Miranda" in text

    # the session id alone is not enough: the member is refused whatever they name
    refused: tuple[dict[str, Any], ...] = (
        {"type": "smart_mirror/me", "path": "diary"},
        {"type": "smart_mirror/me", "path": "diary", "method": "POST", "body": {"text": "x"}},
        {"type": "smart_mirror/me", "path": "evolution/daily"},
        {"type": "smart_mirror/info/personal"},
        {"type": "smart_mirror/info/subscribe"},
    )
    for msg in refused:
        answer = await member.call(**msg, entry_id=mirror.entry_id, session_id=session_id)
        assert answer["error"]["code"] == "unauthorized", (msg, answer)
    pin_pad: tuple[dict[str, Any], ...] = (
        {"type": "smart_mirror/session/login", "person_id": 1, "pin": "1234"},
        {"type": "smart_mirror/session/choose", "face": 0},
        {"type": "smart_mirror/command/answer", "confirmation_id": 1, "accepted": True},
    )
    for msg in pin_pad:
        answer = await member.call(**msg, entry_id=mirror.entry_id)
        assert answer["error"]["code"] == "unauthorized", (msg, answer)
    # what stays open to the household
    public = await member.call(type="smart_mirror/info/public", entry_id=mirror.entry_id)
    assert public["success"], public
    shown_widget = await member.call(
        type="smart_mirror/command", entry_id=mirror.entry_id, name="show_widget",
        args={"widget": "public"},
    )  # fmt: skip
    assert shown_widget["success"], shown_widget

    # the display reads the owner's diary while he is in front of the mirror
    async def diary() -> dict[str, Any] | None:
        sid = mirror.runtime_data.coordinator.data.session_id
        if sid is None:
            return None
        answer = await display.call(
            type="smart_mirror/me", entry_id=mirror.entry_id, session_id=sid, path="diary"
        )
        return answer if answer["success"] else None

    read: dict[str, Any] | None = None
    for _ in range(600):
        if read := await diary():
            break
        await asyncio.sleep(0.1)
    assert read is not None, "the display never read the owner's diary"
    assert isinstance(read["result"], list)
    assert await hass.config_entries.async_unload(mirror.entry_id)


async def test_only_admins_change_how_the_mirror_decides(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    engine: EngineProcess,
    mirror: MockConfigEntry,
    users: Users,
    sockets: Callable[[str], Awaitable[Socket]],
) -> None:
    assert await async_setup_component(hass, "api", {})  # REST, as a phone would call it
    before = await asyncio.to_thread(engine.json, "/api/settings")
    persons_before = await asyncio.to_thread(engine.json, "/api/persons")
    for role in ("member", "display"):
        socket = await sockets(role)
        for changes in ({"liveness": "off"}, {"match_distance": 0.64}):
            answer = await socket.call(
                type="smart_mirror/settings", entry_id=mirror.entry_id, changes=changes
            )
            assert answer["error"]["code"] == "unauthorized", answer
        read = await socket.call(type="smart_mirror/settings", entry_id=mirror.entry_id)
        assert read["success"]  # reading them is harmless
        trainer = await socket.call(type="smart_mirror/trainer", entry_id=mirror.entry_id)
        assert trainer["error"]["code"] == "unauthorized"

        user = users[role][0]
        base = {"config_entry_id": mirror.entry_id}
        for service, data in (
            ("forget_person", {"person": "Lin-Manuel Miranda"}),
            ("enrol_person", {"person": "Mallory"}),
            ("set_pin", {"person": "Lin-Manuel Miranda", "pin": "1234"}),
            ("clear_pin", {"person": "Lin-Manuel Miranda"}),
            ("login", {"person": "Lin-Manuel Miranda", "pin": "1234"}),
            ("retrain", {}),
            ("start_calibration", {"expression": "happy"}),
        ):
            with pytest.raises(Unauthorized):
                await hass.services.async_call(
                    DOMAIN, service, {**base, **data}, blocking=True,
                    context=Context(user_id=user.id),
                )  # fmt: skip
        # and over REST, as a member's phone would
        rest = await hass_client(users[role][1])
        resp = await rest.post(
            f"/api/services/{DOMAIN}/forget_person",
            json={**base, "person": "Lin-Manuel Miranda"},
        )
        assert resp.status == 401, await resp.text()
        # a harmless household control stays open
        await hass.services.async_call(
            DOMAIN, "show_widget", {**base, "widget": "public"}, blocking=True,
            context=Context(user_id=user.id),
        )  # fmt: skip
    assert await asyncio.to_thread(engine.json, "/api/settings") == before
    assert await asyncio.to_thread(engine.json, "/api/persons") == persons_before
    assert not [e for e in hass.states.async_entity_ids("number") if "smart_mirror" in e]

    # the admin may, and gets the engine's answer
    admin = await sockets("admin")
    answer = await admin.call(
        type="smart_mirror/settings", entry_id=mirror.entry_id, changes={"leave_timeout": 2}
    )
    assert answer["success"], answer
    assert answer["result"]["leave_timeout"] == 2
    answer = await admin.call(
        type="smart_mirror/settings", entry_id=mirror.entry_id, changes={"leave_timeout": 1}
    )
    assert answer["success"]
    lin = next(p for p in persons_before if p["name"] == "Lin-Manuel Miranda")
    await hass.services.async_call(
        DOMAIN, "set_pin",
        {"config_entry_id": mirror.entry_id, "person": "LIN-MANUEL MIRANDA", "pin": "2468"},
        blocking=True, context=Context(user_id=users["admin"][0].id),
    )  # fmt: skip
    assert next(
        p for p in await asyncio.to_thread(engine.json, "/api/persons") if p["id"] == lin["id"]
    )["has_pin"]
    assert await hass.config_entries.async_unload(mirror.entry_id)


async def test_personal_sensors_are_off_unless_chosen(
    hass: HomeAssistant, engine: EngineProcess
) -> None:
    entry = await set_up_mirror(hass, engine, {"personal_sensors": False})
    await until(lambda: hass.states.get("sensor.smart_mirror_current_person"), 30)
    for personal in ("age", "emotion", "liveness", "next_event", "unread_mail"):
        assert hass.states.get(f"sensor.smart_mirror_{personal}") is None, personal
    assert hass.states.get("sensor.smart_mirror_leave_timeout") is not None
    assert await hass.config_entries.async_unload(entry.entry_id)


@pytest.mark.parametrize("how", ["removed", "deactivated", "revoked"])
async def test_a_stream_ends_when_its_user_loses_access(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    mirror: MockConfigEntry,
    users: Users,
    sockets: Callable[[str], Awaitable[Socket]],
    how: str,
) -> None:
    user, token = users["display"]
    socket = await sockets("display")
    answer = await socket.call(type="smart_mirror/stream", entry_id=mirror.entry_id)
    # the panel's own websocket is closed first: what is tested is the relay (Home
    # Assistant ends its websocket connection itself, and aiohttp 3.14 then leaves
    # that connection's heartbeat timer behind)
    await socket.ws.close()
    client = await hass_client_no_auth()
    async with client.ws_connect(answer["result"]["url"]) as ws:
        frames = 0
        while frames < 3:  # it streams
            if (await asyncio.wait_for(ws.receive(), 10)).type == aiohttp.WSMsgType.BINARY:
                frames += 1
        if how == "removed":
            await hass.auth.async_remove_user(user)
        elif how == "deactivated":  # as Settings > People does
            await hass.auth.async_update_user(user, is_active=False)
        else:
            refresh = hass.auth.async_validate_access_token(token)
            assert refresh is not None
            hass.auth.async_remove_refresh_token(refresh)
        async with asyncio.timeout(20):  # frames in flight may still arrive; then it closes
            while True:
                message = await ws.receive()
                if message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
                    break
    assert ws.closed
    await until(lambda: not mirror.runtime_data.relays, 10)  # and the relay is gone
    assert await hass.config_entries.async_unload(mirror.entry_id)
