"""The recognition worker: presence, faces, identity -> the session machine.

Per frame it takes: HOG face detection; the body (person) detector only when no
face is found (someone turned away); embeddings only when the session asks
for them (every frame while nobody is identified, every ``reverify_interval``
in a session) or while a live enrolment collects frames.
"""

from __future__ import annotations

import math
from dataclasses import replace

import cv2
import numpy as np

from ..contract import EventType, SessionState
from ..pipeline.frames import Frame
from ..pipeline.workers import Worker, WorkerContext
from ..vision.detect import FaceBox, PersonDetector
from ..vision.identify import Decision, FaceSample, Verdict
from ..vision.liveness import FaceMotions, Liveness
from .service import IdentityService
from .session import Observation, SeenFace, same_face


class RecognitionWorker(Worker):
    name = "recognition"
    stall_after = 5.0
    gated = True  # asleep while nothing moves and nobody is in a session
    # ... but still a whole look every 30 s, should motion miss someone (a look
    # at 1280x720 without a face also runs the body detector: ~0.3 s of CPU)
    idle_look = 30.0
    # In a settled session seven looks of eight search only around the faces
    # seen last (half a face around them: for a face 200 px wide a sixth of
    # the pixels of a whole 1280x720 look); the eighth searches the whole
    # frame (a newcomer joining is seen within 2 s), and so does the first
    # look that misses a face there (someone else in its place: at once).
    WHOLE_LOOK_EVERY = 8
    SETTLED_INTERVAL = 1 / 3  # looks a second in an open session with nothing to decide: 3
    BODY_LOOK_EVERY = 4  # ... of which one looks for bodies while no face is seen
    # Evidence over a face track: a lone face's last looks (one face, boxes that
    # follow each other, embeddings of one person) are decided on together.
    TRACK_LOOKS = 5
    TRACK_GAP = 1.0  # seconds without a look that break the track
    TRACK_SAME = 0.45  # a look this far from the track's mean is someone else

    def __init__(self, ctx: WorkerContext, identity: IdentityService) -> None:
        super().__init__(ctx)
        self.identity = identity
        self._seen: list[FaceBox] = []  # the faces of the last look
        self._near_looks = 0  # looks around them since the last whole look
        self._missing = False  # the last whole look missed a face seen before
        self._looks = 0
        self._body_look = -2  # the last look that looked for bodies
        self._body_count = 0
        self._body_reused = 0  # looks since the body detector last ran

    def _look(self, frame: Frame) -> list[FaceBox]:
        """The faces in view: around the last ones while the session is settled
        (the interval says so) or the liveness gate follows a face, and no
        whole look is due; else everywhere."""
        self._looks += 1
        detector = self.identity.detector
        seen = self._seen
        settled = self.interval > 0
        # A confident match waiting for the liveness gate is followed frame by
        # frame, also around its face: the gate's looks cost a sixth of a
        # whole one each, and they are most of the time to greet
        following = len(seen) == 1 and self.identity.session.awaiting_live(seen) is not None
        if seen and (settled or following) and self._near_looks < self.WHOLE_LOOK_EVERY - 1:
            boxes = detector.detect_near(frame.image, seen)
            self._near_looks += 1
            if len(boxes) >= len(seen):
                self._seen, self._missing = boxes, False
                return boxes
            if self._missing:  # missing since the last whole look (turned away,
                return boxes  # mostly): looked for here until the whole look
        # the whole frame: due, or a face just went missing (moved, or someone
        # else in its place: checked at once)
        self._near_looks = 0
        boxes = detector.detect(frame.image)
        self._missing = len(boxes) < len(seen)
        if boxes or not settled:  # else keep looking where the faces were
            self._seen = boxes
        return boxes

    def _bodies(self, frame: Frame) -> int:
        """Whole bodies (a face turned away), looked for when no face is seen.
        In a settled session, over looks without a face, three looks in four
        keep the count of the one before: the body detector costs as much as
        a whole look (0.12 s at 1280x720), and the session learns someone
        left at most 1 s later, well within its leave timeout."""
        again = self._body_look == self._looks - 1  # the last look saw no face either
        if self.interval > 0 and again and self._body_reused < self.BODY_LOOK_EVERY - 1:
            self._body_reused += 1
        else:
            self._body_reused = 0
            self._body_count = len(self.bodies.detect(frame.image))
        self._body_look = self._looks
        return self._body_count

    def _gate(self, frame: Frame, samples: list[FaceSample], now: float) -> list[Liveness | None]:
        """The liveness gate's verdict per face (None when the gate is off)."""
        mode = self.identity.liveness_mode
        if mode == "motion":
            self.motions.threshold = self.identity.motion_threshold
            return list(self.motions.update(now, [(s.box, s.landmarks) for s in samples]))
        scorer = self.identity.liveness
        if mode == "model" and scorer is not None:
            threshold = self.identity.liveness_threshold
            return [
                Liveness.PASS if scorer(frame.image, s.box) >= threshold else Liveness.FAIL
                for s in samples
            ]
        return [None for _ in samples]

    def setup(self) -> None:
        self.bodies = PersonDetector()
        self.motions = FaceMotions(same_face, self.identity.motion_threshold)
        self._track: list[FaceSample] = []
        self._track_at = -math.inf

    def _decide(self, samples: list[FaceSample], now: float) -> list[tuple[Decision, int | None]]:
        """Each face's decision, and for a lone face the looks it rests on.

        While the session decides (not in an open session, whose re-checks
        must see a new face at once), one face in view is followed as a
        track and decided on its last looks together (each person's distance
        averaged over them, quality-weighted): a member's poor look is
        outweighed by good ones."""
        identity = self.identity
        deciding = identity.session.state is not SessionState.ACTIVE
        if len(samples) != 1 or not deciding:
            self._track = []
            return [(identity.decide(s.embedding), None) for s in samples]
        sample = samples[0]
        track = self._track
        if track:
            mean = np.mean([t.embedding for t in track], axis=0)
            if (
                now - self._track_at > self.TRACK_GAP
                or not same_face(track[-1].box, sample.box)
                or float(np.linalg.norm(sample.embedding - mean)) > self.TRACK_SAME
            ):
                track = []
        track = [*track, sample][-self.TRACK_LOOKS :]
        self._track, self._track_at = track, now
        looks = [(t.embedding, t.quality.score) for t in track]
        # A confident look greets at once, as a single look always did (the
        # time to greet): the track's evidence decides only between the PIN
        # pad and a guest, where a member's poor first looks must not count
        # against them and a stranger's lucky one must not name a member.
        single = identity.decide(sample.embedding)
        if single.verdict is Verdict.KNOWN:
            return [(single, len(looks))]
        return [(identity.decide_track(looks), len(looks))]

    def process(self, frame: Frame) -> None:
        identity = self.identity
        session = identity.session
        now = identity.clock()
        with identity.vision_lock:
            boxes = self._look(frame)
            bodies = 0 if boxes else self._bodies(frame)
            enrolling = identity.live is not None and identity.live.state == "collecting"
            identify = bool(boxes) and (enrolling or session.needs_identity(now, boxes))
            waiting = session.awaiting_live(boxes) if identify and not enrolling else None
            samples: list[FaceSample] = []
            if identify:
                rgb = np.asarray(cv2.cvtColor(frame.image, cv2.COLOR_BGR2RGB), np.uint8)
                if waiting is not None:
                    # Identity is settled for this track; the gate only needs landmarks.
                    landmarks = identity.embedder.landmarks(rgb, boxes)[0]
                else:
                    samples = identity.embedder.embed(rgb, boxes)
        if enrolling:
            identity.feed_live(samples, now)
        faces: tuple[SeenFace, ...]
        if waiting is not None:
            self.motions.threshold = identity.motion_threshold
            verdict = self.motions.update(now, [(boxes[0], landmarks)])[0]
            faces = (replace(waiting, box=boxes[0], live=verdict),)
        elif identify:
            decisions = self._decide(samples, now)
            verdicts = self._gate(frame, samples, now)
            faces = tuple(
                SeenFace(s.box, d, s, v, looks)
                for s, (d, looks), v in zip(samples, decisions, verdicts, strict=True)
            )
        else:
            faces = tuple(SeenFace(b) for b in boxes)
        session.observe(Observation(now, frame.seq, faces, bodies, identified=identify))
        # Every frame while someone waits for a decision (or an enrolment); in a
        # settled session three looks a second keep presence and tracking (a new
        # face in the owner's place forces a check, and full rate, at once).
        settled = session.settled() and not enrolling
        self.interval = self.SETTLED_INTERVAL if settled else 0.0
        self.ctx.bus.publish(
            EventType.FACES,
            **frame.ref(),
            bodies=bodies,
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
