"""Workers used only by benchmarks (loaded with ``--workers bench.workers:NAME``)."""

from __future__ import annotations

import time

from mirror_engine.pipeline.frames import Frame
from mirror_engine.pipeline.workers import Worker


class Stall1800(Worker):
    """The source paper's stalled service: every call takes 1.8 s (a slow
    server), while the frame loop must keep its pace."""

    name = "stall_1800ms"
    stall_after = 10.0

    def process(self, frame: Frame) -> None:
        time.sleep(1.8)
