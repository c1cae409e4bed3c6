"""The wire contract between the engine, the integration and the panel.

This file is the one source of the words the three parts exchange: event
types, session states and the session snapshot, emotions, features (widgets),
commands, hints, error codes and the settings a household may change, with
their ranges. It imports nothing but the standard library, because it travels:

- the integration ships a verbatim copy (``custom_components/smart_mirror/
  contract.py``: HACS installs only that folder, never the engine);
- the panel's ``mirror_frontend/src/contract.ts`` is generated from it.

``python -m tools.contract`` writes both; ``tests/test_contract.py`` fails when
either is stale, so a word changed here changes everywhere or nowhere.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final, NamedTuple, NotRequired, TypedDict

API_VERSION: Final = 1


class Emotion(StrEnum):
    """The seven expressions, in the order the emotion models output them."""

    ANGRY = "angry"
    DISGUST = "disgust"
    FEAR = "fear"
    HAPPY = "happy"
    SAD = "sad"
    SURPRISE = "surprise"
    NEUTRAL = "neutral"


EMOTIONS: Final = tuple(Emotion)


class Feature(StrEnum):
    """A switchable part of the mirror (source paper, Table 2). The panel shows
    each as a widget, and Home Assistant switches it with ``show_widget``."""

    PUBLIC = "public"
    PERSONAL = "personal"
    ASSESSMENT = "assessment"
    EVOLUTION = "evolution"
    DIARY = "diary"
    SETTINGS = "settings"


class SessionState(StrEnum):
    """Where the session of the person in front of the mirror stands."""

    IDLE = "idle"
    DETECTING = "detecting"
    IDENTIFIED = "identified"
    GUEST = "guest"
    NEEDS_CHOICE = "needs_choice"
    NEEDS_LOGIN = "needs_login"
    ACTIVE = "active"
    ENDING = "ending"


class FaceBoxJson(TypedDict):
    """A face's box in the frame, in pixels."""

    left: int
    top: int
    right: int
    bottom: int


class DecisionJson(TypedDict):
    """Whom a face looks like: ``verdict`` is known, uncertain or unknown."""

    verdict: str
    person_id: int | None
    distance: float
    margin: float | None
    confidence: float


class SessionFace(TypedDict):
    """A face the session asks about (the chooser's faces, the PIN pad's
    candidate): named only when the name may be shown."""

    box: FaceBoxJson
    decision: NotRequired[DecisionJson]
    name: NotRequired[str | None]


class SessionPerson(TypedDict):
    id: int
    name: str


class SessionInfo(TypedDict):
    """The open session: a person's, or a guest's (``person`` None)."""

    id: str
    person: SessionPerson | None
    manual: bool  # opened with a PIN
    confidence: float
    started: float  # wall clock, seconds
    present: bool  # the person's face is in view now


class SessionSnapshot(TypedDict):
    """Where the session stands: the ``session`` event, ``GET /api/session``,
    and the ``hello`` event's ``session`` (None there when recognition is off),
    so a client that connects mid-greeting shows it at once."""

    state: SessionState
    session: SessionInfo | None
    faces: NotRequired[list[SessionFace]]  # needs_choice
    candidate: NotRequired[SessionFace]  # needs_login
    suggest_enrolment: NotRequired[bool]  # guest
    logged_out: NotRequired[bool]  # guest
    spoof_suspected: NotRequired[bool]  # guest
    reason: NotRequired[str]  # ending (the session event only)


class EventType(StrEnum):
    """The events the engine publishes on its bus and its WebSocket."""

    SOURCE = "source"  # the camera was lost or came back
    WORKER = "worker"  # a service thread stalled, failed or restarted
    TOGGLES = "toggles"  # features switched on or off
    SETTINGS = "settings"  # runtime settings changed
    FACES = "faces"  # faces in view (boxes, no identities)
    SESSION = "session"  # the session's state changed
    PERSON_RECOGNIZED = "person_recognized"
    SESSION_ENDED = "session_ended"
    ASSESSMENT = "assessment"  # age, emotion, liveness of the session's person
    PERSONS = "persons"  # enrolled persons added, renamed or changed
    PERSON_FORGOTTEN = "person_forgotten"
    ENROLMENT = "enrolment"  # a live enrolment's progress
    CAPTURE = "capture"  # a photo was taken
    COMMAND = "command"  # a command ran (or is for the panel to carry out)
    CONFIRM = "confirm"  # "did you mean ...?" for a low-confidence command
    CONFIRM_RESULT = "confirm_result"
    GESTURE = "gesture"  # a hand gesture the engine saw
    CALIBRATION = "calibration"  # expression calibration progress
    TRAINING = "training"  # an ML-tier job's progress
    MODEL_ROLLBACK = "model_rollback"


class Modality(StrEnum):
    TOUCH = "touch"
    VOICE = "voice"
    GESTURE = "gesture"


