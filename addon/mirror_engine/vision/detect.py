"""Face detection with dlib's HOG detector (through face_recognition).

dlib releases the GIL while it scans, so a detection thread leaves the frame
loop's timing intact (measured in bench/frame_loop.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import face_recognition

from ..frames import Frame, Image
from ..workers import Worker


@dataclass(frozen=True, slots=True)
class FaceBox:
    """A face in frame pixels."""

    left: int
    top: int
    right: int
    bottom: int

    def as_json(self) -> dict[str, int]:
        return {"left": self.left, "top": self.top, "right": self.right, "bottom": self.bottom}


class FaceDetector:
    """HOG face detection on a copy downscaled to at most ``max_width`` pixels."""

    def __init__(self, max_width: int = 640, upsample: int = 1) -> None:
        self.max_width = max_width
        self.upsample = upsample

    def detect(self, image: Image) -> list[FaceBox]:
        height, width = image.shape[:2]
        scale = min(1.0, self.max_width / width)
        small = (
            image
            if scale == 1.0
            else cv2.resize(
                image, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_AREA
            )
        )
        rgb = cv2.cvtColor(small, cv2.COLOR_BGR2RGB)
        found = face_recognition.face_locations(rgb, self.upsample, model="hog")
        return [
            FaceBox(
                round(left / scale), round(top / scale), round(right / scale), round(bottom / scale)
            )
            for top, right, bottom, left in found
        ]


class FaceDetectWorker(Worker):
    """Detects faces in every frame it can take and publishes ``faces``."""

    name = "face_detect"

    def setup(self) -> None:
        self.detector = FaceDetector()

    def process(self, frame: Frame) -> None:
        boxes = self.detector.detect(frame.image)
        self.ctx.bus.publish(
            "faces",
            seq=frame.seq,
            t_capture=frame.t_capture,
            width=frame.width,
            height=frame.height,
            boxes=[b.as_json() for b in boxes],
        )
