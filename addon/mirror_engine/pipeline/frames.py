"""The latest camera frame, shared by one writer with any number of readers.

The capture thread is the only writer. Readers never take a lock the writer
needs: publishing is a reference swap (atomic in CPython) plus setting a
one-shot event that wakes readers waiting for something newer.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

Image = NDArray[np.uint8]


@dataclass(frozen=True, slots=True)
class Frame:
    """One captured image (BGR, HxWx3) with its sequence number and capture time."""

    seq: int
    t_capture: float  # wall clock (time.time()), comparable across processes
    image: Image = field(repr=False)
    t_mono: float = 0.0  # time.monotonic() at capture, for intervals

    def ref(self) -> dict[str, float | int]:
        """What an event about this frame carries, so that overlays are drawn
        on the frame they belong to."""
        return {
            "seq": self.seq,
            "t_capture": self.t_capture,
            "width": self.width,
            "height": self.height,
        }

    @property
    def width(self) -> int:
        return int(self.image.shape[1])

    @property
    def height(self) -> int:
        return int(self.image.shape[0])


class FrameBuffer:
    """Single-writer holder of the latest frame."""

    def __init__(self) -> None:
        self._latest: Frame | None = None
        self._seq = 0
        self._newer = threading.Event()

    def publish(self, image: Image, t_capture: float | None = None) -> Frame:
        """Store a new frame (writer only) and wake readers. Never blocks."""
        self._seq += 1
        image.flags.writeable = False  # shared by every reader: nobody may draw on it
        frame = Frame(
            seq=self._seq,
            t_capture=time.time() if t_capture is None else t_capture,
            image=image,
            t_mono=time.monotonic(),
        )
        self._latest = frame
        # Swap in a fresh event before setting the old one: a reader that
        # picked up the old event is woken, one that picks up the new event
        # already sees the new frame (see wait_newer).
        woken, self._newer = self._newer, threading.Event()
        woken.set()
        return frame

    def latest(self) -> Frame | None:
        return self._latest

    def wait_newer(self, seq: int, timeout: float) -> Frame | None:
        """The latest frame if its seq is above ``seq``, waiting up to ``timeout``."""
        event = self._newer
        frame = self._latest
        if frame is not None and frame.seq > seq:
            return frame
        event.wait(timeout)
        frame = self._latest
        return frame if frame is not None and frame.seq > seq else None
