"""The session state machine (source paper 3.2, 4.3; ARCHITECTURE "Sessions").

idle -> detecting -> (identified | guest | needs_choice | needs_login) -> active -> ending -> idle

It is fed one Observation per frame the recognition worker handles and by the
API (choose, login, logout). It never guesses: a face that is only "uncertain"
gets a manual login offer, several faces get a chooser, an unknown face a
guest session. Personal data may be shown only while ``personal_owner()``
names a person, which stops the moment the verified face leaves the view.
"""

from __future__ import annotations

import math
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, cast

from ..contract import (
    DecisionJson,
    EventType,
    SessionFace,
    SessionInfo,
    SessionSnapshot,
    SessionState,
)
from ..pipeline.events import EventBus
from ..vision.detect import FaceBox
from ..vision.identify import Decision, FaceSample, Verdict
from ..vision.liveness import DECIDE_WITHIN, Liveness

AWAIT_LIVE_S = DECIDE_WITHIN  # how long a confident match waits for the liveness verdict
# An unsure face is looked at this often (one track) before the PIN pad is
# offered: a member's poor first look is usually followed by a good one.
UNSURE_LOOKS = 3
# A guest session this young still looks at every frame: the looks that made
# a member a guest (poor ones, turned aside) are often followed by good ones,
# which must greet them now, not at the next re-verification seconds later.
GUEST_WATCH_S = 2.0


class SessionError(Exception):
    """An API action that does not fit the current state; the message says why."""


@dataclass(frozen=True, slots=True)
class SeenFace:
    box: FaceBox
    decision: Decision | None = None  # None: located only (tracking), not identified
    sample: FaceSample | None = None
    live: Liveness | None = None  # the liveness gate's verdict; None: gate off
    looks: int | None = None  # looks of one face track the decision rests on; None: not tracked


@dataclass(frozen=True, slots=True)
class Observation:
    t: float  # monotonic seconds
    seq: int
    faces: tuple[SeenFace, ...]
    bodies: int = 0  # whole bodies seen (face turned away)
    identified: bool = False  # the faces carry decisions


@dataclass
class SessionSettings:
    reverify_interval: float = 3.0  # seconds between identity checks while active
    leave_timeout: float = 5.0  # end the session after the person is gone this long
    away_after: float = 1.0  # hide personal data after the face is gone this long
    uncertain_limit: int = 3  # consecutive unsure re-verifications that end a session


@dataclass
class Session:
    id: str
    person_id: int | None  # None: a guest
    name: str | None
    manual: bool
    confidence: float
    started: float  # wall clock
    started_mono: float
    present: bool = True

    def as_json(self) -> SessionInfo:
        return {
            "id": self.id,
            "person": (
                None if self.person_id is None else {"id": self.person_id, "name": self.name or ""}
            ),
            "manual": self.manual,
            "confidence": round(self.confidence, 4),
            "started": self.started,
            "present": self.present,
        }


class SessionHooks(Protocol):
    """What the identity service does when sessions change (history, samples)."""

    def session_started(self, session: Session, face: SeenFace | None) -> None: ...
    def session_ended(self, session: Session, reason: str, duration: float) -> None: ...
    def face_confirmed(self, person_id: int, face: SeenFace) -> None: ...
    def face_corrected(self, person_id: int, face: SeenFace) -> None: ...
    def face_rejected(self, session: Session, face: SeenFace | None) -> None: ...


def same_face(a: FaceBox, b: FaceBox) -> bool:
    """Is ``b`` plausibly ``a`` a moment later (overlap, or a short move)?"""
    if a.iou(b) >= 0.1:
        return True
    (ax, ay), (bx, by) = a.center, b.center
    return math.hypot(ax - bx, ay - by) < 0.75 * max(a.width, a.height)


