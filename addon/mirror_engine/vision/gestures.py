"""Gestures from body and hand keypoints: swipes, a raised open hand, a thumbs-up.

Input is one PoseFrame per analysed frame (vision/keypoints.py) at whatever
rate the models manage (8-30 fps, with gaps). Everything is measured in
seconds and in body units (shoulder widths from the shoulder midpoint; palm
lengths for hand shapes), never in frames or pixels, so neither the frame
rate nor the distance to the camera matters.

Swipes: each wrist's track (relative to the shoulders) is resampled on a
30 Hz grid and smoothed; a stroke is a run of same-signed horizontal
velocity, trimmed to where the speed is above a fifth of its peak. Once the
wrist has slowed down, the stroke is scored on travel, the duration of its
core (10% to 90% of the travel), mean speed, horizontality and straightness;
the confidence is the product of those soft scores, so one weak aspect is
enough to ask for confirmation.

Holds (open hand, thumbs-up): each frame's landmarks give soft shape scores
(finger extension, thumb direction, palm toward the camera) times the body
context (hand raised, away from the face); the gesture fires once when the
shape has held, with the hand still, for the hold time.

Conservative by design: it watches people who sing, talk with their hands and
scratch their heads, so it prefers missing a sloppy gesture to firing on
ordinary motion. Hence also: both hands moving at once is no swipe, a hand at
the face is no thumbs-up, a stroke soon after an opposite one is a return (or
the first was a wind-up), and nothing fires within the refractory period.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import ClassVar, cast

import numpy as np
from numpy.typing import NDArray

from .hand_shape import HandShape, hand_shape, ramp
from .keypoints import Body, Hand, PoseFrame

SWIPE_LEFT = "swipe_left"  # toward the user's own left: image x grows
SWIPE_RIGHT = "swipe_right"  # toward the user's own right: image x shrinks
OPEN_HAND = "open_hand"
THUMBS_UP = "thumbs_up"
GESTURES = (SWIPE_LEFT, SWIPE_RIGHT, OPEN_HAND, THUMBS_UP)

FEATURE_NAMES = (
    "hand",  # +1 the person's left hand, -1 the right
    "dx",  # net travel in shoulder widths, image axes (x toward the user's left)
    "dy",
    "duration",  # s: the stroke's core (10% to 90% of the travel), or the hold
    "straightness",  # net travel / path length (0 for holds)
    "mean_speed",  # shoulder widths per second (over the core for swipes)
    "peak_speed",
    "height",  # mean wrist height above the shoulder line, shoulder widths
    "thumb_ext",  # finger extension 0..1, mean over the gesture's frames with landmarks
    "index_ext",
    "middle_ext",
    "ring_ext",
    "pinky_ext",
    "thumb_up",
    "thumb_clear",
    "fingers_curled",
    "fingers_up",
    "palm_facing",
    "hand_seen",  # fraction of the gesture's frames with hand landmarks
    "shape_score",  # mean per-frame score of the held shape (0 for swipes)
)

Vec = NDArray[np.float64]
Point = tuple[float, float]

WRISTS = (Body.LEFT_WRIST, Body.RIGHT_WRIST)
_ELBOWS = {Body.LEFT_WRIST: Body.LEFT_ELBOW, Body.RIGHT_WRIST: Body.RIGHT_ELBOW}
_OTHER = {Body.LEFT_WRIST: Body.RIGHT_WRIST, Body.RIGHT_WRIST: Body.LEFT_WRIST}
_HEAD = ((Body.NOSE,), (Body.LEFT_EYE, Body.RIGHT_EYE), (Body.LEFT_EAR, Body.RIGHT_EAR))

MIN_SCORE = 0.3  # a keypoint below this was not seen
MIN_HAND_SCORE = 0.5
HISTORY = 2.5  # s of wrist track kept
MAX_GAP = 0.4  # s: a longer gap in a wrist's track starts a new track
GRID_DT = 1 / 30
SMOOTH = 0.05  # s, Gaussian sigma on the resampled track
SETTLE = 0.12  # s of slow wrist after a stroke before it is judged
TRIM = 0.2  # a stroke is trimmed to where its speed is above this x its peak
MIN_STROKE = 0.45  # shoulder widths: a smaller horizontal movement is ignored
RUN_SPEED = 0.5  # shoulder widths/s: a stroke is a run of horizontal speed above this
SWIPE_WINDOW = 1.5  # s: a wrist that travelled less than MIN_STROKE in it made no stroke
STILL_WINDOW = 0.5  # s over which a held hand's speed is measured
HEAD_ABOVE_SHOULDERS = 0.55  # nose over the shoulder line, when no head point is seen
FRAME_MIN = 0.35  # a frame's (smoothed) shape score that counts toward a hold
SCORE_WINDOW = 0.3  # s of frames in that smoothing
SHAPE_TOLERANCE = 0.15  # s: a hold survives a bad-shape blip this short
GAP_TOLERANCE = 0.5  # s: ... and missing landmarks this long
RELEASE = 0.5  # s without the shape before a fired hold can fire again
SETTLED = 0.1  # shoulder widths: a hand this close to where it is held has arrived


@dataclass(frozen=True, slots=True)
class Gesture:
    name: str  # one of GESTURES
    confidence: float  # 0..1; the engine asks for confirmation below 0.75
    t: float  # the time of the frame in which it was recognised
    features: list[float]  # len(FEATURE_NAMES), in that order


# -- the body ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Frame:
    """The body's reference in one frame: everything else is measured in it."""

    t: float
    scale: float  # pixels per body unit (shoulder width)
    center: Point  # shoulder midpoint (smoothed), pixels
    head: Point  # body units

    def units(self, x: float, y: float) -> Point:
        return (x - self.center[0]) / self.scale, (y - self.center[1]) / self.scale


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    n = len(ordered)
    return ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2


