"""Enrolled persons and their face embeddings (128-d float32, stored as bytes)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .db import Table
from .names import name_key

Vector = NDArray[np.float32]


class PersonExistsError(ValueError):
    """A person with that name is already enrolled."""


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    created: float
    ha_person: str | None
    embeddings: int
    has_pin: bool
    has_thumbnail: bool = False

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


_SELECT = (
    "SELECT p.id, p.name, p.created, p.ha_person,"
    " (SELECT COUNT(*) FROM embeddings e WHERE e.person_id = p.id),"
    " EXISTS (SELECT 1 FROM pins WHERE pins.person_id = p.id),"
    " p.thumbnail IS NOT NULL"
    " FROM persons p"
)


def _person(row: Sequence[Any]) -> Person:
    return Person(
        int(row[0]), str(row[1]), float(row[2]), row[3], int(row[4]), bool(row[5]), bool(row[6])
    )


class Persons(Table):
    def create(self, name: str, ha_person: str | None = None) -> Person:
        try:
            cur = self._db.execute(
                "INSERT INTO persons (name, name_key, created, ha_person) VALUES (?, ?, ?, ?)",
                (name, name_key(name), time.time(), ha_person),
            )
        except sqlite3.IntegrityError:
            raise PersonExistsError(f"a person named '{name}' already exists") from None
        assert cur.lastrowid is not None
        person = self.get(cur.lastrowid)
        assert person is not None
        return person

    def get(self, person_id: int) -> Person | None:
        rows = self._db.query(_SELECT + " WHERE p.id = ?", (person_id,))
        return _person(rows[0]) if rows else None

    def find(self, name: str) -> Person | None:
        """The person of that name by the one rule (``name_key``), if any."""
        rows = self._db.query(_SELECT + " WHERE p.name_key = ?", (name_key(name),))
        return _person(rows[0]) if rows else None

    def all(self) -> list[Person]:
        return [_person(row) for row in self._db.query(_SELECT + " ORDER BY p.name")]

    def update(
        self, person_id: int, *, name: str | None = None, ha_person: str | None = None
    ) -> Person | None:
        try:
            with self._db.transaction() as conn:
                if name is not None:
                    conn.execute(
                        "UPDATE persons SET name = ?, name_key = ? WHERE id = ?",
                        (name, name_key(name), person_id),
                    )
                if ha_person is not None:
                    conn.execute(
                        "UPDATE persons SET ha_person = ? WHERE id = ?",
                        (ha_person or None, person_id),
                    )
        except sqlite3.IntegrityError:
            raise PersonExistsError(f"a person named '{name}' already exists") from None
        return self.get(person_id)

    def forget(self, person_id: int) -> bool:
        """Delete the person and, by cascade, every embedding, PIN, sample,
        history row, diary entry and capture of their sessions; then scrub the
        WAL so nothing is left in the file. Their id is never given again."""
        with self._db.transaction() as conn:
            deleted = conn.execute("DELETE FROM persons WHERE id = ?", (person_id,)).rowcount
        self._db.scrub()
        return deleted > 0

    def add_embeddings(
        self, person_id: int, vectors: Sequence[Vector], qualities: Sequence[float], origin: str
    ) -> list[int]:
        """Store several embeddings at once (all or none)."""
        now = time.time()
        ids: list[int] = []
        with self._db.transaction() as conn:
            for vector, quality in zip(vectors, qualities, strict=True):
                cur = conn.execute(
                    "INSERT INTO embeddings (person_id, vector, quality, origin, created)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (person_id, np.asarray(vector, np.float32).tobytes(), quality, origin, now),
                )
                assert cur.lastrowid is not None
                ids.append(cur.lastrowid)
        return ids

    def set_thumbnail(self, person_id: int, jpeg: bytes, replace: bool = False) -> None:
        """The face the People sheet shows; kept unless ``replace``."""
        keep = "" if replace else " AND thumbnail IS NULL"
        self._db.execute(f"UPDATE persons SET thumbnail = ? WHERE id = ?{keep}", (jpeg, person_id))

    def thumbnail(self, person_id: int) -> bytes | None:
        rows = self._db.query("SELECT thumbnail FROM persons WHERE id = ?", (person_id,))
        return bytes(rows[0][0]) if rows and rows[0][0] is not None else None  # type: ignore[call-overload]

    def remove_origin(self, origin: str) -> int:
        """Delete the embeddings one refinement added (its rollback)."""
        with self._db.transaction() as conn:
            removed = conn.execute("DELETE FROM embeddings WHERE origin = ?", (origin,)).rowcount
        return int(removed)

    def embeddings(self) -> tuple[NDArray[np.int64], NDArray[np.float32]]:
        """(person ids, N x 128 matrix) of every stored embedding."""
        rows = self._db.query("SELECT person_id, vector FROM embeddings ORDER BY id")
        if not rows:
            return np.zeros(0, np.int64), np.zeros((0, 128), np.float32)
        owners = np.fromiter((int(r[0]) for r in rows), np.int64, len(rows))  # type: ignore[call-overload]
        vectors = np.vstack([np.frombuffer(r[1], np.float32) for r in rows])  # type: ignore[call-overload]
        return owners, vectors
