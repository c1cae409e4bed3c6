"""An in-process recognition rig: real models, real photos, a fake clock."""

from __future__ import annotations

import time
from pathlib import Path

import cv2
import numpy as np

from mirror_engine.config import EngineConfig
from mirror_engine.contract import SessionState as State
from mirror_engine.identity.recognition import RecognitionWorker
from mirror_engine.identity.service import IdentityService
from mirror_engine.pipeline.events import Event, EventBus
from mirror_engine.pipeline.frames import Frame, Image
from mirror_engine.pipeline.workers import WorkerContext
from mirror_engine.store import Store

ENROL = {
    "Alex": "people/alex_lacamoire/img1.jpg",
    "Biden": "people/biden/biden.jpg",
    "Kit": "people/kit_harington/john1.jpeg",
    "Obama": "people/obama/obama.jpg",
    "Rose": "people/rose_leslie/img1.jpg",
}


class Rig:
    """An IdentityService and its worker, fed frames with a fake clock."""

    def __init__(self, data: Path, faces: Path, **options: object) -> None:
        self.faces = faces
        self.bus = EventBus()
        self.events: list[Event] = []
        self.bus.subscribe(self.events.append)
        self.store = Store(data / "mirror.db")
        # Still photos stand for people here: the liveness gate, which a photo
        # must not pass, is off unless a test is about it.
        config = self.config = EngineConfig.model_validate(
            {"leave_timeout": 5.0, "liveness": "off", **options}
        )
        self.t = 1000.0
        self.identity = IdentityService(self.store, self.bus, config, clock=lambda: self.t)
        self.worker = RecognitionWorker(WorkerContext(self.bus, self.store), self.identity)
        self.worker.setup()
        self.seq = 0
        self.ids: dict[str, int] = {}

    def enrol(self, *names: str) -> None:
        for name in names:
            person = self.identity.create_person(name)
            self.identity.enrol_images(person.id, [(self.faces / ENROL[name]).read_bytes()])
            self.ids[name] = person.id

    def image(self, relative: str) -> Image:
        image = cv2.imread(str(self.faces / relative))
        assert image is not None
        return np.asarray(image, np.uint8)

    def show(self, image: Image, dt: float = 0.1) -> State:
        self.t += dt
        self.seq += 1
        self.worker.process(Frame(self.seq, time.time(), image, self.t))
        return self.identity.session.state

    def of_type(self, kind: str) -> list[Event]:
        return [e for e in self.events if e.type == kind]

    def close(self) -> None:
        self.identity.close()
        self.store.close()


EMPTY = np.full((480, 640, 3), 128, np.uint8)  # nobody in front of the mirror
