"""``--role mirror --server URL``: the mirror's side of the household sync.

One thread, woken every ``sync_interval`` seconds and at once by a local
change of people (the bus's persons, enrolment, forget and session-ended
events):

1. ``reconcile``: compare the store with what was last synced (the
   ``tier_*`` tables) and queue every difference as an outbox item with a
   UUID, in the same transaction that notes it as queued. A change made just
   before a crash is found at the next start.
2. ``deliver``: send the outbox in order, in batches; drop what the server
   answered; on failure retry with exponential backoff (up to 16 intervals).
3. ``pull``: fetch the gallery if it changed (``?since=``), check its
   checksum and swap it in (``apply``): one SQLite transaction, then the
   recogniser's gallery by reference. A change of this mirror not yet
   delivered is never undone by a pull (its item is still queued).
4. ``pull_models``: the same for the server's promoted model versions
   (``tier.models``), when the gallery's answer named a new version of
   them: each becomes the active version of its kind and person in this
   store (where the expression analysis and the gestures read it),
   the refined faces join the gallery, a version rolled back on the server
   stops being active here.
5. ``report``: the models in use and this mirror's own outcomes (faces
   confirmed, corrected by a PIN, "not me"), when they changed: falling
   accuracy makes the server retrain.

Samples collected here (``wire.SAMPLE_KINDS``) go up with the outbox, without
their face crops: the server trains on them; this mirror trains nothing on
schedule.

The server down: recognition goes on with the last gallery; ``status()``
says how old it is and what failed.
"""

from __future__ import annotations

import json
import logging
import random
import sqlite3
import threading
import time
import urllib.error
import urllib.request
import uuid
from typing import Any, cast

from ..config import EngineConfig
from ..contract import EventType
from ..identity.service import IdentityService
from ..pipeline.events import Event, EventBus
from ..store import Store
from ..store.names import name_key
from ..store.samples import NOT_ME
from . import wire

_LOGGER = logging.getLogger(__name__)

TABLES = """
CREATE TABLE IF NOT EXISTS tier_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tier_persons (
    local_id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    name TEXT, ha_person TEXT, thumbnail INTEGER NOT NULL DEFAULT 0, pin TEXT
);
CREATE TABLE IF NOT EXISTS tier_embeddings (
    local_id INTEGER PRIMARY KEY, eid TEXT NOT NULL UNIQUE, person_local INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS tier_negatives (
    local_id INTEGER PRIMARY KEY, eid TEXT NOT NULL UNIQUE, person_local INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS tier_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
    person TEXT, ref TEXT, data TEXT NOT NULL, created REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS tier_samples (
    local_id INTEGER PRIMARY KEY, sid TEXT NOT NULL UNIQUE, person_local INTEGER
);
CREATE TABLE IF NOT EXISTS tier_models (
    server_id INTEGER PRIMARY KEY, local_id INTEGER NOT NULL, kind TEXT NOT NULL,
    person_local INTEGER
);
CREATE INDEX IF NOT EXISTS tier_outbox_ref ON tier_outbox(ref);
CREATE INDEX IF NOT EXISTS tier_outbox_person ON tier_outbox(person);
"""
# Refinement adds faces on this mirror that it can take back (its rollback):
# they stay this mirror's own.
LOCAL_ORIGINS = "refined:%"
HOUSEHOLD_ORIGIN = "household"
REPORT_EVERY = 300.0  # seconds: an unchanged report is sent again after this
MODEL_ORIGIN = "refined:household:"  # + the server's embedding id: never sent back up
BATCH_BYTES = 512 * 1024
WAKING_EVENTS = frozenset(
    {
        EventType.PERSONS,
        EventType.ENROLMENT,
        EventType.PERSON_FORGOTTEN,
        EventType.SESSION_ENDED,
        EventType.COMMAND,  # "not me" keeps its negatives after the session's end
    }
)


def new_id() -> str:
    return uuid.uuid4().hex


def pin_print(salt: bytes, digest: bytes, params: str) -> str:
    """What the mirror remembers of the PIN it last synced (never the PIN)."""
    return f"{salt.hex()}:{digest.hex()}:{params}"


class SyncError(Exception):
    """The server could not be reached or answered wrongly."""


