"""Add-on discovery: the engine announces itself to a Supervisor (a local HTTP
server speaking the Supervisor's JSON) only when it runs as an add-on."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

from aiohttp import web

from devkit.harness import EngineProcess, free_port

SUPERVISOR_TOKEN = "supervisor-secret"


class FakeSupervisor:
    def __init__(self, fail_first: int = 0) -> None:
        self.discoveries: list[dict[str, Any]] = []
        self.unauthorised = 0
        self._fail = fail_first
        self.port = free_port()

    def _authorised(self, request: web.Request) -> bool:
        ok = request.headers.get("Authorization") == f"Bearer {SUPERVISOR_TOKEN}"
        self.unauthorised += not ok
        return ok

    async def info(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return web.json_response({"result": "error", "message": "Unauthorized"}, status=401)
        if self._fail > 0:  # still starting
            self._fail -= 1
            return web.json_response({"result": "error", "message": "starting"}, status=503)
        return web.json_response(
            {"result": "ok", "data": {"hostname": "local-smart-mirror-engine", "slug": "x"}}
        )

    async def discovery(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return web.json_response({"result": "error", "message": "Unauthorized"}, status=401)
        self.discoveries.append(await request.json())
        return web.json_response({"result": "ok", "data": {"uuid": "d1"}})

    async def __aenter__(self) -> FakeSupervisor:
        app = web.Application()
        app.router.add_get("/addons/self/info", self.info)
        app.router.add_post("/discovery", self.discovery)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._runner.cleanup()


async def _wait(check: Any, seconds: float) -> None:
    for _ in range(int(seconds * 10)):
        if check():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"not within {seconds} s")


async def test_the_addon_announces_host_port_and_token(
    tmp_path: Path, engines: list[EngineProcess]
) -> None:
    async with FakeSupervisor(fail_first=1) as supervisor:
        engine = EngineProcess(
            tmp_path,
            "--source",
            "pattern",
            env={
                "SUPERVISOR_TOKEN": SUPERVISOR_TOKEN,
                "SUPERVISOR_URL": f"http://127.0.0.1:{supervisor.port}",
            },
        )
        engines.append(await asyncio.to_thread(engine.start))
        await _wait(lambda: supervisor.discoveries, 15)  # after one refused attempt
    assert supervisor.discoveries == [
        {
            "service": "smart_mirror",
            "config": {
                "host": "local-smart-mirror-engine",
                "port": engine.port,
                "token": engine.token,
            },
        }
    ]
    assert supervisor.unauthorised == 0
    assert "announced to Home Assistant" in engine.log()


async def test_outside_an_addon_nothing_is_announced(
    tmp_path: Path, engines: list[EngineProcess]
) -> None:
    assert "SUPERVISOR_TOKEN" not in os.environ
    async with FakeSupervisor() as supervisor:
        engine = EngineProcess(
            tmp_path,
            "--source",
            "pattern",
            env={"SUPERVISOR_URL": f"http://127.0.0.1:{supervisor.port}"},
        )
        engines.append(await asyncio.to_thread(engine.start))
        await asyncio.sleep(2)
    assert supervisor.discoveries == []
