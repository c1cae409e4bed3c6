"""Constants of the Smart Mirror integration."""

from typing import Final

DOMAIN: Final = "smart_mirror"
DEFAULT_HOST: Final = "127.0.0.1"
DEFAULT_PORT: Final = 8099
ENGINE_API_VERSION: Final = 1

EVENT_PERSON_RECOGNIZED: Final = "smart_mirror_person_recognized"
EVENT_SESSION_ENDED: Final = "smart_mirror_session_ended"
EVENT_GESTURE: Final = "smart_mirror_gesture"

EMOTIONS: Final = ("angry", "disgust", "fear", "happy", "sad", "surprise", "neutral")
SESSION_STATES: Final = [
    "idle",
    "detecting",
    "identified",
    "guest",
    "needs_choice",
    "needs_login",
    "active",
    "ending",
]
GESTURES: Final = ("swipe_left", "swipe_right", "open_hand", "thumbs_up")
WIDGETS: Final = ("public", "personal", "assessment", "evolution", "diary", "settings")
