"""Voice through Assist, in English and Korean: every intent through Home
Assistant's conversation API against the real engine on the shared clip
(Lin-Manuel Miranda's sessions), the confirmation of an unsure command
answered on the panel, and the samples the engine keeps of those answers."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import sqlite3
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import voluptuous as vol
from homeassistant.components import conversation
from homeassistant.components.application_credentials import (
    ClientCredential,
    async_import_client_credential,
)
from homeassistant.const import MAJOR_VERSION
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import intent, llm
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.smart_mirror import assist
from custom_components.smart_mirror.api import EngineError
from custom_components.smart_mirror.const import DOMAIN
from custom_components.smart_mirror.coordinator import MirrorCoordinator
from custom_components.smart_mirror.data import MirrorData
from custom_components.smart_mirror.info import google
from custom_components.smart_mirror.intent import (
    HANDLERS,
    Asked,
    SmartMirrorNextEvent,
    SmartMirrorUnreadMail,
)
from custom_components.smart_mirror.language import (
    DATA_LANGUAGES,
    SENTENCES,
    language_of,
    load_languages,
)
from devkit.fakes.google import CLIENT_ID, CLIENT_SECRET, FakeGoogle
from devkit.ha_testing import until
from devkit.harness import EngineProcess
from tests.integration.conftest import set_up_mirror

AUTH = "google_credentials"
CONFIRM_EN = "Confirm on the mirror or with a thumbs-up."
CONFIRM_KO = "거울에서 확인하거나 엄지를 들어 주세요."
REFUSED = {
    "en": "I can only tell that to a recognised person.",
    "ko": "등록된 분에게만 알려 드릴 수 있습니다.",
}

NOBODY = {
    "en": "I can't see anyone to assess right now.",
    "ko": "지금은 살펴볼 분이 보이지 않습니다.",
}

# what a person may say -> (intent, language, fixed slots): each fits exactly one trigger
EXAMPLES: dict[str, tuple[str, str, dict[str, str]]] = {
    "show the weather": ("SmartMirrorShowWidget", "en", {}),
    "Show me my calendar!": ("SmartMirrorShowWidget", "en", {}),
    "turn on the diary widget": ("SmartMirrorShowWidget", "en", {}),
    "hide the news": ("SmartMirrorHideWidget", "en", {}),
    "switch off the settings panel": ("SmartMirrorHideWidget", "en", {}),
    "what's my next event": ("SmartMirrorNextEvent", "en", {}),
    "when is my next meeting": ("SmartMirrorNextEvent", "en", {}),
    "how many unread emails do I have": ("SmartMirrorUnreadMail", "en", {}),
    "do I have new mail": ("SmartMirrorUnreadMail", "en", {}),
    "how old do I look": ("SmartMirrorAge", "en", {}),
    "how do I look": ("SmartMirrorFeeling", "en", {}),
    "what is my mood": ("SmartMirrorFeeling", "en", {}),
    "take a selfie": ("SmartMirrorCapture", "en", {}),
    "say cheese": ("SmartMirrorCapture", "en", {}),
    "zoom in": ("SmartMirrorZoom", "en", {"direction": "in"}),
    "make the picture smaller": ("SmartMirrorZoom", "en", {"direction": "out"}),
    "reset the zoom": ("SmartMirrorZoom", "en", {"direction": "reset"}),
    "log me out": ("SmartMirrorLogout", "en", {}),
    "That's not me!": ("SmartMirrorNotMe", "en", {}),
    "this is not me": ("SmartMirrorNotMe", "en", {}),
    "wrong person": ("SmartMirrorNotMe", "en", {}),
    "you've got the wrong person": ("SmartMirrorNotMe", "en", {}),
    "not me": ("SmartMirrorNotMe", "en", {}),
    "start expression calibration": ("SmartMirrorCalibrate", "en", {}),
    "who am I?": ("SmartMirrorWhoAmI", "en", {}),
    "날씨 보여 줘": ("SmartMirrorShowWidget", "ko", {}),
    "내 일정을 보여주세요": ("SmartMirrorShowWidget", "ko", {}),
    "감정 위젯 켜 줘": ("SmartMirrorShowWidget", "ko", {}),
    "일기 숨겨 줘": ("SmartMirrorHideWidget", "ko", {}),
    "내 다음 일정은 뭐야": ("SmartMirrorNextEvent", "ko", {}),
    "읽지 않은 메일이 몇 통이야": ("SmartMirrorUnreadMail", "ko", {}),
    "안 읽은 메일 몇 개 있어": ("SmartMirrorUnreadMail", "ko", {}),
    "나 몇 살로 보여": ("SmartMirrorAge", "ko", {}),
    "내 기분은 어때": ("SmartMirrorFeeling", "ko", {}),
    "사진 찍어 줘": ("SmartMirrorCapture", "ko", {}),
    "확대해 줘": ("SmartMirrorZoom", "ko", {"direction": "in"}),
    "축소": ("SmartMirrorZoom", "ko", {"direction": "out"}),
    "원래 크기로 돌려 줘": ("SmartMirrorZoom", "ko", {"direction": "reset"}),
    "로그아웃 해 줘": ("SmartMirrorLogout", "ko", {}),
    "내가 아니야": ("SmartMirrorNotMe", "ko", {}),
    "나 아니야": ("SmartMirrorNotMe", "ko", {}),
    "저 아니에요": ("SmartMirrorNotMe", "ko", {}),
    "사람 잘못 봤어": ("SmartMirrorNotMe", "ko", {}),
    "표정 보정 시작해 줘": ("SmartMirrorCalibrate", "ko", {}),
    "나는 누구야": ("SmartMirrorWhoAmI", "ko", {}),
}
# Home Assistant's own sentences stay Home Assistant's
NOT_OURS = ("turn on the kitchen light", "open the garage door", "what time is it", "거실 불 켜 줘")


def llm_context(language: str) -> llm.LLMContext:
    """An LLM agent's request, on either release (2026 dropped ``user_prompt``)."""
    names = {f.name for f in dataclasses.fields(llm.LLMContext)}
    values: dict[str, Any] = {
        "platform": "test",
        "context": Context(),
        "user_prompt": None,
        "language": language,
        "assistant": "conversation",
        "device_id": None,
    }
    return llm.LLMContext(**{k: v for k, v in values.items() if k in names})


