"""Identity over the engine's API, on a real engine process whose camera is a
photo on disk (replace the file and the scene changes)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import sqlite3
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import cv2
import numpy as np
import pytest

from devkit.harness import EngineProcess

EMPTY = np.full((480, 640, 3), 128, np.uint8)


class Scene:
    """The engine's camera: a photo file, swapped atomically."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "scene.jpg"
        self.show_image(EMPTY)

    def show(self, photo: Path) -> None:
        image = cv2.imread(str(photo))
        assert image is not None
        self.show_image(np.asarray(image, np.uint8))

    def show_image(self, image: np.ndarray) -> None:  # type: ignore[type-arg]
        tmp = self.path.with_suffix(".tmp.jpg")
        cv2.imwrite(str(tmp), image)
        tmp.replace(self.path)


class Client:
    """HTTP calls and the event stream of one engine."""

    def __init__(self, engine: EngineProcess, session: aiohttp.ClientSession) -> None:
        self.engine = engine
        self.http = session
        self.events: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def call(self, method: str, path: str, **kwargs: Any) -> tuple[int, Any]:
        headers = {**self.engine.headers, **kwargs.pop("headers", {})}
        async with self.http.request(
            method, self.engine.base + path, headers=headers, **kwargs
        ) as resp:
            body = await resp.read()
            return resp.status, json.loads(body) if body else None

    async def listen(self) -> None:
        async with self.http.ws_connect(
            f"{self.engine.base}/api/ws?frames=0", headers=self.engine.headers
        ) as ws:
            async for msg in ws:
                await self.events.put(json.loads(msg.data))

    async def wait_for(self, kind: str, within: float = 20, **match: Any) -> dict[str, Any]:
        async def find() -> dict[str, Any]:
            while True:
                event = await self.events.get()
                data = event.get("data", {})
                if event["type"] == kind and all(data.get(k) == v for k, v in match.items()):
                    return dict(data)

        return await asyncio.wait_for(find(), within)

    async def person(self, name: str, photo: Path, pin: str | None = None) -> int:
        status, person = await self.call("POST", "/api/persons", json={"name": name})
        assert status == 201, person
        status, result = await self.call(
            "POST",
            f"/api/persons/{person['id']}/faces",
            data=await asyncio.to_thread(photo.read_bytes),
            headers={"Content-Type": "image/jpeg"},
        )
        assert status == 201, result
        assert result["added"] == 1
        if pin:
            status, _ = await self.call(
                "PUT", f"/api/persons/{person['id']}/pin", json={"pin": pin}
            )
            assert status == 200
        return int(person["id"])


@pytest.fixture
async def mirror(
    tmp_path: Path, engines: list[EngineProcess]
) -> AsyncIterator[tuple[Client, Scene]]:
    scene = Scene(tmp_path)
    engine = EngineProcess(
        tmp_path / "data",
        "--source",
        str(scene.path),
        "--fps",
        "10",
        "--leave-timeout",
        "1.5",
        "--reverify-interval",
        "1",
        "--liveness",
        "off",  # the scene is a still photo standing for a person
    )
    engines.append(await asyncio.to_thread(engine.start))
    async with aiohttp.ClientSession() as http:
        client = Client(engine, http)
        listener = asyncio.create_task(client.listen())
        await client.wait_for("hello")  # subscribed before anything happens
        yield client, scene
        listener.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await listener


