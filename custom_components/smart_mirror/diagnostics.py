"""Diagnostics: what support needs, without the token or anyone's data."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.const import CONF_TOKEN
from homeassistant.core import HomeAssistant

from . import MirrorConfigEntry

TO_REDACT = {
    CONF_TOKEN,
    "token",
    "pin",
    "person",
    "persons",
    "ha_person",
    "name",
    "person_id",
    "session",
    "assessment",
}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: MirrorConfigEntry
) -> dict[str, Any]:
    coordinator = entry.runtime_data
    state = asdict(coordinator.data) if coordinator.data else {}
    return {
        "entry": async_redact_data(dict(entry.data), TO_REDACT),
        "engine": async_redact_data(state.get("status", {}), TO_REDACT),
        "session_state": coordinator.data.session_state if coordinator.data else None,
        "enrolled": len(coordinator.data.persons) if coordinator.data else 0,
        "state": async_redact_data(state, TO_REDACT),
        "last_update_success": coordinator.last_update_success,
    }
