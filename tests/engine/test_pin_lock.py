"""The PIN lock cannot be raced: 50 bursts of 13 concurrent logins, in a real
store with real scrypt, each with the right PIN among 12 wrong ones."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from mirror_engine.identity import pin_vault as pins
from mirror_engine.identity.pin_vault import MAX_FAILURES, LockedError, PinVault, WrongPinError
from mirror_engine.store import Store

BURSTS = 50
LOGINS = 13


def expected_outcomes(accepted: bool, tries_left: Counter[int]) -> tuple[Counter[str], int]:
    """The only outcomes a serial execution can give, and the hashes it does.

    Accepted after ``j`` wrong PINs (``j`` < 5): those ``j`` were wrong (4, 3, ...
    tries left), the right one reset the count, the next 4 wrong PINs were wrong
    (4, 3, 2, 1 left), the 5th locked, and the rest found the lock without
    hashing: ``j + 4`` wrong, ``8 - j`` locked, ``j + 6`` hashes. Not accepted:
    4 wrong, the 5th locked, the right one among the 9 that found the lock."""
    if not accepted:
        return Counter(wrong=MAX_FAILURES - 1, locked=LOGINS - MAX_FAILURES + 1), MAX_FAILURES
    j = sum(tries_left.values()) - (MAX_FAILURES - 1)
    assert 0 <= j < MAX_FAILURES, f"accepted after {j} wrong PINs: the lock was passed"
    return Counter(ok=1, wrong=j + 4, locked=8 - j), j + 1 + MAX_FAILURES


def _login(
    vault: PinVault,
    person_id: int,
    pin: str,
    barrier: threading.Barrier,
    outcomes: list[str],
    i: int,
    tries_left: list[int],
) -> None:
    barrier.wait()  # all 13 start together
    try:
        vault.verify(person_id, pin)
        outcomes[i] = "ok"
    except WrongPinError as err:
        outcomes[i] = "wrong"
        tries_left.append(err.tries_left)  # list.append: atomic across threads
    except LockedError:
        outcomes[i] = "locked"
    except Exception as err:
        outcomes[i] = repr(err)


def test_concurrent_logins_never_pass_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hashes: list[str] = []
    real_hash = pins._hash

    def counting_hash(pin: str, salt: bytes) -> bytes:
        hashes.append(pin)  # counts every scrypt run; the hash itself stays real
        return real_hash(pin, salt)

    monkeypatch.setattr(pins, "_hash", counting_hash)
    store = Store(tmp_path / "mirror.db")
    person_id = store.persons.create("Racer").id
    vault = PinVault(store.pins)
    rng = random.Random(14)
    started = time.monotonic()
    accepted_after: Counter[int] = Counter()
    try:
        for burst in range(BURSTS):
            right = f"{rng.randrange(10**6):06d}"
            vault.set_pin(person_id, right)  # a fresh PIN: no failures, no lock
            wrong = [f"{(int(right) + 1 + i) % 10**6:06d}" for i in range(LOGINS - 1)]
            attempts = [*wrong]
            attempts.insert(rng.randrange(LOGINS), right)
            hashes.clear()
            outcomes: list[str] = [""] * LOGINS
            left: list[int] = []
            barrier = threading.Barrier(LOGINS)
            threads = [
                threading.Thread(
                    target=_login, args=(vault, person_id, pin, barrier, outcomes, i, left)
                )
                for i, pin in enumerate(attempts)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()

            got, tries_left = Counter(outcomes), Counter(left)
            accepted = outcomes[attempts.index(right)] == "ok"
            assert got["ok"] == int(accepted), (burst, outcomes)
            expected, expected_hashes = expected_outcomes(accepted, tries_left)
            assert got == expected, (burst, attempts.index(right), outcomes)
            j = expected["wrong"] - 4 if accepted else None
            before = Counter(range(4, 4 - j, -1)) if j is not None else Counter()
            assert tries_left == before + Counter([4, 3, 2, 1]), (burst, tries_left)
            assert len(hashes) == expected_hashes, (burst, len(hashes), outcomes)
            record = store.pins.get(person_id)
            assert record is not None
            assert record.locked_until > time.time()  # every burst ends locked
            accepted_after[-1 if j is None else j] += 1
    finally:
        store.close()
    print(
        f"\n{BURSTS} bursts of {LOGINS} concurrent logins in {time.monotonic() - started:.1f} s;"
        f" accepted after j wrong PINs (-1 = found locked): {dict(sorted(accepted_after.items()))}"
    )
