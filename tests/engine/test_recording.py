"""The fast tier's fake engine answers with a recording of a real engine
(tests/fast/engine_recording.json). This keeps it honest: a real engine of
this tree still answers the same requests with the same shape (keys and
types), so a changed answer fails here until `python -m devkit.record_engine`
records it again."""

from __future__ import annotations

import json
from typing import Any

from devkit.fakes.engine import RECORDING
from devkit.harness import EngineProcess


def shape(value: Any) -> Any:
    """Keys and types, not values (a list by its first item)."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in sorted(value.items())}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    if isinstance(value, bool) or value is None:
        return type(value).__name__
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


# answers that need no face in view: the recorder's key, the request
CHECKED: tuple[tuple[str, str, str, Any], ...] = (
    ("settings", "GET", "/api/settings", None),
    ("toggles", "GET", "/api/toggles", None),
    ("set_toggles", "POST", "/api/toggles", {"diary": False}),
    ("create_person", "POST", "/api/persons", {"name": "Guest Example", "ha_person": None}),
    ("set_pin", "PUT", "/api/persons/{id}/pin", {"pin": "2468"}),
    ("link_person", "PATCH", "/api/persons/{id}", {"ha_person": "person.guest"}),
    ("trainer", "GET", "/api/trainer", None),
    ("not_owner", "GET", "/api/me?session=someone-else", None),
    ("forget", "DELETE", "/api/persons/{id}", None),
    ("unknown_person", "DELETE", "/api/persons/{id}", None),
)


def test_the_recording_has_the_real_engines_shape(engine: EngineProcess) -> None:
    recorded = json.loads(RECORDING.read_text())["responses"]
    health = engine.json("/api/health", auth=False)
    assert shape(health) == shape(recorded["health"]["body"])
    assert shape(engine.status()).keys() == shape(recorded["status"]["body"]).keys()
    person_id = 0
    for key, method, path, body in CHECKED:
        status, raw, _ = engine.request(
            path.replace("{id}", str(person_id)), method=method, body=body
        )
        answer = json.loads(raw)
        if key == "create_person":
            person_id = answer["id"]
        if key == "trainer":  # its sample counts are keyed by what was collected
            answer["samples"] = recorded[key]["body"]["samples"]
        assert (status, shape(answer)) == (
            recorded[key]["status"],
            shape(recorded[key]["body"]),
        ), key
