"""Personal expression calibration (second source paper): a small head on
frozen features, trained per person, promoted only if it beats the generic
emotion model on that person's own held-out frames.

Features per frame: the faceres 1024-d descriptor and the generic model's 7
emotion probabilities (so the generic prediction is the arg-max of the last 7).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..contract import EMOTIONS

MIN_PER_CLASS = 100
GENERIC = slice(-len(EMOTIONS), None)


class CalibrationError(ValueError):
    pass


@dataclass
class Split:
    train: NDArray[np.int64]
    val: NDArray[np.int64]
    test: NDArray[np.int64]


def split_70_15_15(labels: NDArray[np.int64], seed: int = 0) -> Split:
    """Stratified 70/15/15 split of sample indices."""
    from sklearn.model_selection import train_test_split

    index = np.arange(len(labels))
    train, rest = train_test_split(index, test_size=0.30, stratify=labels, random_state=seed)
    val, test = train_test_split(rest, test_size=0.50, stratify=labels[rest], random_state=seed)
    return Split(np.sort(train), np.sort(val), np.sort(test))


def report(truth: NDArray[np.int64], predicted: NDArray[np.int64]) -> dict[str, Any]:
    from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

    labels = list(range(len(EMOTIONS)))
    precision, recall, f1, _ = precision_recall_fscore_support(
        truth, predicted, labels=labels, average="macro", zero_division=0
    )
    return {
        "accuracy": round(float(accuracy_score(truth, predicted)), 4),
        "precision_macro": round(float(precision), 4),
        "recall_macro": round(float(recall), 4),
        "f1_macro": round(float(f1), 4),
        "confusion": confusion_matrix(truth, predicted, labels=labels).tolist(),
        "labels": list(EMOTIONS),
        "n": len(truth),
    }


class ExpressionHead:
    """Standardise -> dense (ReLU) -> dense (softmax over the 7 classes); the
    forward pass in numpy from JSON weights (no pickles in the store)."""

    def __init__(self, weights: dict[str, Any]) -> None:
        self.mean = np.asarray(weights["mean"], np.float32)
        self.scale = np.asarray(weights["scale"], np.float32)
        self.w1 = np.asarray(weights["w1"], np.float32)
        self.b1 = np.asarray(weights["b1"], np.float32)
        self.w2 = np.asarray(weights["w2"], np.float32)
        self.b2 = np.asarray(weights["b2"], np.float32)

    def probabilities(self, features: NDArray[np.float32]) -> NDArray[np.float32]:
        x = (np.atleast_2d(features) - self.mean) / self.scale
        hidden = np.maximum(x @ self.w1 + self.b1, 0)
        logits = hidden @ self.w2 + self.b2
        e = np.exp(logits - logits.max(axis=1, keepdims=True))
        return np.asarray(e / e.sum(axis=1, keepdims=True), np.float32)


def train(
    labels: list[str], features: NDArray[np.float32], hidden: int = 64, seed: int = 0
) -> dict[str, Any]:
    """Train, evaluate against the generic model, decide promotion. Runs in the
    trainer's process; returns metrics and JSON-able weights."""
    from sklearn.neural_network import MLPClassifier
    from sklearn.preprocessing import StandardScaler

    counts = {e: labels.count(e) for e in EMOTIONS}
    short = {e: n for e, n in counts.items() if n < MIN_PER_CLASS}
    if short:
        raise CalibrationError(f"need {MIN_PER_CLASS} frames of every expression; missing: {short}")
    y = np.array([EMOTIONS.index(label) for label in labels], np.int64)
    parts = split_70_15_15(y, seed)
    scaler = StandardScaler().fit(features[parts.train])
    best: tuple[float, Any] | None = None
    for alpha in (1e-4, 1e-2, 1.0):  # chosen on the validation split
        model = MLPClassifier(
            hidden_layer_sizes=(hidden,),
            activation="relu",
            alpha=alpha,
            max_iter=400,
            random_state=seed,
        ).fit(scaler.transform(features[parts.train]), y[parts.train])
        score = float(model.score(scaler.transform(features[parts.val]), y[parts.val]))
        if best is None or score > best[0]:
            best = (score, model)
    assert best is not None
    model = best[1]
    weights = {
        "mean": scaler.mean_.tolist(),
        "scale": scaler.scale_.tolist(),
        "w1": model.coefs_[0].tolist(),
        "b1": model.intercepts_[0].tolist(),
        "w2": model.coefs_[1].tolist(),
        "b2": model.intercepts_[1].tolist(),
    }
    head = ExpressionHead(weights)
    test = features[parts.test]
    personal = report(y[parts.test], np.argmax(head.probabilities(test), axis=1))
    generic = report(y[parts.test], np.argmax(test[:, GENERIC], axis=1))
    return {
        "metrics": {
            "personal": personal,
            "generic": generic,
            "validation_accuracy": round(best[0], 4),
            "split": {"train": len(parts.train), "val": len(parts.val), "test": len(parts.test)},
            "per_class": counts,
        },
        "weights": weights,
        "promote": personal["accuracy"] > generic["accuracy"],
    }
