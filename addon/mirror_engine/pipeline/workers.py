"""Service workers: each in its own thread, pulling the latest frame at its
own rate, switched by a feature toggle, watched by a supervisor.

A worker that is slow only lowers its own rate; one that stalls is reported;
one that raises is reported and restarted (fresh instance, with backoff).
None of this touches the capture thread: workers only read the FrameBuffer.
"""

from __future__ import annotations

import importlib
import logging
import math
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ..contract import EventType, Feature
from .events import EventBus
from .frames import Frame, FrameBuffer
from .metrics import Rate, Window

if TYPE_CHECKING:
    from ..store import Store

_LOGGER = logging.getLogger(__name__)


class Toggles:
    """Feature switches. A worker whose feature is off sleeps on an Event."""

    def __init__(self, bus: EventBus, initial: dict[str, bool] | None = None) -> None:
        self._bus = bus
        self._on = {f: threading.Event() for f in Feature}
        for feature in Feature:
            if (initial or {}).get(feature.value, True):
                self._on[feature].set()

    def is_on(self, feature: Feature) -> bool:
        return self._on[feature].is_set()

    def wait_on(self, feature: Feature, timeout: float) -> bool:
        return self._on[feature].wait(timeout)

    def state(self) -> dict[str, bool]:
        return {f.value: self.is_on(f) for f in Feature}

    def update(self, changes: dict[str, bool]) -> dict[str, bool]:
        """Apply ``{feature: on}``; raise ValueError for unknown names or non-bools."""
        parsed: dict[Feature, bool] = {}
        for name, on in changes.items():
            try:
                feature = Feature(name)
            except ValueError:
                known = ", ".join(f.value for f in Feature)
                raise ValueError(f"unknown feature '{name}' (known: {known})") from None
            if not isinstance(on, bool):
                raise ValueError(f"feature '{name}' must be true or false")
            parsed[feature] = on
        for feature, on in parsed.items():
            (self._on[feature].set if on else self._on[feature].clear)()
        state = self.state()
        if parsed:
            self._bus.publish(EventType.TOGGLES, **state)
        return state


class Wakeup(Protocol):
    """What gated workers wait for (pipeline.presence.Presence)."""

    def awake(self) -> bool: ...
    def wait_awake(self, timeout: float) -> bool: ...


@dataclass(frozen=True)
class WorkerContext:
    """What a worker may use: it talks to the rest of the engine only by events."""

    bus: EventBus
    store: Store | None = None
    presence: Wakeup | None = None  # None: nothing is gated


class Worker(ABC):
    """Base class of a service worker. Subclasses set the class attributes."""

    name: str = "worker"
    feature: Feature | None = None  # None: always on
    interval: float = 0.0  # minimum seconds from one run's start to the next
    stall_after: float = 5.0  # a run longer than this is reported as a stall
    # Gated workers sleep while nothing moves in front of the mirror and nobody
    # is in a session; ``idle_look`` is how often they still look meanwhile
    # (None: never), a safety net for an arrival the motion detector missed.
    gated: bool = False
    idle_look: float | None = None

    def __init__(self, ctx: WorkerContext) -> None:
        self.ctx = ctx

    def setup(self) -> None:  # noqa: B027 - optional hook, runs in the worker thread
        """Load models etc. Runs in the worker's own thread."""

    def ready(self) -> bool:
        """Whether there is work for this worker now; while not, it waits
        (e.g. background work yields to a decision someone is waiting for)."""
        return True

    @abstractmethod
    def process(self, frame: Frame) -> None:
        """Handle one frame. Publish results through ``self.ctx.bus``."""

    def close(self) -> None:  # noqa: B027 - optional hook
        pass


WorkerFactory = Callable[[WorkerContext], Worker]


def load_factory(spec: str) -> WorkerFactory:
    """Resolve 'package.module:factory' to a callable that makes a Worker."""
    module_name, _, attr = spec.partition(":")
    try:
        factory = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as err:
        raise ValueError(f"cannot load worker '{spec}': {err}") from err
    if not callable(factory):
        raise ValueError(f"worker '{spec}' is not callable")
    return factory  # type: ignore[no-any-return]


