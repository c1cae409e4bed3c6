"""The shape of one hand from its 21 landmarks: soft (0..1) scores of finger
extension, thumb direction and palm orientation, independent of the hand's
size, from which the gesture recogniser tells an open hand and a thumbs-up."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import cast

from .keypoints import Body, Hand, HandPoint

Point = tuple[float, float]
Vec3 = tuple[float, float, float]

_MCPS = [HandPoint.INDEX_MCP, HandPoint.MIDDLE_MCP, HandPoint.RING_MCP, HandPoint.PINKY_MCP]
_TIPS = [HandPoint.INDEX_TIP, HandPoint.MIDDLE_TIP, HandPoint.RING_TIP, HandPoint.PINKY_TIP]
_PALM = [HandPoint.WRIST, *_MCPS]


def ramp(x: float, lo: float, hi: float) -> float:
    """0 at lo, 1 at hi, linear between (hi < lo ramps down)."""
    return min(max((x - lo) / (hi - lo), 0.0), 1.0)


def _dot(a: Vec3, b: Vec3) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _sub(a: Vec3, b: Vec3) -> Vec3:
    return a[0] - b[0], a[1] - b[1], a[2] - b[2]


def _angle(a: Vec3, b: Vec3) -> float:
    """Degrees between two vectors."""
    cos = _dot(a, b) / (math.sqrt(_dot(a, a) * _dot(b, b)) + 1e-9)
    return math.degrees(math.acos(min(max(cos, -1.0), 1.0)))


def _up(d: Vec3) -> float:
    """Cosine between a vector (image axes) and straight up."""
    return -d[1] / (math.sqrt(_dot(d, d)) + 1e-9)


@dataclass(frozen=True, slots=True)
class HandShape:
    """Soft (0..1) descriptors of one hand's landmarks, independent of its size."""

    extension: tuple[float, float, float, float, float]  # thumb, index, middle, ring, pinky
    thumb_up: float  # the thumb points up in the image
    thumb_clear: float  # the thumb tip stands above the curled fingers
    fingers_curled: float  # all four fingers folded into the palm (a fist)
    fingers_up: float  # wrist -> knuckles points up
    palm_facing: float  # the palm, not the back of the hand, faces the camera
    center: Point  # palm centre, pixels

    @property
    def open_score(self) -> float:
        return min(self.extension) * self.fingers_up * self.palm_facing

    @property
    def thumbs_up_score(self) -> float:
        return self.extension[0] * self.thumb_up * self.thumb_clear * self.fingers_curled

    def values(self) -> list[float]:
        return [
            *self.extension,
            self.thumb_up,
            self.thumb_clear,
            self.fingers_curled,
            self.fingers_up,
            self.palm_facing,
        ]


def hand_shape(hand: Hand) -> HandShape | None:
    """Shape descriptors; None for a collapsed hand. Finger extension compares
    long vectors in 3-D (knuckle->tip against wrist->knuckle, and the tip's
    reach), which landmark jitter barely moves, unlike per-joint angles.
    Directions are judged in the image, except "fingers up", which must not
    count fingers pointing at the camera. (Plain floats: on 21 points numpy's
    per-call overhead dominates.)"""
    p = cast(list[list[float]], hand.landmarks.tolist())
    wx, wy, wz = p[HandPoint.WRIST]
    rel: list[Vec3] = [(x - wx, y - wy, z - wz) for x, y, z in p]
    lengths = [math.sqrt(_dot(rel[m], rel[m])) for m in _MCPS]
    palm = sum(lengths) / 4
    if palm < 2.0:
        return None
    fingers, curled = [], 1.0
    for knuckle, end, length in zip(_MCPS, _TIPS, lengths, strict=True):
        k, f = rel[knuckle], rel[end]
        curl = _angle(k, _sub(f, k))  # ~10 degrees straight, ~150 in a fist
        reach = math.sqrt(_dot(f, f)) / (length + 1e-9)
        fingers.append(ramp(curl, 65.0, 35.0) * ramp(reach, 1.25, 1.55))
        curled = min(curled, ramp(curl, 70.0, 110.0))
    cmc, mcp, tip = rel[HandPoint.THUMB_CMC], rel[HandPoint.THUMB_MCP], rel[HandPoint.THUMB_TIP]
    thumb_curl = _angle(_sub(mcp, cmc), _sub(tip, mcp))
    top = min(q[1] for q in rel[HandPoint.INDEX_MCP :])
    # Seen from the camera, a left hand's palm has its thumb to the image left
    # of the pinky, a right hand's to the right: the sign of index x pinky.
    a, b = rel[HandPoint.INDEX_MCP], rel[HandPoint.PINKY_MCP]
    handed = 1.0 if hand.wrist == Body.LEFT_WRIST else -1.0
    cross = handed * (a[0] * b[1] - a[1] * b[0]) / palm**2
    ks = [rel[m] for m in _MCPS]
    knuckles = (sum(k[0] for k in ks), sum(k[1] for k in ks), sum(k[2] for k in ks))
    center = [sum(p[i][c] for i in _PALM) / len(_PALM) for c in (0, 1)]
    return HandShape(
        extension=(ramp(thumb_curl, 70.0, 40.0), fingers[0], fingers[1], fingers[2], fingers[3]),
        thumb_up=ramp(_up((tip[0] - mcp[0], tip[1] - mcp[1], 0.0)), 0.45, 0.75),
        thumb_clear=ramp((top - tip[1]) / palm, 0.2, 0.45),
        fingers_curled=curled,
        fingers_up=ramp(_up(knuckles), 0.45, 0.75),
        palm_facing=ramp(cross, 0.2, 0.4),
        center=(center[0], center[1]),
    )
