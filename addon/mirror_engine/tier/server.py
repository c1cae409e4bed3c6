"""``python -m mirror_engine --role server``: the household's people and
models for every mirror, over the engine's HTTP API and its token (no camera,
no face models).

- ``GET /api/health``: open, as on every engine (``role: server``)
- ``GET /api/status``: ``household`` (below)
- ``GET /api/household/gallery?since=V``: what changed after version ``V``
  (people changed, with all their faces; people forgotten), the whole gallery
  without ``since`` or when ``V`` is too old; ``304`` when ``V`` is current;
  ``X-Models-Version`` names the models' version (asked for only when new)
- ``POST /api/household/changes``: a mirror's queued changes (``wire.Changes``),
  samples for the trainer among them; every UUID answered
- ``GET /api/household/models?have=V``: the active model versions and the
  refined faces (``tier.models``), checksummed; ``304`` when ``V`` is current
- ``POST /api/household/report``: a mirror's models in use and outcome
  counts (``wire.Report``), sent when they change (and every 5 minutes);
  answers ``retrain``, ``accuracy``, ``outcomes``
- ``GET /api/trainer``, ``POST /api/trainer/retrain``, ``POST
  /api/trainer/rollback``: the engine's trainer routes (``api.ml``) on the
  household's store; a rollback reaches every mirror at its next sync
- ``GET /api/persons`` (``?name=``): the household's people with their ids
- ``DELETE /api/persons/{id}`` or ``/api/household/persons/{uid}``: forget, on
  every mirror at its next sync

``household`` in ``/api/status`` (times are Unix seconds):

- ``version``, ``persons``, ``embeddings``, ``negatives``, ``forgotten``: the gallery
- ``samples``: the server's samples by kind (``confirmed``, ``corrected``,
  ``not_me``, ``expression``, ``gesture_command``)
- ``applied``: changes applied, by kind
- ``models``: ``version`` and ``checksum`` of the deployed document,
  ``active`` (``id``, ``kind``, ``person``: household id or null,
  ``metrics``), ``refined_faces``, ``running`` (jobs), ``last_run``
- ``mirrors``: one per mirror: ``mirror`` (its engine id), ``last_sync``
  (its last contact; ``last_seen`` is the same), ``version`` (the gallery it
  holds), ``delivered``, ``duplicates``, ``samples`` (by kind, those it sent
  that the server holds), ``models_version`` (the models document it holds),
  ``models`` (``kind``, ``person``, ``version``: the server's version ids in
  use), ``counts`` (its ``confirmed``, ``corrected``, ``not_me``),
  ``accuracy`` (since the last retraining it caused, or null), ``retrains``,
  ``reported`` (its last report)
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import math
import signal
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web

from .. import API_VERSION, __version__
from ..api.app import AuthThrottle, _presented_token
from ..api.http import error, parse_id, read_body, run
from ..api.ml import add_trainer_routes
from ..assessment.trainer import Trainer
from ..config import EngineConfig
from ..contract import ErrorCode
from ..engine import resolve_engine_id, resolve_token
from ..pipeline.events import EventBus
from ..server import listen
from ..store import Store
from ..store.names import name_key
from ..vision.identify import Thresholds
from . import wire
from .household import Household
from .models import HouseholdModels

_LOGGER = logging.getLogger(__name__)

HOUSEHOLD: web.AppKey[Household] = web.AppKey("household", Household)
MODELS: web.AppKey[HouseholdModels] = web.AppKey("models", HouseholdModels)
TOKEN = web.AppKey("token", str)
ENGINE_ID = web.AppKey("engine_id", str)
THROTTLE = web.AppKey("throttle", AuthThrottle)
OPEN_PATHS = frozenset({"/api/health"})

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def auth(request: web.Request, handler: Handler) -> web.StreamResponse:
    """The engine's bearer token and its throttle on guessing (``api.app``)."""
    if request.path in OPEN_PATHS:
        return await handler(request)
    throttle, client = request.app[THROTTLE], request.remote or "unknown"
    wait = throttle.retry_after(client)
    if wait is not None:
        response = error(429, "too many wrong tokens: try again later", ErrorCode.TOO_MANY_ATTEMPTS)
        response.headers["Retry-After"] = str(math.ceil(wait))
        return response
    presented = _presented_token(request).encode("utf-8", "surrogatepass")
    if not hmac.compare_digest(presented, request.app[TOKEN].encode()):
        throttle.failed(client)
        response = error(401, "missing or invalid bearer token", ErrorCode.UNAUTHORIZED)
        response.headers["WWW-Authenticate"] = "Bearer"
        return response
    throttle.succeeded(client)
    return await handler(request)


routes = web.RouteTableDef()


@routes.get("/api/health")
async def health(request: web.Request) -> web.Response:
    return web.json_response(
        {
            "status": "ok",
            "version": __version__,
            "api_version": API_VERSION,
            "engine_id": request.app[ENGINE_ID],
            "role": "server",
        }
    )


@routes.get("/api/status")
async def status(request: web.Request) -> web.Response:
    household = await run(request.app[HOUSEHOLD].status)
    models = await run(request.app[MODELS].status)
    reports = models.pop("reports")
    household["models"] = models
    seen = {m["mirror"] for m in household["mirrors"]}
    household["mirrors"] += [  # reported, nothing delivered or pulled yet
        {"mirror": m, "last_sync": r["reported"], "samples": {}}
        for m, r in reports.items()
        if m not in seen
    ]
    for mirror in household["mirrors"]:
        report = reports.get(mirror["mirror"], {})
        mirror["models_version"] = report.get("models_version")
        mirror["models"] = report.get("models", [])
        mirror["counts"] = report.get("counts", {})
        mirror["accuracy"] = report.get("accuracy")
        mirror["retrains"] = report.get("retrains", 0)
        mirror["reported"] = report.get("reported")
    household["mirrors"].sort(key=lambda m: m["mirror"])
    return web.json_response(
        {
            "version": __version__,
            "api_version": API_VERSION,
            "engine_id": request.app[ENGINE_ID],
            "role": "server",
            "household": household,
        }
    )


