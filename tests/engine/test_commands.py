"""The command router on a real engine process: commands from any modality,
confirmation of the unsure ones, the answers stored as samples."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from devkit.harness import EngineProcess


class Events:
    """The engine's event stream, kept in order."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.seen: list[dict[str, Any]] = []

    async def next(self, kind: str) -> dict[str, Any]:
        async with asyncio.timeout(5.0):
            while True:
                event = json.loads((await self.ws.receive()).data)
                self.seen.append(event)
                if event["type"] == kind:
                    data: dict[str, Any] = event["data"]
                    return data


@pytest.fixture
async def events(engine: EngineProcess) -> AsyncIterator[Events]:
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(f"{engine.base}/api/ws?frames=0", headers=engine.headers) as ws,
    ):
        await asyncio.sleep(0.2)  # subscribed before the test acts
        yield Events(ws)


def _samples(engine: EngineProcess) -> list[tuple[str, str, float, str]]:
    with contextlib.closing(sqlite3.connect(engine.data_dir / "mirror.db")) as db:
        rows = db.execute(
            "SELECT kind, label, confidence, detail FROM samples WHERE kind LIKE '%_command'"
            " ORDER BY id"
        ).fetchall()
    return [(str(k), str(label), float(c), str(d)) for k, label, c, d in rows]


def _post(engine: EngineProcess, path: str, body: dict[str, Any]) -> tuple[int, Any]:
    status, raw, _ = engine.request(path, method="POST", body=body)
    return status, json.loads(raw)


async def test_a_sure_command_runs_at_once(engine: EngineProcess, events: Events) -> None:
    status, answer = _post(
        engine, "/api/commands", {"name": "hide_widget", "args": {"widget": "diary"}}
    )
    assert status == 200
    assert answer["status"] == "done"
    assert answer["result"]["toggles"]["diary"] is False
    assert engine.json("/api/toggles")["diary"] is False
    command = await events.next("command")
    assert command == {
        "name": "hide_widget",
        "args": {"widget": "diary"},
        "modality": "touch",
        "confidence": 1.0,
        "done_by": "engine",
    }


async def test_panel_commands_are_published_for_the_panel(
    engine: EngineProcess, events: Events
) -> None:
    status, answer = _post(
        engine, "/api/commands", {"name": "zoom", "args": {"direction": "in"}, "modality": "voice"}
    )
    assert (status, answer["status"]) == (200, "done")
    command = await events.next("command")
    assert (command["name"], command["args"], command["done_by"]) == (
        "zoom",
        {"direction": "in"},
        "panel",
    )


async def test_an_unsure_command_waits_for_a_yes_and_becomes_a_sample(
    engine: EngineProcess, events: Events
) -> None:
    status, answer = _post(
        engine,
        "/api/commands",
        {
            "name": "hide_widget",
            "args": {"widget": "public"},
            "modality": "voice",
            "confidence": 0.6,
            "evidence": {"text": "hide the wether"},
        },
    )
    assert (status, answer["status"]) == (200, "confirm")
    question = answer["confirmation"]
    assert await events.next("confirm") == question
    assert engine.json("/api/toggles")["public"] is True  # not yet
    assert [p["id"] for p in engine.json("/api/commands/pending")] == [question["id"]]

    status, result = _post(
        engine, f"/api/commands/{question['id']}/answer", {"accepted": True, "via": "touch"}
    )
    assert status == 200
    assert result["outcome"] == "confirmed"
    assert engine.json("/api/toggles")["public"] is False
    assert engine.json("/api/commands/pending") == []
    outcome = await events.next("confirm_result")
    assert (outcome["outcome"], outcome["via"]) == ("confirmed", "touch")
    [(kind, label, confidence, detail)] = _samples(engine)
    assert (kind, label, confidence) == ("voice_command", "hide_widget", 0.6)
    assert json.loads(detail)["text"] == "hide the wether"

    # answered once: a second answer finds nothing
    status, gone = _post(
        engine, f"/api/commands/{question['id']}/answer", {"accepted": True, "via": "touch"}
    )
    assert status == 410
    assert "answered or expired" in gone["error"]


