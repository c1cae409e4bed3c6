"""A household for the panel's journey: a real Home Assistant with people, a
calendar of its own, and a second, non-admin user whose Home Assistant
language is Korean.

The calendar is a tiny custom integration (Home Assistant's local calendar
needs a library this venv does not have). The config folder's
custom_components/ is not enough on the minimum release: the harness puts the
repository on PYTHONPATH, so ``custom_components`` is the repository's
namespace package, which Home Assistant's loader sees only with the config
folder mounted for a moment. So it is also written into a folder of its own
that joins that namespace on PYTHONPATH (the current release, run in its own
root with a clean environment, finds it in the config folder)."""

from __future__ import annotations

import asyncio
import json
import os
import time
from pathlib import Path
from typing import Any

import aiohttp

from devkit.harness import ROOT
from devkit.home_assistant import HomeAssistantProcess

CALENDAR_DOMAIN = "household_calendar"

_MANIFEST = {
    "domain": CALENDAR_DOMAIN,
    "name": "Household calendar (tests)",
    "version": "1.0.0",
    "codeowners": [],
    "documentation": "https://example.invalid",
    "iot_class": "local_polling",
    "requirements": [],
}

# calendar.<slug> entities, each with one event tomorrow at 9:00
_PLATFORM = '''
"""Calendars for the panel's journey: one event each, tomorrow."""
from __future__ import annotations

import datetime as dt

from homeassistant.components.calendar import CalendarEntity, CalendarEvent
from homeassistant.util import dt as dt_util


async def async_setup_platform(hass, config, async_add_entities, discovery_info=None):
    async_add_entities(
        [HouseholdCalendar(name, summary) for name, summary in config.get("calendars", {}).items()]
    )


class HouseholdCalendar(CalendarEntity):
    def __init__(self, name: str, summary: str) -> None:
        self._attr_name = name
        self._attr_unique_id = f"household_calendar_{name}"
        self._summary = summary

    def _event(self) -> CalendarEvent:
        start = dt_util.start_of_local_day() + dt.timedelta(days=1, hours=9)
        return CalendarEvent(start=start, end=start + dt.timedelta(hours=1), summary=self._summary)

    @property
    def event(self) -> CalendarEvent:
        return self._event()

    async def async_get_events(self, hass, start_date, end_date):
        event = self._event()
        return [event] if start_date <= event.start < end_date else []
'''


class HouseholdHomeAssistant(HomeAssistantProcess):
    """A Home Assistant with ``calendars`` (name -> the summary of its one event)."""

    def __init__(self, config_dir: Path, calendars: dict[str, str], **kwargs: Any) -> None:
        super().__init__(config_dir, **kwargs)
        self.calendars = calendars

    @property
    def extra_path(self) -> Path:
        """A folder whose custom_components/ joins the repository's namespace."""
        return self.config_dir / "extra"

    def hass_command(self) -> list[str]:  # type: ignore[override]
        """``hass`` with the extra folder on PYTHONPATH (``env`` sets it over the harness's)."""
        path = os.pathsep.join([str(ROOT / "addon"), str(self.extra_path), str(ROOT)])
        return ["env", f"PYTHONPATH={path}", *HomeAssistantProcess.hass_command()]

    def _write_config(self) -> None:
        super()._write_config()
        for folder in (self.extra_path, self.config_dir):
            component = folder / "custom_components" / CALENDAR_DOMAIN
            component.mkdir(parents=True, exist_ok=True)
            (component / "__init__.py").write_text('"""Calendars for tests."""\n')
            (component / "manifest.json").write_text(json.dumps(_MANIFEST))
            (component / "calendar.py").write_text(_PLATFORM)
        entries = "".join(f"      {name}: {summary}\n" for name, summary in self.calendars.items())
        with (self.config_dir / "configuration.yaml").open("a") as config:
            config.write(f"calendar:\n  - platform: {CALENDAR_DOMAIN}\n    calendars:\n{entries}")

    def add_user(
        self, name: str, username: str, password: str, *, language: str = "en"
    ) -> dict[str, Any]:
        """A household member (not an admin) who logs in with a password and has
        chosen ``language`` in their profile; their browser tokens."""
        created = asyncio.run(
            self.websocket(
                {"type": "config/auth/create", "name": name, "group_ids": ["system-users"]}
            )
        )
        assert created["success"], created
        user_id = created["result"]["user"]["id"]
        credentials = asyncio.run(
            self.websocket(
                {
                    "type": "config/auth_provider/homeassistant/create",
                    "user_id": user_id,
                    "username": username,
                    "password": password,
                }
            )
        )
        assert credentials["success"], credentials
        flow = self.request(
            "/auth/login_flow",
            {
                "client_id": self.client_id,
                "handler": ["homeassistant", None],
                "redirect_uri": self.client_id,
            },
            auth=False,
        )
        done = self.request(
            f"/auth/login_flow/{flow['flow_id']}",
            {"username": username, "password": password, "client_id": self.client_id},
            auth=False,
        )
        assert done["type"] == "create_entry", done
        tokens = self.login(done["result"])
        asyncio.run(
            _as_user(
                self.base,
                tokens["access_token"],
                {
                    "type": "frontend/set_user_data",
                    "key": "language",
                    "value": {
                        "language": language,
                        "number_format": "language",
                        "time_format": "language",
                    },
                },
            )
        )
        return {
            **tokens,
            "hassUrl": self.base,
            "clientId": self.client_id,
            "expires": int(time.time() * 1000) + int(tokens["expires_in"]) * 1000,
        }


async def _as_user(base: str, token: str, message: dict[str, Any]) -> dict[str, Any]:
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(base + "/api/websocket") as ws,
    ):
        await ws.receive_json()
        await ws.send_json({"type": "auth", "access_token": token})
        assert (await ws.receive_json())["type"] == "auth_ok"
        await ws.send_json({"id": 1, **message})
        while True:
            answer: dict[str, Any] = await ws.receive_json(timeout=30)
            if answer.get("id") == 1:
                assert answer.get("success"), answer
                return answer
