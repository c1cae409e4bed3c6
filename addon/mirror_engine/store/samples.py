"""Collected data for retraining: confirmed faces, corrected low-confidence
cases, and faces marked "not me" (``NOT_ME``: negatives for the person the
mirror mistook them for)."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .db import Table

NOT_ME = "not_me"


@dataclass(frozen=True, slots=True)
class Sample:
    id: int
    person_id: int | None
    kind: str
    confidence: float | None
    created: float


class Samples(Table):
    def add(
        self,
        *,
        person_id: int | None,
        kind: str,
        embedding: NDArray[np.float32] | None,
        confidence: float | None,
        face_jpeg: bytes | None,
        label: str | None = None,
        detail: str | None = None,
    ) -> int:
        vector = None if embedding is None else embedding.astype(np.float32).tobytes()
        cur = self._db.execute(
            "INSERT INTO samples (person_id, kind, embedding, confidence, face_jpeg, created,"
            " label, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (person_id, kind, vector, confidence, face_jpeg, time.time(), label, detail),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def vectors(self, person_id: int, kind: str) -> tuple[list[str], NDArray[np.float32]]:
        """(labels, matrix) of one person's samples of one kind."""
        rows = self._db.query(
            "SELECT label, embedding FROM samples WHERE person_id = ? AND kind = ? ORDER BY id",
            (person_id, kind),
        )
        if not rows:
            return [], np.zeros((0, 0), np.float32)
        labels = [str(r[0]) for r in rows]
        matrix = np.vstack([np.frombuffer(r[1], np.float32) for r in rows])  # type: ignore[call-overload]
        return labels, matrix

    def identity_vectors(self) -> tuple[NDArray[np.int64], NDArray[np.float32]]:
        """(person ids, N x 128) of every confirmed or corrected face."""
        rows = self._db.query(
            "SELECT person_id, embedding FROM samples WHERE kind IN ('confirmed', 'corrected')"
            " AND person_id IS NOT NULL AND embedding IS NOT NULL ORDER BY id"
        )
        if not rows:
            return np.zeros(0, np.int64), np.zeros((0, 128), np.float32)
        owners = np.array([int(r[0]) for r in rows], np.int64)  # type: ignore[call-overload]
        vectors = np.vstack([np.frombuffer(r[1], np.float32) for r in rows])  # type: ignore[call-overload]
        return owners, vectors

    def not_me_vectors(self) -> tuple[NDArray[np.int64], NDArray[np.float32]]:
        """(person ids, N x 128) of the faces marked "not me" for each person."""
        rows = self._db.query(
            "SELECT person_id, embedding FROM samples WHERE kind = ?"
            " AND person_id IS NOT NULL AND embedding IS NOT NULL ORDER BY id",
            (NOT_ME,),
        )
        if not rows:
            return np.zeros(0, np.int64), np.zeros((0, 128), np.float32)
        owners = np.array([int(r[0]) for r in rows], np.int64)  # type: ignore[call-overload]
        vectors = np.vstack([np.frombuffer(r[1], np.float32) for r in rows])  # type: ignore[call-overload]
        return owners, vectors

    def mark_not_me(self, person_id: int, since: float) -> int:
        """The faces confirmed as this person since ``since`` (wall clock: the
        mistaken session's start) were someone else: they become negatives."""
        cur = self._db.execute(
            "UPDATE samples SET kind = ? WHERE person_id = ? AND kind = 'confirmed'"
            " AND created >= ?",
            (NOT_ME, person_id, since),
        )
        return cur.rowcount

    def withdraw_not_me(self, person_id: int, embedding: NDArray[np.float32], radius: float) -> int:
        """Delete the person's "not me" faces within ``radius`` of this face."""
        rows = self._db.query(
            "SELECT id, embedding FROM samples WHERE person_id = ? AND kind = ?"
            " AND embedding IS NOT NULL",
            (person_id, NOT_ME),
        )
        near = [
            int(r[0])  # type: ignore[call-overload]
            for r in rows
            if np.linalg.norm(np.frombuffer(r[1], np.float32) - embedding) < radius  # type: ignore[call-overload]
        ]
        for sample_id in near:
            self._db.execute("DELETE FROM samples WHERE id = ?", (sample_id,))
        return len(near)

    def label_counts(self, person_id: int, kind: str) -> dict[str, int]:
        rows = self._db.query(
            "SELECT label, COUNT(*) FROM samples WHERE person_id = ? AND kind = ? GROUP BY label",
            (person_id, kind),
        )
        return {str(label): int(n) for label, n in rows}  # type: ignore[call-overload]

    def counts(self) -> dict[str, int]:
        rows = self._db.query("SELECT kind, COUNT(*) FROM samples GROUP BY kind")
        return {str(kind): int(n) for kind, n in rows}  # type: ignore[call-overload]

    def answered(
        self, kind: str
    ) -> tuple[list[str], list[str], NDArray[np.float32], NDArray[np.float32]]:
        """(what was seen, the answer's label, features, the recogniser's
        confidence) of the answered commands of one kind that kept features."""
        rows = self._db.query(
            "SELECT detail, label, embedding, confidence FROM samples WHERE kind = ?"
            " AND embedding IS NOT NULL ORDER BY id",
            (kind,),
        )
        if not rows:
            return [], [], np.zeros((0, 0), np.float32), np.zeros(0, np.float32)
        seen = [str(json.loads(str(r[0] or "{}")).get("gesture", "")) for r in rows]
        labels = [str(r[1]) for r in rows]
        features = np.vstack([np.frombuffer(r[2], np.float32) for r in rows])  # type: ignore[call-overload]
        confidences = np.array([float(r[3] or 0.0) for r in rows], np.float32)  # type: ignore[arg-type]
        return seen, labels, features, confidences

    def of_kind(self, kind: str) -> list[tuple[Sample, str | None, str | None]]:
        """(sample, label, detail JSON) of every sample of one kind, oldest first."""
        rows = self._db.query(
            "SELECT id, person_id, kind, confidence, created, label, detail FROM samples"
            " WHERE kind = ? ORDER BY id",
            (kind,),
        )
        return [(Sample(*r[:5]), r[5], r[6]) for r in rows]  # type: ignore[arg-type,misc]

    def for_person(self, person_id: int) -> list[Sample]:
        rows = self._db.query(
            "SELECT id, person_id, kind, confidence, created FROM samples WHERE person_id = ?"
            " ORDER BY id",
            (person_id,),
        )
        return [Sample(*row) for row in rows]  # type: ignore[arg-type]
