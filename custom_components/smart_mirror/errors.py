"""One translation of engine failures into Home Assistant errors."""

from __future__ import annotations

from homeassistant.exceptions import HomeAssistantError, ServiceValidationError

from .api import EngineError
from .const import DOMAIN
from .contract import ErrorCode

# Engine error codes a person can act on -> their translated messages.
USER_ERRORS: dict[str, str] = {
    **{
        code.value: code.value
        for code in (
            ErrorCode.WRONG_PIN,
            ErrorCode.LOCKED,
            ErrorCode.NO_FACE,
            ErrorCode.NO_PIN,
            ErrorCode.NO_SESSION,
            ErrorCode.NOT_ENOUGH_FRAMES,
            ErrorCode.NAME_TAKEN,
            ErrorCode.BUSY,
        )
    },
    **dict.fromkeys(
        (
            ErrorCode.NOT_AN_IMAGE,
            ErrorCode.SEVERAL_FACES,
            ErrorCode.LOW_QUALITY,
            ErrorCode.MATCHES_OTHER,
        ),
        "bad_image",
    ),
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