class CommandName(StrEnum):
    SHOW_WIDGET = "show_widget"
    HIDE_WIDGET = "hide_widget"
    CAPTURE = "capture"
    LOGOUT = "logout"
    NOT_ME = "not_me"  # the mirror greeted the wrong person: end it and learn
    NEXT_WIDGET = "next_widget"
    PREVIOUS_WIDGET = "previous_widget"
    TOGGLE_FOCUSED = "toggle_focused"
    ZOOM = "zoom"
    OPEN_CALIBRATION = "open_calibration"  # opens the calibration sheet on the panel


class CommandSpec(NamedTuple):
    in_engine: bool  # the engine carries it out; otherwise the panel does
    argument: str | None  # the one argument it needs: "widget" or "direction"


COMMANDS: Final[dict[CommandName, CommandSpec]] = {
    CommandName.SHOW_WIDGET: CommandSpec(True, "widget"),
    CommandName.HIDE_WIDGET: CommandSpec(True, "widget"),
    CommandName.CAPTURE: CommandSpec(True, None),
    CommandName.LOGOUT: CommandSpec(True, None),
    CommandName.NOT_ME: CommandSpec(True, None),
    CommandName.NEXT_WIDGET: CommandSpec(False, None),
    CommandName.PREVIOUS_WIDGET: CommandSpec(False, None),
    CommandName.TOGGLE_FOCUSED: CommandSpec(False, None),
    CommandName.ZOOM: CommandSpec(False, "direction"),
    CommandName.OPEN_CALIBRATION: CommandSpec(False, None),
}
ZOOM_DIRECTIONS: Final = ("in", "out", "reset")


class Hint(StrEnum):
    """What the mirror asks of the person in front while it collects their face
    (a live enrolment's ``hint``): a code the panel and Home Assistant put in
    the household's language, never a sentence."""

    LOOK = "look"  # look at the mirror and hold still
    ONE_FACE = "one_face"  # only one face in view, please
    NO_FACE = "no_face"  # no face in view
    CLOSER = "closer"  # come closer, face the mirror and hold still
    SAME_PERSON = "same_person"  # a different face: the same person, please
    HOLD_STILL = "hold_still"
    DONE = "done"


class Liveness(StrEnum):
    """How the liveness gate tells a face from a photo."""

    OFF = "off"
    MODEL = "model"  # anti-spoofing models
    MOTION = "motion"  # a photo is flat: its landmarks move rigidly


class SettingRange(NamedTuple):
    minimum: float
    maximum: float
    step: float
    unit: str  # "" or "s"


# The runtime settings a household changes from Home Assistant or the wall,
# with the range offered there (the engine's own options accept a wider one
# for development).
TUNABLE: Final[dict[str, SettingRange]] = {
    "match_distance": SettingRange(0.3, 0.64, 0.01, ""),
    "reverify_interval": SettingRange(1, 60, 1, "s"),
    "leave_timeout": SettingRange(1, 300, 1, "s"),
}


class ErrorCode(StrEnum):
    """The ``code`` of the engine's ``{"error", "code"}`` answers."""

    # malformed requests
    BAD_JSON = "bad_json"
    TOO_DEEP = "too_deep"
    TOO_LARGE = "too_large"
    BAD_UPLOAD = "bad_upload"
    BAD_NAME = "bad_name"
    BAD_HA_PERSON = "bad_ha_person"
    BAD_PERSON = "bad_person"
    BAD_PIN = "bad_pin"
    BAD_LOGIN = "bad_login"
    BAD_FACE = "bad_face"
    BAD_FRAMES = "bad_frames"
    BAD_DAYS = "bad_days"
    BAD_NUMBER = "bad_number"
    BAD_TEXT = "bad_text"
    BAD_KIND = "bad_kind"
    BAD_LABEL = "bad_label"
    BAD_COMMAND = "bad_command"
    BAD_ANSWER = "bad_answer"
    BAD_SETTINGS = "bad_settings"
    BAD_TOGGLES = "bad_toggles"
    # access
    UNAUTHORIZED = "unauthorized"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    NOT_OWNER = "not_owner"
    # what is asked for is not there
    UNKNOWN_PERSON = "unknown_person"
    UNKNOWN_CAPTURE = "unknown_capture"
    NO_SESSION = "no_session"
    NO_CHOICE = "no_choice"
    NO_ENROLMENT = "no_enrolment"
    NO_PREVIOUS = "no_previous"
    NO_FRAME = "no_frame"
    CAMERA_LOST = "camera_lost"
    RECOGNITION_OFF = "recognition_off"
    GONE = "gone"
    # PINs and logins
    NO_PIN = "no_pin"
    WRONG_PIN = "wrong_pin"
    LOCKED = "locked"
    LOGIN_REFUSED = "login_refused"
    # enrolment and training
    NAME_TAKEN = "name_taken"
    NOT_AN_IMAGE = "not_an_image"
    NO_IMAGE = "no_image"
    IMAGE_TOO_LARGE = "image_too_large"
    NO_FACE = "no_face"
    SEVERAL_FACES = "several_faces"
    LOW_QUALITY = "low_quality"
    MATCHES_OTHER = "matches_other"
    BUSY = "busy"
    NOT_ENOUGH = "not_enough"
    NOT_ENOUGH_FRAMES = "not_enough_frames"
    ENROLMENT_TIMEOUT = "enrolment_timeout"  # not enough good live frames in time
