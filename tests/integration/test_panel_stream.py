"""The panel's way in: the engine's stream relayed by Home Assistant to a
signed URL, the session actions, and the panel's registration."""

from __future__ import annotations

import asyncio
import struct
from typing import Any

import aiohttp
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)

from tests.harness import EngineProcess

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