class MirrorSync:
    def __init__(
        self,
        store: Store,
        identity: IdentityService | None,
        bus: EventBus,
        config: EngineConfig,
        token: str,
        mirror_id: str,
    ) -> None:
        self.store = store
        self.db = store.db
        self.identity = identity
        self.bus = bus
        self.url = config.server.rstrip("/")
        self.token = config.server_token or token
        self.mirror_id = mirror_id
        self.interval = config.sync_interval
        self.timeout = max(5.0, min(10.0, self.interval * 4))  # per request
        with self.db.transaction() as conn:
            for statement in TABLES.split(";"):
                if statement.strip():
                    conn.execute(statement)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._unsubscribe = bus.subscribe(self._on_event)
        self._failures = 0
        self._next_delivery = 0.0
        self._forgot = False
        # the models' version the server named with the last gallery answer
        # (None: not named, ask for the models each round)
        self._announced: int | None = None
        self._reported: tuple[str, float] | None = None  # (the last report, when)
        self.reachable: bool | None = None
        self.last_sync: float | None = None
        self.last_attempt: float | None = None
        self.last_error: str | None = None
        self.last_swap_ms: float | None = None
        self.bytes_in = 0
        self.bytes_out = 0

    # -- the loop ---------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="household-sync", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._unsubscribe()
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            # a request in flight is not waited for long: the engine is stopping
            # (the thread is a daemon; the store's lock keeps a transaction whole)
            self._thread.join(timeout=3.0)

    def _on_event(self, event: Event) -> None:
        if event.type in WAKING_EVENTS:
            self._wake.set()

    def _run(self) -> None:
        next_pull = 0.0
        while not self._stop.is_set():
            try:
                self.sync(pull=time.monotonic() >= next_pull)
            except Exception:  # the loop outlives any one failure
                _LOGGER.exception("household sync failed")
            if time.monotonic() >= next_pull:
                next_pull = time.monotonic() + self.interval
            self._wake.wait(timeout=max(0.05, next_pull - time.monotonic()))
            self._wake.clear()

    def sync(self, pull: bool = True) -> None:
        """One round: queue local changes, deliver (unless backing off), pull."""
        self.reconcile()
        if time.monotonic() >= self._next_delivery:
            self._deliver()
        if not pull:
            return
        try:
            self.pull()
            self.pull_models()
            self.report(force=False)
        except SyncError as err:
            self._failed(err)
            return
        if self._next_delivery:  # backing off, but the server answers again
            self._next_delivery = 0.0
            self._deliver()

    def _deliver(self) -> None:
        try:
            self.deliver()
        except SyncError as err:
            self._failed(err)
            self._failures += 1
            delay = min(self.interval * 2 ** (self._failures - 1), self.interval * 16, 300.0)
            self._next_delivery = time.monotonic() + delay * random.uniform(0.8, 1.2)
        else:
            self._failures = 0
            self._next_delivery = 0.0

    def _failed(self, err: SyncError) -> None:
        if self.reachable is not False:
            _LOGGER.warning("household server %s unreachable: %s", self.url, err)
        self.reachable = False
        self.last_error = str(err)

    # -- HTTP -------------------------------------------------------------------------
    def _request(self, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
        self.last_attempt = time.time()
        request = urllib.request.Request(
            self.url + path,
            data=body,
            method=method,
            headers={
                "Authorization": f"Bearer {self.token}",
                "X-Mirror-Id": self.mirror_id,
                "Content-Type": "application/json",
            },
        )
        self.bytes_out += len(body or b"") + len(path) + 200
        announced = "X-Models-Version"
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data = response.read()
                self.bytes_in += len(data) + 200
                self._heard(response.headers.get(announced))
                return int(response.status), data
        except urllib.error.HTTPError as err:
            self.bytes_in += 200
            if err.code == 304:
                self._heard(err.headers.get(announced))
                return 304, b""
            raise SyncError(f"{method} {path} answered {err.code}: {err.read()[:200]!r}") from None
        except (OSError, ValueError) as err:
            raise SyncError(f"{method} {path}: {err}") from None

    def _heard(self, models_version: str | None) -> None:
        try:
            self._announced = int(models_version) if models_version else None
        except ValueError:
            self._announced = None

    def _contact(self) -> None:
        if self.reachable is False:
            _LOGGER.info("household server %s reachable again", self.url)
        self.reachable = True
        self.last_error = None

    # -- 1. local changes into the outbox ---------------------------------------------
    def reconcile(self) -> int:
        """Queue every local change not yet queued; the number of items."""
        self._forgot = False
        with self.db.transaction() as conn:
            queued = self._reconcile(conn)
        if self._forgot:  # their queued faces leave the file too (secure_delete, WAL)
            self.db.scrub()
        return queued

    def _reconcile(self, conn: sqlite3.Connection) -> int:
        queued = 0

        def enqueue(kind: str, person: str | None, ref: str | None, data: dict[str, Any]) -> None:
            nonlocal queued
            conn.execute(
                "INSERT INTO tier_outbox (uuid, kind, person, ref, data, created)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (new_id(), kind, person, ref, json.dumps(data), time.time()),
            )
            queued += 1

        local = {
            int(r[0]): r
            for r in conn.execute(
                "SELECT id, name, ha_person, thumbnail FROM persons ORDER BY id"
            ).fetchall()
        }
        known = {
            int(r[0]): r
            for r in conn.execute(
                "SELECT local_id, uid, name, ha_person, thumbnail, pin FROM tier_persons"
            ).fetchall()
        }
        # forgotten here: the server forgets them too; nothing queued about them is sent
        for local_id, row in known.items():
            if local_id in local:
                continue
            uid = str(row[1])
            conn.execute("DELETE FROM tier_outbox WHERE person = ?", (uid,))
            enqueue("forget", uid, uid, {"person": uid})
            self._forgot = True
            conn.execute("DELETE FROM tier_persons WHERE local_id = ?", (local_id,))
            conn.execute("DELETE FROM tier_embeddings WHERE person_local = ?", (local_id,))
            conn.execute("DELETE FROM tier_negatives WHERE person_local = ?", (local_id,))
            conn.execute("DELETE FROM tier_samples WHERE person_local = ?", (local_id,))
        uids: dict[int, str] = {}
        for local_id, (_, name, ha_person, thumb) in local.items():
            row = known.get(local_id)
            uid = str(row[1]) if row else new_id()
            uids[local_id] = uid
            sent_thumb = bool(row[4]) if row else False
            if (
                row is not None
                and (row[2], row[3]) == (name, ha_person)
                and (sent_thumb or thumb is None)
            ):
                continue
            data: dict[str, Any] = {"uid": uid, "name": name, "ha_person": ha_person}
            if thumb is not None and not sent_thumb:
                data["thumbnail"] = wire.b64(bytes(thumb))
            enqueue("person", uid, uid, data)
            conn.execute(
                "INSERT INTO tier_persons (local_id, uid, name, ha_person, thumbnail)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(local_id) DO UPDATE SET"
                " name = excluded.name, ha_person = excluded.ha_person,"
                " thumbnail = excluded.thumbnail",
                (local_id, uid, name, ha_person, int(thumb is not None or sent_thumb)),
            )
        # faces enrolled here
        for emb_id, person_local, vector, quality in conn.execute(
            "SELECT e.id, e.person_id, e.vector, e.quality FROM embeddings e"
            " WHERE e.id NOT IN (SELECT local_id FROM tier_embeddings)"
            " AND e.origin NOT LIKE ? ORDER BY e.id",
            (LOCAL_ORIGINS,),
        ).fetchall():
            eid, uid = new_id(), uids[int(person_local)]
            enqueue(
                "embedding",
                uid,
                eid,
                {
                    "eid": eid,
                    "person": uid,
                    "vector": wire.b64(bytes(vector)),
                    "quality": min(1.0, max(0.0, float(quality))),
                },
            )
            conn.execute(
                "INSERT INTO tier_embeddings (local_id, eid, person_local) VALUES (?, ?, ?)",
                (emb_id, eid, person_local),
            )
        for local_id, eid, person_local in conn.execute(
            "SELECT local_id, eid, person_local FROM tier_embeddings WHERE local_id NOT IN"
            " (SELECT id FROM embeddings)"
        ).fetchall():
            conn.execute("DELETE FROM tier_embeddings WHERE local_id = ?", (local_id,))
            if int(person_local) in uids and not self._drop_queued(conn, str(eid)):
                enqueue("embedding_removed", uids[int(person_local)], eid, {"eid": eid})
        # PINs set or cleared here
        pins = {
            int(r[0]): pin_print(bytes(r[1]), bytes(r[2]), str(r[3]))
            for r in conn.execute("SELECT person_id, salt, hash, params FROM pins").fetchall()
        }
        seen = {int(r[0]): r[1] for r in conn.execute("SELECT local_id, pin FROM tier_persons")}
        for local_id, uid in uids.items():
            now, before = pins.get(local_id), seen.get(local_id)
            if now == before:
                continue
            if now is None:
                enqueue("pin_clear", uid, uid, {"person": uid})
            else:
                salt, digest, params = now.split(":", 2)
                enqueue(
                    "pin",
                    uid,
                    uid,
                    {
                        "person": uid,
                        "salt": wire.b64(bytes.fromhex(salt)),
                        "hash": wire.b64(bytes.fromhex(digest)),
                        "params": params,
                    },
                )
            conn.execute("UPDATE tier_persons SET pin = ? WHERE local_id = ?", (now, local_id))
        # "not me" here: negatives for the household
        for sample_id, person_local, vector, confidence in conn.execute(
            "SELECT id, person_id, embedding, confidence FROM samples WHERE kind = ?"
            " AND person_id IS NOT NULL AND embedding IS NOT NULL"
            " AND id NOT IN (SELECT local_id FROM tier_negatives) ORDER BY id",
            (NOT_ME,),
        ).fetchall():
            # a face sent as confirmed, now "not me": the same id takes it back
            sent = conn.execute(
                "SELECT sid FROM tier_samples WHERE local_id = ?", (sample_id,)
            ).fetchone()
            eid, uid = (str(sent[0]) if sent else new_id()), uids[int(person_local)]
            if sent:
                conn.execute("DELETE FROM tier_samples WHERE local_id = ?", (sample_id,))
            self._count(conn, "not_me")
            data = {"eid": eid, "person": uid, "vector": wire.b64(bytes(vector))}
            if confidence is not None:
                data["confidence"] = min(1.0, max(0.0, float(confidence)))
            enqueue("negative", uid, eid, data)
            conn.execute(
                "INSERT INTO tier_negatives (local_id, eid, person_local) VALUES (?, ?, ?)",
                (sample_id, eid, person_local),
            )
        for local_id, eid, person_local in conn.execute(
            "SELECT local_id, eid, person_local FROM tier_negatives WHERE local_id NOT IN"
            " (SELECT id FROM samples WHERE kind = ?)",
            (NOT_ME,),
        ).fetchall():
            conn.execute("DELETE FROM tier_negatives WHERE local_id = ?", (local_id,))
            if int(person_local) in uids and not self._drop_queued(conn, str(eid)):
                enqueue("negative_withdrawn", uids[int(person_local)], eid, {"eid": eid})
        # samples for the server's trainer (never the face crop)
        marks = ",".join("?" * len(wire.SAMPLE_KINDS))
        for sample_id, person_local, kind, vector, confidence, label, detail in conn.execute(
            "SELECT id, person_id, kind, embedding, confidence, label, detail FROM samples"
            f" WHERE kind IN ({marks}) AND embedding IS NOT NULL"
            " AND id NOT IN (SELECT local_id FROM tier_samples) ORDER BY id",
            wire.SAMPLE_KINDS,
        ).fetchall():
            person = uids.get(int(person_local)) if person_local is not None else None
            if person_local is not None and person is None:
                continue
            sid = new_id()
            item: dict[str, Any] = {
                "sid": sid,
                "kind": kind,
                "person": person,
                "features": wire.b64(bytes(vector)),
                "label": label,
                "detail": detail,
            }
            if confidence is not None:
                item["confidence"] = min(1.0, max(0.0, float(confidence)))
            enqueue("sample", person, sid, item)
            conn.execute(
                "INSERT INTO tier_samples (local_id, sid, person_local) VALUES (?, ?, ?)",
                (sample_id, sid, person_local),
            )
            if kind in wire.OUTCOMES:
                self._count(conn, str(kind))
        return queued

    @staticmethod
    def _count(conn: sqlite3.Connection, outcome: str) -> None:
        """This mirror's own outcomes, for its reports (never the household's)."""
        conn.execute(
            "INSERT INTO tier_meta (key, value) VALUES (?, '1')"
            " ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
            (f"count:{outcome}",),
        )

    @staticmethod
    def _drop_queued(conn: sqlite3.Connection, ref: str) -> bool:
        """Take back a queued, never sent item (a face removed before it left)."""
        return (
            conn.execute("DELETE FROM tier_outbox WHERE ref = ? AND attempts = 0", (ref,)).rowcount
            > 0
        )

    # -- 2. the outbox upstream -------------------------------------------------------
    def deliver(self) -> int:
        """Send the outbox in order until it is empty; the items delivered."""
        delivered = 0
        while True:
            rows = self.db.query(
                "SELECT id, uuid, kind, data FROM tier_outbox ORDER BY id LIMIT ?",
                (wire.MAX_ITEMS,),
            )
            if not rows:
                return delivered
            batch: list[dict[str, Any]] = []
            size = 0
            for _, item_uuid, kind, data in rows:
                size += len(str(data)) + 100
                if batch and size > BATCH_BYTES:
                    break
                batch.append({"uuid": item_uuid, "kind": kind, "data": json.loads(str(data))})
            ids = [r[0] for r in rows[: len(batch)]]
            marks = ",".join("?" * len(ids))
            self.db.execute(
                f"UPDATE tier_outbox SET attempts = attempts + 1 WHERE id IN ({marks})",
                tuple(ids),
            )
            body = json.dumps({"mirror": self.mirror_id, "items": batch}).encode()
            status, answer = self._request("POST", "/api/household/changes", body)
            self._contact()
            try:
                results = json.loads(answer)["results"]
            except (ValueError, KeyError, TypeError) as err:
                raise SyncError(f"the server's answer is not readable: {err}") from None
            done = [u for u in (b["uuid"] for b in batch) if u in results]
            if not done:
                raise SyncError(f"the server answered {status} without any of the items")
            with self.db.transaction() as conn:
                for item_uuid in done:
                    conn.execute("DELETE FROM tier_outbox WHERE uuid = ?", (item_uuid,))
                conn.execute(
                    "INSERT INTO tier_meta (key, value) VALUES ('delivered', ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + ?",
                    (len(done), len(done)),
                )
            delivered += len(done)

    # -- 3. the gallery downstream ----------------------------------------------------
    def _meta(self, key: str) -> str | None:
        rows = self.db.query("SELECT value FROM tier_meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    @staticmethod
    def _verified(body: bytes, what: str) -> dict[str, Any]:
        """A document from the server whose checksum matches its content."""
        try:
            document = json.loads(body)
            claimed = document["checksum"]
        except (ValueError, KeyError, TypeError) as err:
            raise SyncError(f"{what} is not readable: {err}") from None
        if wire.checksum(document) != claimed:
            raise SyncError(f"{what}: the checksum does not match: not applied")
        return cast(dict[str, Any], document)

    def _meta_int(self, key: str) -> int | None:
        value = self._meta(key)
        return int(value) if value is not None else None

    def version(self) -> int | None:
        return self._meta_int("version")

    def pull(self) -> bool:
        """Fetch and swap in the gallery if it changed; whether it did."""
        version = self.version()
        since = "" if version is None else f"?since={version}"
        status, body = self._request("GET", "/api/household/gallery" + since)
        self._contact()
        self.last_sync = time.time()
        if status == 304:
            return False
        document = self._verified(body, "the gallery")
        if document.get("since") not in (None, version):
            self.db.execute("DELETE FROM tier_meta WHERE key = 'version'")  # the whole, next
            raise SyncError(f"a delta from {document.get('since')} for version {version}")
        started = time.perf_counter()
        self.apply(document)
        self.last_swap_ms = round((time.perf_counter() - started) * 1000, 2)
        return True

    def apply(self, document: dict[str, Any]) -> None:
        """Swap the household's gallery into this mirror's store."""
        forgotten = set(document.get("forgotten", []))
        for local_id, uid in self.db.query("SELECT local_id, uid FROM tier_persons"):
            if uid in forgotten:
                self._forget_here(int(str(local_id)), str(uid))
        with self.db.transaction() as conn:
            changed = self._apply(conn, document, forgotten)
            conn.execute(
                "INSERT INTO tier_meta (key, value) VALUES ('version', ?), ('checksum', ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (str(int(document["version"])), str(document["checksum"])),
            )
        if changed and self.identity is not None:
            self.identity.reload_gallery()  # the recogniser's copy, swapped by reference

    def _forget_here(self, local_id: int, uid: str) -> None:
        """Forgotten elsewhere: gone from this mirror (its session ends)."""
        if self.identity is not None:
            self.identity.forget(local_id)
        else:
            self.store.persons.forget(local_id)
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM tier_outbox WHERE person = ?", (uid,))
            conn.execute("DELETE FROM tier_persons WHERE local_id = ?", (local_id,))
            conn.execute("DELETE FROM tier_embeddings WHERE person_local = ?", (local_id,))
            conn.execute("DELETE FROM tier_negatives WHERE person_local = ?", (local_id,))
            conn.execute("DELETE FROM tier_samples WHERE person_local = ?", (local_id,))
        self.db.scrub()
        _LOGGER.info("person %d was forgotten by the household", local_id)

    def _apply(
        self, conn: sqlite3.Connection, document: dict[str, Any], forgotten: set[str]
    ) -> bool:
        changed = False
        queued = conn.execute("SELECT kind, person, ref FROM tier_outbox").fetchall()
        queued_refs = {str(r[2]) for r in queued}
        queued_forgets = {str(r[1]) for r in queued if r[0] == "forget"}
        queued_person = {str(r[1]) for r in queued if r[0] == "person"}
        queued_pin = {str(r[1]) for r in queued if r[0] in ("pin", "pin_clear")}
        by_uid = {
            str(r[1]): int(r[0]) for r in conn.execute("SELECT local_id, uid FROM tier_persons")
        }
        for person in document.get("persons", []):
            uids = [str(u) for u in person["uids"]]
            if forgotten.intersection(uids) or queued_forgets.intersection(uids):
                continue  # forgotten here, not yet told to the server
            uid = str(person["uid"])
            local_id = next((by_uid[u] for u in uids if u in by_uid), None)
            if local_id is None:
                local_id = self._adopt_or_create(conn, person)
                if local_id is None:
                    continue
                changed = True
            elif not conn.execute("SELECT 1 FROM persons WHERE id = ?", (local_id,)).fetchone():
                continue  # forgotten here a moment ago: the next reconcile tells the server
            else:
                if by_uid.get(uid, local_id) == local_id:  # the household's own id from now
                    conn.execute(
                        "UPDATE tier_persons SET uid = ? WHERE local_id = ?", (uid, local_id)
                    )
                if not queued_person.intersection(uids):
                    changed |= self._update_person(conn, local_id, person)
            changed |= self._apply_rows(
                conn,
                local_id,
                person["embeddings"],
                queued_refs,
                table="tier_embeddings",
                insert=lambda item, lid=local_id: (
                    conn.execute(
                        "INSERT INTO embeddings (person_id, vector, quality, origin, created)"
                        " VALUES (?, ?, ?, ?, ?)",
                        (
                            lid,
                            wire.vector_of(item["vector"]).tobytes(),
                            float(item.get("quality", 0.5)),
                            HOUSEHOLD_ORIGIN,
                            time.time(),
                        ),
                    ).lastrowid
                ),
                delete="DELETE FROM embeddings WHERE id = ?",
            )
            changed |= self._apply_rows(
                conn,
                local_id,
                person["negatives"],
                queued_refs,
                table="tier_negatives",
                insert=lambda item, lid=local_id: (
                    conn.execute(
                        "INSERT INTO samples (person_id, kind, embedding, confidence, face_jpeg,"
                        " created) VALUES (?, ?, ?, NULL, NULL, ?)",
                        (lid, NOT_ME, wire.vector_of(item["vector"]).tobytes(), time.time()),
                    ).lastrowid
                ),
                delete="DELETE FROM samples WHERE id = ?",
            )
            if not queued_pin.intersection(uids):
                changed |= self._apply_pin(conn, local_id, person.get("pin"))
        return changed

    def _adopt_or_create(self, conn: sqlite3.Connection, person: dict[str, Any]) -> int | None:
        """A person new to this mirror; one of the same name not yet synced is
        taken as them (the server does the same)."""
        uid, name = str(person["uid"]), str(person["name"])
        row = conn.execute(
            "SELECT id FROM persons WHERE name_key = ?", (name_key(name),)
        ).fetchone()
        if row is not None:
            if conn.execute("SELECT 1 FROM tier_persons WHERE local_id = ?", (row[0],)).fetchone():
                return None  # a different household id of that name: the server merges them
            conn.execute(
                "INSERT INTO tier_persons (local_id, uid, name, ha_person)"
                " SELECT id, ?, name, ha_person FROM persons WHERE id = ?",
                (uid, row[0]),
            )
            return int(row[0])
        thumb = wire.unb64(person["thumbnail"]) if person.get("thumbnail") else None
        cur = conn.execute(
            "INSERT INTO persons (name, name_key, created, ha_person, thumbnail)"
            " VALUES (?, ?, ?, ?, ?)",
            (name, name_key(name), time.time(), person.get("ha_person"), thumb),
        )
        conn.execute(
            "INSERT INTO tier_persons (local_id, uid, name, ha_person, thumbnail)"
            " VALUES (?, ?, ?, ?, 1)",
            (cur.lastrowid, uid, name, person.get("ha_person")),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    @staticmethod
    def _update_person(conn: sqlite3.Connection, local_id: int, person: dict[str, Any]) -> bool:
        """The household's name and Home Assistant person, unless changed here."""
        name, ha_person = str(person["name"]), person.get("ha_person")
        here = conn.execute(
            "SELECT p.name, p.ha_person, t.name, t.ha_person FROM persons p"
            " JOIN tier_persons t ON t.local_id = p.id WHERE p.id = ?",
            (local_id,),
        ).fetchone()
        changed = False
        if person.get("thumbnail"):  # the face the People sheet shows, if none yet
            changed = (
                conn.execute(
                    "UPDATE persons SET thumbnail = ? WHERE id = ? AND thumbnail IS NULL",
                    (wire.unb64(person["thumbnail"]), local_id),
                ).rowcount
                > 0
            )
            conn.execute("UPDATE tier_persons SET thumbnail = 1 WHERE local_id = ?", (local_id,))
        if here is None or (here[0], here[1]) != (here[2], here[3]):
            return changed  # changed here: the next reconcile sends it
        if (here[0], here[1]) == (name, ha_person):
            return changed
        if conn.execute(
            "SELECT 1 FROM persons WHERE name_key = ? AND id != ?", (name_key(name), local_id)
        ).fetchone():
            name = str(here[0])  # the name is another's here: keep ours for now
        conn.execute(
            "UPDATE persons SET name = ?, name_key = ?, ha_person = ? WHERE id = ?",
            (name, name_key(name), ha_person, local_id),
        )
        conn.execute(
            "UPDATE tier_persons SET name = ?, ha_person = ? WHERE local_id = ?",
            (name, ha_person, local_id),
        )
        return True

    @staticmethod
    def _apply_rows(
        conn: sqlite3.Connection,
        local_id: int,
        items: list[dict[str, Any]],
        queued_refs: set[str],
        *,
        table: str,
        insert: Any,
        delete: str,
    ) -> bool:
        """Faces or negatives: add the household's new ones, remove those it
        removed (not those of this mirror still on their way up)."""
        here = {
            str(r[0]): int(r[1])
            for r in conn.execute(
                f"SELECT eid, local_id FROM {table} WHERE person_local = ?", (local_id,)
            )
        }
        theirs = {str(item["eid"]): item for item in items}
        changed = False
        for eid, item in theirs.items():
            if eid not in here:
                row_id = insert(item)
                conn.execute(
                    f"INSERT INTO {table} (local_id, eid, person_local) VALUES (?, ?, ?)",
                    (row_id, eid, local_id),
                )
                changed = True
        for eid, row_id in here.items():
            if eid not in theirs and eid not in queued_refs:
                conn.execute(delete, (row_id,))
                conn.execute(f"DELETE FROM {table} WHERE local_id = ?", (row_id,))
                changed = True
        return changed

    @staticmethod
    def _apply_pin(conn: sqlite3.Connection, local_id: int, pin: dict[str, Any] | None) -> bool:
        row = conn.execute(
            "SELECT salt, hash, params FROM pins WHERE person_id = ?", (local_id,)
        ).fetchone()
        here = pin_print(bytes(row[0]), bytes(row[1]), str(row[2])) if row else None
        (seen,) = conn.execute(
            "SELECT pin FROM tier_persons WHERE local_id = ?", (local_id,)
        ).fetchone()
        if here != seen:
            return False  # set or cleared here: the next reconcile sends it
        if pin is None:
            if here is None:
                return False
            conn.execute("DELETE FROM pins WHERE person_id = ?", (local_id,))
            conn.execute("UPDATE tier_persons SET pin = NULL WHERE local_id = ?", (local_id,))
            return True
        salt, digest = wire.unb64(pin["salt"]), wire.unb64(pin["hash"])
        theirs = pin_print(salt, digest, str(pin["params"]))
        if theirs == here:
            return False
        conn.execute(
            "INSERT INTO pins (person_id, salt, hash, params) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(person_id) DO UPDATE SET salt = excluded.salt, hash = excluded.hash,"
            " params = excluded.params, failures = 0, locked_until = 0",
            (local_id, salt, digest, str(pin["params"])),
        )
        conn.execute("UPDATE tier_persons SET pin = ? WHERE local_id = ?", (theirs, local_id))
        return True

    # -- 4. the models downstream ----------------------------------------------------
    def models_version(self) -> int | None:
        return self._meta_int("models_version")

    def pull_models(self) -> bool:
        """Fetch and swap in the server's models if they changed; whether they did."""
        version = self.models_version()
        if version is not None and self._announced == version:
            return False  # the gallery's answer said they did not: no request
        have = "" if version is None else f"?have={version}"
        status, body = self._request("GET", "/api/household/models" + have)
        if status == 304:
            return False
        document = self._verified(body, "the models")
        faces_changed = self.apply_models(document)
        if faces_changed and self.identity is not None:
            self.identity.reload_gallery()
        return True

    def apply_models(self, document: dict[str, Any]) -> bool:
        """One transaction: the server's active versions become active here,
        its refined faces replace the last ones. The version is noted only
        when every person it names is here (else the next pull tries again).
        Whether the faces changed."""
        with self.db.transaction() as conn:
            by_uid = {
                str(r[1]): int(r[0]) for r in conn.execute("SELECT local_id, uid FROM tier_persons")
            }
            complete = True
            wanted: set[int] = set()
            for model in document.get("models", []):
                person_local = None
                if model.get("person") is not None:
                    person_local = by_uid.get(str(model["person"]))
                    if person_local is None:
                        complete = False
                        continue
                server_id, kind = int(model["id"]), str(model["kind"])
                row = conn.execute(
                    "SELECT t.local_id FROM tier_models t JOIN model_versions v"
                    " ON v.id = t.local_id WHERE t.server_id = ?",
                    (server_id,),
                ).fetchone()
                if row is None:
                    metrics = {**dict(model.get("metrics") or {}), "household_version": server_id}
                    weights = model.get("weights")
                    cur = conn.execute(
                        "INSERT INTO model_versions (kind, person_id, created, metrics, weights,"
                        " promoted, active) VALUES (?, ?, ?, ?, ?, 1, 0)",
                        (
                            kind,
                            person_local,
                            float(model.get("created") or time.time()),
                            json.dumps(metrics),
                            None if weights is None else json.dumps(weights),
                        ),
                    )
                    local_id = int(cur.lastrowid or 0)
                    conn.execute(
                        "INSERT OR REPLACE INTO tier_models (server_id, local_id, kind,"
                        " person_local) VALUES (?, ?, ?, ?)",
                        (server_id, local_id, kind, person_local),
                    )
                else:
                    local_id = int(row[0])
                conn.execute(
                    "UPDATE model_versions SET active = (id = ?) WHERE kind = ? AND person_id IS ?",
                    (local_id, kind, person_local),
                )
                wanted.add(server_id)
            # rolled back on the server with nothing before it: not active here either
            for server_id, local_id in conn.execute(
                "SELECT server_id, local_id FROM tier_models"
            ).fetchall():
                if int(server_id) not in wanted:
                    conn.execute("UPDATE model_versions SET active = 0 WHERE id = ?", (local_id,))
            here = {
                str(r[0]): int(r[1])
                for r in conn.execute(
                    "SELECT origin, id FROM embeddings WHERE origin LIKE ?", (MODEL_ORIGIN + "%",)
                )
            }
            theirs = {
                f"{MODEL_ORIGIN}{int(face['id'])}": face for face in document.get("faces", [])
            }
            changed = False
            for origin, row_id in here.items():
                if origin not in theirs:
                    conn.execute("DELETE FROM embeddings WHERE id = ?", (row_id,))
                    changed = True
            for origin, face in theirs.items():
                person_local = by_uid.get(str(face["person"]))
                if origin in here:
                    continue
                if person_local is None:
                    complete = False
                    continue
                conn.execute(
                    "INSERT INTO embeddings (person_id, vector, quality, origin, created)"
                    " VALUES (?, ?, 1.0, ?, ?)",
                    (
                        person_local,
                        wire.vector_of(str(face["vector"])).tobytes(),
                        origin,
                        time.time(),
                    ),
                )
                changed = True
            if complete:
                conn.execute(
                    "INSERT INTO tier_meta (key, value) VALUES ('models_version', ?),"
                    " ('models_checksum', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (str(int(document["version"])), str(document["checksum"])),
                )
        return changed

    def models_in_use(self) -> list[dict[str, Any]]:
        """The server's versions active here: kind, person (household id), version."""
        return [
            {
                "kind": str(kind),
                "person": None if uid is None else str(uid),
                "version": int(str(sid)),
            }
            for sid, kind, uid in self.db.query(
                "SELECT t.server_id, t.kind, p.uid FROM tier_models t"
                " JOIN model_versions v ON v.id = t.local_id AND v.active = 1"
                " LEFT JOIN tier_persons p ON p.local_id = t.person_local ORDER BY t.server_id"
            )
        ]

    def counts(self) -> dict[str, int]:
        return {k: int(self._meta(f"count:{k}") or 0) for k in wire.OUTCOMES}

    # -- 5. how this mirror fares -----------------------------------------------------
    def report(self, force: bool = True) -> dict[str, Any] | None:
        """Tell the server what runs here and how it fares: when that changed,
        or ``REPORT_EVERY`` seconds after the last (``force``: now)."""
        body = json.dumps(
            {
                "mirror": self.mirror_id,
                "models_version": self.models_version(),
                "models": self.models_in_use(),
                "counts": self.counts(),
            }
        )
        last = self._reported
        fresh = last is not None and time.monotonic() - last[1] < REPORT_EVERY
        if not force and fresh and last is not None and last[0] == body:
            return None
        _, answer = self._request("POST", "/api/household/report", body.encode())
        try:
            result: dict[str, Any] = json.loads(answer)
        except ValueError as err:
            raise SyncError(f"the server's answer is not readable: {err}") from None
        self._reported = (body, time.monotonic())
        return result

    # -- status -----------------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        pending, oldest = self.db.query("SELECT COUNT(*), MIN(created) FROM tier_outbox")[0]
        delivered = self._meta("delivered")
        return {
            "role": "mirror",
            "server": self.url,
            "reachable": self.reachable,
            "version": self.version(),
            "checksum": self._meta("checksum"),
            "last_sync": self.last_sync,
            "last_attempt": self.last_attempt,
            "last_error": self.last_error,
            "sync_interval": self.interval,
            "swap_ms": self.last_swap_ms,
            "models_version": self.models_version(),
            "models": self.models_in_use(),
            "counts": self.counts(),
            "outbox": {
                "pending": pending,
                "oldest": oldest,
                "delivered": int(delivered) if delivered else 0,
            },
            "bytes": {"in": self.bytes_in, "out": self.bytes_out},
        }
