"""The mirror panel: one ES module built from mirror_frontend/ (committed, as
HACS installs this folder as it is), served by Home Assistant and registered
as a custom panel. Its URL carries a hash of the file, so a new release is
never hidden behind a browser's cache."""

from __future__ import annotations

import hashlib
from pathlib import Path

from homeassistant.components.frontend import async_remove_panel
from homeassistant.components.http import StaticPathConfig
from homeassistant.components.panel_custom import async_register_panel
from homeassistant.core import HomeAssistant

FRONTEND = Path(__file__).parent / "frontend"
MODULE = "smart-mirror-panel.js"
STATIC_URL = "/smart_mirror_frontend"
PANEL_URL = "smart-mirror"
ELEMENT = "smart-mirror-panel"
STATIC_KEY = "smart_mirror_static"


def module_url(version: str) -> str:
    return f"{STATIC_URL}/{MODULE}?v={version}"


def _version() -> str:
    return hashlib.sha256((FRONTEND / MODULE).read_bytes()).hexdigest()[:12]


async def async_register(hass: HomeAssistant, entry_id: str) -> None:
    """Serve the module and add the panel (one panel; it shows the first mirror
    unless the URL names another with ?entry=)."""
    if PANEL_URL in hass.data.get("frontend_panels", {}):
        return
    version = await hass.async_add_executor_job(_version)
    if not hass.data.get(STATIC_KEY):  # a route cannot be removed: add it once
        await hass.http.async_register_static_paths(
            [StaticPathConfig(STATIC_URL, str(FRONTEND), cache_headers=True)]
        )
        hass.data[STATIC_KEY] = True
    await async_register_panel(
        hass,
        frontend_url_path=PANEL_URL,
        webcomponent_name=ELEMENT,
        module_url=module_url(version),
        sidebar_title="Mirror",
        sidebar_icon="mdi:mirror",
        require_admin=False,
        config={"entry_id": entry_id},
    )


def async_unregister(hass: HomeAssistant) -> None:
    if PANEL_URL in hass.data.get("frontend_panels", {}):
        async_remove_panel(hass, PANEL_URL)
