"""Workers: own rate, feature toggles, stall and crash reporting, restarts."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import numpy as np
import pytest

from devkit.harness import wait_until
from mirror_engine.contract import Feature
from mirror_engine.pipeline.events import Event, EventBus
from mirror_engine.pipeline.frames import Frame, FrameBuffer
from mirror_engine.pipeline.workers import Supervisor, Toggles, Worker, WorkerContext

IMAGE = np.zeros((8, 8, 3), np.uint8)


class Feeder:
    """Publishes frames at ~100 fps from its own thread, like the capture loop."""

    def __init__(self, buffer: FrameBuffer) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run)
        self._buffer = buffer

    def _run(self) -> None:
        while not self._stop.wait(0.01):
            self._buffer.publish(IMAGE)

    def __enter__(self) -> Feeder:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


class Counter(Worker):
    name = "counter"
    interval = 0.05  # its own rate: at most 20 runs a second

    def process(self, frame: Frame) -> None:
        pass


class Crashy(Worker):
    name = "crashy"
    instances = 0

    def __init__(self, ctx: WorkerContext) -> None:
        super().__init__(ctx)
        type(self).instances += 1
        self.seen = 0

    def process(self, frame: Frame) -> None:
        self.seen += 1
        if self.seen == 3:
            raise RuntimeError("model exploded")


class Staller(Worker):
    name = "staller"
    stall_after = 0.2

    def process(self, frame: Frame) -> None:
        time.sleep(0.6)


class Assessor(Worker):
    name = "assessor"
    feature = Feature.ASSESSMENT

    def process(self, frame: Frame) -> None:
        pass


@pytest.fixture
def bus_events() -> Iterator[tuple[EventBus, list[Event]]]:
    bus = EventBus()
    events: list[Event] = []
    unsubscribe = bus.subscribe(events.append)
    yield bus, events
    unsubscribe()


def run_supervisor(
    bus: EventBus, *workers: type[Worker]
) -> tuple[Supervisor, Toggles, FrameBuffer]:
    buffer = FrameBuffer()
    toggles = Toggles(bus)
    return Supervisor(workers, WorkerContext(bus), buffer, toggles), toggles, buffer


def test_crashing_worker_is_reported_and_restarted(
    bus_events: tuple[EventBus, list[Event]],
) -> None:
    bus, events = bus_events
    Crashy.instances = 0
    supervisor, _, buffer = run_supervisor(bus, Crashy, Counter)
    supervisor.start()
    try:
        with Feeder(buffer):
            wait_until(lambda: supervisor.runners[0].restarts >= 2, 10, "two restarts")
            counter_runs = supervisor.runners[1].runs
    finally:
        supervisor.stop()
    states = [(e.data["name"], e.data["state"]) for e in events if e.type == "worker"]
    assert ("crashy", "crashed") in states
    assert ("crashy", "restarted") in states
    crashed = next(e for e in events if e.type == "worker" and e.data["state"] == "crashed")
    assert crashed.data["error"] == "RuntimeError: model exploded"
    assert Crashy.instances >= 3  # a fresh instance each time
    status = supervisor.runners[0].status()
    assert status["crashes"] >= 2
    assert status["last_error"] == "RuntimeError: model exploded"
    assert counter_runs > 0  # the other worker was never disturbed


def test_worker_keeps_its_own_rate(bus_events: tuple[EventBus, list[Event]]) -> None:
    bus, _ = bus_events
    supervisor, _, buffer = run_supervisor(bus, Counter)
    supervisor.start()
    try:
        with Feeder(buffer):
            time.sleep(1.0)
    finally:
        supervisor.stop()
    runs = supervisor.runners[0].runs
    assert 10 <= runs <= 22, runs  # 100 fps offered, 20 runs/s allowed


def test_stall_is_reported_without_slowing_others(bus_events: tuple[EventBus, list[Event]]) -> None:
    bus, events = bus_events
    supervisor, _, buffer = run_supervisor(bus, Staller, Counter)
    supervisor.start()
    try:
        with Feeder(buffer):
            wait_until(
                lambda: any(e.type == "worker" and e.data["state"] == "stalled" for e in events),
                5,
                "a stall report",
            )
            time.sleep(1.0)
    finally:
        supervisor.stop()
    assert supervisor.runners[1].runs >= 15
    assert any(e.type == "worker" and e.data["state"] == "recovered" for e in events)


def test_toggled_off_worker_costs_nothing(bus_events: tuple[EventBus, list[Event]]) -> None:
    bus, events = bus_events
    supervisor, toggles, buffer = run_supervisor(bus, Assessor)
    toggles.update({"assessment": False})
    supervisor.start()
    try:
        with Feeder(buffer):
            time.sleep(0.5)
            assert supervisor.runners[0].runs == 0
            assert supervisor.runners[0].state == "disabled"
            toggles.update({"assessment": True})
            wait_until(lambda: supervisor.runners[0].runs > 5, 5, "runs after switching on")
    finally:
        supervisor.stop()
    toggle_events = [e.data["assessment"] for e in events if e.type == "toggles"]
    assert toggle_events == [False, True]


def test_toggles_reject_unknown_features() -> None:
    toggles = Toggles(EventBus())
    with pytest.raises(ValueError, match="unknown feature 'weather'"):
        toggles.update({"weather": False})
    with pytest.raises(ValueError, match="must be true or false"):
        toggles.update({"diary": "off"})  # type: ignore[dict-item]
    assert all(toggles.state().values())  # nothing half-applied
