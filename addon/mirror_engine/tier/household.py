"""The server's side: the household's people in the engine's own store (the
same persons, embeddings, pins and samples tables a single engine keeps), with
household-wide ids beside them, a version that every change bumps, tombstones
of forgotten people, and the UUIDs of every change a mirror delivered.

The tables are the server's own (``CREATE TABLE IF NOT EXISTS``): a single
engine never has them. Everything about one change happens in one
transaction, its UUID included, so a change delivered twice is applied once.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from ..store import Store
from ..store.names import name_key
from ..store.samples import NOT_ME
from . import wire

_LOGGER = logging.getLogger(__name__)

TABLES = """
CREATE TABLE IF NOT EXISTS household_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS household_uids (
    uid TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    canonical INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS household_uids_person ON household_uids(person_id);
CREATE TABLE IF NOT EXISTS household_tombstones (
    uid TEXT PRIMARY KEY, version INTEGER NOT NULL, t REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS household_embeddings (
    eid TEXT PRIMARY KEY,
    embedding_id INTEGER NOT NULL UNIQUE REFERENCES embeddings(id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS household_negatives (
    eid TEXT PRIMARY KEY,
    sample_id INTEGER NOT NULL UNIQUE REFERENCES samples(id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS household_applied (
    uuid TEXT PRIMARY KEY, mirror TEXT NOT NULL, kind TEXT NOT NULL,
    result TEXT NOT NULL, t REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS household_changes (
    person_id INTEGER PRIMARY KEY REFERENCES persons(id) ON DELETE CASCADE,
    version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS household_samples (
    sid TEXT PRIMARY KEY,
    sample_id INTEGER NOT NULL UNIQUE REFERENCES samples(id) ON DELETE CASCADE,
    mirror TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS household_mirrors (
    mirror TEXT PRIMARY KEY, last_seen REAL NOT NULL, version INTEGER,
    delivered INTEGER NOT NULL DEFAULT 0, duplicates INTEGER NOT NULL DEFAULT 0
);
"""


def create_tables(conn: sqlite3.Connection) -> None:
    for statement in TABLES.split(";"):
        if statement.strip():
            conn.execute(statement)


def new_id() -> str:
    return uuid.uuid4().hex


class Household:
    """The household's gallery on the server."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db
        with self.db.transaction() as conn:
            create_tables(conn)
            # deltas answer only from the version their change log starts at
            conn.execute(
                "INSERT OR IGNORE INTO household_meta (key, value) SELECT 'delta_from',"
                " COALESCE((SELECT value FROM household_meta WHERE key = 'version'), 0)"
            )
        self._cache_lock = threading.Lock()
        # (version, since) -> (version, body, checksum): built once per version
        self._cache: dict[tuple[int, int | None], tuple[int, bytes, str]] = {}
        self.adopt_local()

    # -- versions ---------------------------------------------------------------------
    def version(self) -> int:
        rows = self.db.query("SELECT value FROM household_meta WHERE key = 'version'")
        return int(str(rows[0][0])) if rows else 0

    @staticmethod
    def _bump(conn: sqlite3.Connection, *touched: int) -> int:
        """The next version; the people it changed and the tombstones it made
        are noted with it (what a delta from an older version carries)."""
        conn.execute(
            "INSERT INTO household_meta (key, value) VALUES ('version', 1)"
            " ON CONFLICT(key) DO UPDATE SET value = value + 1"
        )
        version = int(
            conn.execute("SELECT value FROM household_meta WHERE key = 'version'").fetchone()[0]
        )
        for pid in touched:
            if pid > 0:
                conn.execute(
                    "INSERT INTO household_changes (person_id, version) VALUES (?, ?)"
                    " ON CONFLICT(person_id) DO UPDATE SET version = excluded.version",
                    (pid, version),
                )
        conn.execute("UPDATE household_tombstones SET version = ? WHERE version = 0", (version,))
        return version

    def adopt_local(self) -> None:
        """People, faces and negatives the store held before it became the
        household's (a single engine turned server) get household ids."""
        with self.db.transaction() as conn:
            changed = False
            for (person_id,) in conn.execute(
                "SELECT id FROM persons WHERE id NOT IN (SELECT person_id FROM household_uids)"
            ).fetchall():
                conn.execute(
                    "INSERT INTO household_uids (uid, person_id, canonical) VALUES (?, ?, 1)",
                    (new_id(), person_id),
                )
                changed = True
            # faces a refinement added are the identity model's (tier.models), not the gallery's
            for (embedding_id,) in conn.execute(
                "SELECT id FROM embeddings WHERE origin NOT LIKE 'refined:%' AND id NOT IN"
                " (SELECT embedding_id FROM household_embeddings)"
            ).fetchall():
                conn.execute(
                    "INSERT INTO household_embeddings (eid, embedding_id) VALUES (?, ?)",
                    (new_id(), embedding_id),
                )
                changed = True
            for (sample_id,) in conn.execute(
                "SELECT id FROM samples WHERE kind = ? AND embedding IS NOT NULL"
                " AND person_id IS NOT NULL AND id NOT IN"
                " (SELECT sample_id FROM household_negatives)",
                (NOT_ME,),
            ).fetchall():
                conn.execute(
                    "INSERT INTO household_negatives (eid, sample_id) VALUES (?, ?)",
                    (new_id(), sample_id),
                )
                changed = True
            if changed:
                pids = [int(r[0]) for r in conn.execute("SELECT id FROM persons")]
                self._bump(conn, *pids)

    # -- the gallery ------------------------------------------------------------------
    def snapshot(self, since: int | None = None) -> tuple[int, bytes, str]:
        """(version, the JSON document, its checksum): the whole gallery, or
        with ``since`` (a version the mirror holds) only the people changed
        and forgotten after it; built once per version."""
        with self._cache_lock:
            version = self.version()
            rows = self.db.query("SELECT value FROM household_meta WHERE key = 'delta_from'")
            delta_from = int(str(rows[0][0])) if rows else version
            if since is not None and not delta_from <= since < version:
                since = None  # too old, or not ours: the whole gallery
            key = (version, since)
            if key not in self._cache:
                document = self._document(since)
                body = json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()
                if len(self._cache) > 64 or any(v != version for v, _ in self._cache):
                    self._cache.clear()
                self._cache[(int(document["version"]), since)] = (
                    int(document["version"]),
                    body,
                    str(document["checksum"]),
                )
                key = (int(document["version"]), since)
            return self._cache[key]

    def _document(self, since: int | None = None) -> dict[str, Any]:
        with self.db.lock:  # one consistent read
            conn = self.db.conn
            version = self.version()
            persons: dict[int, dict[str, Any]] = {}
            for pid, name, ha_person, thumb in conn.execute(
                "SELECT id, name, ha_person, thumbnail FROM persons ORDER BY id"
            ):
                persons[int(pid)] = {
                    "uid": "",
                    "uids": [],
                    "name": name,
                    "ha_person": ha_person,
                    "thumbnail": wire.b64(bytes(thumb)) if thumb is not None else None,
                    "pin": None,
                    "embeddings": [],
                    "negatives": [],
                }
            for uid, pid, canonical in conn.execute(
                "SELECT uid, person_id, canonical FROM household_uids ORDER BY canonical DESC, uid"
            ):
                person = persons.get(int(pid))
                if person is not None:
                    person["uids"].append(uid)
                    if canonical or not person["uid"]:
                        person["uid"] = person["uid"] or uid
            for eid, pid, vector, quality in conn.execute(
                "SELECT h.eid, e.person_id, e.vector, e.quality FROM household_embeddings h"
                " JOIN embeddings e ON e.id = h.embedding_id ORDER BY e.id"
            ):
                person = persons.get(int(pid))
                if person is not None:
                    person["embeddings"].append(
                        {"eid": eid, "vector": wire.b64(bytes(vector)), "quality": float(quality)}
                    )
            for eid, pid, vector in conn.execute(
                "SELECT h.eid, s.person_id, s.embedding FROM household_negatives h"
                " JOIN samples s ON s.id = h.sample_id WHERE s.embedding IS NOT NULL ORDER BY s.id"
            ):
                person = persons.get(int(pid))
                if person is not None:
                    person["negatives"].append({"eid": eid, "vector": wire.b64(bytes(vector))})
            for pid, salt, digest, params in conn.execute(
                "SELECT person_id, salt, hash, params FROM pins"
            ):
                person = persons.get(int(pid))
                if person is not None:
                    person["pin"] = {
                        "salt": wire.b64(bytes(salt)),
                        "hash": wire.b64(bytes(digest)),
                        "params": params,
                    }
            forgotten = [
                str(r[0])
                for r in conn.execute(
                    "SELECT uid FROM household_tombstones WHERE version > ? ORDER BY uid",
                    (-1 if since is None else since,),
                )
            ]
            if since is not None:
                changed = {
                    int(r[0])
                    for r in conn.execute(
                        "SELECT person_id FROM household_changes WHERE version > ?", (since,)
                    )
                }
                persons = {pid: p for pid, p in persons.items() if pid in changed}
        document: dict[str, Any] = {
            "version": version,
            "since": since,
            "persons": [p for p in persons.values() if p["uid"]],
            "forgotten": forgotten,
        }
        document["checksum"] = wire.checksum(document)
        return document

    def saw_mirror(self, mirror: str, version: int | None) -> None:
        self.db.execute(
            "INSERT INTO household_mirrors (mirror, last_seen, version) VALUES (?, ?, ?)"
            " ON CONFLICT(mirror) DO UPDATE SET last_seen = excluded.last_seen,"
            " version = COALESCE(excluded.version, version)",
            (mirror, time.time(), version),
        )

    # -- changes from the mirrors -----------------------------------------------------
    def apply(self, mirror: str, items: list[wire.Item]) -> dict[str, Any]:
        """Apply each item once, in order; every UUID is answered (``applied``,
        ``duplicate``, ``ignored``: nothing to do, or ``rejected``: malformed)."""
        results: dict[str, str] = {}
        applied = duplicates = 0
        scrub = False
        for item in items:
            with self.db.transaction() as conn:
                seen = conn.execute(
                    "SELECT 1 FROM household_applied WHERE uuid = ?", (item.uuid,)
                ).fetchone()
                if seen is not None:
                    results[item.uuid] = "duplicate"
                    duplicates += 1
                    continue
                try:
                    data = wire.DATA[item.kind].model_validate(item.data)
                except ValidationError as err:
                    _LOGGER.warning("rejected a %s from mirror %s: %s", item.kind, mirror, err)
                    result = "rejected"
                else:
                    if isinstance(data, wire.SampleData):
                        touched = self._sample(conn, data, mirror)
                    else:
                        touched = self._handlers()[item.kind](conn, data)
                    result = "ignored" if touched is None else "applied"
                    if touched is not None and touched >= 0:  # < 0: the gallery is unchanged
                        self._bump(conn, touched)
                    scrub = scrub or item.kind in ("forget", "negative_withdrawn")
                conn.execute(
                    "INSERT INTO household_applied (uuid, mirror, kind, result, t)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (item.uuid, mirror, item.kind, result, time.time()),
                )
                applied += 1
                results[item.uuid] = result
        self.db.execute(
            "INSERT INTO household_mirrors (mirror, last_seen, delivered, duplicates)"
            " VALUES (?, ?, ?, ?) ON CONFLICT(mirror) DO UPDATE SET"
            " last_seen = excluded.last_seen, delivered = delivered + excluded.delivered,"
            " duplicates = duplicates + excluded.duplicates",
            (mirror, time.time(), applied, duplicates),
        )
        if scrub:
            self.db.scrub()
        return {"results": results, "version": self.version()}

    def _handlers(self) -> dict[str, Callable[[sqlite3.Connection, Any], int | None]]:
        """Each answers the person it changed (0: none, a forget), or None:
        nothing to do."""
        return {
            "person": self._person,
            "embedding": self._embedding,
            "embedding_removed": self._embedding_removed,
            "pin": self._pin,
            "pin_clear": self._pin_clear,
            "negative": self._negative,
            "negative_withdrawn": self._negative_withdrawn,
            "forget": self._forget_uid,
        }

    @staticmethod
    def _pid(conn: sqlite3.Connection, uid: str) -> int | None:
        row = conn.execute("SELECT person_id FROM household_uids WHERE uid = ?", (uid,)).fetchone()
        return int(row[0]) if row else None

    def _person(self, conn: sqlite3.Connection, data: wire.PersonData) -> int | None:
        if conn.execute("SELECT 1 FROM household_tombstones WHERE uid = ?", (data.uid,)).fetchone():
            return None  # forgotten meanwhile: forget wins
        thumb = wire.unb64(data.thumbnail) if data.thumbnail else None
        pid = self._pid(conn, data.uid)
        key = name_key(data.name)
        if pid is None:
            row = conn.execute("SELECT id FROM persons WHERE name_key = ?", (key,)).fetchone()
            if row is not None:  # the same name on two mirrors: one person, as named first
                pid = int(row[0])
                conn.execute(
                    "INSERT INTO household_uids (uid, person_id, canonical) VALUES (?, ?, 0)",
                    (data.uid, pid),
                )
                conn.execute(
                    "UPDATE persons SET thumbnail = COALESCE(thumbnail, ?),"
                    " ha_person = COALESCE(ha_person, ?) WHERE id = ?",
                    (thumb, data.ha_person or None, pid),
                )
                return pid
            cur = conn.execute(
                "INSERT INTO persons (name, name_key, created, ha_person, thumbnail)"
                " VALUES (?, ?, ?, ?, ?)",
                (data.name, key, time.time(), data.ha_person or None, thumb),
            )
            conn.execute(
                "INSERT INTO household_uids (uid, person_id, canonical) VALUES (?, ?, 1)",
                (data.uid, cur.lastrowid),
            )
            return cur.lastrowid
        clash = conn.execute(
            "SELECT 1 FROM persons WHERE name_key = ? AND id != ?", (key, pid)
        ).fetchone()
        if clash is None:
            conn.execute(
                "UPDATE persons SET name = ?, name_key = ? WHERE id = ?", (data.name, key, pid)
            )
        conn.execute("UPDATE persons SET ha_person = ? WHERE id = ?", (data.ha_person or None, pid))
        if thumb is not None:
            conn.execute(
                "UPDATE persons SET thumbnail = ? WHERE id = ? AND thumbnail IS NULL", (thumb, pid)
            )
        return pid

    def _embedding(self, conn: sqlite3.Connection, data: wire.EmbeddingData) -> int | None:
        pid = self._pid(conn, data.person)
        if (
            pid is None
            or conn.execute(
                "SELECT 1 FROM household_embeddings WHERE eid = ?", (data.eid,)
            ).fetchone()
        ):
            return None
        cur = conn.execute(
            "INSERT INTO embeddings (person_id, vector, quality, origin, created)"
            " VALUES (?, ?, ?, 'household', ?)",
            (pid, wire.vector_of(data.vector).tobytes(), data.quality, time.time()),
        )
        conn.execute(
            "INSERT INTO household_embeddings (eid, embedding_id) VALUES (?, ?)",
            (data.eid, cur.lastrowid),
        )
        return pid

    @staticmethod
    def _embedding_removed(conn: sqlite3.Connection, data: wire.RemovedData) -> int | None:
        row = conn.execute(
            "SELECT e.id, e.person_id FROM household_embeddings h"
            " JOIN embeddings e ON e.id = h.embedding_id WHERE h.eid = ?",
            (data.eid,),
        ).fetchone()
        if row is None:
            return None
        conn.execute("DELETE FROM embeddings WHERE id = ?", (row[0],))
        return int(row[1])

    def _pin(self, conn: sqlite3.Connection, data: wire.PinData) -> int | None:
        pid = self._pid(conn, data.person)
        if pid is None:
            return None
        conn.execute(
            "INSERT INTO pins (person_id, salt, hash, params) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(person_id) DO UPDATE SET salt = excluded.salt, hash = excluded.hash,"
            " params = excluded.params, failures = 0, locked_until = 0",
            (pid, wire.unb64(data.salt), wire.unb64(data.hash), data.params),
        )
        return pid

    def _pin_clear(self, conn: sqlite3.Connection, data: wire.PersonRef) -> int | None:
        pid = self._pid(conn, data.person)
        if pid is None or not conn.execute("DELETE FROM pins WHERE person_id = ?", (pid,)).rowcount:
            return None
        return pid

    def _sample(self, conn: sqlite3.Connection, data: wire.SampleData, mirror: str) -> int | None:
        """A sample for the trainer; -1: applied, but nothing in the gallery changed."""
        pid = self._pid(conn, data.person) if data.person is not None else None
        if (data.person is not None and pid is None) or conn.execute(
            "SELECT 1 FROM household_samples WHERE sid = ?", (data.sid,)
        ).fetchone():
            return None  # the person forgotten meanwhile, or known
        cur = conn.execute(
            "INSERT INTO samples (person_id, kind, embedding, confidence, face_jpeg, created,"
            " label, detail) VALUES (?, ?, ?, ?, NULL, ?, ?, ?)",
            (
                pid,
                data.kind,
                wire.vector_of(data.features).tobytes(),
                data.confidence,
                time.time(),
                data.label,
                data.detail,
            ),
        )
        conn.execute(
            "INSERT INTO household_samples (sid, sample_id, mirror) VALUES (?, ?, ?)",
            (data.sid, cur.lastrowid, mirror),
        )
        return -1

    def _negative(self, conn: sqlite3.Connection, data: wire.NegativeData) -> int | None:
        # a face sent as confirmed and then marked "not me" on its mirror comes
        # again under the same id: no longer the person's for the trainer
        conn.execute(
            "DELETE FROM samples WHERE id IN (SELECT sample_id FROM household_samples"
            " WHERE sid = ?)",
            (data.eid,),
        )
        pid = self._pid(conn, data.person)
        if (
            pid is None
            or conn.execute(
                "SELECT 1 FROM household_negatives WHERE eid = ?", (data.eid,)
            ).fetchone()
        ):
            return None
        cur = conn.execute(
            "INSERT INTO samples (person_id, kind, embedding, confidence, face_jpeg, created)"
            " VALUES (?, ?, ?, ?, NULL, ?)",
            (pid, NOT_ME, wire.vector_of(data.vector).tobytes(), data.confidence, time.time()),
        )
        conn.execute(
            "INSERT INTO household_negatives (eid, sample_id) VALUES (?, ?)",
            (data.eid, cur.lastrowid),
        )
        return pid

    @staticmethod
    def _negative_withdrawn(conn: sqlite3.Connection, data: wire.RemovedData) -> int | None:
        row = conn.execute(
            "SELECT s.id, s.person_id FROM household_negatives h"
            " JOIN samples s ON s.id = h.sample_id WHERE h.eid = ?",
            (data.eid,),
        ).fetchone()
        if row is None:
            return None
        conn.execute("DELETE FROM samples WHERE id = ?", (row[0],))
        return int(row[1])

    def _forget_uid(self, conn: sqlite3.Connection, data: wire.PersonRef) -> int | None:
        pid = self._pid(conn, data.person)
        if pid is None:
            conn.execute(
                "INSERT OR IGNORE INTO household_tombstones (uid, version, t) VALUES (?, 0, ?)",
                (data.person, time.time()),
            )
            return None
        self._forget(conn, pid)
        return 0  # a change without a person left: its tombstones

    @staticmethod
    def _forget(conn: sqlite3.Connection, pid: int) -> None:
        """Every household id of the person becomes a tombstone; the person and,
        by cascade, their faces, PIN, samples and history go."""
        now = time.time()
        conn.execute(
            "INSERT OR IGNORE INTO household_tombstones (uid, version, t)"
            " SELECT uid, 0, ? FROM household_uids WHERE person_id = ?",
            (now, pid),
        )
        conn.execute("DELETE FROM persons WHERE id = ?", (pid,))

    # -- the administrator's side -----------------------------------------------------
    def forget(self, person_id: int) -> bool:
        with self.db.transaction() as conn:
            if conn.execute("SELECT 1 FROM persons WHERE id = ?", (person_id,)).fetchone() is None:
                return False
            self._forget(conn, person_id)
            self._bump(conn)
        self.db.scrub()
        _LOGGER.info("forgot person %d for every mirror", person_id)
        return True

    def person_of(self, uid: str) -> int | None:
        rows = self.db.query("SELECT person_id FROM household_uids WHERE uid = ?", (uid,))
        return int(str(rows[0][0])) if rows else None

    def persons(self) -> list[dict[str, Any]]:
        uids: dict[int, list[str]] = {}
        for uid, pid in self.db.query(
            "SELECT uid, person_id FROM household_uids ORDER BY canonical DESC, uid"
        ):
            uids.setdefault(int(str(pid)), []).append(str(uid))
        negatives = {
            int(str(pid)): int(str(n))
            for pid, n in self.db.query(
                "SELECT s.person_id, COUNT(*) FROM household_negatives h"
                " JOIN samples s ON s.id = h.sample_id GROUP BY s.person_id"
            )
        }
        return [
            {**p.as_json(), "uids": uids.get(p.id, []), "negatives": negatives.get(p.id, 0)}
            for p in self.store.persons.all()
        ]

    def status(self) -> dict[str, Any]:
        (persons,) = self.db.query("SELECT COUNT(*) FROM persons")[0]
        (embeddings,) = self.db.query("SELECT COUNT(*) FROM household_embeddings")[0]
        (negatives,) = self.db.query("SELECT COUNT(*) FROM household_negatives")[0]
        (forgotten,) = self.db.query("SELECT COUNT(*) FROM household_tombstones")[0]
        applied = {
            str(kind): int(str(n))
            for kind, n in self.db.query(
                "SELECT kind, COUNT(*) FROM household_applied GROUP BY kind"
            )
        }
        samples: dict[str, dict[str, int]] = {}
        for m, kind, n in self.db.query(
            "SELECT h.mirror, s.kind, COUNT(*) FROM household_samples h"
            " JOIN samples s ON s.id = h.sample_id GROUP BY h.mirror, s.kind"
        ):
            samples.setdefault(str(m), {})[str(kind)] = int(str(n))
        mirrors = [
            {
                "mirror": m,
                "last_seen": seen,
                "last_sync": seen,
                "version": version,
                "delivered": delivered,
                "duplicates": duplicates,
                "samples": samples.get(str(m), {}),
            }
            for m, seen, version, delivered, duplicates in self.db.query(
                "SELECT mirror, last_seen, version, delivered, duplicates"
                " FROM household_mirrors ORDER BY mirror"
            )
        ]
        return {
            "version": self.version(),
            "persons": persons,
            "embeddings": embeddings,
            "negatives": negatives,
            "forgotten": forgotten,
            "samples": self.store.samples.counts(),
            "applied": applied,
            "mirrors": mirrors,
        }
