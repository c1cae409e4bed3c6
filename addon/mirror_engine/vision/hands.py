"""Hand landmarks with MediaPipe's handlandmark-lite, on crops placed by the
body pose: no separate hand detector. The hand continues the forearm, so the
crop is centred beyond the wrist along elbow->wrist and rotated so that the
forearm points up, the way the landmark model was trained to see hands.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from ..models.registry import ModelRegistry
from ..pipeline.frames import Image
from .keypoints import Body, Hand, Pose

SIZE = 224
MIN_ARM_SCORE = 0.25  # wrist and elbow must both be seen this well
MIN_PRESENCE = 0.5  # the model's own "a hand is in this crop"
AHEAD = 0.45  # crop centre: this many forearm lengths beyond the wrist
SPAN = 1.5  # crop side in forearm lengths
MIN_SPAN = 0.9  # ... in shoulder widths, when the forearm is foreshortened
ARMS = ((Body.LEFT_ELBOW, Body.LEFT_WRIST), (Body.RIGHT_ELBOW, Body.RIGHT_WRIST))
Arm = tuple[Body, Body]
# A hand's shape only counts for a gesture held up to the chest (a thumbs-up
# up to 1.15 shoulder widths below the shoulder line, an open hand higher:
# vision/gestures.py); a wrist further down than this, seen well, is let be.
LOW_WRIST = 1.4
SEEN = 0.3  # keypoint score of a wrist or shoulder that was seen (gestures.MIN_SCORE)


def _shoulder_width(pose: Pose) -> float:
    return float(np.linalg.norm(pose.point(Body.LEFT_SHOULDER) - pose.point(Body.RIGHT_SHOULDER)))


def raised_arms(pose: Pose) -> tuple[Arm, ...]:
    """The arms whose hand could be showing a gesture: all but those whose
    wrist is seen hanging below the chest (with the shoulders seen too).
    Most of the time hands hang or rest, and their landmarks are not needed."""
    shoulders = (Body.LEFT_SHOULDER, Body.RIGHT_SHOULDER)
    width = _shoulder_width(pose)
    if min(pose.score(s) for s in shoulders) < SEEN or width < 1.0:
        return ARMS
    line = (pose.point(Body.LEFT_SHOULDER)[1] + pose.point(Body.RIGHT_SHOULDER)[1]) / 2
    return tuple(
        (elbow, wrist)
        for elbow, wrist in ARMS
        if pose.score(wrist) < SEEN or (pose.point(wrist)[1] - line) / width <= LOW_WRIST
    )


def hand_crop(pose: Pose, elbow: Body, wrist: Body) -> NDArray[np.float64] | None:
    """The 2x3 affine transform from the frame into a 224-pixel hand crop, or
    None when the arm is not seen well enough to place one."""
    if min(pose.score(elbow), pose.score(wrist)) < MIN_ARM_SCORE:
        return None
    forearm = (pose.point(wrist) - pose.point(elbow)).astype(np.float64)
    length = float(np.linalg.norm(forearm))
    shoulders = _shoulder_width(pose)
    if length < 1.0 and shoulders < 1.0:
        return None
    direction = forearm / length if length >= 1.0 else np.array([0.0, -1.0])
    centre = pose.point(wrist) + direction * AHEAD * max(length, 0.5 * shoulders)
    side = max(SPAN * length, MIN_SPAN * shoulders)
    # rotate so that the forearm direction maps to "up" (-y) in the crop
    angle = np.degrees(np.arctan2(direction[0], -direction[1]))
    matrix = cv2.getRotationMatrix2D((float(centre[0]), float(centre[1])), angle, SIZE / side)
    rotation = np.asarray(matrix, np.float64)
    rotation[:, 2] += np.array([SIZE / 2, SIZE / 2]) - centre
    return rotation


class HandLandmarker:
    def __init__(self, registry: ModelRegistry) -> None:
        self._session = registry.session("handlandmark-lite")
        self._input = self._session.get_inputs()[0].name

    def hands(self, image: Image, pose: Pose, arms: tuple[Arm, ...] = ARMS) -> tuple[Hand, ...]:
        """Landmarks of the hands at the ends of the seen forearms (all in one run)."""
        crops: list[NDArray[np.float32]] = []
        placed: list[tuple[Body, NDArray[np.float64]]] = []
        for elbow, wrist in arms:
            transform = hand_crop(pose, elbow, wrist)
            if transform is None:
                continue
            crop = cv2.warpAffine(image, transform, (SIZE, SIZE), flags=cv2.INTER_LINEAR)
            crops.append(cv2.cvtColor(crop, cv2.COLOR_BGR2RGB).astype(np.float32) / 255.0)
            placed.append((wrist, transform))
        if not crops:
            return ()
        landmarks, presence = self._session.run(
            ["Identity", "Identity_1"], {self._input: np.stack(crops)}
        )
        found = []
        for (wrist, transform), points, score in zip(placed, landmarks, presence, strict=True):
            if float(score[0]) < MIN_PRESENCE:
                continue
            found.append(Hand(wrist, _to_frame(points.reshape(21, 3), transform), float(score[0])))
        return tuple(found)


def _to_frame(points: NDArray[np.float32], transform: NDArray[np.float64]) -> NDArray[np.float32]:
    """Crop landmarks (x, y in crop pixels, z) back to frame pixels."""
    inverse = np.asarray(cv2.invertAffineTransform(transform), np.float64)
    xy = points[:, :2] @ inverse[:, :2].T + inverse[:, 2]
    scale = float(np.sqrt(abs(np.linalg.det(inverse[:, :2]))))
    out = np.empty((21, 3), np.float32)
    out[:, :2] = xy
    out[:, 2] = points[:, 2] * scale
    return out
