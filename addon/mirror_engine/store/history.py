"""Per-person history (sessions now; age and emotion points later)."""

from __future__ import annotations

import json
import time
from typing import Any

from .db import Table


class History(Table):
    def add(self, person_id: int, kind: str, data: dict[str, Any], t: float | None = None) -> None:
        self._db.execute(
            "INSERT INTO history (person_id, t, kind, data) VALUES (?, ?, ?, ?)",
            (person_id, time.time() if t is None else t, kind, json.dumps(data)),
        )

    def for_person(
        self, person_id: int, kind: str | None = None, since: float = 0.0, limit: int = 500
    ) -> list[dict[str, Any]]:
        sql = "SELECT t, kind, data FROM history WHERE person_id = ? AND t >= ?"
        params: tuple[object, ...] = (person_id, since)
        if kind is not None:
            sql += " AND kind = ?"
            params += (kind,)
        rows = self._db.query(sql + " ORDER BY t DESC LIMIT ?", (*params, limit))
        return [{"t": t, "kind": k, "data": json.loads(str(d))} for t, k, d in rows]
