"""The household's ML tier (issue 19): the samples mirrors collect reach the
server's trainer, a mirror's falling accuracy makes it retrain, promoted
versions are deployed to the mirrors and a rollback on the server reaches
them. The rules in one process first (the transport of
test_household_sync.py), then the real processes on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from devkit.harness import EngineProcess, household_mirror, wait_until
from mirror_engine.assessment.trainer import EXPRESSION, IDENTITY_KIND, Trainer
from mirror_engine.pipeline.events import EventBus
from mirror_engine.store import Store
from mirror_engine.tier.household import Household
from mirror_engine.tier.models import HouseholdModels
from mirror_engine.vision.identify import Thresholds

from .test_household_sync import Link, enrol, mirror, vector
from .test_household_tiers import EMPTY, WITHIN, Scene

WAIT = 60.0  # the trainer's child process starts on a shared machine


def near(seed: int, around: int, spread: float = 0.02) -> np.ndarray:  # type: ignore[type-arg]
    noise = np.random.default_rng(1000 + seed).normal(0, spread, 128)
    return (vector(around) + noise).astype(np.float32)


def collect(store: Store, person_id: int, kind: str, seeds: range, around: int) -> None:
    """Faces a session kept, as ``IdentityService`` keeps them."""
    for seed in seeds:
        store.samples.add(
            person_id=person_id,
            kind=kind,
            embedding=near(seed, around),
            confidence=0.8,
            face_jpeg=b"crop",
        )


@pytest.fixture
def household(tmp_path: Path) -> Household:
    return Household(Store(tmp_path / "server" / "mirror.db"))


@pytest.fixture
def trainer(household: Household) -> Iterator[Trainer]:
    trainer = Trainer(household.store, EventBus(), thresholds=Thresholds())  # no schedule
    yield trainer
    trainer.close()


def refined_here(link: Link) -> int:
    rows = link.store.db.query(
        "SELECT COUNT(*) FROM embeddings WHERE origin LIKE 'refined:household:%'"
    )
    return int(str(rows[0][0]))


def test_samples_go_up_without_crops_and_a_not_me_takes_a_confirmed_one_back(
    tmp_path: Path, household: Household
) -> None:
    a = mirror(tmp_path, household, "a")
    anna = enrol(a, "Anna", 1)
    collect(a.store, anna, "confirmed", range(3), 1)
    a.store.samples.add(
        person_id=anna,
        kind="expression",
        embedding=np.arange(20, dtype=np.float32),
        confidence=None,
        face_jpeg=None,
        label="happy",
    )
    a.store.samples.add(
        person_id=None,
        kind="gesture_command",
        embedding=np.ones(10, np.float32),
        confidence=0.4,
        face_jpeg=None,
        label="meant",
        detail=json.dumps({"gesture": "swipe_left"}),
    )
    a.sync()
    assert household.store.samples.counts() == {
        "confirmed": 3,
        "expression": 1,
        "gesture_command": 1,
    }
    crops = household.store.db.query("SELECT COUNT(*) FROM samples WHERE face_jpeg IS NOT NULL")
    assert crops[0][0] == 0
    pid = household.person_of(str(a.store.db.query("SELECT uid FROM tier_persons")[0][0]))
    assert pid is not None
    labels, features = household.store.samples.vectors(pid, "expression")
    assert labels == ["happy"]
    assert features.shape == (1, 20)
    seen, answers, _, _ = household.store.samples.answered("gesture_command")
    assert (seen, answers) == (["swipe_left"], ["meant"])
    (status,) = household.status()["mirrors"]
    assert status["samples"] == {"confirmed": 3, "expression": 1, "gesture_command": 1}

    # "not me" on A: the confirmed faces of that session are no longer Anna's
    a.store.samples.mark_not_me(anna, 0)
    a.sync()
    a.sync()  # again: nothing twice
    assert household.store.samples.counts() == {"expression": 1, "gesture_command": 1, "not_me": 3}
    assert a.counts() == {"confirmed": 3, "corrected": 0, "not_me": 3}


def test_falling_accuracy_retrains_and_a_rollback_reaches_the_mirrors(
    tmp_path: Path, household: Household, trainer: Trainer
) -> None:
    a, b = mirror(tmp_path, household, "a"), mirror(tmp_path, household, "b")
    for link in (a, b):
        link.models = HouseholdModels(household.store, trainer)
    anna = enrol(a, "Anna", 1)
    collect(a.store, anna, "confirmed", range(4), 1)
    a.sync()
    b.sync()
    assert not trainer.running  # 4 outcomes, all confirmed: no reason to retrain
    assert trainer.last_run is None
    collect(a.store, anna, "corrected", range(4, 10), 1)  # six PIN logins: it fares worse
    a.sync()
    run: dict[str, Any] = wait_until(lambda: trainer.last_run, WAIT, "the server's retraining")
    assert run["promoted"] is True, run
    version = run["version"]

    for link in (a, b):
        link.sync()
        assert link.models_in_use() == [{"kind": IDENTITY_KIND, "person": None, "version": version}]
        assert refined_here(link) == 5  # half of the ten collected faces
    reports = a.models.status()["reports"]
    assert reports["a"]["models"] == a.models_in_use()
    assert reports["a"]["retrains"] == 1
    # the window starts again at the retraining: no second one for the same outcomes
    answer = a.report()
    assert answer is not None
    assert answer["retrain"] is False

    # kept while the server is down
    b.down = True
    b.sync()
    assert b.status()["reachable"] is False
    assert b.models_in_use()
    assert refined_here(b) == 5

    assert trainer.rollback(IDENTITY_KIND, None) == version
    b.down = False
    for link in (a, b):
        link.sync()
        assert link.models_in_use() == []
        assert refined_here(link) == 0
    assert {m: r["models"] for m, r in a.models.status()["reports"].items()} == {"a": [], "b": []}


def test_the_server_retrains_on_its_schedule_without_an_identity_service(
    tmp_path: Path, household: Household
) -> None:
    a = mirror(tmp_path, household, "a")
    anna = enrol(a, "Anna", 1)
    collect(a.store, anna, "confirmed", range(8), 1)  # all confirmed: no report asks
    a.sync()
    trainer = Trainer(household.store, EventBus(), 1 / 3600, thresholds=Thresholds())
    trainer.start()  # every second: close() lets the runs it started finish
    try:
        run: dict[str, Any] = wait_until(lambda: trainer.last_run, WAIT, "a scheduled run")
    finally:
        trainer.close()
    assert run["job"] == IDENTITY_KIND
    assert run["promoted"] is True, run
    active = household.store.models.active(IDENTITY_KIND, None)  # the last of the runs
    assert active is not None
    a.sync()
    assert a.models_in_use() == [{"kind": IDENTITY_KIND, "person": None, "version": active["id"]}]


def test_a_persons_versions_deploy_and_a_rollback_activates_the_one_before(
    tmp_path: Path, household: Household
) -> None:
    a = mirror(tmp_path, household, "a")
    anna = enrol(a, "Anna", 1)
    a.sync()
    pid = household.store.persons.find("Anna")
    assert pid is not None
    first = household.store.models.add(EXPRESSION, pid.id, {"accuracy": 0.8}, {"w": [1]}, True)
    second = household.store.models.add(EXPRESSION, pid.id, {"accuracy": 0.9}, {"w": [2]}, True)
    a.sync()
    active = a.store.models.active(EXPRESSION, anna)
    assert active is not None
    assert active["weights"] == {"w": [2]}
    assert [m["version"] for m in a.models_in_use()] == [second]

    # a document that does not match its checksum is not applied
    version, _body, _ = a.models.snapshot()
    assert household.store.models.rollback(EXPRESSION, pid.id) == first
    tampered = json.loads(a.models.snapshot()[1])
    tampered["models"][0]["weights"] = {"w": [666]}
    real = a._request

    def serve_tampered(method: str, path: str, data: bytes | None = None) -> tuple[int, bytes]:
        if path.startswith("/api/household/models"):
            return 200, json.dumps(tampered).encode()
        return real(method, path, data)

    a._request = serve_tampered  # type: ignore[method-assign,assignment]
    a.sync()
    assert a.status()["reachable"] is False
    assert "checksum" in str(a.status()["last_error"])
    assert [m["version"] for m in a.models_in_use()] == [second]  # kept its last version
    a._request = real  # type: ignore[method-assign]
    a.sync()
    active = a.store.models.active(EXPRESSION, anna)
    assert active is not None
    assert active["weights"] == {"w": [1]}
    assert [m["version"] for m in a.models_in_use()] == [first]
    assert a.models_version() == version + 1


# -- real processes ------------------------------------------------------------------------
def mirror_status(engine: EngineProcess) -> dict[str, Any]:
    status: dict[str, Any] = engine.status()["household"]
    return status


def server_mirror(server: EngineProcess, mirror_id: str) -> dict[str, Any]:
    for entry in server.status()["household"]["mirrors"]:
        if entry["mirror"] == mirror_id:
            return dict(entry)
    return {}


def test_the_server_retrains_deploys_and_rolls_back_on_a_real_mirror(
    tmp_path: Path, engines: list[EngineProcess]
) -> None:
    server = EngineProcess(tmp_path / "server", "--role", "server").start(timeout=120)
    engines.append(server)
    scene = Scene(tmp_path / "a")
    scene.show_image(EMPTY)
    a = EngineProcess(tmp_path / "a" / "data", *household_mirror(server, str(scene.path), 2))
    engines.append(a.start(timeout=120))
    wait_until(lambda: mirror_status(a)["reachable"], WITHIN, "the first sync")
    mirror_id = a.status()["engine_id"]
    status, body, _ = a.request("/api/persons", method="POST", body={"name": "Anna"})
    assert status == 201, body
    anna = json.loads(body)["id"]

    # a face and what sessions kept, in the mirror's store (every way a change
    # is made reaches the sync through the store)
    store = Store(a.data_dir / "mirror.db")
    try:
        store.persons.add_embeddings(anna, [vector(1)], [0.9], "upload")
        collect(store, anna, "confirmed", range(4), 1)
        collect(store, anna, "corrected", range(4, 10), 1)
    finally:
        store.close()

    wait_until(
        lambda: server.status()["household"]["samples"].get("corrected") == 6,
        WITHIN,
        "the mirror's samples on the server",
    )
    wait_until(
        lambda: server_mirror(server, mirror_id).get("retrains") == 1,
        WITHIN,
        "the mirror's falling accuracy reported",
    )
    trainer = wait_until(
        lambda: (r := server.json("/api/trainer")["last_run"]) and r.get("version") and r,
        WAIT,
        "the server's retraining",
    )
    assert trainer["promoted"] is True, trainer
    version = trainer["version"]
    in_use = [{"kind": IDENTITY_KIND, "person": None, "version": version}]
    wait_until(lambda: mirror_status(a)["models"] == in_use, WITHIN, "the version on the mirror")
    wait_until(
        lambda: server_mirror(server, mirror_id).get("models") == in_use,
        WITHIN,
        "the server seeing the mirror run it",
    )
    entry = server_mirror(server, mirror_id)
    assert entry["samples"] == {"confirmed": 4, "corrected": 6}
    assert entry["counts"] == {"confirmed": 4, "corrected": 6, "not_me": 0}
    assert entry["last_sync"] is not None
    models = server.status()["household"]["models"]
    assert [m["id"] for m in models["active"]] == [version]
    assert models["refined_faces"] == 5
    assert entry["models_version"] == models["version"]
    assert a.json("/api/persons/" + str(anna))["embeddings"] == 6  # its face and the refined ones

    # the server down: the mirror keeps its version
    server.stop()
    wait_until(lambda: mirror_status(a)["reachable"] is False, WITHIN, "the server down")
    assert mirror_status(a)["models"] == in_use
    server.start(timeout=120)
    wait_until(lambda: mirror_status(a)["reachable"], WITHIN, "the server back")

    # a rollback on the server (token required) reaches the mirror
    refused, _, _ = server.request(
        "/api/trainer/rollback", method="POST", body={"kind": IDENTITY_KIND}, auth=False
    )
    assert refused == 401
    answer = server.json("/api/trainer/rollback", method="POST", body={"kind": IDENTITY_KIND})
    assert answer == {"active": version}
    wait_until(lambda: mirror_status(a)["models"] == [], WITHIN, "the rollback on the mirror")
    assert a.json("/api/persons/" + str(anna))["embeddings"] == 1
    wait_until(
        lambda: server_mirror(server, mirror_id).get("models") == [],
        WITHIN,
        "the server seeing the rollback on the mirror",
    )
