"""The household's journey on the wall, against a real engine on the shared
clip: an admin manages people and PINs from Home Assistant (the panel's People
sheet commands), nobody else may; "not me" ends a mistaken session, by service
and by voice; the last capture is unavailable until there is one.

One engine for the module, in which nothing is captured but by the image test
(so it finds none before its own). The "not me" test goes last: it teaches the
engine that the face it greeted is not Lin's."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import cv2
import numpy as np
import pytest
from homeassistant.auth.models import User
from homeassistant.components import conversation
from homeassistant.const import STATE_UNAVAILABLE
from homeassistant.core import Context, Event, HomeAssistant
from homeassistant.exceptions import ServiceValidationError, Unauthorized
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import CLIENT_ID, MockConfigEntry
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)

from custom_components.smart_mirror.const import DOMAIN, EVENT_SESSION_ENDED
from custom_components.smart_mirror.coordinator import MirrorCoordinator
from devkit.ha_testing import until
from devkit.harness import FACES, EngineProcess
from tests.integration.conftest import set_up_mirror

LIN = "Lin-Manuel Miranda"
PHOTO = FACES / "people/obama/obama.jpg"
LAST_CAPTURE = "image.smart_mirror_last_capture"
Ask = Callable[..., Awaitable[dict[str, Any]]]


async def _user(hass: HomeAssistant, name: str, group: str) -> tuple[User, str]:
    user = await hass.auth.async_create_user(name, group_ids=[group])
    refresh = await hass.auth.async_create_refresh_token(user, CLIENT_ID)
    return user, hass.auth.async_create_access_token(refresh)


@pytest.fixture
async def users(hass: HomeAssistant) -> dict[str, tuple[User, str]]:
    return {
        "admin": await _user(hass, "Parent", "system-admin"),
        "member": await _user(hass, "Teenager", "system-users"),
        "display": await _user(hass, "Hallway mirror", "system-users"),
    }


@pytest.fixture
async def mirror(
    hass: HomeAssistant, engine: EngineProcess, users: dict[str, tuple[User, str]]
) -> MockConfigEntry:
    return await set_up_mirror(hass, engine, {"display_users": [users["display"][0].id]})


@pytest.fixture
def asker(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    mirror: MockConfigEntry,
    users: dict[str, tuple[User, str]],
) -> Callable[[str], Awaitable[Ask]]:
    """One user's websocket: ``ask(type, **data)`` for this mirror, its answer."""

    async def open_for(role: str) -> Ask:
        ws = await hass_ws_client(hass, users[role][1])

        async def ask(kind: str, **data: Any) -> dict[str, Any]:
            await ws.send_json_auto_id({"type": kind, "entry_id": mirror.entry_id, **data})
            answer: dict[str, Any] = await ws.receive_json()
            return answer

        return ask

    return open_for


async def _engine(engine: EngineProcess, path: str, **kwargs: Any) -> Any:
    return await asyncio.to_thread(engine.json, path, **kwargs)


def _lin(persons: list[dict[str, Any]]) -> dict[str, Any]:
    return next(p for p in persons if p["name"] == LIN)


async def _log_in(
    hass: HomeAssistant,
    mirror: MockConfigEntry,
    person_id: int,
    login: Callable[[], Awaitable[bool]],
) -> None:
    """Until ``login()`` (the PIN pad's or the login service) succeeds: it needs
    a face in view, and no active session of the same person (his
    face-verified one is logged out first)."""
    coordinator: MirrorCoordinator = mirror.runtime_data.coordinator
    for _ in range(300):
        if await login():
            return
        person = coordinator.data.person
        if person is not None and person.id == person_id:
            await hass.services.async_call(
                DOMAIN, "logout", {"config_entry_id": mirror.entry_id}, blocking=True
            )
        await asyncio.sleep(0.1)
    raise AssertionError("no PIN login within 30 s")


