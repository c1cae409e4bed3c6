"""The session state machine, driven with synthetic observations and time."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from mirror_engine.contract import SessionState as State
from mirror_engine.identity.session import (
    NullHooks,
    Observation,
    SeenFace,
    SessionError,
    SessionManager,
    SessionSettings,
)
from mirror_engine.pipeline.events import Event, EventBus
from mirror_engine.vision.detect import FaceBox
from mirror_engine.vision.identify import Decision, Verdict, confidence
from mirror_engine.vision.liveness import Liveness

NAMES = {1: "Anna", 2: "Ben"}
LEFT = FaceBox(100, 100, 200, 200)
RIGHT = FaceBox(400, 100, 500, 200)


def known(person: int, box: FaceBox = LEFT, distance: float = 0.35) -> SeenFace:
    return SeenFace(box, Decision(Verdict.KNOWN, person, distance, math.inf, confidence(distance)))


def uncertain(person: int, box: FaceBox = LEFT) -> SeenFace:
    return SeenFace(box, Decision(Verdict.UNCERTAIN, person, 0.58, 0.2, confidence(0.58)))


def unknown(box: FaceBox = LEFT) -> SeenFace:
    return SeenFace(box, Decision(Verdict.UNKNOWN, 1, 0.8, 0.1, confidence(0.8)))


def tracked(box: FaceBox = LEFT) -> SeenFace:
    return SeenFace(box)


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


class Mirror:
    """A SessionManager with a fake clock and a record of its events."""

    def __init__(self) -> None:
        self.bus = EventBus()
        self.events: list[Event] = []
        self.bus.subscribe(self.events.append)
        self.clock = Clock()
        self.hooks = NullHooks()
        self.sm = SessionManager(
            self.bus,
            NAMES.get,
            self.hooks,
            SessionSettings(reverify_interval=3.0, leave_timeout=5.0, away_after=1.0),
            clock=self.clock,
        )
        self.seq = 0

    def see(self, *faces: SeenFace, dt: float = 0.1, bodies: int = 0) -> State:
        self.clock.t += dt
        self.seq += 1
        identified = any(f.decision is not None for f in faces)
        self.sm.observe(Observation(self.clock.t, self.seq, faces, bodies, identified))
        return self.sm.state

    def states(self) -> list[str]:
        return [e.data["state"] for e in self.events if e.type == "session"]

    def of_type(self, kind: str) -> list[Event]:
        return [e for e in self.events if e.type == kind]


@pytest.fixture
def mirror() -> Mirror:
    return Mirror()


def test_known_face_opens_a_session(mirror: Mirror) -> None:
    assert mirror.see(known(1)) is State.ACTIVE
    assert mirror.states() == ["detecting", "identified", "active"]
    recognized = mirror.of_type("person_recognized")[0].data
    assert (recognized["person_id"], recognized["name"], recognized["manual"]) == (1, "Anna", False)
    assert mirror.sm.personal_owner() == (1, mirror.sm.session.id)  # type: ignore[union-attr]
    assert ("confirmed", 1) in mirror.hooks.calls


def test_unknown_face_is_a_guest_with_an_enrolment_suggestion(mirror: Mirror) -> None:
    assert mirror.see(unknown()) is State.GUEST
    snap = mirror.sm.snapshot()
    assert snap["suggest_enrolment"] is True
    assert snap["session"] is not None
    assert snap["session"]["person"] is None
    assert mirror.sm.personal_owner() is None


def test_below_threshold_offers_login_and_never_guesses(mirror: Mirror) -> None:
    assert mirror.see(uncertain(1)) is State.NEEDS_LOGIN
    assert mirror.sm.personal_owner() is None
    assert mirror.sm.snapshot()["candidate"]["name"] == "Anna"  # a suggestion for the PIN pad
    assert mirror.of_type("person_recognized") == []
    mirror.sm.begin_login(1)
    mirror.sm.complete_login(1)
    assert mirror.sm.state is State.ACTIVE
    assert mirror.sm.session.manual  # type: ignore[union-attr]
    assert ("corrected", 1) in mirror.hooks.calls  # the unsure face becomes training data


def test_several_faces_need_a_choice(mirror: Mirror) -> None:
    assert mirror.see(known(1, LEFT), unknown(RIGHT)) is State.NEEDS_CHOICE
    faces = mirror.sm.snapshot()["faces"]
    assert [f["name"] for f in faces] == ["Anna", None]
    assert mirror.sm.personal_owner() is None
    with pytest.raises(SessionError, match="no face 5"):
        mirror.sm.choose(5)
    mirror.sm.choose(0)
    assert mirror.sm.state is State.ACTIVE
    assert mirror.sm.session.person_id == 1  # type: ignore[union-attr]
    # the owner's face is followed while the other stays in view
    assert mirror.see(tracked(LEFT), tracked(RIGHT)) is State.ACTIVE


def test_choice_resolves_itself_when_the_others_leave(mirror: Mirror) -> None:
    mirror.see(known(1, LEFT), known(2, RIGHT))
    assert mirror.see(known(2, RIGHT)) is State.ACTIVE
    assert mirror.sm.session.person_id == 2  # type: ignore[union-attr]


def test_reverify_only_every_interval_while_active(mirror: Mirror) -> None:
    mirror.see(known(1))
    assert not mirror.sm.needs_identity(mirror.clock.t + 1.0, [LEFT])
    assert mirror.sm.needs_identity(mirror.clock.t + 3.1, [LEFT])
    assert mirror.sm.needs_identity(mirror.clock.t + 1.0, [RIGHT])  # tracking broke


def test_person_leaves_then_the_session_ends_after_the_timeout(mirror: Mirror) -> None:
    mirror.see(known(1))
    session_id = mirror.sm.session.id  # type: ignore[union-attr]
    assert mirror.see(dt=1.5) is State.ACTIVE
    assert mirror.sm.personal_owner() is None  # data hidden at once
    assert mirror.sm.session.present is False  # type: ignore[union-attr]
    assert mirror.see(dt=3.0) is State.ACTIVE  # 4.5 s: not yet
    assert mirror.see(dt=1.0) is State.IDLE  # 5.5 s: ended
    ended = mirror.of_type("session_ended")[0].data
    assert (ended["session_id"], ended["reason"], ended["person_id"]) == (session_id, "left", 1)
    assert "ending" in mirror.states()


def test_a_short_absence_hides_data_until_verified_again(mirror: Mirror) -> None:
    mirror.see(known(1))
    mirror.see(dt=1.5)
    assert mirror.sm.personal_owner() is None
    assert mirror.see(tracked()) is State.ACTIVE
    assert mirror.sm.personal_owner() is None  # a face at the old place is not proof
    assert mirror.sm.needs_identity(mirror.clock.t, [LEFT])
    mirror.see(known(1))
    assert mirror.sm.personal_owner() is not None
    assert mirror.of_type("session_ended") == []


def test_turned_away_body_keeps_the_session_but_hides_data(mirror: Mirror) -> None:
    mirror.see(known(1))
    for _ in range(8):
        assert mirror.see(dt=1.0, bodies=1) is State.ACTIVE
    assert mirror.sm.personal_owner() is None


def test_a_different_verified_person_ends_the_session_at_once(mirror: Mirror) -> None:
    mirror.see(known(1))
    first = mirror.sm.session.id  # type: ignore[union-attr]
    assert mirror.see(known(2)) is State.ACTIVE
    ended = mirror.of_type("session_ended")[0].data
    assert (ended["session_id"], ended["reason"]) == (first, "replaced")
    assert mirror.sm.session.person_id == 2  # type: ignore[union-attr]
    assert mirror.sm.personal_owner()[0] == 2  # type: ignore[index]


def test_an_unknown_face_in_the_owners_place_ends_the_session(mirror: Mirror) -> None:
    mirror.see(known(1))
    assert mirror.see(unknown()) is State.GUEST
    assert mirror.of_type("session_ended")[0].data["reason"] == "replaced"


def test_repeated_unsure_checks_end_an_automatic_session(mirror: Mirror) -> None:
    mirror.see(known(1))
    assert mirror.see(uncertain(1)) is State.ACTIVE
    assert mirror.see(uncertain(1)) is State.ACTIVE
    assert mirror.see(uncertain(1)) is State.NEEDS_LOGIN
    assert mirror.of_type("session_ended")[0].data["reason"] == "unverified"


def test_manual_session_needs_a_face_and_ends_when_it_leaves(mirror: Mirror) -> None:
    with pytest.raises(SessionError, match="no face in view"):
        mirror.sm.begin_login(1)
    mirror.see(unknown())
    mirror.sm.complete_login(1)
    assert mirror.sm.state is State.ACTIVE
    assert mirror.of_type("session_ended")[0].data["reason"] == "identified"  # the guest's
    assert mirror.see(unknown()) is State.ACTIVE  # a PIN session is not face-verified
    assert mirror.see(known(2)) is State.ACTIVE  # ...but a verified other person replaces it
    assert mirror.sm.session.person_id == 2  # type: ignore[union-attr]


def test_a_pin_login_waits_for_a_slow_look_but_not_for_someone_gone(mirror: Mirror) -> None:
    mirror.see(uncertain(1))
    assert mirror.sm.state is State.NEEDS_LOGIN
    mirror.clock.t += 2.0  # a busy machine has not looked again for 2 s: still there
    mirror.sm.begin_login(1)
    mirror.clock.t += mirror.sm.settings.leave_timeout  # gone as long as a session lasts
    with pytest.raises(SessionError, match="no face in view"):
        mirror.sm.begin_login(1)


def test_logout_does_not_reopen_while_the_person_stays(mirror: Mirror) -> None:
    mirror.see(known(1))
    mirror.sm.logout()
    assert mirror.of_type("session_ended")[0].data["reason"] == "logout"
    assert mirror.see(known(1)) is State.GUEST
    assert mirror.sm.snapshot()["logged_out"] is True
    mirror.see(dt=6.0)  # they walk away ...
    mirror.see(dt=0.1)
    assert mirror.see(known(1)) is State.ACTIVE  # ... and come back


def test_choice_and_logout_refuse_in_the_wrong_state(mirror: Mirror) -> None:
    with pytest.raises(SessionError, match="no choice"):
        mirror.sm.choose(0)
    with pytest.raises(SessionError, match="no active session"):
        mirror.sm.logout()


def test_forgetting_the_owner_ends_the_session(mirror: Mirror) -> None:
    mirror.see(known(1))
    mirror.sm.person_removed(1)
    assert mirror.sm.state is State.IDLE
    assert mirror.of_type("session_ended")[0].data["reason"] == "forgotten"


def test_nobody_returns_to_idle(mirror: Mirror) -> None:
    assert mirror.see(bodies=1) is State.DETECTING  # a body, no face yet
    assert mirror.see(dt=2.0) is State.DETECTING
    assert mirror.see(dt=4.0) is State.IDLE


def live(face: SeenFace, verdict: Liveness) -> SeenFace:
    return replace(face, live=verdict)


def test_a_match_made_while_liveness_watches_opens_once_the_track_proves_live(
    mirror: Mirror,
) -> None:
    # Recognised with confidence while the gate is still watching, then the head
    # turns (uncertain) just as the gate says live: the same track is that person.
    assert mirror.see(live(known(1), Liveness.PENDING)) is State.DETECTING
    assert mirror.see(live(uncertain(1), Liveness.PASS)) is State.ACTIVE
    assert mirror.of_type("person_recognized")[0].data["name"] == "Anna"


def test_a_pending_match_does_not_pass_to_another_face_or_a_broken_track(
    mirror: Mirror,
) -> None:
    mirror.see(live(known(1), Liveness.PENDING))
    assert mirror.see(live(uncertain(1, RIGHT), Liveness.PASS)) is State.NEEDS_LOGIN
    assert mirror.of_type("person_recognized") == []
    other = Mirror()
    other.see(live(known(1), Liveness.PENDING))
    other.see()  # nobody in view for a frame
    assert other.see(live(uncertain(1), Liveness.PASS)) is State.NEEDS_LOGIN
    assert other.of_type("person_recognized") == []


def test_a_face_that_fails_the_gate_is_a_suspected_photo(mirror: Mirror) -> None:
    mirror.see(live(known(1), Liveness.PENDING))
    assert mirror.see(live(known(1), Liveness.FAIL)) is State.GUEST
    assert mirror.sm.snapshot()["spoof_suspected"] is True
    assert mirror.of_type("person_recognized") == []
