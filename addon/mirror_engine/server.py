"""Runs the engine and its HTTP server until SIGINT/SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable

from aiohttp import web

from .api.app import create_app
from .config import EngineConfig
from .discovery import announce_when_addon
from .engine import Engine

_LOGGER = logging.getLogger(__name__)


async def listen(
    app: web.Application, config: EngineConfig, release: Callable[[], None]
) -> web.AppRunner:
    """Serve ``app`` on the configured address, or exit naming it (after
    ``release`` has let go of what the caller holds): every role starts so."""
    runner = web.AppRunner(app, shutdown_timeout=1.0, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, config.host, config.port)
    try:
        await site.start()
    except OSError as err:
        await runner.cleanup()
        release()
        raise SystemExit(
            f"mirror_engine: cannot listen on {config.host}:{config.port}: {err}"
        ) from None
    return runner


async def serve(config: EngineConfig, engine: Engine | None = None) -> None:
    engine = engine or Engine(config)
    runner = await listen(create_app(engine), config, engine.stop)
    loop = asyncio.get_running_loop()
    engine.start(loop)
    _LOGGER.info("engine listening on http://%s:%d", config.host, config.port)
    # The add-on's port inside its container; the integration reaches it by hostname.
    announcing = asyncio.create_task(announce_when_addon(config.port, engine.token))
    stopping = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    try:
        await stopping.wait()
    finally:
        _LOGGER.info("engine stopping")
        announcing.cancel()
        await runner.cleanup()
        engine.stop()
