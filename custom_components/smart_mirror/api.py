"""The engine's HTTP API as the integration uses it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import aiohttp

from .models import (
    CalibrationJob,
    Capture,
    CommandAnswer,
    CommandOutcome,
    EngineSettings,
    EngineStatus,
    Enrolment,
    Health,
    HouseholdStatus,
    JsonObject,
    Person,
    SessionSnapshot,
)

type Query = Mapping[str, str | int | float]  # a query string the panel wrote

# The engine pings its WebSockets every 30 s: this much silence means it is gone.
ENGINE_SILENCE = 75.0


class EngineError(Exception):
    """The engine could not be used (``code``: the engine's error code, if any)."""

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


class CannotConnect(EngineError):
    """Nothing answers at that address."""


class InvalidAuth(EngineError):
    """The engine refused the token."""


async def _json(resp: aiohttp.ClientResponse) -> Any:
    """The body as JSON; None when empty or not JSON (a plain-text 404 of a route
    that did not match)."""
    if resp.content_length == 0:
        return None
    try:
        return await resp.json(content_type=None)
    except ValueError:
        return None


class EngineClient:
    """The engine's HTTP API: typed answers (models.py) where the integration
    reads them, the engine's JSON where it only hands them on to the panel."""

    def __init__(self, session: aiohttp.ClientSession, host: str, port: int, token: str) -> None:
        self._session = session
        self.base = f"http://{host}:{port}"
        self._headers = {"Authorization": f"Bearer {token}"}

    async def request(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            async with self._session.request(
                method,
                self.base + path,
                headers={**self._headers, **kwargs.pop("headers", {})},
                timeout=aiohttp.ClientTimeout(total=10),
                **kwargs,
            ) as resp:
                # 401 with a Bearer challenge is the token; a wrong PIN is a 401 too
                if resp.status == 401 and "WWW-Authenticate" in resp.headers:
                    raise InvalidAuth("the engine refused the token")
                body = await _json(resp)
                if resp.status >= 400:
                    detail = body if isinstance(body, dict) else {}
                    raise EngineError(str(detail.get("error") or resp.reason), detail.get("code"))
                return body
        except (aiohttp.ClientError, TimeoutError) as err:
            raise CannotConnect(f"cannot reach the engine at {self.base}: {err}") from err

    async def health(self) -> Health:
        return Health.from_json(await self.request("GET", "/api/health"))

    async def status(self) -> EngineStatus:
        return EngineStatus.from_json(await self.request("GET", "/api/status"))

    async def household_status(self) -> HouseholdStatus:
        """A household server's ``/api/status`` (its people, each mirror's sync)."""
        return HouseholdStatus.from_json(await self.request("GET", "/api/status"))

    async def session_state(self) -> SessionSnapshot:
        return SessionSnapshot.from_json(await self.request("GET", "/api/session"))

    async def snapshot(self) -> bytes:
        return await self._bytes("/api/snapshot.jpg")

    async def _bytes(self, path: str) -> bytes:
        """A picture; an engine refusal with its code (``unknown_capture``...)."""
        try:
            async with self._session.get(
                self.base + path, headers=self._headers, timeout=aiohttp.ClientTimeout(total=10)
            ) as resp:
                if resp.status == 401:
                    raise InvalidAuth("the engine refused the token")
                if resp.status != 200:
                    body = await _json(resp)
                    detail = body if isinstance(body, dict) else {}
                    message = detail.get("error") or f"{path} answered {resp.status}"
                    raise EngineError(str(message), detail.get("code"))
                return await resp.read()
        except (aiohttp.ClientError, TimeoutError) as err:
            raise CannotConnect(str(err)) from err

    async def set_toggles(self, changes: dict[str, bool]) -> dict[str, bool]:
        result: dict[str, bool] = await self.request("POST", "/api/toggles", json=changes)
        return result

    async def capture(self) -> Capture:
        return Capture.from_json(await self.request("POST", "/api/capture"))

    async def choose(self, face: int) -> SessionSnapshot:
        answer = await self.request("POST", "/api/session/choose", json={"face": face})
        return SessionSnapshot.from_json(answer)

    async def logout(self) -> None:
        await self.request("POST", "/api/session/logout")

    async def persons(self) -> list[Person]:
        return [Person.from_json(person) for person in await self.request("GET", "/api/persons")]

    async def find_person(self, name: str) -> Person | None:
        """The person of that name, by the engine's one rule for names."""
        found = await self.request("GET", "/api/persons", params={"name": name})
        return Person.from_json(found[0]) if found else None

    async def person(self, person_id: int) -> Person:
        return Person.from_json(await self.request("GET", f"/api/persons/{person_id}"))

    async def set_pin(self, person_id: int, pin: str) -> None:
        await self.request("PUT", f"/api/persons/{person_id}/pin", json={"pin": pin})

    async def clear_pin(self, person_id: int) -> None:
        """No PIN any more: the PIN pad cannot log this person in."""
        await self.request("DELETE", f"/api/persons/{person_id}/pin")

    async def thumbnail(self, person_id: int) -> bytes:
        """The person's face (a JPEG of at most 128 px); ``unknown_person`` when
        there is none (no such person, or no face kept yet)."""
        return await self._bytes(f"/api/persons/{person_id}/thumbnail.jpg")

    async def forget(self, person_id: int) -> None:
        await self.request("DELETE", f"/api/persons/{person_id}")

    async def login(self, person_id: int, pin: str) -> SessionSnapshot:
        answer = await self.request(
            "POST", "/api/session/login", json={"person_id": person_id, "pin": pin}
        )
        return SessionSnapshot.from_json(answer)

    async def settings(self) -> EngineSettings:
        return EngineSettings.from_json(await self.request("GET", "/api/settings"))

    async def update_settings(self, changes: dict[str, Any]) -> EngineSettings:
        return EngineSettings.from_json(await self.request("PATCH", "/api/settings", json=changes))

    async def create_person(self, name: str, ha_person: str | None) -> Person:
        answer = await self.request(
            "POST", "/api/persons", json={"name": name, "ha_person": ha_person}
        )
        return Person.from_json(answer)

    async def rename_person(self, person_id: int, name: str) -> Person:
        answer = await self.request("PATCH", f"/api/persons/{person_id}", json={"name": name})
        return Person.from_json(answer)

    async def link_person(self, person_id: int, ha_person: str | None) -> Person:
        answer = await self.request(
            "PATCH", f"/api/persons/{person_id}", json={"ha_person": ha_person or ""}
        )
        return Person.from_json(answer)

    async def enrol_image(self, person_id: int, image: bytes) -> Enrolment:
        answer = await self.request(
            "POST",
            f"/api/persons/{person_id}/faces",
            data=image,
            headers={"Content-Type": "application/octet-stream"},
        )
        return Enrolment.from_json(answer)

    async def enrol_live(self, person_id: int) -> Enrolment:
        return Enrolment.from_json(await self.request("POST", f"/api/persons/{person_id}/enrol"))

    async def submit_command(self, command: dict[str, Any]) -> CommandOutcome:
        """{name, args, modality, confidence, evidence, alternatives}: done, or a
        confirmation question when the engine is unsure."""
        return CommandOutcome.from_json(await self.request("POST", "/api/commands", json=command))

    async def answer_command(
        self,
        pending_id: int,
        accepted: bool,
        via: str,
        correction: dict[str, Any] | None = None,
    ) -> CommandAnswer:
        body: dict[str, Any] = {"accepted": accepted, "via": via}
        if correction is not None:
            body["correction"] = correction
        answer = await self.request("POST", f"/api/commands/{pending_id}/answer", json=body)
        return CommandAnswer.from_json(answer)

    async def capture_jpeg(self, capture_id: int) -> bytes:
        return await self._bytes(f"/api/captures/{capture_id}.jpg")

    async def captures(self) -> list[Capture]:
        """The kept photos, newest first."""
        return [
            Capture.from_json(capture) for capture in await self.request("GET", "/api/captures")
        ]

    # The session owner's own data (Evolution, Diary, calibration): the engine
    # answers only for its current owner's session, with their face in view.
    # The panel reads these answers as they are; requests it writes (``query``,
    # ``request``) are the engine's to check.
    async def _personal(
        self,
        method: str,
        path: str,
        session_id: str,
        query: Query | None = None,
        request: JsonObject | None = None,
    ) -> Any:
        params = {**(query or {}), "session": session_id}
        return await self.request(method, f"/api/me/{path}", params=params, json=request)

    async def evolution(self, session_id: str, query: Query | None = None) -> list[JsonObject]:
        """The owner's readings over time (``since``, ``until``: epoch seconds)."""
        points: list[JsonObject] = await self._personal("GET", "evolution", session_id, query)
        return points

    async def evolution_daily(
        self, session_id: str, query: Query | None = None
    ) -> list[JsonObject]:
        """The owner's readings by day (``days``: how many)."""
        days: list[JsonObject] = await self._personal("GET", "evolution/daily", session_id, query)
        return days

    async def diary(self, session_id: str) -> list[JsonObject]:
        entries: list[JsonObject] = await self._personal("GET", "diary", session_id)
        return entries

    async def write_diary(self, session_id: str, request: JsonObject | None) -> JsonObject:
        """A new diary entry (``{text, capture}``); the entry as stored."""
        entry: JsonObject = await self._personal("POST", "diary", session_id, request=request)
        return entry

    async def calibration(self, session_id: str) -> JsonObject:
        """The owner's expression calibration: frames per expression, versions."""
        status: JsonObject = await self._personal("GET", "calibration", session_id)
        return status

    async def collect_expression(
        self, session_id: str, request: JsonObject | None
    ) -> CalibrationJob:
        """Collect frames of the owner's expression (``{label, frames}``)."""
        answer = await self._personal("POST", "calibration/collect", session_id, request=request)
        return CalibrationJob.from_json(answer)

    async def train_expression(self, session_id: str) -> JsonObject:
        """Train the owner's expression head on what calibration collected."""
        job: JsonObject = await self._personal("POST", "calibration/train", session_id)
        return job

    # The ML tier (admins only, checked by the caller): status, retrain, rollback.
    async def trainer(self) -> JsonObject:
        """Data counts, model versions and metrics, running jobs."""
        status: JsonObject = await self.request("GET", "/api/trainer")
        return status

    async def retrain(self, request: JsonObject) -> JsonObject:
        """Retrain now (``{kind, person_id}``); the job that started."""
        job: JsonObject = await self.request("POST", "/api/trainer/retrain", json=request)
        return job

    async def rollback(self, request: JsonObject) -> JsonObject:
        """Back to the previous promoted model (``{kind, person_id}``)."""
        active: JsonObject = await self.request("POST", "/api/trainer/rollback", json=request)
        return active

    def events(self) -> Any:
        """A WebSocket of the engine's events (no video frames)."""
        return self.stream(frames="0")

    def stream(self, frames: str = "1", events: str = "1") -> Any:
        """A WebSocket of the engine's frames and/or events."""
        return self._session.ws_connect(
            f"{self.base}/api/ws?frames={frames}&events={events}",
            headers=self._headers,
            # A gone engine is noticed by silence: it pings every 30 s when it has
            # nothing to say. No client heartbeat: aiohttp 3.14 re-arms the
            # heartbeat timer for frames that still arrive while the socket closes,
            # leaving a timer behind every closed stream (a 30 fps stream always
            # has frames in flight).
            timeout=aiohttp.ClientWSTimeout(ws_receive=ENGINE_SILENCE, ws_close=10),
            max_msg_size=0,  # frames are larger than aiohttp's 4 MB default at 4K
        )

    @property
    def stream_request(self) -> tuple[str, dict[str, str]]:
        return self.base + "/api/stream.mjpeg", self._headers