class SessionManager:
    def __init__(
        self,
        bus: EventBus,
        names: Callable[[int], str | None],
        hooks: SessionHooks,
        settings: SessionSettings | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._bus = bus
        self._names = names
        self._hooks = hooks
        self.settings = settings or SessionSettings()
        self._clock = clock
        self._lock = threading.RLock()
        self.state = SessionState.IDLE
        self.session: Session | None = None
        self._faces: tuple[SeenFace, ...] = ()
        self._choice: tuple[SeenFace, ...] = ()
        self._candidate: SeenFace | None = None
        self._tracked: FaceBox | None = None
        self._last_present = -math.inf
        self._last_face = -math.inf
        self._last_seen = -math.inf  # the session's person (face or body)
        self._own_face_at = -math.inf  # the session's verified or tracked face
        self._last_verified = -math.inf
        self._force_verify = False
        self._uncertain = 0
        self._suppressed: int | None = None  # logged out while still in view
        self._verified: SeenFace | None = None  # the session's last verified face
        self._spoof = False  # the guest's face failed the liveness gate
        # A face recognised with confidence while the liveness gate was still
        # watching it: once the same track proves live, it is that person even
        # if the head has turned since (identity and liveness are facts of one
        # track, not of one frame).
        self._awaiting_live: tuple[SeenFace, float] | None = None

    # -- queries --------------------------------------------------------------
    def personal_owner(self) -> tuple[int, str] | None:
        """(person id, session id) while a verified person is in front of the
        mirror; None otherwise. The only gate for personal data."""
        with self._lock:
            s = self.session
            if self.state is SessionState.ACTIVE and s and s.person_id is not None and s.present:
                return s.person_id, s.id
            return None

    def owner_face(self) -> tuple[int, str, FaceBox] | None:
        """(person id, session id, face box) of the verified face in view, for
        analysis of that person; None when nobody's session is showing."""
        with self._lock:
            owner = self.personal_owner()
            if owner is None or self._tracked is None:
                return None
            return owner[0], owner[1], self._tracked

    def needs_identity(self, now: float, boxes: list[FaceBox]) -> bool:
        """Should the worker compute embeddings for these faces now? While a
        session is active only every ``reverify_interval`` or when tracking
        breaks; otherwise on every frame with a face."""
        with self._lock:
            if not boxes:
                return False
            if self._awaiting_live is not None:
                return True  # the liveness gate follows the match frame by frame
            if self.state is SessionState.ACTIVE:
                if self._force_verify or self._tracked is None:
                    return True
                if not any(same_face(self._tracked, b) for b in boxes):
                    return True
                return now - self._last_verified >= self.settings.reverify_interval
            if self.state is SessionState.GUEST:
                changed = len(boxes) != len(self._faces)
                return (
                    changed
                    or self._young_guest(now)
                    or now - self._last_verified >= self.settings.reverify_interval
                )
            return True

    def settled(self) -> bool:
        """A session is open and nothing waits for a decision: the worker may
        look less often (a change of face still forces a check at once)."""
        with self._lock:
            return (
                self.state in (SessionState.ACTIVE, SessionState.GUEST)
                and not self._force_verify
                and self._awaiting_live is None
                and not self._young_guest(self._clock())
            )

    def _young_guest(self, now: float) -> bool:
        return (
            self.state is SessionState.GUEST
            and self.session is not None
            and now - self.session.started_mono < GUEST_WATCH_S
        )

    def awaiting_live(self, boxes: list[FaceBox]) -> SeenFace | None:
        """The confident match that waits for the liveness gate, when it is the
        one face in view: the worker then needs landmarks, not a new embedding."""
        with self._lock:
            waiting = self._awaiting_live
            if waiting is None or len(boxes) != 1 or not same_face(waiting[0].box, boxes[0]):
                return None
            return waiting[0]

    def snapshot(self) -> SessionSnapshot:
        """Where the session stands (the contract's ``SessionSnapshot``): what
        the ``session`` event carries, and the ``hello`` of a new subscriber."""
        with self._lock:
            data: SessionSnapshot = {
                "state": self.state,
                "session": self.session.as_json() if self.session else None,
            }
            if self.state is SessionState.NEEDS_CHOICE:
                data["faces"] = [self._face_json(f) for f in self._choice]
            if self.state is SessionState.NEEDS_LOGIN and self._candidate is not None:
                data["candidate"] = self._face_json(self._candidate)
            if self.state is SessionState.GUEST:
                data["suggest_enrolment"] = self._suppressed is None and not self._spoof
                data["logged_out"] = self._suppressed is not None
                data["spoof_suspected"] = self._spoof
            return data

    def _face_json(self, face: SeenFace) -> SessionFace:
        box = face.box
        out: SessionFace = {
            "box": {"left": box.left, "top": box.top, "right": box.right, "bottom": box.bottom}
        }
        if face.decision is not None:
            out["decision"] = cast(DecisionJson, face.decision.as_json())
            pid = face.decision.person_id
            # A name is shown for a confident match; an unsure one is only a
            # suggestion for the PIN pad (needs_login), never a greeting, and
            # never for a face that is probably a stranger who resembles them.
            named = face.decision.named and (
                face.decision.verdict is Verdict.KNOWN or self.state is SessionState.NEEDS_LOGIN
            )
            out["name"] = self._names(pid) if named and pid is not None and pid >= 0 else None
        return out

    # -- transitions ------------------------------------------------------------
    def _set(self, state: SessionState, **extra: Any) -> None:
        self.state = state
        self._bus.publish(EventType.SESSION, **self.snapshot(), **extra)

    def observe(self, obs: Observation) -> None:
        with self._lock:
            self._faces = obs.faces
            if obs.faces or obs.bodies:
                self._last_present = obs.t
            if not obs.faces:
                self._awaiting_live = None  # the track broke
            if obs.faces:
                self._last_face = obs.t
            elif (
                self._suppressed is not None
                and obs.t - self._last_face > self.settings.leave_timeout
            ):
                self._suppressed = None  # the person who logged out has left
            if obs.identified:
                self._force_verify = False
            {
                SessionState.IDLE: self._on_idle,
                SessionState.DETECTING: self._on_detecting,
                SessionState.NEEDS_CHOICE: self._on_choice,
                SessionState.NEEDS_LOGIN: self._on_login_wait,
                SessionState.GUEST: self._on_guest,
                SessionState.ACTIVE: self._on_active,
            }.get(self.state, self._on_idle)(obs)

    def _gone(self, obs: Observation) -> bool:
        return obs.t - self._last_present > self.settings.leave_timeout

    def _on_idle(self, obs: Observation) -> None:
        if obs.faces or obs.bodies:
            self._set(SessionState.DETECTING)
            self._on_detecting(obs)

    def _on_detecting(self, obs: Observation) -> None:
        if not (obs.faces or obs.bodies):
            if self._gone(obs):
                self._set(SessionState.IDLE)
        elif obs.identified and obs.faces:
            self._decide(obs)

    def _decide(self, obs: Observation) -> None:
        if len(obs.faces) > 1:
            self._choice = obs.faces
            self._set(SessionState.NEEDS_CHOICE)
        else:
            self._resolve(obs.faces[0], obs.t)

    def _resolve(self, face: SeenFace, now: float) -> None:
        """One face with a decision: open, offer login, or admit a guest."""
        decision = face.decision
        assert decision is not None
        self._tracked = face.box
        self._last_verified = now
        waiting = self._awaiting_live
        if waiting is not None and (
            not same_face(waiting[0].box, face.box) or now - waiting[1] > AWAIT_LIVE_S
        ):
            waiting = self._awaiting_live = None  # another face, or too long ago
        if face.live is Liveness.PENDING and decision.verdict is not Verdict.UNKNOWN:
            if decision.verdict is Verdict.KNOWN and waiting is None:
                self._awaiting_live = (face, now)  # the clock starts at the first match
            return  # looks like someone: wait until the gate can tell a face from a photo
        if (
            decision.verdict is Verdict.UNCERTAIN
            and face.looks is not None
            and face.looks < UNSURE_LOOKS
            and self.state is SessionState.DETECTING
        ):
            return  # unsure on few looks: look again before offering the PIN pad
        if (
            face.live is Liveness.PASS
            and waiting is not None
            and decision.verdict is not Verdict.KNOWN
        ):
            face = replace(waiting[0], box=face.box, live=face.live)
            decision = face.decision
            assert decision is not None
        self._awaiting_live = None
        if face.live is Liveness.FAIL and decision.verdict is not Verdict.UNKNOWN:
            self._start_guest(now, spoof=True)  # a photo of someone is not someone
        elif decision.verdict is Verdict.KNOWN and decision.person_id != self._suppressed:
            assert decision.person_id is not None
            self._start(decision.person_id, face, now, manual=False)
        elif (
            decision.verdict is Verdict.UNCERTAIN
            and not decision.probable_stranger
            and decision.person_id != self._suppressed
        ):
            self._candidate = face
            self._set(SessionState.NEEDS_LOGIN)
        else:
            self._start_guest(now)

    def _new_session(
        self, person_id: int | None, confidence: float, manual: bool, now: float
    ) -> Session:
        name = None if person_id is None else self._names(person_id)
        return Session(uuid.uuid4().hex, person_id, name, manual, confidence, time.time(), now)

    def _start(self, person_id: int, face: SeenFace | None, now: float, manual: bool) -> None:
        confidence = face.decision.confidence if face and face.decision else 1.0
        if self.session is not None:  # a guest session becomes a person's
            self._end("identified")
        self.session = self._new_session(person_id, confidence, manual, now)
        self._last_seen = self._own_face_at = now
        self._last_verified = now
        self._uncertain = 0
        self._verified = face
        if face is not None:
            self._tracked = face.box
        self._set(SessionState.IDENTIFIED)
        self._set(SessionState.ACTIVE)
        self._bus.publish(
            EventType.PERSON_RECOGNIZED,
            person_id=person_id,
            name=self.session.name,
            confidence=round(confidence, 4),
            manual=manual,
            session_id=self.session.id,
        )
        self._hooks.session_started(self.session, face)
        if face is not None:
            if manual and face.decision is not None:
                # the PIN proved whose face this is: the mirror was unsure, or
                # took it for a guest or (after "not me") for someone else
                self._hooks.face_corrected(person_id, face)
            elif not manual:
                self._hooks.face_confirmed(person_id, face)
        self._candidate = None
        self._choice = ()

    def _start_guest(self, now: float, spoof: bool = False) -> None:
        self._spoof = spoof
        if self.state is SessionState.GUEST and self.session is not None:
            return
        self.session = self._new_session(None, 0.0, False, now)
        self._last_seen = now
        self._set(SessionState.GUEST)

    def _end(self, reason: str) -> None:
        session = self.session
        if session is None:
            return
        duration = self._clock() - session.started_mono
        self._set(SessionState.ENDING, reason=reason)
        self._hooks.session_ended(session, reason, duration)  # recorded before announced
        self._bus.publish(
            EventType.SESSION_ENDED,
            session_id=session.id,
            person_id=session.person_id,
            name=session.name,
            reason=reason,
            duration_s=round(duration, 3),
        )
        self.session = None
        self._tracked = None
        self._set(SessionState.IDLE)

    def _on_choice(self, obs: Observation) -> None:
        if self._gone(obs):
            self._choice = ()
            self._set(SessionState.IDLE)
        elif obs.identified and len(obs.faces) == 1:
            self._resolve(obs.faces[0], obs.t)  # the others stepped away
        elif obs.identified and len(obs.faces) > 1:
            changed = len(obs.faces) != len(self._choice)
            self._choice = obs.faces
            if changed:
                self._set(SessionState.NEEDS_CHOICE)

    def _on_login_wait(self, obs: Observation) -> None:
        if self._gone(obs):
            self._candidate = None
            self._set(SessionState.IDLE)
        elif obs.identified and len(obs.faces) > 1:
            self._candidate = None
            self._decide(obs)
        elif obs.identified and obs.faces:
            face = obs.faces[0]
            assert face.decision is not None
            if (
                face.decision.verdict is Verdict.KNOWN
                and face.decision.person_id != self._suppressed
            ):
                self._resolve(face, obs.t)
            elif not face.decision.named and face.looks is not None and face.looks >= UNSURE_LOOKS:
                # the face's looks together say a stranger who resembles the
                # candidate (or nobody enrolled): a guest, no longer their PIN pad
                self._candidate = None
                self._start_guest(obs.t)
            else:
                self._candidate = face
                self._tracked = face.box

    def _on_guest(self, obs: Observation) -> None:
        if self._gone(obs):
            self._end("left")
            return
        if obs.faces:
            self._last_seen = obs.t
        if not (obs.identified and obs.faces):
            return
        self._last_verified = obs.t
        if len(obs.faces) > 1:
            return
        decision = obs.faces[0].decision
        assert decision is not None
        if decision.verdict is Verdict.KNOWN and decision.person_id != self._suppressed:
            self._resolve(obs.faces[0], obs.t)

    def _find_own_face(self, faces: tuple[SeenFace, ...]) -> SeenFace | None:
        session = self.session
        assert session is not None
        verified = [
            f
            for f in faces
            if f.decision
            and f.decision.verdict is Verdict.KNOWN
            and f.decision.person_id == session.person_id
        ]
        if verified:
            return verified[0]
        if self._tracked is None:
            return None
        tracked = self._tracked
        near = [f for f in faces if same_face(tracked, f.box)]
        return max(near, key=lambda f: f.box.iou(tracked)) if near else None

    def _set_present(self, present: bool) -> None:
        assert self.session is not None
        if self.session.present != present:
            self.session.present = present
            self._set(SessionState.ACTIVE)

    def _on_active(self, obs: Observation) -> None:
        session = self.session
        assert session is not None
        if obs.bodies:
            self._last_seen = obs.t  # a body in view: turned away, not gone
        face = self._find_own_face(obs.faces)
        if face is None:
            if obs.t - self._own_face_at > self.settings.away_after:
                self._set_present(False)
            if obs.t - max(self._last_seen, self._own_face_at) > self.settings.leave_timeout:
                self._end("left")
                self._on_idle(obs)
                return
            if obs.faces:
                self._force_verify = True
                if obs.identified and len(obs.faces) == 1:
                    self._check_other(obs.faces[0], obs.t)
            return
        self._tracked = face.box
        decision = face.decision
        other = (
            decision is not None
            and decision.verdict is Verdict.KNOWN
            and decision.person_id != session.person_id
        )
        if decision is None or (session.manual and not other):
            # Tracked between checks, or a PIN session (whose face only has to
            # stay). After an absence only a verification shows data again.
            self._own_face_at = self._last_seen = obs.t
            if session.present or session.manual:
                self._set_present(True)
            else:
                self._force_verify = True
            return
        self._last_verified = obs.t
        if decision.verdict is Verdict.KNOWN and decision.person_id == session.person_id:
            assert decision.person_id is not None
            self._own_face_at = self._last_seen = obs.t
            self._uncertain = 0
            self._set_present(True)
            self._verified = face
            self._hooks.face_confirmed(decision.person_id, face)
        else:
            self._check_other(face, obs.t)

    def _check_other(self, face: SeenFace, now: float) -> None:
        """The face in the owner's place is not the owner."""
        decision = face.decision
        assert decision is not None
        assert self.session is not None
        if decision.verdict is Verdict.UNCERTAIN and not self.session.manual:
            self._uncertain += 1
            if self._uncertain < self.settings.uncertain_limit:
                return
            self._end("unverified")
        elif decision.verdict is Verdict.KNOWN and decision.person_id == self.session.person_id:
            return
        else:
            self._end("replaced")
        self._set(SessionState.DETECTING)
        self._resolve(face, now)

    # -- API actions -------------------------------------------------------------
    def choose(self, index: int) -> SessionSnapshot:
        with self._lock:
            if self.state is not SessionState.NEEDS_CHOICE:
                raise SessionError("there is no choice to make: not several faces in view")
            if not 0 <= index < len(self._choice):
                raise SessionError(f"no face {index}: choose 0 to {len(self._choice) - 1}")
            face = self._choice[index]
            self._choice = ()
            self._resolve(face, self._clock())
            return self.snapshot()

    def begin_login(self, person_id: int) -> None:
        """Check that a manual login may happen now (before the slow PIN check)."""
        with self._lock:
            if (
                self.state is SessionState.ACTIVE
                and self.session
                and self.session.person_id == person_id
            ):
                raise SessionError("this person's session is already active")
            if self.state is SessionState.NEEDS_CHOICE:
                raise SessionError("several faces are in view: choose one first")
            # the same rule that keeps a session open: a busy machine may
            # take longer than away_after between two looks at a still person
            if self._clock() - self._last_face > self.settings.leave_timeout:
                raise SessionError("stand in front of the mirror to log in: no face in view")

    def complete_login(self, person_id: int) -> SessionSnapshot:
        """Open a manual (PIN) session; the PIN has been verified."""
        with self._lock:
            self.begin_login(person_id)
            now = self._clock()
            if self.state is SessionState.ACTIVE:
                self._end("replaced")
            if self._suppressed == person_id:
                self._suppressed = None
            face = self._candidate or (self._faces[0] if len(self._faces) == 1 else None)
            self._start(person_id, face, now, manual=True)
            return self.snapshot()

    def logout(self) -> None:
        with self._lock:
            if self.state is not SessionState.ACTIVE or self.session is None:
                raise SessionError("no active session to log out of")
            self._suppressed = self.session.person_id
            self._end("logout")

    def not_me(self) -> Session:
        """The person in front says the mirror greeted the wrong person: end
        that session at once, keep this face from reopening it while it stays
        in view, and let the service learn the face as a negative."""
        with self._lock:
            session = self.session
            if self.state is not SessionState.ACTIVE or session is None:
                raise SessionError("no active session to correct")
            if session.person_id is None:
                raise SessionError("a guest session has nobody to correct")
            face = None if session.manual else self._verified
            self._suppressed = session.person_id
            self._end("not_me")
            self._hooks.face_rejected(session, face)
            return session

    def person_removed(self, person_id: int) -> None:
        with self._lock:
            if self._suppressed == person_id:
                self._suppressed = None
            if self.session is not None and self.session.person_id == person_id:
                self._end("forgotten")
            self._force_verify = True
            if self.state in (SessionState.NEEDS_LOGIN, SessionState.NEEDS_CHOICE):
                self._candidate = None
                self._choice = ()
                self._set(SessionState.DETECTING)


@dataclass
class NullHooks:
    """Hooks that record nothing (tests, or collection switched off)."""

    calls: list[tuple[str, Any]] = field(default_factory=list)

    def session_started(self, session: Session, face: SeenFace | None) -> None:
        self.calls.append(("started", session.person_id))

    def session_ended(self, session: Session, reason: str, duration: float) -> None:
        self.calls.append(("ended", reason))

    def face_confirmed(self, person_id: int, face: SeenFace) -> None:
        self.calls.append(("confirmed", person_id))

    def face_corrected(self, person_id: int, face: SeenFace) -> None:
        self.calls.append(("corrected", person_id))

    def face_rejected(self, session: Session, face: SeenFace | None) -> None:
        self.calls.append(("rejected", session.person_id))
