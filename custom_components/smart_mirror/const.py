"""Constants of the Smart Mirror integration."""

from typing import Final

from .contract import API_VERSION, Emotion, Feature, SessionState

DOMAIN: Final = "smart_mirror"
DEFAULT_HOST: Final = "127.0.0.1"
DEFAULT_PORT: Final = 8099
CONF_ROLE: Final = "role"  # "server" in a household server's entry data (none: a mirror)
ENGINE_API_VERSION: Final = API_VERSION

EVENT_PERSON_RECOGNIZED: Final = "smart_mirror_person_recognized"
EVENT_SESSION_ENDED: Final = "smart_mirror_session_ended"
EVENT_GESTURE: Final = "smart_mirror_gesture"

# The engine's words: the contract's (one copy of the engine's contract.py)
EMOTIONS: Final = tuple(Emotion)
SESSION_STATES: Final = [state.value for state in SessionState]
GESTURES: Final = ("swipe_left", "swipe_right", "open_hand", "thumbs_up")
WIDGETS: Final = tuple(Feature)
