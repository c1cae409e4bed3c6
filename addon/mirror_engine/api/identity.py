"""Persons, enrolment, PINs, sessions and personal data (aiohttp handlers).

Personal endpoints answer only the owner of the active session, and only
while that person's face is in front of the mirror: the caller names the
session (``?session=<id>`` from the session events) and gets 403 otherwise.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from aiohttp import BodyPartReader, MultipartReader, web
from aiohttp.http_exceptions import HttpProcessingError
from pydantic import AfterValidator, BeforeValidator, Field, Strict

from ..contract import ErrorCode
from ..identity.enrolment import EnrolmentError, check_image_header
from ..identity.pin_vault import PIN_FORM, LockedError, NoPinError, PinError, WrongPinError
from ..identity.service import IdentityService
from ..identity.session import SessionError
from ..store import PersonExistsError
from .http import (
    CHUNK,
    IDENTITY,
    MAX_PART,
    MAX_PARTS,
    MAX_UPLOAD,
    Body,
    Id,
    Refusal,
    error,
    json_object,
    parse_id,
    personal,
    read_body,
    read_limited,
    refuse,
    run,
    validate,
)

ENROLMENT_STATUS: dict[ErrorCode, int] = {
    ErrorCode.NOT_AN_IMAGE: 400,
    ErrorCode.NO_IMAGE: 400,
    ErrorCode.IMAGE_TOO_LARGE: 413,
    ErrorCode.NO_FACE: 422,
    ErrorCode.SEVERAL_FACES: 422,
    ErrorCode.LOW_QUALITY: 422,
    ErrorCode.MATCHES_OTHER: 409,
    ErrorCode.BUSY: 409,
    ErrorCode.UNKNOWN_PERSON: 404,
}


def _person_id(request: web.Request) -> int:
    person_id = parse_id(request.match_info["person_id"])
    if person_id is None:
        raise refuse(404, "no such person", ErrorCode.UNKNOWN_PERSON)
    return person_id


_HA_PERSON = re.compile(r"person\.(?!_)[0-9a-z_]{1,200}(?<!_)")


def _name(value: str) -> str:
    """At most 64 characters as sent, at least one once stripped; kept stripped."""
    if not value.strip() or len(value) > 64:
        raise ValueError("name must be 1 to 64 characters")
    return value.strip()


def _ha_person(value: str) -> str:
    """ "" (linked to nobody) or a Home Assistant person entity id."""
    if value and not _HA_PERSON.fullmatch(value):
        raise ValueError("ha_person must be an entity id like person.anna")
    return value


Name = Annotated[str, Strict(), AfterValidator(_name)]
HaPerson = Annotated[str, Strict(), AfterValidator(_ha_person)]
BAD_NAME = Refusal(ErrorCode.BAD_NAME, "name must be 1 to 64 characters")
BAD_HA_PERSON = Refusal(ErrorCode.BAD_HA_PERSON, "ha_person must be an entity id like person.anna")


class NewPerson(Body):
    name: Annotated[Name, BAD_NAME]
    ha_person: Annotated[HaPerson | None, BAD_HA_PERSON] = None  # null or "": linked to nobody


class PersonChange(Body):
    """Absent or null: unchanged; ``ha_person`` "" unlinks the person."""

    name: Annotated[Name | None, BAD_NAME] = None
    ha_person: Annotated[HaPerson | None, BAD_HA_PERSON] = None


# -- persons -----------------------------------------------------------------------
routes = web.RouteTableDef()  # this router's handlers, by their decorators


@routes.get("/api/persons")
async def list_persons(request: web.Request) -> web.Response:
    """Everybody enrolled; ``?name=`` the one of that name by the store's one
    Unicode-aware rule (so every client finds the same person)."""
    identity = request.app[IDENTITY]
    if "name" in request.query:
        found = await run(identity.store.persons.find, request.query["name"])
        return web.json_response([found.as_json()] if found else [])
    persons = await run(identity.store.persons.all)
    return web.json_response([p.as_json() for p in persons])


@routes.post("/api/persons")
async def create_person(request: web.Request) -> web.Response:
    body = await read_body(request, NewPerson)
    try:
        person = await run(request.app[IDENTITY].create_person, body.name, body.ha_person or None)
    except PersonExistsError as err:
        return error(409, str(err), ErrorCode.NAME_TAKEN)
    return web.json_response(person.as_json(), status=201)


@routes.get("/api/persons/{person_id}")
async def get_person(request: web.Request) -> web.Response:
    person = await run(request.app[IDENTITY].store.persons.get, _person_id(request))
    if person is None:
        return error(404, "no such person", ErrorCode.UNKNOWN_PERSON)
    return web.json_response(person.as_json())


@routes.patch("/api/persons/{person_id}")
async def update_person(request: web.Request) -> web.Response:
    person_id = _person_id(request)
    body = await read_body(request, PersonChange)
    try:
        person = await run(
            request.app[IDENTITY].update_person, person_id, body.name, body.ha_person
        )
    except PersonExistsError as err:
        return error(409, str(err), ErrorCode.NAME_TAKEN)
    if person is None:
        return error(404, "no such person", ErrorCode.UNKNOWN_PERSON)
    return web.json_response(person.as_json())


@routes.delete("/api/persons/{person_id}")
async def forget_person(request: web.Request) -> web.Response:
    deleted = await run(request.app[IDENTITY].forget, _person_id(request))
    if not deleted:
        return error(404, "no such person", ErrorCode.UNKNOWN_PERSON)
    return web.json_response({"forgotten": True})


# -- enrolment ---------------------------------------------------------------------
async def _read_part(part: BodyPartReader, room: int) -> bytes:
    """One part in chunks: at most MAX_PART bytes and what is left of the request."""
    data = bytearray()
    while chunk := await part.read_chunk(CHUNK):
        data += chunk
        if len(data) > MAX_PART:
            raise refuse(
                413, f"an uploaded file is larger than {MAX_PART} bytes", ErrorCode.TOO_LARGE
            )
        if len(data) > room:
            raise refuse(413, f"the upload is larger than {MAX_UPLOAD} bytes", ErrorCode.TOO_LARGE)
    return bytes(data)


async def _uploaded_images(request: web.Request) -> list[bytes]:
    """The images of a multipart upload (or the raw body), bounded; the rest of a
    body that is too large is not read."""
    if not request.content_type.startswith("multipart/"):
        return [await read_limited(request, MAX_UPLOAD)]
    if request.content_length is not None and request.content_length > MAX_UPLOAD:
        raise refuse(413, f"the upload is larger than {MAX_UPLOAD} bytes", ErrorCode.TOO_LARGE)
    images: list[bytes] = []
    total = 0
    try:
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if isinstance(part, MultipartReader):
                raise refuse(400, "nested multipart bodies are not accepted", ErrorCode.BAD_UPLOAD)
            if len(images) == MAX_PARTS:
                raise refuse(413, f"more than {MAX_PARTS} files in one upload", ErrorCode.TOO_LARGE)
            image = await _read_part(part, MAX_UPLOAD - total)
            total += len(image)
            images.append(image)
    except (ValueError, AssertionError, LookupError, HttpProcessingError) as err:
        # what aiohttp raises on a broken multipart body
        raise refuse(400, f"not a readable multipart upload: {err}", ErrorCode.BAD_UPLOAD) from None
    return images


@routes.post("/api/persons/{person_id}/faces")
async def enrol_images(request: web.Request) -> web.Response:
    person_id = _person_id(request)
    try:
        images = await _uploaded_images(request)
        for image in images:  # the header only, before anything is decoded
            await run(check_image_header, image)
        result = await run(request.app[IDENTITY].enrol_images, person_id, images)
    except EnrolmentError as err:
        return error(ENROLMENT_STATUS.get(err.code, 400), str(err), err.code)
    return web.json_response(result, status=201)


class LiveEnrolment(Body):
    frames: Annotated[
        Annotated[int, Strict(), Field(ge=1, le=50)] | None,
        Refusal(ErrorCode.BAD_FRAMES, "frames must be a whole number from 1 to 50"),
    ] = None  # None: the service's default


@routes.post("/api/persons/{person_id}/enrol")
async def start_live_enrolment(request: web.Request) -> web.Response:
    """The body is optional; it is read before the person is looked up."""
    body = await read_body(request, LiveEnrolment) if request.can_read_body else LiveEnrolment()
    try:
        progress = await run(request.app[IDENTITY].start_live, _person_id(request), body.frames)
    except EnrolmentError as err:
        return error(ENROLMENT_STATUS.get(err.code, 400), str(err), err.code)
    return web.json_response(progress, status=202)


@routes.get("/api/enrolment")
async def live_enrolment(request: web.Request) -> web.Response:
    live = request.app[IDENTITY].live
    if live is None:
        return error(404, "no live enrolment", ErrorCode.NO_ENROLMENT)
    return web.json_response(live.as_json())


@routes.delete("/api/enrolment")
async def cancel_live_enrolment(request: web.Request) -> web.Response:
    progress = request.app[IDENTITY].cancel_live()
    if progress is None:
        return error(404, "no live enrolment in progress", ErrorCode.NO_ENROLMENT)
    return web.json_response(progress)


def _pin_number(value: Any) -> Any:
    """A PIN sent as a JSON number is read by its digits, as it always was."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _pin_form(value: str) -> str:
    if not PIN_FORM.fullmatch(value):  # the vault's own rule
        raise ValueError("a PIN is 4 to 8 digits")
    return value