async def test_a_correction_runs_the_corrected_command_and_a_no_runs_nothing(
    engine: EngineProcess, events: Events
) -> None:
    features = [0.5, 1.2, 0.3]
    body = {
        "name": "next_widget",
        "modality": "gesture",
        "confidence": 0.5,
        "evidence": {"gesture": "swipe_left", "features": features},
        "alternatives": ["previous_widget"],
    }
    _, first = _post(engine, "/api/commands", body)
    _, second = _post(engine, "/api/commands", body)
    first_id, second_id = first["confirmation"]["id"], second["confirmation"]["id"]
    assert first["confirmation"]["alternatives"] == ["previous_widget"]

    status, result = _post(
        engine,
        f"/api/commands/{first_id}/answer",
        {"accepted": True, "via": "touch", "correction": {"name": "previous_widget"}},
    )
    assert (status, result["outcome"], result["name"]) == (200, "corrected", "previous_widget")
    command = await events.next("command")
    assert (command["name"], command["modality"]) == ("previous_widget", "gesture")

    status, result = _post(
        engine, f"/api/commands/{second_id}/answer", {"accepted": False, "via": "touch"}
    )
    assert (status, result["outcome"], result["result"]) == (200, "rejected", None)
    samples = _samples(engine)
    assert [(k, label) for k, label, _, _ in samples] == [
        ("gesture_command", "previous_widget"),
        ("gesture_command", "none"),  # "that was no gesture": a negative example
    ]
    with contextlib.closing(sqlite3.connect(engine.data_dir / "mirror.db")) as db:
        (blob,) = db.execute("SELECT embedding FROM samples ORDER BY id LIMIT 1").fetchone()
    assert len(blob) == 4 * len(features)  # the gesture's features, for the trainer
    assert engine.json("/api/commands/pending") == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"name": "fly"}, "unknown command 'fly'"),
        ({"name": "show_widget"}, "needs a widget"),
        ({"name": "show_widget", "args": {"widget": "weather"}}, "needs a widget"),
        ({"name": "zoom", "args": {"direction": "sideways"}}, "direction"),
        ({"name": "capture", "modality": "telepathy"}, "modality"),
        ({"name": "capture", "confidence": 1.5}, "confidence"),
        ({"name": "capture", "confidence": True}, "confidence"),
        ({"name": "capture", "alternatives": ["fly"]}, "alternatives"),
        ({"name": "capture", "args": {"n": 3}}, "args"),
    ],
)
def test_bad_commands_are_refused_with_the_reason(
    engine: EngineProcess, body: dict[str, Any], message: str
) -> None:
    status, answer = _post(engine, "/api/commands", body)
    assert status == 400
    assert message in answer["error"]
    assert engine.json("/api/commands/pending") == []


def test_bad_answers_are_refused(engine: EngineProcess) -> None:
    _, asked = _post(
        engine, "/api/commands", {"name": "capture", "modality": "voice", "confidence": 0.1}
    )
    pending_id = asked["confirmation"]["id"]
    for body, message in (
        ({"accepted": "yes"}, "accepted must be true or false"),
        ({"accepted": True, "via": "smoke"}, "via must be one of"),
        ({"accepted": True, "correction": "capture"}, "correction must be an object"),
        ({"accepted": True, "correction": {"name": "fly"}}, "unknown command"),
    ):
        status, answer = _post(engine, f"/api/commands/{pending_id}/answer", body)
        assert status == 400, body
        assert message in answer["error"]
    assert [p["id"] for p in engine.json("/api/commands/pending")] == [pending_id]  # still open


def test_logging_out_with_nobody_there_is_a_conflict(engine: EngineProcess) -> None:
    status, answer = _post(engine, "/api/commands", {"name": "logout"})
    assert status == 409
    assert answer["code"] == "no_session"
