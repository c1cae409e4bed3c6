"""Repairs: an engine gone for long, and an engine from another release."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.smart_mirror import coordinator
from custom_components.smart_mirror.const import DOMAIN
from devkit.ha_testing import until
from devkit.harness import EngineProcess
from tests.integration.conftest import set_up_mirror


def state_of(entry: MockConfigEntry) -> ConfigEntryState:
    state: ConfigEntryState = entry.state  # read afresh, not narrowed by an earlier assert
    return state


async def test_an_engine_gone_for_long_is_a_repair_issue_until_it_returns(
    hass: HomeAssistant,
    tmp_path: Path,
    engines: list[EngineProcess],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(coordinator, "UNREACHABLE_AFTER", 0)  # "long" is 15 minutes
    engine = EngineProcess(tmp_path, "--source", "pattern", "--log-level", "warning")
    engines.append(await asyncio.to_thread(engine.start))
    entry = await set_up_mirror(hass, engine)
    issues = ir.async_get(hass)
    issue_id = f"unreachable_{entry.entry_id}"
    assert issues.async_get_issue(DOMAIN, issue_id) is None
    await asyncio.to_thread(engine.stop)
    await until(lambda: issues.async_get_issue(DOMAIN, issue_id) is not None, 15)
    issue = issues.async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.translation_key == "unreachable"
    assert issue.translation_placeholders == {"url": engine.base, "minutes": "0"}
    await asyncio.to_thread(engine.start)
    await until(lambda: issues.async_get_issue(DOMAIN, issue_id) is None, 60)
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_an_engine_of_another_api_version_is_refused_with_a_repair_issue(
    hass: HomeAssistant,
    tmp_path: Path,
    engines: list[EngineProcess],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = EngineProcess(tmp_path, "--source", "pattern", "--log-level", "warning")
    engines.append(await asyncio.to_thread(engine.start))
    monkeypatch.setattr(coordinator, "ENGINE_API_VERSION", 99)  # as if HA had a newer release
    entry = await set_up_mirror(hass, engine)
    assert state_of(entry) is ConfigEntryState.SETUP_ERROR
    issue = ir.async_get(hass).async_get_issue(DOMAIN, f"incompatible_api_{entry.entry_id}")
    assert issue is not None
    assert issue.severity is ir.IssueSeverity.ERROR
    assert issue.translation_placeholders == {
        "engine": "1",
        "integration": "99",
        "url": engine.base,
    }
    monkeypatch.setattr(coordinator, "ENGINE_API_VERSION", 1)  # both updated
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert state_of(entry) is ConfigEntryState.LOADED
    assert ir.async_get(hass).async_get_issue(DOMAIN, f"incompatible_api_{entry.entry_id}") is None
    assert await hass.config_entries.async_unload(entry.entry_id)
