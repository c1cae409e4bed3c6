"""Evolution and Diary: a person's own data, for their session only."""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from aiohttp import web
from pydantic import AfterValidator, BeforeValidator, Strict

from ..assessment import evolution
from ..contract import ErrorCode
from ..engine import NoFrameError
from ..store import Capture
from .http import IDENTITY, Body, Refusal, error, personal, read_body, refuse, run

CAPTURE: web.AppKey[Callable[[int | None], Awaitable[Capture]]] = web.AppKey("capture")


def _float(request: web.Request, key: str, default: float) -> float:
    """A finite number from the query (no nan, inf or 1e400), or 400."""
    raw = request.query.get(key)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise refuse(400, f"{key} must be a finite number", ErrorCode.BAD_NUMBER)
    return value


routes = web.RouteTableDef()  # this router's handlers, by their decorators


@routes.get("/api/me/evolution")
@personal
async def evolution_points(request: web.Request, person_id: int) -> web.Response:
    now = time.time()
    since = _float(request, "since", now - 7 * 86400)
    until = _float(request, "until", now)
    store = request.app[IDENTITY].store
    return web.json_response(await run(evolution.points, store, person_id, since, until))


@routes.get("/api/me/evolution/daily")
@personal
async def evolution_daily(request: web.Request, person_id: int) -> web.Response:
    days = _float(request, "days", 30)
    if not 1 <= days <= 3660:
        return error(400, "days must be 1 to 3660", ErrorCode.BAD_DAYS)
    store = request.app[IDENTITY].store
    return web.json_response(await run(evolution.daily, store, person_id, int(days)))


@routes.get("/api/me/diary")
@personal
async def diary_entries(request: web.Request, person_id: int) -> web.Response:
    store = request.app[IDENTITY].store
    return web.json_response(await run(store.diary.for_person, person_id))


def _entry_text(text: str) -> str:
    """Kept stripped: 1 to 4000 characters once stripped."""
    if not 1 <= len(text.strip()) <= 4000:
        raise ValueError("text must be 1 to 4000 characters")
    return text.strip()


def _truthy(value: Any) -> bool:
    """Any JSON value, by its truth, as clients have always sent it."""
    return bool(value)


class DiaryEntry(Body):
    text: Annotated[
        str,
        Strict(),
        AfterValidator(_entry_text),
        Refusal(ErrorCode.BAD_TEXT, "text must be 1 to 4000 characters"),
    ]
    capture: Annotated[bool, BeforeValidator(_truthy)] = False  # keep a private photo with it


@routes.post("/api/me/diary")
@personal
async def diary_write(request: web.Request, person_id: int) -> web.Response:
    body = await read_body(request, DiaryEntry)
    capture_id = None
    if body.capture:
        try:
            capture_id = (await request.app[CAPTURE](person_id)).id  # private
        except NoFrameError as err:
            return error(503, str(err), ErrorCode.NO_FRAME)
    store = request.app[IDENTITY].store
    mood = await run(evolution.todays_mood, store, person_id)
    entry = await run(store.diary.add, person_id, body.text, mood, capture_id)
    return web.json_response(entry, status=201)


def add_routes(app: web.Application, capture: Callable[[int | None], Awaitable[Capture]]) -> None:
    app[CAPTURE] = capture
    app.router.add_routes(routes)
