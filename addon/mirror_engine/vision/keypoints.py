"""What the pose and hand models see in one frame: the shared vocabulary of
the keypoint models (vision/pose.py, vision/hands.py) and the gesture
classifier (vision/gestures.py).

Coordinates are camera pixels (not mirrored): x grows to the right of the
image, which is the *user's left* as they face the mirror.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

import numpy as np
from numpy.typing import NDArray


class Body(IntEnum):
    """MoveNet's 17 keypoints (COCO order). left/right are the person's own."""

    NOSE = 0
    LEFT_EYE = 1
    RIGHT_EYE = 2
    LEFT_EAR = 3
    RIGHT_EAR = 4
    LEFT_SHOULDER = 5
    RIGHT_SHOULDER = 6
    LEFT_ELBOW = 7
    RIGHT_ELBOW = 8
    LEFT_WRIST = 9
    RIGHT_WRIST = 10
    LEFT_HIP = 11
    RIGHT_HIP = 12
    LEFT_KNEE = 13
    RIGHT_KNEE = 14
    LEFT_ANKLE = 15
    RIGHT_ANKLE = 16


class HandPoint(IntEnum):
    """The 21 hand landmarks (MediaPipe order, as handlandmark-lite outputs)."""

    WRIST = 0
    THUMB_CMC = 1
    THUMB_MCP = 2
    THUMB_IP = 3
    THUMB_TIP = 4
    INDEX_MCP = 5
    INDEX_PIP = 6
    INDEX_DIP = 7
    INDEX_TIP = 8
    MIDDLE_MCP = 9
    MIDDLE_PIP = 10
    MIDDLE_DIP = 11
    MIDDLE_TIP = 12
    RING_MCP = 13
    RING_PIP = 14
    RING_DIP = 15
    RING_TIP = 16
    PINKY_MCP = 17
    PINKY_PIP = 18
    PINKY_DIP = 19
    PINKY_TIP = 20


@dataclass(frozen=True, slots=True)
class Pose:
    """One person's body keypoints: (17, 3) float32 rows of x, y (pixels), score 0..1."""

    keypoints: NDArray[np.float32]

    def point(self, part: Body) -> NDArray[np.float32]:
        return self.keypoints[part, :2]

    def score(self, part: Body) -> float:
        return float(self.keypoints[part, 2])


@dataclass(frozen=True, slots=True)
class Hand:
    """One hand's landmarks near a body wrist: (21, 3) float32 rows of x, y
    (pixels), z (relative depth, same scale as x); ``score`` is the model's
    hand-presence probability."""

    wrist: Body  # Body.LEFT_WRIST or Body.RIGHT_WRIST: whose hand this is
    landmarks: NDArray[np.float32]
    score: float


@dataclass(frozen=True, slots=True)
class PoseFrame:
    """Everything the gesture classifier gets for one analysed frame."""

    t: float  # seconds, monotonic
    pose: Pose | None
    hands: tuple[Hand, ...] = field(default_factory=tuple)