class _BodyScale:
    """Shoulder width and centre, smoothed over time. Seen in profile the
    shoulders shrink, so the torso length puts a floor under the scale. A
    sudden jump in either (a cut, the model switching to someone else) starts
    a new body: nothing measured on the old one may carry over."""

    WINDOW = 1.0  # s of shoulder widths in the median
    CENTER_TAU = 0.15  # s, the shoulder midpoint's smoothing
    JUMP = 0.5  # body units the shoulder midpoint may move between two frames
    RESIZE = 1.4  # factor the shoulder width may change by at once

    def __init__(self) -> None:
        self._widths: deque[tuple[float, float, float]] = deque()
        self._center: Point | None = None
        self._t = -math.inf
        self.new_body = True  # since the last update: drop what was measured before

    def update(self, t: float, kp: list[list[float]]) -> _Frame | None:
        left, right = kp[Body.LEFT_SHOULDER], kp[Body.RIGHT_SHOULDER]
        while self._widths and self._widths[0][0] < t - self.WINDOW:
            self._widths.popleft()
        self.new_body = False
        if min(left[2], right[2]) >= MIN_SCORE:
            mid = ((left[0] + right[0]) / 2, (left[1] + right[1]) / 2)
            width = math.hypot(left[0] - right[0], left[1] - right[1])
            torso = 0.0
            hl, hr = kp[Body.LEFT_HIP], kp[Body.RIGHT_HIP]
            if min(hl[2], hr[2]) >= MIN_SCORE:
                torso = math.hypot((hl[0] + hr[0]) / 2 - mid[0], (hl[1] + hr[1]) / 2 - mid[1])
            if self._jumped(mid, width):
                self._widths.clear()
                self._center = None
                self.new_body = True
            self._widths.append((t, width, torso))
            if self._center is None:
                self._center = mid
            else:
                k = 1.0 - math.exp(-(t - self._t) / self.CENTER_TAU)
                c = self._center
                self._center = (c[0] + k * (mid[0] - c[0]), c[1] + k * (mid[1] - c[1]))
            self._t = t
        if not self._widths or self._center is None:
            return None
        width = _median([w[1] for w in self._widths])
        scale = max(width, 0.6 * _median([w[2] for w in self._widths]))
        if scale < 10.0:
            return None
        return _Frame(t, scale, self._center, self._head(kp, scale, self._center))

    def _jumped(self, mid: Point, width: float) -> bool:
        if not self._widths or self._center is None:
            return True  # nobody seen for a while: whoever this is, they are new
        known = _median([w[1] for w in self._widths])
        moved = math.dist(mid, self._center) > self.JUMP * known
        return moved or not known / self.RESIZE <= width <= known * self.RESIZE

    @staticmethod
    def _head(kp: list[list[float]], scale: float, center: Point) -> Point:
        for parts in _HEAD:
            seen = [kp[p] for p in parts if kp[p][2] >= MIN_SCORE]
            if seen:
                x = sum(s[0] for s in seen) / len(seen)
                y = sum(s[1] for s in seen) / len(seen)
                return (x - center[0]) / scale, (y - center[1]) / scale
        return 0.0, -HEAD_ABOVE_SHOULDERS


