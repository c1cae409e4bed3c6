"""The household sync's rules in one process: mirrors' stores and the server's
household, joined by a transport that can lose answers or be down (the real
processes are in test_household_tiers.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from mirror_engine.config import ConfigError, EngineConfig, load_config
from mirror_engine.identity.pin_vault import PinVault
from mirror_engine.pipeline.events import EventBus
from mirror_engine.store import Store
from mirror_engine.tier import wire
from mirror_engine.tier.household import Household
from mirror_engine.tier.mirror import MirrorSync, SyncError
from mirror_engine.tier.models import HouseholdModels


class Link(MirrorSync):
    """A mirror whose HTTP goes straight to the household."""

    def __init__(self, store: Store, household: Household, name: str) -> None:
        config = EngineConfig.model_validate(
            {"role": "mirror", "server": "http://household:8099", "sync_interval": 1}
        )
        super().__init__(store, None, EventBus(), config, "t" * 16, name)
        self.household = household
        self.models = HouseholdModels(household.store, None)  # deploys, never retrains
        self.down = False
        self.lose_answers = False
        self.pulled: list[int | None] = []  # the ``since`` of every gallery fetched

    def _request(self, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
        if self.down:
            raise SyncError("connection refused")
        if path.startswith("/api/household/models"):
            version, document, _ = self.models.snapshot()
            return (304, b"") if path.endswith(f"have={version}") else (200, document)
        if path == "/api/household/report":
            report = wire.Report.model_validate(json.loads(body or b""))
            return 200, json.dumps(self.models.report(report)).encode()
        if method == "POST":
            changes = wire.Changes.model_validate(json.loads(body or b""))
            answer = self.household.apply(changes.mirror, list(changes.items))
            if self.lose_answers:
                raise SyncError("the answer was lost")
            return 200, json.dumps(answer).encode()
        text = path.partition("since=")[2]
        since = int(text) if text else None
        if since == self.household.version():
            return 304, b""
        self.pulled.append(since)
        document = self.household.snapshot(since)[1]
        self.bytes_in += len(document)
        return 200, document


def vector(seed: int) -> np.ndarray:  # type: ignore[type-arg]
    return np.random.default_rng(seed).normal(0, 0.1, 128).astype(np.float32)


@pytest.fixture
def household(tmp_path: Path) -> Household:
    return Household(Store(tmp_path / "server" / "mirror.db"))


def mirror(tmp_path: Path, household: Household, name: str) -> Link:
    return Link(Store(tmp_path / name / "mirror.db"), household, name)


def enrol(link: Link, name: str, seed: int) -> int:
    person = link.store.persons.create(name)
    link.store.persons.add_embeddings(person.id, [vector(seed)], [0.9], "upload")
    return person.id


def server_counts(household: Household) -> dict[str, Any]:
    status = household.status()
    return {k: status[k] for k in ("persons", "embeddings", "negatives")}


def test_an_answer_lost_on_the_way_back_is_delivered_again_and_applied_once(
    tmp_path: Path, household: Household
) -> None:
    a = mirror(tmp_path, household, "a")
    enrol(a, "Anna", 1)
    a.lose_answers = True
    a.sync()
    assert a.status()["outbox"]["pending"] == 2  # kept: no answer came
    assert server_counts(household) == {"persons": 1, "embeddings": 1, "negatives": 0}
    a.lose_answers = False
    a.sync()
    status = a.status()
    assert (status["outbox"]["pending"], status["outbox"]["delivered"]) == (0, 2)
    assert server_counts(household) == {"persons": 1, "embeddings": 1, "negatives": 0}
    (seen,) = household.status()["mirrors"]
    assert seen["delivered"] == 2  # applied once
    assert seen["duplicates"] >= 2  # however often they came again


def test_a_server_that_is_down_leaves_the_mirror_on_its_last_gallery(
    tmp_path: Path, household: Household
) -> None:
    a, b = mirror(tmp_path, household, "a"), mirror(tmp_path, household, "b")
    enrol(a, "Anna", 1)
    a.sync()
    b.sync()
    version = b.version()
    assert b.store.persons.find("Anna") is not None
    b.down = True
    enrol(b, "Ben", 2)
    b.sync()
    status = b.status()
    assert status["reachable"] is False
    assert "connection refused" in status["last_error"]
    assert status["version"] == version
    assert status["outbox"]["pending"] == 2
    b.down = False
    b.sync()
    a.sync()
    assert a.store.persons.find("Ben") is not None
    assert b.status()["reachable"] is True


def test_a_pull_never_undoes_a_change_of_this_mirror_still_queued(
    tmp_path: Path, household: Household
) -> None:
    a, b = mirror(tmp_path, household, "a"), mirror(tmp_path, household, "b")
    enrol(a, "Anna", 1)
    a.sync()
    b.sync()
    anna_b = b.store.persons.find("Anna")
    assert anna_b is not None
    PinVault(b.store.pins).set_pin(anna_b.id, "2468")
    b.reconcile()
    b.pull()  # the server has no PIN yet: B's stays
    assert b.store.pins.get(anna_b.id) is not None
    b.sync()
    a.sync()
    anna_a = a.store.persons.find("Anna")
    assert anna_a is not None
    PinVault(a.store.pins).verify(anna_a.id, "2468")  # B's PIN on A
    PinVault(a.store.pins).clear_pin(anna_a.id)
    a.sync()
    b.sync()
    assert b.store.pins.get(anna_b.id) is None


def test_a_gallery_whose_checksum_fails_is_not_applied(
    tmp_path: Path, household: Household
) -> None:
    a, b = mirror(tmp_path, household, "a"), mirror(tmp_path, household, "b")
    enrol(a, "Anna", 1)
    a.sync()
    _, document, _ = household.snapshot()
    tampered = json.loads(document)
    tampered["persons"][0]["name"] = "Mallory"
    b._request = lambda *args, **kw: (200, json.dumps(tampered).encode())  # type: ignore[method-assign]
    with pytest.raises(SyncError, match="checksum"):
        b.pull()
    assert b.version() is None
    assert b.store.persons.all() == []


def test_a_person_forgotten_before_their_faces_left_sends_no_face(
    tmp_path: Path, household: Household
) -> None:
    a = mirror(tmp_path, household, "a")
    anna = enrol(a, "Anna", 1)
    a.down = True
    a.sync()
    assert a.status()["outbox"]["pending"] == 2
    a.store.persons.forget(anna)
    a.reconcile()
    kinds = [str(r[0]) for r in a.db.query("SELECT kind FROM tier_outbox")]
    assert kinds == ["forget"]  # the face never leaves this mirror
    a.down = False
    a.sync()
    assert server_counts(household)["persons"] == 0


def test_the_same_name_on_two_mirrors_is_one_person(tmp_path: Path, household: Household) -> None:
    a, b = mirror(tmp_path, household, "a"), mirror(tmp_path, household, "b")
    enrol(a, "Anna", 1)
    enrol(b, "ANNA", 2)
    for link in (a, b, a, b):
        link.sync()
    assert server_counts(household) == {"persons": 1, "embeddings": 2, "negatives": 0}
    assert [p["name"] for p in household.persons()] == ["Anna"]  # as named first
    for link in (a, b):
        (anna,) = link.store.persons.all()
        assert (anna.name, anna.embeddings) == ("Anna", 2)


def test_forget_on_the_server_reaches_every_mirror(tmp_path: Path, household: Household) -> None:
    a, b = mirror(tmp_path, household, "a"), mirror(tmp_path, household, "b")
    enrol(a, "Anna", 1)
    enrol(a, "Ben", 2)
    a.sync()
    b.sync()
    (anna,) = [p for p in household.persons() if p["name"] == "Anna"]
    assert household.forget(anna["id"])
    for link in (a, b):
        link.sync()
        assert [p.name for p in link.store.persons.all()] == ["Ben"]
        link.sync()  # nothing comes back
        assert link.status()["outbox"]["pending"] == 0
    assert [p["name"] for p in household.persons()] == ["Ben"]


def test_after_the_first_gallery_a_mirror_fetches_only_what_changed(
    tmp_path: Path, household: Household
) -> None:
    a, b = mirror(tmp_path, household, "a"), mirror(tmp_path, household, "b")
    for i in range(20):
        enrol(a, f"P{i}", i)
    a.sync()
    b.sync()
    assert b.pulled == [None]  # the whole gallery, once
    whole = b.bytes_in
    p3 = b.store.persons.find("P3")
    assert p3 is not None
    PinVault(b.store.pins).set_pin(p3.id, "2468")
    b.store.persons.forget(b.store.persons.find("P4").id)  # type: ignore[union-attr]
    b.sync()
    before = a.bytes_in
    a.sync()
    assert a.pulled[-1] is not None  # a delta
    assert a.bytes_in - before < whole / 5
    version, delta, _ = household.snapshot(a.pulled[-1])
    changed = json.loads(delta)
    assert [p["name"] for p in changed["persons"]] == ["P3"]
    assert len(changed["forgotten"]) == 1
    # the delta left both mirrors as the whole gallery would
    for link in (a, b):
        assert link.version() == version
        assert len(link.store.persons.all()) == 19
    p3_a = a.store.persons.find("P3")
    assert p3_a is not None
    PinVault(a.store.pins).verify(p3_a.id, "2468")
    fresh = mirror(tmp_path, household, "c")
    fresh.sync()
    assert sorted(p.name for p in fresh.store.persons.all()) == sorted(
        p.name for p in a.store.persons.all()
    )


def test_the_roles_options() -> None:
    assert load_config([], environ={}).role == "both"  # no role: one engine, as before
    with pytest.raises(ConfigError, match="server") as err:
        load_config(["--role", "mirror"], environ={})
    assert err.value.option == "server"
    with pytest.raises(ConfigError, match="not an http"):
        load_config(["--role", "mirror", "--server", "ftp://house"], environ={})
    config = load_config(
        ["--role", "mirror", "--server", "http://house:8099", "--sync-interval", "5"],
        environ={"MIRROR_SERVER_TOKEN": "s" * 16},
    )
    assert (config.server, config.sync_interval, config.server_token) == (
        "http://house:8099",
        5.0,
        "s" * 16,
    )
    with pytest.raises(ConfigError, match="role"):
        load_config(["--role", "hub"], environ={})
