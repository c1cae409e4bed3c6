"""Config flow: connect to the engine before creating the entry; add-on
discovery through the Supervisor; reauth, reconfigure; options."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import voluptuous as vol
from homeassistant.config_entries import ConfigEntry, ConfigFlow, ConfigFlowResult
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.core import callback
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.service_info.hassio import HassioServiceInfo

from .api import CannotConnect, EngineClient, EngineError, InvalidAuth
from .const import DEFAULT_HOST, DEFAULT_PORT, DOMAIN, ENGINE_API_VERSION
from .options_flow import MirrorOptionsFlow

USER_SCHEMA = vol.Schema(
    {
        vol.Required(CONF_HOST, default=DEFAULT_HOST): str,
        vol.Required(CONF_PORT, default=DEFAULT_PORT): vol.All(int, vol.Range(1, 65535)),
        vol.Required(CONF_TOKEN): str,
    }
)


class SmartMirrorConfigFlow(ConfigFlow, domain=DOMAIN):
    VERSION = 1

    def __init__(self) -> None:
        self._discovered: dict[str, Any] = {}
        self._addon = "Smart Mirror"

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: ConfigEntry) -> MirrorOptionsFlow:
        return MirrorOptionsFlow()

    async def _probe(self, data: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
        """The engine's health, or the error key to show."""
        client = EngineClient(
            async_get_clientsession(self.hass), data[CONF_HOST], data[CONF_PORT], data[CONF_TOKEN]
        )
        try:
            health = await client.health()
            await client.status()  # proves the token
        except InvalidAuth:
            return None, "invalid_auth"
        except CannotConnect:
            return None, "cannot_connect"
        except EngineError:
            return None, "unknown"
        if health.get("api_version") != ENGINE_API_VERSION:
            return None, "incompatible"
        return health, None

    async def _update(
        self, entry: ConfigEntry, data: dict[str, Any]
    ) -> tuple[ConfigFlowResult | None, dict[str, str]]:
        """Check the engine at ``data`` is this entry's mirror, then save and reload."""
        health, error = await self._probe(data)
        if health is None:
            return None, {"base": str(error)}
        await self.async_set_unique_id(health["engine_id"])
        self._abort_if_unique_id_mismatch(reason="wrong_mirror")
        return self.async_update_reload_and_abort(entry, data=data), {}

    async def async_step_reauth(self, entry_data: Mapping[str, Any]) -> ConfigFlowResult:
        return await self.async_step_reauth_confirm()

    async def async_step_reauth_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """The engine refused the token: ask for the new one."""
        entry = self._get_reauth_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            data = {**entry.data, CONF_TOKEN: user_input[CONF_TOKEN]}
            done, errors = await self._update(entry, data)
            if done is not None:
                return done
        return self.async_show_form(
            step_id="reauth_confirm",
            data_schema=vol.Schema({vol.Required(CONF_TOKEN): str}),
            errors=errors,
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """The engine moved (host, port) or got a new token."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            done, errors = await self._update(entry, user_input)
            if done is not None:
                return done
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=self.add_suggested_values_to_schema(USER_SCHEMA, user_input or entry.data),
            errors=errors,
        )

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        errors: dict[str, str] = {}
        if user_input is not None:
            health, error = await self._probe(user_input)
            if health is not None:
                await self.async_set_unique_id(health["engine_id"])
                self._abort_if_unique_id_configured(updates=user_input)
                return self.async_create_entry(
                    title=f"Smart Mirror ({user_input[CONF_HOST]})", data=user_input
                )
            errors["base"] = str(error)
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(USER_SCHEMA, user_input),
            errors=errors,
        )

    async def async_step_hassio(self, discovery_info: HassioServiceInfo) -> ConfigFlowResult:
        """The add-on announced itself through the Supervisor."""
        config = discovery_info.config
        data = {
            CONF_HOST: str(config[CONF_HOST]),
            CONF_PORT: int(config[CONF_PORT]),
            CONF_TOKEN: str(config[CONF_TOKEN]),
        }
        health, error = await self._probe(data)
        if health is None:
            return self.async_abort(reason=str(error))
        await self.async_set_unique_id(health["engine_id"])
        self._abort_if_unique_id_configured(updates=data)  # e.g. a new token
        self._discovered = data
        self._addon = discovery_info.name
        return await self.async_step_hassio_confirm()

    async def async_step_hassio_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        if user_input is not None:
            return self.async_create_entry(title=self._addon, data=self._discovered)
        self._set_confirm_only()
        return self.async_show_form(
            step_id="hassio_confirm", description_placeholders={"addon": self._addon}
        )
