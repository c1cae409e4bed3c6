"""Diagnostics: what support needs, without the token or anyone's data."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, cast

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.const import CONF_TOKEN
from homeassistant.core import HomeAssistant

from .coordinator import MirrorState
from .data import MirrorConfigEntry
from .household import HouseholdConfigEntry, is_household_server

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
    hass: HomeAssistant, entry: MirrorConfigEntry | HouseholdConfigEntry
) -> dict[str, Any]:
    if is_household_server(entry):
        server = cast(HouseholdConfigEntry, entry).runtime_data.coordinator
        return {
            "entry": async_redact_data(dict(entry.data), TO_REDACT),
            "household": async_redact_data(server.data.raw if server.data else {}, TO_REDACT),
            "last_update_success": server.last_update_success,
        }
    entry = cast(MirrorConfigEntry, entry)
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
