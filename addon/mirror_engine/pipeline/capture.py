"""Camera sources and the capture thread that feeds the FrameBuffer.

The capture thread does nothing but read, pace and publish: no model work, no
network I/O of its own (a URL source's socket reads are the capture itself),
no lock shared with workers. A source that fails is closed, reported once as
``source`` event ``lost`` and reopened with exponential backoff, forever.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path
from typing import cast
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import cv2
import numpy as np

from ..contract import EventType
from .events import EventBus
from .frames import FrameBuffer, Image
from .metrics import Rate, Window

_LOGGER = logging.getLogger(__name__)

DEMO_CLIP = Path("shared/faces/video/short_hamilton_clip.mp4")
URL_TIMEOUT_MS = 5000


class SourceError(RuntimeError):
    """A source could not be opened or stopped delivering frames."""


class Source(ABC):
    """A stream of BGR frames. ``paced`` sources deliver as fast as they can
    decode (files, patterns); the capture loop paces them at ``fps``."""

    paced: bool = False

    def __init__(self, description: str) -> None:
        self.description = description
        self.fps: float = 30.0

    @abstractmethod
    def open(self) -> None: ...

    @abstractmethod
    def read(self) -> Image | None:
        """The next frame, or None when the source failed or ended."""

    def skip(self) -> bool:
        """Pass over the next frame, without decoding it where the source can;
        False when the source failed or ended."""
        return self.read() is not None

    def close(self) -> None:  # noqa: B027 - optional hook
        pass


class PatternSource(Source):
    """A generated moving test pattern: the demo when no clip is available."""

    paced = True

    def __init__(self, width: int = 640, height: int = 360, fps: float = 30.0) -> None:
        super().__init__(f"pattern {width}x{height}@{fps:g}")
        self.fps = fps
        self._w, self._h = width, height
        x = np.linspace(0, 255, width, dtype=np.float32)
        y = np.linspace(0, 255, height, dtype=np.float32)[:, None]
        self._base = np.dstack(
            [
                np.broadcast_to(x, (height, width)),
                np.broadcast_to(y, (height, width)),
                np.full((height, width), 96, np.float32),
            ]
        ).astype(np.uint8)
        self._n = 0

    def open(self) -> None:
        self._n = 0

    def read(self) -> Image:
        self._n += 1
        image = self._base.copy()
        x = (self._n * 8) % self._w
        cv2.rectangle(image, (x, 0), (min(x + 40, self._w - 1), self._h - 1), (255, 255, 255), -1)
        cv2.putText(
            image,
            f"{self._n}",
            (20, self._h // 2),
            cv2.FONT_HERSHEY_SIMPLEX,
            self._h / 200,
            (0, 0, 0),
            max(1, self._h // 120),
        )
        return image


class OpenCVSource(Source):
    """A V4L2 device or a network stream, read through OpenCV."""

    def __init__(
        self,
        target: str | int,
        *,
        width: int | None = None,
        height: int | None = None,
        fps: float | None = None,
    ) -> None:
        super().__init__(redact(str(target)))
        self._target = target
        self._request = (width, height, fps)
        self._cap: cv2.VideoCapture | None = None

    def _capture(self) -> cv2.VideoCapture:
        if isinstance(self._target, int) or self._target.startswith("/dev/"):
            return cv2.VideoCapture(self._target, cv2.CAP_V4L2)
        return cv2.VideoCapture(
            self._target,
            cv2.CAP_FFMPEG,
            [
                cv2.CAP_PROP_OPEN_TIMEOUT_MSEC,
                URL_TIMEOUT_MS,
                cv2.CAP_PROP_READ_TIMEOUT_MSEC,
                URL_TIMEOUT_MS,
            ],
        )

    def open(self) -> None:
        cap = self._capture()
        if not cap.isOpened():
            cap.release()
            raise SourceError(f"cannot open {self.description}")
        width, height, fps = self._request
        if width:
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        if height:
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        if fps:
            cap.set(cv2.CAP_PROP_FPS, fps)
        reported = cap.get(cv2.CAP_PROP_FPS)
        self.fps = fps or (reported if 1 <= reported <= 240 else 30.0)
        self._cap = cap

    def read(self) -> Image | None:
        if self._cap is None:
            return None
        ok, image = self._cap.read()
        return cast(Image, image) if ok else None

    def skip(self) -> bool:
        # grab() takes the frame off the device without decoding it (V4L2
        # decodes MJPEG in retrieve(); FFmpeg at least skips the conversion)
        return self._cap is not None and bool(self._cap.grab())

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


MJPEG = int.from_bytes(b"MJPG", "little")


class FileSource(OpenCVSource):
    """A video file played at its native frame rate in a loop. At the end it
    is reopened by path, so a file that was removed is noticed as a failure.

    A Motion-JPEG file (a recorded USB camera) is read as a camera delivers
    it: each frame's JPEG is taken raw and decoded only when published, so a
    frame passed over while idle costs 0.02 ms instead of FFmpeg's 2 ms
    decode (V4L2 likewise decodes MJPEG only in ``retrieve``)."""

    paced = True

    def __init__(self, path: Path, fps: float | None = None) -> None:
        super().__init__(str(path), fps=fps)
        self.path = path
        self.loops = 0
        self.raw = False
        self._decode_raw = True  # until a frame libjpeg cannot read

    def _capture(self) -> cv2.VideoCapture:
        return cv2.VideoCapture(str(self.path), cv2.CAP_FFMPEG)

    def open(self) -> None:
        if not self.path.is_file():
            raise SourceError(f"file not found: {self.path}")
        super().open()
        assert self._cap is not None
        mjpeg = int(self._cap.get(cv2.CAP_PROP_FOURCC)) == MJPEG
        self.raw = mjpeg and self._decode_raw and bool(self._cap.set(cv2.CAP_PROP_FORMAT, -1))

    def _read_frame(self) -> Image | None:
        if not self.raw:
            return super().read()
        assert self._cap is not None
        ok, packet = self._cap.read()
        if not ok or packet is None:
            return None
        image = cv2.imdecode(packet.reshape(-1), cv2.IMREAD_COLOR)
        if image is None:  # not a JPEG libjpeg reads: FFmpeg decodes from here on
            _LOGGER.info("%s: frames decoded by FFmpeg", self.description)
            self._decode_raw = False
            self._rewind()
            return super().read()
        return np.asarray(image, np.uint8)

    def read(self) -> Image | None:
        image = self._read_frame()
        if image is None and self._cap is not None:
            self._rewind()
            image = self._read_frame()
        return image

    def skip(self) -> bool:
        if super().skip():
            return True
        if self._cap is None:
            return False
        self._rewind()
        return super().skip()

    def _rewind(self) -> None:
        self.close()
        self.open()  # raises SourceError when the file is gone
        self.loops += 1


class ImageSource(Source):
    """A still photo shown as a video (tests, demos). The file is watched:
    replace it and the picture changes; remove it and the source is lost."""

    paced = True
    SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".webp")
    CHECK_EVERY = 0.2

    def __init__(self, path: Path, fps: float | None = None) -> None:
        super().__init__(str(path))
        self.path = path
        self.fps = fps or 10.0
        self._image: Image | None = None
        self._stamp: int | None = None
        self._checked = 0.0

    def _load(self) -> None:
        try:
            stamp = self.path.stat().st_mtime_ns
        except OSError as err:
            raise SourceError(f"file not found: {self.path}") from err
        if stamp != self._stamp:
            image = cv2.imread(str(self.path), cv2.IMREAD_COLOR)
            if image is None:
                raise SourceError(f"not a readable image: {self.path}")
            self._image, self._stamp = np.asarray(image, np.uint8), stamp

    def open(self) -> None:
        self._stamp = None
        self._load()

    def read(self) -> Image | None:
        now = time.monotonic()
        if now - self._checked >= self.CHECK_EVERY:
            self._checked = now
            self._load()
        return self._image


def redact(target: str) -> str:
    """A source for logs and status: no password, no query values (tokens)."""
    parts = urlsplit(target)
    if not parts.scheme:
        return target
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    if parts.username:
        netloc = (
            f"{parts.username}:***@{netloc}" if parts.password else f"{parts.username}@{netloc}"
        )
    query = "&".join(f"{k}=***" for k, _ in parse_qsl(parts.query, keep_blank_values=True))
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def find_demo_clip() -> Path | None:
    """The shared demo clip: $MIRROR_DEMO_CLIP, or shared/ beside an ancestor folder."""
    if env := os.environ.get("MIRROR_DEMO_CLIP"):
        return Path(env) if Path(env).is_file() else None
    for start in (Path.cwd(), Path(__file__).resolve().parent):
        for folder in (start, *start.parents):
            if (folder / DEMO_CLIP).is_file():
                return folder / DEMO_CLIP
    return None


def make_source(
    spec: str, *, width: int | None = None, height: int | None = None, fps: float | None = None
) -> Source:
    """Turn the ``source`` option into a Source (validated forms only)."""
    if spec == "demo":
        clip = find_demo_clip()
        if clip is not None:
            return FileSource(clip, fps=fps)
        spec = "pattern"
    if spec == "pattern":
        return PatternSource(width or 640, height or 360, fps or 30.0)
    if spec.isdigit():
        return OpenCVSource(int(spec), width=width, height=height, fps=fps)
    if spec.startswith("/dev/") or "://" in spec:
        return OpenCVSource(spec, width=width, height=height, fps=fps)
    path = Path(spec).expanduser()
    if path.suffix.lower() in ImageSource.SUFFIXES:
        return ImageSource(path, fps=fps)
    return FileSource(path, fps=fps)


_ROTATIONS = {
    0: None,
    90: cv2.ROTATE_90_CLOCKWISE,
    180: cv2.ROTATE_180,
    270: cv2.ROTATE_90_COUNTERCLOCKWISE,
}


class CaptureLoop:
    """The capture thread: read, pace by deadline, publish; reconnect on failure."""

    BACKOFF_START = 0.5
    BACKOFF_MAX = 5.0
    STALE_AFTER = 2.0  # seconds without a new frame before the camera counts as lost
    IDLE_EVERY = 3  # while nothing happens in front: publish every third frame

    def __init__(
        self,
        source: Source,
        buffer: FrameBuffer,
        bus: EventBus,
        rotate: int = 0,
        idle: Callable[[], bool] = lambda: False,
    ) -> None:
        self.source = source
        self._rotate = _ROTATIONS[rotate]
        # While the room is empty and still (pipeline.presence), nobody looks
        # at the mirror: frames in between are taken off the camera undecoded
        # and only every IDLE_EVERY-th is published (10 fps from 30), enough
        # for the motion detector, whose first motion restores every frame.
        self._idle = idle
        self._buffer = buffer
        self._bus = bus
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="capture", daemon=True)
        self.state = "connecting"
        self.last_error: str | None = None
        self.reconnects = 0
        self.rate = Rate()  # frames published
        self.taken = Rate()  # frames taken off the source (published or passed over)
        self.idle = False  # the last frame was taken in the idle mode
        self.intervals = Window()
        self._last_publish: float | None = None

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 6.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def status(self) -> dict[str, object]:
        frame = self._buffer.latest()
        return {
            "description": self.source.description,
            "state": self.state,
            "nominal_fps": round(self.source.fps, 3),
            # fps: frames published (streamed, seen by the workers); capture_fps:
            # frames taken off the source, which keeps its pace while idle
            "fps": self.rate.per_second(),
            "capture_fps": self.taken.per_second(),
            "idle": self.idle,
            "publish_every": self.IDLE_EVERY if self.idle else 1,
            "expected_fps": round(self.source.fps / (self.IDLE_EVERY if self.idle else 1), 3),
            "frame_interval_ms": self.intervals.summary_ms(),
            "frames": frame.seq if frame else 0,
            "width": frame.width if frame else None,
            "height": frame.height if frame else None,
            "loops": getattr(self.source, "loops", 0),
            "reconnects": self.reconnects,
            "last_error": self.last_error,
        }

    def camera_lost(self, now: float | None = None) -> bool:
        """True while the source is lost or reconnecting, or its newest frame is
        stale (older than STALE_AFTER, or three frame periods of a slow source):
        a snapshot then would show the past as if it were now."""
        frame = self._buffer.latest()
        if frame is None:
            return False  # no frame yet: not lost, just not there
        if self.state != "streaming":
            return True
        age = (time.monotonic() if now is None else now) - frame.t_mono
        return age > max(self.STALE_AFTER, 3.0 / self.source.fps)

    def _set_state(self, state: str, error: str | None = None) -> None:
        """Record the source state; one event and one log line per change."""
        changed = state != self.state
        self.state, self.last_error = state, error
        if not changed:
            return
        if state == "lost":
            _LOGGER.warning("source %s lost: %s", self.source.description, error)
        else:
            _LOGGER.info("source %s %s", self.source.description, state)
        self._bus.publish(
            EventType.SOURCE, state=state, source=self.source.description, error=error
        )

    def _run(self) -> None:
        delay = self.BACKOFF_START
        while not self._stop.is_set():
            try:
                self.source.open()
            except SourceError as err:
                self._set_state("lost", str(err))
            else:
                self._set_state("streaming")
                delay = self.BACKOFF_START
                error = self._pump()
                self.source.close()
                if self._stop.is_set():
                    break
                self._set_state("lost", error)
                self.reconnects += 1
            self._stop.wait(delay)
            delay = min(delay * 2, self.BACKOFF_MAX)
        self.source.close()

    def _pump(self) -> str:
        """Publish frames until the source fails; return why it stopped."""
        period = 1.0 / self.source.fps
        deadline = time.monotonic()
        n = 0
        while not self._stop.is_set():
            n += 1
            self.idle = self._idle()
            passing = self.idle and n % self.IDLE_EVERY != 0
            try:
                image = None if passing else self.source.read()
                if passing and not self.source.skip():
                    return "no frame from source"
            except SourceError as err:
                return str(err)
            if image is None and not passing:
                return "no frame from source"
            self.taken.tick()
            if self.source.paced:
                # Deadline scheduling: decode time does not add up into drift.
                deadline += period
                ahead = deadline - time.monotonic()
                if ahead > 0:
                    time.sleep(ahead)
                elif ahead < -period:  # fell behind by a frame: don't burst
                    deadline = time.monotonic()
            if image is None:  # passed over: paced, not published
                continue
            if self._rotate is not None:  # a camera on its side (about 1 ms at 720p)
                image = np.asarray(cv2.rotate(image, self._rotate), np.uint8)
            now = time.monotonic()
            self._buffer.publish(image)
            self.rate.tick(now)
            if self._last_publish is not None:
                self.intervals.add(now - self._last_publish)
            self._last_publish = now
        return "stopped"