async def say(hass: HomeAssistant, text: str, language: str | None = "en") -> str:
    result = await conversation.async_converse(hass, text, None, Context(), language=language)
    speech: str = result.response.speech["plain"]["speech"]
    return speech


def engine_events(coordinator: MirrorCoordinator) -> list[tuple[str, dict[str, Any]]]:
    seen: list[tuple[str, dict[str, Any]]] = []
    coordinator.add_event_listener(lambda kind, data: seen.append((kind, data)))
    return seen


async def engine_json(engine: EngineProcess, path: str, **kwargs: Any) -> Any:
    return await asyncio.to_thread(engine.json, path, **kwargs)


async def voice_pending(engine: EngineProcess) -> list[dict[str, Any]]:
    """Open questions about voice commands (the clip's swipes ask some too)."""
    pending = await engine_json(engine, "/api/commands/pending")
    return [question for question in pending if question["modality"] == "voice"]


async def toggles(engine: EngineProcess) -> dict[str, bool]:
    result: dict[str, bool] = await engine_json(engine, "/api/toggles")
    return result


def sample(engine: EngineProcess, sample_id: int) -> tuple[str, str, float, dict[str, Any]]:
    uri = f"file:{engine.data_dir / 'mirror.db'}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:  # `with connect` only commits
        kind, label, confidence, detail = db.execute(
            "SELECT kind, label, confidence, detail FROM samples WHERE id = ?", (sample_id,)
        ).fetchone()
    return kind, label, confidence, json.loads(detail)


async def fresh_session(
    coordinator: MirrorCoordinator, ready: Callable[[], Any] = lambda: True
) -> str:
    """Lin's next session from its start (he turns away every 9 s), once
    ``ready``: the longest time to talk to the mirror while he is recognised."""
    for _ in range(4):
        await until(lambda: coordinator.data.session_state != "active", 30)
        session_id = await until(lambda: coordinator.data.session_id, 30)
        while coordinator.data.session_id == session_id:
            if ready():
                return str(session_id)
            await asyncio.sleep(0.1)
    raise AssertionError("no session of Lin's got ready")


