"""One way in for every command, whichever modality it came by (touch, voice,
gesture), and the confirmation of the ones understood with low confidence
(source paper 3.5, Fig. 9).

A command at or above its modality's threshold runs at once. One below it
becomes a *pending confirmation*: the panel asks "did you mean ...?" and the
user answers by touch or with a thumbs-up. What the user confirmed, corrected
or rejected is stored as a labelled sample for the trainer.

Engine-side commands (widgets, capture, log out) run here; panel-side ones
(focus, zoom, calibration sheet) are published as ``command`` events that the
panel carries out.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import math
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, TypeGuard

import numpy as np

from ..contract import COMMANDS, ZOOM_DIRECTIONS, CommandName, EventType, Feature, Modality
from ..pipeline.events import EventBus
from ..store import Store

_LOGGER = logging.getLogger(__name__)

MODALITIES = tuple(Modality)
ZOOM = ZOOM_DIRECTIONS
REJECTED = "none"  # the label of a sample the user said was no command at all
CONFIRM_FOR = 15.0  # seconds a confirmation question stays open
MAX_FEATURES = 256  # numbers in a command's evidence.features

CATALOG = COMMANDS  # name -> (runs in the engine?, the argument it needs)


class CommandError(ValueError):
    """A command, its argument or a confirmation answer is not valid."""


class ConfirmationGone(LookupError):
    """The confirmation was answered already, expired, or never existed."""


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    args: dict[str, str] = field(default_factory=dict)
    modality: str = "touch"
    confidence: float = 1.0
    # what the recogniser saw (gesture features, the spoken text): kept with
    # the sample when the user confirms or corrects
    evidence: dict[str, Any] = field(default_factory=dict)
    alternatives: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "args": dict(self.args),
            "modality": self.modality,
            "confidence": round(self.confidence, 4),
        }


def _is_name(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and value in CATALOG


def parse_command(body: dict[str, Any]) -> Command:
    """A Command from JSON, or CommandError naming what is wrong (never another
    error: every field is type-checked before it is used)."""
    name = body.get("name")
    if not _is_name(name):
        shown = repr(name)[:40] if isinstance(name, str | None) else type(name).__name__
        raise CommandError(f"unknown command {shown} (known: {', '.join(CATALOG)})")
    modality = body.get("modality", "touch")
    if not isinstance(modality, str) or modality not in MODALITIES:
        raise CommandError(f"modality must be one of {', '.join(MODALITIES)}")
    confidence = _finite(body.get("confidence", 1.0))
    if confidence is None or not 0.0 <= confidence <= 1.0:
        raise CommandError("confidence must be a number from 0 to 1")
    args = body.get("args") or {}
    if not isinstance(args, dict) or not all(isinstance(v, str) for v in args.values()):
        raise CommandError("args must be an object of strings")
    evidence = body.get("evidence") or {}
    if not isinstance(evidence, dict):
        raise CommandError("evidence must be an object")
    features = evidence.get("features")
    if features is not None and not _is_features(features):
        raise CommandError(f"evidence.features must be a list of 1 to {MAX_FEATURES} numbers")
    alternatives = body.get("alternatives") or []
    if not isinstance(alternatives, list) or not all(_is_name(a) for a in alternatives):
        raise CommandError("alternatives must be a list of command names")
    command = Command(name, dict(args), modality, confidence, evidence, tuple(alternatives))
    _check_args(command)
    return command


def _finite(value: Any) -> float | None:
    """A JSON number as a finite float; None for anything else (bool, nan, 10**400)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def _is_features(value: Any) -> bool:
    """A feature vector (stored as float32 with the sample): finite numbers."""
    return (
        isinstance(value, list)
        and 1 <= len(value) <= MAX_FEATURES
        and all(_finite(v) is not None for v in value)
    )


def _check_args(command: Command) -> None:
    _, needs = CATALOG[CommandName(command.name)]
    if needs == "widget" and command.args.get("widget") not in {f.value for f in Feature}:
        known = ", ".join(f.value for f in Feature)
        raise CommandError(f"{command.name} needs a widget (one of {known})")
    if needs == "direction" and command.args.get("direction") not in ZOOM:
        raise CommandError("zoom needs a direction: in, out or reset")


@dataclass
class Pending:
    id: int
    command: Command
    person_id: int | None
    asked: float
    expires: float

    def as_json(self, now: float) -> dict[str, Any]:
        return {
            "id": self.id,
            **self.command.as_json(),
            "alternatives": list(self.command.alternatives),
            "expires_in": round(max(0.0, self.expires - now), 2),
        }


# (command) -> awaitable result; provided by the engine for engine-side commands
Runner = Callable[[Command], Awaitable[dict[str, Any]]]


