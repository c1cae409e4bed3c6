"""The ML tier over HTTP: expression calibration for the session's owner,
and the trainer's status, retraining and rollback (admin, token only; the
household server serves these three alone: ``add_trainer_routes``)."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from aiohttp import web
from pydantic import AfterValidator, Discriminator, Field, RootModel, Strict, Tag

from ..assessment.analysis import ExpressionCollector
from ..assessment.calibration import MIN_PER_CLASS
from ..assessment.trainer import EXPRESSION, EXPRESSION_SAMPLES, IDENTITY_KIND, Trainer
from ..contract import EMOTIONS, Emotion, ErrorCode
from ..interaction import gesture_calibration
from .http import IDENTITY, Body, Id, Refusal, error, personal, read_body, run, validate

TRAINER: web.AppKey[Trainer] = web.AppKey("trainer", Trainer)
COLLECTOR: web.AppKey[ExpressionCollector] = web.AppKey("collector", ExpressionCollector)
GESTURES = gesture_calibration.KIND
KINDS = (IDENTITY_KIND, GESTURES, EXPRESSION)  # what the trainer trains and rolls back


routes = web.RouteTableDef()  # this router's handlers, by their decorators
trainer_routes = web.RouteTableDef()  # the trainer's own: no session, no camera


@routes.get("/api/me/calibration")
@personal
async def calibration_status(request: web.Request, person_id: int) -> web.Response:
    counts = await run(
        request.app[IDENTITY].store.samples.label_counts, person_id, EXPRESSION_SAMPLES
    )
    current = request.app[COLLECTOR].current
    return web.json_response(
        {
            "counts": {e: counts.get(e, 0) for e in EMOTIONS},
            "needed_per_class": MIN_PER_CLASS,
            "collecting": current.as_json() if current and current.person_id == person_id else None,
            "versions": await run(request.app[TRAINER].store.models.history, EXPRESSION, person_id),
        }
    )


class Collect(Body):
    label: Annotated[
        Emotion, Refusal(ErrorCode.BAD_LABEL, f"label must be one of {', '.join(EMOTIONS)}")
    ]
    frames: Annotated[
        int,
        Strict(),
        Field(ge=1, le=1000),
        Refusal(ErrorCode.BAD_FRAMES, "frames must be 1 to 1000"),
    ] = MIN_PER_CLASS


@routes.post("/api/me/calibration/collect")
@personal
async def calibration_collect(request: web.Request, person_id: int) -> web.Response:
    body = await read_body(request, Collect)
    owner = request.app[IDENTITY].session.personal_owner()
    assert owner is not None
    job = request.app[COLLECTOR].start(person_id, owner[1], body.label.value, body.frames)
    return web.json_response(job.as_json(), status=202)


@routes.post("/api/me/calibration/train")
@personal
async def calibration_train(request: web.Request, person_id: int) -> web.Response:
    counts = await run(
        request.app[IDENTITY].store.samples.label_counts, person_id, EXPRESSION_SAMPLES
    )
    short = {e: counts.get(e, 0) for e in EMOTIONS if counts.get(e, 0) < MIN_PER_CLASS}
    if short:
        return error(
            409,
            f"collect {MIN_PER_CLASS} frames of each expression first: {short}",
            ErrorCode.NOT_ENOUGH_FRAMES,
        )
    request.app[TRAINER].train_expression(person_id)
    return web.json_response({"job": f"{EXPRESSION}:{person_id}", "state": "started"}, status=202)


@trainer_routes.get("/api/trainer")
async def trainer_status(request: web.Request) -> web.Response:
    return web.json_response(await run(request.app[TRAINER].status))


class RetrainIdentity(Body):
    kind: ClassVar[str] = IDENTITY_KIND


class RetrainGestures(Body):
    kind: ClassVar[str] = GESTURES


class RetrainExpression(Body):
    kind: ClassVar[str] = EXPRESSION
    person_id: Id


def _retrain_kind(body: Any) -> str | None:
    """Which model reads a retrain body; no ``kind`` is the identity refinement."""
    if isinstance(body, RetrainIdentity | RetrainGestures | RetrainExpression):
        return body.kind
    kind = body.get("kind", IDENTITY_KIND) if isinstance(body, dict) else None
    return kind if isinstance(kind, str) else None


BAD_RETRAIN = Refusal(
    ErrorCode.BAD_KIND,
    f"kind must be {IDENTITY_KIND!r}, {GESTURES!r} or {EXPRESSION!r} with a person_id",
)
RetrainKind = Annotated[
    Annotated[RetrainIdentity, Tag(IDENTITY_KIND)]
    | Annotated[RetrainGestures, Tag(GESTURES)]
    | Annotated[RetrainExpression, Tag(EXPRESSION)],
    Discriminator(_retrain_kind),
    BAD_RETRAIN,
]


class Retrain(RootModel[RetrainIdentity | RetrainGestures | RetrainExpression]):
    """One model per kind: a person_id is read (and must be an id) only for an
    expression head, and ignored for the others, as it always was."""

    root: RetrainKind


@trainer_routes.post("/api/trainer/retrain")
async def trainer_retrain(request: web.Request) -> web.Response:
    """Retrain now: the identity refinement, or one person's expression head."""
    body = await read_body(request, Retrain) if request.can_read_body else validate(Retrain, {})
    trainer = request.app[TRAINER]
    match body.root:
        case RetrainExpression(person_id=person_id):
            counts = await run(trainer.store.samples.label_counts, person_id, EXPRESSION_SAMPLES)
            if any(counts.get(e, 0) < MIN_PER_CLASS for e in EMOTIONS):
                return error(
                    409,
                    "not enough expression frames for that person",
                    ErrorCode.NOT_ENOUGH_FRAMES,
                )
            trainer.train_expression(person_id)
        case RetrainGestures():
            answered = (await run(trainer.store.samples.counts)).get(gesture_calibration.SAMPLES, 0)
            if answered < gesture_calibration.MIN_SAMPLES:
                need = gesture_calibration.MIN_SAMPLES
                return error(
                    409, f"{answered} answered gesture questions, need {need}", ErrorCode.NOT_ENOUGH
                )
            trainer.train_gestures()
        case RetrainIdentity():
            trainer.refine_identity()
    return web.json_response({"kind": body.root.kind, "state": "started"}, status=202)


def _known_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    return kind


class Rollback(Body):
    kind: Annotated[
        str,
        Strict(),
        AfterValidator(_known_kind),
        Refusal(
            ErrorCode.BAD_KIND, f"kind must be {IDENTITY_KIND!r}, {GESTURES!r} or {EXPRESSION!r}"
        ),
    ] = EXPRESSION
    person_id: Annotated[
        Id | None, Refusal(ErrorCode.BAD_PERSON, "person_id must be a person's id or null")
    ] = None


@trainer_routes.post("/api/trainer/rollback")
async def trainer_rollback(request: web.Request) -> web.Response:
    body = await read_body(request, Rollback)
    version = await run(request.app[TRAINER].rollback, body.kind, body.person_id)
    if version is None:
        return error(409, "no earlier promoted version to roll back to", ErrorCode.NO_PREVIOUS)
    return web.json_response({"active": version})


def add_trainer_routes(app: web.Application, trainer: Trainer) -> None:
    app[TRAINER] = trainer
    app.router.add_routes(trainer_routes)


def add_routes(app: web.Application, trainer: Trainer, collector: ExpressionCollector) -> None:
    add_trainer_routes(app, trainer)
    app[COLLECTOR] = collector
    app.router.add_routes(routes)
