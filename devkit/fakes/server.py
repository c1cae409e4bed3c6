"""A small base for local stand-ins of outside services (aiohttp on 127.0.0.1)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Self

from aiohttp import web

from devkit.harness import free_port


class LocalServer:
    def __init__(self) -> None:
        self.port = free_port()
        self.delays: dict[str, float] = {}  # path prefix -> seconds before answering
        self.hits: list[str] = []
        self.app = web.Application(middlewares=[self._delay])
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @web.middleware
    async def _delay(
        self,
        request: web.Request,
        handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
    ) -> web.StreamResponse:
        self.hits.append(request.path)
        for prefix, seconds in self.delays.items():
            if request.path.startswith(prefix):
                await asyncio.sleep(seconds)  # a stalled upstream
        return await handler(request)

    async def __aenter__(self) -> Self:
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
