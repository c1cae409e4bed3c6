"""Learning gesture confidence from answered confirmations: the model, its
promotion rule, the worker using it, and the trainer on a real engine."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from devkit.harness import MODELS, EngineProcess, wait_until
from mirror_engine.interaction.gesture_calibration import (
    KIND,
    NotEnoughAnswers,
    design,
    predict,
    train,
)
from mirror_engine.interaction.gesture_worker import GestureWorker
from mirror_engine.models.registry import ModelRegistry
from mirror_engine.pipeline.events import EventBus
from mirror_engine.pipeline.workers import WorkerContext
from mirror_engine.store import Store
from mirror_engine.vision.gestures import FEATURE_NAMES, Gesture

DURATION = FEATURE_NAMES.index("duration")


def household(
    n: int, seed: int = 1
) -> tuple[list[str], list[str], NDArray[np.float32], NDArray[np.float32]]:
    """Answers of a household that means its quick swipes and rejects the slow
    ones, while the recogniser is equally unsure (0.6) of all of them."""
    rng = np.random.default_rng(seed)
    features = rng.normal(0.0, 1.0, (n, len(FEATURE_NAMES))).astype(np.float32)
    features[:, DURATION] = rng.uniform(0.1, 1.0, n)
    labels = ["next_widget" if d < 0.5 else "none" for d in features[:, DURATION]]
    return ["swipe_left"] * n, labels, features, np.full(n, 0.6, np.float32)


def test_the_learned_confidence_beats_the_recognisers_and_is_promoted() -> None:
    result = train(*household(60))
    metrics = result["metrics"]
    assert result["promote"] is True
    assert metrics["brier"] < metrics["recogniser_brier"]
    assert metrics["accuracy"] >= 0.85, metrics
    quick, slow = np.zeros(len(FEATURE_NAMES)), np.zeros(len(FEATURE_NAMES))
    quick[DURATION], slow[DURATION] = 0.2, 0.9
    weights = result["weights"]
    assert predict(weights, design("swipe_left", quick)) > 0.8
    assert predict(weights, design("swipe_left", slow)) < 0.2
    json.dumps(weights)  # plain JSON, no pickles


def test_a_model_no_better_than_the_recogniser_is_kept_aside() -> None:
    gestures, labels, features, _ = household(60)
    truth = np.array([label != "none" for label in labels], np.float32)
    result = train(gestures, labels, features, truth)  # the recogniser was already right
    assert result["promote"] is False


@pytest.mark.parametrize("n", [5, 19])
def test_too_few_answers_train_nothing(n: int) -> None:
    with pytest.raises(NotEnoughAnswers, match="need 20"):
        train(*household(n))


def test_one_sided_answers_train_nothing() -> None:
    gestures, _, features, confidences = household(40)
    with pytest.raises(NotEnoughAnswers, match="at least 4 of each"):
        train(gestures, ["next_widget"] * 40, features, confidences)


def test_the_worker_uses_the_promoted_calibration(tmp_path: Path) -> None:
    store = Store(tmp_path / "mirror.db")
    try:
        bus = EventBus()
        worker = GestureWorker(
            WorkerContext(bus, store),
            ModelRegistry(MODELS),
            None,
            calibration=lambda: store.models.active(KIND, None),
        )
        quick = [0.0] * len(FEATURE_NAMES)
        quick[DURATION] = 0.2
        unsure = Gesture("swipe_left", 0.6, 100.0, quick)
        assert worker.calibrated(unsure).confidence == 0.6  # nothing learned yet
        result = train(*household(60))
        store.models.add(KIND, None, result["metrics"], result["weights"], True)
        later = Gesture("swipe_left", 0.6, 111.0, quick)  # after the worker's next look
        assert worker.calibrated(later).confidence > 0.8
        thumbs = Gesture("thumbs_up", 0.9, 112.0, quick)
        assert worker.calibrated(thumbs).confidence == 0.9  # a "yes" is never re-weighed
    finally:
        store.close()


def test_the_trainer_learns_from_answered_gesture_questions(
    tmp_path: Path, engines: list[EngineProcess]
) -> None:
    engine = EngineProcess(tmp_path / "data", "--source", "pattern", "--gestures", "false")
    engines.append(engine.start())
    status, body, _ = engine.request("/api/trainer/retrain", method="POST", body={"kind": KIND})
    assert status == 409
    assert "0 answered gesture questions, need 20" in json.loads(body)["error"]

    gestures, labels, features, _ = household(30)
    for label, vector in zip(labels, features, strict=True):
        asked = engine.json(
            "/api/commands",
            method="POST",
            body={
                "name": "next_widget",
                "modality": "gesture",
                "confidence": 0.6,
                "evidence": {"gesture": gestures[0], "features": vector.tolist()},
            },
        )
        engine.json(
            f"/api/commands/{asked['confirmation']['id']}/answer",
            method="POST",
            body={"accepted": label != "none", "via": "touch"},
        )
    status, _, _ = engine.request("/api/trainer/retrain", method="POST", body={"kind": KIND})
    assert status == 202

    def trained() -> list[dict[str, object]]:
        versions = engine.json("/api/trainer")["versions"]
        return [v for v in versions if v["kind"] == KIND]

    [version] = wait_until(trained, 60, "the gesture calibration to be trained")
    assert version["promoted"] is True
    assert version["active"] is True
    assert version["metrics"]["samples"] == 30
    assert engine.json("/api/trainer")["samples"]["gesture_command"] == 30
