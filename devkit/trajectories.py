"""Synthetic keypoint trajectories for the gesture recogniser (vision/gestures.py).

A synthetic upper body (head, shoulders, elbows from two-link arm IK, wrists,
hips) moves through a keyframed script; each hand's 21 landmarks come from a
hand-shape template (open, thumbs-up, fist, pointing, relaxed, microphone
grip, ...) posed in a hand frame, rotated, scaled and put at the wrist. Speed,
size (shoulder width 60-260 px), frame rate (8-30 fps, jittered, dropped
frames), keypoint noise, low-score frames, missing hands, the hand used and
the position in the image all vary from one trajectory to the next.

Positive kinds produce one gesture each (EXPECTED); negative kinds are
ordinary motion that must produce none.

    python devkit/trajectories.py --out DIR --per-kind 20 --seed 0

writes DIR/<kind>_<n>.npz (see save/load).
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import cast

import numpy as np
from numpy.typing import NDArray

from mirror_engine.vision.gestures import OPEN_HAND, SWIPE_LEFT, SWIPE_RIGHT, THUMBS_UP
from mirror_engine.vision.keypoints import Body, Hand, Pose, PoseFrame

Array = NDArray[np.float64]

IMAGE_W, IMAGE_H = 1280, 720

POSITIVE_KINDS = ("swipe_left", "swipe_right", "open_hand", "thumbs_up")
NEGATIVE_KINDS = (
    "idle",
    "slow_drift",
    "brief_open",
    "wave_vertical",
    "point_up",
    "fist",
    "touch_face",
    "microphone",
    "slow_cross",
)
KINDS = POSITIVE_KINDS + NEGATIVE_KINDS
EXPECTED: dict[str, str | None] = {
    "swipe_left": SWIPE_LEFT,
    "swipe_right": SWIPE_RIGHT,
    "open_hand": OPEN_HAND,
    "thumbs_up": THUMBS_UP,
    **dict.fromkeys(NEGATIVE_KINDS),
}

# -- hand shapes ---------------------------------------------------------------
# Hand frame, in palm lengths (wrist to middle knuckle): b toward the thumb
# side, a along the palm toward the fingers, c out of the palm. Fingers flex
# toward +c.
_MCP_BASE = np.array([[0.33, 0.93, 0.0], [0.1, 1.0, 0.0], [-0.12, 0.95, 0.0], [-0.32, 0.85, 0.0]])
_SPREAD = np.radians([9.0, 0.0, -8.0, -16.0])
_PHALANGES = np.array([[0.42, 0.24, 0.2], [0.47, 0.29, 0.21], [0.44, 0.27, 0.2], [0.34, 0.2, 0.18]])
_THUMB_CMC = np.array([0.2, 0.22, 0.08])
_THUMB_BONES = (0.38, 0.3, 0.25)
_B, _A, _C = np.eye(3)


@dataclass(frozen=True, slots=True)
class Shape:
    """Joint angles (degrees): fingers (index..pinky) x (MCP, PIP, DIP) flexion;
    thumb: metacarpal angle from a toward b, its elevation toward c, the
    phalanges' further abduction toward b, MCP and IP flexion."""

    fingers: tuple[tuple[float, float, float], ...]
    thumb: tuple[float, float, float, float, float]

    def blend(self, other: Shape, w: float) -> Shape:
        f = (1 - w) * np.array(self.fingers) + w * np.array(other.fingers)
        t = (1 - w) * np.array(self.thumb) + w * np.array(other.thumb)
        return Shape(_rows(f), _thumb(t))

    def jittered(self, rng: np.random.Generator, degrees: float) -> Shape:
        f = np.array(self.fingers) + rng.normal(0, degrees, (4, 3))
        t = np.array(self.thumb) + rng.normal(0, degrees, 5)
        return Shape(_rows(np.clip(f, -5, 120)), _thumb(t))


def _rows(f: Array) -> tuple[tuple[float, float, float], ...]:
    return tuple((float(r[0]), float(r[1]), float(r[2])) for r in f)


def _thumb(t: Array) -> tuple[float, float, float, float, float]:
    return (float(t[0]), float(t[1]), float(t[2]), float(t[3]), float(t[4]))


_CURLED = ((95.0, 100.0, 60.0),) * 4
SHAPES: dict[str, Shape] = {
    "open": Shape(((5.0, 5.0, 5.0),) * 4, (45.0, 20.0, 10.0, 5.0, 5.0)),
    "thumbs_up": Shape(_CURLED, (65.0, 15.0, 15.0, 0.0, 5.0)),
    "fist": Shape(_CURLED, (35.0, 35.0, 0.0, 50.0, 55.0)),
    "point": Shape(((5.0, 5.0, 5.0), *_CURLED[1:]), (35.0, 35.0, 0.0, 45.0, 45.0)),
    "relaxed": Shape(
        ((30.0, 45.0, 25.0), (35.0, 50.0, 25.0), (40.0, 55.0, 30.0), (45.0, 60.0, 30.0)),
        (40.0, 25.0, 5.0, 20.0, 25.0),
    ),
    "microphone": Shape(((70.0, 85.0, 45.0),) * 4, (60.0, 20.0, 20.0, 10.0, 25.0)),
    "claw": Shape(((20.0, 70.0, 50.0),) * 4, (40.0, 25.0, 5.0, 25.0, 30.0)),
}


