"""The panel's way in: the engine's stream relayed by Home Assistant to a
signed URL, the session actions, and the panel's registration."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import struct
from pathlib import Path
from typing import Any

import aiohttp
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)

from custom_components.smart_mirror import panel
from devkit.harness import EngineProcess
from tests.integration.conftest import set_up_mirror

FRAME = struct.Struct("<4sQd")


async def test_the_stream_reaches_the_panel_through_home_assistant(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    hass_client_no_auth: ClientSessionGenerator,
    entry: MockConfigEntry,
) -> None:
    commands = await hass_ws_client(hass)
    await commands.send_json_auto_id({"type": "smart_mirror/stream", "entry_id": entry.entry_id})
    answer = await commands.receive_json()
    assert answer["success"], answer
    url = answer["result"]["url"]
    assert "authSig=" in url
    client = await hass_client_no_auth()
    unsigned = url.split("?")[0]
    refused = await client.get(unsigned)
    assert refused.status == 401  # no Home Assistant user, no stream

    seqs: list[int] = []
    events: list[dict[str, Any]] = []
    async with client.ws_connect(url) as ws:
        while len(seqs) < 10 or not any(e["type"] == "faces" for e in events):
            message = await asyncio.wait_for(ws.receive(), 10)
            if message.type == aiohttp.WSMsgType.BINARY:
                magic, seq, captured = FRAME.unpack_from(message.data)
                assert magic == b"SMF1"
                assert message.data[FRAME.size : FRAME.size + 2] == b"\xff\xd8"  # a JPEG
                assert captured > 0
                seqs.append(seq)
            elif message.type == aiohttp.WSMsgType.TEXT:
                events.append(message.json())
    assert events[0]["type"] == "hello"
    assert seqs == sorted(seqs)  # in order, possibly skipping (never queueing) frames
    faces = next(e for e in events if e["type"] == "faces")
    assert {"seq", "faces"} <= faces["data"].keys()

    await commands.send_json_auto_id({"type": "smart_mirror/stream", "entry_id": "nope"})
    assert (await commands.receive_json())["error"]["code"] == "not_found"
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_session_actions_answer_with_the_engines_codes(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    engine: EngineProcess,
    entry: MockConfigEntry,
) -> None:
    commands = await hass_ws_client(hass)
    await commands.send_json_auto_id(
        {"type": "smart_mirror/session/choose", "entry_id": entry.entry_id, "face": 0}
    )
    answer = await commands.receive_json()
    assert answer["error"]["code"] == "no_choice"  # only one face in the clip: nothing to choose
    tester = await asyncio.to_thread(
        engine.json, "/api/persons", method="POST", body={"name": "Pad Tester"}
    )
    await asyncio.to_thread(
        engine.json, f"/api/persons/{tester['id']}/pin", method="PUT", body={"pin": "2468"}
    )
    codes = set()
    for _ in range(100):  # a face must be in view for a PIN login
        await commands.send_json_auto_id(
            {
                "type": "smart_mirror/session/login",
                "entry_id": entry.entry_id,
                "person_id": tester["id"],
                "pin": "0000",
            }
        )
        answer = await commands.receive_json()
        codes.add(answer["error"]["code"])
        if "wrong_pin" in codes:
            break
        await asyncio.sleep(0.1)
    assert "wrong_pin" in codes
    await asyncio.to_thread(engine.request, f"/api/persons/{tester['id']}", method="DELETE")
    assert await hass.config_entries.async_unload(entry.entry_id)


async def ask(client: Any, message: dict[str, Any]) -> dict[str, Any]:
    await client.send_json_auto_id(message)
    answer: dict[str, Any] = await client.receive_json()
    return answer


async def test_the_owners_data_settings_and_the_ml_tier_through_home_assistant(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
    entry: MockConfigEntry,
) -> None:
    commands = await hass_ws_client(hass)
    entry_id = entry.entry_id
    coordinator = entry.runtime_data.coordinator
    for _ in range(600):  # Lin's session, with his face in view
        if coordinator.data.session_id and coordinator.data.session.present:
            break
        await asyncio.sleep(0.1)
    session = coordinator.data.session_id
    assert session is not None

    me = {"type": "smart_mirror/me", "entry_id": entry_id, "session_id": session}
    daily = await ask(commands, {**me, "path": "evolution/daily", "query": {"days": 7}})
    written = await ask(commands, {**me, "path": "diary", "method": "POST", "body": {"text": "ok"}})
    if daily["success"] and written["success"]:  # he may have turned away meanwhile
        assert isinstance(daily["result"], list)
        assert written["result"]["text"] == "ok"
    else:
        assert {daily.get("error", {}).get("code"), written.get("error", {}).get("code")} <= {
            None,
            "not_owner",
        }
    stranger = await ask(commands, {**me, "session_id": "someone-else", "path": "diary"})
    assert stranger["error"]["code"] == "not_owner"  # the engine's own gate
    wrong = await ask(commands, {**me, "path": "evolution", "method": "POST"})
    assert wrong["error"]["code"] == "invalid_format"

    settings = await ask(commands, {"type": "smart_mirror/settings", "entry_id": entry_id})
    assert settings["result"]["leave_timeout"] == 1
    changed = await ask(
        commands,
        {"type": "smart_mirror/settings", "entry_id": entry_id, "changes": {"leave_timeout": 2}},
    )
    assert changed["result"]["leave_timeout"] == 2
    refused = await ask(
        commands,
        {"type": "smart_mirror/settings", "entry_id": entry_id, "changes": {"leave_timeout": 0}},
    )
    assert refused["error"]["code"] == "invalid_format"  # below the contract's range
    await ask(
        commands,
        {"type": "smart_mirror/settings", "entry_id": entry_id, "changes": {"leave_timeout": 1}},
    )

    status = await ask(commands, {"type": "smart_mirror/trainer", "entry_id": entry_id})
    assert status["success"], status
    retrain = await ask(
        commands, {"type": "smart_mirror/trainer", "entry_id": entry_id, "action": "retrain"}
    )
    assert retrain["success"], retrain
    household = await hass_ws_client(hass, hass_read_only_access_token)  # not an admin
    denied = await ask(household, {"type": "smart_mirror/trainer", "entry_id": entry_id})
    assert denied["error"]["code"] == "unauthorized"
    for kind in ("smart_mirror/me", "smart_mirror/settings", "smart_mirror/session/login"):
        missing = await ask(
            commands,
            {
                "type": kind,
                "entry_id": "nope",
                "session_id": "x",
                "path": "diary",
                "person_id": 1,
                "pin": "1234",
            }
            if kind != "smart_mirror/settings"
            else {"type": kind, "entry_id": "nope"},
        )
        assert missing["error"]["code"] in ("not_found", "invalid_format")
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_the_panel_is_registered_served_and_cache_busted(
    hass: HomeAssistant, hass_client: ClientSessionGenerator, engine: EngineProcess
) -> None:
    assert await async_setup_component(hass, "frontend", {})
    entry = await set_up_mirror(hass, engine)
    panels = hass.data["frontend_panels"]
    assert "smart-mirror" in panels
    config = panels["smart-mirror"].config["_panel_custom"]
    built = (panel.FRONTEND / panel.MODULE).read_bytes()
    assert config["module_url"] == panel.module_url(hashlib.sha256(built).hexdigest()[:12])
    assert config["name"] == "smart-mirror-panel"
    client = await hass_client()
    served = await client.get(config["module_url"])
    assert served.status == 200
    assert await served.read() == built
    assert await hass.config_entries.async_unload(entry.entry_id)
    assert "smart-mirror" not in hass.data["frontend_panels"]  # the last mirror took it along


async def test_events_only_unknown_mirrors_and_an_engine_that_is_gone(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    hass_client: ClientSessionGenerator,
    tmp_path: Path,
    engines: list[EngineProcess],
) -> None:
    other = EngineProcess(tmp_path, "--source", "pattern", "--log-level", "warning")
    engines.append(await asyncio.to_thread(other.start))
    entry = await set_up_mirror(hass, other)
    commands = await hass_ws_client(hass)
    client = await hass_client()

    answer = await ask(
        commands, {"type": "smart_mirror/stream", "entry_id": entry.entry_id, "frames": False}
    )
    url = answer["result"]["url"]
    assert "frames=0" in url
    async with client.ws_connect(url) as ws:
        first = await asyncio.wait_for(ws.receive(), 10)
        assert first.type == aiohttp.WSMsgType.TEXT  # the hello, and never a frame
        until = asyncio.get_running_loop().time() + 2
        with contextlib.suppress(TimeoutError):
            while asyncio.get_running_loop().time() < until:  # two seconds of events
                message = await asyncio.wait_for(ws.receive(), 1)
                assert message.type != aiohttp.WSMsgType.BINARY

    unknown = await client.get("/api/smart_mirror/nope/stream")
    assert unknown.status == 404
    await asyncio.to_thread(other.stop)
    gone = await client.get(f"/api/smart_mirror/{entry.entry_id}/stream")
    assert gone.status == 502
    assert await hass.config_entries.async_unload(entry.entry_id)
