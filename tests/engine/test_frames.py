"""FrameBuffer: one writer, lock-free readers, sequence and capture time."""

from __future__ import annotations

import threading
import time

import numpy as np

from mirror_engine.pipeline.frames import FrameBuffer

IMAGE = np.zeros((4, 4, 3), np.uint8)


def test_publish_numbers_and_times_frames() -> None:
    buffer = FrameBuffer()
    assert buffer.latest() is None
    before = time.time()
    first = buffer.publish(IMAGE)
    second = buffer.publish(IMAGE)
    assert (first.seq, second.seq) == (1, 2)
    assert before <= first.t_capture <= second.t_capture <= time.time()
    assert buffer.latest() is second


def test_wait_newer_returns_at_once_or_times_out() -> None:
    buffer = FrameBuffer()
    frame = buffer.publish(IMAGE)
    assert buffer.wait_newer(0, timeout=1) is frame
    started = time.monotonic()
    assert buffer.wait_newer(frame.seq, timeout=0.2) is None
    assert time.monotonic() - started >= 0.19


def test_waiting_reader_is_woken_by_the_writer() -> None:
    buffer = FrameBuffer()
    seen: list[int] = []

    def reader() -> None:
        last = 0
        while last < 200:
            frame = buffer.wait_newer(last, timeout=2)
            assert frame is not None, "reader was not woken"
            assert frame.seq > last
            seen.append(frame.seq)
            last = frame.seq

    thread = threading.Thread(target=reader)
    thread.start()
    for _ in range(200):
        buffer.publish(IMAGE)
        time.sleep(0.0005)
    thread.join(5)
    assert not thread.is_alive()
    assert seen == sorted(set(seen))
    assert seen[-1] == 200