async def test_session_and_the_personal_data_gate(
    mirror: tuple[Client, Scene], faces_dir: Path
) -> None:
    client, scene = mirror
    obama = await client.person("Obama", faces_dir / "people/obama/obama.jpg")
    biden = await client.person("Biden", faces_dir / "people/biden/biden.jpg")
    scene.show(faces_dir / "scenes/obama1.jpg")
    recognized = await client.wait_for("person_recognized")
    assert (recognized["person_id"], recognized["name"]) == (obama, "Obama")
    sid = recognized["session_id"]
    status, snap = await client.call("GET", "/api/session")
    assert snap["state"] == "active"
    assert snap["session"]["id"] == sid

    assert (await client.call("GET", "/api/me"))[0] == 403  # no session named
    assert (await client.call("GET", "/api/me", params={"session": "0" * 32}))[0] == 403
    status, me = await client.call("GET", "/api/me", params={"session": sid})
    assert status == 200
    assert me["person"]["name"] == "Obama"
    status, _ = await client.call("GET", f"/api/persons/{biden}/history", params={"session": sid})
    assert status == 403  # someone else's data
    status, _ = await client.call("GET", f"/api/persons/{obama}/history", params={"session": sid})
    assert status == 200

    scene.show_image(EMPTY)
    ended = await client.wait_for("session_ended")
    assert (ended["session_id"], ended["reason"]) == (sid, "left")
    assert (await client.call("GET", "/api/me", params={"session": sid}))[0] == 403
    status, rows = await client.call("GET", "/api/session")
    assert rows["state"] == "idle"


async def test_a_subscriber_arriving_mid_greeting_gets_the_session_in_its_hello(
    mirror: tuple[Client, Scene], faces_dir: Path
) -> None:
    """The hello carries the session snapshot: a panel (or Home Assistant) that
    connects while someone is greeted shows the greeting at once, instead of
    nothing until the next session event."""
    client, scene = mirror

    async def hello() -> dict[str, Any]:
        url = f"{client.engine.base}/api/ws?frames=0"
        async with client.http.ws_connect(url, headers=client.engine.headers) as ws:
            first = await ws.receive_json(timeout=10)
        assert first["type"] == "hello"
        return dict(first["data"])

    assert (await hello())["session"] == {"state": "idle", "session": None}
    obama = await client.person("Obama", faces_dir / "people/obama/obama.jpg")
    scene.show(faces_dir / "scenes/obama1.jpg")
    recognized = await client.wait_for("person_recognized")
    await asyncio.sleep(0.5)  # greeted a moment ago: no session event is due now
    snapshot = (await hello())["session"]
    assert snapshot["state"] == "active"
    assert snapshot["session"]["id"] == recognized["session_id"]
    assert snapshot["session"]["person"] == {"id": obama, "name": "Obama"}
    assert snapshot["session"]["present"] is True
    status, current = await client.call("GET", "/api/session")
    assert status == 200
    assert current == snapshot  # the same snapshot as GET /api/session
    scene.show_image(EMPTY)
    await client.wait_for("session", state="idle")
    assert (await hello())["session"] == {"state": "idle", "session": None}


async def test_pin_login_and_lockout(mirror: tuple[Client, Scene], faces_dir: Path) -> None:
    client, scene = mirror
    obama = await client.person("Obama", faces_dir / "people/obama/obama.jpg", pin="1357")
    biden = await client.person("Biden", faces_dir / "people/biden/biden.jpg", pin="2468")
    status, body = await client.call(
        "POST", "/api/session/login", json={"person_id": biden, "pin": "2468"}
    )
    assert status == 409
    assert "no face" in body["error"]  # a manual session still needs a face

    scene.show(faces_dir / "scenes/lin-manuel-miranda.png")  # not enrolled: a guest
    await client.wait_for("session", state="guest")
    for tries_left in (4, 3, 2, 1):
        status, body = await client.call(
            "POST", "/api/session/login", json={"person_id": obama, "pin": "0000"}
        )
        assert (status, body["code"]) == (401, "wrong_pin")
        assert f"{tries_left} tries left" in body["error"]
    status, body = await client.call(
        "POST", "/api/session/login", json={"person_id": obama, "pin": "0000"}
    )
    assert (status, body["code"]) == (423, "locked")
    async with client.http.post(
        client.engine.base + "/api/session/login",
        headers=client.engine.headers,
        json={"person_id": obama, "pin": "1357"},
    ) as resp:
        assert resp.status == 423  # even the right PIN, for 5 minutes
        assert 290 <= int(resp.headers["Retry-After"]) <= 301

    status, snap = await client.call(
        "POST", "/api/session/login", json={"person_id": biden, "pin": "2468"}
    )
    assert status == 200
    assert snap["state"] == "active"
    assert snap["session"]["manual"] is True
    assert snap["session"]["person"]["name"] == "Biden"
    status, me = await client.call("GET", "/api/me", params={"session": snap["session"]["id"]})
    assert me["person"]["id"] == biden

    scene.show_image(EMPTY)  # the face leaves: the PIN session ends
    ended = await client.wait_for("session_ended", person_id=biden)
    assert ended["reason"] == "left"


