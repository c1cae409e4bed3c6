"""Commands over HTTP: submit one (touch, voice), list the open confirmation
questions, answer one."""

from __future__ import annotations

from aiohttp import web

from .api_identity import error, json_object, parse_id
from .commands import CommandDesk, CommandError, ConfirmationGone, parse_command
from .engine import NoFrameError
from .session import SessionError

DESK: web.AppKey[CommandDesk] = web.AppKey("commands", CommandDesk)


async def submit(request: web.Request) -> web.Response:
    try:
        command = parse_command(await json_object(request))
        return web.json_response(await request.app[DESK].submit(command))
    except CommandError as err:
        return error(400, str(err), "bad_command")
    except SessionError as err:
        return error(409, str(err), "no_session")
    except NoFrameError as err:
        return error(503, str(err), "no_frame")


async def pending(request: web.Request) -> web.Response:
    return web.json_response(request.app[DESK].pending())


async def answer(request: web.Request) -> web.Response:
    pending_id = parse_id(request.match_info["id"])
    if pending_id is None:
        return error(404, "no such confirmation", "gone")
    body = await json_object(request)
    accepted, correction, via = body.get("accepted"), body.get("correction"), body.get("via")
    if not isinstance(accepted, bool):
        return error(400, "accepted must be true or false", "bad_answer")
    if correction is not None and not isinstance(correction, dict):
        return error(400, "correction must be an object {name, args}", "bad_answer")
    if via is not None and not isinstance(via, str):
        return error(400, "via must be one of touch, voice, gesture", "bad_answer")
    try:
        via = "touch" if via is None else via
        result = await request.app[DESK].answer(pending_id, accepted, via, correction)
    except ValueError as err:  # CommandError included
        return error(400, str(err), "bad_answer")
    except ConfirmationGone as err:
        return error(410, str(err), "gone")
    except SessionError as err:
        return error(409, str(err), "no_session")
    except NoFrameError as err:
        return error(503, str(err), "no_frame")
    return web.json_response(result)


def add_routes(app: web.Application, desk: CommandDesk) -> None:
    app[DESK] = desk
    app.router.add_post("/api/commands", submit)
    app.router.add_get("/api/commands/pending", pending)
    app.router.add_post(r"/api/commands/{id:\d+}/answer", answer)
