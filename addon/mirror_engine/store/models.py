"""Model versions of the ML tier: metrics, weights (JSON, never pickles),
whether each was promoted, and which one is active."""

from __future__ import annotations

import json
import time
from typing import Any

from .db import Table


class ModelVersions(Table):
    def add(
        self,
        kind: str,
        person_id: int | None,
        metrics: dict[str, Any],
        weights: dict[str, Any] | None,
        promote: bool,
    ) -> int:
        with self._db.transaction() as conn:
            if promote:
                conn.execute(
                    "UPDATE model_versions SET active = 0 WHERE kind = ? AND person_id IS ?",
                    (kind, person_id),
                )
            cur = conn.execute(
                "INSERT INTO model_versions (kind, person_id, created, metrics, weights, promoted,"
                " active) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    kind,
                    person_id,
                    time.time(),
                    json.dumps(metrics),
                    None if weights is None else json.dumps(weights),
                    int(promote),
                    int(promote),
                ),
            )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def active(self, kind: str, person_id: int | None) -> dict[str, Any] | None:
        rows = self._db.query(
            "SELECT id, weights FROM model_versions"
            " WHERE kind = ? AND person_id IS ? AND active = 1",
            (kind, person_id),
        )
        if not rows:
            return None
        return {"id": rows[0][0], "weights": json.loads(str(rows[0][1])) if rows[0][1] else None}

    def history(
        self, kind: str | None = None, person_id: int | None = None
    ) -> list[dict[str, Any]]:
        sql = "SELECT id, kind, person_id, created, metrics, promoted, active FROM model_versions"
        rows = self._db.query(sql + " ORDER BY id DESC")
        out = []
        for vid, k, pid, created, metrics, promoted, active in rows:
            if (kind is None or k == kind) and (person_id is None or pid == person_id):
                out.append(
                    {
                        "id": vid,
                        "kind": k,
                        "person_id": pid,
                        "created": created,
                        "metrics": json.loads(str(metrics)),
                        "promoted": bool(promoted),
                        "active": bool(active),
                    }
                )
        return out

    def deactivate(self, version_id: int) -> None:
        self._db.execute("UPDATE model_versions SET active = 0 WHERE id = ?", (version_id,))

    def rollback(self, kind: str, person_id: int | None) -> int | None:
        """Make the promoted version before the active one active again."""
        promoted = [v for v in self.history(kind, person_id) if v["promoted"]]
        current = next((i for i, v in enumerate(promoted) if v["active"]), None)
        if current is None or current + 1 >= len(promoted):
            return None
        previous = promoted[current + 1]["id"]
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE model_versions SET active = (id = ?) WHERE kind = ? AND person_id IS ?",
                (previous, kind, person_id),
            )
        return int(previous)
