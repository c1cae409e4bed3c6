"""Who may see and do what (the README's permission model).

- An **admin** changes how the mirror decides: recognition distance, liveness,
  enrolment, forget, PINs, the ML tier.
- A **display** is a Home Assistant user the mirror's options name as the wall
  screen. Displays and admins receive the session's id and the verified
  person's own data; the engine still answers only while that person's face is
  in front of the mirror. Admins are included because they can read the
  engine's data folder and every backup anyway: refusing them would protect
  nothing and leave a first-run mirror (logged in as its admin) without its
  personal widgets.
- Every other **household member** sees the picture, who is at the mirror and
  the public information, and may show or hide widgets, capture and end a
  session; never another person's data.

Calls without a user (automations, scripts run by Home Assistant itself) act
as Home Assistant, as core's admin services do.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from functools import wraps
from typing import Any

from homeassistant.auth.models import User
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.exceptions import Unauthorized, UnknownUser

CONF_DISPLAY_USERS = "display_users"
CONF_PERSONAL_SENSORS = "personal_sensors"


def display_users(entry: ConfigEntry) -> list[str]:
    return list(entry.options.get(CONF_DISPLAY_USERS, []))


def sees_personal(entry: ConfigEntry, user: User | None) -> bool:
    """May this user receive session ids and the verified person's data?"""
    if user is None or not user.is_active or user.system_generated:
        return False
    return user.is_admin or user.id in display_users(entry)


async def call_user(hass: HomeAssistant, call: ServiceCall) -> User | None:
    """The user behind a service call; None when Home Assistant itself calls."""
    if call.context.user_id is None:
        return None
    user = await hass.auth.async_get_user(call.context.user_id)
    if user is None:
        raise UnknownUser(context=call.context)
    return user


def admin_only[R](
    hass: HomeAssistant, handler: Callable[[ServiceCall], Coroutine[Any, Any, R]]
) -> Callable[[ServiceCall], Coroutine[Any, Any, R]]:
    """A service only admins (or Home Assistant itself) may call; as core's
    ``async_register_admin_service``, which cannot return a response."""

    @wraps(handler)
    async def checked(call: ServiceCall) -> R:
        user = await call_user(hass, call)
        if user is not None and not user.is_admin:
            raise Unauthorized(context=call.context, permission="admin")
        return await handler(call)

    return checked


def redact_event(event: dict[str, Any]) -> dict[str, Any] | None:
    """An engine event as a household member may receive it: without session
    ids (the key to personal data) and without the verified person's own
    readings; None for events that are only the owner's."""
    kind = event.get("type")
    if kind in OWNER_EVENTS:
        return None
    redacted: dict[str, Any] = _without_session_ids(event)
    return redacted


# the owner's face readings and personal model work
OWNER_EVENTS = frozenset({"assessment", "calibration", "training", "enrolment"})


def _without_session_ids(value: Any, in_session: bool = False) -> Any:
    if isinstance(value, dict):
        return {
            key: _without_session_ids(item, key == "session")
            for key, item in value.items()
            if key != "session_id" and not (in_session and key == "id")
        }
    if isinstance(value, list):
        return [_without_session_ids(item) for item in value]
    return value
