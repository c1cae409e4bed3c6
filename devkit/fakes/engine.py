"""A stand-in engine for the integration's fast tests: it answers with what a
real engine answered (``tests/fast/engine_recording.json``, written by
``python -m devkit.record_engine``) and keeps the little state those answers
depend on (features, settings, persons, PINs, the session, captures), pushing
the events a real engine would push when that state changes.

It speaks the engine's wire format on 127.0.0.1 (bearer token, JSON errors with
codes, the event WebSocket with its ``hello``); it never sends video frames and
draws its own JPEGs. ``calls`` lists every request, so a test can say what the
integration asked for. The real engine stays the judge: the slow tier runs the
same integration against it, and ``tests/engine/test_recording.py`` checks that
the recording still has the real engine's shape.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from aiohttp import WSMsgType, web

from .server import LocalServer

RECORDING = Path(__file__).resolve().parents[2] / "tests/fast/engine_recording.json"
TOKEN = "fake-engine-token"


def _jpeg(seed: int) -> bytes:
    """A small picture that differs per capture (no camera, no shared data)."""
    image = np.zeros((90, 160, 3), np.uint8)
    image[:, :, 1] = np.linspace(0, 255, 160, dtype=np.uint8)
    cv2.putText(image, str(seed), (10, 60), cv2.FONT_HERSHEY_SIMPLEX, 1.5, (255, 255, 255), 2)
    return bytes(cv2.imencode(".jpg", image)[1])


def _error(status: int, message: str, code: str) -> web.Response:
    return web.json_response({"error": message, "code": code}, status=status)


def _answering(value: Callable[[], Any]) -> Callable[[web.Request], Awaitable[web.Response]]:
    """A GET handler answering ``value()`` as JSON."""

    async def handler(_: web.Request) -> web.Response:
        return web.json_response(value())

    return handler


class FakeEngine(LocalServer):
    def __init__(self, recording: Path = RECORDING) -> None:
        super().__init__()
        self.recording: dict[str, Any] = json.loads(recording.read_text())
        self.token = TOKEN
        self.calls: list[tuple[str, str, Any]] = []  # (method, path with query, JSON body)
        self.answers: dict[str, Any] = dict(self.recording["responses"])
        self.health = copy.deepcopy(self.answers["health"]["body"])
        status = self.answer("status")
        self.toggles: dict[str, bool] = dict(self.answer("toggles"))
        self.settings: dict[str, Any] = dict(self.answer("settings"))
        self.persons: list[dict[str, Any]] = copy.deepcopy(self.answer("persons"))
        self.pins: dict[int, str] = {}
        self.captures: list[dict[str, Any]] = []
        self.session: dict[str, Any] = self.answer("logout")  # nobody in front
        self.status = status
        self._sockets: set[web.WebSocketResponse] = set()
        self._connected = asyncio.Event()  # set while an event socket is open
        self.app.middlewares.append(self._auth)
        self._routes()

    # -- what a test uses -------------------------------------------------------------
    def answer(self, key: str) -> Any:
        """A recorded answer's body (a copy)."""
        return copy.deepcopy(self.answers[key]["body"])

    def event(self, key: str) -> dict[str, Any]:
        """A recorded event (``"assessment"``, ``"session:active"``...), a copy."""
        return copy.deepcopy(self.recording["events"][key])

    @property
    def person(self) -> dict[str, Any]:
        return dict(self.recording["person"])

    async def push(self, event: dict[str, Any]) -> None:
        """Send an event to every connected event socket, as the engine's bus does."""
        if event["type"] == "session":
            self.session = copy.deepcopy(event["data"])
        for ws in list(self._sockets):
            await ws.send_json(event)

    async def publish(self, type_: str, **data: Any) -> None:
        await self.push({"type": type_, "data": data, "t": 0.0, "id": len(self.calls)})

    async def start_session(self) -> dict[str, Any]:
        """The recorded person's session, active now; its data."""
        event = self.event("session:active")
        await self.push(event)
        await self.push(self.event("person_recognized"))
        return dict(event["data"])

    async def end_session(self) -> None:
        await self.push(self.event("session:idle"))
        await self.push(self.event("session_ended"))

    def called(self, method: str, path: str) -> list[Any]:
        """The JSON bodies of the calls to ``method path`` (the path without query)."""
        return [body for m, p, body in self.calls if m == method and p.split("?")[0] == path]

    # -- the wire -----------------------------------------------------------------------
    @web.middleware
    async def _auth(self, request: web.Request, handler: Any) -> web.StreamResponse:
        body = None
        if request.can_read_body and request.content_type == "application/json":
            body = await request.json()
        self.calls.append((request.method, request.path_qs, body))
        open_paths = {"/api/health"}
        if request.path not in open_paths:
            presented = request.headers.get("Authorization", "") == f"Bearer {self.token}"
            if not presented and request.query.get("token") != self.token:
                return _error(401, "a valid token is required", "unauthorized")
        response: web.StreamResponse = await handler(request)
        return response

    def _routes(self) -> None:
        r = self.app.router
        r.add_get("/api/health", _answering(lambda: self.health))
        r.add_get("/api/status", _answering(lambda: self._status()))
        r.add_get("/api/session", _answering(lambda: self.session))
        r.add_get("/api/ws", self._ws)
        r.add_get("/api/snapshot.jpg", self._snapshot)
        r.add_get("/api/toggles", _answering(lambda: self.toggles))
        r.add_post("/api/toggles", self._set_toggles)
        r.add_get("/api/settings", _answering(lambda: self.settings))
        r.add_patch("/api/settings", self._update_settings)
        r.add_post("/api/capture", self._capture)
        r.add_get("/api/captures", _answering(lambda: self.captures[::-1]))
        r.add_get("/api/captures/{capture_id}.jpg", self._capture_jpeg)
        r.add_get("/api/persons", self._persons)
        r.add_post("/api/persons", self._create_person)
        r.add_get("/api/persons/{person_id}", self._get_person)
        r.add_patch("/api/persons/{person_id}", self._change_person)
        r.add_delete("/api/persons/{person_id}", self._forget)
        r.add_put("/api/persons/{person_id}/pin", self._set_pin)
        r.add_delete("/api/persons/{person_id}/pin", self._clear_pin)
        r.add_get("/api/persons/{person_id}/thumbnail.jpg", self._thumbnail)
        r.add_post("/api/persons/{person_id}/faces", self._enrol_image)
        r.add_post("/api/persons/{person_id}/enrol", self._enrol_live)
        r.add_post("/api/session/login", self._login)
        r.add_post("/api/session/logout", self._logout)
        r.add_post("/api/session/choose", self._choose)
        r.add_post("/api/commands", self._command)
        r.add_post("/api/commands/{pending_id}/answer", self._answer)
        r.add_get("/api/trainer", _answering(lambda: self.answer("trainer")))
        r.add_post("/api/trainer/retrain", self._retrain)
        r.add_post("/api/me/calibration/collect", self._collect)
        r.add_get("/api/me", self._me)
        for path, key in (
            ("/api/me/history", "history"),
            ("/api/me/diary", "diary"),
            ("/api/me/evolution/daily", "evolution_daily"),
        ):
            r.add_get(path, self._personal(key))

    def _status(self) -> dict[str, Any]:
        return {**self.status, "toggles": self.toggles, "settings": self.settings}

    async def _ws(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        # the engine's hello: its status and the session as it stands
        await ws.send_json({"type": "hello", "data": {**self._status(), "session": self.session}})
        self._sockets.add(ws)
        self._connected.set()
        try:
            async for message in ws:
                if message.type == WSMsgType.ERROR:
                    break
        finally:
            self._sockets.discard(ws)
            if not self._sockets:
                self._connected.clear()
        return ws

    async def close_sockets(self) -> None:
        """The engine went away: every event socket closes."""
        self._connected.clear()
        for ws in list(self._sockets):
            await ws.close()

    async def _snapshot(self, _: web.Request) -> web.Response:
        return web.Response(body=_jpeg(0), content_type="image/jpeg")

    async def _set_toggles(self, request: web.Request) -> web.Response:
        changes = await request.json()
        self.toggles.update(changes)
        await self.publish("toggles", **self.toggles)
        return web.json_response(self.toggles)

    async def _update_settings(self, request: web.Request) -> web.Response:
        self.settings.update(await request.json())
        await self.publish("settings", **self.settings)
        return web.json_response(self.settings)

    async def _capture(self, _: web.Request) -> web.Response:
        capture = {**self.answer("capture"), "id": len(self.captures) + 1}
        self.captures.append(capture)
        await self.publish("capture", **capture)
        return web.json_response(capture, status=self.answers["capture"]["status"])

    async def _capture_jpeg(self, request: web.Request) -> web.Response:
        wanted = request.match_info["capture_id"]
        if not any(str(c["id"]) == wanted for c in self.captures):
            return _error(404, "no such capture", "unknown_capture")
        return web.Response(body=_jpeg(int(wanted)), content_type="image/jpeg")

    async def _persons(self, request: web.Request) -> web.Response:
        if name := request.query.get("name"):
            key = name.casefold()
            return web.json_response([p for p in self.persons if p["name"].casefold() == key])
        return web.json_response(self.persons)

    def _find(self, request: web.Request) -> dict[str, Any] | None:
        wanted = request.match_info["person_id"]
        return next((p for p in self.persons if str(p["id"]) == wanted), None)

    async def _create_person(self, request: web.Request) -> web.Response:
        body = await request.json()
        if any(p["name"].casefold() == body["name"].casefold() for p in self.persons):
            return _error(409, f"{body['name']} is enrolled already", "name_taken")
        template = self.answer("create_person")
        person = {
            **template,
            "id": max((p["id"] for p in self.persons), default=0) + 1,
            "name": body["name"],
            "ha_person": body.get("ha_person"),
        }
        self.persons.append(person)
        await self.publish("persons", persons=self.persons)
        return web.json_response(person, status=self.answers["create_person"]["status"])

    async def _get_person(self, request: web.Request) -> web.Response:
        if (person := self._find(request)) is None:
            return _error(404, "no such person", "unknown_person")
        return web.json_response(person)

    async def _change_person(self, request: web.Request) -> web.Response:
        """A new name and/or Home Assistant person (absent or null: unchanged;
        ``ha_person`` "": linked to nobody)."""
        if (person := self._find(request)) is None:
            return _error(404, "no such person", "unknown_person")
        body = await request.json()
        if (name := body.get("name")) is not None:
            taken = [p for p in self.persons if p["name"].casefold() == name.casefold()]
            if taken and taken[0] is not person:
                return self._refused("name_taken")
            person["name"] = name
        if (ha_person := body.get("ha_person")) is not None:
            person["ha_person"] = ha_person or None
        await self.publish("persons", persons=self.persons)
        return web.json_response(person)

    async def _forget(self, request: web.Request) -> web.Response:
        if (person := self._find(request)) is None:
            return _error(404, "no such person", "unknown_person")
        self.persons.remove(person)
        self.pins.pop(person["id"], None)
        await self.publish("person_forgotten", person_id=person["id"])
        await self.publish("persons", persons=self.persons)
        recorded = self.answers["forget"]
        return web.json_response(recorded["body"], status=recorded["status"])

    async def _set_pin(self, request: web.Request) -> web.Response:
        if (person := self._find(request)) is None:
            return _error(404, "no such person", "unknown_person")
        self.pins[person["id"]] = (await request.json())["pin"]
        person["has_pin"] = True
        recorded = self.answers["set_pin"]
        body = {**recorded["body"], "person_id": person["id"]}
        return web.json_response(body, status=recorded["status"])

    async def _clear_pin(self, request: web.Request) -> web.Response:
        if (person := self._find(request)) is None:
            return _error(404, "no such person", "unknown_person")
        self.pins.pop(person["id"], None)
        person["has_pin"] = False
        recorded = self.answers["clear_pin"]
        body = {**recorded["body"], "person_id": person["id"]}
        return web.json_response(body, status=recorded["status"])

    async def _thumbnail(self, request: web.Request) -> web.Response:
        """The person's face crop (drawn: the recording holds no pixels)."""
        person = self._find(request)
        if person is None or not person.get("has_thumbnail"):
            return self._refused("no_thumbnail")
        return web.Response(body=_jpeg(person["id"]), content_type="image/jpeg")

    async def _enrol_image(self, request: web.Request) -> web.Response:
        if (person := self._find(request)) is None:
            return _error(404, "no such person", "unknown_person")
        await request.read()
        recorded = self.answers["enrol_image"]
        body = {**recorded["body"], "person_id": person["id"]}
        person["embeddings"] = person.get("embeddings", 0) + int(body.get("added", 1))
        person["has_thumbnail"] = True  # from the best enrolled face
        await self.publish("persons", persons=self.persons)
        return web.json_response(body, status=recorded["status"])

    async def _enrol_live(self, request: web.Request) -> web.Response:
        if (person := self._find(request)) is None:
            return _error(404, "no such person", "unknown_person")
        recorded = self.answers["enrol_live"]
        body = {**recorded["body"], "person_id": person["id"]}
        return web.json_response(body, status=recorded["status"])

    async def _login(self, request: web.Request) -> web.Response:
        body = await request.json()
        if self.pins.get(body["person_id"]) != body["pin"]:
            recorded = self.answers["wrong_pin"]
            return web.json_response(recorded["body"], status=recorded["status"])
        data = await self.start_session()
        return web.json_response(data)

    async def _logout(self, _: web.Request) -> web.Response:
        await self.end_session()
        recorded = self.answers["logout"]
        return web.json_response(recorded["body"], status=recorded["status"])

    async def _choose(self, request: web.Request) -> web.Response:
        return _error(409, "nobody to choose from", "no_choice")

    async def _command(self, request: web.Request) -> web.Response:
        body = await request.json()
        if body["name"] == "not_me":
            return await self._not_me(body)
        await self.publish("command", name=body["name"], args=body.get("args", {}), done_by="panel")
        recorded = self.answers["submit_command"]
        return web.json_response({**recorded["body"], "name": body["name"]})

    async def _not_me(self, command: dict[str, Any]) -> web.Response:
        """The mirror greeted the wrong person: their session ends (reason
        ``not_me``); nobody's session: nothing to correct."""
        current = self.session.get("session") or {}
        if self.session.get("state") != "active" or not current.get("person"):
            return self._refused("nobody_to_correct")
        await self.push(self.event("session:idle"))
        ended = self.event("session_ended")
        ended["data"] |= {
            "session_id": current["id"],
            "person_id": current["person"]["id"],
            "name": current["person"]["name"],
            "reason": "not_me",
        }
        await self.push(ended)
        await self.publish("command", name="not_me", args={}, done_by="engine")
        recorded = self.answers["not_me"]
        body = {**recorded["body"], "result": {"ended": current["id"]}}
        return web.json_response(body, status=recorded["status"])

    async def _answer(self, request: web.Request) -> web.Response:
        return _error(404, "that question is answered already", "gone")

    async def _retrain(self, request: web.Request) -> web.Response:
        recorded = self.answers["retrain"]
        return web.json_response(recorded["body"], status=recorded["status"])

    def _refused(self, key: str) -> web.Response:
        recorded = self.answers[key]
        return web.json_response(recorded["body"], status=recorded["status"])

    def _owner(self, request: web.Request) -> bool:
        current = self.session.get("session") or {}
        asked = request.query.get("session") or request.headers.get("X-Mirror-Session")
        return self.session.get("state") == "active" and asked == current.get("id")

    async def _collect(self, request: web.Request) -> web.Response:
        if not self._owner(request):
            return self._refused("not_owner")
        recorded = self.answers["collect"]
        body = {**recorded["body"], "label": (await request.json())["label"]}
        return web.json_response(body, status=recorded["status"])

    async def _me(self, request: web.Request) -> web.Response:
        if not self._owner(request):
            return self._refused("not_owner")
        person = next(p for p in self.persons if p["id"] == self.person["id"])
        return web.json_response({"person": person, "session": self.session.get("session")})

    def _personal(self, key: str) -> Callable[[web.Request], Awaitable[web.Response]]:
        """A personal GET: the recorded answer, for the active session's owner only."""

        async def handler(request: web.Request) -> web.Response:
            if not self._owner(request):
                return self._refused("not_owner")
            return web.json_response(self.answer(key))

        return handler

    async def wait_for_socket(self) -> None:
        """Until the integration's event socket is connected (bound the wait
        with ``asyncio.timeout``)."""
        await self._connected.wait()
