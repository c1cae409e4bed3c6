"""The ML-server tier: trains outside the frame loop (a child process),
evaluates on held-out data, records every version with its metrics,
promotes only what is not worse, and can roll back.

The same trainer serves a single engine (``identity`` given) and the
household server (``tier.models``: no camera, so ``thresholds`` instead of an
identity service); a mirror of a household trains nothing on schedule
(``scheduled=False``): the server does, and deploys."""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

import numpy as np

from ..contract import EMOTIONS, EventType
from ..identity import refinement
from ..identity.service import IdentityService
from ..interaction import gesture_calibration
from ..pipeline.children import child_pool
from ..pipeline.events import EventBus
from ..store import Store
from ..vision.identify import Thresholds
from . import calibration

_LOGGER = logging.getLogger(__name__)

EXPRESSION = "expression_head"
IDENTITY_KIND = "identity"
EXPRESSION_SAMPLES = "expression"


class Trainer:
    def __init__(
        self,
        store: Store,
        bus: EventBus,
        schedule_hours: float = 24.0,
        identity: IdentityService | None = None,
        *,
        thresholds: Thresholds | None = None,
        scheduled: bool = True,
    ) -> None:
        self.identity = identity
        self._thresholds = thresholds  # without an identity service (the household server)
        self.scheduled = scheduled
        self.store = store
        self.bus = bus
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self.running: dict[str, float] = {}
        self.last_run: dict[str, Any] | None = None
        self._stop = threading.Event()
        self._schedule = threading.Thread(
            target=self._scheduled,
            args=(schedule_hours * 3600,),
            name="trainer-schedule",
            daemon=True,
        )

    def start(self) -> None:
        if self.scheduled:
            self._schedule.start()

    @property
    def thresholds(self) -> Thresholds | None:
        """What the identity refinement scores with (None: it cannot run)."""
        return self.identity.thresholds if self.identity is not None else self._thresholds

    def close(self) -> None:
        self._stop.set()
        if self._schedule.is_alive():
            self._schedule.join(2)
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = child_pool()
            return self._pool

    # -- jobs ------------------------------------------------------------------
    def train_expression(self, person_id: int) -> Future[dict[str, Any]]:
        """Train this person's expression head from their collected frames."""
        labels, features = self.store.samples.vectors(person_id, EXPRESSION_SAMPLES)
        job = f"{EXPRESSION}:{person_id}"
        self.running[job] = time.time()
        self.bus.publish(EventType.TRAINING, job=job, state="started", samples=len(labels))
        future = self._executor().submit(calibration.train, labels, features)
        future.add_done_callback(lambda f: self._finished(job, person_id, f))
        return future

    def _outcome(self, job: str, future: Future[dict[str, Any]]) -> dict[str, Any] | None:
        """A finished job's result, or None once its failure is reported."""
        self.running.pop(job, None)
        if (error := future.exception()) is not None:
            self.last_run = {"job": job, "t": time.time(), "error": str(error)}
            self.bus.publish(EventType.TRAINING, job=job, state="failed", error=str(error))
            return None
        return future.result()

    def _finished(self, job: str, person_id: int, future: Future[dict[str, Any]]) -> None:
        result = self._outcome(job, future)
        if result is None:
            return
        if self.store.persons.get(person_id) is None:  # forgotten meanwhile: keep nothing
            return
        metrics = result["metrics"]
        accuracy = {
            f"{head}_accuracy": metrics[head]["accuracy"] for head in ("personal", "generic")
        }
        self._keep(job, EXPRESSION, person_id, result, **accuracy)

    def _keep(
        self, job: str, kind: str, person_id: int | None, result: dict[str, Any], **metrics: Any
    ) -> None:
        """Store a trained head's new model version (its weights) and announce it."""
        version = self.store.models.add(
            kind, person_id, result["metrics"], result["weights"], result["promote"]
        )
        self._done(job, version, result["promote"], **metrics)

    def _done(self, job: str, version: int, promoted: bool, **metrics: Any) -> None:
        """Record and announce a finished job's new model version."""
        self.last_run = {"job": job, "t": time.time(), "version": version, "promoted": promoted}
        verdict = "promoted" if promoted else "kept aside (not better)"
        _LOGGER.info("%s: version %d %s", job, version, verdict)
        self.bus.publish(
            EventType.TRAINING, job=job, state="done", version=version, promoted=promoted, **metrics
        )

    def train_gestures(self) -> Future[dict[str, Any]]:
        """Learn from the answered gesture confirmations (gesture_calibration)."""
        job = gesture_calibration.KIND
        seen, labels, features, confidences = self.store.samples.answered(
            gesture_calibration.SAMPLES
        )
        self.running[job] = time.time()
        self.bus.publish(EventType.TRAINING, job=job, state="started", samples=len(labels))
        future = self._executor().submit(
            gesture_calibration.train, seen, labels, features, confidences
        )
        future.add_done_callback(self._gestures_trained)
        return future

    def _gestures_trained(self, future: Future[dict[str, Any]]) -> None:
        job = gesture_calibration.KIND
        result = self._outcome(job, future)
        if result is None:
            return
        briers = {name: result["metrics"][name] for name in ("brier", "recogniser_brier")}
        self._keep(job, job, None, result, **briers)

    def refine_identity(self) -> Future[dict[str, Any]]:
        """Offer the faces collected in sessions to the gallery (see refinement)."""
        thresholds = self.thresholds
        assert thresholds is not None
        owners, vectors = self.store.persons.embeddings()
        sample_owners, sample_vectors = self.store.samples.identity_vectors()
        not_me_owners, not_me_vectors = self.store.samples.not_me_vectors()
        self.running[IDENTITY_KIND] = time.time()
        self.bus.publish(
            EventType.TRAINING, job=IDENTITY_KIND, state="started", samples=len(sample_owners)
        )
        future = self._executor().submit(
            refinement.refine,
            owners,
            vectors,
            sample_owners,
            sample_vectors,
            thresholds,
            not_me_owners=not_me_owners,
            not_me_vectors=not_me_vectors,
        )
        future.add_done_callback(self._refined)
        return future

    def _refined(self, future: Future[dict[str, Any]]) -> None:
        result = self._outcome(IDENTITY_KIND, future)
        if result is None:
            return
        version = self.store.models.add(
            IDENTITY_KIND, None, result["metrics"], None, result["promote"]
        )
        if result["promote"]:
            by_person: dict[int, list[Any]] = {}
            for owner, vector in zip(result["add_owners"], result["add_vectors"], strict=True):
                by_person.setdefault(owner, []).append(np.asarray(vector, np.float32))
            for owner, vectors in by_person.items():
                if self.store.persons.get(owner) is not None:  # not forgotten meanwhile
                    self.store.persons.add_embeddings(
                        owner, vectors, [1.0] * len(vectors), f"refined:{version}"
                    )
            if self.identity is not None:
                self.identity.reload_gallery()
        self._done(IDENTITY_KIND, version, result["promote"])

    def rollback(self, kind: str, person_id: int | None) -> int | None:
        if kind == IDENTITY_KIND:
            return self._rollback_identity()
        version = self.store.models.rollback(kind, person_id)
        if version is not None:
            self.bus.publish(
                EventType.MODEL_ROLLBACK, kind=kind, person_id=person_id, version=version
            )
        return version

    def _rollback_identity(self) -> int | None:
        """Remove the faces the active refinement added; the earlier one is active again."""
        active = self.store.models.active(IDENTITY_KIND, None)
        if active is None:
            return None
        self.store.persons.remove_origin(f"refined:{active['id']}")
        previous = self.store.models.rollback(IDENTITY_KIND, None)
        if previous is None:
            self.store.models.deactivate(active["id"])
        if self.identity is not None:
            self.identity.reload_gallery()
        self.bus.publish(
            EventType.MODEL_ROLLBACK, kind=IDENTITY_KIND, person_id=None, version=previous
        )
        return int(active["id"])

    def _scheduled(self, every: float) -> None:
        """Retrain heads whose person collected frames since their last version."""
        while not self._stop.wait(every):
            for person in self.store.persons.all():
                counts = self.store.samples.label_counts(person.id, EXPRESSION_SAMPLES)
                versions = self.store.models.history(EXPRESSION, person.id)
                ready = all(counts.get(e, 0) >= calibration.MIN_PER_CLASS for e in EMOTIONS)
                trained_on = sum(versions[0]["metrics"]["per_class"].values()) if versions else 0
                if ready and sum(counts.values()) > trained_on:
                    self.train_expression(person.id)
            if self.thresholds is not None:
                self.refine_identity()
            answered = self.store.samples.counts().get(gesture_calibration.SAMPLES, 0)
            versions = self.store.models.history(gesture_calibration.KIND)
            trained_on = versions[0]["metrics"]["samples"] if versions else 0
            if answered >= gesture_calibration.MIN_SAMPLES and answered > trained_on:
                self.train_gestures()

    def status(self) -> dict[str, Any]:
        return {
            "samples": self.store.samples.counts(),
            "versions": self.store.models.history(),
            "running": list(self.running),
            "last_run": self.last_run,
        }