async def test_the_last_capture_is_unavailable_until_there_is_one(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    engine: EngineProcess,
    mirror: MockConfigEntry,
) -> None:
    assert await _engine(engine, "/api/captures") == []
    last = hass.states.get(LAST_CAPTURE)
    assert last is not None
    assert last.state == STATE_UNAVAILABLE
    assert "entity_picture" not in last.attributes  # nothing for the frontend to fetch
    assert last.attributes["friendly_name"] == "Smart Mirror Last capture"
    camera = hass.states.get("camera.smart_mirror")  # the device's main feature
    assert camera is not None
    assert camera.attributes["friendly_name"] == "Smart Mirror"

    await hass.services.async_call(
        DOMAIN, "capture", {"config_entry_id": mirror.entry_id}, blocking=True
    )
    await until(lambda: (s := hass.states.get(LAST_CAPTURE)) and s.state != STATE_UNAVAILABLE, 10)
    last = hass.states.get(LAST_CAPTURE)
    assert last is not None
    assert last.attributes["entity_picture"].startswith(f"/api/image_proxy/{LAST_CAPTURE}")
    client = await hass_client()
    resp = await client.get(f"/api/image_proxy/{LAST_CAPTURE}")
    assert resp.status == 200
    [capture] = await _engine(engine, "/api/captures")
    assert await resp.read() == await asyncio.to_thread(
        lambda: engine.request(f"/api/captures/{capture['id']}.jpg")[1]
    )
    assert await hass.config_entries.async_unload(mirror.entry_id)