@pytest.fixture
async def voice(hass: HomeAssistant) -> None:
    """Assist as Home Assistant sets it up: its core integration first."""
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})


@pytest.fixture
async def entry(hass: HomeAssistant, engine: EngineProcess, voice: None) -> MockConfigEntry:
    return await set_up_mirror(hass, engine)


@pytest.fixture
async def restore_toggles(engine: EngineProcess) -> AsyncIterator[None]:
    before = await toggles(engine)
    yield
    await engine_json(engine, "/api/toggles", method="POST", body=before)


@pytest.fixture
async def lin_with_google(
    hass: HomeAssistant, engine: EngineProcess, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[None]:
    """Lin is person.lin with a Google account: two events, three unread mails."""
    async with FakeGoogle() as server:
        monkeypatch.setattr(google, "API_ROOT", server.url + "/")
        monkeypatch.setattr(google, "OAUTH2_TOKEN", server.url + "/token")
        monkeypatch.setattr(google, "OAUTH2_AUTHORIZE", server.url + "/auth")
        assert await async_setup_component(
            hass, "person", {"person": [{"id": "lin", "name": "Lin"}]}
        )
        assert await async_setup_component(hass, "application_credentials", {})
        await async_import_client_credential(
            hass, DOMAIN, ClientCredential(CLIENT_ID, CLIENT_SECRET), AUTH
        )
        account = server.add("lin@example.com", ["Rehearsal", "Dinner"], ["A", "B", "C"])
        MockConfigEntry(
            domain=DOMAIN,
            unique_id=f"google:{account.email}",
            data={
                "auth_implementation": AUTH,
                "token": account.token(),
                "email": account.email,
                "ha_person": "person.lin",
            },
        ).add_to_hass(hass)
        persons = await engine_json(engine, "/api/persons")
        lin = next(p["id"] for p in persons if p["name"] == "Lin-Manuel Miranda")
        await engine_json(
            engine, f"/api/persons/{lin}", method="PATCH", body={"ha_person": "person.lin"}
        )
        yield
        await engine_json(engine, f"/api/persons/{lin}", method="PATCH", body={"ha_person": ""})


async def test_sentences_fit_one_intent_and_leave_home_assistant_alone(
    hass: HomeAssistant, entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocks = {
        tuple(block["sentences"]): (intent_type, code, block["slots"])
        for code, language in hass.data[DATA_LANGUAGES].items()
        for intent_type, found in language.intents.items()
        for block in found
    }
    assert {code for _, code, _ in blocks.values()} == {"en", "ko"}
    for code in ("en", "ko"):  # every intent has sentences in both languages
        assert {i for i, c, _ in blocks.values() if c == code} == {h.intent_type for h in HANDLERS}

    # which of our triggers a sentence runs, seen where they hand it to the intent
    handled: list[tuple[str, str, dict[str, str]]] = []
    real_handle = intent.async_handle

    async def spy(
        hass: HomeAssistant, platform: str, intent_type: str, *args: Any, **kw: Any
    ) -> intent.IntentResponse:
        if platform != DOMAIN:  # Home Assistant's own sentences
            return await real_handle(hass, platform, intent_type, *args, **kw)
        slots = {k: v["value"] for k, v in args[0].items()}
        handled.append((intent_type, kw["language"], slots))
        return await real_handle(hass, "test", "SmartMirrorNothing", language="en")

    class Nothing(intent.IntentHandler):
        intent_type = "SmartMirrorNothing"

        async def async_handle(self, intent_obj: intent.Intent) -> intent.IntentResponse:
            response = intent_obj.create_response()
            response.async_set_speech("")
            return response

    intent.async_register(hass, Nothing())
    monkeypatch.setattr(intent, "async_handle", spy)  # the module assist calls

    async def triggered(text: str) -> list[tuple[str, str, dict[str, str]]]:
        handled.clear()
        await say(hass, text)
        return list(handled)

    for text, (intent_type, code, fixed) in EXAMPLES.items():
        found = await triggered(text)
        assert [(i, c) for i, c, _ in found] == [(intent_type, code)], text
        assert fixed.items() <= found[0][2].items(), text
    for text in NOT_OURS:
        assert await triggered(text) == [], text
    await assist.async_setup(hass)  # a second mirror adds no second set
    assert len(await triggered("hide the news")) == 1
    assert await hass.config_entries.async_unload(entry.entry_id)
    assert await triggered("hide the news") == []  # gone with the last mirror
    assert not {h.intent_type for h in HANDLERS} & {h.intent_type for h in intent.async_get(hass)}


async def test_widgets_by_voice_in_english_and_korean(
    hass: HomeAssistant, engine: EngineProcess, entry: MockConfigEntry, restore_toggles: None
) -> None:
    assert await say(hass, "hide the weather") == "Hiding the weather widget."
    assert (await toggles(engine))["public"] is False
    assert await say(hass, "Show me the news widget!") == "Showing the news widget."
    assert (await toggles(engine))["public"] is True
    assert await say(hass, "날씨 숨겨 줘", "ko") == "날씨 위젯을 껐습니다."
    assert (await toggles(engine))["public"] is False
    assert await say(hass, "날씨를 보여주세요", "ko") == "날씨 위젯을 켰습니다."
    assert (await toggles(engine))["public"] is True
    assert await say(hass, "turn off the diary widget") == "Hiding the diary widget."
    assert (await toggles(engine))["diary"] is False
    # the sentence's language answers, whatever the pipeline's
    assert await say(hass, "다이어리 보여 줘", "en") == "다이어리 위젯을 켰습니다."
    assert (await toggles(engine))["diary"] is True
    hass.config.language = "ko"
    assert await say(hass, "hide my day", None) == "Hiding the personal widget."
    assert await say(hass, "내 일정 보여 줘", None) == "일정 위젯을 켰습니다."
    hass.config.language = "en"
    assert (await toggles(engine))["personal"] is True
    # a name heard nearly right is sure enough (difflib 0.92 >= the engine's 0.8)
    await say(hass, "hide the weather")
    assert await say(hass, "show the wether") == "Showing the weather widget."
    assert (await toggles(engine))["public"] is True
    # a name like no widget is not guessed at
    assert await say(hass, "show the banana") == "I don't know a widget called banana."
    assert await voice_pending(engine) == []

    # the same intents serve LLM agents: a widget slot, any language variant
    response = await intent.async_handle(
        hass, "test", "SmartMirrorHideWidget", {"widget": {"value": "설정"}}, language="ko-KR"
    )
    assert response.speech["plain"]["speech"] == "설정 위젯을 껐습니다."
    assert (await toggles(engine))["settings"] is False
    assert await async_setup_component(hass, "homeassistant", {})
    api = await llm.async_get_api(hass, llm.LLM_API_ASSIST, llm_context("en"))
    # since 2026 from our llm platform, named for the integration; before, every intent
    prefix = f"{DOMAIN}__" if MAJOR_VERSION >= 2026 else ""
    names = {tool.name for tool in api.tools}
    assert {prefix + h.intent_type for h in HANDLERS} <= names
    for language, widget, spoken in (
        ("en", "settings", "Showing the settings widget."),
        ("ko", "설정", "설정 위젯을 켰습니다."),
    ):
        hide = {"widget": {"value": "settings"}}
        await intent.async_handle(hass, "test", "SmartMirrorHideWidget", hide)
        assert (await toggles(engine))["settings"] is False
        api = await llm.async_get_api(hass, llm.LLM_API_ASSIST, llm_context(language))
        result: Any = await api.async_call_tool(
            llm.ToolInput(prefix + "SmartMirrorShowWidget", {"widget": widget})
        )
        answer = getattr(result, "data", result)  # a ToolResult since 2026
        assert answer["speech"]["plain"]["speech"] == spoken
        assert (await toggles(engine))["settings"] is True
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_capture_zoom_and_logout_by_voice(
    hass: HomeAssistant, engine: EngineProcess, entry: MockConfigEntry
) -> None:
    coordinator: MirrorCoordinator = entry.runtime_data.coordinator
    events = engine_events(coordinator)

    def commands_since(count: int) -> list[dict[str, Any]]:
        """Voice commands done since then (the clip's swipes are commands too)."""
        return [d for k, d in events[count:] if k == "command" and d["modality"] == "voice"]

    before = len(await engine_json(engine, "/api/captures"))
    assert await say(hass, "take a picture") == "Picture taken."
    assert await say(hass, "사진 찍어 줘", "ko") == "사진을 찍었습니다."
    assert len(await engine_json(engine, "/api/captures")) == before + 2

    for text, language, direction, answer in (
        ("zoom in", "en", "in", "Zooming in."),
        ("zoom out", "en", "out", "Zooming out."),
        ("reset the zoom", "en", "reset", "Zoom reset."),
        ("확대해 줘", "ko", "in", "확대합니다."),
        ("축소해 주세요", "ko", "out", "축소합니다."),
        ("줌 초기화", "ko", "reset", "원래 크기로 돌아갑니다."),
    ):
        count = len(events)
        assert await say(hass, text, language) == answer
        done = await until(partial(commands_since, count), 5)
        assert done[0]["name"] == "zoom"
        assert done[0]["args"] == {"direction": direction}
        assert done[0]["modality"] == "voice"
        assert done[0]["done_by"] == "panel"  # the panel zooms

    # his session, but no calendar or mailbox of his is linked
    questions = (
        ("what is my next event", "en"),
        ("새 메일 있어", "ko"),
        ("who am I", "en"),
        ("log out", "en"),  # last: the session was his throughout
    )
    for _ in range(3):  # again if he turned away in the middle
        await fresh_session(
            coordinator, lambda: coordinator.info and coordinator.info.personal.visible
        )
        answers = [await say(hass, text, language) for text, language in questions]
        if answers[-1] == "Logged out. Goodbye!" and REFUSED["en"] not in answers:
            break
    else:
        pytest.fail(f"never all answered in one session: {answers}")
    assert answers == [
        "I have no calendar of yours.",
        "연결된 메일함이 없습니다.",
        "You are Lin-Manuel Miranda.",
        "Logged out. Goodbye!",
    ]
    await until(lambda: coordinator.data.session_state != "active", 5)
    assert await say(hass, "log me out") == "Nobody is logged in."
    assert await say(hass, "로그아웃", "ko") == "로그인한 분이 없습니다."
    # who he is: not recognised while he stays after logging out
    assert await say(hass, "who am I") in {
        "I don't recognise you. You can enrol on the mirror.",
        "I don't see anyone.",
    }
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_personal_questions_only_for_the_recognised_owner(
    hass: HomeAssistant, engine: EngineProcess, voice: None, lin_with_google: None
) -> None:
    entry = await set_up_mirror(hass, engine)
    coordinator: MirrorCoordinator = entry.runtime_data.coordinator
    events = engine_events(coordinator)
    assert coordinator.info is not None
    personal = coordinator.info.personal

    def ready() -> bool:
        return bool(
            coordinator.data.assessment
            and {"calendar", "mail"} <= personal.readings.keys()
            and personal.visible
        )

    questions = (
        ("what's my next event", "en"),
        ("내 다음 일정은 뭐야", "ko"),
        ("how many unread mails do I have", "en"),
        ("읽지 않은 메일이 몇 통 있어", "ko"),
        ("how old do I look", "en"),
        ("나 몇 살로 보여", "ko"),
        ("how am I feeling", "en"),
        ("내 기분은 어때", "ko"),
        ("나는 누구야", "ko"),
        ("start expression calibration", "en"),
        ("로그아웃 해 줘", "ko"),  # last: the session was his throughout
    )
    logged_out = "로그아웃했습니다. 안녕히 가세요!"
    for _ in range(3):  # again if he turned away in the middle
        await fresh_session(coordinator, ready)
        answers = {text: await say(hass, text, language) for text, language in questions}
        unanswered = {*REFUSED.values(), *NOBODY.values()} & set(answers.values())
        if answers["로그아웃 해 줘"] == logged_out and not unanswered:
            break
    else:
        pytest.fail(f"never all answered in one session: {answers}")
    assert answers["what's my next event"].startswith("Your next event is Rehearsal, ")
    assert answers["내 다음 일정은 뭐야"].startswith("다음 일정은 ")
    assert answers["내 다음 일정은 뭐야"].endswith(" Rehearsal입니다.")
    assert answers["how many unread mails do I have"] == "You have 3 unread mails."
    assert answers["읽지 않은 메일이 몇 통 있어"] == "읽지 않은 메일이 3통 있습니다."
    age = answers["how old do I look"].removeprefix("You look about ")
    assert 5 < int(age.removesuffix(" years old.")) < 95
    assert answers["나 몇 살로 보여"].endswith("세 정도로 보입니다.")
    english = hass.data[DATA_LANGUAGES]["en"].emotions.values()
    assert answers["how am I feeling"] in {f"You look {e}." for e in english}
    assert answers["내 기분은 어때"].endswith(" 보입니다.")
    assert answers["나는 누구야"] == "Lin-Manuel Miranda님입니다."
    assert answers["start expression calibration"] == (
        "Expression calibration started: hold an expression button on the mirror."
    )
    started = await until(
        lambda: [d for k, d in events if k == "command" and d["name"] == "open_calibration"], 5
    )
    assert started[0]["done_by"] == "panel"

    # logged out, he is a guest: nothing personal, to anyone
    await until(lambda: coordinator.data.session_state != "active", 5)
    refused = {
        text: await say(hass, text, language)
        for text, language in (
            ("what is my next appointment", "en"),
            ("다음 일정 알려 줘", "ko"),
            ("do I have any unread emails", "en"),
            ("안 읽은 메일 몇 개야", "ko"),
            ("start my emotion calibration", "en"),
            ("감정 캘리브레이션 시작", "ko"),
        )
    }
    assert refused == {
        "what is my next appointment": REFUSED["en"],
        "다음 일정 알려 줘": REFUSED["ko"],
        "do I have any unread emails": REFUSED["en"],
        "안 읽은 메일 몇 개야": REFUSED["ko"],
        "start my emotion calibration": REFUSED["en"],
        "감정 캘리브레이션 시작": REFUSED["ko"],
    }
    assert await say(hass, "guess my age") == NOBODY["en"]
    assert await say(hass, "기분이 어때 보여", "ko") == NOBODY["ko"]
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_an_unsure_widget_name_is_confirmed_on_the_mirror(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    engine: EngineProcess,
    entry: MockConfigEntry,
    restore_toggles: None,
) -> None:
    client = await hass_ws_client(hass)
    events = engine_events(entry.runtime_data.coordinator)

    async def ws(message: dict[str, Any]) -> dict[str, Any]:
        await client.send_json_auto_id({"entry_id": entry.entry_id, **message})
        answer: dict[str, Any] = await client.receive_json()
        return answer

    # a touch command runs at once
    hidden = await ws(
        {"type": "smart_mirror/command", "name": "hide_widget", "args": {"widget": "public"}}
    )
    assert hidden["success"], hidden
    assert hidden["result"]["status"] == "done"
    assert (await toggles(engine))["public"] is False

    # "wedder" is only 0.62 like "weather": the mirror asks first
    assert await say(hass, "show the wedder") == f"Did you mean the weather widget? {CONFIRM_EN}"
    [pending] = await voice_pending(engine)
    assert pending["name"] == "show_widget"
    assert pending["args"] == {"widget": "public"}
    assert pending["modality"] == "voice"
    assert pending["confidence"] == pytest.approx(0.615, abs=0.001)
    asked = await until(
        lambda: [d for k, d in events if k == "confirm" and d["modality"] == "voice"], 5
    )
    assert asked[0]["id"] == pending["id"]
    assert (await toggles(engine))["public"] is False  # nothing happened yet

    confirmed = await ws(
        {"type": "smart_mirror/command/answer", "confirmation_id": pending["id"], "accepted": True}
    )
    assert confirmed["success"], confirmed
    assert confirmed["result"]["outcome"] == "confirmed"
    assert (await toggles(engine))["public"] is True
    assert await voice_pending(engine) == []
    kind, label, confidence, detail = await asyncio.to_thread(
        sample, engine, confirmed["result"]["sample_id"]
    )
    assert (kind, label) == ("voice_command", "show_widget")
    assert confidence == pytest.approx(0.615, abs=0.001)
    assert detail["text"] == "show the wedder"
    assert detail["heard"] == "wedder"
    assert detail["candidates"][0] == {"widget": "public", "name": "weather", "score": 0.615}
    assert detail["via"] == "touch"

    again = await ws(
        {"type": "smart_mirror/command/answer", "confirmation_id": pending["id"], "accepted": True}
    )
    assert again["error"]["code"] == "not_found"  # answered already

    # Korean, rejected: nothing happens, the sample says "no command"
    assert await say(hass, "뉴수 숨겨 줘", "ko") == f"뉴스 위젯을 끌까요? {CONFIRM_KO}"
    [pending] = await voice_pending(engine)
    rejected = await ws(
        {"type": "smart_mirror/command/answer", "confirmation_id": pending["id"], "accepted": False}
    )
    assert rejected["result"]["outcome"] == "rejected"
    assert (await toggles(engine))["public"] is True
    kind, label, _, detail = await asyncio.to_thread(
        sample, engine, rejected["result"]["sample_id"]
    )
    assert (kind, label) == ("voice_command", "none")
    assert detail["language"] == "ko"

    # corrected on the panel: the command it really was is run and kept
    assert await say(hass, "hide the wedder") == (
        f"Did you mean to hide the weather widget? {CONFIRM_EN}"
    )
    [pending] = await voice_pending(engine)
    corrected = await ws(
        {
            "type": "smart_mirror/command/answer",
            "confirmation_id": pending["id"],
            "accepted": True,
            "correction": {"name": "hide_widget", "args": {"widget": "diary"}},
        }
    )
    assert corrected["result"]["outcome"] == "corrected"
    assert (await toggles(engine))["diary"] is False
    assert (await toggles(engine))["public"] is True
    _, label, _, _ = await asyncio.to_thread(sample, engine, corrected["result"]["sample_id"])
    assert label == "hide_widget"

    # the engine's refusals reach the panel as error codes
    unknown = await ws({"type": "smart_mirror/command", "name": "dance"})
    assert unknown["error"]["code"] == "bad_command"
    gone = await ws(
        {"type": "smart_mirror/command/answer", "confirmation_id": 999, "accepted": True}
    )
    assert gone["error"]["code"] == "not_found"
    nowhere = await ws({"type": "smart_mirror/command", "name": "capture", "entry_id": "nope"})
    assert nowhere["error"]["code"] == "not_found"
    nowhere = await ws(
        {
            "type": "smart_mirror/command/answer",
            "entry_id": "nope",
            "confirmation_id": 1,
            "accepted": True,
        }
    )
    assert nowhere["error"]["code"] == "not_found"
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_assist_after_the_mirror_and_failures(
    hass: HomeAssistant, engine: EngineProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Home Assistant's intent platform registers the intents with the integration
    assert await async_setup_component(hass, DOMAIN, {})
    await hass.async_block_till_done()
    response = await intent.async_handle(hass, "test", "SmartMirrorWhoAmI", language="ko")
    assert response.speech["plain"]["speech"] == "설정된 스마트 미러가 없습니다."
    response = await intent.async_handle(hass, "test", "SmartMirrorCapture", language="fr")
    assert response.speech["plain"]["speech"] == "No Smart Mirror is set up."  # English else

    # a mirror that goes before Assist came leaves nothing waiting for it
    entry = await set_up_mirror(hass, engine)
    assert await hass.config_entries.async_unload(entry.entry_id)
    entry = await set_up_mirror(hass, engine)
    # Assist loaded after the mirror: its sentences are registered then
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    await hass.async_block_till_done()
    coordinator: MirrorCoordinator = entry.runtime_data.coordinator

    async def broken(command: dict[str, Any]) -> dict[str, Any]:
        raise EngineError("the camera is gone", "no_frame")

    monkeypatch.setattr(coordinator.client, "submit_command", broken)
    assert await say(hass, "take a photo") == "The mirror could not do that: the camera is gone"
    assert await say(hass, "찰칵", "ko") == "거울이 그 작업을 하지 못했습니다: the camera is gone"
    intent.async_remove(hass, "SmartMirrorWhoAmI")  # a sentence whose intent is gone
    assert await say(hass, "do you know me") == "Sorry, something went wrong."
    assert await hass.config_entries.async_unload(entry.entry_id)
    assert assist.DATA_VOICE not in hass.data
    assert await say(hass, "take a photo") != "The mirror could not do that: the camera is gone"


async def test_spoken_dates_and_counts(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    mirror: MirrorData = entry.runtime_data
    now = dt_util.now().replace(hour=12, minute=30, second=0, microsecond=0)
    later = now + timedelta(days=5)

    def asked(language: str) -> Asked:
        question = intent.Intent(
            hass, "test", "SmartMirrorNextEvent", {}, None, Context(), language
        )
        return Asked(question, mirror, language_of(hass, language), {})

    def event(start: str) -> list[dict[str, Any]]:
        return [{"summary": "Rehearsal", "start": start}]

    tell = SmartMirrorNextEvent().tell
    en, ko = asked("en"), asked("ko")
    assert tell(en, event(now.isoformat())) == "Your next event is Rehearsal, today at 12:30."
    assert tell(ko, event((now + timedelta(days=1)).isoformat())) == (
        "다음 일정은 내일 12:30 Rehearsal입니다."
    )
    month = hass.data[DATA_LANGUAGES]["en"].months[later.month - 1]
    assert tell(en, event(later.isoformat())) == (
        f"Your next event is Rehearsal, on {month} {later.day} at 12:30."
    )
    assert tell(ko, event(later.date().isoformat())) == (
        f"다음 일정은 {later.month}월 {later.day}일 Rehearsal입니다."
    )
    assert tell(en, event("someday")) == "Your next event is Rehearsal, someday."
    assert tell(en, []) == "Nothing is on your calendar for the next week."
    mail = SmartMirrorUnreadMail().tell
    assert mail(en, {"unread": 0}) == "You have no unread mail."
    assert mail(en, {"unread": 1}) == "You have 1 unread mail."
    assert mail(ko, {"unread": 0}) == "읽지 않은 메일이 없습니다."
    assert await hass.config_entries.async_unload(entry.entry_id)


def test_widget_names_heard_exactly_or_nearly(tmp_path: Path) -> None:
    languages = load_languages()
    en, ko = languages["en"], languages["ko"]
    for spoken, feature, name in (
        ("the Weather widget", "public", "weather"),
        ("me my day", "personal", "my day"),
        ("evolution", "evolution", "evolution"),
        ("감정을", "assessment", "감정"),
        ("평가", "assessment", "평가"),  # 가 is a particle too, but not here
        ("내 다이어리", "diary", "다이어리"),
    ):
        widget = (ko if spoken[0] >= "\uac00" else en).widget(spoken)
        assert widget is not None, spoken
        assert (widget.feature, widget.name, widget.confidence) == (feature, name, 1.0)
    nearly = en.widget("big wether")  # a word that is no filler stays part of the name
    assert nearly is not None
    assert (nearly.feature, nearly.heard) == ("public", "big wether")
    assert nearly.confidence < 1.0
    near = ko.widget("날시")  # one letter of the syllable misheard (ㅆ -> ㅅ)
    assert near is not None
    assert (near.feature, near.confidence) == ("public", 0.8)
    assert en.widget("banana") is None
    assert ko.widget("바나나") is None

    broken = tmp_path / "xx.yaml"
    broken.write_text((SENTENCES / "en.yaml").read_text().split("responses:")[0] + "responses: {}")
    with pytest.raises(vol.Invalid, match="no answers for"):
        load_languages(tmp_path)
