"""What every router shares: bounded, strict request parsing, JSON errors, the
personal-data guard, and running store and model calls off the event loop.

A JSON body is read once, strictly and bounded (``json_object``), then validated
by the route's pydantic model (``read_body``); a field that does not validate
answers 400 with the ``code`` and message its ``Refusal`` names, so clients see
the same errors whichever check refused them.

Personal endpoints answer only the owner of the active session, and only
while that person's face is in front of the mirror: the caller names the
session (``?session=<id>`` from the session events) and gets 403 otherwise.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, Strict, ValidationError

from ..contract import ErrorCode
from ..identity.service import IdentityService

IDENTITY: web.AppKey[IdentityService] = web.AppKey("identity", IdentityService)
# Every input is bounded: the request, each uploaded part, the parts, a JSON body
# and its nesting; ids are SQLite integers.
MAX_UPLOAD = 20 * 1024 * 1024
MAX_PART = 10 * 1024 * 1024
MAX_PARTS = 20
MAX_JSON = 1024 * 1024
MAX_DEPTH = 32
MAX_ID = 2**63 - 1
CHUNK = 64 * 1024


def error(status: int, message: str, code: ErrorCode | None = None) -> web.Response:
    return web.json_response({"error": message, "code": code}, status=status)


class _PayloadTooLarge(web.HTTPClientError):
    status_code = 413


_REFUSALS: dict[int, type[web.HTTPClientError]] = {
    400: web.HTTPBadRequest,
    404: web.HTTPNotFound,
    413: _PayloadTooLarge,
}


def refuse(status: int, message: str, code: ErrorCode) -> web.HTTPClientError:
    """An error to raise from a handler: a JSON ``{"error", "code"}`` body."""
    return _REFUSALS[status](
        text=json.dumps({"error": message, "code": code}), content_type="application/json"
    )


# -- strict parsing --------------------------------------------------------------------
_ID_TEXT = re.compile(r"[0-9]{1,19}")


def parse_id(text: str) -> int | None:
    """A path id: ASCII digits only, 0 to 2**63-1 (SQLite's INTEGER)."""
    if not _ID_TEXT.fullmatch(text):
        return None
    value = int(text)
    return value if value <= MAX_ID else None


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _depth(value: Any) -> int:
    """How deeply a parsed JSON value nests (iteratively: no recursion limit)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return deepest


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


async def read_limited(request: web.Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it is longer than ``limit``."""
    if request.content_length is not None and request.content_length > limit:
        raise refuse(413, f"the body is larger than {limit} bytes", ErrorCode.TOO_LARGE)
    data = bytearray()
    while chunk := await request.content.read(CHUNK):
        data += chunk
        if len(data) > limit:
            raise refuse(413, f"the body is larger than {limit} bytes", ErrorCode.TOO_LARGE)
    return bytes(data)


def parse_json(raw: bytes) -> Any:
    """UTF-8 JSON at most MAX_DEPTH deep, without NaN or Infinity; else 400."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise refuse(400, "the body must be UTF-8 JSON", ErrorCode.BAD_JSON) from None
    try:
        value = json.loads(text, parse_constant=_no_constant)
        if _SURROGATE_ESCAPE.search(text):  # a lone surrogate cannot be stored
            json.dumps(value, ensure_ascii=False).encode("utf-8")
    except RecursionError:
        raise refuse(
            400, f"JSON nested deeper than {MAX_DEPTH} levels", ErrorCode.TOO_DEEP
        ) from None
    except ValueError as err:  # JSONDecodeError, UnicodeEncodeError, too many digits
        raise refuse(400, f"the body must be JSON: {err}", ErrorCode.BAD_JSON) from None
    if _depth(value) > MAX_DEPTH:
        raise refuse(400, f"JSON nested deeper than {MAX_DEPTH} levels", ErrorCode.TOO_DEEP)
    return value


async def json_object(request: web.Request) -> dict[str, Any]:
    """The one reader of JSON bodies: a JSON object, or a 4xx with a JSON error."""
    body = parse_json(await read_limited(request, MAX_JSON))
    if not isinstance(body, dict):
        raise refuse(400, "the body must be a JSON object", ErrorCode.BAD_JSON)
    return body


# -- request bodies: pydantic models ----------------------------------------------------
# A JSON id: a whole number (not a bool, 1.0 or "1") from 0 to 2**63-1.
Id = Annotated[int, Strict(), Field(ge=0, le=MAX_ID)]


@dataclass(frozen=True, slots=True)
class Refusal:
    """Annotated on a body field: the 400 its failure answers. The codes and
    messages are the wire contract (clients and tests match them), so a field
    names its own; without a message, its rule's ValueError explains itself."""

    code: ErrorCode
    message: str | None = None


class Body(BaseModel):
    """A JSON request body. Keys a route does not read are ignored, as they
    always were: a client may send more than this engine version reads."""

    model_config = ConfigDict(extra="ignore", frozen=True)


def _refusal(model: type[BaseModel], loc: tuple[int | str, ...]) -> Refusal:
    fields = model.model_fields
    field = fields.get(str(loc[0])) if loc else None
    field = field or fields.get("root")  # a RootModel: the whole body's rule
    for item in field.metadata if field else ():
        if isinstance(item, Refusal):
            return item
    return Refusal(ErrorCode.BAD_JSON)  # a field without a Refusal: a generic 400


def validate[M: BaseModel](model: type[M], data: Any) -> M:
    """``data`` as a ``model``, or a 400 with the first failing field's code and
    message (a 400, never a 500, whatever the JSON holds)."""
    try:
        return model.model_validate(data)
    except ValidationError as err:
        first = err.errors(include_url=False)[0]
        refusal = _refusal(model, first["loc"])
        message = refusal.message
        if message is None:
            cause = first.get("ctx", {}).get("error")
            where = ".".join(str(part) for part in first["loc"]) or "body"
            message = str(cause) if cause is not None else f"{where}: {first['msg']}"
        raise refuse(400, message, refusal.code) from None


async def read_body[M: BaseModel](request: web.Request, model: type[M]) -> M:
    """A JSON body as its route's model: bounded, strict JSON, then validated."""
    return validate(model, await json_object(request))


async def run(func: Callable[..., Any], *args: Any) -> Any:
    """Store and model calls run in a thread: the event loop never waits on them."""
    return await asyncio.to_thread(func, *args)


# -- personal data: only for the owner of the active session ------------------------
Handler = Callable[[web.Request, int], Awaitable[web.Response]]


def personal(handler: Handler) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def guarded(request: web.Request) -> web.Response:
        owner = request.app[IDENTITY].session.personal_owner()
        asked = request.query.get("session") or request.headers.get("X-Mirror-Session")
        wanted = request.match_info.get("person_id")
        if owner is None or asked != owner[1] or (wanted is not None and wanted != str(owner[0])):
            return error(
                403,
                "personal data is only for the person whose session is active"
                " in front of the mirror",
                ErrorCode.NOT_OWNER,
            )
        return await handler(request, owner[0])

    return guarded
