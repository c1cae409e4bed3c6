"""Snapshots the household asked the mirror to keep."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .db import Database


@dataclass(frozen=True, slots=True)
class Capture:
    id: int
    t_capture: float
    t_stored: float
    frame_seq: int
    width: int
    height: int

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "t_capture": self.t_capture,
            "t_stored": self.t_stored,
            "frame_seq": self.frame_seq,
            "width": self.width,
            "height": self.height,
        }


class Captures:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        *,
        t_capture: float,
        t_stored: float,
        frame_seq: int,
        width: int,
        height: int,
        jpeg: bytes,
    ) -> Capture:
        cur = self._db.execute(
            "INSERT INTO captures (t_capture, t_stored, frame_seq, width, height, jpeg)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (t_capture, t_stored, frame_seq, width, height, jpeg),
        )
        assert cur.lastrowid is not None
        return Capture(cur.lastrowid, t_capture, t_stored, frame_seq, width, height)

    def recent(self, limit: int = 50) -> list[Capture]:
        rows = self._db.query(
            "SELECT id, t_capture, t_stored, frame_seq, width, height FROM captures"
            " ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [Capture(*row) for row in rows]  # type: ignore[arg-type]

    def jpeg(self, capture_id: int) -> bytes | None:
        rows = self._db.query("SELECT jpeg FROM captures WHERE id = ?", (capture_id,))
        return bytes(rows[0][0]) if rows else None  # type: ignore[call-overload]