# -- swipe strokes -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stroke:
    """One horizontal movement of a wrist, body units (image axes)."""

    t0: float
    t1: float
    core: float  # s from 10% to 90% of the travel: robust to the frame rate
    du: float
    dv: float
    path: float
    peak: float  # peak horizontal speed
    height: float  # mean v (down is positive)
    u_lo: float
    u_hi: float

    @property
    def speed(self) -> float:
        """Mean speed over the core, body units per second."""
        return 0.8 * self.travel / self.core

    @property
    def travel(self) -> float:
        return abs(self.du)

    @property
    def direction(self) -> int:
        return 1 if self.du > 0 else -1

    @property
    def straightness(self) -> float:
        return math.hypot(self.du, self.dv) / max(self.path, 1e-9)


_SIGMA = SMOOTH / GRID_DT
_RADIUS = math.ceil(3 * _SIGMA)
_KERNEL = np.exp(-0.5 * (np.arange(-_RADIUS, _RADIUS + 1) / _SIGMA) ** 2)
_KERNEL /= _KERNEL.sum()


def _smooth(x: Vec) -> Vec:
    """Gaussian smoothing of a 1-D series, edges held."""
    padded = np.concatenate((np.full(_RADIUS, x[0]), x, np.full(_RADIUS, x[-1])))
    return np.convolve(padded, _KERNEL, mode="valid")


def _core(t: Vec, u: Vec) -> float:
    """Time from 10% to 90% of a monotonic-ish travel (0.52 x a smooth
    movement's whole duration). Unlike where the speed crosses a threshold,
    this barely depends on how coarsely the movement was sampled."""
    progress = (u - u[0]) / (u[-1] - u[0])
    ahead = np.maximum.accumulate(progress)
    t10, t90 = (float(np.interp(q, ahead, t)) for q in (0.1, 0.9))
    return max(t90 - t10, 1e-3)


def strokes(t: Vec, u: Vec, v: Vec, min_speed: float) -> list[Stroke]:
    """Finished horizontal strokes in a wrist track (times t, positions u, v in
    body units): runs of same-signed horizontal velocity above min_speed,
    trimmed to TRIM of their peak. The grid is anchored to absolute time so a
    stroke measures the same on every call."""
    grid = np.arange(math.ceil(t[0] / GRID_DT), math.floor(t[-1] / GRID_DT) + 1) * GRID_DT
    if len(grid) < 8:
        return []
    gu, gv = _smooth(np.interp(grid, t, u)), _smooth(np.interp(grid, t, v))
    vel = np.gradient(gu, GRID_DT)
    moving = np.where(np.abs(vel) >= min_speed, np.sign(vel), 0.0)
    edges = np.flatnonzero(np.diff(moving)) + 1
    starts, ends = np.r_[0, edges], np.r_[edges, len(grid)] - 1
    settled = len(grid) - 1 - max(round(SETTLE / GRID_DT), _RADIUS)
    found = []
    for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
        # skip runs already under way when the track began, or not over yet
        if moving[a] == 0 or a == 0 or b >= settled:
            continue
        speed = np.abs(vel[a : b + 1])
        keep = np.flatnonzero(speed >= TRIM * speed.max())
        i, j = a + int(keep[0]), a + int(keep[-1])
        if j <= i:
            continue
        su, sv = gu[i : j + 1], gv[i : j + 1]
        found.append(
            Stroke(
                t0=float(grid[i]),
                t1=float(grid[j]),
                core=_core(grid[i : j + 1], su),
                du=float(su[-1] - su[0]),
                dv=float(sv[-1] - sv[0]),
                path=float(np.hypot(np.diff(su), np.diff(sv)).sum()),
                peak=float(speed.max()),
                height=float(sv.mean()),
                u_lo=float(su.min()),
                u_hi=float(su.max()),
            )
        )
    return found


