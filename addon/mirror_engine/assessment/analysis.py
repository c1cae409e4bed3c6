"""The Assessment worker: age, emotion and anti-spoofing scores of the person
whose session is showing, smoothed over frames, and one history point a
minute for Evolution. Switched by the Assessment feature toggle."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from ..contract import EMOTIONS, EventType, Feature
from ..identity.service import IdentityService
from ..pipeline.frames import Frame
from ..pipeline.workers import Worker, WorkerContext
from ..store import Store
from ..vision.analyze import Assessment, FaceAnalyzer
from .calibration import ExpressionHead
from .trainer import EXPRESSION, EXPRESSION_SAMPLES

COLLECT_INTERVAL = 0.04  # 25 frames a second while collecting an expression
HISTORY_EVERY = 60.0  # seconds between Evolution points of one person
MIN_SAMPLES = 5  # no history point from a first glance
# exponential smoothing per assessment: steady numbers, still quick to follow a
# smile (a smile's weight halves in about 0.4 s at 2.5 assessments a second)
ALPHA = 0.5


@dataclass
class Smoothed:
    """Running averages over one session, so the display does not flicker."""

    session_id: str
    age: float | None = None
    emotions: dict[str, float] = field(default_factory=dict)
    live: float | None = None
    samples: int = 0

    def add(self, a: Assessment) -> None:
        def ema(old: float | None, new: float) -> float:
            return new if old is None else old + ALPHA * (new - old)

        self.age = ema(self.age, a.age)
        self.live = ema(self.live, a.live)
        for label in EMOTIONS:
            self.emotions[label] = ema(self.emotions.get(label), a.emotions[label])
        self.samples += 1

    def as_json(self) -> dict[str, Any]:
        emotion = max(self.emotions, key=lambda k: self.emotions[k])
        return {
            "age": round(self.age or 0.0, 1),
            "emotion": emotion,
            "emotions": {k: round(v, 4) for k, v in self.emotions.items()},
            "live": round(self.live or 0.0, 4),
            "samples": self.samples,
        }


@dataclass
class Collection:
    """Frames being collected for one expression of the session's owner."""

    person_id: int
    session_id: str
    label: str
    wanted: int
    collected: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "label": self.label,
            "collected": self.collected,
            "wanted": self.wanted,
            "done": self.collected >= self.wanted,
        }


class ExpressionCollector:
    """The expression collection in progress; the API starts one, the worker
    fills it (and outlives a worker restart)."""

    def __init__(self) -> None:
        self.current: Collection | None = None

    def start(self, person_id: int, session_id: str, label: str, frames: int) -> Collection:
        self.current = Collection(person_id, session_id, label, frames)
        return self.current


class AnalysisWorker(Worker):
    name = "assessment"
    feature = Feature.ASSESSMENT
    # 2.5 assessments a second are plenty for a display of age and mood: each
    # costs 34 ms at 1280x720, five a second were a sixth of a core
    interval = 0.4

    def __init__(
        self,
        ctx: WorkerContext,
        identity: IdentityService,
        analyzer: FaceAnalyzer,
        collector: ExpressionCollector | None = None,
    ) -> None:
        super().__init__(ctx)
        self.identity = identity
        self.analyzer = analyzer
        self.collector = collector or ExpressionCollector()
        self.smoothed: Smoothed | None = None
        self._last_point: dict[int, float] = {}
        self._heads: dict[int, tuple[int, ExpressionHead]] = {}

    def _head(self, person_id: int) -> ExpressionHead | None:
        store = self.ctx.store
        active = store.models.active(EXPRESSION, person_id) if store else None
        if active is None or active["weights"] is None:
            self._heads.pop(person_id, None)
            return None
        cached = self._heads.get(person_id)
        if cached is None or cached[0] != active["id"]:
            cached = (active["id"], ExpressionHead(active["weights"]))
            self._heads[person_id] = cached
        return cached[1]

    def _collect(self, person_id: int, session_id: str, raw: Assessment) -> None:
        job = self.collector.current
        if job is None:
            return
        if job.person_id != person_id or job.session_id != session_id:
            self.collector.current = None  # the session changed: stop collecting
            return
        store = self.ctx.store
        if store is not None:
            store.samples.add(
                person_id=person_id,
                kind=EXPRESSION_SAMPLES,
                embedding=raw.features,
                confidence=None,
                face_jpeg=None,
                label=job.label,
            )
        job.collected += 1
        if job.collected % 10 == 0 or job.collected >= job.wanted:
            self.ctx.bus.publish(EventType.CALIBRATION, **job.as_json())
        if job.collected >= job.wanted:
            self.collector.current = None

    def process(self, frame: Frame) -> None:
        # 20-30 frames a second while collecting an expression, else a relaxed rate
        self.interval = COLLECT_INTERVAL if self.collector.current else type(self).interval
        owner = self.identity.session.owner_face()
        if owner is None:
            self.smoothed = None
            return
        person_id, session_id, box = owner
        raw = self.analyzer.analyze(frame.image, box)
        self._collect(person_id, session_id, raw)
        head = self._head(person_id)
        if head is not None:  # this person's own, promoted expression model
            raw = FaceAnalyzer.with_emotions(raw, head.probabilities(raw.features)[0])
        if self.smoothed is None or self.smoothed.session_id != session_id:
            self.smoothed = Smoothed(session_id)
        self.smoothed.add(raw)
        smooth = self.smoothed.as_json()
        self.ctx.bus.publish(
            EventType.ASSESSMENT,
            **frame.ref(),
            session_id=session_id,
            person_id=person_id,
            box=box.as_json(),
            smoothed=smooth,
            raw=raw.as_json(),
        )
        now = time.monotonic()
        due = now - self._last_point.get(person_id, -HISTORY_EVERY) >= HISTORY_EVERY
        if due and self.smoothed.samples >= MIN_SAMPLES:
            self._last_point[person_id] = now
            store: Store | None = self.ctx.store
            if store is not None:
                store.history.add(person_id, "assessment", {**smooth, "age_argmax": raw.age_argmax})
