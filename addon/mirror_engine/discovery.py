"""Announce the engine to Home Assistant through the Supervisor, so the
integration offers itself ("Smart Mirror add-on found") without anyone typing
a host, port or token.

Only inside an add-on: the Supervisor gives every add-on ``SUPERVISOR_TOKEN``;
without it this does nothing. The add-on's config.yaml declares the
``smart_mirror`` discovery service."""

from __future__ import annotations

import asyncio
import logging
import os

import aiohttp

_LOGGER = logging.getLogger(__name__)
SERVICE = "smart_mirror"
ATTEMPTS = (1, 5, 15, 60)  # seconds between tries: the Supervisor may still be starting


class Supervisor:
    def __init__(self, session: aiohttp.ClientSession, url: str, token: str) -> None:
        self._session = session
        self._url = url.rstrip("/")
        self._headers = {"Authorization": f"Bearer {token}"}

    async def _call(self, method: str, path: str, **kwargs: object) -> dict[str, object]:
        async with self._session.request(
            method,
            self._url + path,
            headers=self._headers,
            timeout=aiohttp.ClientTimeout(total=10),
            **kwargs,  # type: ignore[arg-type]
        ) as resp:
            body = await resp.json(content_type=None)
            if resp.status != 200 or not isinstance(body, dict) or body.get("result") != "ok":
                message = body.get("message") if isinstance(body, dict) else None
                raise aiohttp.ClientError(f"{path}: {resp.status} {message or body}")
            data = body.get("data")
            return data if isinstance(data, dict) else {}

    async def announce(self, port: int, token: str) -> str:
        """Register the discovery message; returns the Supervisor's uuid for it."""
        info = await self._call("GET", "/addons/self/info")
        config = {"host": str(info["hostname"]), "port": port, "token": token}
        answer = await self._call("POST", "/discovery", json={"service": SERVICE, "config": config})
        return str(answer.get("uuid", ""))


async def announce_when_addon(port: int, token: str) -> None:
    """Announce with retries when running as an add-on; log, never raise."""
    supervisor_token = os.environ.get("SUPERVISOR_TOKEN")
    if not supervisor_token:
        return
    url = os.environ.get("SUPERVISOR_URL", "http://supervisor")
    async with aiohttp.ClientSession() as session:
        supervisor = Supervisor(session, url, supervisor_token)
        for pause in ATTEMPTS:
            try:
                uuid = await supervisor.announce(port, token)
            except (aiohttp.ClientError, TimeoutError, KeyError) as err:
                _LOGGER.warning("announcing to Home Assistant failed (%s); retrying", err)
                await asyncio.sleep(pause)
            else:
                _LOGGER.info("announced to Home Assistant (discovery %s)", uuid)
                return
        _LOGGER.error("could not announce the engine to Home Assistant; add it by hand")
