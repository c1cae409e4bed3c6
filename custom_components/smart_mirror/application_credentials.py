"""Google accounts are linked with Home Assistant's application credentials."""

from __future__ import annotations

from homeassistant.components.application_credentials import AuthorizationServer
from homeassistant.core import HomeAssistant

from .info import google


async def async_get_authorization_server(hass: HomeAssistant) -> AuthorizationServer:
    return AuthorizationServer(authorize_url=google.OAUTH2_AUTHORIZE, token_url=google.OAUTH2_TOKEN)


async def async_get_description_placeholders(hass: HomeAssistant) -> dict[str, str]:
    return {
        "console_url": "https://console.cloud.google.com/apis/credentials",
        "more_info_url": "https://github.com/smart-mirror-ha/smart-mirror#google-accounts",
    }