def _unit(v: Array) -> Array:
    return v / np.linalg.norm(v)


def _bend(d: Array, toward: Array, degrees: float) -> Array:
    """Rotate unit vector d toward a direction by an angle."""
    u = toward - (toward @ d) * d
    u = _unit(u)
    r = math.radians(degrees)
    return math.cos(r) * d + math.sin(r) * u


def hand_landmarks(shape: Shape) -> Array:
    """(21, 3) landmarks of a right hand in the hand frame (b, a, c), palm units."""
    points = np.zeros((21, 3))
    alpha, elev, abduct, mcp, ip = (math.radians(x) for x in shape.thumb)
    metacarpal = (
        math.cos(elev) * (math.sin(alpha) * _B + math.cos(alpha) * _A) + math.sin(elev) * _C
    )
    across = _unit(-0.6 * _B + 0.8 * _C)  # the thumb flexes across the palm
    phalanx = _bend(metacarpal, _B, math.degrees(abduct))
    phalanx = _bend(phalanx, across, math.degrees(mcp))
    distal = _bend(phalanx, across, math.degrees(ip))
    points[1] = _THUMB_CMC
    points[2] = points[1] + _THUMB_BONES[0] * metacarpal
    points[3] = points[2] + _THUMB_BONES[1] * phalanx
    points[4] = points[3] + _THUMB_BONES[2] * distal
    for f in range(4):
        straight = math.sin(_SPREAD[f]) * _B + math.cos(_SPREAD[f]) * _A
        row = 5 + 4 * f
        points[row] = _MCP_BASE[f]
        bent = 0.0
        for j in range(3):
            bent += math.radians(shape.fingers[f][j])
            d = math.cos(bent) * straight + math.sin(bent) * _C
            points[row + j + 1] = points[row + j] + _PHALANGES[f][j] * d
    return points


def _rotation(roll: float, yaw: float, pitch: float) -> Array:
    """Hand frame -> camera (x right, y down, z away): a right hand with the palm
    to the camera and fingers up, then pitched, rolled in the image plane and
    turned about the vertical (degrees)."""
    base = np.diag([1.0, -1.0, -1.0])
    r, y, p = (math.radians(a) for a in (roll, yaw, pitch))
    rx = np.array([[1, 0, 0], [0, math.cos(p), -math.sin(p)], [0, math.sin(p), math.cos(p)]])
    rz = np.array([[math.cos(r), -math.sin(r), 0], [math.sin(r), math.cos(r), 0], [0, 0, 1]])
    ry = np.array([[math.cos(y), 0, math.sin(y)], [0, 1, 0], [-math.sin(y), 0, math.cos(y)]])
    return np.asarray(ry @ rz @ rx @ base, np.float64)


@lru_cache(maxsize=512)
def posed_hand(shape: Shape, orient: tuple[float, float, float], left: bool) -> Array:
    """Landmarks relative to the wrist in camera axes, palm units (read-only:
    cached for held shapes). A left hand is the mirror image of a right one."""
    points = hand_landmarks(shape) @ _rotation(*orient).T
    if left:
        points[:, 0] *= -1
    points.flags.writeable = False
    return points


# Orientations (roll, yaw, pitch), degrees.
FINGERS_UP = (0.0, 0.0, 0.0)
THUMB_UP = (-90.0, 60.0, 0.0)
HANGING = (180.0, 80.0, 0.0)

# -- scripts -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Key:
    """Where one hand is at time t (body units: shoulder widths from the
    shoulder midpoint, image axes), its shape and orientation. Between keys the
    wrist moves on a minimum-jerk profile; ``arc`` bows the segment ending here
    vertically."""

    t: float
    u: float
    v: float
    shape: Shape
    orient: tuple[float, float, float]
    arc: float = 0.0
    ease: bool = True  # minimum jerk into this key; else constant speed


@dataclass(frozen=True, slots=True)
class Oscillation:
    """A sinusoidal wrist motion between t0 and t1 (waving, scratching)."""

    t0: float
    t1: float
    du: float
    dv: float
    hz: float


