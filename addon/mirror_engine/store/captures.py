"""Snapshots the household asked the mirror to keep, and diary photos.

A capture remembers whose session it was taken in (forget takes it with the
person); a diary photo is private: never listed, served or announced."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from .db import Table


@dataclass(frozen=True, slots=True)
class Capture:
    id: int
    t_capture: float
    t_stored: float
    frame_seq: int
    width: int
    height: int

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


class Captures(Table):
    def add(
        self,
        *,
        t_capture: float,
        t_stored: float,
        frame_seq: int,
        width: int,
        height: int,
        jpeg: bytes,
        person_id: int | None = None,
        private: bool = False,
        keep: int | None = None,
    ) -> Capture:
        """Store one; with ``keep``, the oldest beyond that many are dropped."""
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO captures (t_capture, t_stored, frame_seq, width, height, jpeg,"
                " person_id, private) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (t_capture, t_stored, frame_seq, width, height, jpeg, person_id, int(private)),
            )
            if keep is not None:
                conn.execute(
                    "DELETE FROM captures WHERE id NOT IN"
                    " (SELECT id FROM captures ORDER BY id DESC LIMIT ?)",
                    (keep,),
                )
        assert cur.lastrowid is not None
        return Capture(cur.lastrowid, t_capture, t_stored, frame_seq, width, height)

    def count(self) -> int:
        (count,) = self._db.query("SELECT COUNT(*) FROM captures")[0]
        return int(str(count))

    def recent(self, limit: int = 50) -> list[Capture]:
        rows = self._db.query(
            "SELECT id, t_capture, t_stored, frame_seq, width, height FROM captures"
            " WHERE private = 0 ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [Capture(*row) for row in rows]  # type: ignore[arg-type]

    def jpeg(self, capture_id: int) -> bytes | None:
        rows = self._db.query(
            "SELECT jpeg FROM captures WHERE id = ? AND private = 0", (capture_id,)
        )
        return bytes(rows[0][0]) if rows else None  # type: ignore[call-overload]
