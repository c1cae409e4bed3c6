"""Numbered schema migrations (``PRAGMA user_version`` is the count applied):
SQL scripts, or functions for what SQL cannot say."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from .names import name_key


def _persons_never_reused(conn: sqlite3.Connection) -> None:
    """6: person ids are never reused (AUTOINCREMENT), so nothing keyed by a
    forgotten person's id (a calendar option, an automation) finds a newcomer;
    names are unique by one Unicode-aware rule (``name_key``), not SQLite's
    ASCII-only NOCASE. Captures remember whose session they were taken in, and
    whether they are that person's own (a diary photo), so forget takes them."""
    conn.execute(
        "CREATE TABLE persons_new (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL,"
        " name_key TEXT NOT NULL UNIQUE, created REAL NOT NULL, ha_person TEXT)"
    )
    seen: set[str] = set()
    rows = conn.execute("SELECT id, name, created, ha_person FROM persons ORDER BY id").fetchall()
    for person_id, name, created, ha_person in rows:
        key = name_key(str(name))
        if key in seen:  # "Zoë" and "ZOË" from before: the later one is reached by its id
            key = f"{key}#{person_id}"
        seen.add(key)
        conn.execute(
            "INSERT INTO persons_new (id, name, name_key, created, ha_person)"
            " VALUES (?, ?, ?, ?, ?)",
            (person_id, name, key, created, ha_person),
        )
    conn.execute("DROP TABLE persons")
    conn.execute("ALTER TABLE persons_new RENAME TO persons")
    conn.execute(
        "ALTER TABLE captures ADD COLUMN person_id INTEGER REFERENCES persons(id) ON DELETE CASCADE"
    )
    conn.execute("ALTER TABLE captures ADD COLUMN private INTEGER NOT NULL DEFAULT 0")
    conn.execute("CREATE INDEX captures_person ON captures(person_id)")
    # diary photos taken before: their owner's, private
    conn.execute(
        "UPDATE captures SET private = 1, person_id = (SELECT d.person_id FROM diary d"
        " WHERE d.capture_id = captures.id) WHERE id IN (SELECT capture_id FROM diary"
        " WHERE capture_id IS NOT NULL)"
    )


MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (
    # 1: captures and settings
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
    # 2: identity: persons, their face embeddings, PINs, collected samples, history
    """
    CREATE TABLE persons (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created REAL NOT NULL,
        ha_person TEXT
    );
    CREATE TABLE embeddings (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        vector BLOB NOT NULL,
        quality REAL NOT NULL,
        origin TEXT NOT NULL,
        created REAL NOT NULL
    );
    CREATE INDEX embeddings_person ON embeddings(person_id);
    CREATE TABLE pins (
        person_id INTEGER PRIMARY KEY REFERENCES persons(id) ON DELETE CASCADE,
        salt BLOB NOT NULL,
        hash BLOB NOT NULL,
        params TEXT NOT NULL,
        failures INTEGER NOT NULL DEFAULT 0,
        locked_until REAL NOT NULL DEFAULT 0
    );
    CREATE TABLE samples (
        id INTEGER PRIMARY KEY,
        person_id INTEGER REFERENCES persons(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        embedding BLOB,
        confidence REAL,
        face_jpeg BLOB,
        created REAL NOT NULL
    );
    CREATE INDEX samples_person ON samples(person_id);
    CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        t REAL NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX history_person_t ON history(person_id, t);
    """,
    # 3: the diary
    """
    CREATE TABLE diary (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        t REAL NOT NULL,
        text TEXT NOT NULL,
        mood TEXT,
        capture_id INTEGER REFERENCES captures(id) ON DELETE SET NULL
    );
    CREATE INDEX diary_person_t ON diary(person_id, t);
    """,
    # 4: the ML tier: labelled samples and model versions
    """
    ALTER TABLE samples ADD COLUMN label TEXT;
    CREATE TABLE model_versions (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        person_id INTEGER REFERENCES persons(id) ON DELETE CASCADE,
        created REAL NOT NULL,
        metrics TEXT NOT NULL,
        weights TEXT,
        promoted INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX model_versions_kind ON model_versions(kind, person_id);
    """,
    # 5: commands confirmed by the user (voice, gesture): what was seen or said
    """
    ALTER TABLE samples ADD COLUMN detail TEXT;
    """,
    _persons_never_reused,
    # 7: a small face crop per person for the People sheet (goes with the person)
    """
    ALTER TABLE persons ADD COLUMN thumbnail BLOB;
    """,
)