async def test_choose_a_face_over_http(mirror: tuple[Client, Scene], faces_dir: Path) -> None:
    client, scene = mirror
    await client.person("Obama", faces_dir / "people/obama/obama.jpg")
    await client.person("Biden", faces_dir / "people/biden/biden.jpg")
    scene.show(faces_dir / "scenes/two_people.jpg")
    choice = await client.wait_for("session", state="needs_choice")
    names = [f["name"] for f in choice["faces"]]
    assert sorted(names) == ["Biden", "Obama"]
    assert all("box" in f for f in choice["faces"])
    status, snap = await client.call(
        "POST", "/api/session/choose", json={"face": names.index("Biden")}
    )
    assert status == 200
    assert snap["session"]["person"]["name"] == "Biden"
    status, body = await client.call("POST", "/api/session/choose", json={"face": 0})
    assert status == 409
    assert "no choice" in body["error"]


async def test_forget_leaves_no_row_behind(
    mirror: tuple[Client, Scene], faces_dir: Path, engines: list[EngineProcess]
) -> None:
    client, scene = mirror
    name = "Forgettable-7f3a9c"
    person = await client.person(name, faces_dir / "people/obama/obama.jpg", pin="8642")
    scene.show(faces_dir / "scenes/obama1.jpg")
    await client.wait_for("person_recognized", person_id=person)
    scene.show_image(EMPTY)
    await client.wait_for("session_ended", person_id=person)  # writes a history row

    db_path = client.engine.data_dir / "mirror.db"
    with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as db:
        vector = db.execute(
            "SELECT vector FROM embeddings WHERE person_id = ?", (person,)
        ).fetchone()[0]
        counts_before = {
            table: db.execute(
                f"SELECT COUNT(*) FROM {table} WHERE person_id = ?", (person,)
            ).fetchone()[0]
            for table in ("embeddings", "pins", "samples", "history")
        }
    assert all(counts_before.values()), counts_before  # there was something to forget

    status, body = await client.call("DELETE", f"/api/persons/{person}")
    assert (status, body) == (200, {"forgotten": True})
    assert (await client.call("DELETE", f"/api/persons/{person}"))[0] == 404
    await asyncio.to_thread(client.engine.stop)

    with contextlib.closing(sqlite3.connect(db_path)) as db:
        for table in ("persons", "embeddings", "pins", "samples", "history"):
            column = "id" if table == "persons" else "person_id"
            count = db.execute(
                f"SELECT COUNT(*) FROM {table} WHERE {column} = ?", (person,)
            ).fetchone()[0]
            assert count == 0, table
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob("mirror.db*"))
    assert name.encode() not in raw  # overwritten, not just unlinked
    assert bytes(vector)[:64] not in raw