async def test_an_admin_manages_people_and_pins(
    hass: HomeAssistant,
    engine: EngineProcess,
    mirror: MockConfigEntry,
    asker: Callable[[str], Awaitable[Ask]],
) -> None:
    ask = await asker("admin")
    listed = await ask("smart_mirror/persons")
    assert listed["success"], listed
    lin = _lin(listed["result"])
    assert lin["has_pin"] is False
    assert lin["embeddings"] >= 1
    assert lin["calendars"] == []
    assert set(lin) == {
        "id", "name", "ha_person", "embeddings", "has_pin", "has_thumbnail", "calendars"
    }  # fmt: skip
    face = await ask("smart_mirror/persons/thumbnail", person_id=lin["id"])
    assert face["result"]["content_type"] == "image/jpeg"
    jpeg = base64.b64decode(face["result"]["image"])
    thumbnail = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert thumbnail is not None
    assert max(thumbnail.shape[:2]) <= 128

    # a PIN: set (write-only), the PIN pad logs him in with it, cleared
    pin = await ask("smart_mirror/persons/set_pin", person_id=lin["id"], pin="4826")
    assert pin["result"] == {"person_id": lin["id"], "has_pin": True}
    listed = await ask("smart_mirror/persons")
    assert _lin(listed["result"])["has_pin"] is True
    assert "4826" not in str(listed)
    logins: list[dict[str, Any]] = []

    async def pin_pad() -> bool:
        logins.append(await ask("smart_mirror/session/login", person_id=lin["id"], pin="4826"))
        return bool(logins[-1]["success"])

    await _log_in(hass, mirror, lin["id"], pin_pad)
    login = logins[-1]
    assert login["result"]["state"] == "active"
    assert login["result"]["session"]["person"]["id"] == lin["id"]
    assert login["result"]["session"]["manual"] is True
    cleared = await ask("smart_mirror/persons/clear_pin", person_id=lin["id"])
    assert cleared["result"] == {"person_id": lin["id"], "has_pin": False}
    assert _lin(await _engine(engine, "/api/persons"))["has_pin"] is False
    refused = await ask("smart_mirror/session/login", person_id=lin["id"], pin="4826")
    assert refused["error"]["code"] in ("no_pin", "no_face")  # no_face: he looked away

    # a new person: created, renamed, linked, enrolled from a photo, forgotten
    created = await ask("smart_mirror/persons/create", name="Barack", ha_person="person.barack")
    barack = created["result"]
    assert (barack["name"], barack["ha_person"], barack["embeddings"]) == (
        "Barack", "person.barack", 0
    )  # fmt: skip
    taken = await ask("smart_mirror/persons/create", name="lin-manuel MIRANDA")
    assert taken["error"]["code"] == "name_taken"
    renamed = await ask("smart_mirror/persons/rename", person_id=barack["id"], name="Barack Obama")
    assert renamed["result"]["name"] == "Barack Obama"
    assert renamed["result"]["ha_person"] == "person.barack"

    loaded = mirror.runtime_data
    linked = await ask(
        "smart_mirror/persons/link",
        person_id=barack["id"],
        ha_person="person.obama",
        calendars=["calendar.obama"],
    )
    assert linked["result"]["ha_person"] == "person.obama"
    assert linked["result"]["calendars"] == ["calendar.obama"]
    assert mirror.options["calendars"] == {str(barack["id"]): ["calendar.obama"]}
    assert mirror.options["display_users"]  # the other options stay
    await hass.async_block_till_done()
    assert mirror.runtime_data is loaded  # calendars are read per session: no reload
    engine_barack = next(
        p for p in await _engine(engine, "/api/persons") if p["id"] == barack["id"]
    )
    assert engine_barack["ha_person"] == "person.obama"
    unknown = await ask("smart_mirror/persons/link", person_id=9999, calendars=["calendar.x"])
    assert unknown["error"]["code"] == "unknown_person"
    assert "9999" not in mirror.options["calendars"]

    photo = base64.b64encode(await asyncio.to_thread(PHOTO.read_bytes)).decode()
    enrolled = await ask(
        "smart_mirror/persons/enrol_photo",
        person_id=barack["id"],
        image=f"data:image/jpeg;base64,{photo}",
    )
    assert enrolled["success"], enrolled
    assert enrolled["result"]["added"] == 1
    no_face = await ask(
        "smart_mirror/persons/enrol_photo",
        person_id=barack["id"],
        image=base64.b64encode(b"\xff\xd8 not a JPEG").decode(),
    )
    assert no_face["error"]["code"] == "not_an_image"
    listed = await ask("smart_mirror/persons")
    obama = next(p for p in listed["result"] if p["id"] == barack["id"])
    assert (obama["embeddings"], obama["has_thumbnail"]) == (1, True)
    assert obama["calendars"] == ["calendar.obama"]

    forgotten = await ask("smart_mirror/persons/forget", person_id=barack["id"])
    assert forgotten["result"] == {"person_id": barack["id"], "forgotten": True}
    await until(lambda: str(barack["id"]) not in mirror.options.get("calendars", {}), 10)
    listed = await ask("smart_mirror/persons")
    assert [p["name"] for p in listed["result"]] == [LIN]
    again = await ask("smart_mirror/persons/forget", person_id=barack["id"])
    assert again["error"]["code"] == "unknown_person"
    assert await hass.config_entries.async_unload(mirror.entry_id)


# every People sheet command, with a message that would be carried out
PEOPLE_SHEET: tuple[tuple[str, dict[str, Any]], ...] = (
    ("smart_mirror/persons", {}),
    ("smart_mirror/persons/thumbnail", {"person_id": 1}),
    ("smart_mirror/persons/create", {"name": "Mallory"}),
    ("smart_mirror/persons/rename", {"person_id": 1, "name": "Mallory"}),
    ("smart_mirror/persons/link", {"person_id": 1, "ha_person": "person.mallory"}),
    ("smart_mirror/persons/link", {"person_id": 1, "calendars": ["calendar.mallory"]}),
    ("smart_mirror/persons/set_pin", {"person_id": 1, "pin": "1234"}),
    ("smart_mirror/persons/clear_pin", {"person_id": 1}),
    ("smart_mirror/persons/enrol_photo", {"person_id": 1, "image": "/9j/4AAQ"}),
    ("smart_mirror/persons/enrol_live", {"person_id": 1}),
    ("smart_mirror/persons/forget", {"person_id": 1}),
)


