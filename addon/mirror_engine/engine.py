"""The composition root: builds the engine's parts and wires one data flow.

camera -> CaptureLoop -> FrameBuffer -> StreamPublisher -> stream clients
                                    \\-> Supervisor/workers -> EventBus -> clients
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import secrets
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import API_VERSION, __version__
from .assessment.analysis import AnalysisWorker, ExpressionCollector
from .assessment.trainer import Trainer
from .config import EngineConfig
from .contract import EventType, SessionState
from .identity.recognition import RecognitionWorker
from .identity.service import IdentityService
from .identity.session import SessionError
from .interaction import gesture_calibration
from .interaction.commands import Command, CommandRouter
from .interaction.gesture_worker import GestureWorker
from .models.registry import ModelMissingError, ModelRegistry
from .pipeline.capture import CaptureLoop, Source, make_source
from .pipeline.events import EventBus
from .pipeline.frames import FrameBuffer
from .pipeline.presence import MotionWorker, Presence
from .pipeline.stream import StreamPublisher
from .pipeline.workers import Supervisor, Toggles, WorkerContext, WorkerFactory, load_factory
from .runtime import Runtime
from .store import Capture, Store
from .vision.analyze import FaceAnalyzer

if TYPE_CHECKING:
    from .tier.mirror import MirrorSync

_LOGGER = logging.getLogger(__name__)


class NoFrameError(RuntimeError):
    """The camera has not delivered a frame yet."""


def resolve_engine_id(data_dir: Path) -> str:
    """A stable id for this engine (Home Assistant's unique id for the mirror)."""
    path = data_dir / "engine_id"
    if path.is_file():
        return path.read_text(encoding="utf-8").strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    engine_id = uuid.uuid4().hex
    path.write_text(engine_id, encoding="utf-8")
    return engine_id


def resolve_token(config: EngineConfig) -> str:
    """The configured token, or one generated once and kept in the data folder."""
    if config.token:
        return config.token
    path = Path(config.data_dir) / "token"
    if path.is_file():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(token)
    _LOGGER.info("generated an API token in %s", path)
    return token


class Engine:
    def __init__(
        self,
        config: EngineConfig,
        *,
        workers: Sequence[WorkerFactory] = (),
        source: Source | None = None,
    ) -> None:
        self.config = config
        self._started = False
        self.token = resolve_token(config)
        self.engine_id = resolve_engine_id(Path(config.data_dir))
        self.bus = EventBus()
        self.buffer = FrameBuffer()
        self.store = Store(Path(config.data_dir) / "mirror.db")
        self.toggles = Toggles(self.bus, self.store.settings.get("toggles", {}))
        self.capture = CaptureLoop(
            source
            or make_source(config.source, width=config.width, height=config.height, fps=config.fps),
            self.buffer,
            self.bus,
            rotate=config.rotate,
            # while the room sleeps (nothing moves, nobody's session) every third
            # frame is published; the status tells (source idle, expected_fps)
            idle=lambda: not self.presence.awake(),
        )
        self.publisher = StreamPublisher(self.buffer, config.jpeg_quality)
        factories = list(workers)
        self.identity: IdentityService | None = None
        self.analysis_error: str | None = None
        self.trainer: Trainer | None = None
        self.collector: ExpressionCollector | None = None
        self.runtime: Runtime | None = None
        if config.recognition:
            identity = self.identity = IdentityService(self.store, self.bus, config)
            self.runtime = Runtime(config, self.store, self.bus, identity)
            factories.append(lambda ctx: RecognitionWorker(ctx, identity))
            if config.analysis:
                factories += self._analysis(identity)
        self.household: MirrorSync | None = None  # --role mirror: the household's gallery
        if config.role == "mirror":
            from .tier.mirror import MirrorSync

            self.household = MirrorSync(
                self.store, self.identity, self.bus, config, self.token, self.engine_id
            )
        self.commands = CommandRouter(
            self.bus,
            self.store,
            {"voice": config.voice_confirm_below, "gesture": config.gesture_confirm_below},
            self._run_command,
            self._owner,
        )
        self.gestures_error: str | None = None
        if config.gestures:
            factories += self._gestures()
        # motion first: the detectors sleep while nothing moves and nobody is there
        self.presence = Presence(self._occupied)
        presence = self.presence
        factories.append(lambda ctx: MotionWorker(ctx, presence))
        factories += [load_factory(spec) for spec in config.workers]
        self.supervisor = Supervisor(
            factories, WorkerContext(self.bus, self.store, presence), self.buffer, self.toggles
        )
        self.started_at = time.time()

    def _analysis(self, identity: IdentityService) -> list[WorkerFactory]:
        try:
            analyzer = FaceAnalyzer(
                self._models(), self.config.emotion_model, self.config.age_model
            )
        except ModelMissingError as err:  # the mirror still works, without Assessment
            self.analysis_error = str(err)
            _LOGGER.error("%s", err)
            return []
        identity.liveness = analyzer.live
        # a household's mirror leaves the scheduled retraining to its server
        self.trainer = Trainer(
            self.store,
            self.bus,
            self.config.retrain_hours,
            identity,
            scheduled=self.config.role != "mirror",
        )
        collector = self.collector = ExpressionCollector()
        return [lambda ctx: AnalysisWorker(ctx, identity, analyzer, collector)]

    def _models(self) -> ModelRegistry:
        return ModelRegistry(self.config.models_dir or Path(self.config.data_dir) / "models")

    def _gestures(self) -> list[WorkerFactory]:
        registry = self._models()
        try:  # fail now, with the install command, not in a restarting worker
            for name in ("movenet-lightning", "handlandmark-lite"):
                registry.session(name)
        except ModelMissingError as err:  # the mirror still works, without gestures
            self.gestures_error = str(err)
            _LOGGER.error("gestures are off: %s", err)
            return []
        router, threshold = self.commands, self.config.gesture_confirm_below
        face, models = self._owner_box, self.store.models

        def calibration() -> dict[str, Any] | None:
            return models.active(gesture_calibration.KIND, None)

        return [
            lambda ctx: GestureWorker(
                ctx, registry, router, face, threshold, calibration, self._session_open
            )
        ]

    def _session_open(self) -> bool:
        """A person's or a guest's session is open (or recognition is off)."""
        if self.identity is None:
            return True
        return self.identity.session.state in (SessionState.ACTIVE, SessionState.GUEST)

    def _occupied(self) -> bool:
        """Someone is at the mirror (a session or a decision in progress), or a
        live enrolment waits for a face: the detectors stay awake."""
        identity = self.identity
        if identity is None:
            return False
        enrolling = identity.live is not None and identity.live.state == "collecting"
        return enrolling or identity.session.state is not SessionState.IDLE

    def _owner_box(self) -> tuple[int, int, int, int] | None:
        owner = self.identity.session.owner_face() if self.identity else None
        if owner is None:
            return None
        box = owner[2]
        return (box.left, box.top, box.right, box.bottom)

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._started = True
        self.commands.start(loop)
        self.capture.start()
        self.publisher.start(loop)
        self.supervisor.start()
        if self.trainer is not None:
            self.trainer.start()
        if self.household is not None:
            self.household.start()

    def stop(self) -> None:
        if self._started:  # else no thread to stop (e.g. its port was taken)
            if self.household is not None:
                self.household.stop()
            self.supervisor.stop()
            self.publisher.stop()
            self.capture.stop()
        if self.trainer is not None:
            self.trainer.close()
        if self.identity is not None:
            self.identity.close()
        self.store.close()

    def set_toggles(self, changes: dict[str, Any]) -> dict[str, bool]:
        state = self.toggles.update(changes)
        self.store.settings.set("toggles", state)
        return state

    def _owner(self) -> int | None:
        owner = self.identity.session.personal_owner() if self.identity else None
        return owner[0] if owner else None

    async def _run_command(self, command: Command) -> dict[str, Any]:
        """The engine-side commands (the panel carries out the others)."""
        if command.name in ("show_widget", "hide_widget"):
            on = command.name == "show_widget"
            return {"toggles": self.set_toggles({command.args["widget"]: on})}
        if command.name == "capture":
            return {"capture": (await self.store_capture()).as_json()}
        if command.name == "logout":
            if self.identity is None:
                raise SessionError("recognition is off: there is no session to log out of")
            await asyncio.to_thread(self.identity.session.logout)
            return {}
        if command.name == "not_me":
            if self.identity is None:
                raise SessionError("recognition is off: there is no session to correct")
            session = await asyncio.to_thread(self.identity.not_me)
            return {"ended": session.id}
        raise ValueError(f"{command.name} is not an engine command")

    async def store_capture(self, private_for: int | None = None) -> Capture:
        """Store the current frame as a capture; it outlives restarts. It belongs
        to the person whose session is open (forget takes it); ``private_for``
        makes it that person's own (a diary photo: never listed or announced)."""
        encoded = await self.publisher.snapshot()
        if encoded is None:
            raise NoFrameError("no frame from the camera yet")
        if self.capture.camera_lost():  # not a stale frame kept as if it were now
            raise NoFrameError("the camera is lost: no current frame")
        person_id = private_for if private_for is not None else self._owner()
        capture = await asyncio.to_thread(
            functools.partial(
                self.store.captures.add,
                t_capture=encoded.t_capture,
                t_stored=time.time(),
                frame_seq=encoded.seq,
                width=encoded.width,
                height=encoded.height,
                jpeg=encoded.jpeg,
                person_id=person_id,
                private=private_for is not None,
                keep=self.config.max_captures,
            )
        )
        if private_for is None:
            self.bus.publish(EventType.CAPTURE, **capture.as_json())
        return capture

    def status(self) -> dict[str, Any]:
        return {
            "version": __version__,
            "api_version": API_VERSION,
            "engine_id": self.engine_id,
            "uptime_s": round(time.time() - self.started_at, 1),
            "source": self.capture.status(),
            "stream": self.publisher.status(),
            "workers": self.supervisor.status(),
            "presence": self.presence.status(),
            "toggles": self.toggles.state(),
            "settings": self.runtime.current if self.runtime else None,
            "identity": self._identity_status(),
            "gestures_error": self.gestures_error,
            **({"household": self.household.status()} if self.household else {}),
        }

    def _identity_status(self) -> dict[str, Any] | None:
        if self.identity is None:
            return None
        gallery = self.identity.gallery
        return {
            "persons": gallery.persons,
            "embeddings": len(gallery),
            "session": self.identity.session.state.value,
            "analysis_error": self.analysis_error,
        }
