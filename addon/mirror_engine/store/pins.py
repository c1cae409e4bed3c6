"""PIN hashes (never PINs) and the failure counters that lock a person out."""

from __future__ import annotations

from dataclasses import dataclass

from .db import Table


@dataclass(frozen=True, slots=True)
class PinRecord:
    salt: bytes
    hash: bytes
    params: str
    failures: int
    locked_until: float


class Pins(Table):
    def get(self, person_id: int) -> PinRecord | None:
        rows = self._db.query(
            "SELECT salt, hash, params, failures, locked_until FROM pins WHERE person_id = ?",
            (person_id,),
        )
        if not rows:
            return None
        salt, digest, params, failures, locked = rows[0]
        return PinRecord(bytes(salt), bytes(digest), str(params), int(failures), float(locked))  # type: ignore[arg-type, call-overload]

    def set(self, person_id: int, salt: bytes, digest: bytes, params: str) -> None:
        self._db.execute(
            "INSERT INTO pins (person_id, salt, hash, params) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(person_id) DO UPDATE SET salt = excluded.salt, hash = excluded.hash,"
            " params = excluded.params, failures = 0, locked_until = 0",
            (person_id, salt, digest, params),
        )

    def record_failure(self, person_id: int, max_failures: int, lock_until: float) -> int:
        """Count a wrong PIN; lock when the count reaches ``max_failures``.

        Locking starts the count again from 0: after the lock the person has
        ``max_failures`` tries again. The count keeps its meaning only because
        PinVault calls this under the person's lock, after a lock check in the
        same critical section: no attempt that read "not locked" can land after
        the lock and count a sixth failure as a first one."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE pins SET failures = failures + 1 WHERE person_id = ?", (person_id,)
            )
            failures = int(
                conn.execute(
                    "SELECT failures FROM pins WHERE person_id = ?", (person_id,)
                ).fetchone()[0]
            )
            if failures >= max_failures:
                conn.execute(
                    "UPDATE pins SET failures = 0, locked_until = ? WHERE person_id = ?",
                    (lock_until, person_id),
                )
        return failures

    def delete(self, person_id: int) -> bool:
        cur = self._db.execute("DELETE FROM pins WHERE person_id = ?", (person_id,))
        return cur.rowcount > 0

    def reset(self, person_id: int) -> None:
        self._db.execute(
            "UPDATE pins SET failures = 0, locked_until = 0 WHERE person_id = ?", (person_id,)
        )