async def test_nobody_but_an_admin_manages_people(
    hass: HomeAssistant,
    engine: EngineProcess,
    mirror: MockConfigEntry,
    asker: Callable[[str], Awaitable[Ask]],
    users: dict[str, tuple[User, str]],
) -> None:
    persons = await _engine(engine, "/api/persons")
    options = dict(mirror.options)
    for role in ("member", "display"):  # the wall display is no admin either
        ask = await asker(role)
        for kind, data in PEOPLE_SHEET:
            answer = await ask(kind, **data)
            assert answer["error"]["code"] == "unauthorized", (role, kind, answer)
        with pytest.raises(Unauthorized):
            await hass.services.async_call(
                DOMAIN, "clear_pin", {"config_entry_id": mirror.entry_id, "person": LIN},
                blocking=True, context=Context(user_id=users[role][0].id),
            )  # fmt: skip
    assert await _engine(engine, "/api/persons") == persons  # nothing changed
    assert dict(mirror.options) == options
    assert await hass.config_entries.async_unload(mirror.entry_id)


async def test_not_me_ends_a_mistaken_session_by_service_and_by_voice(
    hass: HomeAssistant,
    engine: EngineProcess,
    users: dict[str, tuple[User, str]],
) -> None:
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    mirror = await set_up_mirror(hass, engine)
    coordinator: MirrorCoordinator = mirror.runtime_data.coordinator
    ended: list[Event] = []
    hass.bus.async_listen(EVENT_SESSION_ENDED, ended.append)

    async def say(text: str, language: str) -> str:
        result = await conversation.async_converse(hass, text, None, Context(), language=language)
        speech: str = result.response.speech["plain"]["speech"]
        return speech

    def ended_since(count: int) -> list[Event]:
        return ended[count:]

    def session(manual: bool) -> bool:
        """Lin's session is active, face-verified or by PIN."""
        current = coordinator.data.session.raw.get("session") or {}
        return coordinator.data.person is not None and current.get("manual") is manual

    # greeted by his face: a household member says it is not him (as `logout`, anyone may)
    await until(lambda: session(manual=False), 60)
    count = len(ended)
    await hass.services.async_call(
        DOMAIN, "not_me", {"config_entry_id": mirror.entry_id}, blocking=True,
        context=Context(user_id=users["member"][0].id),
    )  # fmt: skip
    await until(partial(ended_since, count), 10)
    assert ended[count].data["reason"] == "not_me"
    assert ended[count].data["name"] == LIN
    assert coordinator.data.session_state != "active"
    # his face stays kept from reopening it: nobody's session to correct, in either language
    assert await say("this is not me", "en") == "Nobody is logged in."
    assert await say("내가 아니야", "ko") == "로그인한 분이 없습니다."

    # by voice, in a PIN login's session
    lin = _lin(await _engine(engine, "/api/persons"))
    await _engine(engine, f"/api/persons/{lin['id']}/pin", method="PUT", body={"pin": "4826"})
    login = {"config_entry_id": mirror.entry_id, "person": LIN, "pin": "4826"}

    async def login_service() -> bool:
        try:
            await hass.services.async_call(DOMAIN, "login", login, blocking=True)
        except ServiceValidationError:  # no face in view just now
            return False
        return True

    for text, language, answer in (
        ("that's not me", "en", "Sorry, my mistake. I ended that session and will learn from it."),
        ("저 아니에요", "ko", "죄송합니다. 제가 잘못 알아봤네요. 그 세션을 끝내고 다음부터 "
         "헷갈리지 않도록 배우겠습니다."),
    ):  # fmt: skip
        await _log_in(hass, mirror, lin["id"], login_service)
        await until(lambda: session(manual=True), 10)
        count = len(ended)
        assert await say(text, language) == answer
        await until(partial(ended_since, count), 10)
        assert ended[count].data["reason"] == "not_me"
    await _engine(engine, f"/api/persons/{lin['id']}/pin", method="DELETE")
    assert await hass.config_entries.async_unload(mirror.entry_id)