class NewPin(Body):
    pin: Annotated[
        str,
        BeforeValidator(_pin_number),
        Strict(),
        AfterValidator(_pin_form),
        Refusal(ErrorCode.BAD_PIN, "a PIN is 4 to 8 digits"),
    ]


@routes.put("/api/persons/{person_id}/pin")
async def set_pin(request: web.Request) -> web.Response:
    """An unknown person is a 404 whatever the body says, so the body is
    validated only after the person is found."""
    identity = request.app[IDENTITY]
    person_id = _person_id(request)
    body = await json_object(request)
    if await run(identity.store.persons.get, person_id) is None:
        return error(404, "no such person", ErrorCode.UNKNOWN_PERSON)
    await run(identity.vault.set_pin, person_id, validate(NewPin, body).pin)
    return web.json_response({"person_id": person_id, "has_pin": True})


@routes.delete("/api/persons/{person_id}/pin")
async def clear_pin(request: web.Request) -> web.Response:
    identity = request.app[IDENTITY]
    person_id = _person_id(request)
    if await run(identity.store.persons.get, person_id) is None:
        return error(404, "no such person", ErrorCode.UNKNOWN_PERSON)
    await run(identity.vault.clear_pin, person_id)
    return web.json_response({"person_id": person_id, "has_pin": False})


