"""Diagnostics: what support needs, without the token or anyone's data."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.const import CONF_TOKEN
from homeassistant.core import HomeAssistant

from .coordinator import MirrorState
from .data import MirrorConfigEntry

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


def _state(state: MirrorState) -> dict[str, Any]:
    """The pushed state, with the engine's answers as it sent them (not only
    the fields the integration reads of them)."""
    return {
        **asdict(state),
        "status": state.status.raw,
        "session": state.session.raw,
        "settings": state.settings.raw,
    }


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: MirrorConfigEntry
) -> dict[str, Any]:
    coordinator = entry.runtime_data.coordinator
    state = coordinator.data
    return {
        "entry": async_redact_data(dict(entry.data), TO_REDACT),
        "engine": async_redact_data(state.status.raw if state else {}, TO_REDACT),
        "session_state": state.session_state if state else None,
        "enrolled": len(state.persons) if state else 0,
        "state": async_redact_data(_state(state) if state else {}, TO_REDACT),
        "last_update_success": coordinator.last_update_success,
    }
