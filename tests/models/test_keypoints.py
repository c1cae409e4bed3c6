"""The keypoint models on real pictures: MoveNet's decoding against the whole
TF.js graph, wrists on the watches in two_people.jpg, hands in the shared clip
where anyone can check them by looking at the frame."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest
import skimage.data
from numpy.typing import NDArray

from devkit.harness import CLIP, FACES
from mirror_engine.models.registry import TFJS_DIR, ModelRegistry
from mirror_engine.pipeline.frames import Image
from mirror_engine.vision.detect import FaceDetector
from mirror_engine.vision.hands import HandLandmarker
from mirror_engine.vision.keypoints import Body, Hand, HandPoint
from mirror_engine.vision.pose import PoseEstimator, square_input
from tests.models.conftest import REFERENCE

# Watch faces in two_people.jpg (pixels, read off the photo): each is on a wrist.
WATCHES = {"obama": (225, 545), "biden": (820, 500)}
FINGERS = {
    "thumb": (HandPoint.THUMB_MCP, HandPoint.THUMB_TIP),
    "index": (HandPoint.INDEX_PIP, HandPoint.INDEX_TIP),
    "middle": (HandPoint.MIDDLE_PIP, HandPoint.MIDDLE_TIP),
    "ring": (HandPoint.RING_PIP, HandPoint.RING_TIP),
    "pinky": (HandPoint.PINKY_PIP, HandPoint.PINKY_TIP),
}


@pytest.fixture(scope="module")
def registry(models_dir: Path) -> ModelRegistry:
    return ModelRegistry(models_dir)


@pytest.fixture(scope="module")
def clip_frames() -> dict[int, Image]:
    if not CLIP.is_file():
        pytest.fail(f"the shared clip is missing: {CLIP}")
    capture = cv2.VideoCapture(str(CLIP))
    frames: dict[int, Image] = {}
    index = 0
    while True:
        ok, frame = capture.read()
        if not ok:
            break
        if index in (0, 90, 180, 200):
            frames[index] = np.asarray(frame, np.uint8)
        index += 1
    return frames


def _tfjs_keypoints(
    models_dir: Path, batch: NDArray[np.float32], tmp_path: Path
) -> NDArray[np.float32]:
    (tmp_path / "input.bin").write_bytes(batch.astype("<f4").tobytes())
    request = {
        "input": {
            "name": "input",
            "shape": list(batch.shape),
            "file": str(tmp_path / "input.bin"),
            "dtype": "int32",
        },
        "outputs": ["Identity"],
    }
    (tmp_path / "request.json").write_text(json.dumps(request))
    model = models_dir / TFJS_DIR / "movenet-lightning.json"
    done = subprocess.run(
        ["node", str(REFERENCE), str(model), str(tmp_path / "request.json"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads((tmp_path / "out").read_text())["Identity"]
    return np.array(result["data"], np.float32).reshape(result["shape"])


def test_movenet_decoding_is_the_graphs_own(
    registry: ModelRegistry, models_dir: Path, clip_frames: dict[int, Image], tmp_path: Path
) -> None:
    estimator = PoseEstimator(registry)
    astronaut = cv2.cvtColor(skimage.data.astronaut(), cv2.COLOR_RGB2BGR)  # type: ignore[no-untyped-call]
    images = [np.asarray(astronaut, np.uint8), clip_frames[90], clip_frames[180]]
    for image in images:
        batch, side, left, top = square_input(image, None)
        batch = np.round(batch)
        expected = _tfjs_keypoints(models_dir, batch, tmp_path)[0, 0]  # (17, 3): y, x, score
        pose = estimator.estimate(image)
        ours = np.stack(
            [
                (pose.keypoints[:, 1] - top) / side,
                (pose.keypoints[:, 0] - left) / side,
                pose.keypoints[:, 2],
            ],
            axis=1,
        )
        assert np.abs(ours - expected).max() <= 2e-3, np.abs(ours - expected).max()


def test_wrists_are_on_the_watches_in_two_people(registry: ModelRegistry) -> None:
    image = np.asarray(cv2.imread(str(FACES / "scenes/two_people.jpg")), np.uint8)
    estimator = PoseEstimator(registry)
    faces = sorted(FaceDetector().detect(image), key=lambda b: b.left)
    assert len(faces) == 2
    for face, (name, watch) in zip(faces, WATCHES.items(), strict=True):
        w = face.width  # the person's region: shoulders to waist, around the face
        region = (
            face.left - 5 * w // 2,
            face.top - w // 2,
            face.left + 7 * w // 2,
            face.top + 6 * w,
        )
        pose = estimator.estimate(image, region)
        wrists = pose.keypoints[[Body.LEFT_WRIST, Body.RIGHT_WRIST], :2]
        nearest = float(np.min(np.linalg.norm(wrists - np.array(watch), axis=1)))
        # crossed arms: which arm is which is ambiguous, where the wrist is is not
        assert nearest <= 0.5 * w, f"{name}: nearest wrist {nearest:.0f} px from the watch"
        shoulders = pose.keypoints[[Body.LEFT_SHOULDER, Body.RIGHT_SHOULDER]]
        assert shoulders[:, 2].min() >= 0.5, f"{name}: shoulders not seen"
        assert shoulders[0, 0] > shoulders[1, 0], f"{name}: his left shoulder is on image right"


def _extended(hand: Hand, finger: str) -> bool:
    joint, tip = FINGERS[finger]
    wrist = hand.landmarks[HandPoint.WRIST, :2]
    reach = np.linalg.norm(hand.landmarks[tip, :2] - wrist)
    return bool(reach > 1.15 * np.linalg.norm(hand.landmarks[joint, :2] - wrist))


def _raised_hand(registry: ModelRegistry, image: Image) -> Hand:
    pose = PoseEstimator(registry).estimate(image)
    hands = HandLandmarker(registry).hands(image, pose)
    assert len(hands) == 1, f"expected his one free hand, got {len(hands)}"
    hand = hands[0]
    wrist = pose.point(hand.wrist)
    assert np.linalg.norm(hand.landmarks[HandPoint.WRIST, :2] - wrist) < 0.5 * np.linalg.norm(
        pose.point(Body.LEFT_SHOULDER) - pose.point(Body.RIGHT_SHOULDER)
    ), "the hand's wrist landmark is not at the body's wrist"
    return hand


def test_an_open_hand_in_the_clip(registry: ModelRegistry, clip_frames: dict[int, Image]) -> None:
    # frame 200: he spreads the fingers of his left hand (the microphone is in his right)
    hand = _raised_hand(registry, clip_frames[200])
    assert hand.wrist is Body.LEFT_WRIST
    assert all(_extended(hand, f) for f in FINGERS), {f: _extended(hand, f) for f in FINGERS}


def test_a_pointing_hand_in_the_clip(
    registry: ModelRegistry, clip_frames: dict[int, Image]
) -> None:
    # frame 180: index finger up, ring and little fingers folded
    hand = _raised_hand(registry, clip_frames[180])
    assert _extended(hand, "index")
    assert not _extended(hand, "ring")
    assert not _extended(hand, "pinky")
    tip, knuckle = hand.landmarks[HandPoint.INDEX_TIP], hand.landmarks[HandPoint.INDEX_MCP]
    assert tip[1] < knuckle[1], "the index finger points up"
