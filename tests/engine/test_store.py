"""The store's privacy guarantees, on a real SQLite file: ids never reused,
one Unicode-aware rule for names, forget takes the person's captures and
diary photos, a capture quota, and a file only its owner reads."""

from __future__ import annotations

import contextlib
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest

from mirror_engine.store import PersonExistsError, Store
from mirror_engine.store.migrations import MIGRATIONS

FRAME: dict[str, Any] = {
    "t_capture": 1.0,
    "t_stored": 1.0,
    "frame_seq": 1,
    "width": 2,
    "height": 2,
}


def test_ids_are_never_reused_and_names_follow_one_unicode_rule(tmp_path: Path) -> None:
    store = Store(tmp_path / "mirror.db")
    zoe = store.persons.create("Zoë")
    with pytest.raises(PersonExistsError):
        store.persons.create("ZOË")  # the same name by Unicode caseless matching
    with pytest.raises(PersonExistsError):
        store.persons.create("ＺＯË")  # full-width letters too (NFKC)
    anna = store.persons.create("Anna")
    assert store.persons.find("zoë") == store.persons.get(zoe.id)
    assert store.persons.forget(anna.id)
    newcomer = store.persons.create("Newcomer")
    assert newcomer.id > anna.id  # SQLite would have given Anna's id again
    store.close()
    reopened = Store(tmp_path / "mirror.db")
    assert reopened.persons.create("Later").id > newcomer.id
    reopened.close()


def test_forget_takes_the_captures_of_their_session_and_their_diary_photos(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "mirror.db")
    anna, ben = store.persons.create("Anna"), store.persons.create("Ben")
    household = store.captures.add(**FRAME, jpeg=b"room")
    in_session = store.captures.add(**FRAME, jpeg=b"anna-at-mirror", person_id=anna.id)
    photo = store.captures.add(**FRAME, jpeg=b"anna-diary", person_id=anna.id, private=True)
    store.diary.add(anna.id, "dear diary", "happy", photo.id)
    bens = store.captures.add(**FRAME, jpeg=b"ben", person_id=ben.id)
    # a diary photo is never listed or served to the household
    assert {c.id for c in store.captures.recent()} == {household.id, in_session.id, bens.id}
    assert store.captures.jpeg(photo.id) is None

    assert store.persons.forget(anna.id)
    assert {c.id for c in store.captures.recent()} == {household.id, bens.id}
    assert store.diary.for_person(anna.id) == []
    assert store.db.integrity() == "ok"
    store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    for trace in (b"anna-diary", b"dear diary", b"anna-at-mirror"):
        assert trace not in raw


def test_captures_beyond_the_quota_drop_the_oldest(tmp_path: Path) -> None:
    store = Store(tmp_path / "mirror.db")
    ids = [store.captures.add(**FRAME, jpeg=b"x", keep=3).id for _ in range(7)]
    assert [c.id for c in store.captures.recent()] == ids[-3:][::-1]
    assert store.captures.count() == 3
    store.close()


def test_only_the_engine_user_reads_the_database(tmp_path: Path) -> None:
    path = tmp_path / "mirror.db"
    path.touch(mode=0o644)  # as an older engine left it
    path.chmod(0o644)
    store = Store(path)
    store.persons.create("Anna")
    for file in tmp_path.glob("mirror.db*"):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    store.close()


def test_an_older_store_migrates_names_that_now_collide(tmp_path: Path) -> None:
    path = tmp_path / "mirror.db"
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for number, script in enumerate(MIGRATIONS[:5], start=1):
            assert isinstance(script, str)
            conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
        conn.execute("INSERT INTO persons (name, created) VALUES ('Zoë', 1), ('ZOË', 2)")
        conn.execute(
            "INSERT INTO embeddings (person_id, vector, quality, origin, created)"
            " VALUES (2, x'00', 1, 'upload', 2)"
        )
    store = Store(path)
    # both kept with their faces; the later one is reached by its id, not by name
    assert [p.name for p in store.persons.all()] == ["ZOË", "Zoë"]
    assert store.persons.find("zoë").id == 1  # type: ignore[union-attr]
    assert store.persons.get(2).embeddings == 1  # type: ignore[union-attr]
    assert store.db.integrity() == "ok"
    store.close()
