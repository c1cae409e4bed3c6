"""Every websocket command of the integration, fed random messages (seeded,
bounded) by an admin, the user that reaches furthest: each gets a clear
answer, never Home Assistant's ``unknown_error`` (an exception in our code)
and never an engine failure; the engine stays healthy and streaming."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from homeassistant.core import HomeAssistant
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from devkit.ha_testing import until
from devkit.harness import EngineProcess

COMMANDS = (
    "smart_mirror/stream",
    "smart_mirror/info/public",
    "smart_mirror/info/personal",
    "smart_mirror/info/subscribe",
    "smart_mirror/session/choose",
    "smart_mirror/session/login",
    "smart_mirror/me",
    "smart_mirror/trainer",
    "smart_mirror/household",
    "smart_mirror/settings",
    "smart_mirror/command",
    "smart_mirror/command/answer",
    "smart_mirror/persons",
    "smart_mirror/persons/thumbnail",
    "smart_mirror/persons/create",
    "smart_mirror/persons/rename",
    "smart_mirror/persons/link",
    "smart_mirror/persons/set_pin",
    "smart_mirror/persons/clear_pin",
    "smart_mirror/persons/enrol_photo",
    "smart_mirror/persons/enrol_live",
    "smart_mirror/persons/forget",
)
KEYS = (
    "face", "person_id", "pin", "session_id", "path", "method", "body", "query", "action",
    "changes", "name", "args", "confirmation_id", "accepted", "correction", "frames",
    "ha_person", "calendars", "image",
)  # fmt: skip
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["diary", "evolution/daily", "POST", "GET", "1234", "retrain", "off"])
)
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
SETTINGS = st.dictionaries(
    st.sampled_from(["match_distance", "reverify_interval", "leave_timeout", "liveness", "x"]),
    JSON,
    max_size=3,
)
EXAMPLES = 600
# a valid message of each command: most examples change one field of one,
# so they get past the schema into our handlers and the engine
VALID: dict[str, dict[str, Any]] = {
    "smart_mirror/stream": {"frames": False},
    "smart_mirror/info/public": {},
    "smart_mirror/info/personal": {"session_id": "x"},
    "smart_mirror/info/subscribe": {},
    "smart_mirror/session/choose": {"face": 0},
    "smart_mirror/session/login": {"person_id": 1, "pin": "1234"},
    "smart_mirror/me": {"session_id": "x", "path": "diary"},
    "smart_mirror/trainer": {"action": "status"},
    "smart_mirror/household": {},
    "smart_mirror/settings": {},
    "smart_mirror/command": {"name": "show_widget", "args": {"widget": "public"}},
    "smart_mirror/command/answer": {"confirmation_id": 1, "accepted": True},
    "smart_mirror/persons": {},
    "smart_mirror/persons/thumbnail": {"person_id": 1},
    "smart_mirror/persons/create": {"name": "Fuzz", "ha_person": "person.fuzz"},
    "smart_mirror/persons/rename": {"person_id": 1, "name": "Fuzz"},
    "smart_mirror/persons/link": {"person_id": 1, "ha_person": "", "calendars": ["calendar.a"]},
    "smart_mirror/persons/set_pin": {"person_id": 1, "pin": "1234"},
    "smart_mirror/persons/clear_pin": {"person_id": 1},
    "smart_mirror/persons/enrol_photo": {"person_id": 1, "image": "/9j/4AAQSkZJRg=="},
    "smart_mirror/persons/enrol_live": {"person_id": 1},
    "smart_mirror/persons/forget": {"person_id": 2},
}
VALUES = st.one_of(
    JSON,
    st.integers(min_value=2**63 - 2, max_value=2**64),
    st.sampled_from(
        ["evolution/daily", "calibration/collect", "POST", "rollback", "zoom", "person.a", ""]
    ),
    st.lists(st.sampled_from(["calendar.a", "light.b", "calendar", ""]), max_size=3),
    st.sampled_from(["data:image/jpeg;base64,/9j/", "data:text/plain;base64,QQ==", "=="]),
    st.dictionaries(st.sampled_from(["days", "since", "text", "label", "kind"]), JSON),
)


def _messages(entry_id: str) -> list[dict[str, Any]]:
    """Hypothesis as a seeded generator of messages (no shrinking needed: every
    failure is collected and reported together)."""
    drawn: list[dict[str, Any]] = []

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(
        kind=st.sampled_from(COMMANDS),
        entry=st.sampled_from([entry_id, entry_id, "nope", ""]),
        fields=st.dictionaries(st.sampled_from(KEYS), JSON, max_size=6),
        changes=SETTINGS,
        from_valid=st.booleans(),
        which=st.integers(min_value=0, max_value=5),
        value=VALUES,
    )
    def draw(
        kind: str,
        entry: str,
        fields: dict[str, Any],
        changes: dict[str, Any],
        from_valid: bool,
        which: int,
        value: Any,
    ) -> None:
        if from_valid:  # one of its own fields changed (or none, for which == 0)
            fields = dict(VALID[kind])
            if fields and which:
                fields[list(fields)[which % len(fields)]] = value
        if kind == "smart_mirror/settings" and "changes" in fields:
            fields["changes"] = changes
        drawn.append({**fields, "type": kind, "entry_id": entry})

    draw()
    return drawn


async def test_random_websocket_messages_get_clear_answers(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    engine: EngineProcess,
    entry: MockConfigEntry,
) -> None:
    messages = _messages(entry.entry_id)
    client = await hass_ws_client(hass)
    codes: dict[str, int] = {}
    failures: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for message in messages:
        await client.send_json_auto_id(dict(message))
        while True:  # subscriptions may push events before or after their result
            answer = await asyncio.wait_for(client.receive_json(), 20)
            if answer.get("type") == "result":
                break
        code = "ok" if answer["success"] else answer["error"]["code"]
        codes[code] = codes.get(code, 0) + 1
        if code in {"unknown_error", "engine_error", "home_assistant_error"}:
            failures.append((message, answer))
        if answer["success"] and message["type"] == "smart_mirror/info/subscribe":
            await client.send_json_auto_id(
                {"type": "unsubscribe_events", "subscription": answer["id"]}
            )
    print(json.dumps({"messages": len(messages), "answers": codes}))
    assert not failures, failures[:5]
    assert len(messages) == EXAMPLES
    assert codes.get("invalid_format", 0) > 0  # it reached both the schema
    assert codes.get("ok", 0) > 0  # and the handlers
    frames = (await asyncio.to_thread(engine.json, "/api/status"))["source"]["frames"]

    async def streams_on() -> bool:  # the engine still takes frames after all that
        status = await asyncio.to_thread(engine.json, "/api/status")
        return bool(status["source"]["frames"] > frames)

    await until(streams_on)
    assert await hass.config_entries.async_unload(entry.entry_id)
