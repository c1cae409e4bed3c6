"""The engine's local store: one SQLite file (WAL) in the data folder.

Schema changes are numbered migrations tracked by ``PRAGMA user_version``.
Calls are short and serialised by one lock; the frame loop never calls in.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE captures (
        id INTEGER PRIMARY KEY,
        t_capture REAL NOT NULL,
        t_stored REAL NOT NULL,
        frame_seq INTEGER NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        jpeg BLOB NOT NULL
    );
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
)


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


class Store:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def _migrate(self) -> None:
        with self._lock:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                self._db.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- captures ----------------------------------------------------------
    def add_capture(
        self,
        *,
        t_capture: float,
        t_stored: float,
        frame_seq: int,
        width: int,
        height: int,
        jpeg: bytes,
    ) -> Capture:
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO captures (t_capture, t_stored, frame_seq, width, height, jpeg)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (t_capture, t_stored, frame_seq, width, height, jpeg),
            )
        assert cur.lastrowid is not None
        return Capture(cur.lastrowid, t_capture, t_stored, frame_seq, width, height)

    def captures(self, limit: int = 50) -> list[Capture]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, t_capture, t_stored, frame_seq, width, height FROM captures"
                " ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [Capture(*row) for row in rows]

    def capture_jpeg(self, capture_id: int) -> bytes | None:
        with self._lock:
            row = self._db.execute(
                "SELECT jpeg FROM captures WHERE id = ?", (capture_id,)
            ).fetchone()
        return None if row is None else bytes(row[0])

    # -- settings ----------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._lock:
            row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
