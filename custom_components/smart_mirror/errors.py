"""One translation of engine failures into Home Assistant errors."""

from __future__ import annotations

from homeassistant.exceptions import HomeAssistantError, ServiceValidationError

from .api import EngineError
from .const import DOMAIN

# Engine error codes a person can act on -> their translated messages.
USER_ERRORS = {
    **{
        code: code
        for code in (
            "wrong_pin",
            "locked",
            "no_face",
            "no_pin",
            "no_session",
            "not_enough_frames",
            "name_taken",
            "busy",
        )
    },
    **dict.fromkeys(("not_an_image", "several_faces", "low_quality", "matches_other"), "bad_image"),
}


def engine_error(err: EngineError) -> HomeAssistantError:
    """What a person can fix (wrong PIN, nobody in view...) is a validation
    error with its own message; anything else is the engine's failure."""
    if err.code in USER_ERRORS:
        return ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key=USER_ERRORS[err.code],
            translation_placeholders={"error": str(err)},
        )
    return HomeAssistantError(
        translation_domain=DOMAIN,
        translation_key="engine_error",
        translation_placeholders={"error": str(err)},
    )
