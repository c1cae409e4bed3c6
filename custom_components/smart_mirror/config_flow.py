"""Config flow: a mirror engine (connect before creating the entry; add-on
discovery through the Supervisor; reauth, reconfigure; options), a
household's server (an engine run with ``--role server``: the same steps, its
entry remembers the role and has no options), or a person's Google account
(OAuth2 with application credentials; its own entry, so a revoked token asks
for that account again, not for the mirror)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import voluptuous as vol
from homeassistant.config_entries import SOURCE_REAUTH, ConfigEntry, ConfigFlowResult
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.core import callback
from homeassistant.helpers import config_entry_oauth2_flow, selector
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.service_info.hassio import HassioServiceInfo

from .api import CannotConnect, EngineClient, EngineError, InvalidAuth
from .const import CONF_ROLE, DEFAULT_HOST, DEFAULT_PORT, DOMAIN, ENGINE_API_VERSION
from .household import is_household_server
from .info import google
from .mirrors import is_google_account
from .models import Health
from .options_flow import MirrorOptionsFlow

USER_SCHEMA = vol.Schema(
    {
        vol.Required(CONF_HOST, default=DEFAULT_HOST): str,
        vol.Required(CONF_PORT, default=DEFAULT_PORT): vol.All(int, vol.Range(1, 65535)),
        vol.Required(CONF_TOKEN): str,
    }
)


class SmartMirrorConfigFlow(config_entry_oauth2_flow.AbstractOAuth2FlowHandler, domain=DOMAIN):
    VERSION = 1
    DOMAIN = DOMAIN

    def __init__(self) -> None:
        super().__init__()
        self._discovered: dict[str, Any] = {}
        self._addon = "Smart Mirror"
        self._google: dict[str, Any] = {}

    @property
    def logger(self) -> logging.Logger:
        return logging.getLogger(__name__)

    @property
    def extra_authorize_data(self) -> dict[str, Any]:
        # offline: a refresh token, so the mirror keeps working without anyone
        return {"scope": " ".join(google.SCOPES), "access_type": "offline", "prompt": "consent"}

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: ConfigEntry) -> MirrorOptionsFlow:
        return MirrorOptionsFlow()

    @classmethod
    @callback
    def async_supports_options_flow(cls, config_entry: ConfigEntry) -> bool:
        # mirrors only: a household server has no camera, sources or display
        return not is_google_account(config_entry) and not is_household_server(config_entry)

    async def _probe(self, data: dict[str, Any]) -> tuple[Health | None, str | None]:
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
        if health.api_version != ENGINE_API_VERSION:
            return None, "incompatible"
        return health, None

    @staticmethod
    def _entry_data(data: Mapping[str, Any], health: Health) -> dict[str, Any]:
        """The entry's data: where the engine is, its token, and ``role: server``
        for a household server (a mirror's data has no role, as before)."""
        kept = {key: value for key, value in data.items() if key != CONF_ROLE}
        return {**kept, CONF_ROLE: health.role} if health.is_server else kept

    def _title(self, host: str, health: Health) -> str:
        return f"Smart Mirror household ({host})" if health.is_server else f"Smart Mirror ({host})"

    async def _update(
        self, step_id: str, entry: ConfigEntry, data: dict[str, Any] | None, schema: vol.Schema
    ) -> ConfigFlowResult:
        """With ``data``: check the engine there is this entry's mirror, then save
        and reload; without it, or when the engine refuses, the step's form."""
        errors: dict[str, str] = {}
        if data is not None:
            health, error = await self._probe(data)
            if health is not None:
                await self.async_set_unique_id(health.engine_id)
                self._abort_if_unique_id_mismatch(reason="wrong_mirror")
                return self.async_update_reload_and_abort(
                    entry, data=self._entry_data(data, health)
                )
            errors["base"] = str(error)
        return self.async_show_form(step_id=step_id, data_schema=schema, errors=errors)

    async def async_step_reauth(self, entry_data: Mapping[str, Any]) -> ConfigFlowResult:
        if is_google_account(entry_data):
            return await self.async_step_reauth_google()
        return await self.async_step_reauth_confirm()

    async def async_step_reauth_google(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Google refused this account's token: sign in to it again."""
        if user_input is None:
            return self.async_show_form(
                step_id="reauth_google",
                description_placeholders={"account": self._get_reauth_entry().title},
            )
        return await self.async_step_pick_implementation()

    async def async_step_reauth_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """The engine refused the token: ask for the new one."""
        entry = self._get_reauth_entry()
        data = None if user_input is None else {**entry.data, CONF_TOKEN: user_input[CONF_TOKEN]}
        schema = vol.Schema({vol.Required(CONF_TOKEN): str})
        return await self._update("reauth_confirm", entry, data, schema)

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """The engine moved (host, port) or got a new token."""
        entry = self._get_reconfigure_entry()
        schema = self.add_suggested_values_to_schema(USER_SCHEMA, user_input or entry.data)
        return await self._update("reconfigure", entry, user_input, schema)

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        return self.async_show_menu(step_id="user", menu_options=["engine", "google"])

    async def async_step_engine(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        errors: dict[str, str] = {}
        if user_input is not None:
            health, error = await self._probe(user_input)
            if health is not None:
                await self.async_set_unique_id(health.engine_id)
                data = self._entry_data(user_input, health)
                self._abort_if_unique_id_configured(updates=data)
                return self.async_create_entry(
                    title=self._title(user_input[CONF_HOST], health), data=data
                )
            errors["base"] = str(error)
        return self.async_show_form(
            step_id="engine",
            data_schema=self.add_suggested_values_to_schema(USER_SCHEMA, user_input),
            errors=errors,
        )

    async def async_step_google(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        return await self.async_step_pick_implementation()

    async def async_oauth_create_entry(self, data: dict[str, Any]) -> ConfigFlowResult:
        """Signed in: whose account is it (a Home Assistant person)?"""
        try:
            email = await self.hass.async_add_executor_job(
                google.profile, data["token"]["access_token"]
            )
        except Exception:
            self.logger.exception("reading the Google profile failed")
            return self.async_abort(reason="oauth_error")
        await self.async_set_unique_id(f"google:{email}")
        if self.source == SOURCE_REAUTH:
            self._abort_if_unique_id_mismatch(reason="wrong_account")
            entry = self._get_reauth_entry()
            return self.async_update_reload_and_abort(entry, data={**entry.data, **data})
        self._abort_if_unique_id_configured()
        self._google = {**data, "email": email}
        return await self.async_step_google_person()

    async def async_step_google_person(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        if user_input is not None:
            return self.async_create_entry(
                title=f"Google: {self._google['email']}",
                data={**self._google, "ha_person": user_input["ha_person"]},
            )
        return self.async_show_form(
            step_id="google_person",
            data_schema=vol.Schema(
                {
                    vol.Required("ha_person"): selector.EntitySelector(
                        selector.EntitySelectorConfig(domain="person")
                    )
                }
            ),
            description_placeholders={"email": self._google["email"]},
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
        await self.async_set_unique_id(health.engine_id)
        data = self._entry_data(data, health)
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