@routes.get("/api/persons/{person_id}/thumbnail.jpg")
async def thumbnail(request: web.Request) -> web.Response:
    """The small face crop the People sheet shows (admins only, in Home Assistant)."""
    jpeg = await run(request.app[IDENTITY].store.persons.thumbnail, _person_id(request))
    if jpeg is None:
        return error(404, "no face picture for this person", ErrorCode.UNKNOWN_PERSON)
    return web.Response(body=jpeg, content_type="image/jpeg", headers={"Cache-Control": "no-store"})


# -- session -------------------------------------------------------------------------
@routes.get("/api/session")
async def get_session(request: web.Request) -> web.Response:
    return web.json_response(request.app[IDENTITY].session.snapshot())


class Choice(Body):
    face: Annotated[
        Id, Refusal(ErrorCode.BAD_FACE, "face must be the index of a face in the session's faces")
    ]


@routes.post("/api/session/choose")
async def choose_face(request: web.Request) -> web.Response:
    body = await read_body(request, Choice)
    try:
        return web.json_response(request.app[IDENTITY].session.choose(body.face))
    except SessionError as err:
        return error(409, str(err), ErrorCode.NO_CHOICE)


BAD_LOGIN = Refusal(ErrorCode.BAD_LOGIN, "send person_id (number) and pin (string)")


class Login(Body):
    person_id: Annotated[Id, BAD_LOGIN]
    pin: Annotated[str, Strict(), BAD_LOGIN]  # any string: the vault counts a wrong one


@routes.post("/api/session/login")
async def login(request: web.Request) -> web.Response:
    identity = request.app[IDENTITY]
    body = await read_body(request, Login)
    person_id = body.person_id
    if await run(identity.store.persons.get, person_id) is None:
        return error(404, "no such person", ErrorCode.UNKNOWN_PERSON)
    try:
        identity.session.begin_login(person_id)
        await run(identity.vault.verify, person_id, body.pin)
        snapshot = identity.session.complete_login(person_id)
    except SessionError as err:
        return error(409, str(err), ErrorCode.NO_FACE)
    except LockedError as err:
        response = error(423, str(err), ErrorCode.LOCKED)
        response.headers["Retry-After"] = str(int(err.seconds) + 1)
        return response
    except WrongPinError as err:
        return error(401, str(err), ErrorCode.WRONG_PIN)
    except NoPinError as err:
        return error(409, str(err), ErrorCode.NO_PIN)
    except PinError as err:  # pragma: no cover - every subclass is handled above
        return error(401, str(err), ErrorCode.LOGIN_REFUSED)
    return web.json_response(snapshot)


@routes.post("/api/session/logout")
async def logout(request: web.Request) -> web.Response:
    try:
        request.app[IDENTITY].session.logout()
    except SessionError as err:
        return error(409, str(err), ErrorCode.NO_SESSION)
    return web.json_response(request.app[IDENTITY].session.snapshot())


@routes.get("/api/me")
@personal
async def me(request: web.Request, person_id: int) -> web.Response:
    identity = request.app[IDENTITY]
    person = await run(identity.store.persons.get, person_id)
    assert person is not None
    return web.json_response(
        {"person": person.as_json(), "session": identity.session.snapshot()["session"]}
    )


@routes.get("/api/me/history")
@routes.get("/api/persons/{person_id}/history")
@personal
async def history(request: web.Request, person_id: int) -> web.Response:
    rows = await run(request.app[IDENTITY].store.history.for_person, person_id)
    return web.json_response(rows)


@routes.get("/api/samples")
async def sample_counts(request: web.Request) -> web.Response:
    return web.json_response(await run(request.app[IDENTITY].store.samples.counts))


def add_routes(app: web.Application, identity: IdentityService) -> None:
    app[IDENTITY] = identity
    app.router.add_routes(routes)
