"""Setting a mirror up: a failure leaves nothing half set up, so the retry
works; voice that this Home Assistant cannot take is off with one warning and
everything else loads (a real engine on the shared clip)."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers import intent
from homeassistant.setup import async_setup_component

from custom_components.smart_mirror import PLATFORMS, assist
from devkit.harness import EngineProcess
from tests.integration.conftest import set_up_mirror
from tests.integration.test_intents import say

HALF_SET_UP = "already been setup"


def state_of(entry: Any) -> ConfigEntryState:
    """The entry's state now (read through a call: it changes under the test)."""
    state: ConfigEntryState = entry.state
    return state


def mirror_entities(hass: HomeAssistant, entry_id: str) -> set[str]:
    return {e.domain for e in er.async_entries_for_config_entry(er.async_get(hass), entry_id)}


async def retried_cleanly(
    hass: HomeAssistant, entry: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The retry loads every platform, none of them "already set up"."""
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert state_of(entry) is ConfigEntryState.LOADED
    assert HALF_SET_UP not in caplog.text
    assert mirror_entities(hass, entry.entry_id) == {str(p) for p in PLATFORMS}
    for domain in ("binary_sensor", "button", "camera", "switch"):
        assert hass.states.async_entity_ids(domain), domain
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_a_failing_voice_setup_is_retried_cleanly(
    hass: HomeAssistant,
    engine: EngineProcess,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def broken(hass: HomeAssistant) -> None:
        raise RuntimeError("voice broke")

    monkeypatch.setattr(assist, "async_setup", broken)
    entry = await set_up_mirror(hass, engine)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    assert "voice broke" in caplog.text
    assert hass.states.async_entity_ids("camera") == []  # no platform was left set up

    monkeypatch.undo()
    await retried_cleanly(hass, entry, caplog)


async def test_a_setup_failing_among_the_platforms_is_retried_cleanly(
    hass: HomeAssistant,
    engine: EngineProcess,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    forward = hass.config_entries.async_forward_entry_setups

    async def some_then_fail(entry: Any, platforms: Any) -> None:
        await forward(entry, list(platforms)[:3])
        raise RuntimeError("a platform broke")

    monkeypatch.setattr(hass.config_entries, "async_forward_entry_setups", some_then_fail)
    entry = await set_up_mirror(hass, engine)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    assert "a platform broke" in caplog.text
    monkeypatch.undo()
    await retried_cleanly(hass, entry, caplog)


async def test_voice_this_home_assistant_cannot_take_is_off_with_one_warning(
    hass: HomeAssistant,
    engine: EngineProcess,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})

    async def refused(*args: Any, **kwargs: Any) -> None:
        raise HomeAssistantError("no conversation triggers here")

    monkeypatch.setattr(assist, "async_initialize_triggers", refused)
    caplog.set_level(logging.WARNING)
    entry = await set_up_mirror(hass, engine)
    assert entry.state is ConfigEntryState.LOADED  # everything else works
    assert hass.states.async_entity_ids("camera")
    warnings = [
        r
        for r in caplog.records
        if r.levelno >= logging.WARNING and r.name.startswith("custom_components.smart_mirror")
    ]
    assert [r.getMessage() for r in warnings] == [
        "Voice commands are off: this Home Assistant did not take the mirror's sentences "
        "as conversation triggers (no conversation triggers here). Everything else works"
    ]
    # no sentence of ours answers, yet the intents serve intent and LLM callers
    assert await say(hass, "hide the weather") != "Hiding the weather widget."
    response = await intent.async_handle(hass, "test", "SmartMirrorWhoAmI", language="en")
    assert response.speech["plain"]["speech"]
    assert await hass.config_entries.async_unload(entry.entry_id)
