"""Learning from confirmations: how sure a gesture really was.

Every answered confirmation question about a gesture is a labelled sample:
its features and whether the person meant a command (confirmed or corrected)
or not (rejected). A logistic model on those features predicts "meant" better
than the recogniser's hand-set confidence once a household has answered
enough questions; it is promoted only if its Brier score on held-out answers
is not worse, and then replaces the recogniser's confidence, so the mirror
asks less about what this household does and more about what it does not.

Runs in the trainer's child process; the weights are plain JSON.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..vision.gestures import GESTURES
from .commands import REJECTED

KIND = "gesture_confidence"
SAMPLES = "gesture_command"
MIN_SAMPLES = 20  # and at least 4 of each answer
MIN_PER_ANSWER = 4


class NotEnoughAnswers(ValueError):
    pass


def design(gesture: str, features: NDArray[np.float64]) -> NDArray[np.float64]:
    """The model's input: the gesture's features and which gesture it was."""
    kind = np.array([float(gesture == g) for g in GESTURES])
    return np.concatenate([np.asarray(features, np.float64), kind])


def train(
    gestures: list[str],
    labels: list[str],
    features: NDArray[np.float32],
    confidences: NDArray[np.float32],
    seed: int = 0,
) -> dict[str, Any]:
    """Fit, evaluate on a stratified 30% hold-out against the recogniser's own
    confidence, and say whether to promote."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split

    meant = np.array([label != REJECTED for label in labels], np.int64)
    if len(meant) < MIN_SAMPLES or min(meant.sum(), len(meant) - meant.sum()) < MIN_PER_ANSWER:
        raise NotEnoughAnswers(
            f"{len(meant)} answers ({int(meant.sum())} meant): need {MIN_SAMPLES},"
            f" with at least {MIN_PER_ANSWER} of each"
        )
    x = np.stack([design(g, f) for g, f in zip(gestures, features, strict=True)])
    train_i, test_i = train_test_split(
        np.arange(len(meant)), test_size=0.3, stratify=meant, random_state=seed
    )
    mean, scale = x[train_i].mean(axis=0), x[train_i].std(axis=0) + 1e-6
    model = LogisticRegression(C=1.0, max_iter=1000)
    model.fit((x[train_i] - mean) / scale, meant[train_i])
    weights = {
        "mean": mean.tolist(),
        "scale": scale.tolist(),
        "coef": model.coef_[0].tolist(),
        "bias": float(model.intercept_[0]),
    }
    ours = np.array([predict(weights, x[i]) for i in test_i])
    theirs = np.asarray(confidences, np.float64)[test_i]
    truth = meant[test_i]
    metrics = {
        "samples": len(meant),
        "meant": int(meant.sum()),
        "test": len(test_i),
        "brier": float(np.mean((ours - truth) ** 2)),
        "recogniser_brier": float(np.mean((theirs - truth) ** 2)),
        "accuracy": float(np.mean((ours >= 0.5) == truth)),
        "recogniser_accuracy": float(np.mean((theirs >= 0.5) == truth)),
    }
    return {
        "metrics": metrics,
        "weights": weights,
        "promote": metrics["brier"] <= metrics["recogniser_brier"],
    }


def predict(weights: dict[str, Any], x: NDArray[np.float64]) -> float:
    """P(meant) for one design row."""
    z = (x - np.asarray(weights["mean"])) / np.asarray(weights["scale"])
    logit = float(z @ np.asarray(weights["coef"]) + weights["bias"])
    return float(1.0 / (1.0 + np.exp(-logit)))