@dataclass(slots=True)
class HandScript:
    keys: list[Key]
    oscillations: list[Oscillation] = field(default_factory=list)
    tremor: float = 0.01  # body units
    presence: float = 0.95  # chance the hand model finds the hand in a frame

    def at(self, t: float) -> tuple[float, float, Shape, tuple[float, float, float]]:
        keys = self.keys
        if t <= keys[0].t:
            k = keys[0]
            return k.u, k.v, k.shape, k.orient
        for a, b in itertools.pairwise(keys):
            if t < b.t:
                x = (t - a.t) / (b.t - a.t)
                s = _min_jerk(x) if b.ease else x
                u = a.u + s * (b.u - a.u)
                v = a.v + s * (b.v - a.v) + b.arc * 4 * s * (1 - s)
                if a.shape == b.shape and a.orient == b.orient:  # held: posed_hand caches it
                    return u, v, a.shape, a.orient
                orient = (
                    a.orient[0] + s * (b.orient[0] - a.orient[0]),
                    a.orient[1] + s * (b.orient[1] - a.orient[1]),
                    a.orient[2] + s * (b.orient[2] - a.orient[2]),
                )
                return u, v, a.shape.blend(b.shape, s), orient
        k = keys[-1]
        return k.u, k.v, k.shape, k.orient

    @property
    def end(self) -> float:
        return self.keys[-1].t


def _min_jerk(x: float) -> float:
    x = min(max(x, 0.0), 1.0)
    return x**3 * (10 - 15 * x + 6 * x * x)


@dataclass(slots=True)
class Person:
    """Everything that varies between trajectories but not within one."""

    scale: float  # shoulder width, pixels
    center: tuple[float, float]  # shoulder midpoint, pixels
    fps: float
    drop: float  # chance a frame is dropped
    noise: float  # keypoint jitter, body units
    hand_noise: float  # landmark jitter, palm units
    glitch: float  # chance per frame of a wrist with a low score and a wrong place
    palm: float  # palm length, body units
    upper_arm: float
    forearm: float
    sway: float  # body sway amplitude, body units
    sway_hz: float
    t0: float  # the clock's origin (monotonic seconds)


def _person(rng: np.random.Generator, clean: bool, **over: float | None) -> Person:
    def pick(name: str, lo: float, hi: float) -> float:
        drawn = float(rng.uniform(lo, hi))  # drawn anyway: overrides keep the rest the same
        value = over.get(name)
        return float(value) if value is not None else drawn

    scale = pick("scale", 60, 260)
    return Person(
        scale=scale,
        center=(
            float(rng.uniform(0.3, 0.7) * IMAGE_W),
            float(rng.uniform(0.28, 0.45) * IMAGE_H),
        ),
        fps=pick("fps", 8, 30),
        drop=0.0 if clean else float(rng.uniform(0, 0.1)),
        noise=pick("noise", 0.004, 0.006) if clean else pick("noise", 0.006, 0.025),
        hand_noise=0.01 if clean else float(rng.uniform(0.015, 0.05)),
        glitch=0.0 if clean else float(rng.uniform(0, 0.04)),
        palm=float(rng.uniform(0.26, 0.31)),
        upper_arm=float(rng.uniform(0.78, 0.88)),
        forearm=float(rng.uniform(0.68, 0.78)),
        sway=float(rng.uniform(0.01, 0.05)),
        sway_hz=float(rng.uniform(0.15, 0.5)),
        t0=float(rng.uniform(0, 1000)),
    )


def _rest(side: float, rng: np.random.Generator) -> tuple[float, float]:
    return side * float(rng.uniform(0.5, 0.62)), float(rng.uniform(1.35, 1.5))


def _resting(side: float, t: float, rng: np.random.Generator) -> HandScript:
    u, v = _rest(side, rng)
    return HandScript(
        [Key(0.0, u, v, SHAPES["relaxed"], HANGING), Key(t, u, v, SHAPES["relaxed"], HANGING)],
        presence=float(rng.uniform(0.5, 0.95)),
    )


def _there_and_back(
    side: float,
    target: tuple[float, float],
    shape: Shape,
    orient: tuple[float, float, float],
    hold: float,
    rng: np.random.Generator,
    tremor: float = 0.015,
) -> HandScript:
    """Rest, raise to a target (shaping the hand on the way), hold, lower, rest."""
    ru, rv = _rest(side, rng)
    relaxed, rest = SHAPES["relaxed"], HANGING
    t = float(rng.uniform(0.4, 1.0))
    rise = float(rng.uniform(0.5, 0.9))
    lower = float(rng.uniform(0.5, 0.9))
    keys = [
        Key(0.0, ru, rv, relaxed, rest),
        Key(t, ru, rv, relaxed, rest),
        Key(t + rise, *target, shape, orient),
        Key(t + rise + hold, *target, shape, orient),
        Key(t + rise + hold + lower, ru, rv, relaxed, rest),
        Key(t + rise + hold + lower + float(rng.uniform(0.4, 0.8)), ru, rv, relaxed, rest),
    ]
    return HandScript(keys, tremor=tremor)


def _orient_jitter(
    base: tuple[float, float, float], rng: np.random.Generator, deg: float
) -> tuple[float, float, float]:
    r, y, p = rng.normal(0, deg, 3)
    return base[0] + float(r), base[1] + float(y), base[2] + float(p)


