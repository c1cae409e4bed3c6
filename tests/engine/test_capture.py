"""Capture sources: a file loops at its own fps; a failing source is
reported and reconnected, and the engine never exits because of it."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import cast

import aiohttp
import cv2
import numpy as np
import pytest

from devkit.harness import EngineProcess, make_clip, wait_until
from mirror_engine.config import ConfigError, load_config
from mirror_engine.pipeline.capture import (
    CaptureLoop,
    FileSource,
    PatternSource,
    Source,
    make_source,
    redact,
)
from mirror_engine.pipeline.events import Event, EventBus
from mirror_engine.pipeline.frames import FrameBuffer, Image


def test_file_source_loops_at_its_native_fps(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.avi", frames=10, fps=20)
    buffer, bus = FrameBuffer(), EventBus()
    loop = CaptureLoop(FileSource(clip), buffer, bus)
    loop.start()
    try:
        wait_until(lambda: buffer.latest(), 10, "first frame")
        first = buffer.latest()
        assert first is not None
        wait_until(lambda: loop.source.loops >= 2, 10, "two loops")  # type: ignore[attr-defined]
        last = buffer.latest()
        assert last is not None
    finally:
        loop.stop()
    fps = (last.seq - first.seq) / (last.t_mono - first.t_mono)
    assert 18.5 <= fps <= 21.0, fps
    p50, _p99 = loop.intervals.percentiles(50, 99)
    assert p50 is not None
    assert abs(p50 - 0.05) < 0.005


def test_an_mjpeg_file_is_decoded_as_a_camera_delivers_it(tmp_path: Path) -> None:
    """Motion-JPEG frames are taken raw (passing over one decodes nothing) and
    decoded to the picture FFmpeg would give; other codecs decode as before."""
    clip = make_clip(tmp_path / "clip.avi", frames=6, fps=20)
    reference = cv2.VideoCapture(str(clip), cv2.CAP_FFMPEG)
    expected = [reference.read()[1] for _ in range(6)]
    reference.release()
    source = FileSource(clip)
    source.open()
    try:
        assert source.raw
        assert source.skip()
        for want in expected[1:]:
            got = source.read()
            assert got is not None
            assert got.shape == want.shape
            assert float(np.abs(got.astype(int) - want.astype(int)).mean()) < 2.0
        assert source.read() is not None  # the end: rewound, as before
        assert source.loops == 1
    finally:
        source.close()
    other = tmp_path / "clip_mp4v.avi"
    writer = cv2.VideoWriter(str(other), cv2.VideoWriter.fourcc(*"mp4v"), 20, (320, 180))
    for frame in expected:
        writer.write(frame)
    writer.release()
    decoded = FileSource(other)
    decoded.open()
    try:
        assert not decoded.raw
        image = decoded.read()
        assert image is not None
        assert image.shape == (180, 320, 3)
    finally:
        decoded.close()


def test_pattern_source_moves() -> None:
    source = PatternSource(64, 36, 30)
    source.open()
    a, b = source.read(), source.read()
    assert a.shape == (36, 64, 3)
    assert not np.array_equal(a, b)


class _Still(Source):
    """One fixed landscape picture, over and over."""

    paced = True

    def __init__(self, image: Image) -> None:
        super().__init__("still")
        self.image = image

    def open(self) -> None:
        pass

    def read(self) -> Image:
        return self.image


def test_a_camera_on_its_side_is_turned_upright() -> None:
    """rotate=90 turns a landscape camera's picture for a portrait mirror:
    the frame's shape swaps, and the camera's bottom-left is the top-left."""
    landscape = np.zeros((36, 64, 3), np.uint8)
    landscape[-1, 0] = (1, 2, 3)  # bottom-left
    buffer = FrameBuffer()
    loop = CaptureLoop(_Still(landscape), buffer, EventBus(), rotate=90)
    loop.start()
    try:
        wait_until(lambda: buffer.latest(), 10, "first frame")
        frame = buffer.latest()
        assert frame is not None
    finally:
        loop.stop()
    assert frame.image.shape == (64, 36, 3)
    assert tuple(frame.image[0, 0]) == (1, 2, 3)


def test_rotate_accepts_right_angles_only() -> None:
    assert load_config(["--rotate", "270"], environ={}).rotate == 270
    assert load_config([], environ={"MIRROR_ROTATE": "90"}).rotate == 90
    with pytest.raises(ConfigError, match="rotate"):
        load_config(["--rotate", "45"], environ={})


def test_source_option_forms(tmp_path: Path) -> None:
    assert isinstance(make_source("pattern"), PatternSource)
    assert make_source("0").description == "0"
    assert make_source("rtsp://cam.local/live").description == "rtsp://cam.local/live"
    assert isinstance(make_source(str(tmp_path / "x.mp4")), FileSource)


def test_credentials_never_reach_logs() -> None:
    assert redact("rtsp://admin:hunter2@cam:554/live?token=abc&ch=1") == (
        "rtsp://admin:***@cam:554/live?token=***&ch=***"
    )


def test_file_removed_then_restored(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.avi", frames=5, fps=25)
    kept = clip.read_bytes()
    buffer, bus = FrameBuffer(), EventBus()
    events: list[Event] = []
    bus.subscribe(events.append)
    loop = CaptureLoop(FileSource(clip), buffer, bus)
    loop.start()
    try:
        wait_until(lambda: loop.state == "streaming", 10, "streaming")
        clip.unlink()
        wait_until(lambda: loop.state == "lost", 10, "the loss to be noticed")
        seq_lost = buffer.latest().seq  # type: ignore[union-attr]
        assert "file not found" in (loop.last_error or "")
        clip.write_bytes(kept)
        wait_until(lambda: loop.state == "streaming", 15, "reconnection")
        wait_until(lambda: buffer.latest().seq > seq_lost + 5, 10, "frames again")  # type: ignore[union-attr]
    finally:
        loop.stop()
    states = [e.data["state"] for e in events if e.type == "source"]
    assert states == ["streaming", "lost", "streaming"]
    assert loop.reconnects == 1


async def test_url_source_server_dies_and_comes_back(
    tmp_path: Path, engines: list[EngineProcess]
) -> None:
    """An engine reads another engine's MJPEG stream over HTTP; the upstream
    process is killed and started again on the same port."""
    upstream = EngineProcess(tmp_path / "up", "--source", "pattern")
    engines.append(await asyncio.to_thread(upstream.start))
    url = f"{upstream.base}/api/stream.mjpeg?token={upstream.token}"
    mirror = EngineProcess(tmp_path / "mirror", "--source", url)
    engines.append(await asyncio.to_thread(mirror.start))

    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(f"{mirror.base}/api/ws?frames=0", headers=mirror.headers) as ws,
    ):

        async def next_source_state() -> str:
            while True:
                msg = await ws.receive(timeout=20)
                event = json.loads(msg.data)
                if event["type"] == "source":
                    return str(event["data"]["state"])
                if event["type"] == "hello" and event["data"]["source"]["state"] == "lost":
                    return "lost"

        status = await asyncio.to_thread(
            wait_until,
            lambda: mirror.status()["source"]["state"] == "streaming" and mirror.status(),
            20,
            "the mirror to stream",
        )
        assert "token=***" in status["source"]["description"]  # the token is redacted
        await asyncio.to_thread(upstream.stop)
        assert await next_source_state() == "lost"
        health = await asyncio.to_thread(mirror.json, "/api/health", auth=False)
        assert health["status"] == "ok"  # the engine itself stays up
        await asyncio.to_thread(upstream.start)
        assert await next_source_state() == "streaming"
    frames_before = (await asyncio.to_thread(mirror.status))["source"]["frames"]
    await asyncio.to_thread(
        wait_until,
        lambda: mirror.status()["source"]["frames"] > frames_before + 10,
        10,
        "frames after recovery",
    )


class _Counting(_Still):
    """Counts the frames decoded and the frames passed over."""

    def __init__(self, image: Image) -> None:
        super().__init__(image)
        self.fps = 300.0  # paced, but quickly
        self.decoded = self.skipped = 0

    def read(self) -> Image:
        self.decoded += 1
        return self.image

    def skip(self) -> bool:
        self.skipped += 1
        return True


def test_an_idle_room_publishes_every_third_frame_and_decodes_no_other() -> None:
    idle = [True]
    source = _Counting(np.zeros((36, 64, 3), np.uint8))
    buffer = FrameBuffer()
    loop = CaptureLoop(source, buffer, EventBus(), idle=lambda: idle[0])
    loop.start()
    try:
        wait_until(lambda: source.skipped >= 60, 10, "frames passed over")
        idle[0] = False  # motion: every frame again
        published, skipped = buffer.latest().seq, source.skipped  # type: ignore[union-attr]
        decoded = source.decoded
        wait_until(lambda: source.decoded >= decoded + 60, 10, "frames decoded")
    finally:
        loop.stop()
    assert 1.5 <= skipped / max(1, published) <= 2.5  # two passed over per one published
    assert source.skipped - skipped <= 1  # once awake, none (one may have been under way)


def test_the_status_tells_an_idle_loop_from_a_slow_one() -> None:
    """While idle the camera is still read at its rate (capture_fps) and a third
    of its frames are published (fps): the status says so (idle, expected_fps),
    and once awake every frame is published again."""
    idle = [True]
    source = _Still(np.zeros((36, 64, 3), np.uint8))
    source.fps = 30.0
    loop = CaptureLoop(source, FrameBuffer(), EventBus(), idle=lambda: idle[0])
    loop.start()
    try:
        time.sleep(2.0)
        asleep = loop.status()
        idle[0] = False
        time.sleep(6.0)  # the rates' 5 s window holds only awake frames
        awake = loop.status()
    finally:
        loop.stop()
    assert (asleep["idle"], asleep["publish_every"], asleep["expected_fps"]) == (True, 3, 10.0)
    assert cast(float, asleep["capture_fps"]) >= 27  # the camera keeps its pace
    assert 8.5 <= cast(float, asleep["fps"]) <= 11.5  # every third frame published
    assert (awake["idle"], awake["publish_every"], awake["expected_fps"]) == (False, 1, 30.0)
    assert cast(float, awake["capture_fps"]) >= 27
    assert cast(float, awake["fps"]) >= 27
