"""Manual login: PINs kept only as slow salted scrypt hashes, checked in
constant time; 5 wrong PINs lock that person for 5 minutes.

One lock per person serialises read, lock check, hash and count: concurrent
logins cannot all read "not locked" before any failure is counted, and no PIN
is hashed while its person is locked."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
import time
from collections.abc import Callable

from ..store import Pins

SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2**14, 8, 1, 32
PARAMS = "scrypt:n=16384,r=8,p=1,dklen=32"
MAX_FAILURES = 5
LOCK_SECONDS = 300.0
PIN_FORM = re.compile(r"\d{4,8}")


class PinError(Exception):
    """Base class: the login was refused."""


class NoPinError(PinError):
    def __init__(self) -> None:
        super().__init__("this person has no PIN; set one first")


class WrongPinError(PinError):
    def __init__(self, tries_left: int) -> None:
        super().__init__(f"wrong PIN ({tries_left} tries left)")
        self.tries_left = tries_left


class LockedError(PinError):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"too many wrong PINs: locked for {seconds:.0f} more seconds")
        self.seconds = seconds


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=SCRYPT_LEN
    )


class PinVault:
    def __init__(self, pins: Pins, now: Callable[[], float] = time.time) -> None:
        self._pins = pins
        self._now = now
        self._locks: dict[int, threading.Lock] = {}
        self._locks_lock = threading.Lock()

    def _lock(self, person_id: int) -> threading.Lock:
        with self._locks_lock:
            return self._locks.setdefault(person_id, threading.Lock())

    def set_pin(self, person_id: int, pin: str) -> None:
        if not PIN_FORM.fullmatch(pin):
            raise ValueError("a PIN is 4 to 8 digits")
        salt = secrets.token_bytes(16)
        digest = _hash(pin, salt)
        with self._lock(person_id):
            self._pins.set(person_id, salt, digest, PARAMS)

    def clear_pin(self, person_id: int) -> bool:
        """No PIN for this person any more (no manual login until a new one)."""
        with self._lock(person_id):
            return self._pins.delete(person_id)

    def verify(self, person_id: int, pin: str) -> None:
        """Return if the PIN is right; raise a PinError saying why not."""
        with self._lock(person_id):
            record = self._pins.get(person_id)
            if record is None:
                raise NoPinError
            now = self._now()
            if record.locked_until > now:
                raise LockedError(record.locked_until - now)
            if hmac.compare_digest(_hash(pin, record.salt), record.hash):
                self._pins.reset(person_id)
                return
            failures = self._pins.record_failure(person_id, MAX_FAILURES, now + LOCK_SECONDS)
            if failures >= MAX_FAILURES:
                raise LockedError(LOCK_SECONDS)
            raise WrongPinError(MAX_FAILURES - failures)
