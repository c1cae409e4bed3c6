"""Every service of the integration on the recorded fake engine: what it asks
the engine for, what it answers, and its translated refusals."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest
from homeassistant.core import Event, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.smart_mirror.const import DOMAIN, EVENT_SESSION_ENDED
from custom_components.smart_mirror.ws_commands import MAX_PHOTO_BASE64
from devkit.fakes.engine import FakeEngine
from devkit.ha_testing import call, until


def session_state(hass: HomeAssistant) -> str | None:
    current = hass.states.get("sensor.smart_mirror_session")
    return current.state if current else None


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


async def test_clearing_a_pin_and_not_me(
    hass: HomeAssistant, engine: FakeEngine, mirror: MockConfigEntry
) -> None:
    name, person_id = engine.person["name"], engine.person["id"]
    await call(hass, mirror, "set_pin", person=name, pin="1357")
    await call(hass, mirror, "clear_pin", person=name)
    assert len(engine.called("DELETE", f"/api/persons/{person_id}/pin")) == 1
    with pytest.raises(ServiceValidationError) as err:  # no PIN, no PIN login
        await call(hass, mirror, "login", person=name, pin="1357")
    assert err.value.translation_key == "wrong_pin"
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, mirror, "clear_pin", person="Nobody")
    assert err.value.translation_key == "unknown_person"

    with pytest.raises(ServiceValidationError) as err:  # nobody's session to correct
        await call(hass, mirror, "not_me")
    assert err.value.translation_key == "no_session"
    ended: list[Event] = []
    hass.bus.async_listen(EVENT_SESSION_ENDED, ended.append)
    await engine.start_session()
    await until(lambda: session_state(hass) == "active")
    await call(hass, mirror, "not_me")
    assert engine.called("POST", "/api/commands")[-1] == {
        "name": "not_me",
        "modality": "touch",
        "confidence": 1.0,
    }
    await until(lambda: session_state(hass) == "idle")
    await until(lambda: ended)
    assert ended[-1].data["reason"] == "not_me"


async def test_the_people_sheet(
    hass: HomeAssistant,
    engine: FakeEngine,
    mirror: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
) -> None:
    ws = await hass_ws_client(hass)  # an admin

    async def ask(kind: str, **data: Any) -> dict[str, Any]:
        await ws.send_json_auto_id({"type": kind, "entry_id": mirror.entry_id, **data})
        answer: dict[str, Any] = await ws.receive_json()
        return answer

    lin = engine.person
    listed = await ask("smart_mirror/persons")
    assert listed["result"] == [
        {
            "id": lin["id"],
            "name": lin["name"],
            "ha_person": None,
            "embeddings": 1,
            "has_pin": False,
            "has_thumbnail": True,
            "calendars": [],
        }
    ]
    face = await ask("smart_mirror/persons/thumbnail", person_id=lin["id"])
    assert base64.b64decode(face["result"]["image"])[:2] == b"\xff\xd8"
    assert face["result"]["content_type"] == "image/jpeg"

    created = await ask("smart_mirror/persons/create", name="Anna", ha_person="person.anna")
    anna = created["result"]
    assert (anna["name"], anna["ha_person"], anna["embeddings"]) == ("Anna", "person.anna", 0)
    taken = await ask("smart_mirror/persons/create", name="ANNA")
    assert taken["error"]["code"] == "name_taken"
    no_face = await ask("smart_mirror/persons/thumbnail", person_id=anna["id"])
    assert no_face["error"]["code"] == "unknown_person"

    pin = await ask("smart_mirror/persons/set_pin", person_id=anna["id"], pin="2468")
    assert pin["result"] == {"person_id": anna["id"], "has_pin": True}
    assert "2468" not in str(await ask("smart_mirror/persons"))
    short = await ask("smart_mirror/persons/set_pin", person_id=anna["id"], pin="12")
    assert short["error"]["code"] == "invalid_format"
    cleared = await ask("smart_mirror/persons/clear_pin", person_id=anna["id"])
    assert cleared["result"] == {"person_id": anna["id"], "has_pin": False}

    renamed = await ask("smart_mirror/persons/rename", person_id=anna["id"], name="Anne")
    assert renamed["result"]["name"] == "Anne"
    assert renamed["result"]["ha_person"] == "person.anna"  # a rename keeps the link
    clash = await ask("smart_mirror/persons/rename", person_id=anna["id"], name=lin["name"])
    assert clash["error"]["code"] == "name_taken"

    loaded = mirror.runtime_data
    linked = await ask(
        "smart_mirror/persons/link",
        person_id=anna["id"],
        ha_person="",
        calendars=["calendar.anna", "calendar.family", "calendar.anna"],
    )
    assert linked["result"]["ha_person"] is None
    assert linked["result"]["calendars"] == ["calendar.anna", "calendar.family"]
    assert mirror.options["calendars"] == {str(anna["id"]): ["calendar.anna", "calendar.family"]}
    assert mirror.options["personal_sensors"] is True  # the other options are kept
    await hass.async_block_till_done()
    assert mirror.runtime_data is loaded  # calendars reload nothing
    not_a_calendar = await ask(
        "smart_mirror/persons/link", person_id=anna["id"], calendars=["light.kitchen"]
    )
    assert not_a_calendar["error"]["code"] == "invalid_format"
    nobody = await ask("smart_mirror/persons/link", person_id=999, calendars=["calendar.x"])
    assert nobody["error"]["code"] == "unknown_person"
    assert "999" not in mirror.options["calendars"]

    photo = base64.b64encode(b"\xff\xd8 a photo").decode()
    enrolled = await ask(
        "smart_mirror/persons/enrol_photo",
        person_id=anna["id"],
        image=f"data:image/jpeg;base64,{photo}",
    )
    assert enrolled["result"]["added"] == 1
    [(_, _, upload)] = [c for c in engine.calls if c[1].endswith(f"/{anna['id']}/faces")]
    assert upload is None  # sent as the photo's bytes, not as JSON
    for image in ("%%", "", "A" * (MAX_PHOTO_BASE64 + 4)):  # not base64, empty, over 3 MB
        refused = await ask("smart_mirror/persons/enrol_photo", person_id=anna["id"], image=image)
        assert refused["error"]["code"] == "invalid_format"
    live = await ask("smart_mirror/persons/enrol_live", person_id=anna["id"])
    assert live["result"]["state"] == "collecting"

    unlinked = await ask("smart_mirror/persons/link", person_id=anna["id"], calendars=[])
    assert unlinked["result"]["calendars"] == []
    assert str(anna["id"]) not in mirror.options["calendars"]
    forgotten = await ask("smart_mirror/persons/forget", person_id=anna["id"])
    assert forgotten["result"] == {"person_id": anna["id"], "forgotten": True}
    await until(lambda: str(anna["id"]) not in mirror.options["calendars"])  # pruned with her
    gone = await ask("smart_mirror/persons/forget", person_id=anna["id"])
    assert gone["error"]["code"] == "unknown_person"

    for kind, data in PEOPLE_SHEET:  # a mirror that is not there
        await ws.send_json_auto_id({"type": kind, "entry_id": "nope", **data})
        answer = await ws.receive_json()
        assert answer["error"]["code"] == "not_found", kind

    # a household member may do none of it
    member = await hass_ws_client(hass, hass_read_only_access_token)
    calls = len(engine.calls)
    for kind, data in PEOPLE_SHEET:
        await member.send_json_auto_id({"type": kind, "entry_id": mirror.entry_id, **data})
        answer = await member.receive_json()
        assert answer["error"]["code"] == "unauthorized", kind
    assert len(engine.calls) == calls  # the engine was never asked


# every People sheet command, with a valid message
PEOPLE_SHEET: tuple[tuple[str, dict[str, Any]], ...] = (
    ("smart_mirror/persons", {}),
    ("smart_mirror/persons/thumbnail", {"person_id": 1}),
    ("smart_mirror/persons/create", {"name": "Mallory"}),
    ("smart_mirror/persons/rename", {"person_id": 1, "name": "Mallory"}),
    ("smart_mirror/persons/link", {"person_id": 1, "calendars": ["calendar.x"]}),
    ("smart_mirror/persons/set_pin", {"person_id": 1, "pin": "1234"}),
    ("smart_mirror/persons/clear_pin", {"person_id": 1}),
    ("smart_mirror/persons/enrol_photo", {"person_id": 1, "image": "/9j/"}),
    ("smart_mirror/persons/enrol_live", {"person_id": 1}),
    ("smart_mirror/persons/forget", {"person_id": 1}),
)
