"""HTTP, MJPEG and WebSocket API of the engine (aiohttp).

Everything under /api except /api/health needs the bearer token, given as an
``Authorization: Bearer`` header or, for browser <img>/WebSocket use where no
header can be set, as a ``token`` query parameter. A client that keeps guessing
is refused (429) for a while, whatever it sends.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from aiohttp import WSMsgType, web

from .. import API_VERSION, __version__
from ..contract import ErrorCode
from ..engine import Engine, NoFrameError
from ..pipeline.events import AsyncSubscription
from ..pipeline.stream import ClientSlot, StreamPublisher
from ..runtime import SettingsError
from . import commands as api_commands
from . import ml as api_ml
from . import personal as api_personal
from .http import MAX_UPLOAD, error, json_object, parse_id
from .identity import add_routes

_LOGGER = logging.getLogger(__name__)

ENGINE: web.AppKey[Engine] = web.AppKey("engine", Engine)
CLIENTS = web.AppKey[set[web.WebSocketResponse]]("ws_clients")
OPEN_PATHS = frozenset({"/", "/api/health"})
BOUNDARY = "mirrorframe"

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class _Guesser:
    failures: deque[float] = field(default_factory=deque)
    blocked_until: float = 0.0
    blocks: int = 0
    last: float = 0.0


class AuthThrottle:
    """Failed bearer tokens, per client address: after ``limit`` failures within
    ``window`` seconds the client is refused for ``first`` seconds, and each
    further failure after that blocks it again for twice as long, up to
    ``longest``. A client's failures are forgotten after a right token or
    ``2 * longest`` quiet seconds; no client's failures touch another's."""

    def __init__(
        self,
        limit: int = 10,
        window: float = 60.0,
        first: float = 1.0,
        longest: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = 4096,
    ) -> None:
        self.limit, self.window, self.first, self.longest = limit, window, first, longest
        self._clock = clock
        self._max_clients = max_clients
        self._clients: dict[str, _Guesser] = {}

    def retry_after(self, client: str) -> float | None:
        """Seconds until ``client`` may try again, or None if it may now."""
        guesser = self._clients.get(client)
        if guesser is None:
            return None
        left = guesser.blocked_until - self._clock()
        return left if left > 0 else None

    def failed(self, client: str) -> None:
        now = self._clock()
        guesser = self._clients.get(client)
        if guesser is None or now - guesser.last > 2 * self.longest:
            self._forget_quiet(now)
            guesser = self._clients[client] = _Guesser()
        guesser.last = now
        guesser.failures.append(now)
        while guesser.failures and now - guesser.failures[0] > self.window:
            guesser.failures.popleft()
        if len(guesser.failures) >= self.limit or guesser.blocks:
            backoff = min(self.first * 2.0 ** min(guesser.blocks, 64), self.longest)
            guesser.blocked_until = now + backoff
            guesser.blocks += 1

    def succeeded(self, client: str) -> None:
        self._clients.pop(client, None)

    def _forget_quiet(self, now: float) -> None:
        if len(self._clients) < self._max_clients:
            return
        for client in [c for c, g in self._clients.items() if now - g.last > 2 * self.longest]:
            del self._clients[client]
        while len(self._clients) >= self._max_clients:  # the oldest first
            del self._clients[next(iter(self._clients))]


THROTTLE: web.AppKey[AuthThrottle] = web.AppKey("auth_throttle", AuthThrottle)


def _presented_token(request: web.Request) -> str:
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer "):
        return header[7:].strip()
    return request.query.get("token", "")


@web.middleware
async def auth_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.path not in OPEN_PATHS:
        throttle, client = request.app[THROTTLE], request.remote or "unknown"
        wait = throttle.retry_after(client)
        if wait is not None:
            response = error(
                429, "too many wrong tokens: try again later", ErrorCode.TOO_MANY_ATTEMPTS
            )
            response.headers["Retry-After"] = str(math.ceil(wait))
            return response
        token = request.app[ENGINE].token
        presented = _presented_token(request).encode("utf-8", "surrogatepass")
        if not hmac.compare_digest(presented, token.encode()):
            throttle.failed(client)
            response = error(401, "missing or invalid bearer token", ErrorCode.UNAUTHORIZED)
            response.headers["WWW-Authenticate"] = "Bearer"
            return response
        throttle.succeeded(client)
    return await handler(request)


routes = web.RouteTableDef()  # this router's handlers, by their decorators


@routes.get("/")
async def index(request: web.Request) -> web.Response:
    page = resources.files("mirror_engine").joinpath("static/mirror.html").read_text("utf-8")
    return web.Response(text=page, content_type="text/html")


@routes.get("/api/health")
async def health(request: web.Request) -> web.Response:
    return web.json_response(
        {
            "status": "ok",
            "version": __version__,
            "api_version": API_VERSION,
            "engine_id": request.app[ENGINE].engine_id,
        }
    )


@routes.get("/api/status")
async def status(request: web.Request) -> web.Response:
    return web.json_response(request.app[ENGINE].status())


@routes.get("/api/snapshot.jpg")
async def snapshot(request: web.Request) -> web.Response:
    engine = request.app[ENGINE]
    if engine.capture.camera_lost():
        return error(503, "the camera is lost: no current frame", ErrorCode.CAMERA_LOST)
    encoded = await engine.publisher.snapshot()
    if encoded is None:
        return error(503, "no frame from the camera yet", ErrorCode.NO_FRAME)
    return web.Response(
        body=encoded.jpeg,
        content_type="image/jpeg",
        headers={
            "Cache-Control": "no-store",
            "X-Frame-Seq": str(encoded.seq),
            "X-Frame-Time": f"{encoded.t_capture:.6f}",
        },
    )


@routes.get("/api/stream.mjpeg")
async def mjpeg(request: web.Request) -> web.StreamResponse:
    publisher = request.app[ENGINE].publisher
    response = web.StreamResponse(
        headers={
            "Content-Type": f"multipart/x-mixed-replace; boundary={BOUNDARY}",
            "Cache-Control": "no-store",
        }
    )
    await response.prepare(request)
    slot = publisher.add_client("mjpeg")
    try:
        while True:
            frame = await slot.next()
            head = (
                f"--{BOUNDARY}\r\nContent-Type: image/jpeg\r\n"
                f"Content-Length: {len(frame.jpeg)}\r\nX-Frame-Seq: {frame.seq}\r\n"
                f"X-Frame-Time: {frame.t_capture:.6f}\r\n\r\n"
            ).encode()
            await response.write(head + frame.jpeg + b"\r\n")
            publisher.record_sent(slot, frame)
    except (ConnectionError, RuntimeError):
        pass  # the client went away
    finally:
        publisher.remove_client(slot)
    return response


async def _send_frames(
    ws: web.WebSocketResponse, publisher: StreamPublisher, slot: ClientSlot
) -> None:
    while not ws.closed:
        frame = await slot.next()
        await ws.send_bytes(frame.ws_message())
        publisher.record_sent(slot, frame)


async def _send_events(ws: web.WebSocketResponse, events: AsyncSubscription) -> None:
    while not ws.closed:
        event = await events.get()
        await ws.send_json(event.as_json())


def hello(engine: Engine) -> dict[str, Any]:
    """The first event of every subscriber: the engine's status, and the
    session as it stands (a ``SessionSnapshot``; None when recognition is off),
    so a panel that connects mid-greeting shows the greeting at once."""
    identity = engine.identity
    return {**engine.status(), "session": identity.session.snapshot() if identity else None}


@routes.get("/api/ws")
async def websocket(request: web.Request) -> web.WebSocketResponse:
    """Binary messages: header + JPEG frames; text messages: JSON events.
    ``?frames=0`` or ``?events=0`` leaves one kind out."""
    engine = request.app[ENGINE]
    ws = web.WebSocketResponse(heartbeat=30, compress=False)  # JPEGs do not deflate
    await ws.prepare(request)
    events: AsyncSubscription | None = None
    if request.query.get("events", "1") != "0":
        # subscribed before the hello's snapshot is taken: an event between the
        # two comes after the hello, never lost (and ends at the snapshot's state)
        events = AsyncSubscription(engine.bus, asyncio.get_running_loop())
    try:
        await ws.send_json({"type": "hello", "data": hello(engine)})
    except BaseException:  # gone before the hello: nothing else was started
        if events is not None:
            events.close()
        raise
    tasks: list[asyncio.Task[None]] = []
    slot: ClientSlot | None = None
    if events is not None:
        tasks.append(asyncio.create_task(_send_events(ws, events)))
    if request.query.get("frames", "1") != "0":
        slot = engine.publisher.add_client("ws")
        tasks.append(asyncio.create_task(_send_frames(ws, engine.publisher, slot)))
    request.app[CLIENTS].add(ws)
    try:
        async for message in ws:
            if message.type == WSMsgType.ERROR:
                break
    finally:
        request.app[CLIENTS].discard(ws)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, ConnectionError, RuntimeError):
                await task
        if slot is not None:
            engine.publisher.remove_client(slot)
        if events is not None:
            events.close()
    return ws


@routes.get("/api/toggles")
async def get_toggles(request: web.Request) -> web.Response:
    return web.json_response(request.app[ENGINE].toggles.state())


@routes.post("/api/toggles")
async def post_toggles(request: web.Request) -> web.Response:
    body = await json_object(request)  # a JSON object of feature: true|false
    try:
        return web.json_response(request.app[ENGINE].set_toggles(body))
    except ValueError as err:
        return error(400, str(err), ErrorCode.BAD_TOGGLES)


@routes.post("/api/capture")
async def post_capture(request: web.Request) -> web.Response:
    try:
        capture = await request.app[ENGINE].store_capture()
    except NoFrameError as err:
        return error(503, str(err), ErrorCode.NO_FRAME)
    return web.json_response(capture.as_json(), status=201)


@routes.get("/api/captures")
async def list_captures(request: web.Request) -> web.Response:
    store = request.app[ENGINE].store
    captures = await asyncio.to_thread(store.captures.recent)
    return web.json_response([c.as_json() for c in captures])


@routes.get(r"/api/captures/{id}.jpg")
async def capture_image(request: web.Request) -> web.Response:
    capture_id = parse_id(request.match_info["id"])
    if capture_id is None:
        return error(404, "no such capture", ErrorCode.UNKNOWN_CAPTURE)
    jpeg = await asyncio.to_thread(request.app[ENGINE].store.captures.jpeg, capture_id)
    if jpeg is None:
        return error(404, f"no capture {capture_id}", ErrorCode.UNKNOWN_CAPTURE)
    return web.Response(body=jpeg, content_type="image/jpeg")


@routes.get("/api/settings")
async def get_settings(request: web.Request) -> web.Response:
    runtime = request.app[ENGINE].runtime
    if runtime is None:
        return error(404, "recognition is off: no runtime settings", ErrorCode.RECOGNITION_OFF)
    return web.json_response(runtime.current)


@routes.patch("/api/settings")
async def patch_settings(request: web.Request) -> web.Response:
    runtime = request.app[ENGINE].runtime
    if runtime is None:
        return error(404, "recognition is off: no runtime settings", ErrorCode.RECOGNITION_OFF)
    changes = await json_object(request)
    try:
        return web.json_response(await asyncio.to_thread(runtime.update, changes))
    except SettingsError as err:
        return error(400, str(err), ErrorCode.BAD_SETTINGS)


async def _close_websockets(app: web.Application) -> None:
    clients: set[web.WebSocketResponse] = app[CLIENTS]
    for ws in list(clients):
        await ws.close(code=1001, message=b"engine stopping")


def create_app(engine: Engine) -> web.Application:
    app = web.Application(middlewares=[auth_middleware], client_max_size=MAX_UPLOAD)
    app[ENGINE] = engine
    app[THROTTLE] = AuthThrottle()
    app[CLIENTS] = set()
    # aiosignal's newer generic Signal confuses mypy about aiohttp 3.11's hook type.
    app.on_shutdown.append(_close_websockets)  # type: ignore[arg-type]
    app.router.add_routes(routes)
    api_commands.add_routes(app, engine.commands)
    if engine.identity is not None:
        add_routes(app, engine.identity)
        api_personal.add_routes(app, engine.store_capture)
    if engine.trainer is not None and engine.collector is not None:
        api_ml.add_routes(app, engine.trainer, engine.collector)
    return app
