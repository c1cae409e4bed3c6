"""Services against the real engine, with their translated errors."""

from __future__ import annotations

import asyncio

import pytest
import voluptuous as vol
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.smart_mirror.const import DOMAIN
from tests.harness import EngineProcess


async def call(hass: HomeAssistant, service: str, entry: MockConfigEntry, **data: object) -> None:
    await hass.services.async_call(
        DOMAIN, service, {"config_entry_id": entry.entry_id, **data}, blocking=True
    )


async def test_services_and_their_errors(
    hass: HomeAssistant, engine: EngineProcess, entry: MockConfigEntry
) -> None:
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN, "capture", {"config_entry_id": "no-such-entry"}, blocking=True
        )
    assert err.value.translation_key == "unknown_mirror"

    before = len(await asyncio.to_thread(engine.json, "/api/captures"))
    await call(hass, "capture", entry)
    assert len(await asyncio.to_thread(engine.json, "/api/captures")) == before + 1

    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "login", entry, person="Nobody", pin="1234")
    assert err.value.translation_key == "unknown_person"
    with pytest.raises((vol.Invalid, ServiceValidationError)):
        await call(hass, "login", entry, person="Lin-Manuel Miranda", pin="12")

    tester = await asyncio.to_thread(
        engine.json, "/api/persons", method="POST", body={"name": "PIN Tester"}
    )
    await asyncio.to_thread(
        engine.json, f"/api/persons/{tester['id']}/pin", method="PUT", body={"pin": "2468"}
    )
    for _ in range(200):  # a face must be in view for a PIN login
        try:
            await call(hass, "login", entry, person="PIN Tester", pin="0000")
        except ServiceValidationError as refused:
            if refused.translation_key == "wrong_pin":
                break
        await asyncio.sleep(0.1)
    else:
        pytest.fail("never got to the PIN check")

    await call(hass, "forget_person", entry, person="PIN Tester")
    names = [p["name"] for p in await asyncio.to_thread(engine.json, "/api/persons")]
    assert "PIN Tester" not in names
    await call(hass, "retrain", entry, kind="identity")
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
