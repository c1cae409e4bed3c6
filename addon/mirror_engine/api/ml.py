"""The ML tier over HTTP: expression calibration for the session's owner,
and the trainer's status, retraining and rollback (admin, token only)."""

from __future__ import annotations

from aiohttp import web

from ..assessment.analysis import ExpressionCollector
from ..assessment.calibration import MIN_PER_CLASS
from ..assessment.trainer import EXPRESSION, EXPRESSION_SAMPLES, IDENTITY_KIND, Trainer
from ..contract import EMOTIONS, ErrorCode
from ..interaction import gesture_calibration
from .http import IDENTITY, error, is_id, json_object, personal, run

TRAINER: web.AppKey[Trainer] = web.AppKey("trainer", Trainer)
COLLECTOR: web.AppKey[ExpressionCollector] = web.AppKey("collector", ExpressionCollector)
GESTURES = gesture_calibration.KIND


routes = web.RouteTableDef()  # this router's handlers, by their decorators


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


@routes.post("/api/me/calibration/collect")
@personal
async def calibration_collect(request: web.Request, person_id: int) -> web.Response:
    body = await json_object(request)
    label, frames = body.get("label"), body.get("frames", MIN_PER_CLASS)
    if not isinstance(label, str) or label not in EMOTIONS:
        return error(400, f"label must be one of {', '.join(EMOTIONS)}", ErrorCode.BAD_LABEL)
    if not is_id(frames) or not 1 <= frames <= 1000:
        return error(400, "frames must be 1 to 1000", ErrorCode.BAD_FRAMES)
    owner = request.app[IDENTITY].session.personal_owner()
    assert owner is not None
    job = request.app[COLLECTOR].start(person_id, owner[1], label, frames)
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


@routes.get("/api/trainer")
async def trainer_status(request: web.Request) -> web.Response:
    return web.json_response(await run(request.app[TRAINER].status))


@routes.post("/api/trainer/retrain")
async def trainer_retrain(request: web.Request) -> web.Response:
    """Retrain now: the identity refinement, or one person's expression head."""
    body = await json_object(request) if request.can_read_body else {}
    kind = body.get("kind", IDENTITY_KIND)
    trainer = request.app[TRAINER]
    if kind == IDENTITY_KIND:
        trainer.refine_identity()
    elif kind == EXPRESSION and is_id(body.get("person_id")):
        counts = await run(
            trainer.store.samples.label_counts, body["person_id"], EXPRESSION_SAMPLES
        )
        if any(counts.get(e, 0) < MIN_PER_CLASS for e in EMOTIONS):
            return error(
                409, "not enough expression frames for that person", ErrorCode.NOT_ENOUGH_FRAMES
            )
        trainer.train_expression(body["person_id"])
    elif kind == GESTURES:
        answered = (await run(trainer.store.samples.counts)).get(gesture_calibration.SAMPLES, 0)
        if answered < gesture_calibration.MIN_SAMPLES:
            need = gesture_calibration.MIN_SAMPLES
            return error(
                409, f"{answered} answered gesture questions, need {need}", ErrorCode.NOT_ENOUGH
            )
        trainer.train_gestures()
    else:
        return error(
            400,
            f"kind must be {IDENTITY_KIND!r}, {GESTURES!r} or {EXPRESSION!r} with a person_id",
            ErrorCode.BAD_KIND,
        )
    return web.json_response({"kind": kind, "state": "started"}, status=202)


@routes.post("/api/trainer/rollback")
async def trainer_rollback(request: web.Request) -> web.Response:
    body = await json_object(request)
    person_id, kind = body.get("person_id"), body.get("kind", EXPRESSION)
    if not isinstance(kind, str) or kind not in (EXPRESSION, IDENTITY_KIND, GESTURES):
        known = f"{IDENTITY_KIND!r}, {GESTURES!r} or {EXPRESSION!r}"
        return error(400, f"kind must be {known}", ErrorCode.BAD_KIND)
    if person_id is not None and not is_id(person_id):
        return error(400, "person_id must be a person's id or null", ErrorCode.BAD_PERSON)
    version = await run(request.app[TRAINER].rollback, kind, person_id)
    if version is None:
        return error(409, "no earlier promoted version to roll back to", ErrorCode.NO_PREVIOUS)
    return web.json_response({"active": version})


def add_routes(app: web.Application, trainer: Trainer, collector: ExpressionCollector) -> None:
    app[TRAINER] = trainer
    app[COLLECTOR] = collector
    app.router.add_routes(routes)
