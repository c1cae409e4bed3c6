"""What a loaded mirror entry holds while it runs (``entry.runtime_data``).

A linked Google account's entry holds none: ``mirrors.loaded_mirror`` tells the
two apart by this type."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from homeassistant.config_entries import ConfigEntry

from .api import EngineClient
from .coordinator import MirrorCoordinator
from .info import InfoHub

type MirrorConfigEntry = ConfigEntry[MirrorData]


@dataclass(frozen=True, kw_only=True)
class MirrorData:
    client: EngineClient
    coordinator: MirrorCoordinator  # the engine's pushed state, for the entities
    info: InfoHub  # the coordinator's information services (public and personal)
    # the options the entry was set up with: a change of any but the calendars reloads
    loaded_options: dict[str, Any]
    relays: set[asyncio.Task[Any]] = field(default_factory=set)  # the panel streams relayed now

    def stop_relays(self) -> None:
        """A new role or a gone mirror: the panels reconnect (and are checked again)."""
        for relay in list(self.relays):
            relay.cancel()
