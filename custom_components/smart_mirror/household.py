"""A household server's entry (an engine run with ``--role server``, issue 19).

The server holds the household's people and serves their gallery to every
mirror; it has no camera, no session and no event stream. Its entry has one
device with a few diagnostic sensors (the household's people, its gallery
version, its mirrors, each mirror's last sync), read by polling the server's
``/api/status``. Mirrors keep their own entries, unchanged."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryAuthFailed
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator, UpdateFailed

from .api import EngineClient, EngineError, InvalidAuth
from .const import CONF_ROLE, DOMAIN
from .models import ROLE_SERVER, HouseholdStatus

_LOGGER = logging.getLogger(__name__)
# a mirror syncs every few seconds; what Home Assistant shows of it is diagnostic
POLL = timedelta(seconds=30)

type HouseholdConfigEntry = ConfigEntry[HouseholdData]


def is_household_server(entry: ConfigEntry | Mapping[str, Any]) -> bool:
    """An entry (or its data) of a household server, not of a mirror."""
    data = entry.data if isinstance(entry, ConfigEntry) else entry
    return data.get(CONF_ROLE) == ROLE_SERVER


class HouseholdCoordinator(DataUpdateCoordinator[HouseholdStatus]):
    """The server's ``/api/status``, polled."""

    config_entry: ConfigEntry

    def __init__(self, hass: HomeAssistant, entry: ConfigEntry, client: EngineClient) -> None:
        super().__init__(
            hass, _LOGGER, config_entry=entry, name=f"{DOMAIN} household", update_interval=POLL
        )
        self.client = client
        self.engine_id = str(entry.unique_id)

    async def _async_update_data(self) -> HouseholdStatus:
        try:
            return await self.client.household_status()
        except InvalidAuth as err:
            raise ConfigEntryAuthFailed(str(err)) from err  # starts the reauth flow
        except EngineError as err:
            raise UpdateFailed(str(err)) from err


@dataclass(frozen=True, kw_only=True)
class HouseholdData:
    """What a loaded household server entry holds (``entry.runtime_data``)."""

    client: EngineClient
    coordinator: HouseholdCoordinator


def mirror_name(hass: HomeAssistant, engine_id: str) -> str | None:
    """The name Home Assistant knows a mirror engine by (its device's name given
    by the user, else its entry's title); None when no entry has it."""
    entry = hass.config_entries.async_entry_for_domain_unique_id(DOMAIN, engine_id)
    if entry is None:
        return None
    # device identifiers are unique only within an entry: that entry's own
    for device in dr.async_entries_for_config_entry(dr.async_get(hass), entry.entry_id):
        if (DOMAIN, engine_id) in device.identifiers and device.name_by_user:
            return device.name_by_user
    return entry.title


def is_household_server_device(hass: HomeAssistant, device_id: str) -> bool:
    """The device is a household server's (of any of its entries, loaded or not)."""
    registry = dr.async_get(hass)
    return any(
        device.id == device_id
        for entry in hass.config_entries.async_entries(DOMAIN)
        if is_household_server(entry)
        for device in dr.async_entries_for_config_entry(registry, entry.entry_id)
    )


def loaded_servers(hass: HomeAssistant) -> list[HouseholdData]:
    """Every loaded household server entry's runtime data."""
    found = []
    for entry in hass.config_entries.async_loaded_entries(DOMAIN):
        data = getattr(entry, "runtime_data", None)
        if isinstance(data, HouseholdData):
            found.append(data)
    return found


def server_of(hass: HomeAssistant, url: str | None) -> HouseholdData | None:
    """The loaded server entry a mirror syncs with (its ``server`` URL); the one
    loaded server when the URL names it differently (a host name, say)."""
    servers = loaded_servers(hass)
    wanted = (url or "").rstrip("/")
    for server in servers:
        if server.client.base == wanted:
            return server
    return servers[0] if len(servers) == 1 else None