def _swipe(direction: float, side: float, rng: np.random.Generator, var: Variation) -> HandScript:
    """Raise the hand, swipe it across the body, maybe stroke it back, lower it."""
    clean = var.clean
    amp = var.amplitude or float(rng.uniform(0.9, 2.4))
    dur = var.duration or float(rng.uniform(0.22, 0.7))
    back = var.return_stroke if var.return_stroke is not None else bool(rng.random() < 0.5)
    mid = side * float(rng.uniform(0.0, 0.45)) + float(rng.normal(0, 0.1))
    height = float(rng.uniform(-0.3, 0.7))
    slope = 0.0 if clean else float(rng.uniform(-0.15, 0.15)) * amp
    arc = 0.0 if clean else float(rng.uniform(-0.12, 0.12)) * amp
    start = (mid - direction * amp / 2, height)
    end = (mid + direction * amp / 2, height + slope)
    shape = SHAPES["open"] if clean or rng.random() < 0.6 else SHAPES["relaxed"]
    shape = shape.jittered(rng, 0 if clean else 6)
    # the palm leads the way: turned toward where the hand goes
    orient = _orient_jitter((0.0, -direction * side * 60.0, 0.0), rng, 0 if clean else 15)
    ru, rv = _rest(side, rng)
    relaxed = SHAPES["relaxed"]
    t = float(rng.uniform(0.3, 1.0))
    keys = [Key(0.0, ru, rv, relaxed, HANGING), Key(t, ru, rv, relaxed, HANGING)]
    t += float(rng.uniform(0.6, 1.0))
    keys.append(Key(t, *start, shape, orient))
    t += float(rng.uniform(0.05, 0.35))
    keys.append(Key(t, *start, shape, orient))
    t += dur
    keys.append(Key(t, *end, shape, orient, arc=arc))
    t += float(rng.uniform(0.1, 0.5))
    keys.append(Key(t, *end, shape, orient))
    if back:  # the return stroke, about as fast as the swipe
        t += dur * float(rng.uniform(0.9, 1.8))
        ret = (end[0] - direction * amp * float(rng.uniform(0.6, 1.0)), end[1])
        keys.append(Key(t, *ret, shape, orient, arc=-arc))
        t += float(rng.uniform(0.1, 0.4))
        keys.append(Key(t, *ret, shape, orient))
    t += float(rng.uniform(0.6, 1.0))
    keys.append(Key(t, ru, rv, relaxed, HANGING))
    t += float(rng.uniform(0.4, 0.8))
    keys.append(Key(t, ru, rv, relaxed, HANGING))
    return HandScript(keys, tremor=0.01, presence=0.9 if clean else float(rng.uniform(0.6, 0.95)))


@dataclass(frozen=True, slots=True)
class Variation:
    """What a caller fixed; None is drawn at random."""

    clean: bool = False
    duration: float | None = None
    amplitude: float | None = None
    hold: float | None = None
    return_stroke: bool | None = None
    curl: float | None = None

    @property
    def jitter(self) -> float:
        """Joint-angle jitter of hand shapes, degrees."""
        return 0.0 if self.clean else 6.0


Scripter = Callable[[float, np.random.Generator, Variation], HandScript]


def _swipe_left(side: float, rng: np.random.Generator, var: Variation) -> HandScript:
    return _swipe(1.0, side, rng, var)  # image x grows


def _swipe_right(side: float, rng: np.random.Generator, var: Variation) -> HandScript:
    return _swipe(-1.0, side, rng, var)


def _open_hand(side: float, rng: np.random.Generator, var: Variation) -> HandScript:
    return _raised_open(side, rng, var, var.hold or float(rng.uniform(1.4, 3.0)))


def _brief_open(side: float, rng: np.random.Generator, var: Variation) -> HandScript:
    return _raised_open(side, rng, var, var.hold or float(rng.uniform(0.15, 0.6)))


def _raised_open(side: float, rng: np.random.Generator, var: Variation, hold: float) -> HandScript:
    target = (side * float(rng.uniform(0.5, 0.95)), float(rng.uniform(-0.9, -0.1)))
    orient = _orient_jitter(FINGERS_UP, rng, 0 if var.clean else 15)
    shape = SHAPES["open"].jittered(rng, var.jitter)
    return _there_and_back(side, target, shape, orient, hold, rng)


def _thumbs_up(side: float, rng: np.random.Generator, var: Variation) -> HandScript:
    target = (side * float(rng.uniform(0.15, 0.8)), float(rng.uniform(0.2, 0.8)))
    hold = var.hold or float(rng.uniform(0.8, 2.0))
    yaw = float(rng.uniform(30, 90)) * (1 if rng.random() < 0.8 else -1)
    orient = _orient_jitter((-90.0, yaw, 0.0), rng, 0 if var.clean else 12)
    shape = SHAPES["thumbs_up"]
    if var.curl is not None:  # 1 = fully curled fingers, 0 = open
        shape = SHAPES["open"].blend(shape, var.curl)
    return _there_and_back(side, target, shape.jittered(rng, var.jitter), orient, hold, rng)


def _idle(side: float, rng: np.random.Generator, var: Variation) -> HandScript:
    return _resting(side, float(rng.uniform(3, 6)), rng)


