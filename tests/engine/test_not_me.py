""" "Not me": the decision rule and the refinement respect the household's
corrections (synthetic embeddings; the real-photo journey is in
test_recognition.py)."""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from mirror_engine.identity.refinement import refine
from mirror_engine.vision.identify import Decision, Thresholds, Verdict, respect_not_me

T = Thresholds(match_distance=0.55, unknown_distance=0.65, margin=0.05)


def _decision(verdict: Verdict, distance: float) -> Decision:
    return Decision(verdict, 1, distance, math.inf, 0.5)


def test_a_face_like_the_one_marked_not_me_is_a_stranger_without_a_name() -> None:
    for verdict in (Verdict.KNOWN, Verdict.UNCERTAIN):
        decided = respect_not_me(_decision(verdict, 0.50), 0.20, T)
        assert decided.verdict is Verdict.UNKNOWN  # a guest: no PIN pad with the name


def test_near_a_not_me_face_the_person_must_match_more_closely() -> None:
    assert respect_not_me(_decision(Verdict.KNOWN, 0.48), 0.54, T).verdict is (Verdict.UNCERTAIN)
    assert respect_not_me(_decision(Verdict.KNOWN, 0.30), 0.54, T).verdict is Verdict.KNOWN
    # far from every correction, nothing changes
    assert respect_not_me(_decision(Verdict.KNOWN, 0.52), 0.90, T).verdict is Verdict.KNOWN
    assert respect_not_me(_decision(Verdict.KNOWN, 0.52), math.inf, T).verdict is Verdict.KNOWN
    unknown = _decision(Verdict.UNKNOWN, 0.70)
    assert respect_not_me(unknown, 0.0, T) is unknown


def _around(centre: NDArray[np.float32], n: int, spread: float, seed: int) -> NDArray[np.float32]:
    rng = np.random.default_rng(seed)
    return (centre + rng.normal(0, spread / np.sqrt(128), (n, 128))).astype(np.float32)


def test_the_refinement_never_adds_a_face_marked_not_me() -> None:
    rng = np.random.default_rng(7)
    anna, stranger, ben = (rng.normal(0, 0.5 / np.sqrt(128), 128).astype(np.float32) for _ in "abc")
    gallery_owners = np.array([1, 2], np.int64)
    gallery_vectors = np.vstack([anna, ben])
    # Anna's collected faces: 6 of her, and 6 of the stranger greeted as her
    samples = np.vstack([_around(anna, 6, 0.15, 1), _around(stranger, 6, 0.15, 2)])
    owners = np.ones(12, np.int64)
    without = refine(gallery_owners, gallery_vectors, owners, samples, T)
    with_not_me = refine(
        gallery_owners,
        gallery_vectors,
        owners,
        samples,
        T,
        not_me_owners=np.array([1], np.int64),
        not_me_vectors=stranger[None, :],
    )

    def near_stranger(vectors: list[list[float]]) -> int:
        added = np.asarray(vectors, np.float32).reshape(-1, 128)
        return int(np.sum(np.linalg.norm(added - stranger, axis=1) < 0.3))

    assert near_stranger(without["add_vectors"]) > 0  # the test could fail: he would be added
    assert with_not_me["metrics"]["added"] == 3  # half of Anna's own six
    assert near_stranger(with_not_me["add_vectors"]) == 0