def _since(request: web.Request) -> int | None:
    text = request.query.get("since")
    return parse_id(text) if text is not None else None


@routes.get("/api/household/gallery")
async def gallery(request: web.Request) -> web.Response:
    """The whole gallery, or what changed after ``since`` (the version the
    mirror holds); 304 when it holds the current one."""
    household = request.app[HOUSEHOLD]
    since = _since(request)
    mirror = request.headers.get("X-Mirror-Id", "")[:64]
    if mirror:
        await run(household.saw_mirror, mirror, since)
    version = await run(household.version)
    # the models' version rides along: a mirror asks for them only when it changed
    models = str((await run(request.app[MODELS].snapshot))[0])
    if since == version:
        return web.Response(
            status=304, headers={"X-Household-Version": str(version), "X-Models-Version": models}
        )
    version, body, digest = await run(household.snapshot, since)
    etag = f'"{version}-{digest.removeprefix("sha256:")[:16]}"'
    headers = {
        "ETag": etag,
        "X-Household-Version": str(version),
        "X-Models-Version": models,
        "Cache-Control": "no-cache",
    }
    if request.headers.get("If-None-Match") == etag:
        return web.Response(status=304, headers=headers)
    return web.Response(body=body, content_type="application/json", headers=headers)


@routes.post("/api/household/changes")
async def changes(request: web.Request) -> web.Response:
    body = await read_body(request, wire.Changes)
    return web.json_response(await run(request.app[HOUSEHOLD].apply, body.mirror, list(body.items)))


@routes.get("/api/household/models")
async def models(request: web.Request) -> web.Response:
    """The deployed models; 304 when the mirror holds version ``have``."""
    version, body, digest = await run(request.app[MODELS].snapshot)
    have = request.query.get("have")
    headers = {"X-Models-Version": str(version), "Cache-Control": "no-cache"}
    if have is not None and parse_id(have) == version:
        return web.Response(status=304, headers=headers)
    headers["ETag"] = f'"m{version}-{digest.removeprefix("sha256:")[:16]}"'
    return web.Response(body=body, content_type="application/json", headers=headers)


@routes.post("/api/household/report")
async def report(request: web.Request) -> web.Response:
    body = await read_body(request, wire.Report)
    household = request.app[HOUSEHOLD]
    await run(household.saw_mirror, body.mirror, None)
    return web.json_response(await run(request.app[MODELS].report, body))


@routes.get("/api/persons")
async def persons(request: web.Request) -> web.Response:
    listed = await run(request.app[HOUSEHOLD].persons)
    if "name" in request.query:
        key = name_key(request.query["name"])
        listed = [p for p in listed if name_key(p["name"]) == key]
    return web.json_response(listed)


async def _forget(request: web.Request, person_id: int | None) -> web.Response:
    if person_id is None or not await run(request.app[HOUSEHOLD].forget, person_id):
        return error(404, "no such person", ErrorCode.UNKNOWN_PERSON)
    return web.json_response({"forgotten": True})


@routes.delete("/api/persons/{person_id}")
async def forget_person(request: web.Request) -> web.Response:
    return await _forget(request, parse_id(request.match_info["person_id"]))


@routes.delete("/api/household/persons/{uid}")
async def forget_uid(request: web.Request) -> web.Response:
    uid = request.match_info["uid"]
    person_id = (
        await run(request.app[HOUSEHOLD].person_of, uid) if wire.UID.fullmatch(uid) else None
    )
    return await _forget(request, person_id)


def create_server_app(
    household: Household, models: HouseholdModels, trainer: Trainer, token: str, engine_id: str
) -> web.Application:
    app = web.Application(middlewares=[auth], client_max_size=2 * 1024 * 1024)
    app[HOUSEHOLD] = household
    app[MODELS] = models
    add_trainer_routes(app, trainer)
    app[TOKEN] = token
    app[ENGINE_ID] = engine_id
    app[THROTTLE] = AuthThrottle()
    app.router.add_routes(routes)
    return app


async def serve_household(config: EngineConfig) -> None:
    """Run the server role until SIGINT/SIGTERM."""
    data_dir = Path(config.data_dir)
    token, engine_id = resolve_token(config), resolve_engine_id(data_dir)
    store = Store(data_dir / "mirror.db")
    household = Household(store)
    # the engine's trainer on the household's samples; no camera: the
    # identity refinement scores with the configured thresholds
    thresholds = Thresholds(config.match_distance, config.unknown_distance, config.match_margin)
    trainer = Trainer(store, EventBus(), config.retrain_hours, thresholds=thresholds)
    models = HouseholdModels(store, trainer)

    def close() -> None:
        trainer.close()
        store.close()

    app = create_server_app(household, models, trainer, token, engine_id)
    runner = await listen(app, config, close)
    trainer.start()
    started = time.monotonic()
    _LOGGER.info(
        "household server listening on http://%s:%d (version %d)",
        config.host,
        config.port,
        household.version(),
    )
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    try:
        await stopping.wait()
    finally:
        _LOGGER.info("household server stopping after %.0f s", time.monotonic() - started)
        await runner.cleanup()
        trainer.close()
        store.close()
