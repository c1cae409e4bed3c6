"""Commands over HTTP: submit one (touch, voice), list the open confirmation
questions, answer one."""

from __future__ import annotations

from aiohttp import web

from ..contract import ErrorCode
from ..engine import NoFrameError
from ..identity.session import SessionError
from ..interaction.commands import CommandError, CommandRouter, ConfirmationGone, parse_command
from .http import error, json_object, parse_id

ROUTER: web.AppKey[CommandRouter] = web.AppKey("commands", CommandRouter)


routes = web.RouteTableDef()  # this router's handlers, by their decorators


@routes.post("/api/commands")
async def submit(request: web.Request) -> web.Response:
    try:
        command = parse_command(await json_object(request))
        return web.json_response(await request.app[ROUTER].submit(command))
    except CommandError as err:
        return error(400, str(err), ErrorCode.BAD_COMMAND)
    except SessionError as err:
        return error(409, str(err), ErrorCode.NO_SESSION)
    except NoFrameError as err:
        return error(503, str(err), ErrorCode.NO_FRAME)


@routes.get("/api/commands/pending")
async def pending(request: web.Request) -> web.Response:
    return web.json_response(request.app[ROUTER].pending())


@routes.post(r"/api/commands/{id:\d+}/answer")
async def answer(request: web.Request) -> web.Response:
    pending_id = parse_id(request.match_info["id"])
    if pending_id is None:
        return error(404, "no such confirmation", ErrorCode.GONE)
    body = await json_object(request)
    accepted, correction, via = body.get("accepted"), body.get("correction"), body.get("via")
    if not isinstance(accepted, bool):
        return error(400, "accepted must be true or false", ErrorCode.BAD_ANSWER)
    if correction is not None and not isinstance(correction, dict):
        return error(400, "correction must be an object {name, args}", ErrorCode.BAD_ANSWER)
    if via is not None and not isinstance(via, str):
        return error(400, "via must be one of touch, voice, gesture", ErrorCode.BAD_ANSWER)
    try:
        via = "touch" if via is None else via
        result = await request.app[ROUTER].answer(pending_id, accepted, via, correction)
    except ValueError as err:  # CommandError included
        return error(400, str(err), ErrorCode.BAD_ANSWER)
    except ConfirmationGone as err:
        return error(410, str(err), ErrorCode.GONE)
    except SessionError as err:
        return error(409, str(err), ErrorCode.NO_SESSION)
    except NoFrameError as err:
        return error(503, str(err), ErrorCode.NO_FRAME)
    return web.json_response(result)


def add_routes(app: web.Application, router: CommandRouter) -> None:
    app[ROUTER] = router
    app.router.add_routes(routes)
