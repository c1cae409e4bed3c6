"""Every service of the integration on the recorded fake engine: what it asks
the engine for, what it answers, and its translated refusals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.smart_mirror.const import DOMAIN
from devkit.fakes.engine import FakeEngine
from devkit.ha_testing import until


def session_state(hass: HomeAssistant) -> str | None:
    current = hass.states.get("sensor.smart_mirror_session")
    return current.state if current else None


async def call(hass: HomeAssistant, mirror: MockConfigEntry, service: str, **data: Any) -> Any:
    response = hass.services.supports_response(DOMAIN, service) != "none"
    return await hass.services.async_call(
        DOMAIN,
        service,
        {"config_entry_id": mirror.entry_id, **data},
        blocking=True,
        return_response=response,
    )


async def test_widgets_capture_and_logout(
    hass: HomeAssistant, engine: FakeEngine, mirror: MockConfigEntry
) -> None:
    await call(hass, mirror, "hide_widget", widget="evolution")
    await call(hass, mirror, "show_widget", widget="evolution")
    assert engine.called("POST", "/api/toggles") == [{"evolution": False}, {"evolution": True}]
    await call(hass, mirror, "capture")
    assert len(engine.called("POST", "/api/capture")) == 1
    await call(hass, mirror, "logout")
    assert len(engine.called("POST", "/api/session/logout")) == 1
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN, "capture", {"config_entry_id": "no-such-entry"}, blocking=True
        )
    assert err.value.translation_key == "unknown_mirror"


async def test_people_pins_and_logins(
    hass: HomeAssistant, engine: FakeEngine, mirror: MockConfigEntry, tmp_path: Path
) -> None:
    name = engine.person["name"]
    await call(hass, mirror, "set_pin", person=name.upper(), pin="1357")
    person_id = engine.person["id"]
    assert engine.called("PUT", f"/api/persons/{person_id}/pin") == [{"pin": "1357"}]

    with pytest.raises(ServiceValidationError) as err:
        await call(hass, mirror, "login", person=name, pin="0000")
    assert err.value.translation_key == "wrong_pin"
    await call(hass, mirror, "login", person=name, pin="1357")
    await until(lambda: session_state(hass) == "active")
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, mirror, "login", person="Nobody", pin="1234")
    assert err.value.translation_key == "unknown_person"

    # enrol from the media folder: a new person, linked to their HA person
    hass.config.media_dirs = {"local": str(tmp_path)}
    (tmp_path / "anna.jpg").write_bytes(b"\xff\xd8 a photo")
    answer = await call(
        hass,
        mirror,
        "enrol_person",
        person="Anna",
        image="media-source://media_source/local/anna.jpg",
        ha_person="person.anna",
    )
    assert answer["added"] == 1
    created = engine.called("POST", "/api/persons")
    assert created == [{"name": "Anna", "ha_person": "person.anna"}]
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, mirror, "enrol_person", person="Bo", image="/etc/passwd")
    assert err.value.translation_key == "not_in_media"
    live = await call(hass, mirror, "enrol_person", person="Anna")  # more faces, live
    assert live["state"] == "collecting"

    await call(hass, mirror, "forget_person", person="Anna")
    assert "Anna" not in [p["name"] for p in engine.persons]
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, mirror, "forget_person", person="Anna")
    assert err.value.translation_key == "unknown_person"


async def test_training_and_calibration(
    hass: HomeAssistant, engine: FakeEngine, mirror: MockConfigEntry
) -> None:
    await call(hass, mirror, "retrain", kind="expression_head")
    assert engine.called("POST", "/api/trainer/retrain") == [{"kind": "expression_head"}]
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, mirror, "start_calibration", expression="happy")
    assert err.value.translation_key == "no_session"  # nobody's session is open
    await engine.start_session()
    await until(lambda: session_state(hass) == "active")
    answer = await call(hass, mirror, "start_calibration", expression="happy")
    assert answer["label"] == "happy"
    assert engine.called("POST", "/api/me/calibration/collect") == [{"label": "happy"}]


async def test_websocket_commands(
    hass: HomeAssistant,
    engine: FakeEngine,
    mirror: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    ws = await hass_ws_client(hass)
    entry = {"entry_id": mirror.entry_id}

    async def ask(kind: str, **data: Any) -> dict[str, Any]:
        await ws.send_json_auto_id({"type": f"smart_mirror/{kind}", **entry, **data})
        answer: dict[str, Any] = await ws.receive_json()
        return answer

    settings = await ask("settings")
    assert settings["result"]["leave_timeout"] == engine.settings["leave_timeout"]
    changed = await ask("settings", changes={"leave_timeout": 4})
    assert changed["result"]["leave_timeout"] == 4
    too_short = await ask("settings", changes={"leave_timeout": 0})
    assert too_short["error"]["code"] == "invalid_format"  # below the contract's range
    assert engine.called("PATCH", "/api/settings") == [{"leave_timeout": 4.0}]

    session = await engine.start_session()
    await until(lambda: session_state(hass) == "active")
    diary = await ask("me", session_id=session["session"]["id"], path="evolution/daily")
    assert diary["result"] == engine.answer("evolution_daily")
    other = await ask("me", session_id="someone-else", path="diary")
    assert not other["success"]  # the engine's not_owner, passed on

    command = await ask("command", name="next_widget")
    assert command["success"], command
    assert engine.called("POST", "/api/commands")[0]["name"] == "next_widget"
    trainer = await ask("trainer")
    assert trainer["result"]["samples"] == engine.answer("trainer")["samples"]
    public = await ask("info/public")
    assert "clock" in public["result"]
