"""EventBus: every state change in the engine becomes one Event.

Producers are threads (capture, workers, supervisor) or the asyncio loop.
Subscribers must not block: the asyncio bridge (``AsyncSubscription``) hands
events to the loop with ``call_soon_threadsafe`` and drops the oldest event
when a consumer falls behind.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..contract import EventType

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Event:
    type: EventType
    data: dict[str, Any] = field(default_factory=dict)
    t: float = field(default_factory=time.time)
    id: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"type": self.type, "id": self.id, "t": self.t, "data": self.data}


Subscriber = Callable[[Event], None]


class EventBus:
    def __init__(self) -> None:
        self._subscribers: tuple[Subscriber, ...] = ()
        self._ids = itertools.count(1)
        self._lock = threading.Lock()  # guards subscribe/unsubscribe only

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        with self._lock:
            self._subscribers = (*self._subscribers, callback)

        def unsubscribe() -> None:
            with self._lock:
                self._subscribers = tuple(s for s in self._subscribers if s is not callback)

        return unsubscribe

    def publish(self, type_: EventType, **data: Any) -> Event:
        event = Event(type=type_, data=data, id=next(self._ids))
        for callback in self._subscribers:  # an immutable snapshot: no lock needed
            try:
                callback(event)
            except Exception:  # a broken subscriber must not break the producer
                _LOGGER.exception("event subscriber failed on %s", type_)
        return event


class AsyncSubscription:
    """Delivers bus events into an asyncio queue owned by one consumer."""

    def __init__(self, bus: EventBus, loop: asyncio.AbstractEventLoop, maxsize: int = 256) -> None:
        self._loop = loop
        self.queue: asyncio.Queue[Event] = asyncio.Queue(maxsize=maxsize)
        self.dropped = 0
        self._unsubscribe = bus.subscribe(self._from_any_thread)

    def _from_any_thread(self, event: Event) -> None:
        if self._loop.is_closed():
            return
        self._loop.call_soon_threadsafe(self._put, event)

    def _put(self, event: Event) -> None:
        if self.queue.full():
            self.queue.get_nowait()
            self.dropped += 1
        self.queue.put_nowait(event)

    def close(self) -> None:
        self._unsubscribe()

    async def get(self) -> Event:
        return await self.queue.get()
