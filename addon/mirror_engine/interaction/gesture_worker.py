"""The gesture worker: body and hand keypoints of the person in front, about
15 times a second, classified into gestures; each gesture is published (Home
Assistant's event entity and device triggers) and handed to the command router
as a command, or, for a thumbs-up, as the answer to an open confirmation.

It runs in its own thread like every worker: a slow model lowers only its
own rate, never the frame loop's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import numpy as np

from ..contract import EventType
from ..models.registry import ModelRegistry
from ..pipeline.frames import Frame
from ..pipeline.workers import Worker, WorkerContext
from ..vision.gestures import Gesture, GestureRecognizer
from ..vision.hands import SEEN, HandLandmarker, raised_arms
from ..vision.keypoints import Hand, Pose, PoseFrame
from ..vision.pose import Box, PoseEstimator
from . import gesture_calibration
from .commands import Command, CommandRouter

_LOGGER = logging.getLogger(__name__)

RATE = 15.0  # analysed frames a second: a 0.2 s swipe still spans 3 of them
# The hand model (10 ms a hand) runs on one analysed frame in three, five
# times a second; in between the hands of its last run are carried along with
# their wrists (a hand shape counts only while it is held still, 0.6 s for a
# thumbs-up; swipes follow the body model's wrists, 15 times a second).
HAND_EVERY = 3
# What each gesture asks for (a swipe to the user's left brings the next
# widget, as on a phone); a thumbs-up answers the open question instead.
GESTURE_COMMANDS = {
    "swipe_left": "next_widget",
    "swipe_right": "previous_widget",
    "open_hand": "toggle_focused",
}
CONFIRM = "thumbs_up"

# the person the gestures belong to: a face box (x0, y0, x1, y1) or None (whoever is central)
FaceRegion = Callable[[], Box | None]
# the active learned confidence {id, weights}, or None (the recogniser's own)
Calibration = Callable[[], dict[str, Any] | None]
RECHECK = 10.0  # seconds between looks for a newly promoted calibration


def body_region(face: Box) -> Box:
    """Around a face: arms' reach to the sides, from above the head to the waist."""
    x0, y0, x1, _ = face
    w = x1 - x0
    return (x0 - 3 * w, y0 - w, x1 + 3 * w, y0 + 6 * w)


def carried(before: Pose, hands: tuple[Hand, ...], now: Pose) -> tuple[Hand, ...]:
    """The hands found on ``before`` moved with their wrists to ``now``; a hand
    whose wrist is not seen in both, or no longer raised, is dropped."""
    raised = {wrist for _, wrist in raised_arms(now)}
    out = []
    for hand in hands:
        w = hand.wrist
        if w not in raised or min(before.score(w), now.score(w)) < SEEN:
            continue
        landmarks = hand.landmarks.copy()
        landmarks[:, :2] += now.point(w) - before.point(w)
        out.append(Hand(w, landmarks, hand.score))
    return tuple(out)


class GestureWorker(Worker):
    name = "gestures"
    interval = 1.0 / RATE
    gated = True  # a gesture needs someone moving in front of the mirror

    def __init__(
        self,
        ctx: WorkerContext,
        registry: ModelRegistry,
        router: CommandRouter | None,
        face: FaceRegion = lambda: None,
        confirm_below: float = 0.75,
        calibration: Calibration = lambda: None,
        session_open: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(ctx)
        self._registry = registry
        self._router = router
        self._face = face
        self._confirm_below = confirm_below
        self._calibration = calibration
        self._session_open = session_open
        self._weights: dict[str, Any] | None = None
        self._checked = -RECHECK
        self.recognizer = GestureRecognizer()
        self._observed = 0
        self._last: tuple[Pose, tuple[Hand, ...]] | None = None  # the hand model's last run

    def setup(self) -> None:
        self._pose = PoseEstimator(self._registry)
        self._hands = HandLandmarker(self._registry)

    def ready(self) -> bool:
        """Gestures drive a session's widgets: none is open while the mirror
        is still deciding who is there, and that decision, which someone
        waits for, gets the CPU (on one core it halves the time to greet)."""
        return self._session_open()

    def observe(self, frame: Frame) -> PoseFrame:
        face = self._face()
        pose = self._pose.estimate(frame.image, body_region(face) if face else None)
        self._observed += 1
        if self._observed % HAND_EVERY and self._last is not None:
            hands = carried(*self._last, pose)
        else:  # the hand model only for hands that could be showing something
            hands = self._hands.hands(frame.image, pose, raised_arms(pose))
            self._last = (pose, hands)
        return PoseFrame(frame.t_mono, pose, hands)

    def process(self, frame: Frame) -> None:
        self.process_observed(self.observe(frame), frame.ref())

    def calibrated(self, gesture: Gesture) -> Gesture:
        """The gesture with the confidence learned from this household's
        answers, once a calibration has been promoted (gesture_calibration)."""
        if gesture.t - self._checked >= RECHECK:
            self._checked = gesture.t
            active = self._calibration()
            self._weights = active["weights"] if active else None
        if self._weights is None or gesture.name == CONFIRM:  # a thumbs-up is never asked
            return gesture
        x = gesture_calibration.design(gesture.name, np.asarray(gesture.features))
        learned = gesture_calibration.predict(self._weights, x)
        return Gesture(gesture.name, learned, gesture.t, gesture.features)

    def process_observed(self, observed: PoseFrame, ref: dict[str, float | int]) -> None:
        for recognised in self.recognizer.update(observed):
            gesture = self.calibrated(recognised)
            self.ctx.bus.publish(
                EventType.GESTURE,
                gesture=gesture.name,
                confidence=round(gesture.confidence, 4),
                **ref,
            )
            self.act(gesture)

    def act(self, gesture: Gesture) -> None:
        if self._router is None:  # gestures are only published
            return
        if gesture.name == CONFIRM:
            pending = self._router.latest_pending()
            # an unsure thumbs-up answers nothing: confirming needs certainty itself
            if pending is not None and gesture.confidence >= self._confirm_below:
                self._router.answer_threadsafe(pending, accepted=True, via="gesture")
            return
        name = GESTURE_COMMANDS.get(gesture.name)
        if name is None:
            return
        others = tuple(c for c in GESTURE_COMMANDS.values() if c != name)
        self._router.submit_threadsafe(
            Command(
                name,
                modality="gesture",
                confidence=gesture.confidence,
                evidence={"gesture": gesture.name, "features": list(gesture.features)},
                alternatives=others,
            )
        )