async def test_bad_uploads_over_http(mirror: tuple[Client, Scene], faces_dir: Path) -> None:
    client, _ = mirror
    status, person = await client.call("POST", "/api/persons", json={"name": "Newcomer"})
    assert status == 201
    assert (await client.call("POST", "/api/persons", json={"name": "newcomer"}))[0] == 409
    assert (await client.call("POST", "/api/persons", json={"name": ""}))[0] == 400
    _, empty = cv2.imencode(".jpg", EMPTY)
    cases = [
        (b"GIF89a-corrupt", 400, "not_an_image"),
        (empty.tobytes(), 422, "no_face"),
        ((faces_dir / "scenes/two_people.jpg").read_bytes(), 422, "several_faces"),
    ]
    for data, code, reason in cases:
        status, body = await client.call("POST", f"/api/persons/{person['id']}/faces", data=data)
        assert (status, body["code"]) == (code, reason)
    status, body = await client.call("POST", "/api/persons/999/faces", data=cases[2][0])
    assert (status, body["code"]) == (404, "unknown_person")
    status, listed = await client.call("GET", "/api/persons")
    assert listed == [{**person, "embeddings": 0}]
    status, renamed = await client.call(
        "PATCH",
        f"/api/persons/{person['id']}",
        json={"name": "Renamed", "ha_person": "person.renamed"},
    )
    assert status == 200
    assert (renamed["name"], renamed["ha_person"]) == ("Renamed", "person.renamed")
    await client.call("POST", "/api/persons", json={"name": "Other"})
    status, body = await client.call(
        "PATCH", f"/api/persons/{person['id']}", json={"name": "other"}
    )
    assert (status, body["code"]) == (409, "name_taken")


async def test_evolution_and_diary_are_only_for_the_owner(
    mirror: tuple[Client, Scene], faces_dir: Path
) -> None:
    client, scene = mirror
    obama = await client.person("Obama", faces_dir / "people/obama/obama.jpg")
    await client.person("Biden", faces_dir / "people/biden/biden.jpg")
    scene.show(faces_dir / "scenes/obama1.jpg")
    sid = (await client.wait_for("person_recognized", person_id=obama))["session_id"]
    assessment = await client.wait_for("assessment", person_id=obama)
    assert assessment["session_id"] == sid
    assert assessment["smoothed"]["emotion"] in {
        "angry",
        "disgust",
        "fear",
        "happy",
        "sad",
        "surprise",
        "neutral",
    }
    for _ in range(6):  # enough samples for the first Evolution point
        await client.wait_for("assessment", person_id=obama)

    mine = {"session": sid}
    status, entry = await client.call(
        "POST", "/api/me/diary", params=mine, json={"text": "Felt great today", "capture": True}
    )
    assert status == 201
    assert entry["capture_id"] is not None
    assert entry["mood"] in {"angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"}
    status, entries = await client.call("GET", "/api/me/diary", params=mine)
    assert [e["text"] for e in entries] == ["Felt great today"]
    status, points = await client.call("GET", "/api/me/evolution", params=mine)
    assert status == 200
    assert len(points) >= 1
    assert {"t", "age", "emotion", "emotions", "live"} <= points[0].keys()
    status, days = await client.call("GET", "/api/me/evolution/daily", params=mine)
    assert days[-1]["points"] >= 1
    assert abs(sum(days[-1]["emotions"].values()) - 1) < 0.01

    for path in ("/api/me/diary", "/api/me/evolution", "/api/me/evolution/daily"):
        assert (await client.call("GET", path))[0] == 403  # no session named
    assert (await client.call("POST", "/api/me/diary", json={"text": "x"}))[0] == 403
    scene.show_image(EMPTY)
    await client.wait_for("session_ended", person_id=obama)
    for path in ("/api/me/diary", "/api/me/evolution"):
        assert (await client.call("GET", path, params=mine))[0] == 403  # gone with the session
    scene.show(faces_dir / "people/biden/biden2.jpg")
    biden_sid = (await client.wait_for("person_recognized"))["session_id"]
    status, others = await client.call("GET", "/api/me/diary", params={"session": biden_sid})
    assert (status, others) == (200, [])  # Biden sees only his own (empty) diary


