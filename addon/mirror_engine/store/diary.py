"""Diary entries: a person's own notes, with the day's mood and a capture."""

from __future__ import annotations

import time
from typing import Any

from .db import Table


class Diary(Table):
    def add(
        self, person_id: int, text: str, mood: str | None, capture_id: int | None
    ) -> dict[str, Any]:
        t = time.time()
        cur = self._db.execute(
            "INSERT INTO diary (person_id, t, text, mood, capture_id) VALUES (?, ?, ?, ?, ?)",
            (person_id, t, text, mood, capture_id),
        )
        return {"id": cur.lastrowid, "t": t, "text": text, "mood": mood, "capture_id": capture_id}

    def for_person(self, person_id: int, limit: int = 100) -> list[dict[str, Any]]:
        rows = self._db.query(
            "SELECT id, t, text, mood, capture_id FROM diary WHERE person_id = ?"
            " ORDER BY t DESC LIMIT ?",
            (person_id, limit),
        )
        keys = ("id", "t", "text", "mood", "capture_id")
        return [dict(zip(keys, row, strict=True)) for row in rows]
