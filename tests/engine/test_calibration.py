"""Personal expression calibration and the trainer (second source paper):
frames collected per expression, a 70/15/15 split, a one-hidden-layer head on
frozen features, the report, and promotion only when it beats the generic model."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from numpy.typing import NDArray

from devkit.harness import MODELS
from mirror_engine.assessment.analysis import AnalysisWorker, ExpressionCollector
from mirror_engine.assessment.calibration import CalibrationError, train
from mirror_engine.assessment.trainer import EXPRESSION, EXPRESSION_SAMPLES, IDENTITY_KIND, Trainer
from mirror_engine.contract import EMOTIONS
from mirror_engine.models.registry import ModelRegistry
from mirror_engine.pipeline.events import EventBus
from mirror_engine.pipeline.frames import Frame
from mirror_engine.pipeline.workers import WorkerContext
from mirror_engine.store import Store
from mirror_engine.vision.analyze import FaceAnalyzer
from mirror_engine.vision.detect import FaceBox, FaceDetector
from tests.engine.rig import Rig

# Seven different real faces stand for seven expressions: what matters here is
# that the frames of one class look alike and differ from the others'.
PHOTOS = [
    "people/biden/biden.jpg",
    "people/kit_harington/john1.jpeg",
    "people/obama/obama.jpg",
    "people/rose_leslie/img1.jpg",
    "people/alex_lacamoire/img1.jpg",
    "scenes/lin-manuel-miranda.png",
    "people/rose_leslie/img2.jpg",
]
PER_CLASS = 100


@pytest.fixture(scope="module")
def analyzer() -> FaceAnalyzer:
    if not (MODELS / "manifest.json").is_file():
        pytest.fail(f"models are not installed in {MODELS}: run `make dev`")
    return FaceAnalyzer(ModelRegistry(MODELS))


def jittered(
    image: NDArray[np.uint8], box: FaceBox, rng: np.random.Generator
) -> tuple[Any, FaceBox]:
    """A webcam-like variation of a frame: moved box, light, noise, mirror."""
    dx, dy = (rng.uniform(-0.08, 0.08, 2) * box.width).astype(int)
    grow = int(rng.uniform(-0.08, 0.08) * box.width)
    moved = FaceBox(
        box.left + dx - grow, box.top + dy - grow, box.right + dx + grow, box.bottom + dy + grow
    )
    frame = image.astype(np.float32) * rng.uniform(0.8, 1.2) + rng.uniform(-20, 20)
    frame += rng.normal(0, 3, frame.shape)
    frame = np.clip(frame, 0, 255).astype(np.uint8)
    if rng.random() < 0.5:
        frame = np.ascontiguousarray(frame[:, ::-1])
        moved = FaceBox(
            image.shape[1] - moved.right, moved.top, image.shape[1] - moved.left, moved.bottom
        )
    return frame, moved


@pytest.fixture(scope="module")
def collected(analyzer: FaceAnalyzer, faces_dir: Path) -> tuple[list[str], NDArray[np.float32]]:
    rng = np.random.default_rng(5)
    detector = FaceDetector(max_width=1024)
    labels: list[str] = []
    rows = []
    for label, photo in zip(EMOTIONS, PHOTOS, strict=True):
        image = np.asarray(cv2.imread(str(faces_dir / photo)), np.uint8)
        box = max(detector.detect(image), key=lambda b: b.width)
        for _ in range(PER_CLASS):
            rows.append(analyzer.analyze(*jittered(image, box, rng)).features)
            labels.append(label)
    return labels, np.vstack(rows)


def test_a_head_that_beats_the_generic_model_is_promoted(
    collected: tuple[list[str], NDArray[np.float32]],
) -> None:
    labels, features = collected
    result = train(labels, features)
    metrics = result["metrics"]
    assert metrics["split"] == {"train": 490, "val": 105, "test": 105}  # 70/15/15
    personal = metrics["personal"]
    assert {
        "accuracy",
        "precision_macro",
        "recall_macro",
        "f1_macro",
        "confusion",
    } <= personal.keys()
    confusion = np.array(personal["confusion"])
    assert confusion.shape == (7, 7)
    assert confusion.sum() == 105
    assert personal["accuracy"] == pytest.approx(np.trace(confusion) / 105, abs=1e-3)
    assert personal["accuracy"] > metrics["generic"]["accuracy"]
    assert personal["accuracy"] >= 0.9
    assert result["promote"] is True


def test_a_head_that_does_not_beat_the_generic_model_is_rejected(
    collected: tuple[list[str], NDArray[np.float32]],
) -> None:
    labels, features = collected
    already_right = features.copy()
    already_right[:, -7:] = np.eye(7)[[EMOTIONS.index(label) for label in labels]]
    result = train(labels, already_right)
    assert result["metrics"]["generic"]["accuracy"] == 1.0
    assert result["promote"] is False  # a tie is not better


def test_too_few_frames_are_refused(collected: tuple[list[str], NDArray[np.float32]]) -> None:
    labels, features = collected
    with pytest.raises(CalibrationError, match="need 100 frames of every expression"):
        train(labels[:-1], features[:-1])


def test_trainer_versions_promotion_and_rollback(
    tmp_path: Path, collected: tuple[list[str], NDArray[np.float32]]
) -> None:
    labels, features = collected
    store = Store(tmp_path / "mirror.db")
    bus = EventBus()
    events: list[Any] = []
    bus.subscribe(events.append)
    trainer = Trainer(store, bus)
    try:
        person = store.persons.create("Anna")
        for label, row in zip(labels, features, strict=True):
            store.samples.add(
                person_id=person.id,
                kind=EXPRESSION_SAMPLES,
                embedding=row,
                confidence=None,
                face_jpeg=None,
                label=label,
            )
        trainer.train_expression(person.id).result(timeout=120)
        trainer.train_expression(person.id).result(timeout=120)
        for _ in range(50):  # the done-callbacks record the versions
            if len(store.models.history(EXPRESSION, person.id)) == 2:
                break
            time.sleep(0.1)
        versions = store.models.history(EXPRESSION, person.id)
        assert [v["promoted"] for v in versions] == [True, True]
        assert [v["active"] for v in versions] == [True, False]
        assert trainer.rollback(EXPRESSION, person.id) == versions[1]["id"]
        assert store.models.active(EXPRESSION, person.id)["id"] == versions[1]["id"]  # type: ignore[index]
        assert trainer.rollback(EXPRESSION, person.id) is None  # nothing older
        status = trainer.status()
        assert status["samples"] == {EXPRESSION_SAMPLES: 700}
        assert status["last_run"]["promoted"] is True
        assert [e.data["state"] for e in events if e.type == "training"].count("done") == 2
    finally:
        trainer.close()
        store.close()


def test_collection_at_webcam_rate_and_the_promoted_head_in_use(
    tmp_path: Path,
    faces_dir: Path,
    analyzer: FaceAnalyzer,
    collected: tuple[list[str], NDArray[np.float32]],
) -> None:
    rig = Rig(tmp_path, faces_dir)
    try:
        rig.enrol("Obama")
        collector = ExpressionCollector()
        worker = AnalysisWorker(
            WorkerContext(rig.bus, rig.store), rig.identity, analyzer, collector
        )
        photo = rig.image("scenes/obama1.jpg")
        rig.show(photo)
        owner = rig.identity.session.personal_owner()
        assert owner is not None
        collector.start(owner[0], owner[1], "happy", 5)
        for _ in range(6):
            worker.process(Frame(rig.seq, 0.0, photo, rig.t))
            if collector.current is not None:
                assert worker.interval == 0.04  # 25 frames a second while collecting
        assert collector.current is None
        assert rig.store.samples.label_counts(owner[0], EXPRESSION_SAMPLES) == {"happy": 5}
        progress = [e.data for e in rig.of_type("calibration")]
        assert progress[-1]["done"] is True

        labels, features = collected
        result = train(labels, features)
        rig.store.models.add(EXPRESSION, owner[0], result["metrics"], result["weights"], True)
        worker.process(Frame(rig.seq, 0.0, photo, rig.t))
        raw = rig.of_type("assessment")[-1].data["raw"]
        generic = analyzer.analyze(photo, rig.identity.session.owner_face()[2])  # type: ignore[index]
        assert raw["emotions"] != {k: round(v, 4) for k, v in generic.emotions.items()}
    finally:
        rig.close()


def test_identity_refinement_adds_collected_faces_and_rolls_back(
    tmp_path: Path, faces_dir: Path
) -> None:
    rig = Rig(tmp_path, faces_dir)
    trainer = Trainer(rig.store, rig.bus, identity=rig.identity)
    try:
        rig.enrol("Obama", "Biden")
        obama = rig.ids["Obama"]
        for photo in (
            "scenes/obama1.jpg",
            "scenes/obama3.jpg",
            "scenes/obama-240p.jpg",
            "scenes/obama_small.jpg",
            "scenes/obama_partial_face.jpg",
            "scenes/obama_partial_face2.jpg",
        ):
            sample = rig.identity.sample_from_image((faces_dir / photo).read_bytes())
            rig.store.samples.add(
                person_id=obama,
                kind="confirmed",
                embedding=sample.embedding,
                confidence=0.9,
                face_jpeg=None,
            )
        before = len(rig.identity.gallery)
        trainer.refine_identity().result(timeout=120)
        for _ in range(50):  # the done-callback stores the version and the faces
            if any(e.data.get("state") == "done" for e in rig.of_type("training")):
                break
            time.sleep(0.1)
        version = rig.store.models.history(IDENTITY_KIND)[0]
        assert version["promoted"] is True
        metrics = version["metrics"]
        assert (metrics["added"], metrics["held_out"]) == (3, 3)
        assert metrics["refined"]["accuracy"] >= metrics["current"]["accuracy"]
        assert metrics["refined"]["false_accepts"] == 0
        assert len(rig.identity.gallery) == before + 3  # swapped in for the worker
        assert rig.store.persons.get(obama).embeddings == 4  # type: ignore[union-attr]

        assert trainer.rollback(IDENTITY_KIND, None) == version["id"]
        assert len(rig.identity.gallery) == before
        assert rig.store.persons.get(obama).embeddings == 1  # type: ignore[union-attr]
        assert rig.store.models.active(IDENTITY_KIND, None) is None
    finally:
        trainer.close()
        rig.close()