async def test_calibration_and_trainer_over_http(
    mirror: tuple[Client, Scene], faces_dir: Path
) -> None:
    client, scene = mirror
    obama = await client.person("Obama", faces_dir / "people/obama/obama.jpg")
    assert (await client.call("GET", "/api/me/calibration"))[0] == 403
    scene.show(faces_dir / "scenes/obama1.jpg")
    sid = (await client.wait_for("person_recognized", person_id=obama))["session_id"]
    mine = {"session": sid}
    status, body = await client.call(
        "POST", "/api/me/calibration/collect", params=mine, json={"label": "bored"}
    )
    assert (status, body["code"]) == (400, "bad_label")
    status, job = await client.call(
        "POST", "/api/me/calibration/collect", params=mine, json={"label": "happy", "frames": 20}
    )
    assert status == 202
    assert (job["label"], job["wanted"]) == ("happy", 20)
    done = await client.wait_for("calibration", done=True)
    assert done["collected"] == 20
    status, progress = await client.call("GET", "/api/me/calibration", params=mine)
    assert progress["counts"]["happy"] == 20
    assert progress["needed_per_class"] == 100
    status, body = await client.call("POST", "/api/me/calibration/train", params=mine)
    assert (status, body["code"]) == (409, "not_enough_frames")

    status, trainer = await client.call("GET", "/api/trainer")
    assert status == 200
    assert trainer["samples"]["expression"] == 20
    assert trainer["samples"]["confirmed"] >= 1
    status, body = await client.call("POST", "/api/trainer/retrain", json={"kind": "identity"})
    assert status == 202
    finished = await client.wait_for("training", job="identity", state="done")
    assert finished["promoted"] is False  # one collected face is not enough to refine
    status, body = await client.call("POST", "/api/trainer/rollback", json={"kind": "identity"})
    assert (status, body["code"]) == (409, "no_previous")


def _serial_login_outcomes(statuses: Counter[int]) -> bool:
    """Whether 13 concurrent logins (one right PIN) could come from one serial
    order: accepted after j < 5 wrong PINs, then k more reached the vault (4
    wrong, the 5th locks) and the rest found the session active (409); or
    never accepted: 4 wrong, then locked."""
    if statuses[200] == 0:
        return statuses == Counter({401: 4, 423: 9})
    for j in range(5):
        k = 12 - j - statuses[409]
        if k >= 0 and statuses == Counter(
            {200: 1, 401: j + min(k, 4), 423: max(0, k - 4), 409: statuses[409]}
        ):
            return True
    return False


async def test_concurrent_logins_over_http_never_pass_the_lock(
    mirror: tuple[Client, Scene], faces_dir: Path
) -> None:
    client, scene = mirror
    obama = await client.person("Obama", faces_dir / "people/obama/obama.jpg", pin="1357")
    scene.show(faces_dir / "scenes/lin-manuel-miranda.png")  # a face in view: a guest
    await client.wait_for("session", state="guest")
    attempts = [f"{9000 + i}" for i in range(12)]
    attempts.insert(random.Random(14).randrange(13), "1357")
    answers = await asyncio.gather(
        *(
            client.call("POST", "/api/session/login", json={"person_id": obama, "pin": pin})
            for pin in attempts
        )
    )
    statuses = Counter(status for status, _ in answers)
    assert _serial_login_outcomes(statuses), (statuses, attempts.index("1357"))
    assert {body["code"] for status, body in answers if status == 423} <= {"locked"}


