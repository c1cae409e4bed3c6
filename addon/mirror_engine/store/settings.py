"""Small JSON settings that must survive restarts (feature toggles etc.)."""

from __future__ import annotations

import json
from typing import Any

from .db import Table


class Settings(Table):
    def get(self, key: str, default: Any = None) -> Any:
        rows = self._db.query("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(str(rows[0][0])) if rows else default

    def set(self, key: str, value: Any) -> None:
        self._db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )
