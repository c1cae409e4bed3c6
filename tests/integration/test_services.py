"""Services against the real engine, with their translated errors."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
import voluptuous as vol
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.smart_mirror.const import DOMAIN
from devkit.ha_testing import call, until
from devkit.harness import FACES, EngineProcess


async def test_services_and_their_errors(
    hass: HomeAssistant, engine: EngineProcess, entry: MockConfigEntry
) -> None:
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN, "capture", {"config_entry_id": "no-such-entry"}, blocking=True
        )
    assert err.value.translation_key == "unknown_mirror"
    # a linked Google account is an entry of ours too, loaded, but not a mirror
    google = MockConfigEntry(
        domain=DOMAIN,
        data={"auth_implementation": DOMAIN, "token": {}, "ha_person": "person.lin"},
        state=ConfigEntryState.LOADED,
    )
    google.add_to_hass(hass)
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN, "capture", {"config_entry_id": google.entry_id}, blocking=True
        )
    assert err.value.translation_key == "unknown_mirror"

    before = len(await asyncio.to_thread(engine.json, "/api/captures"))
    await call(hass, entry, "capture")
    assert len(await asyncio.to_thread(engine.json, "/api/captures")) == before + 1

    with pytest.raises(ServiceValidationError) as err:
        await call(hass, entry, "login", person="Nobody", pin="1234")
    assert err.value.translation_key == "unknown_person"
    with pytest.raises((vol.Invalid, ServiceValidationError)):
        await call(hass, entry, "login", person="Lin-Manuel Miranda", pin="12")

    tester = await asyncio.to_thread(
        engine.json, "/api/persons", method="POST", body={"name": "PIN Tester"}
    )
    await asyncio.to_thread(
        engine.json, f"/api/persons/{tester['id']}/pin", method="PUT", body={"pin": "2468"}
    )
    for _ in range(200):  # a face must be in view for a PIN login
        try:
            await call(hass, entry, "login", person="PIN Tester", pin="0000")
        except ServiceValidationError as refused:
            if refused.translation_key == "wrong_pin":
                break
        await asyncio.sleep(0.1)
    else:
        pytest.fail("never got to the PIN check")

    await call(hass, entry, "forget_person", person="PIN Tester")
    names = [p["name"] for p in await asyncio.to_thread(engine.json, "/api/persons")]
    assert "PIN Tester" not in names
    await call(hass, entry, "retrain", kind="identity")
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def test_enrol_from_the_media_folder_and_its_errors(
    hass: HomeAssistant, engine: EngineProcess, entry: MockConfigEntry, tmp_path: Path
) -> None:
    media = tmp_path / "media"
    media.mkdir()
    hass.config.media_dirs = {"local": str(media)}
    shutil.copy(FACES / "scenes/obama-720p.jpg", media / "obama.jpg")
    (media / "broken.jpg").write_bytes(b"\xff\xd8 this is not a JPEG")
    outside = tmp_path / "outside.jpg"
    shutil.copy(FACES / "scenes/obama-720p.jpg", outside)

    for image, key in (
        (str(outside), "not_in_media"),
        ("media-source://media_source/local/../outside.jpg", "not_in_media"),
        ("media-source://media_source/elsewhere/obama.jpg", "not_in_media"),
        ("media-source://media_source/local/missing.jpg", "no_image"),
        ("media-source://media_source/local/broken.jpg", "bad_image"),
    ):
        with pytest.raises(ServiceValidationError) as err:
            await call(hass, entry, "enrol_person", person="Barack Obama", image=image)
        assert err.value.translation_key == key, image
    persons = await asyncio.to_thread(engine.json, "/api/persons")
    assert "Barack Obama" not in [p["name"] for p in persons]  # nobody half-enrolled

    result = await call(
        hass,
        entry,
        "enrol_person",
        person="Barack Obama",
        image="media-source://media_source/local/obama.jpg",
        ha_person="person.barack",
    )
    assert result is not None
    assert result["added"] == 1
    persons = await asyncio.to_thread(engine.json, "/api/persons")
    obama = next(p for p in persons if p["name"] == "Barack Obama")
    assert obama["embeddings"] == 1
    assert obama["ha_person"] == "person.barack"
    await call(hass, entry, "forget_person", person="Barack Obama")
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def test_live_enrolment_widgets_and_calibration(
    hass: HomeAssistant, engine: EngineProcess, entry: MockConfigEntry
) -> None:
    live = await call(hass, entry, "enrol_person", person="Live Person")
    assert live is not None
    assert live["state"] == "collecting"
    with pytest.raises(ServiceValidationError) as err:  # one live enrolment at a time
        await call(hass, entry, "enrol_person", person="Live Person")
    assert err.value.translation_key == "busy"
    await asyncio.to_thread(engine.json, "/api/enrolment", method="DELETE")
    await call(hass, entry, "forget_person", person="Live Person")

    await call(hass, entry, "hide_widget", widget="evolution")
    assert (await asyncio.to_thread(engine.json, "/api/toggles"))["evolution"] is False
    await call(hass, entry, "show_widget", widget="evolution")
    assert (await asyncio.to_thread(engine.json, "/api/toggles"))["evolution"] is True
    with pytest.raises(vol.Invalid):
        await call(hass, entry, "show_widget", widget="weather")

    coordinator = entry.runtime_data.coordinator
    if coordinator.data.session_id is not None:  # wait for a moment without a session
        await until(lambda: coordinator.data.session_id is None, 30)
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, entry, "start_calibration", expression="happy")
    assert err.value.translation_key == "no_session"
    await until(lambda: coordinator.data.session_id is not None, 60)
    job = await call(hass, entry, "start_calibration", expression="happy")
    assert job is not None
    assert job["label"] == "happy"
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
