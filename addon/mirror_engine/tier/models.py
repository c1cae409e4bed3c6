"""The server's ML tier (the paper's Fig. 3): the household's samples feed
the engine's own trainer (``assessment.trainer``), which retrains on its
schedule and when a mirror reports falling accuracy, evaluates on its
held-out split and promotes only what is not worse; the promoted versions are
deployed to the mirrors as one versioned, checksummed document.

- ``document``: every active model version (kind, person's household id,
  the server's version id, metrics, weights) and the faces the active
  identity refinements added (``refined:<version>`` embeddings, which the
  gallery never carries). Its version goes up whenever the active set
  changes, whatever changed it (a promotion, a rollback, a forget): it is
  compared by checksum when asked for, so no path needs a hook.
- ``report``: a mirror's models in use and its outcome counts (confirmed,
  corrected, "not me"). Since the last retraining the mirror reported at, at
  least ``MIN_OUTCOMES`` outcomes with an accuracy under ``ACCURACY_FLOOR``, or
  ``DROP`` under the accuracy of the window before: the identity refinement
  is retrained at once.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any

from ..assessment.trainer import IDENTITY_KIND, Trainer
from ..store import Store
from . import wire

_LOGGER = logging.getLogger(__name__)

TABLES = """
CREATE TABLE IF NOT EXISTS household_reports (
    mirror TEXT PRIMARY KEY, t REAL NOT NULL, models_version INTEGER,
    models TEXT NOT NULL, counts TEXT NOT NULL,
    baseline TEXT NOT NULL DEFAULT '{}', accuracy_before REAL, retrains INTEGER NOT NULL DEFAULT 0
);
"""
MIN_OUTCOMES = 5  # outcomes since the last retraining before accuracy means anything
ACCURACY_FLOOR = 0.9  # confirmed / all outcomes under this: retrain
DROP = 0.1  # or this far under the window before


def accuracy(counts: dict[str, int], baseline: dict[str, int]) -> tuple[int, float | None]:
    """(outcomes, accuracy) since ``baseline``; counts that went down (a
    mirror started afresh) count from zero."""
    delta = {k: counts.get(k, 0) - baseline.get(k, 0) for k in wire.OUTCOMES}
    if any(v < 0 for v in delta.values()):
        delta = {k: counts.get(k, 0) for k in wire.OUTCOMES}
    outcomes = sum(delta.values())
    return outcomes, (round(delta["confirmed"] / outcomes, 4) if outcomes else None)


class HouseholdModels:
    def __init__(self, store: Store, trainer: Trainer | None) -> None:
        self.store = store
        self.db = store.db
        self.trainer = trainer  # None: deploys what the store holds, never retrains
        with self.db.transaction() as conn:
            for statement in TABLES.split(";"):
                if statement.strip():
                    conn.execute(statement)
        self._lock = threading.Lock()
        self._retraining = threading.Lock()
        # (fingerprint, (version, body, checksum))
        self._cached: tuple[tuple[Any, ...], tuple[int, bytes, str]] | None = None

    # -- deployment -------------------------------------------------------------------
    def _active(self) -> dict[str, Any]:
        """The active versions and the refined faces, person ids as household ids."""
        with self.db.lock:  # one consistent read
            conn = self.db.conn
            uids = {
                int(pid): str(uid)
                for uid, pid in conn.execute(
                    "SELECT uid, person_id FROM household_uids ORDER BY canonical, uid DESC"
                )
            }  # the canonical id last: it wins
            models = []
            for vid, kind, pid, created, metrics, weights in conn.execute(
                "SELECT id, kind, person_id, created, metrics, weights FROM model_versions"
                " WHERE active = 1 ORDER BY id"
            ):
                if pid is not None and int(pid) not in uids:
                    continue
                models.append(
                    {
                        "id": int(vid),
                        "kind": str(kind),
                        "person": uids[int(pid)] if pid is not None else None,
                        "created": float(created),
                        "metrics": json.loads(str(metrics)),
                        "weights": json.loads(str(weights)) if weights else None,
                    }
                )
            faces = [
                {
                    "id": int(eid),
                    "person": uids[int(pid)],
                    "model": str(origin).removeprefix("refined:"),
                    "vector": wire.b64(bytes(vector)),
                }
                for eid, pid, origin, vector in conn.execute(
                    "SELECT id, person_id, origin, vector FROM embeddings"
                    " WHERE origin LIKE 'refined:%' ORDER BY id"
                )
                if int(pid) in uids
            ]
        return {"models": models, "faces": faces}

    def _fingerprint(self) -> tuple[Any, ...]:
        """Cheap to read, and different whenever the document may be: versions
        are never changed once written, only (de)activated; refined faces are
        only added or removed; forgetting a person removes both."""
        return tuple(
            self.db.query(
                "SELECT (SELECT group_concat(id) FROM (SELECT id FROM model_versions"
                " WHERE active = 1 ORDER BY id)),"
                " (SELECT group_concat(id) FROM (SELECT id FROM embeddings"
                " WHERE origin LIKE 'refined:%' ORDER BY id)),"
                " (SELECT COUNT(*) || ':' || SUM(canonical) FROM household_uids)"
            )[0]
        )

    def snapshot(self) -> tuple[int, bytes, str]:
        """(version, the JSON document, its checksum): the version goes up
        when the active set changed since it was last asked for; built once
        per change (every mirror asks at every sync)."""
        with self._lock:
            fingerprint = self._fingerprint()
            if self._cached is not None and self._cached[0] == fingerprint:
                return self._cached[1]
            active = self._active()
            digest = wire.checksum(active)
            with self.db.transaction() as conn:
                row = conn.execute(
                    "SELECT value FROM household_meta WHERE key = 'models_digest'"
                ).fetchone()
                version_row = conn.execute(
                    "SELECT value FROM household_meta WHERE key = 'models_version'"
                ).fetchone()
                version = int(version_row[0]) if version_row else 0
                # the digest is kept as the number of its first 15 hex digits
                # (household_meta holds integers)
                number = int(digest.removeprefix("sha256:")[:15], 16)
                if row is None or int(row[0]) != number:
                    version += 1
                    conn.execute(
                        "INSERT INTO household_meta (key, value) VALUES ('models_version', ?),"
                        " ('models_digest', ?)"
                        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        (version, number),
                    )
            document = {"version": version, **active}
            document["checksum"] = wire.checksum(document)
            body = json.dumps(document, separators=(",", ":")).encode()
            self._cached = (fingerprint, (version, body, str(document["checksum"])))
            return self._cached[1]

    # -- reports ----------------------------------------------------------------------
    def report(self, report: wire.Report) -> dict[str, Any]:
        """Note what a mirror runs and how it fares; retrain if it fares worse."""
        counts = {k: int(report.counts.get(k, 0)) for k in wire.OUTCOMES}
        rows = self.db.query(
            "SELECT baseline, accuracy_before FROM household_reports WHERE mirror = ?",
            (report.mirror,),
        )
        baseline: dict[str, int] = json.loads(str(rows[0][0])) if rows else {}
        before = float(str(rows[0][1])) if rows and rows[0][1] is not None else None
        outcomes, recent = accuracy(counts, baseline)
        falling = (
            recent is not None
            and outcomes >= MIN_OUTCOMES
            and (recent < ACCURACY_FLOOR or (before is not None and recent < before - DROP))
        )
        retrain = falling and self._retrain(report.mirror, recent, outcomes)
        models = [m.model_dump() for m in report.models]
        self.db.execute(
            "INSERT INTO household_reports (mirror, t, models_version, models, counts)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(mirror) DO UPDATE SET t = excluded.t,"
            " models_version = excluded.models_version, models = excluded.models,"
            " counts = excluded.counts",
            (
                report.mirror,
                time.time(),
                report.models_version,
                json.dumps(models),
                json.dumps(counts),
            ),
        )
        if retrain:  # the next window starts here
            self.db.execute(
                "UPDATE household_reports SET baseline = ?, accuracy_before = ?,"
                " retrains = retrains + 1 WHERE mirror = ?",
                (json.dumps(counts), recent, report.mirror),
            )
        return {"retrain": retrain, "accuracy": recent, "outcomes": outcomes}

    def _retrain(self, mirror: str, recent: float | None, outcomes: int) -> bool:
        trainer = self.trainer
        if trainer is None or trainer.thresholds is None:
            return False
        with self._retraining:  # two mirrors reporting at once start one job
            if IDENTITY_KIND in trainer.running:
                return False
            _LOGGER.info(
                "mirror %s: accuracy %s over its last %d outcomes: retraining",
                mirror,
                recent,
                outcomes,
            )
            trainer.refine_identity()  # marks the job running before it returns
        return True

    # -- the administrator's view -----------------------------------------------------
    def status(self) -> dict[str, Any]:
        """``models`` of the server's ``/api/status`` (see ``tier.server``)."""
        version, _, checksum = self.snapshot()
        active = self._active()
        trainer = self.trainer
        reports = {
            str(m): {
                "reported": float(str(t)),
                "models_version": mv,
                "models": json.loads(str(models)),
                "counts": json.loads(str(counts)),
                "accuracy": accuracy(json.loads(str(counts)), json.loads(str(baseline)))[1],
                "retrains": int(str(retrains)),
            }
            for m, t, mv, models, counts, baseline, retrains in self.db.query(
                "SELECT mirror, t, models_version, models, counts, baseline, retrains"
                " FROM household_reports"
            )
        }
        return {
            "version": version,
            "checksum": checksum,
            "active": [
                {k: m[k] for k in ("id", "kind", "person", "metrics")} for m in active["models"]
            ],
            "refined_faces": len(active["faces"]),
            "running": list(trainer.running) if trainer else [],
            "last_run": trainer.last_run if trainer else None,
            "reports": reports,
        }
