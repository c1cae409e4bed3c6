"""Assessment on real photos: emotion, age, smoothing, Evolution history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
import skimage.data

from devkit.harness import MODELS
from mirror_engine.assessment.analysis import AnalysisWorker
from mirror_engine.contract import EMOTIONS
from mirror_engine.contract import SessionState as State
from mirror_engine.models.registry import ModelMissingError, ModelRegistry
from mirror_engine.pipeline.frames import Frame, Image
from mirror_engine.pipeline.workers import WorkerContext
from mirror_engine.vision import deepface_backend
from mirror_engine.vision.analyze import FaceAnalyzer, face_crop, model_inputs
from mirror_engine.vision.detect import FaceDetector
from tests.engine.rig import Rig


@pytest.fixture(scope="module")
def analyzer() -> FaceAnalyzer:
    if not (MODELS / "manifest.json").is_file():
        pytest.fail(f"models are not installed in {MODELS}: run `make dev`")
    return FaceAnalyzer(ModelRegistry(MODELS))


def largest_face_assessment(analyzer: FaceAnalyzer, image: Image):  # type: ignore[no-untyped-def]
    box = max(FaceDetector(max_width=1024).detect(image), key=lambda b: b.width)
    return analyzer.analyze(image, box)


def test_the_smiling_astronaut_is_happy(analyzer: FaceAnalyzer) -> None:
    rgb = skimage.data.astronaut()  # type: ignore[no-untyped-call]
    result = largest_face_assessment(
        analyzer, np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), np.uint8)
    )
    assert result.emotion == "happy"
    assert result.emotions["happy"] > 0.5
    assert set(result.emotions) == set(EMOTIONS)
    assert abs(sum(result.emotions.values()) - 1) < 1e-3


def mean_age(analyzer: FaceAnalyzer, folder: Path, classes: int) -> float:
    ages = []
    for photo in sorted(folder.iterdir()):
        image = cv2.imread(str(photo))
        assert image is not None
        result = largest_face_assessment(analyzer, np.asarray(image, np.uint8))
        assert 0 <= result.age_argmax < classes
        ages.append(result.age)
    return float(np.mean(ages))


def test_biden_looks_older_than_kit_harington(analyzer: FaceAnalyzer, faces_dir: Path) -> None:
    people = faces_dir / "people"
    biden = mean_age(analyzer, people / "biden", 100)
    kit = mean_age(analyzer, people / "kit_harington", 100)
    assert biden - kit >= 15, (biden, kit)


@pytest.fixture
def assessed(
    tmp_path: Path, faces_dir: Path, analyzer: FaceAnalyzer
) -> Iterator[tuple[Rig, AnalysisWorker]]:
    rig = Rig(tmp_path, faces_dir)
    rig.enrol("Obama")
    worker = AnalysisWorker(WorkerContext(rig.bus, rig.store), rig.identity, analyzer)
    yield rig, worker
    rig.close()


def test_assessment_follows_the_session_and_is_smoothed(
    assessed: tuple[Rig, AnalysisWorker], shared_clip: Path
) -> None:
    rig, worker = assessed
    lin = rig.identity.create_person("Lin-Manuel")
    rig.identity.enrol_images(lin.id, [(rig.faces / "scenes/lin-manuel-miranda.png").read_bytes()])
    cap = cv2.VideoCapture(str(shared_clip))
    try:
        for _ in range(60):
            ok, image = cap.read()
            assert ok
            frame = np.asarray(image, np.uint8)
            rig.show(frame, dt=1 / 30)
            worker.process(Frame(rig.seq, 0.0, frame, rig.t))
    finally:
        cap.release()
    events = [e.data for e in rig.of_type("assessment")]
    assert len(events) >= 30
    assert {e["person_id"] for e in events} == {lin.id}
    raw = np.array([e["raw"]["age"] for e in events])
    smooth = np.array([e["smoothed"]["age"] for e in events])
    assert np.std(np.diff(smooth)) < np.std(np.diff(raw))  # steadier on screen
    points = rig.store.history.for_person(lin.id, "assessment")
    assert len(points) == 1  # one point a minute
    assert points[0]["data"]["emotion"] in EMOTIONS


def test_no_assessment_without_a_personal_session(assessed: tuple[Rig, AnalysisWorker]) -> None:
    rig, worker = assessed
    stranger = rig.image("scenes/lin-manuel-miranda.png")
    assert rig.show(stranger) is State.GUEST
    worker.process(Frame(rig.seq, 0.0, stranger, rig.t))
    assert rig.of_type("assessment") == []


def test_the_fer_emotion_model_is_selectable(faces_dir: Path) -> None:
    if not (MODELS / "manifest.json").is_file():
        pytest.fail(f"models are not installed in {MODELS}: run `make dev`")
    fer = FaceAnalyzer(ModelRegistry(MODELS), emotion_model="fer")
    assert fer.fer is not None
    rgb = skimage.data.astronaut()  # type: ignore[no-untyped-call]
    result = largest_face_assessment(
        fer, np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), np.uint8)
    )
    assert result.emotion == "happy"
    assert abs(sum(result.emotions.values()) - 1) < 1e-2


def test_the_fused_emotion_is_the_plain_mean_of_both_models(
    analyzer: FaceAnalyzer, faces_dir: Path
) -> None:
    """bench/emotion_fusion.py found no weighting, class bias or flip that beats
    the plain mean held out: a new fusion has to beat it there first."""
    image = np.asarray(cv2.imread(str(faces_dir / "people/biden/biden.jpg")), np.uint8)
    box = max(FaceDetector(max_width=1024).detect(image), key=lambda b: b.width)
    gray = model_inputs(face_crop(image, box))["emotion"]
    human, fer = (
        FaceAnalyzer(analyzer.registry, emotion_model=m).emotion_scores(gray)
        for m in ("human", "fer")
    )
    assert np.argmax(human) != np.argmax(fer)  # two models that disagree: a mean to check
    assert np.allclose(analyzer.emotion_scores(gray), (human + fer) / 2, atol=1e-6)


@pytest.mark.parametrize(("threshold", "state"), [(0.3, State.ACTIVE), (0.99, State.GUEST)])
def test_the_model_liveness_gate_keeps_a_doubtful_face_out(
    tmp_path: Path, faces_dir: Path, analyzer: FaceAnalyzer, threshold: float, state: State
) -> None:
    rig = Rig(tmp_path, faces_dir, liveness="model", liveness_threshold=threshold)
    try:
        rig.enrol("Obama")
        rig.identity.liveness = analyzer.live
        photo = rig.image("scenes/obama1.jpg")  # scores about 0.45
        assert rig.show(photo) is state
        snapshot = rig.identity.session.snapshot()
        if state is State.GUEST:
            assert snapshot["spoof_suspected"] is True
            assert snapshot["suggest_enrolment"] is False
            assert rig.identity.session.personal_owner() is None
            assert rig.of_type("person_recognized") == []
    finally:
        rig.close()


def held_up(photo: Image, rng: np.random.Generator) -> Image:
    """The photo as a hand holds it up: the whole plane shifts and tilts a little."""
    h, w = photo.shape[:2]
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    moved = (
        corners
        + rng.normal(0, 6, (4, 2)).astype(np.float32)
        + rng.normal(0, 8, 2).astype(np.float32)
    )
    warp = cv2.getPerspectiveTransform(corners, moved)
    frame = cv2.warpPerspective(photo, warp, (w, h), borderMode=cv2.BORDER_REPLICATE).astype(
        np.float32
    )
    return np.asarray(
        np.clip(frame * rng.uniform(0.9, 1.1) + rng.normal(0, 2, frame.shape), 0, 255), np.uint8
    )


@pytest.mark.parametrize("moving", [True, False])
def test_a_photo_held_up_does_not_open_a_session(
    tmp_path: Path, faces_dir: Path, moving: bool
) -> None:
    rig = Rig(tmp_path, faces_dir, liveness="motion")
    try:
        rig.enrol("Obama")
        photo = rig.image("scenes/obama1.jpg")
        rng = np.random.default_rng(3)
        states = [rig.show(held_up(photo, rng) if moving else photo, dt=0.1) for _ in range(35)]
        assert State.ACTIVE not in states
        assert rig.of_type("person_recognized") == []
        assert states[-1] is State.GUEST
        assert rig.identity.session.snapshot()["spoof_suspected"] is True
    finally:
        rig.close()


def test_a_live_face_passes_the_motion_gate(
    tmp_path: Path, faces_dir: Path, shared_clip: Path
) -> None:
    rig = Rig(tmp_path, faces_dir, liveness="motion")
    try:
        lin = rig.identity.create_person("Lin-Manuel")
        rig.identity.enrol_images(
            lin.id, [(faces_dir / "scenes/lin-manuel-miranda.png").read_bytes()]
        )
        cap = cv2.VideoCapture(str(shared_clip))
        states = []
        for index in range(120):
            ok, image = cap.read()
            assert ok
            if index % 3 == 0:  # the worker takes about every third frame
                states.append(rig.show(np.asarray(image, np.uint8), dt=0.1))
        cap.release()
        assert states[0] is not State.ACTIVE  # not before the gate has seen it move
        assert State.ACTIVE in states
        assert rig.of_type("person_recognized")[0].data["name"] == "Lin-Manuel"
    finally:
        rig.close()


def test_deepface_without_its_package_or_weights_says_what_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEEPFACE_HOME", str(tmp_path))  # an empty weights folder
    reason = deepface_backend.missing(("age", "emotion"))
    assert reason is not None
    assert "deepface" in reason
    with pytest.raises(ModelMissingError, match="deepface"):
        FaceAnalyzer(ModelRegistry(MODELS), age_model="deepface")


def test_deepface_age_and_emotion_on_real_photos(faces_dir: Path) -> None:
    reason = deepface_backend.missing(("age", "emotion"))
    if reason is not None:
        pytest.skip(f"optional deepface backend unavailable here: {reason}")
    deep = FaceAnalyzer(ModelRegistry(MODELS), emotion_model="deepface", age_model="deepface")
    rgb = skimage.data.astronaut()  # type: ignore[no-untyped-call]
    smiling = largest_face_assessment(
        deep, np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), np.uint8)
    )
    assert smiling.emotion == "happy"
    assert abs(sum(smiling.emotions.values()) - 1) < 1e-3
    people = faces_dir / "people"
    biden = mean_age(deep, people / "biden", 101)
    kit = mean_age(deep, people / "kit_harington", 101)
    assert biden - kit >= 15, (biden, kit)