def _slow_drift(side: float, rng: np.random.Generator, var: Variation) -> HandScript:
    ru, rv = _rest(side, rng)
    hand = SHAPES[str(rng.choice(["relaxed", "fist", "point", "open"]))].jittered(rng, var.jitter)
    orient = _orient_jitter((0.0, 0.0, 70.0), rng, 10)  # fingers toward the camera
    t, u, v = float(rng.uniform(0.3, 1.0)), side * 0.3, float(rng.uniform(0.0, 0.8))
    keys = [Key(0, ru, rv, SHAPES["relaxed"], HANGING), Key(t, ru, rv, SHAPES["relaxed"], HANGING)]
    t += float(rng.uniform(1.2, 2.0))
    keys.append(Key(t, u, v, hand, orient))
    for _ in range(int(rng.integers(1, 4))):  # drifting on, no stops
        du = float(rng.uniform(0.3, 1.2)) * float(rng.choice([-1.0, 1.0]))
        t += abs(du) / float(rng.uniform(0.25, 0.6))
        u += du
        keys.append(Key(t, u, v + float(rng.normal(0, 0.1)), hand, orient, ease=False))
    t += float(rng.uniform(1.0, 1.6))
    keys.append(Key(t, ru, rv, SHAPES["relaxed"], HANGING))
    return HandScript(keys)


def _wave_vertical(side: float, rng: np.random.Generator, var: Variation) -> HandScript:
    target = (side * float(rng.uniform(0.4, 0.9)), float(rng.uniform(-0.8, 0.2)))
    hold = float(rng.uniform(1.5, 3.0))
    orient = _orient_jitter(FINGERS_UP, rng, 15)
    hand = SHAPES["open" if rng.random() < 0.6 else "relaxed"].jittered(rng, var.jitter)
    script = _there_and_back(side, target, hand, orient, hold, rng)
    start = script.keys[2].t - 0.1
    amp = float(rng.uniform(0.12, 0.35))  # half the peak-to-peak travel
    hz = float(rng.uniform(1.5, 3.0))
    script.oscillations.append(Oscillation(start, start + hold + 0.2, 0.0, amp, hz))
    return script


def _point_up(side: float, rng: np.random.Generator, var: Variation) -> HandScript:
    target = (side * float(rng.uniform(0.2, 0.9)), float(rng.uniform(-1.0, 0.2)))
    orient = _orient_jitter((0.0, float(rng.uniform(-60, 60)), 0.0), rng, 12)
    hand = SHAPES["point"].jittered(rng, var.jitter)
    return _there_and_back(side, target, hand, orient, float(rng.uniform(1.0, 3.0)), rng)


def _fist(side: float, rng: np.random.Generator, var: Variation) -> HandScript:
    target = (side * float(rng.uniform(0.1, 0.9)), float(rng.uniform(-0.8, 0.6)))
    orient = _orient_jitter(THUMB_UP if rng.random() < 0.5 else FINGERS_UP, rng, 20)
    hand = SHAPES["fist"].jittered(rng, var.jitter)
    return _there_and_back(side, target, hand, orient, float(rng.uniform(1.0, 3.0)), rng)


def _touch_face(side: float, rng: np.random.Generator, var: Variation) -> HandScript:
    spot = [(0.12, -0.4), (0.15, -0.55), (0.1, -1.0), (0.3, -0.85)][int(rng.integers(0, 4))]
    target = (side * spot[0], spot[1])  # chin, cheek, top of the head, temple
    hand = SHAPES[str(rng.choice(["relaxed", "claw", "point", "open"]))].jittered(rng, var.jitter)
    orient = _orient_jitter((0.0, 180.0, 0.0), rng, 25)  # the palm toward the face
    script = _there_and_back(side, target, hand, orient, float(rng.uniform(1.0, 2.5)), rng)
    if rng.random() < 0.6:  # scratching
        hz = float(rng.uniform(2, 4))
        script.oscillations.append(Oscillation(script.keys[2].t, script.keys[3].t, 0.04, 0.03, hz))
    return script


def _microphone(side: float, rng: np.random.Generator, var: Variation) -> HandScript:
    """The microphone hand; the other one gestures slowly (_other_hand)."""
    target = (side * float(rng.uniform(0.02, 0.12)), float(rng.uniform(-0.42, -0.3)))
    orient = _orient_jitter(THUMB_UP, rng, 12)
    hold = float(rng.uniform(2.5, 4.0))
    hand = SHAPES["microphone"].jittered(rng, var.jitter)
    script = _there_and_back(side, target, hand, orient, hold, rng)
    script.oscillations.append(Oscillation(0, script.end, 0.03, 0.03, float(rng.uniform(0.3, 1))))
    return script