# -- one wrist's track ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Sample:
    t: float
    wrist: Point  # body units
    palm: Point  # palm centre (the wrist when no landmarks), body units
    shape: HandShape | None
    scores: dict[str, float]  # hold gesture -> the shape's score in the body's context


def _nothing() -> None:
    pass


def _slope(ts: list[float], xs: list[float]) -> float:
    """Least-squares rate of change."""
    mt, mx = sum(ts) / len(ts), sum(xs) / len(xs)
    num = sum((a - mt) * (b - mx) for a, b in zip(ts, xs, strict=True))
    return num / sum((a - mt) ** 2 for a in ts)


@dataclass(slots=True)
class _Hold:
    """A shape being held by one hand: the current streak of good frames, and
    the latch that keeps one hold to one event."""

    start: float | None = None
    last_ok: float = -math.inf
    # (t, ok, score, palm u, palm v) of the frames with landmarks in the streak
    frames: list[tuple[float, bool, float, float, float]] = field(default_factory=list)
    fired_at: Point | None = None  # the wrist when this hold's event fired
    seen: float = -math.inf  # the last time the fired hold was still there

    def clear(self) -> None:
        self.start, self.frames = None, []

    def advance(self, t: float, ok: bool, seen: bool, began: Callable[[], float]) -> None:
        """Extend the streak with a good frame (starting one when it began), or
        end it after a bad-shape blip longer than SHAPE_TOLERANCE or a gap in
        the landmarks longer than GAP_TOLERANCE."""
        if ok:
            if self.start is None or t - self.last_ok > GAP_TOLERANCE:
                self.clear()
                self.start = began()
            self.last_ok = t
        elif self.start is not None and t - self.last_ok > (
            SHAPE_TOLERANCE if seen else GAP_TOLERANCE
        ):
            self.clear()

    def record(self, t: float, ok: bool, sample: _Sample, hold_time: float, name: str) -> None:
        self.frames.append((t, ok, sample.scores[name], sample.palm[0], sample.palm[1]))
        while self.frames[0][0] < t - hold_time - 0.5:
            self.frames.pop(0)

    def latch(self, wrist: Point, t: float) -> None:
        """This hold's event was emitted: no other until the hand lets go."""
        self.fired_at, self.seen = wrist, t

    def release(self, t: float, sample: _Sample | None, shaped: bool) -> None:
        """Unlatch once the hand has let go of the shape (or left) for RELEASE;
        frames without landmarks count as held while the wrist stays put."""
        if self.fired_at is None:
            return
        unseen_there = (
            sample is not None
            and sample.shape is None
            and math.dist(sample.wrist, self.fired_at) < 0.3
        )
        if shaped or unseen_there:
            self.seen = t
        elif t - self.seen > RELEASE:
            self.fired_at = None


@dataclass(slots=True)
class _LastStroke:
    stroke: Stroke
    confidence: float  # as a swipe
    part_of_gesture: bool  # emitted, a return, or within a refractory period


@dataclass(slots=True)
class _Track:
    samples: deque[_Sample] = field(default_factory=deque)
    judged_until: float = -math.inf  # strokes starting before this were judged
    last_stroke: _LastStroke | None = None
    holds: dict[str, _Hold] = field(
        default_factory=lambda: {OPEN_HAND: _Hold(), THUMBS_UP: _Hold()}
    )

    def add(self, sample: _Sample) -> None:
        if self.samples and sample.t - self.samples[-1].t > MAX_GAP:
            self.samples.clear()
        self.samples.append(sample)
        while self.samples[0].t < sample.t - HISTORY:
            self.samples.popleft()

    def since(self, t0: float) -> list[_Sample]:
        """Samples from t0 on, oldest first."""
        out = []
        for s in reversed(self.samples):
            if s.t < t0:
                break
            out.append(s)
        out.reverse()
        return out

    def between(self, t0: float, t1: float) -> list[_Sample]:
        return [s for s in self.since(t0) if s.t <= t1]

    def speed(self) -> float | None:
        """The hand's speed now (wrist or palm centre, the faster), or None
        when too little of the recent track is there to tell."""
        recent = self.since(self.samples[-1].t - STILL_WINDOW)
        if len(recent) < 2 or recent[-1].t - recent[0].t < 0.1:
            return None
        speeds = [_speed(recent, lambda s: s.wrist)]
        palms = [s for s in recent if s.shape is not None]
        if len(palms) >= 2 and palms[-1].t - palms[0].t >= 0.1:
            speeds.append(_speed(palms, lambda s: s.palm))
        return max(speeds)


