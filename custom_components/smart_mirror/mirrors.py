"""Which config entries are mirrors, and the one way to find a loaded one.

The integration's entries are mirror engines and, beside them, linked Google
accounts (OAuth2 entries that hold no ``MirrorData``)."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError

from .const import DOMAIN
from .data import MirrorData
from .info.google import is_google_account

__all__ = ["first_mirror", "is_google_account", "loaded_mirror", "service_mirror"]


def loaded_mirror(hass: HomeAssistant, entry_id: str) -> MirrorData | None:
    """The runtime data of a loaded mirror entry; None for anything else."""
    entry = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.domain != DOMAIN:
        return None
    mirror = getattr(entry, "runtime_data", None)
    return mirror if isinstance(mirror, MirrorData) else None


def first_mirror(hass: HomeAssistant) -> MirrorData | None:
    """Voice has no device to pick a mirror by: the first loaded one."""
    for entry in hass.config_entries.async_loaded_entries(DOMAIN):
        if (mirror := loaded_mirror(hass, entry.entry_id)) is not None:
            return mirror
    return None


def service_mirror(hass: HomeAssistant, entry_id: str) -> MirrorData:
    """The loaded mirror an action names, or the translated ``unknown_mirror``
    (also for a Google account's entry id)."""
    if (mirror := loaded_mirror(hass, entry_id)) is None:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="unknown_mirror",
            translation_placeholders={"entry": entry_id},
        )
    return mirror
