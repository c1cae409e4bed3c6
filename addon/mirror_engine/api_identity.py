"""Persons, enrolment, PINs, sessions and personal data (aiohttp handlers).

Personal endpoints answer only the owner of the active session, and only
while that person's face is in front of the mirror: the caller names the
session (``?session=<id>`` from the session events) and gets 403 otherwise.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import BodyPartReader, web

from .enrolment import EnrolmentError
from .identity import IdentityService
from .pins import LockedError, NoPinError, PinError, WrongPinError
from .session import SessionError
from .store import PersonExistsError

IDENTITY: web.AppKey[IdentityService] = web.AppKey("identity", IdentityService)
MAX_UPLOAD = 20 * 1024 * 1024

ENROLMENT_STATUS = {
    "not_an_image": 400,
    "no_image": 400,
    "no_face": 422,
    "several_faces": 422,
    "low_quality": 422,
    "matches_other": 409,
    "busy": 409,
    "unknown_person": 404,
}


def error(status: int, message: str, code: str | None = None) -> web.Response:
    return web.json_response({"error": message, "code": code}, status=status)


async def json_object(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise web.HTTPBadRequest(
            text='{"error": "body must be JSON"}', content_type="application/json"
        ) from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(
            text='{"error": "body must be a JSON object"}', content_type="application/json"
        )
    return body


def _person_id(request: web.Request) -> int:
    try:
        return int(request.match_info["person_id"])
    except ValueError:
        raise web.HTTPNotFound(
            text='{"error": "no such person"}', content_type="application/json"
        ) from None


def _name(body: dict[str, Any], required: bool) -> str | None:
    name = body.get("name")
    if name is None and not required:
        return None
    if not isinstance(name, str) or not name.strip() or len(name) > 64:
        raise web.HTTPBadRequest(
            text='{"error": "name must be 1 to 64 characters", "code": "bad_name"}',
            content_type="application/json",
        )
    return name.strip()


async def run(func: Callable[..., Any], *args: Any) -> Any:
    """Store and model calls run in a thread: the event loop never waits on them."""
    return await asyncio.to_thread(func, *args)


# -- persons -----------------------------------------------------------------------
async def list_persons(request: web.Request) -> web.Response:
    identity = request.app[IDENTITY]
    persons = await run(identity.store.persons.all)
    return web.json_response([p.as_json() for p in persons])


async def create_person(request: web.Request) -> web.Response:
    body = await json_object(request)
    name = _name(body, required=True)
    assert name is not None
    try:
        person = await run(request.app[IDENTITY].create_person, name, body.get("ha_person"))
    except PersonExistsError as err:
        return error(409, str(err), "name_taken")
    return web.json_response(person.as_json(), status=201)


async def get_person(request: web.Request) -> web.Response:
    person = await run(request.app[IDENTITY].store.persons.get, _person_id(request))
    if person is None:
        return error(404, "no such person", "unknown_person")
    return web.json_response(person.as_json())


async def update_person(request: web.Request) -> web.Response:
    body = await json_object(request)
    ha_person = body.get("ha_person")
    if ha_person is not None and not isinstance(ha_person, str):
        return error(400, "ha_person must be an entity id like person.anna", "bad_ha_person")
    try:
        person = await run(
            request.app[IDENTITY].update_person, _person_id(request), _name(body, False), ha_person
        )
    except PersonExistsError as err:
        return error(409, str(err), "name_taken")
    if person is None:
        return error(404, "no such person", "unknown_person")
    return web.json_response(person.as_json())


async def forget_person(request: web.Request) -> web.Response:
    deleted = await run(request.app[IDENTITY].forget, _person_id(request))
    if not deleted:
        return error(404, "no such person", "unknown_person")
    return web.json_response({"forgotten": True})


# -- enrolment ---------------------------------------------------------------------
async def _uploaded_images(request: web.Request) -> list[bytes]:
    if request.content_type.startswith("multipart/"):
        images = []
        reader = await request.multipart()
        async for part in reader:
            if isinstance(part, BodyPartReader):
                images.append(bytes(await part.read()))
        return images
    return [await request.read()]


async def enrol_images(request: web.Request) -> web.Response:
    person_id = _person_id(request)
    try:
        images = await _uploaded_images(request)
        result = await run(request.app[IDENTITY].enrol_images, person_id, images)
    except EnrolmentError as err:
        return error(ENROLMENT_STATUS.get(err.code, 400), str(err), err.code)
    return web.json_response(result, status=201)


async def start_live_enrolment(request: web.Request) -> web.Response:
    frames = None
    if request.can_read_body:
        body = await json_object(request)
        frames = body.get("frames")
        if frames is not None and (not isinstance(frames, int) or not 1 <= frames <= 50):
            return error(400, "frames must be a whole number from 1 to 50", "bad_frames")
    try:
        progress = await run(request.app[IDENTITY].start_live, _person_id(request), frames)
    except EnrolmentError as err:
        return error(ENROLMENT_STATUS.get(err.code, 400), str(err), err.code)
    return web.json_response(progress, status=202)


async def live_enrolment(request: web.Request) -> web.Response:
    live = request.app[IDENTITY].live
    if live is None:
        return error(404, "no live enrolment", "no_enrolment")
    return web.json_response(live.as_json())


async def cancel_live_enrolment(request: web.Request) -> web.Response:
    progress = request.app[IDENTITY].cancel_live()
    if progress is None:
        return error(404, "no live enrolment in progress", "no_enrolment")
    return web.json_response(progress)


async def set_pin(request: web.Request) -> web.Response:
    identity = request.app[IDENTITY]
    person_id = _person_id(request)
    body = await json_object(request)
    if await run(identity.store.persons.get, person_id) is None:
        return error(404, "no such person", "unknown_person")
    try:
        await run(identity.vault.set_pin, person_id, str(body.get("pin", "")))
    except ValueError as err:
        return error(400, str(err), "bad_pin")
    return web.json_response({"person_id": person_id, "has_pin": True})


# -- session -------------------------------------------------------------------------
async def get_session(request: web.Request) -> web.Response:
    return web.json_response(request.app[IDENTITY].session.snapshot())


async def choose_face(request: web.Request) -> web.Response:
    body = await json_object(request)
    index = body.get("face")
    if not isinstance(index, int):
        return error(400, "face must be the index of a face in the session's faces", "bad_face")
    try:
        return web.json_response(request.app[IDENTITY].session.choose(index))
    except SessionError as err:
        return error(409, str(err), "no_choice")


async def login(request: web.Request) -> web.Response:
    identity = request.app[IDENTITY]
    body = await json_object(request)
    person_id, pin = body.get("person_id"), body.get("pin")
    if not isinstance(person_id, int) or not isinstance(pin, str):
        return error(400, "send person_id (number) and pin (string)", "bad_login")
    if await run(identity.store.persons.get, person_id) is None:
        return error(404, "no such person", "unknown_person")
    try:
        identity.session.begin_login(person_id)
        await run(identity.vault.verify, person_id, pin)
        snapshot = identity.session.complete_login(person_id)
    except SessionError as err:
        return error(409, str(err), "no_face")
    except LockedError as err:
        response = error(423, str(err), "locked")
        response.headers["Retry-After"] = str(int(err.seconds) + 1)
        return response
    except WrongPinError as err:
        return error(401, str(err), "wrong_pin")
    except NoPinError as err:
        return error(409, str(err), "no_pin")
    except PinError as err:  # pragma: no cover - every subclass is handled above
        return error(401, str(err), "login_refused")
    return web.json_response(snapshot)


async def logout(request: web.Request) -> web.Response:
    try:
        request.app[IDENTITY].session.logout()
    except SessionError as err:
        return error(409, str(err), "no_session")
    return web.json_response(request.app[IDENTITY].session.snapshot())


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
                "not_owner",
            )
        return await handler(request, owner[0])

    return guarded


@personal
async def me(request: web.Request, person_id: int) -> web.Response:
    identity = request.app[IDENTITY]
    person = await run(identity.store.persons.get, person_id)
    assert person is not None
    return web.json_response(
        {"person": person.as_json(), "session": identity.session.snapshot()["session"]}
    )


@personal
async def history(request: web.Request, person_id: int) -> web.Response:
    rows = await run(request.app[IDENTITY].store.history.for_person, person_id)
    return web.json_response(rows)


async def sample_counts(request: web.Request) -> web.Response:
    return web.json_response(await run(request.app[IDENTITY].store.samples.counts))


def add_routes(app: web.Application, identity: IdentityService) -> None:
    app[IDENTITY] = identity
    r = app.router
    r.add_get("/api/persons", list_persons)
    r.add_post("/api/persons", create_person)
    r.add_get("/api/persons/{person_id}", get_person)
    r.add_patch("/api/persons/{person_id}", update_person)
    r.add_delete("/api/persons/{person_id}", forget_person)
    r.add_post("/api/persons/{person_id}/faces", enrol_images)
    r.add_post("/api/persons/{person_id}/enrol", start_live_enrolment)
    r.add_put("/api/persons/{person_id}/pin", set_pin)
    r.add_get("/api/persons/{person_id}/history", history)
    r.add_get("/api/enrolment", live_enrolment)
    r.add_delete("/api/enrolment", cancel_live_enrolment)
    r.add_get("/api/session", get_session)
    r.add_post("/api/session/choose", choose_face)
    r.add_post("/api/session/login", login)
    r.add_post("/api/session/logout", logout)
    r.add_get("/api/me", me)
    r.add_get("/api/me/history", history)
    r.add_get("/api/samples", sample_counts)
