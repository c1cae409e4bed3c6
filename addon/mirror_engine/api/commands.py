"""Commands over HTTP: submit one (touch, voice), list the open confirmation
questions, answer one."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Annotated, Any

from aiohttp import web
from pydantic import PlainValidator, RootModel, Strict

from ..contract import ErrorCode, Modality
from ..engine import NoFrameError
from ..identity.session import SessionError
from ..interaction.commands import (
    Command,
    CommandError,
    CommandRouter,
    ConfirmationGone,
    parse_command,
)
from .http import Body, Refusal, error, parse_id, read_body

ROUTER: web.AppKey[CommandRouter] = web.AppKey("commands", CommandRouter)


routes = web.RouteTableDef()  # this router's handlers, by their decorators


def _command(body: Any) -> Command:
    if not isinstance(body, dict):  # read_body passes JSON objects only
        raise CommandError("a command is a JSON object {name, args, ...}")
    return parse_command(body)


ParsedCommand = Annotated[Command, PlainValidator(_command), Refusal(ErrorCode.BAD_COMMAND)]


class CommandBody(RootModel[Command]):
    """A command, read by the router's own ``parse_command`` (which also reads
    a confirmation's correction): one rule for both, whose CommandError
    message says what is wrong."""

    root: ParsedCommand


Refused = tuple[type[Exception], int, ErrorCode]

# what the command desk refuses a command or an answer for, either way
_REFUSED: tuple[Refused, ...] = (
    (SessionError, 409, ErrorCode.NO_SESSION),
    (NoFrameError, 503, ErrorCode.NO_FRAME),
)


async def _carried_out(done: Awaitable[Any], *refused: Refused) -> web.Response:
    """The command desk's result, or the first of ``refused`` (then the refusals
    common to all) that its error is."""
    try:
        return web.json_response(await done)
    except Exception as err:
        for kind, status, code in (*refused, *_REFUSED):
            if isinstance(err, kind):
                return error(status, str(err), code)
        raise


@routes.post("/api/commands")
async def submit(request: web.Request) -> web.Response:
    command = (await read_body(request, CommandBody)).root
    return await _carried_out(
        request.app[ROUTER].submit(command), (CommandError, 400, ErrorCode.BAD_COMMAND)
    )


@routes.get("/api/commands/pending")
async def pending(request: web.Request) -> web.Response:
    return web.json_response(request.app[ROUTER].pending())


class Answer(Body):
    accepted: Annotated[
        bool, Strict(), Refusal(ErrorCode.BAD_ANSWER, "accepted must be true or false")
    ]
    # merged into the asked command, so checked (by parse_command) only then
    correction: Annotated[
        dict[str, Any] | None,
        Refusal(ErrorCode.BAD_ANSWER, "correction must be an object {name, args}"),
    ] = None
    via: Annotated[
        Modality | None,
        Refusal(ErrorCode.BAD_ANSWER, f"via must be one of {', '.join(Modality)}"),
    ] = None  # None: touch


@routes.post(r"/api/commands/{id:\d+}/answer")
async def answer(request: web.Request) -> web.Response:
    pending_id = parse_id(request.match_info["id"])
    if pending_id is None:
        return error(404, "no such confirmation", ErrorCode.GONE)
    body = await read_body(request, Answer)
    via = (body.via or Modality.TOUCH).value
    return await _carried_out(
        request.app[ROUTER].answer(pending_id, body.accepted, via, body.correction),
        (ValueError, 400, ErrorCode.BAD_ANSWER),  # CommandError included
        (ConfirmationGone, 410, ErrorCode.GONE),
    )


def add_routes(app: web.Application, router: CommandRouter) -> None:
    app[ROUTER] = router
    app.router.add_routes(routes)