def _slow_cross(side: float, rng: np.random.Generator, var: Variation) -> HandScript:
    ru, rv = _rest(side, rng)
    v = float(rng.uniform(0.0, 0.8))
    amp = float(rng.uniform(1.0, 2.2))
    start, end = side * 0.6, side * 0.6 - side * amp
    hand = SHAPES[str(rng.choice(["relaxed", "open", "fist"]))].jittered(rng, var.jitter)
    # the forearm leads across the body: fingers point the way it goes
    across = _orient_jitter((80.0, 0.0, 0.0), rng, 15)  # (mirrored for a left hand)
    t = float(rng.uniform(0.3, 0.8))
    keys = [Key(0, ru, rv, SHAPES["relaxed"], HANGING), Key(t, ru, rv, SHAPES["relaxed"], HANGING)]
    t += float(rng.uniform(1.0, 1.5))
    keys.append(Key(t, start, v, hand, across))
    t += float(rng.uniform(0.1, 0.4))
    keys.append(Key(t, start, v, hand, across))
    t += float(rng.uniform(1.3, 2.5))  # at a steady pace
    keys.append(Key(t, end, v + float(rng.normal(0, 0.1)), hand, across, ease=False))
    t += float(rng.uniform(0.2, 0.6))
    keys.append(Key(t, end, v, hand, across))
    t += float(rng.uniform(1.2, 1.8))
    keys.append(Key(t, ru, rv, SHAPES["relaxed"], HANGING))
    return HandScript(keys)


SCRIPTS: dict[str, Scripter] = {
    "swipe_left": _swipe_left,
    "swipe_right": _swipe_right,
    "open_hand": _open_hand,
    "thumbs_up": _thumbs_up,
    "idle": _idle,
    "slow_drift": _slow_drift,
    "brief_open": _brief_open,
    "wave_vertical": _wave_vertical,
    "point_up": _point_up,
    "fist": _fist,
    "touch_face": _touch_face,
    "microphone": _microphone,
    "slow_cross": _slow_cross,
}


def _other_hand(kind: str, side: float, end: float, rng: np.random.Generator) -> HandScript:
    """The hand that does not gesture: resting, or (microphone) gesturing slowly."""
    if kind != "microphone":
        return _resting(side, end, rng)
    ru, rv = _rest(side, rng)
    relaxed = SHAPES["relaxed"]
    keys = [Key(0, ru, rv, relaxed, HANGING), Key(0.3, ru, rv, relaxed, HANGING)]
    t, u, v = 0.3, ru, rv
    while t < end - 1.5:  # wandering on at a slow, steady pace: palm up, fingers forward
        nu, nv = side * float(rng.uniform(0.2, 1.1)), float(rng.uniform(0.0, 1.0))
        if math.hypot(nu - u, nv - v) < 0.4:
            continue
        raising = len(keys) == 2  # the first move is the raise from rest, the rest wanders
        pace = float(rng.uniform(0.7, 1.1)) if raising else float(rng.uniform(0.3, 0.7))
        t += pace if raising else math.hypot(nu - u, nv - v) / pace
        u, v = nu, nv
        hand = SHAPES[str(rng.choice(["relaxed", "open", "point"]))].jittered(rng, 8)
        orient = _orient_jitter((0.0, 0.0, 70.0), rng, 12)
        keys.append(Key(t, u, v, hand, orient, ease=raising))
    keys.append(Key(max(t, end - 1.0) + 1.0, ru, rv, relaxed, HANGING))
    return HandScript(keys)


# -- rendering -----------------------------------------------------------------

# Body keypoints in body units (shoulder midpoint origin, image axes); the
# person's left is +x.
_FIXED = {
    Body.NOSE: (0.0, -0.55),
    Body.LEFT_EYE: (0.1, -0.65),
    Body.RIGHT_EYE: (-0.1, -0.65),
    Body.LEFT_EAR: (0.24, -0.6),
    Body.RIGHT_EAR: (-0.24, -0.6),
    Body.LEFT_SHOULDER: (0.5, 0.0),
    Body.RIGHT_SHOULDER: (-0.5, 0.0),
    Body.LEFT_HIP: (0.3, 1.45),
    Body.RIGHT_HIP: (-0.3, 1.45),
    Body.LEFT_KNEE: (0.32, 2.6),
    Body.RIGHT_KNEE: (-0.32, 2.6),
    Body.LEFT_ANKLE: (0.32, 3.7),
    Body.RIGHT_ANKLE: (-0.32, 3.7),
}


def _elbow(shoulder: Array, wrist: Array, upper: float, fore: float) -> Array:
    """The elbow as low as the arm allows (it hangs): the arm may point toward
    the camera, so projected bones can be shorter than the real ones but not
    longer. The lowest point within reach of both shoulder and wrist."""
    down = np.array([0.0, 1.0])
    for candidate, other, reach in (
        (shoulder + upper * down, wrist, fore),
        (wrist + fore * down, shoulder, upper),
    ):
        if np.linalg.norm(candidate - other) <= reach:
            return np.asarray(candidate, np.float64)
    d = float(np.linalg.norm(wrist - shoulder))
    if d >= upper + fore:  # out of reach: a straight arm
        return np.asarray(shoulder + (wrist - shoulder) * upper / (upper + fore), np.float64)
    along = (upper**2 - fore**2 + d**2) / (2 * d)
    h = math.sqrt(max(upper**2 - along**2, 0.0))
    axis = (wrist - shoulder) / d
    base = shoulder + along * axis
    perp = np.array([-axis[1], axis[0]])
    a, b = base + h * perp, base - h * perp
    return np.asarray(a if a[1] >= b[1] else b, np.float64)


