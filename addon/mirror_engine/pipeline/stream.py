"""Encode each frame once and fan it out to every stream client.

An encoder thread turns the newest frame into JPEG (only while someone
watches) and hands it to the asyncio loop. Each client owns a one-frame
mailbox: a client that is still sending when the next frame arrives simply
gets the newer one later (its ``skipped`` count grows); nobody waits for it.
"""

from __future__ import annotations

import asyncio
import logging
import struct
import threading
import time
from dataclasses import dataclass, field

import cv2

from .frames import Frame, FrameBuffer
from .metrics import Rate, Window

_LOGGER = logging.getLogger(__name__)

# WebSocket binary frame header: magic, frame seq, capture time (epoch s), then JPEG.
FRAME_HEADER = struct.Struct("<4sQd")
FRAME_MAGIC = b"SMF1"


@dataclass(frozen=True, slots=True)
class EncodedFrame:
    seq: int
    t_capture: float
    width: int
    height: int
    jpeg: bytes = field(repr=False)

    def ws_message(self) -> bytes:
        return FRAME_HEADER.pack(FRAME_MAGIC, self.seq, self.t_capture) + self.jpeg


def encode(frame: Frame, quality: int) -> EncodedFrame:
    ok, data = cv2.imencode(".jpg", frame.image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError(f"JPEG encoding failed for frame {frame.seq}")
    return EncodedFrame(frame.seq, frame.t_capture, frame.width, frame.height, data.tobytes())


class ClientSlot:
    """One stream client's mailbox; holds only the newest undelivered frame."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.sent = 0
        self.skipped = 0
        self._frame: EncodedFrame | None = None
        self._ready = asyncio.Event()

    def offer(self, frame: EncodedFrame) -> None:
        if self._frame is not None:
            self.skipped += 1
        self._frame = frame
        self._ready.set()

    async def next(self) -> EncodedFrame:
        while self._frame is None:
            self._ready.clear()
            await self._ready.wait()
        frame, self._frame = self._frame, None
        return frame


class StreamPublisher:
    def __init__(self, buffer: FrameBuffer, quality: int) -> None:
        self._buffer = buffer
        self._quality = quality
        self._clients: tuple[ClientSlot, ...] = ()
        self._watched = threading.Event()
        self._stop = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = threading.Thread(target=self._run, name="stream-encoder", daemon=True)
        self._latest: EncodedFrame | None = None
        self.encode_time = Window()
        self.latency = Window()  # capture -> written to a client socket
        self.rate = Rate()

    # -- lifecycle (called from the asyncio loop) --------------------------
    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._watched.set()
        self._thread.join(2.0)

    def add_client(self, kind: str) -> ClientSlot:
        slot = ClientSlot(kind)
        self._clients = (*self._clients, slot)
        self._watched.set()
        return slot

    def remove_client(self, slot: ClientSlot) -> None:
        self._clients = tuple(c for c in self._clients if c is not slot)
        if not self._clients:
            self._watched.clear()

    def record_sent(self, slot: ClientSlot, frame: EncodedFrame) -> None:
        slot.sent += 1
        self.latency.add(time.time() - frame.t_capture)

    async def snapshot(self) -> EncodedFrame | None:
        """The latest frame as JPEG, reusing the stream's encoding when current."""
        frame = self._buffer.latest()
        if frame is None:
            return None
        latest = self._latest
        if latest is not None and latest.seq == frame.seq:
            return latest
        return await asyncio.to_thread(encode, frame, self._quality)

    def status(self) -> dict[str, object]:
        clients = self._clients
        return {
            "clients": [{"kind": c.kind, "sent": c.sent, "skipped": c.skipped} for c in clients],
            "fps": self.rate.per_second(),
            "encode_ms": self.encode_time.summary_ms(),
            "latency_ms": self.latency.summary_ms(),
        }

    # -- encoder thread ----------------------------------------------------
    def _run(self) -> None:
        last = 0
        while not self._stop.is_set():
            if not self._clients:
                self._watched.wait(0.5)  # nobody watches: encode nothing
                continue
            frame = self._buffer.wait_newer(last, 0.5)
            if frame is None:
                continue
            last = frame.seq
            started = time.perf_counter()
            try:
                encoded = encode(frame, self._quality)
            except (ValueError, cv2.error):
                _LOGGER.exception("cannot encode frame %s", frame.seq)
                continue
            self.encode_time.add(time.perf_counter() - started)
            self._latest = encoded
            self.rate.tick()
            loop = self._loop
            if loop is None or loop.is_closed():
                return
            loop.call_soon_threadsafe(self._fan_out, encoded)

    def _fan_out(self, frame: EncodedFrame) -> None:
        for client in self._clients:
            client.offer(frame)
