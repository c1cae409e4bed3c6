"""One information source = one provider running as its own task.

Each provider fetches with its own timeout on its own interval and keeps the
last good value with its age; a failure or a stall is its own error state and
never delays another provider (the source paper's Fig. 14, at the
information layer). Listeners hear about every change."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

_LOGGER = logging.getLogger(__name__)

Fetch = Callable[[], Awaitable[Any]]
Listener = Callable[["Reading"], None]


@dataclass(frozen=True)
class Reading:
    name: str
    value: Any = None  # the last good value (None before the first success)
    fetched_at: float | None = None  # wall-clock time of that value
    error: str | None = None  # why the latest attempt failed; None when it worked
    attempts: int = 0
    delivered_s: float | None = None  # time from this attempt's start to its value

    def as_json(self, now: float | None = None) -> dict[str, Any]:
        now = time.time() if now is None else now
        return {
            "name": self.name,
            "value": self.value,
            "age_s": None if self.fetched_at is None else round(now - self.fetched_at, 1),
            "error": self.error,
        }


class Provider:
    """Runs ``fetch`` every ``interval`` seconds, each attempt bounded by ``timeout``."""

    def __init__(self, name: str, fetch: Fetch, interval: float, timeout: float = 10.0) -> None:
        self.name = name
        self._fetch = fetch
        self.interval = interval
        self.timeout = timeout
        self.reading = Reading(name)
        self._listeners: list[Listener] = []
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()

    def listen(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    async def refresh(self) -> Reading:
        """One attempt: a new value, or the old one with the error."""
        started = time.monotonic()
        attempts = self.reading.attempts + 1
        try:
            async with asyncio.timeout(self.timeout):
                value = await self._fetch()
        except TimeoutError:
            self._set(
                replace(
                    self.reading, error=f"no answer within {self.timeout:g} s", attempts=attempts
                )
            )
        except Exception as err:
            _LOGGER.debug("%s failed: %s", self.name, err)
            self._set(
                replace(self.reading, error=str(err) or type(err).__name__, attempts=attempts)
            )
        else:
            self._set(
                Reading(self.name, value, time.time(), None, attempts, time.monotonic() - started)
            )
        return self.reading

    def _set(self, reading: Reading) -> None:
        self.reading = reading
        for listener in list(self._listeners):
            listener(reading)

    def start(self, create_task: Callable[[Awaitable[None], str], asyncio.Task[None]]) -> None:
        if self._task is None:
            self._task = create_task(self._run(), f"smart_mirror {self.name}")

    def poke(self) -> None:
        """Fetch now instead of waiting for the interval."""
        self._wake.set()

    async def _run(self) -> None:
        while True:
            await self.refresh()
            self._wake.clear()
            try:
                async with asyncio.timeout(self.interval):
                    await self._wake.wait()
            except TimeoutError:
                pass

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
