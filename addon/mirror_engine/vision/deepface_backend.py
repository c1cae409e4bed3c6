"""Optional age and emotion from ``deepface`` (Keras models: a 101-class
apparent-age VGG-Face head, the paper's age classes, and a 48x48 FER2013
emotion CNN).

deepface is not a dependency of the engine: it pulls in TensorFlow and
downloads its weights from GitHub on first use, which the add-on never does
at run time. It is used only when the package is importable and its weights
are already in ``$DEEPFACE_HOME/.deepface/weights`` (copied there by the
household); otherwise selecting it fails at start-up with one message that
says what is missing, and the engine runs without Assessment.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..contract import EMOTIONS
from ..models.registry import ModelMissingError

WEIGHTS = {
    "age": "age_model_weights.h5",
    "emotion": "facial_expression_model_weights.h5",
}
# deepface names its emotions as the contract does
LABELS = EMOTIONS


def weights_dir() -> Path:
    """Where deepface looks for weights (its DEEPFACE_HOME convention)."""
    return Path(os.environ.get("DEEPFACE_HOME", str(Path.home()))) / ".deepface" / "weights"


def missing(actions: tuple[str, ...]) -> str | None:
    """Why deepface cannot run these actions here, or None when it can."""
    if importlib.util.find_spec("deepface") is None:
        return "deepface is not installed: run `pip install deepface tf-keras`"
    absent = [WEIGHTS[a] for a in actions if not (weights_dir() / WEIGHTS[a]).is_file()]
    if absent:
        return (
            f"deepface weights {', '.join(absent)} are not in {weights_dir()}:"
            " copy them there (the engine never downloads at run time)"
        )
    return None


class DeepFaceAgeEmotion:
    """Age (expected value over 101 classes) and 7 emotions for a face crop."""

    def __init__(self, actions: tuple[str, ...]) -> None:
        reason = missing(actions)
        if reason is not None:
            raise ModelMissingError(reason)
        self.actions = actions
        self._deepface: Any = importlib.import_module("deepface.DeepFace")

    def __call__(self, crop_bgr: NDArray[np.uint8]) -> dict[str, Any]:
        """``{"age": float, "emotions": {label: p}}`` for the actions asked for."""
        found = self._deepface.analyze(
            img_path=crop_bgr,
            actions=self.actions,
            detector_backend="skip",  # the engine has already found the face
            enforce_detection=False,
            silent=True,
        )[0]
        result: dict[str, Any] = {}
        if "age" in self.actions:
            result["age"] = float(found["age"])
        if "emotion" in self.actions:
            total = sum(float(found["emotion"][k]) for k in LABELS) or 1.0
            result["emotions"] = {k: float(found["emotion"][k]) / total for k in LABELS}
        return result
