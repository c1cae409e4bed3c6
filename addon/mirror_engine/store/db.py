"""SQLite connection, migrations and the privacy settings of the store.

Calls are short and serialised by one lock; the frame loop never calls in.
``secure_delete`` overwrites deleted rows, and a forget truncates the WAL, so
a deleted face is gone from the file, not just unlinked.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .migrations import MIGRATIONS

# Only the engine's own user reads the file (faces, diaries); SQLite gives the
# -wal and -shm files the database file's mode.
FILE_MODE = 0o600


class Database:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, FILE_MODE))
        for existing in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            if existing.exists():
                existing.chmod(FILE_MODE)  # also a file an older engine made 0644
        self.lock = threading.RLock()
        self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA secure_delete=ON")
        self._migrate()

    def _migrate(self) -> None:
        """Each migration in one transaction. Foreign keys are off meanwhile, as
        SQLite's table rebuild asks, and checked before the commit."""
        with self.lock:
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if version >= len(MIGRATIONS):
                return
            self.conn.execute("PRAGMA foreign_keys=OFF")
            try:
                for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
                    self.conn.execute("BEGIN IMMEDIATE")
                    try:
                        if isinstance(step, str):
                            for statement in _statements(step):
                                self.conn.execute(statement)
                        else:
                            step(self.conn)
                        if self.conn.execute("PRAGMA foreign_key_check").fetchall():
                            raise sqlite3.IntegrityError(f"migration {number} broke a reference")
                        self.conn.execute(f"PRAGMA user_version = {number}")
                    except BaseException:
                        self.conn.execute("ROLLBACK")
                        raise
                    self.conn.execute("COMMIT")
            finally:
                self.conn.execute("PRAGMA foreign_keys=ON")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: nothing half-written stays behind."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        with self.lock:
            return self.conn.execute(sql, params)

    def scrub(self) -> None:
        """Fold the WAL into the main file and truncate it (after deletions)."""
        with self.lock:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def integrity(self) -> str:
        with self.lock:
            return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        with self.lock:
            self.conn.close()


def _statements(script: str) -> list[str]:
    """The statements of a migration script (complete ones, as SQLite parses them)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return [s for s in statements if s.rstrip(";").strip()]


class Table:
    """One part of the store (persons, pins, captures, ...): its queries on the
    shared database."""

    def __init__(self, db: Database) -> None:
        self._db = db
