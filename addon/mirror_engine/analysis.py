"""The Assessment worker: age, emotion and anti-spoofing scores of the person
whose session is showing, smoothed over frames, and one history point a
minute for Evolution. Switched by the Assessment feature toggle."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from .frames import Frame
from .identity import IdentityService
from .store import Store
from .vision.analyze import EMOTIONS, Assessment, FaceAnalyzer
from .workers import Feature, Worker, WorkerContext

HISTORY_EVERY = 60.0  # seconds between Evolution points of one person
MIN_SAMPLES = 5  # no history point from a first glance
ALPHA = 0.3  # exponential smoothing: steady numbers, still quick to follow a smile


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


class AnalysisWorker(Worker):
    name = "assessment"
    feature = Feature.ASSESSMENT
    interval = 0.2  # five assessments a second are plenty for a display

    def __init__(
        self, ctx: WorkerContext, identity: IdentityService, analyzer: FaceAnalyzer
    ) -> None:
        super().__init__(ctx)
        self.identity = identity
        self.analyzer = analyzer
        self.smoothed: Smoothed | None = None
        self._last_point: dict[int, float] = {}

    def process(self, frame: Frame) -> None:
        owner = self.identity.session.owner_face()
        if owner is None:
            self.smoothed = None
            return
        person_id, session_id, box = owner
        raw = self.analyzer.analyze(frame.image, box)
        if self.smoothed is None or self.smoothed.session_id != session_id:
            self.smoothed = Smoothed(session_id)
        self.smoothed.add(raw)
        smooth = self.smoothed.as_json()
        self.ctx.bus.publish(
            "assessment",
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