class WorkerRunner:
    """Runs one worker instance in its own thread and keeps its statistics."""

    def __init__(
        self, factory: WorkerFactory, ctx: WorkerContext, buffer: FrameBuffer, toggles: Toggles
    ) -> None:
        self._factory = factory
        self._ctx = ctx
        self._buffer = buffer
        self._toggles = toggles
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.name = getattr(factory, "name", getattr(factory, "__name__", "worker"))
        self.feature: Feature | None = getattr(factory, "feature", None)
        self.stall_after: float = getattr(factory, "stall_after", 5.0)
        self.state = "stopped"
        self.runs = 0
        self.crashes = 0
        self.restarts = 0
        self.last_error: str | None = None
        self.busy_since: float | None = None
        self.stalled: int | None = None  # runs count when a stall was reported
        self.latency = Window(256)
        self.rate = Rate(span=10.0)

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        self._stop.clear()
        self.state = "starting"
        self._thread = threading.Thread(target=self._run, name=f"worker-{self.name}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def status(self) -> dict[str, Any]:
        busy = self.busy_since
        return {
            "name": self.name,
            "feature": self.feature.value if self.feature else None,
            "state": self.state,
            "runs": self.runs,
            "rate": self.rate.per_second(),
            "latency_ms": self.latency.summary_ms(),
            "busy_for_s": None if busy is None else round(time.monotonic() - busy, 3),
            "crashes": self.crashes,
            "restarts": self.restarts,
            "last_error": self.last_error,
        }

    def _run(self) -> None:
        worker: Worker | None = None
        try:
            worker = self._factory(self._ctx)
            self.name = worker.name
            # the worker's own name, not the factory's (often a lambda): profilers show it
            threading.current_thread().name = f"worker-{worker.name}"
            self.feature = worker.feature
            self.stall_after = worker.stall_after
            worker.setup()
            self._loop(worker)
            self.state = "stopped"
        except Exception as err:  # reported and restarted by the supervisor
            self.crashes += 1
            self.last_error = f"{type(err).__name__}: {err}"
            self.state = "crashed"
            _LOGGER.exception("worker %s crashed", self.name)
        finally:
            self.busy_since = None
            if worker is not None:
                try:
                    worker.close()
                except Exception:
                    _LOGGER.exception("worker %s failed to close", self.name)

    def _asleep(self, worker: Worker, last_start: float) -> bool:
        """Wait while a gated worker has nothing to look at; True: skip this turn."""
        presence = self._ctx.presence
        if not worker.gated or presence is None or presence.awake():
            return False
        self.state = "asleep"
        look = worker.idle_look
        due = math.inf if look is None else last_start + look - time.monotonic()
        if presence.wait_awake(max(0.0, min(due, 0.5))):
            return False
        return look is None or time.monotonic() - last_start < look

    def _loop(self, worker: Worker) -> None:
        last_seq = 0
        last_start = -math.inf
        while not self._stop.is_set():
            if worker.feature is not None and not self._toggles.is_on(worker.feature):
                self.state = "disabled"
                self._toggles.wait_on(worker.feature, 0.5)
                continue
            if self._asleep(worker, last_start):
                continue
            if not worker.ready():
                self.state = "waiting"
                self._stop.wait(0.1)
                continue
            frame = self._buffer.wait_newer(last_seq, 0.5)
            if frame is None:
                self.state = "waiting"
                continue
            self.state = "running"
            started = last_start = time.monotonic()
            self.busy_since = started
            worker.process(frame)
            self.busy_since = None
            elapsed = time.monotonic() - started
            last_seq = frame.seq
            self.runs += 1
            self.latency.add(elapsed)
            self.rate.tick()
            if worker.interval > elapsed:
                self._stop.wait(worker.interval - elapsed)


class Supervisor:
    """Starts the workers, reports stalls and crashes, restarts with backoff."""

    CHECK_EVERY = 0.2
    BACKOFF_START = 0.5
    BACKOFF_MAX = 30.0

    def __init__(
        self,
        factories: Iterable[WorkerFactory],
        ctx: WorkerContext,
        buffer: FrameBuffer,
        toggles: Toggles,
    ) -> None:
        self._bus = ctx.bus
        self.runners = [WorkerRunner(f, ctx, buffer, toggles) for f in factories]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="supervisor", daemon=True)
        self._retry_at: dict[int, float] = {}
        self._backoff: dict[int, float] = {}

    def start(self) -> None:
        for runner in self.runners:
            runner.start()
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        self._thread.join(timeout)
        for runner in self.runners:
            runner.stop(timeout)

    def status(self) -> list[dict[str, Any]]:
        return [r.status() for r in self.runners]

    def _watch(self) -> None:
        while not self._stop.wait(self.CHECK_EVERY):
            now = time.monotonic()
            for i, runner in enumerate(self.runners):
                self._check_stall(runner, now)
                if runner.alive or runner.state == "stopped":
                    continue
                if i not in self._retry_at:
                    delay = self._backoff.get(i, self.BACKOFF_START)
                    self._backoff[i] = min(delay * 2, self.BACKOFF_MAX)
                    self._retry_at[i] = now + delay
                    runner.state = "restarting"
                    self._bus.publish(
                        EventType.WORKER,
                        name=runner.name,
                        state="crashed",
                        error=runner.last_error,
                        crashes=runner.crashes,
                        retry_in_s=delay,
                    )
                elif now >= self._retry_at[i]:
                    del self._retry_at[i]
                    runner.restarts += 1
                    runner.start()
                    _LOGGER.info("worker %s restarted (%d)", runner.name, runner.restarts)
                    self._bus.publish(
                        EventType.WORKER,
                        name=runner.name,
                        state="restarted",
                        restarts=runner.restarts,
                    )

    def _check_stall(self, runner: WorkerRunner, now: float) -> None:
        busy = runner.busy_since
        if runner.stalled is None:
            if busy is not None and now - busy > runner.stall_after:
                runner.stalled = runner.runs  # recovered once a run completes
                runner.state = "stalled"
                _LOGGER.warning("worker %s stalled for %.1f s", runner.name, now - busy)
                self._bus.publish(
                    EventType.WORKER, name=runner.name, state="stalled", busy_s=now - busy
                )
        elif runner.runs > runner.stalled:
            runner.stalled = None
            _LOGGER.info("worker %s recovered", runner.name)
            self._bus.publish(EventType.WORKER, name=runner.name, state="recovered")
