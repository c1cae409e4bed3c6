"""What Home Assistant keeps of a person the engine has forgotten.

The engine deletes the person's rows, faces, captures and diary (the engine's
``forget``), whoever asked it to. Home Assistant follows the engine's
``person_forgotten`` and ``persons`` events, so a forget through the service,
the panel or the engine's own API all end here:

- the entry's options keyed by the person's id (their calendars) go;
- the recorder's history of the mirror's entities whose states name or
  describe a person (the person sensor and, if enabled, the personal sensors)
  is purged, everybody's: the recorder cannot purge by state value;
- the restore-state store is written again at once (the recognition event
  entity, the only restored entity, never names anyone).

What remains, and why: the bus events ``smart_mirror_person_recognized`` /
``smart_mirror_session_ended`` carry the name for automations, and the
recorder keeps events until its ``purge_keep_days`` (10 by default) unless
they are excluded (see the README's privacy section); Home Assistant offers
integrations no way to delete recorded events by content.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers import restore_state

if TYPE_CHECKING:
    from .coordinator import MirrorCoordinator

_LOGGER = logging.getLogger(__name__)

# the unique-id keys of the sensors whose states name or describe a person
PERSONAL_KEYS = frozenset({"person", "age", "emotion", "liveness", "next_event", "unread_mail"})
CALENDARS = "calendars"


def prune_options(hass: HomeAssistant, coordinator: MirrorCoordinator, enrolled: set[int]) -> None:
    """Drop the options of persons no longer enrolled (ids are never reused)."""
    entry = coordinator.config_entry
    calendars: dict[str, list[str]] = dict(entry.options.get(CALENDARS, {}))
    kept = {
        key: value for key, value in calendars.items() if key.isdigit() and int(key) in enrolled
    }
    if kept != calendars:
        hass.config_entries.async_update_entry(entry, options={**entry.options, CALENDARS: kept})


def personal_entity_ids(hass: HomeAssistant, coordinator: MirrorCoordinator) -> list[str]:
    prefix = f"{coordinator.engine_id}_"
    registry = er.async_get(hass)
    return sorted(
        entity.entity_id
        for entity in er.async_entries_for_config_entry(registry, coordinator.config_entry.entry_id)
        if entity.unique_id.removeprefix(prefix) in PERSONAL_KEYS
    )


async def forget_in_home_assistant(hass: HomeAssistant, coordinator: MirrorCoordinator) -> None:
    """After the engine forgot someone: purge what Home Assistant stored."""
    entity_ids = personal_entity_ids(hass, coordinator)
    if entity_ids and hass.services.has_service("recorder", "purge_entities"):
        await hass.services.async_call(
            "recorder", "purge_entities", {"entity_id": entity_ids, "keep_days": 0}, blocking=True
        )
    await restore_state.async_get(hass).async_dump_states()
    _LOGGER.debug("forgotten person: purged the history of %s", entity_ids)
