"""The gesture worker with generated keypoints in place of the camera's: a
clean swipe to the left, replayed every few seconds in the engine's own clock.
No video of a real gesture exists on this machine; this feeds the real
recogniser and the real publishing path (engine events -> Home Assistant's
event entity and device triggers). Load with
``--workers devkit.fakes.gesture_replay:swipe_left``."""

from __future__ import annotations

import numpy as np

from devkit.harness import MODELS
from devkit.trajectories import generate
from mirror_engine.interaction.gesture_worker import GestureWorker
from mirror_engine.pipeline.frames import Frame
from mirror_engine.pipeline.workers import WorkerContext
from mirror_engine.vision.keypoints import PoseFrame

PAUSE = 2.0  # s of standing still between two swipes


class SwipeReplay(GestureWorker):
    name = "gesture-replay"

    def __init__(self, ctx: WorkerContext) -> None:
        from mirror_engine.models.registry import ModelRegistry

        super().__init__(ctx, ModelRegistry(MODELS), None)
        frames = generate(
            "swipe_left", np.random.default_rng(7), fps=15.0, clean=True, return_stroke=True
        )
        start = frames[0].t
        self._script = [(f.t - start, f) for f in frames]
        self._length = self._script[-1][0] + PAUSE
        self._t0: float | None = None

    def setup(self) -> None:  # no models: the keypoints are generated
        pass

    def observe(self, frame: Frame) -> PoseFrame:
        if self._t0 is None:
            self._t0 = frame.t_mono
        elapsed = frame.t_mono - self._t0
        into = elapsed % self._length
        shown = next((f for t, f in reversed(self._script) if t <= into), self._script[0][1])
        return PoseFrame(frame.t_mono, shown.pose, shown.hands)


def swipe_left(ctx: WorkerContext) -> SwipeReplay:
    return SwipeReplay(ctx)
