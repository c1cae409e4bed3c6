"""Liveness from motion: a photo is flat, a face is not.

A printed photo or a still screen held up to the mirror moves as one plane:
one homography maps its 68 landmarks from frame to frame almost exactly. A
live face does not: eyes blink, the mouth moves, the head turns in 3-D.
Measured on the shared clip (live) and on photos moved like a hand holds them:
the landmark residual after the best homography, over inter-ocular distance,
was 0.06-0.12 live and at most 0.03 for held photos (0 for a still image);
THRESHOLD sits between.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from enum import StrEnum

import cv2
import numpy as np
from numpy.typing import NDArray

from .detect import FaceBox

THRESHOLD = 0.045
MIN_FRAMES = 3
DECIDE_WITHIN = 3.0  # seconds of flat motion before a face is called a photo

Landmarks = NDArray[np.float64]


class Liveness(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    PENDING = "pending"


def non_rigidity(frames: list[Landmarks]) -> float:
    """Median landmark residual after the best homography from the first frame."""
    base = np.asarray(frames[0], np.float32)
    eyes = np.linalg.norm(base[36:42].mean(0) - base[42:48].mean(0))
    residuals = []
    for later in frames[1:]:
        target = np.asarray(later, np.float32)
        found: object = cv2.findHomography(base, target, 0)[0]
        if not isinstance(found, np.ndarray):  # None for degenerate points
            continue
        homography = found
        projected = cv2.perspectiveTransform(base[None], homography)[0]
        residuals.append(float(np.sqrt(np.mean(np.sum((projected - target) ** 2, axis=1)))))
    return float(np.median(residuals)) / max(float(eyes), 1.0) if residuals else 0.0


class FaceMotions:
    """One MotionLiveness per face in view, followed from frame to frame."""

    def __init__(
        self, same: Callable[[FaceBox, FaceBox], bool], threshold: float = THRESHOLD
    ) -> None:
        self._same = same
        self.threshold = threshold  # may change between frames (runtime settings)
        self._tracks: list[tuple[FaceBox, MotionLiveness]] = []

    def update(self, t: float, faces: list[tuple[FaceBox, Landmarks | None]]) -> list[Liveness]:
        tracks, verdicts = [], []
        for box, landmarks in faces:
            match = next((m for b, m in self._tracks if self._same(b, box)), None)
            motion = match or MotionLiveness(self.threshold)
            motion.threshold = self.threshold
            tracks.append((box, motion))
            verdicts.append(Liveness.PENDING if landmarks is None else motion.update(t, landmarks))
        self._tracks = tracks  # faces that left are forgotten
        return verdicts


class MotionLiveness:
    """Follows one face's landmarks until it can say live or photo."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._frames: deque[tuple[float, Landmarks]] = deque()
        self.score = 0.0

    def reset(self) -> None:
        self._frames.clear()
        self.score = 0.0

    def update(self, t: float, landmarks: Landmarks) -> Liveness:
        self._frames.append((t, landmarks))
        while self._frames and t - self._frames[0][0] > DECIDE_WITHIN:
            self._frames.popleft()
        if len(self._frames) < MIN_FRAMES:
            return Liveness.PENDING
        self.score = non_rigidity([lm for _, lm in self._frames])
        if self.score >= self.threshold:
            return Liveness.PASS
        if t - self._frames[0][0] >= DECIDE_WITHIN * 0.9:
            return Liveness.FAIL
        return Liveness.PENDING