@dataclass(frozen=True, slots=True)
class _Noise:
    """All of one trajectory's per-frame randomness, drawn at once (fast)."""

    keypoints: Array  # (n, 17, 2) pixels
    scores: Array  # (n, 17)
    unseen: Array  # (n, 17) scores for points off the image
    blurred: Array  # (n, 2) wrist scores when moving fast
    presence: Array  # (n, 2) uniforms against the hand's presence
    glitch: Array  # (n, 2) uniforms: whether, and which wrist
    glitch_score: Array  # (n,)
    glitch_shift: Array  # (n, 2) pixels
    landmarks: Array  # (n, 2, 21, 3) palm units
    hand_shift: Array  # (n, 2, 2) pixels
    hand_scores: Array  # (n, 2)

    @staticmethod
    def draw(person: Person, n: int, rng: np.random.Generator) -> _Noise:
        palm_px = person.palm * person.scale
        return _Noise(
            keypoints=rng.normal(0, person.noise * person.scale + 0.5, (n, 17, 2)),
            scores=rng.uniform(0.5, 0.95, (n, 17)),
            unseen=rng.uniform(0.02, 0.2, (n, 17)),
            blurred=rng.uniform(0.35, 0.8, (n, 2)),
            presence=rng.random((n, 2)),
            glitch=rng.random((n, 2)),
            glitch_score=rng.uniform(0.05, 0.28, n),
            glitch_shift=rng.normal(0, 0.4 * person.scale, (n, 2)),
            landmarks=rng.normal(0, person.hand_noise, (n, 2, 21, 3)) * np.array([1.0, 1.0, 2.0]),
            hand_shift=rng.normal(0, 0.08 * palm_px, (n, 2, 2)),
            hand_scores=rng.uniform(0.6, 0.99, (n, 2)),
        )


def _times(person: Person, end: float, rng: np.random.Generator) -> Array:
    """Frame times: jittered intervals, some frames dropped."""
    steps = rng.uniform(0.85, 1.15, int(end * person.fps * 1.3) + 4) / person.fps
    t = np.concatenate(([0.0], np.cumsum(steps)))
    keep = rng.random(len(t)) >= person.drop
    keep[0] = True
    return np.asarray(t[keep & (t <= end)], np.float64)


_BASE = np.zeros((17, 2))
for _part, _xy in _FIXED.items():
    _BASE[_part] = _xy


def _render(
    person: Person, scripts: dict[Body, HandScript], rng: np.random.Generator
) -> list[PoseFrame]:
    times = _times(person, max(s.end for s in scripts.values()), rng)
    noise = _Noise.draw(person, len(times), rng)
    tremor_phase = rng.uniform(0, 2 * math.pi, (2, 2))
    tremor_hz = rng.uniform(0.3, 1.5, (2, 2))
    sway_phase = float(rng.uniform(0, 2 * math.pi))
    center = np.array(person.center)
    frames: list[PoseFrame] = []
    previous: dict[Body, tuple[float, Array]] = {}
    for n, t in enumerate(cast(list[float], times.tolist())):
        sway = person.sway * math.sin(2 * math.pi * person.sway_hz * t + sway_phase)
        offset = np.array([sway, 0.3 * sway])
        true = _BASE + offset
        scores = noise.scores[n].copy()
        hands: list[Hand] = []
        for i, (wrist, script) in enumerate(scripts.items()):
            left = wrist == Body.LEFT_WRIST
            u, v, shape, orient = script.at(t)
            for osc in script.oscillations:
                if osc.t0 <= t <= osc.t1:
                    w = math.sin(2 * math.pi * osc.hz * (t - osc.t0))
                    u, v = u + osc.du * w, v + osc.dv * w
            tremor = [
                math.sin(2 * math.pi * tremor_hz[i, k] * t + tremor_phase[i, k]) for k in (0, 1)
            ]
            pos = np.array([u, v]) + offset + script.tremor * np.array(tremor)
            true[wrist] = pos
            shoulder = true[Body.LEFT_SHOULDER if left else Body.RIGHT_SHOULDER]
            elbow = _elbow(shoulder, pos, person.upper_arm, person.forearm)
            true[Body.LEFT_ELBOW if left else Body.RIGHT_ELBOW] = elbow
            before = previous.get(wrist)
            speed = float(np.linalg.norm(pos - before[1])) / (t - before[0]) if before else 0.0
            previous[wrist] = (t, pos)
            if speed > 2.5:  # motion blur: the wrist is less certain
                scores[wrist] = noise.blurred[n, i]
            if noise.presence[n, i] < script.presence * (0.6 if speed > 3.0 else 1.0):
                rel = posed_hand(shape, orient, left) + noise.landmarks[n, i]
                origin = center + person.scale * pos + noise.hand_shift[n, i]
                palm_px = person.palm * person.scale
                landmarks = np.column_stack([origin + palm_px * rel[:, :2], palm_px * rel[:, 2]])
                hands.append(
                    Hand(wrist, landmarks.astype(np.float32), float(noise.hand_scores[n, i]))
                )
        pixels = center + person.scale * true + noise.keypoints[n]
        inside = (
            (pixels[:, 0] >= 0)
            & (pixels[:, 0] < IMAGE_W)
            & (pixels[:, 1] >= 0)
            & (pixels[:, 1] < IMAGE_H)
        )
        scores[~inside] = noise.unseen[n, ~inside]
        if noise.glitch[n, 0] < person.glitch:  # a wrist the model is unsure of, somewhere else
            part = Body.LEFT_WRIST if noise.glitch[n, 1] < 0.5 else Body.RIGHT_WRIST
            scores[part] = noise.glitch_score[n]
            pixels[part] += noise.glitch_shift[n]
        keypoints = np.column_stack([pixels, scores]).astype(np.float32)
        frames.append(PoseFrame(person.t0 + t, Pose(keypoints), tuple(hands)))
    return frames


