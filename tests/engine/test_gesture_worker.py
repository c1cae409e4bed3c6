"""The gesture worker: real keypoint models on the shared clip (ordinary
motion must trigger nothing), and the round trip from a gesture to a command,
to a confirmation question, to a thumbs-up that answers it."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

from devkit.harness import CLIP, MODELS
from mirror_engine.interaction.commands import CommandRouter
from mirror_engine.interaction.gesture_worker import GestureWorker, body_region
from mirror_engine.models.registry import ModelRegistry
from mirror_engine.pipeline.events import Event, EventBus
from mirror_engine.pipeline.frames import Frame
from mirror_engine.pipeline.workers import WorkerContext
from mirror_engine.store import Store
from mirror_engine.vision.gestures import Gesture
from mirror_engine.vision.keypoints import PoseFrame


class Parts:
    def __init__(self, folder: Path) -> None:
        self.bus = EventBus()
        self.events: list[Event] = []
        self.bus.subscribe(self.events.append)
        self.store = Store(folder / "mirror.db")

        async def run(command: object) -> dict[str, object]:
            return {}

        self.router = CommandRouter(self.bus, self.store, {"gesture": 0.75}, run, lambda: None)
        self.worker = GestureWorker(
            WorkerContext(self.bus, self.store), ModelRegistry(MODELS), self.router
        )

    def of_type(self, kind: str) -> list[dict[str, object]]:
        return [e.data for e in self.events if e.type == kind]


@pytest.fixture
def parts(tmp_path: Path) -> Iterator[Parts]:
    made = Parts(tmp_path)
    yield made
    made.store.close()


@pytest.fixture(scope="module")
def clip_keypoints(tmp_path_factory: pytest.TempPathFactory) -> list[PoseFrame]:
    """What the worker sees in every frame of the shared clip."""
    if not CLIP.is_file():
        pytest.fail(f"the shared clip is missing: {CLIP}")
    parts = Parts(tmp_path_factory.mktemp("clip"))
    parts.worker.setup()
    capture = cv2.VideoCapture(str(CLIP))
    fps = capture.get(cv2.CAP_PROP_FPS)
    observed: list[PoseFrame] = []
    while True:
        ok, image = capture.read()
        if not ok:
            break
        index = len(observed)
        frame = Frame(index, 0.0, np.asarray(image, np.uint8), index / fps)
        observed.append(parts.worker.observe(frame))
    parts.store.close()
    return observed


@pytest.mark.parametrize("every", [1, 2, 3])
def test_the_clips_ordinary_motion_triggers_nothing(
    parts: Parts, clip_keypoints: list[PoseFrame], every: int
) -> None:
    """He sings, points a finger up, spreads a hand at his chest, moves his
    arms: none of it is a gesture, analysed at 30, 15 or 10 frames a second."""
    assert len(clip_keypoints) > 250
    hands = sum(len(f.hands) for f in clip_keypoints)
    assert hands > 40, "the models should see his free hand in many frames"
    for observed in clip_keypoints[::every]:
        parts.worker.process_observed(observed, {"seq": 0})
    assert parts.of_type("gesture") == []


async def test_a_gesture_becomes_a_command_and_a_thumbs_up_confirms(parts: Parts) -> None:
    parts.router.start(asyncio.get_running_loop())
    sure = Gesture("swipe_left", 0.93, 1.0, [1.0, 2.0])
    unsure = Gesture("open_hand", 0.6, 2.0, [0.5, 0.25])
    await asyncio.to_thread(parts.worker.act, sure)
    await asyncio.sleep(0.1)
    [command] = parts.of_type("command")
    assert (command["name"], command["modality"]) == ("next_widget", "gesture")

    await asyncio.to_thread(parts.worker.act, unsure)
    await asyncio.sleep(0.1)
    [question] = parts.of_type("confirm")
    assert (question["name"], question["confidence"]) == ("toggle_focused", 0.6)
    assert len(parts.of_type("command")) == 1  # not carried out yet

    # an unsure thumbs-up does not answer; a sure one does
    await asyncio.to_thread(parts.worker.act, Gesture("thumbs_up", 0.5, 3.0, [0.0]))
    await asyncio.sleep(0.1)
    assert parts.of_type("confirm_result") == []
    await asyncio.to_thread(parts.worker.act, Gesture("thumbs_up", 0.9, 4.0, [0.0]))
    await asyncio.sleep(0.1)
    [outcome] = parts.of_type("confirm_result")
    assert (outcome["outcome"], outcome["via"], outcome["name"]) == (
        "confirmed",
        "gesture",
        "toggle_focused",
    )
    assert [c["name"] for c in parts.of_type("command")] == ["next_widget", "toggle_focused"]
    [(sample, label, detail)] = parts.store.samples.of_kind("gesture_command")
    assert (label, sample.confidence) == ("toggle_focused", 0.6)
    assert json.loads(detail or "{}")["gesture"] == "open_hand"

    # nothing open: a thumbs-up is only an event
    await asyncio.to_thread(parts.worker.act, Gesture("thumbs_up", 0.95, 5.0, [0.0]))
    await asyncio.sleep(0.1)
    assert len(parts.of_type("confirm_result")) == 1


def test_the_body_region_is_around_the_face() -> None:
    x0, y0, x1, y1 = body_region((100, 50, 140, 90))
    assert (x0, x1) == (100 - 120, 140 + 120)
    assert y0 < 50 < 90 < y1
