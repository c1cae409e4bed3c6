"""The recognition worker: presence, faces, identity -> the session machine.

Per frame it takes: HOG face detection; the people detector only when no
face is found (someone turned away); embeddings only when the session asks
for them (every frame while nobody is identified, every ``reverify_interval``
in a session) or while a live enrolment collects frames.
"""

from __future__ import annotations

import cv2
import numpy as np

from .frames import Frame
from .identity import IdentityService
from .session import Observation, SeenFace
from .vision.detect import FaceBox, PersonDetector
from .workers import Worker, WorkerContext


class RecognitionWorker(Worker):
    name = "recognition"
    stall_after = 5.0

    def __init__(self, ctx: WorkerContext, identity: IdentityService) -> None:
        super().__init__(ctx)
        self.identity = identity

    def _live(self, frame: Frame, box: FaceBox) -> float | None:
        """Anti-spoofing score for the liveness gate (only when it is on)."""
        liveness = self.identity.liveness
        if liveness is None or self.identity.session.settings.live_threshold <= 0:
            return None
        return liveness(frame.image, box)

    def setup(self) -> None:
        self.people = PersonDetector()

    def process(self, frame: Frame) -> None:
        identity = self.identity
        session = identity.session
        now = identity.clock()
        with identity.vision_lock:
            boxes = identity.detector.detect(frame.image)
            people = 0 if boxes else len(self.people.detect(frame.image))
            enrolling = identity.live is not None and identity.live.state == "collecting"
            identify = bool(boxes) and (enrolling or session.needs_identity(now, boxes))
            samples = []
            if identify:
                rgb = np.asarray(cv2.cvtColor(frame.image, cv2.COLOR_BGR2RGB), np.uint8)
                samples = identity.embedder.embed(rgb, boxes)
        if enrolling:
            identity.feed_live(samples, now)
        if identify:
            faces = tuple(
                SeenFace(s.box, identity.decide(s.embedding), s, self._live(frame, s.box))
                for s in samples
            )
        else:
            faces = tuple(SeenFace(b) for b in boxes)
        session.observe(Observation(now, frame.seq, faces, people, identified=identify))
        self.ctx.bus.publish(
            "faces",
            **frame.ref(),
            people=people,
            faces=[
                {
                    "box": f.box.as_json(),
                    "decision": f.decision.as_json() if f.decision else None,
                    "name": identity.name(f.decision.person_id)
                    if f.decision
                    and f.decision.verdict == "known"
                    and f.decision.person_id is not None
                    else None,
                }
                for f in faces
            ],
        )
