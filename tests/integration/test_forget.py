"""``forget`` forgets everywhere: the engine's files and Home Assistant's
stored state (recorder, restore state, the entry's options), and a newcomer
never inherits anything of the forgotten person. Its own module: the engine
it forgets him on is its own."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
from homeassistant.components.recorder.core import Recorder
from homeassistant.components.recorder.history import state_changes_during_period
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import restore_state
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)

from custom_components.smart_mirror.const import DOMAIN
from devkit.ha_testing import until
from devkit.harness import EngineProcess
from tests.integration.conftest import set_up_mirror

NAME = "Lin-Manuel Miranda"


@pytest.fixture
def mock_recorder_before_hass(async_test_recorder: Any) -> None:
    """The recorder's database is prepared before Home Assistant starts."""


PERSON = "sensor.smart_mirror_current_person"


async def _history(hass: HomeAssistant, recorder: Recorder, entity_id: str) -> list[str]:
    start = dt_util.utcnow() - timedelta(hours=1)
    changes = await recorder.async_add_executor_job(
        state_changes_during_period, hass, start, None, entity_id
    )
    return [s.state for s in changes.get(entity_id, [])]


async def test_forget_leaves_no_trace_and_a_newcomer_inherits_nothing(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    engine: EngineProcess,
) -> None:
    persons = await asyncio.to_thread(engine.json, "/api/persons")
    lin = next(p for p in persons if p["name"] == NAME)
    calendars = {str(lin["id"]): ["calendar.lin"]}
    entry = await set_up_mirror(hass, engine, {"calendars": calendars})
    admin = await hass.auth.async_create_user("Parent", group_ids=["system-admin"])

    await until(lambda: (s := hass.states.get(PERSON)) and s.state == NAME, 60)
    await hass.services.async_call(
        "button", "press", {"entity_id": "button.smart_mirror_capture"}, blocking=True
    )  # taken in his session: his
    captures = await asyncio.to_thread(engine.json, "/api/captures")
    assert captures
    await until(lambda: (s := hass.states.get("sensor.smart_mirror_age")) and s.state != "unknown")
    await async_wait_recording_done(hass)
    assert NAME in await _history(hass, recorder_mock, PERSON)  # recorded, as any state

    forget = {"config_entry_id": entry.entry_id, "person": "lin-manuel MIRANDA"}  # one rule
    await hass.services.async_call(
        DOMAIN, "forget_person", forget, blocking=True, context=Context(user_id=admin.id)
    )

    # Home Assistant: options, recorder, restore state, entity attributes
    await until(lambda: str(lin["id"]) not in entry.options.get("calendars", {}), 10)
    assert entry.state.name == "LOADED"  # pruning an option does not reload the mirror

    async def history_clean() -> bool:
        await async_wait_recording_done(hass)
        return NAME not in await _history(hass, recorder_mock, PERSON)

    await until(history_clean)  # the recorder no longer has his name
    for personal in ("age", "emotion", "liveness"):
        history = await _history(hass, recorder_mock, f"sensor.smart_mirror_{personal}")
        assert all(s in ("unknown", "unavailable") for s in history), (personal, history)
    await restore_state.async_get(hass).async_dump_states()
    assert NAME not in str(hass_storage.get("core.restore_state"))
    assert str(lin["id"]) not in str(
        hass.states.get("event.smart_mirror_recognition").attributes  # type: ignore[union-attr]
    )
    assert all(NAME not in str(s.as_dict()) for s in hass.states.async_all())

    # the engine: rows, captures of his session, files and the log
    assert NAME not in str(await asyncio.to_thread(engine.json, "/api/persons"))
    left = {c["id"] for c in await asyncio.to_thread(engine.json, "/api/captures")}
    assert not left & {c["id"] for c in captures}
    for path in engine.data_dir.rglob("*"):
        if path.is_file() and path.suffix != ".log":
            assert NAME.encode() not in path.read_bytes(), path
            assert NAME.encode("utf-16-le") not in path.read_bytes(), path
    assert NAME not in engine.log_path.read_text(errors="replace")

    # a newcomer never gets his id, and so none of what was keyed by it
    newcomer = await asyncio.to_thread(
        engine.json, "/api/persons", method="POST", body={"name": "Newcomer"}
    )
    assert newcomer["id"] > lin["id"]
    assert str(newcomer["id"]) not in entry.options.get("calendars", {})
    assert await hass.config_entries.async_unload(entry.entry_id)
