"""Record what a real engine answers, for the fast tier's fake engine.

A real engine runs on the shared clip with one person enrolled; every request
the integration makes is sent once and its status and JSON body kept, with one
event of each type the engine published meanwhile. The recording holds no
pixels (the fake engine draws its own JPEGs) and nothing of the shared data
but a name.

    python -m devkit.record_engine [--out tests/fast/engine_recording.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from pathlib import Path
from typing import Any

import aiohttp

from devkit.harness import CLIP, FACES, ROOT, EngineProcess, wait_until

OUT = ROOT / "tests/fast/engine_recording.json"
PERSON = "Lin-Manuel Miranda"
PIN = "2468"
PHOTO = FACES / "scenes/lin-manuel-miranda.png"
# (key, method, path, body): the integration's requests, in an order that
# leaves the engine as it found it. {person} and {capture} are filled in.
REQUESTS: tuple[tuple[str, str, str, Any], ...] = (
    ("status", "GET", "/api/status", None),
    ("session", "GET", "/api/session", None),
    ("persons", "GET", "/api/persons", None),
    ("find_person", "GET", "/api/persons?name=" + PERSON.replace(" ", "%20"), None),
    ("settings", "GET", "/api/settings", None),
    ("update_settings", "PATCH", "/api/settings", {"leave_timeout": 2}),
    ("restore_settings", "PATCH", "/api/settings", {"leave_timeout": 1}),
    ("toggles", "GET", "/api/toggles", None),
    ("set_toggles", "POST", "/api/toggles", {"diary": False}),
    ("restore_toggles", "POST", "/api/toggles", {"diary": True}),
    ("capture", "POST", "/api/capture", None),
    ("captures", "GET", "/api/captures", None),
    ("create_person", "POST", "/api/persons", {"name": "Guest Example", "ha_person": None}),
    ("set_pin", "PUT", "/api/persons/{guest}/pin", {"pin": PIN}),
    ("wrong_pin", "POST", "/api/session/login", {"person_id": "{guest}", "pin": "0000"}),
    ("clear_pin", "DELETE", "/api/persons/{guest}/pin", None),
    ("link_person", "PATCH", "/api/persons/{guest}", {"ha_person": "person.guest"}),
    ("rename_person", "PATCH", "/api/persons/{guest}", {"name": "Guest Renamed"}),
    ("name_taken", "PATCH", "/api/persons/{guest}", {"name": PERSON}),
    ("person", "GET", "/api/persons/{guest}", None),
    ("no_thumbnail", "GET", "/api/persons/{guest}/thumbnail.jpg", None),
    ("enrol_image", "POST", "/api/persons/{person}/faces", "photo"),
    ("enrol_live", "POST", "/api/persons/{guest}/enrol", None),
    ("cancel_enrolment", "DELETE", "/api/enrolment", None),
    ("forget", "DELETE", "/api/persons/{guest}", None),
    ("unknown_person", "DELETE", "/api/persons/{guest}", None),
    ("submit_command", "POST", "/api/commands", {"name": "next_widget", "modality": "touch"}),
    ("trainer", "GET", "/api/trainer", None),
    ("retrain", "POST", "/api/trainer/retrain", {"kind": "identity"}),
    # in the clip person's active session
    ("me", "GET", "/api/me?session={session}", None),
    ("history", "GET", "/api/me/history?session={session}", None),
    ("diary", "GET", "/api/me/diary?session={session}", None),
    ("evolution_daily", "GET", "/api/me/evolution/daily?session={session}", None),
    ("collect", "POST", "/api/me/calibration/collect?session={session}", {"label": "happy"}),
    ("not_owner", "GET", "/api/me?session=someone-else", None),
    ("logout", "POST", "/api/session/logout", None),
    # in his next session: "not me" ends it (and nothing is left to correct)
    ("not_me", "POST", "/api/commands", {"name": "not_me", "modality": "touch"}),
    ("nobody_to_correct", "POST", "/api/commands", {"name": "not_me", "modality": "touch"}),
)
# the requests that wait for the clip person's active session first
IN_SESSION = frozenset({"me", "not_me"})


def _fill(value: Any, ids: dict[str, int | str]) -> Any:
    if isinstance(value, str):
        for name, number in ids.items():
            if value == "{" + name + "}":
                return number
            value = value.replace("{" + name + "}", str(number))
        return value
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    return value


async def _collect_events(engine: EngineProcess, seen: dict[str, Any], stop: asyncio.Event) -> None:
    async with (
        aiohttp.ClientSession(headers=engine.headers) as http,
        http.ws_connect(f"{engine.base}/api/ws?frames=0") as ws,
    ):
        # the engine publishes faces several times a second: the loop sees the stop
        async for message in ws:
            if stop.is_set() or message.type != aiohttp.WSMsgType.TEXT:
                break
            event = json.loads(message.data)
            seen.setdefault(event["type"], event)
            if event["type"] == "session":  # one of each state
                seen.setdefault(f"session:{event['data']['state']}", event)


async def record(out: Path) -> None:
    with (
        tempfile.TemporaryDirectory() as tmp,
        EngineProcess(
            Path(tmp), "--source", str(CLIP), "--log-level", "warning", "--leave-timeout", "1"
        ) as engine,
    ):
        person = engine.enrol_photo(PERSON, PHOTO)
        events: dict[str, Any] = {}
        stop = asyncio.Event()
        listener = asyncio.create_task(_collect_events(engine, events, stop))
        await asyncio.to_thread(
            wait_until,
            lambda: "assessment" in events and "session:active" in events,
            120,
            "a session with an assessment",
        )
        health = await asyncio.to_thread(engine.json, "/api/health", auth=False)
        responses: dict[str, Any] = {"health": {"status": 200, "body": health}}
        ids: dict[str, int | str] = {"person": person}
        for key, method, path, body in REQUESTS:
            if key == "set_pin":
                ids["guest"] = int(responses["create_person"]["body"]["id"])
            if key in IN_SESSION:  # the clip person's session (again, after a logout)
                await asyncio.to_thread(
                    wait_until,
                    lambda: engine.json("/api/session")["state"] == "active",
                    60,
                    "an active session",
                )
                session = await asyncio.to_thread(engine.json, "/api/session")
                responses.setdefault("active_session", {"status": 200, "body": session})
                ids["session"] = session["session"]["id"]
            if body == "photo":
                status, raw = await asyncio.to_thread(engine.upload, _fill(path, ids), PHOTO)
            else:
                status, raw, _ = await asyncio.to_thread(
                    engine.request, _fill(path, ids), method=method, body=_fill(body, ids)
                )
            responses[key] = {"status": status, "body": json.loads(raw) if raw else None}
        await asyncio.to_thread(
            wait_until, lambda: "session_ended" in events, 60, "a session to end"
        )
        stop.set()
        await listener
    recording = {
        "person": {"id": person, "name": PERSON, "pin": PIN},
        "responses": responses,
        "events": dict(sorted(events.items())),
    }
    text = json.dumps(recording, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    await asyncio.to_thread(out.write_text, text)
    print(f"recorded {len(responses)} answers and {len(events)} events into {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    asyncio.run(record(parser.parse_args().out))


if __name__ == "__main__":
    main()
