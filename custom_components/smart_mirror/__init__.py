"""The Smart Mirror integration: the mirror's engine in Home Assistant."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any, cast

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN, Platform
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ConfigEntryAuthFailed
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.typing import ConfigType

from . import assist, panel, services, stream_proxy, ws_commands
from .api import EngineClient
from .const import DOMAIN
from .coordinator import MirrorCoordinator
from .data import MirrorConfigEntry, MirrorData
from .household import (
    HouseholdConfigEntry,
    HouseholdCoordinator,
    HouseholdData,
    is_household_server,
)
from .info import Owner
from .info.google import GoogleAccount, GoogleAuthFailed
from .mirrors import is_google_account
from .options_flow import RELOADS_ITSELF

PLATFORMS = [
    Platform.BINARY_SENSOR,
    Platform.BUTTON,
    Platform.CAMERA,
    Platform.EVENT,
    Platform.IMAGE,
    Platform.SENSOR,
    Platform.SWITCH,
]

# a household server (no camera, no session): its device's diagnostic sensors
SERVER_PLATFORMS = [Platform.SENSOR]

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    services.async_register(hass)
    ws_commands.async_register(hass)
    stream_proxy.async_register(hass)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: MirrorConfigEntry) -> bool:
    if is_google_account(entry):
        return await _setup_google_account(hass, entry)
    if is_household_server(entry):
        return await _setup_household_server(hass, cast(HouseholdConfigEntry, entry))
    client = EngineClient(
        async_get_clientsession(hass),
        entry.data[CONF_HOST],
        entry.data[CONF_PORT],
        entry.data[CONF_TOKEN],
    )
    coordinator = MirrorCoordinator(hass, entry, client)
    await coordinator.async_config_entry_first_refresh()
    # The parts shared by all mirrors first: if one of them fails, no platform
    # of this entry is set up yet, so a retry does not find one "already set up".
    await assist.async_setup(hass)  # voice: with the first mirror
    if "frontend" in hass.config.components:  # not on a headless Home Assistant
        await panel.async_register(hass, entry.entry_id)
    mirror = MirrorData(
        client=client,
        coordinator=coordinator,
        info=coordinator.info,  # the personal sensors listen to it
        loaded_options=_reloading_options(entry.options),
    )
    entry.runtime_data = mirror
    info = mirror.info

    @callback
    def follow_session() -> None:
        """Personal information follows the verified person's session (the first
        listener: personal data goes before the entities see the session end)."""
        state = coordinator.data
        person, session_id = state.person, state.session_id
        if person is None or session_id is None:
            info.personal.follow(None)
            return
        enrolled = state.enrolled(person.id)
        owner = Owner(person.id, session_id, enrolled.ha_person if enrolled else None)
        info.personal.follow(owner, visible=state.session.present)

    entry.async_on_unload(coordinator.async_add_listener(follow_session))
    entry.async_on_unload(mirror.stop_relays)  # a new role or a gone mirror: reconnect
    # listening before the platforms: no engine event is missed in between
    events = entry.async_create_background_task(hass, coordinator.listen(), "smart_mirror events")
    try:
        await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    except Exception:
        events.cancel()
        await _unload_platforms(hass, entry)
        _last_mirror_gone(hass, entry)
        raise
    info.start()
    entry.async_on_unload(info.stop)
    if not RELOADS_ITSELF:
        entry.async_on_unload(entry.add_update_listener(_options_changed))
    return True


async def _setup_household_server(hass: HomeAssistant, entry: HouseholdConfigEntry) -> bool:
    """The household's server: its people and its mirrors' syncs, polled."""
    client = EngineClient(
        async_get_clientsession(hass),
        entry.data[CONF_HOST],
        entry.data[CONF_PORT],
        entry.data[CONF_TOKEN],
    )
    coordinator = HouseholdCoordinator(hass, entry, client)
    await coordinator.async_config_entry_first_refresh()
    entry.runtime_data = HouseholdData(client=client, coordinator=coordinator)
    await hass.config_entries.async_forward_entry_setups(entry, SERVER_PLATFORMS)
    return True


async def _unload_platforms(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """Unload the platforms a failed setup got to (each on its own: some never loaded)."""
    for platform in PLATFORMS:
        with contextlib.suppress(ValueError):  # "never loaded"
            await hass.config_entries.async_unload_platforms(entry, [platform])


@callback
def _last_mirror_gone(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """No panel and no voice once no other mirror is loaded."""
    mirrors = [
        e
        for e in hass.config_entries.async_loaded_entries(DOMAIN)
        if e.entry_id != entry.entry_id and not is_google_account(e) and not is_household_server(e)
    ]
    if not mirrors:
        panel.async_unregister(hass)
        assist.async_unload(hass)


async def _options_changed(hass: HomeAssistant, entry: MirrorConfigEntry) -> None:
    """New sources, display users or sensors: reload. Calendars are read when
    a session starts, and pruned after a forget: no reload for them."""
    if _reloading_options(entry.options) != entry.runtime_data.loaded_options:
        await hass.config_entries.async_reload(entry.entry_id)


def _reloading_options(options: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in options.items() if key != "calendars"}


async def _setup_google_account(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    """Check the token works; a refused one starts this account's reauth."""
    try:
        await GoogleAccount(hass, entry).token()
    except GoogleAuthFailed as err:
        raise ConfigEntryAuthFailed(str(err)) from err
    return True


async def async_unload_entry(hass: HomeAssistant, entry: MirrorConfigEntry) -> bool:
    if is_google_account(entry):
        return True
    if is_household_server(entry):
        return await hass.config_entries.async_unload_platforms(entry, SERVER_PLATFORMS)
    _last_mirror_gone(hass, entry)
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
