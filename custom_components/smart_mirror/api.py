"""The engine's HTTP API as the integration uses it."""

from __future__ import annotations

from typing import Any

import aiohttp

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

    async def health(self) -> dict[str, Any]:
        result: dict[str, Any] = await self.request("GET", "/api/health")
        return result

    async def status(self) -> dict[str, Any]:
        result: dict[str, Any] = await self.request("GET", "/api/status")
        return result

    async def session_state(self) -> dict[str, Any]:
        result: dict[str, Any] = await self.request("GET", "/api/session")
        return result

    async def snapshot(self) -> bytes:
        return await self._bytes("/api/snapshot.jpg")

    async def _bytes(self, path: str) -> bytes:
        try:
            async with self._session.get(
                self.base + path, headers=self._headers, timeout=aiohttp.ClientTimeout(total=10)
            ) as resp:
                if resp.status == 401:
                    raise InvalidAuth("the engine refused the token")
                if resp.status != 200:
                    raise EngineError(f"{path} answered {resp.status}")
                return await resp.read()
        except (aiohttp.ClientError, TimeoutError) as err:
            raise CannotConnect(str(err)) from err

    async def set_toggles(self, changes: dict[str, bool]) -> dict[str, bool]:
        result: dict[str, bool] = await self.request("POST", "/api/toggles", json=changes)
        return result

    async def capture(self) -> dict[str, Any]:
        result: dict[str, Any] = await self.request("POST", "/api/capture")
        return result

    async def choose(self, face: int) -> dict[str, Any]:
        result: dict[str, Any] = await self.request(
            "POST", "/api/session/choose", json={"face": face}
        )
        return result

    async def logout(self) -> None:
        await self.request("POST", "/api/session/logout")

    async def persons(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = await self.request("GET", "/api/persons")
        return result

    async def find_person(self, name: str) -> dict[str, Any] | None:
        """The person of that name, by the engine's one rule for names."""
        found: list[dict[str, Any]] = await self.request(
            "GET", "/api/persons", params={"name": name}
        )
        return found[0] if found else None

    async def set_pin(self, person_id: int, pin: str) -> None:
        await self.request("PUT", f"/api/persons/{person_id}/pin", json={"pin": pin})

    async def forget(self, person_id: int) -> None:
        await self.request("DELETE", f"/api/persons/{person_id}")

    async def login(self, person_id: int, pin: str) -> dict[str, Any]:
        result: dict[str, Any] = await self.request(
            "POST", "/api/session/login", json={"person_id": person_id, "pin": pin}
        )
        return result

    async def settings(self) -> dict[str, Any]:
        result: dict[str, Any] = await self.request("GET", "/api/settings")
        return result

    async def update_settings(self, changes: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = await self.request("PATCH", "/api/settings", json=changes)
        return result

    async def create_person(self, name: str, ha_person: str | None) -> dict[str, Any]:
        result: dict[str, Any] = await self.request(
            "POST", "/api/persons", json={"name": name, "ha_person": ha_person}
        )
        return result

    async def link_person(self, person_id: int, ha_person: str | None) -> dict[str, Any]:
        result: dict[str, Any] = await self.request(
            "PATCH", f"/api/persons/{person_id}", json={"ha_person": ha_person or ""}
        )
        return result

    async def enrol_image(self, person_id: int, image: bytes) -> dict[str, Any]:
        result: dict[str, Any] = await self.request(
            "POST",
            f"/api/persons/{person_id}/faces",
            data=image,
            headers={"Content-Type": "application/octet-stream"},
        )
        return result

    async def enrol_live(self, person_id: int) -> dict[str, Any]:
        result: dict[str, Any] = await self.request("POST", f"/api/persons/{person_id}/enrol")
        return result

    async def collect_expression(self, session_id: str, label: str) -> dict[str, Any]:
        result: dict[str, Any] = await self.request(
            "POST",
            "/api/me/calibration/collect",
            params={"session": session_id},
            json={"label": label},
        )
        return result

    async def submit_command(self, command: dict[str, Any]) -> dict[str, Any]:
        """{name, args, modality, confidence, evidence, alternatives} -> {status:
        "done", result} or {status: "confirm", confirmation} (engine asks first)."""
        result: dict[str, Any] = await self.request("POST", "/api/commands", json=command)
        return result

    async def answer_command(
        self,
        pending_id: int,
        accepted: bool,
        via: str,
        correction: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"accepted": accepted, "via": via}
        if correction is not None:
            body["correction"] = correction
        result: dict[str, Any] = await self.request(
            "POST", f"/api/commands/{pending_id}/answer", json=body
        )
        return result

    async def capture_jpeg(self, capture_id: int) -> bytes:
        return await self._bytes(f"/api/captures/{capture_id}.jpg")

    async def captures(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = await self.request("GET", "/api/captures")
        return result

    async def retrain(self, kind: str) -> None:
        await self.request("POST", "/api/trainer/retrain", json={"kind": kind})

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
