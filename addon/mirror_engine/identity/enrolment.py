"""Enrolment: from uploaded photos, or live while the person stands still.

Every path validates everything first and stores all embeddings in one
transaction, so a refused or abandoned enrolment leaves nothing behind.
"""

from __future__ import annotations

import io
import time
import warnings
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import numpy as np
from PIL import Image

from ..contract import ErrorCode, Hint
from ..vision.identify import FaceSample

MIN_QUALITY = 0.45
SAME_PERSON = 0.45  # live frames farther than this from the first are someone else
# A live enrolment gives up after a minute *and* this many looked-at frames:
# on a loaded box the worker may see only a few frames a minute, and the
# person in front should not fail for the machine's slowness.
LIVE_TIMEOUT = 60.0
LIVE_MIN_LOOKS = 60
LIVE_SPACING = 0.2  # seconds between collected frames, for some variety
MAX_PIXELS = 40_000_000  # an upload larger than this is refused before decoding
# Pillow warns of images above its own limit (89 Mpx); those are refused anyway.
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)


class EnrolmentError(ValueError):
    """A refused enrolment. ``code`` says why, for clients and translations."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code


def check_image_header(data: bytes) -> None:
    """Refuse an upload by its header alone, before anything decodes its pixels:
    a format nobody reads (``not_an_image``) or more than MAX_PIXELS
    (``image_too_large``, e.g. a decompression bomb: a megabyte of PNG that
    would decode to gigabytes). Pillow's ``open`` is lazy: it reads the header."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
    except Image.DecompressionBombError:  # above twice Pillow's own limit
        width = height = MAX_PIXELS
    except Exception as err:  # UnidentifiedImageError, or whatever a hostile header raises
        raise EnrolmentError(
            ErrorCode.NOT_AN_IMAGE, "the file is not a readable image (JPEG or PNG)"
        ) from err
    if width * height > MAX_PIXELS:
        raise EnrolmentError(
            ErrorCode.IMAGE_TOO_LARGE,
            f"the image has more than {MAX_PIXELS // 1_000_000} megapixels",
        )


class LiveState(StrEnum):
    COLLECTING = "collecting"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass
class LiveEnrolment:
    """Collects ``needed`` good frames of one face; the worker feeds it."""

    person_id: int
    needed: int
    started: float = field(default_factory=time.monotonic)  # the service's clock
    looks: int = 0  # frames offered so far
    samples: list[FaceSample] = field(default_factory=list)
    state: LiveState = LiveState.COLLECTING
    hint: Hint | None = Hint.LOOK  # a code the clients translate; None once failed
    error: ErrorCode | None = None
    _last_taken: float = -1.0

    def as_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "state": self.state.value,
            "collected": len(self.samples),
            "needed": self.needed,
            "remaining": max(0, self.needed - len(self.samples)),
            "hint": self.hint,
            "error": self.error,
        }

    def fail(self, code: ErrorCode) -> None:
        self.state = LiveState.FAILED
        self.error = code
        self.hint = None

    def offer(self, faces: list[FaceSample], now: float) -> bool:
        """Consider one frame's faces; True if a sample was taken."""
        self.looks += 1
        if now - self.started > LIVE_TIMEOUT and self.looks > LIVE_MIN_LOOKS:
            self.fail(ErrorCode.ENROLMENT_TIMEOUT)
            return False
        if len(faces) != 1:
            self.hint = Hint.ONE_FACE if faces else Hint.NO_FACE
            return False
        face = faces[0]
        if face.quality.score < MIN_QUALITY:
            self.hint = Hint.CLOSER
            return False
        if self.samples:
            first = self.samples[0].embedding
            if float(np.linalg.norm(face.embedding - first)) > SAME_PERSON:
                self.hint = Hint.SAME_PERSON
                return False
        if now - self._last_taken < LIVE_SPACING:
            return False
        self._last_taken = now
        self.samples.append(face)
        self.hint = Hint.HOLD_STILL if len(self.samples) < self.needed else Hint.DONE
        return True

    @property
    def complete(self) -> bool:
        return len(self.samples) >= self.needed