def _speed(samples: list[_Sample], where: Callable[[_Sample], Point]) -> float:
    """Least-squares speed of a point through the samples."""
    ts = [s.t for s in samples]
    at = [where(s) for s in samples]
    return math.hypot(_slope(ts, [p[0] for p in at]), _slope(ts, [p[1] for p in at]))


# -- the recogniser ------------------------------------------------------------


class GestureRecognizer:
    """Feed every analysed PoseFrame to update(); it returns the gestures
    recognised in that frame (at most one). Not thread-safe: one per worker."""

    # Travel in shoulder widths, times in seconds, speeds in shoulder widths
    # per second. swipe_max_duration bounds a stroke's core, 10% to 90% of its
    # travel: about half the whole movement (0.6 ~ a 1.15 s swipe);
    # swipe_min_speed is the mean speed over that core; swipe_max_slope is
    # |dy|/|dx|. An opposite stroke starting within return_window of a
    # stroke's end is its return (or the first was a wind-up). still_speed and
    # hold_max_drift bound how much a held hand may move; hold_times is how
    # long an open hand and a thumbs-up are held.
    min_confidence = 0.5
    refractory = 1.0
    swipe_min_travel = 0.6
    swipe_max_duration = 0.6
    swipe_min_speed = 1.2
    swipe_max_slope = 0.55
    swipe_min_straightness = 0.75
    return_window = 1.0
    hold_times: ClassVar[dict[str, float]] = {OPEN_HAND: 1.1, THUMBS_UP: 0.6}
    still_speed = 0.3
    hold_max_drift = 0.2

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self._body = _BodyScale()
        self._tracks = {w: _Track() for w in WRISTS}
        self._last_t = -math.inf
        self._last_event = -math.inf

    def update(self, frame: PoseFrame) -> list[Gesture]:
        if frame.t <= self._last_t or frame.pose is None:
            return []
        self._last_t = frame.t
        kp = cast(list[list[float]], frame.pose.keypoints.tolist())
        body = self._body.update(frame.t, kp)
        if self._body.new_body:
            self._tracks = {w: _Track() for w in WRISTS}
        if body is None:
            return []
        hands: dict[Body, Hand] = {}
        for hand in frame.hands:
            best = hands.get(hand.wrist)
            if hand.score >= MIN_HAND_SCORE and (best is None or hand.score > best.score):
                hands[hand.wrist] = hand
        fresh = {}
        for wrist in WRISTS:
            sample = self._sample(body, kp, wrist, hands.get(wrist))
            if sample is not None:
                self._tracks[wrist].add(sample)
            fresh[wrist] = sample is not None
        # (gesture, what emitting it commits to), at most one emitted
        found: list[tuple[Gesture, Callable[[], None]]] = []
        for wrist in WRISTS:
            if fresh[wrist]:
                found += [(g, _nothing) for g in self._swipes(wrist, frame.t)]
            found += self._holds(wrist, frame.t, fresh[wrist])
        if not found or frame.t < self._last_event + self.refractory:
            return []
        gesture, commit = max(found, key=lambda c: c[0].confidence)
        commit()
        self._last_event = frame.t
        for track in self._tracks.values():  # a stroke just made belongs to this event
            if track.last_stroke is not None:
                track.last_stroke.part_of_gesture = True
        return [gesture]

    def _sample(
        self, body: _Frame, kp: list[list[float]], wrist: Body, hand: Hand | None
    ) -> _Sample | None:
        if kp[wrist][2] >= MIN_SCORE:
            at = body.units(kp[wrist][0], kp[wrist][1])
        elif hand is not None:  # the hand model found the wrist the pose model missed
            at = body.units(float(hand.landmarks[0, 0]), float(hand.landmarks[0, 1]))
        else:
            return None
        shape = hand_shape(hand) if hand is not None else None
        if shape is None:
            return _Sample(body.t, at, at, None, {OPEN_HAND: 0.0, THUMBS_UP: 0.0})
        palm = body.units(*shape.center)
        face = math.hypot(palm[0] - body.head[0], palm[1] - body.head[1])
        elbow = kp[_ELBOWS[wrist]]
        if elbow[2] >= MIN_SCORE:  # the wrist above the elbow, up at the shoulders:
            # a palm shown at the chest while talking is no command
            up = ramp(body.units(elbow[0], elbow[1])[1] - at[1], 0.0, 0.2)
            raised = up * ramp(at[1], 0.35, 0.1)
        else:  # ... or, the elbow unseen, not below the shoulder line
            raised = ramp(at[1], 0.1, -0.1)
        # a thumbs-up is shown in front of the body, not at the mouth (a microphone grip)
        thumbs = shape.thumbs_up_score * ramp(at[1], 1.15, 0.95) * ramp(face, 0.45, 0.65)
        scores = {OPEN_HAND: shape.open_score * raised * ramp(face, 0.3, 0.45), THUMBS_UP: thumbs}
        return _Sample(body.t, at, palm, shape, scores)

    # -- swipes ------------------------------------------------------------

    def _swipes(self, wrist: Body, t: float) -> list[Gesture]:
        track = self._tracks[wrist]
        # a swipe needs travel: skip the analysis while the wrist stays put
        recent = track.since(t - SWIPE_WINDOW)
        us = [s.wrist[0] for s in recent]
        if len(recent) < 3 or max(us) - min(us) < MIN_STROKE:
            return []
        samples = track.samples
        found = []
        for stroke in strokes(
            np.array([s.t for s in samples]),
            np.array([s.wrist[0] for s in samples]),
            np.array([s.wrist[1] for s in samples]),
            RUN_SPEED,
        ):
            if stroke.t0 <= track.judged_until:
                continue
            track.judged_until = stroke.t1
            gesture = self._judge(wrist, stroke, t)
            if gesture is not None:
                found.append(gesture)
        return found

    def _judge(self, wrist: Body, stroke: Stroke, t: float) -> Gesture | None:
        track = self._tracks[wrist]
        if stroke.travel < MIN_STROKE:
            return None  # not a movement worth remembering
        confidence = self._swipe_confidence(wrist, stroke)
        last, track.last_stroke = track.last_stroke, _LastStroke(stroke, confidence, False)
        if (
            last is not None
            and last.stroke.direction != stroke.direction
            and stroke.t0 - last.stroke.t1 <= self.return_window
            and (
                last.part_of_gesture
                # after a near-swipe, its return is no better (a wind-up is weaker)
                or (
                    last.confidence >= 0.5 * self.min_confidence
                    and stroke.travel <= 1.25 * last.stroke.travel
                )
            )
        ):
            track.last_stroke.part_of_gesture = True
            return None
        if t < self._last_event + self.refractory:
            track.last_stroke.part_of_gesture = True
            return None
        if confidence < self.min_confidence:
            return None
        name = SWIPE_LEFT if stroke.direction > 0 else SWIPE_RIGHT
        return Gesture(name, round(confidence, 3), t, self._swipe_features(wrist, stroke))

    def _swipe_confidence(self, wrist: Body, s: Stroke) -> float:
        if (
            s.travel < self.swipe_min_travel
            or not 0.05 <= s.core <= self.swipe_max_duration
            or not -1.3 <= s.height <= 1.05  # between the top of the head and the belly
            or s.u_lo > 0.8
            or s.u_hi < -0.8  # across the body, not off to one side
        ):
            return 0.0
        other = self._tracks[_OTHER[wrist]].between(s.t0 - 0.1, s.t1 + 0.1)
        if other:  # both hands moving at once: spread arms, a clap, a stretch
            us = [o.wrist[0] for o in other]
            if max(us) - min(us) > max(0.45, 0.5 * s.travel):
                return 0.0
        scores = (
            ramp(s.travel, self.swipe_min_travel, self.swipe_min_travel + 0.3),
            ramp(s.core, self.swipe_max_duration, self.swipe_max_duration - 0.25),
            ramp(s.speed, self.swipe_min_speed, self.swipe_min_speed + 0.8),
            ramp(abs(s.dv) / s.travel, self.swipe_max_slope, self.swipe_max_slope - 0.25),
            ramp(s.straightness, self.swipe_min_straightness, self.swipe_min_straightness + 0.15),
        )
        return math.prod(scores)

    def _swipe_features(self, wrist: Body, s: Stroke) -> list[float]:
        during = self._tracks[wrist].between(s.t0, s.t1)
        shapes = [x.shape.values() for x in during if x.shape is not None]
        shape = np.mean(shapes, axis=0).tolist() if shapes else [0.0] * 10
        return [
            1.0 if wrist == Body.LEFT_WRIST else -1.0,
            s.du,
            s.dv,
            s.core,
            s.straightness,
            s.speed,
            s.peak,
            -s.height,
            *shape,
            len(shapes) / max(len(during), 1),
            0.0,
        ]

    # -- holds -------------------------------------------------------------

    def _holds(
        self, wrist: Body, t: float, fresh: bool
    ) -> list[tuple[Gesture, Callable[[], None]]]:
        track = self._tracks[wrist]
        sample = track.samples[-1] if fresh and track.samples[-1].shape is not None else None
        # landmarks jitter from frame to frame: a frame is judged on the recent mean
        recent = [s.scores for s in track.since(t - SCORE_WINDOW) if s.shape is not None]
        shaped = {
            name: sample is not None and _mean([r[name] for r in recent]) >= FRAME_MIN
            for name in self.hold_times
        }
        speed = track.speed() if any(shaped.values()) else None
        still = speed is not None and speed <= self.still_speed
        found: list[tuple[Gesture, Callable[[], None]]] = []
        for name, hold_time in self.hold_times.items():
            hold = track.holds[name]
            hold.release(t, track.samples[-1] if fresh else None, shaped[name])
            ok = shaped[name] and still
            hold.advance(t, ok, sample is not None, partial(self._settled_since, track, name, t))
            if hold.start is None or sample is None:
                continue
            hold.record(t, ok, sample, hold_time, name)
            confidence = self._hold_confidence(hold, hold_time, t) if ok else 0.0
            if confidence >= self.min_confidence and t >= self._last_event + self.refractory:
                features = self._hold_features(wrist, hold, hold_time, t, speed or 0.0)
                gesture = Gesture(name, round(confidence, 3), t, features)
                found.append((gesture, partial(hold.latch, sample.wrist, t)))
        return found

    @staticmethod
    def _settled_since(track: _Track, name: str, t: float) -> float:
        """When a hold first seen still at t began. The speed is a fit over
        STILL_WINDOW, so stillness shows late: back then, the hand was already
        there if it had the shape and was within a small radius of where it is."""
        now = track.samples[-1].palm
        start = t
        for s in reversed(track.since(t - STILL_WINDOW)):
            if s.shape is not None:
                if s.scores[name] < FRAME_MIN or math.dist(s.palm, now) > SETTLED:
                    break
                start = s.t
        return start

    def _hold_confidence(self, hold: _Hold, hold_time: float, t: float) -> float:
        """The mean shape score over the last hold_time, if the hold has lasted
        that long since the last event, with good frames and a still hand."""
        assert hold.start is not None
        if hold.fired_at is not None or t - max(hold.start, self._last_event) < hold_time:
            return 0.0
        window = [f for f in hold.frames if f[0] >= t - hold_time]
        good = [f[2] for f in window if f[1]]
        if len(good) < 0.75 * len(window):
            return 0.0
        us, vs = [f[3] for f in window], [f[4] for f in window]
        if max(max(us) - min(us), max(vs) - min(vs)) > self.hold_max_drift:
            return 0.0
        return sum(good) / len(good)

    def _hold_features(
        self, wrist: Body, hold: _Hold, hold_time: float, t: float, speed: float
    ) -> list[float]:
        assert hold.start is not None
        during = self._tracks[wrist].since(t - hold_time)
        shapes = [x.shape.values() for x in during if x.shape is not None]
        window = [f for f in hold.frames if f[0] >= t - hold_time]
        du, dv = window[-1][3] - window[0][3], window[-1][4] - window[0][4]
        return [
            1.0 if wrist == Body.LEFT_WRIST else -1.0,
            du,
            dv,
            t - max(hold.start, self._last_event),
            0.0,
            math.hypot(du, dv) / hold_time,
            speed,
            -sum(f[4] for f in window) / len(window),
            *np.mean(shapes, axis=0).tolist(),
            len(shapes) / max(len(during), 1),
            sum(f[2] for f in window if f[1]) / max(sum(f[1] for f in window), 1),
        ]