def generate(
    kind: str,
    rng: np.random.Generator,
    *,
    fps: float | None = None,
    hand: str | None = None,
    scale: float | None = None,
    noise: float | None = None,
    duration: float | None = None,
    amplitude: float | None = None,
    hold: float | None = None,
    return_stroke: bool | None = None,
    curl: float | None = None,
    clean: bool = False,
) -> list[PoseFrame]:
    """One trajectory of ``kind`` (KINDS). Unset variations are drawn from rng:
    fps 8-30; hand "left"/"right" (the person's own); scale = shoulder width in
    pixels (60-260); noise = keypoint jitter in shoulder widths; duration =
    swipe duration (s); amplitude = swipe travel (shoulder widths); hold = how
    long a hand shape is held (s); return_stroke = stroke the hand back after a
    swipe; curl = how curled a thumbs-up's fingers are (1 full, 0 open);
    clean = little noise, canonical sizes and shapes."""
    if kind not in SCRIPTS:
        raise ValueError(f"unknown kind {kind!r}; known: {', '.join(KINDS)}")
    if clean:
        fps = fps if fps is not None else 30.0
        scale = scale if scale is not None else 160.0
        duration = duration if duration is not None else 0.4
        amplitude = amplitude if amplitude is not None else 1.6
        hold = hold if hold is not None else 1.5
    person = _person(rng, clean, fps=fps, scale=scale, noise=noise)
    drawn = str(rng.choice(["left", "right"]))
    side = 1.0 if (hand or drawn) == "left" else -1.0
    var = Variation(clean, duration, amplitude, hold, return_stroke, curl)
    active = SCRIPTS[kind](side, rng, var)
    other = _other_hand(kind, -side, active.end, rng)
    scripts = {
        Body.LEFT_WRIST: active if side > 0 else other,
        Body.RIGHT_WRIST: other if side > 0 else active,
    }
    return _render(person, scripts, rng)


# -- files ---------------------------------------------------------------------


def save(path: Path, frames: list[PoseFrame]) -> None:
    """Arrays: t (n,), pose (n, 17, 3) NaN when absent, hands (n, 2, 21, 3) and
    hand_scores (n, 2) NaN when absent; hand 0 is at the left wrist, 1 the right."""
    n = len(frames)
    pose = np.full((n, 17, 3), np.nan, np.float32)
    hands = np.full((n, 2, 21, 3), np.nan, np.float32)
    scores = np.full((n, 2), np.nan, np.float32)
    for i, frame in enumerate(frames):
        if frame.pose is not None:
            pose[i] = frame.pose.keypoints
        for h in frame.hands:
            j = 0 if h.wrist == Body.LEFT_WRIST else 1
            hands[i, j] = h.landmarks
            scores[i, j] = h.score
    t = np.array([f.t for f in frames])
    np.savez_compressed(path, t=t, pose=pose, hands=hands, hand_scores=scores)


def load(path: Path) -> list[PoseFrame]:
    data = np.load(path)
    frames = []
    for i, t in enumerate(data["t"]):
        kp = data["pose"][i]
        pose = None if np.isnan(kp).all() else Pose(kp.astype(np.float32))
        hands = tuple(
            Hand(wrist, data["hands"][i, j].astype(np.float32), float(data["hand_scores"][i, j]))
            for j, wrist in enumerate((Body.LEFT_WRIST, Body.RIGHT_WRIST))
            if not np.isnan(data["hand_scores"][i, j])
        )
        frames.append(PoseFrame(float(t), pose, hands))
    return frames


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--per-kind", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--kinds", nargs="*", default=list(KINDS), choices=KINDS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(args.seed)
    for kind in args.kinds:
        for n in range(args.per_kind):
            save(args.out / f"{kind}_{n:03d}.npz", generate(kind, rng))
    print(f"{len(args.kinds) * args.per_kind} trajectories in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