class CommandRouter:
    """Thread-safe: gestures arrive from a worker thread, everything else on
    the event loop. Engine-side work always runs on the loop."""

    def __init__(
        self,
        bus: EventBus,
        store: Store,
        thresholds: dict[str, float],
        run: Runner,
        owner: Callable[[], int | None],
    ) -> None:
        self._bus = bus
        self._store = store
        self.thresholds = thresholds
        self._run = run
        self._owner = owner
        self._pending: dict[int, Pending] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    # -- submitting -------------------------------------------------------------
    async def submit(self, command: Command) -> dict[str, Any]:
        """Run the command, or ask for confirmation when it is not sure enough."""
        if command.confidence < self.thresholds.get(command.modality, 0.0):
            return {"status": "confirm", "confirmation": self._ask(command)}
        return {"status": "done", "result": await self._execute(command)}

    def submit_threadsafe(self, command: Command) -> Future[dict[str, Any]] | None:
        """From a worker thread: schedule ``submit`` on the loop."""
        if self._loop is None or self._loop.is_closed():
            return None
        return asyncio.run_coroutine_threadsafe(self.submit(command), self._loop)

    def answer_threadsafe(
        self, pending_id: int, accepted: bool, via: str
    ) -> Future[dict[str, Any]] | None:
        """From a worker thread (a thumbs-up): schedule ``answer`` on the loop."""
        if self._loop is None or self._loop.is_closed():
            return None
        return asyncio.run_coroutine_threadsafe(self.answer(pending_id, accepted, via), self._loop)

    def _ask(self, command: Command) -> dict[str, Any]:
        now = time.monotonic()
        with self._lock:
            self._expire(now)
            pending = Pending(next(self._ids), command, self._owner(), now, now + CONFIRM_FOR)
            self._pending[pending.id] = pending
        question = pending.as_json(now)
        self._bus.publish(EventType.CONFIRM, **question)
        return question

    def _expire(self, now: float) -> None:
        for pid in [p.id for p in self._pending.values() if p.expires <= now]:
            del self._pending[pid]

    def pending(self) -> list[dict[str, Any]]:
        now = time.monotonic()
        with self._lock:
            self._expire(now)
            return [p.as_json(now) for p in self._pending.values()]

    def latest_pending(self) -> int | None:
        """The newest open question (what a thumbs-up answers)."""
        now = time.monotonic()
        with self._lock:
            self._expire(now)
            return max(self._pending, default=None)

    # -- answering --------------------------------------------------------------
    async def answer(
        self, pending_id: int, accepted: bool, via: str, correction: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """Confirm (optionally with a corrected command) or reject a question."""
        if via not in MODALITIES:
            raise CommandError(f"via must be one of {', '.join(MODALITIES)}")
        final: Command | None = None
        with self._lock:
            self._expire(time.monotonic())
            pending = self._pending.get(pending_id)
            if pending is None:
                raise ConfirmationGone(f"no open confirmation {pending_id} (answered or expired)")
            if accepted:
                final = pending.command
                if correction is not None:
                    corrected = parse_command({**pending.command.as_json(), **correction})
                    final = Command(
                        corrected.name,
                        corrected.args,
                        pending.command.modality,
                        pending.command.confidence,
                        pending.command.evidence,
                    )
            del self._pending[pending_id]
        label = final.name if final is not None else REJECTED
        sample_id = await asyncio.to_thread(self._store_sample, pending, label, via)
        outcome = "corrected" if final is not None and correction is not None else None
        outcome = outcome or ("confirmed" if final is not None else "rejected")
        self._bus.publish(
            EventType.CONFIRM_RESULT,
            id=pending_id,
            outcome=outcome,
            name=label,
            via=via,
            sample_id=sample_id,
        )
        result = await self._execute(final) if final is not None else None
        return {"outcome": outcome, "name": label, "sample_id": sample_id, "result": result}

    def _store_sample(self, pending: Pending, label: str, via: str) -> int:
        command = pending.command
        features = command.evidence.get("features")
        vector = None if features is None else np.asarray(features, np.float32)
        detail = {"asked": command.as_json(), "via": via, **command.evidence}
        detail.pop("features", None)
        return self._store.samples.add(
            person_id=pending.person_id,
            kind=f"{command.modality}_command",
            embedding=vector,
            confidence=command.confidence,
            face_jpeg=None,
            label=label,
            detail=json.dumps(detail),
        )

    # -- running ----------------------------------------------------------------
    async def _execute(self, command: Command) -> dict[str, Any]:
        in_engine, _ = CATALOG[CommandName(command.name)]
        result = await self._run(command) if in_engine else {}
        done_by = "engine" if in_engine else "panel"
        self._bus.publish(EventType.COMMAND, **command.as_json(), done_by=done_by)
        return result
