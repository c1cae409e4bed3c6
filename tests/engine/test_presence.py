"""Presence before analysis: motion on a small grey copy wakes the detectors;
an empty, still room lets them sleep (but a session keeps them awake)."""

from __future__ import annotations

import threading

import numpy as np

from devkit.harness import wait_until
from mirror_engine.pipeline.events import EventBus
from mirror_engine.pipeline.frames import Frame, FrameBuffer
from mirror_engine.pipeline.presence import Presence
from mirror_engine.pipeline.workers import Supervisor, Toggles, Worker, WorkerContext

ROOM = np.random.default_rng(1).integers(40, 200, (720, 1280, 3), dtype=np.uint8)


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def noisy(rng: np.random.Generator) -> np.ndarray:  # type: ignore[type-arg]
    """The empty room as a camera sees it: the same scene with sensor noise."""
    noise = rng.normal(0, 4, ROOM.shape)
    return np.clip(ROOM + noise, 0, 255).astype(np.uint8)


def with_person(image: np.ndarray, x: int) -> np.ndarray:  # type: ignore[type-arg]
    """Someone 120 px wide walking in at x (a far, small figure at 1280x720)."""
    out = image.copy()
    out[200:600, x : x + 120] = (30, 60, 220)
    return out


def test_a_still_noisy_room_sleeps_and_a_person_walking_in_wakes_it() -> None:
    clock, rng = Clock(), np.random.default_rng(2)
    presence = Presence(hold=10.0, clock=clock)
    for _ in range(150):  # 15 s of an empty room at 10 looks a second
        clock.t += 0.1
        presence.observe(noisy(rng))
    assert not presence.awake()
    clock.t += 0.1
    assert presence.observe(with_person(noisy(rng), 100)) is True
    assert presence.awake()


def test_a_session_keeps_it_awake_while_the_person_stands_still() -> None:
    clock = Clock()
    occupied = [True]
    presence = Presence(occupied=lambda: occupied[0], hold=10.0, clock=clock)
    still = with_person(ROOM, 500)
    for _ in range(200):  # the person stands still for 20 s in a session
        clock.t += 0.1
        presence.observe(still)
    assert presence.awake()
    occupied[0] = False  # the session ended (they left without moving, say)
    clock.t += 0.1
    presence.observe(still)
    assert not presence.awake()


class Detector(Worker):
    name = "detector"
    gated = True
    idle_look = None

    def process(self, frame: Frame) -> None:
        pass


def test_a_gated_worker_costs_nothing_until_motion_wakes_it() -> None:
    bus, buffer = EventBus(), FrameBuffer()
    presence = Presence(hold=0.0)
    presence.observe(ROOM)  # first look: awake
    presence.observe(ROOM)  # nothing moved, hold 0: asleep
    assert not presence.awake()
    supervisor = Supervisor([Detector], WorkerContext(bus, None, presence), buffer, Toggles(bus))
    stop = threading.Event()

    def feed() -> None:
        while not stop.wait(0.01):
            buffer.publish(ROOM)

    feeder = threading.Thread(target=feed)
    supervisor.start()
    feeder.start()
    try:
        runner = supervisor.runners[0]
        wait_until(lambda: runner.state == "asleep", 5, "the detector asleep")
        wait_until(lambda: buffer.latest() is not None, 5, "frames")
        seq = buffer.latest().seq  # type: ignore[union-attr]
        wait_until(lambda: buffer.latest().seq > seq + 20, 5, "more frames")  # type: ignore[union-attr]
        assert runner.runs == 0  # frames kept coming; none was analysed
        presence.observe(with_person(ROOM, 300))
        wait_until(lambda: runner.runs > 0, 5, "a run after motion")
    finally:
        stop.set()
        feeder.join()
        supervisor.stop()