async def test_inputs_are_bounded_and_parsed_strictly(mirror: tuple[Client, Scene]) -> None:
    client, _ = mirror
    status, person = await client.call("POST", "/api/persons", json={"name": "Strict"})
    assert status == 201
    pid = person["id"]
    for path in ("9223372036854775808", "18446744073709551616", "-1", "%D9%A1", "1.0", "1_0"):
        assert (await client.call("GET", f"/api/persons/{path}"))[0] == 404, path
        assert (await client.call("DELETE", f"/api/persons/{path}"))[0] == 404, path
    for person_id in (2**63, 2**64, -1, True, "1", 1.0):
        status, body = await client.call(
            "POST", "/api/session/login", json={"person_id": person_id, "pin": "1234"}
        )
        assert (status, body["code"]) == (400, "bad_login"), person_id
    for ha_person in (["person.a"], {"entity": "person.a"}, 7, "light.kitchen", "person."):
        status, body = await client.call(
            "POST", "/api/persons", json={"name": "Linked", "ha_person": ha_person}
        )
        assert (status, body["code"]) == (400, "bad_ha_person"), ha_person
        status, body = await client.call(
            "PATCH", f"/api/persons/{pid}", json={"ha_person": ha_person}
        )
        assert (status, body["code"]) == (400, "bad_ha_person"), ha_person
    status, linked = await client.call(
        "PATCH", f"/api/persons/{pid}", json={"ha_person": "person.a"}
    )
    assert (status, linked["ha_person"]) == (200, "person.a")
    status, unlinked = await client.call("PATCH", f"/api/persons/{pid}", json={"ha_person": ""})
    assert (status, unlinked["ha_person"]) == (200, None)

    def multipart(parts: list[bytes]) -> aiohttp.FormData:
        form = aiohttp.FormData()
        for i, part in enumerate(parts):
            form.add_field(f"f{i}", part, filename=f"f{i}.jpg", content_type="image/jpeg")
        return form

    _, tiny = cv2.imencode(".jpg", EMPTY)
    for parts in ([tiny.tobytes()] * 21, [b"\0" * (10 * 1024 * 1024 + 1)]):
        status, body = await client.call("POST", f"/api/persons/{pid}/faces", data=multipart(parts))
        assert (status, body["code"]) == (413, "too_large")
    status, body = await client.call(
        "POST", f"/api/persons/{pid}/faces", data=b"\0" * (20 * 1024 * 1024 + 1)
    )
    assert (status, body["code"]) == (413, "too_large")
    _, big = cv2.imencode(".png", np.zeros((5000, 8001), np.uint8))  # 40.005 Mpx, small file
    status, body = await client.call("POST", f"/api/persons/{pid}/faces", data=big.tobytes())
    assert (status, body["code"]) == (413, "image_too_large")
    status, listed = await client.call("GET", f"/api/persons/{pid}")
    assert listed["embeddings"] == 0  # nothing half-enrolled


async def test_people_pins_thumbnails_and_not_me_over_http(
    mirror: tuple[Client, Scene], faces_dir: Path
) -> None:
    client, scene = mirror
    obama = await client.person("Obama", faces_dir / "people/obama/obama.jpg", pin="1357")
    status, person = await client.call("GET", f"/api/persons/{obama}")
    assert (person["has_pin"], person["has_thumbnail"]) == (True, True)
    async with client.http.get(
        f"{client.engine.base}/api/persons/{obama}/thumbnail.jpg", headers=client.engine.headers
    ) as resp:
        assert (resp.status, resp.content_type) == (200, "image/jpeg")
        face = cv2.imdecode(np.frombuffer(await resp.read(), np.uint8), cv2.IMREAD_COLOR)
        assert face is not None
        assert max(face.shape[:2]) <= 128
    status, body = await client.call("GET", f"/api/persons/{obama + 1000}/thumbnail.jpg")
    assert (status, body["code"]) == (404, "unknown_person")

    status, body = await client.call("DELETE", f"/api/persons/{obama}/pin")
    assert (status, body["has_pin"]) == (200, False)
    status, person = await client.call("GET", f"/api/persons/{obama}")
    assert person["has_pin"] is False
    scene.show(faces_dir / "scenes/lin-manuel-miranda.png")  # a guest in front
    await client.wait_for("session", state="guest")
    status, body = await client.call(
        "POST", "/api/session/login", json={"person_id": obama, "pin": "1357"}
    )
    assert (status, body["code"]) == (409, "no_pin")  # the cleared PIN opens nothing

    scene.show(faces_dir / "scenes/obama1.jpg")
    await client.wait_for("person_recognized", person_id=obama)
    status, body = await client.call(
        "POST", "/api/commands", json={"name": "not_me", "modality": "touch"}
    )
    assert status == 200, body
    ended = await client.wait_for("session_ended", person_id=obama)
    assert ended["reason"] == "not_me"
    # he stays in view: a guest now, not his session again
    await client.wait_for("session", state="guest")
    status, snap = await client.call("GET", "/api/session")
    assert snap["state"] == "guest"
    assert snap["logged_out"] is True
