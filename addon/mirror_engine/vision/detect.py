"""Presence: face detection (dlib HOG via face_recognition) and a person
detector that works when the face is turned away (OpenCV's built-in HOG
people detector, which needs no weight files).

dlib and OpenCV release the GIL while they scan, so a detection thread
leaves the frame loop's timing intact (measured in bench/frame_loop.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import face_recognition
import numpy as np

from ..contract import EventType
from ..pipeline.frames import Frame, Image
from ..pipeline.workers import Worker


@dataclass(frozen=True, slots=True)
class FaceBox:
    """A rectangle in frame pixels."""

    left: int
    top: int
    right: int
    bottom: int

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @property
    def center(self) -> tuple[float, float]:
        return ((self.left + self.right) / 2, (self.top + self.bottom) / 2)

    def iou(self, other: FaceBox) -> float:
        w = min(self.right, other.right) - max(self.left, other.left)
        h = min(self.bottom, other.bottom) - max(self.top, other.top)
        if w <= 0 or h <= 0:
            return 0.0
        inter = w * h
        return inter / (self.width * self.height + other.width * other.height - inter)

    def as_json(self) -> dict[str, int]:
        return {"left": self.left, "top": self.top, "right": self.right, "bottom": self.bottom}


def _downscale(image: Image, max_width: int) -> tuple[Image, float]:
    height, width = image.shape[:2]
    scale = min(1.0, max_width / width)
    if scale == 1.0:
        return image, 1.0
    size = (round(width * scale), round(height * scale))
    return np.asarray(cv2.resize(image, size, interpolation=cv2.INTER_AREA), np.uint8), scale


def with_margin(image: Image, fraction: float) -> Image:
    """The image inside a plain border ``fraction`` of its longer side wide,
    in its mean colour. HOG needs some context around a face: a photo cropped
    to the face (a profile picture, an ID photo) has none, and is found once
    framed."""
    pad = round(fraction * max(image.shape[:2]))
    mean = [int(v) for v in image.reshape(-1, image.shape[2]).mean(axis=0)]
    framed = cv2.copyMakeBorder(image, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=mean)
    return np.asarray(framed, np.uint8)


class FaceDetector:
    """HOG face detection on a copy downscaled to at most ``max_width`` pixels;
    faces smaller than ``min_size`` frame pixels are ignored."""

    def __init__(
        self, max_width: int = 640, upsample: int = 1, min_size: int = 40, model: str = "hog"
    ) -> None:
        self.max_width = max_width
        self.upsample = upsample
        self.min_size = min_size
        self.model = model

    def detect(self, image: Image) -> list[FaceBox]:
        small, scale = _downscale(image, self.max_width)
        rgb = cv2.cvtColor(small, cv2.COLOR_BGR2RGB)
        found = face_recognition.face_locations(rgb, self.upsample, model=self.model)
        height, width = image.shape[:2]
        boxes = [
            FaceBox(
                max(0, round(left / scale)),
                max(0, round(top / scale)),
                min(width, round(right / scale)),
                min(height, round(bottom / scale)),
            )
            for top, right, bottom, left in found
        ]
        return [b for b in boxes if min(b.width, b.height) >= self.min_size]

    def detect_near(
        self, image: Image, near: Sequence[FaceBox], margin: float = 0.5
    ) -> list[FaceBox]:
        """Faces in the region around ``near`` (grown by ``margin`` face sizes
        on each side), searched at the scale ``detect`` searches the whole
        frame at, so the boxes are the ones a whole look finds there; the cost
        is the region's share of a whole look."""
        height, width = image.shape[:2]
        scale = min(1.0, self.max_width / width)
        grow = margin * max(max(b.width, b.height) for b in near)
        x0 = max(0, round(min(b.left for b in near) - grow))
        y0 = max(0, round(min(b.top for b in near) - grow))
        x1 = min(width, round(max(b.right for b in near) + grow))
        y1 = min(height, round(max(b.bottom for b in near) + grow))
        crop = image[y0:y1, x0:x1]
        if scale < 1.0:
            size = (max(1, round((x1 - x0) * scale)), max(1, round((y1 - y0) * scale)))
            crop = np.asarray(cv2.resize(crop, size, interpolation=cv2.INTER_AREA), np.uint8)
        rgb = cv2.cvtColor(crop, cv2.COLOR_BGR2RGB)
        found = face_recognition.face_locations(rgb, self.upsample, model=self.model)
        boxes = [
            FaceBox(
                max(0, x0 + round(left / scale)),
                max(0, y0 + round(top / scale)),
                min(width, x0 + round(right / scale)),
                min(height, y0 + round(bottom / scale)),
            )
            for top, right, bottom, left in found
        ]
        return [b for b in boxes if min(b.width, b.height) >= self.min_size]


class PersonDetector:
    """Whole people (upright, facing any way) with OpenCV's default HOG+SVM."""

    def __init__(self, max_width: int = 640) -> None:
        self.max_width = max_width
        self._hog = cv2.HOGDescriptor()
        weights = cv2.HOGDescriptor.getDefaultPeopleDetector()  # shipped inside OpenCV
        self._hog.setSVMDetector(np.asarray(weights, np.float32))

    def detect(self, image: Image) -> list[FaceBox]:
        small, scale = _downscale(image, self.max_width)
        rects, weights = self._hog.detectMultiScale(small, winStride=(8, 8), scale=1.05)
        return [
            FaceBox(
                round(x / scale), round(y / scale), round((x + w) / scale), round((y + h) / scale)
            )
            for (x, y, w, h), weight in zip(rects, np.ravel(weights), strict=True)
            if weight > 0.5
        ]


class FaceDetectWorker(Worker):
    """Detects faces in every frame it can take and publishes ``faces``
    (used by the frame-loop benchmark as a pure detection load)."""

    name = "face_detect"

    def setup(self) -> None:
        self.detector = FaceDetector()

    def process(self, frame: Frame) -> None:
        boxes = self.detector.detect(frame.image)
        self.ctx.bus.publish(
            EventType.FACES, **frame.ref(), faces=[{"box": b.as_json()} for b in boxes]
        )
