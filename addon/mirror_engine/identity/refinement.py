"""Identity refinement: should the faces collected in sessions (confirmed,
and corrected after a PIN login) join the gallery?

Each person's samples are split in two: one half is the candidate addition,
the other half is held out. The current gallery and the gallery with the
additions both identify every held-out sample; the additions are promoted
only if accuracy is not worse and no more false accepts occur.

A face marked "not me" for a person is never added, and neither is a
collected face nearer to one of those than to the person's gallery: the
mistake the household corrected must not become the person's template.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..vision.gallery import Gallery
from ..vision.identify import Thresholds, Verdict, decide

MIN_SAMPLES = 4


def _score(
    gallery: Gallery, owners: NDArray[np.int64], vectors: NDArray[np.float32], t: Thresholds
) -> dict[str, Any]:
    correct = false_accepts = 0
    for owner, vector in zip(owners, vectors, strict=True):
        decision = decide(gallery.search(vector), t)
        if decision.verdict is Verdict.KNOWN:
            if decision.person_id == int(owner):
                correct += 1
            else:
                false_accepts += 1
    n = len(owners)
    return {"n": n, "accuracy": round(correct / n, 4) if n else 0.0, "false_accepts": false_accepts}


def _like_not_me(
    owner: int,
    vector: NDArray[np.float32],
    gallery_owners: NDArray[np.int64],
    gallery_vectors: NDArray[np.float32],
    not_me_owners: NDArray[np.int64],
    not_me_vectors: NDArray[np.float32],
) -> bool:
    """Is this face of ``owner`` at least as near a face marked "not me" for
    them as to their own gallery?"""
    negatives = not_me_vectors[not_me_owners == owner]
    if not len(negatives):
        return False
    own = gallery_vectors[gallery_owners == owner]
    to_own = float(np.min(np.linalg.norm(own - vector, axis=1))) if len(own) else np.inf
    return float(np.min(np.linalg.norm(negatives - vector, axis=1))) <= to_own


def refine(
    gallery_owners: NDArray[np.int64],
    gallery_vectors: NDArray[np.float32],
    sample_owners: NDArray[np.int64],
    sample_vectors: NDArray[np.float32],
    thresholds: Thresholds,
    seed: int = 0,
    not_me_owners: NDArray[np.int64] | None = None,
    not_me_vectors: NDArray[np.float32] | None = None,
) -> dict[str, Any]:
    """Runs in the trainer's process; returns metrics and the sample rows to add."""
    rng = np.random.default_rng(seed)
    if len(gallery_owners):  # faces added by an earlier refinement are not new
        existing = Gallery(gallery_owners, gallery_vectors)
        fresh = np.array([existing.search(v)[0].distance > 1e-4 for v in sample_vectors], bool)
        sample_owners, sample_vectors = sample_owners[fresh], sample_vectors[fresh]
    if not_me_owners is not None and not_me_vectors is not None and len(not_me_owners):
        keep = [
            not _like_not_me(
                int(owner), vector, gallery_owners, gallery_vectors, not_me_owners, not_me_vectors
            )
            for owner, vector in zip(sample_owners, sample_vectors, strict=True)
        ]
        sample_owners, sample_vectors = sample_owners[keep], sample_vectors[keep]
    add: list[int] = []
    held: list[int] = []
    for person in np.unique(sample_owners):
        rows = np.flatnonzero(sample_owners == person)
        if len(rows) < MIN_SAMPLES:
            continue
        rows = rng.permutation(rows)
        half = len(rows) // 2
        add += [int(r) for r in rows[:half]]
        held += [int(r) for r in rows[half:]]
    if not add:
        return {
            "promote": False,
            "add_owners": [],
            "add_vectors": [],
            "metrics": {"reason": "not enough new collected faces"},
        }
    current = Gallery(gallery_owners, gallery_vectors)
    candidate = Gallery(
        np.concatenate([gallery_owners, sample_owners[add]]),
        np.vstack([gallery_vectors, sample_vectors[add]]),
    )
    before = _score(current, sample_owners[held], sample_vectors[held], thresholds)
    after = _score(candidate, sample_owners[held], sample_vectors[held], thresholds)
    promote = (
        after["accuracy"] >= before["accuracy"]
        and after["false_accepts"] <= before["false_accepts"]
    )
    return {
        "promote": promote,
        "add_owners": sample_owners[add].tolist(),
        "add_vectors": sample_vectors[add].tolist(),
        "metrics": {"current": before, "refined": after, "added": len(add), "held_out": len(held)},
    }
