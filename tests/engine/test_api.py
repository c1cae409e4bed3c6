"""The engine's HTTP API on a real engine process."""

from __future__ import annotations

import json
from pathlib import Path

import aiohttp
import cv2
import numpy as np
import pytest

from tests.harness import EngineProcess

PROTECTED = [
    ("GET", "/api/status"),
    ("GET", "/api/snapshot.jpg"),
    ("GET", "/api/stream.mjpeg"),
    ("GET", "/api/ws"),
    ("GET", "/api/toggles"),
    ("POST", "/api/toggles"),
    ("GET", "/api/settings"),
    ("PATCH", "/api/settings"),
    ("POST", "/api/capture"),
    ("GET", "/api/captures"),
    ("GET", "/api/captures/1.jpg"),
]


@pytest.mark.parametrize(("method", "path"), PROTECTED)
async def test_401_without_a_valid_token(engine: EngineProcess, method: str, path: str) -> None:
    async with aiohttp.ClientSession() as session:
        for headers in ({}, {"Authorization": "Bearer wrong-token-0123456789"}):
            async with session.request(method, engine.base + path, headers=headers) as resp:
                assert resp.status == 401
                assert resp.headers["WWW-Authenticate"] == "Bearer"
                assert "token" in (await resp.json())["error"]
        async with session.request(
            method, engine.base + path, params={"token": "wrong-token-0123456789"}
        ) as resp:
            assert resp.status == 401


async def test_health_is_open_and_token_works_as_header_or_query(engine: EngineProcess) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(engine.base + "/api/health") as resp:
            assert resp.status == 200
            assert (await resp.json())["api_version"] == 1
        async with session.get(
            engine.base + "/api/snapshot.jpg", params={"token": engine.token}
        ) as resp:
            assert resp.status == 200
            assert resp.content_type == "image/jpeg"
            image = cv2.imdecode(np.frombuffer(await resp.read(), np.uint8), cv2.IMREAD_COLOR)
            assert image is not None
            assert image.shape == (360, 640, 3)
            assert int(resp.headers["X-Frame-Seq"]) > 0


def test_status_reports_source_stream_and_workers(engine: EngineProcess) -> None:
    status = engine.status()
    assert status["source"]["state"] == "streaming"
    assert status["source"]["nominal_fps"] == 30
    assert status["source"]["width"] == 640
    assert [w["name"] for w in status["workers"]] == ["recognition", "assessment", "gestures"]
    assert status["gestures_error"] is None
    assert status["identity"] == {
        "persons": 0,
        "embeddings": 0,
        "session": "idle",
        "analysis_error": None,
    }
    assert set(status["toggles"]) == {
        "public",
        "personal",
        "assessment",
        "evolution",
        "diary",
        "settings",
    }


def test_without_models_the_mirror_runs_and_says_how_to_install_them(
    tmp_path: Path, engines: list[EngineProcess]
) -> None:
    empty = tmp_path / "no-models"
    started = EngineProcess(
        tmp_path / "data", "--source", "pattern", "--models-dir", str(empty)
    ).start()
    engines.append(started)
    status = started.status()
    assert [w["name"] for w in status["workers"]] == ["recognition"]
    for error in (status["gestures_error"], status["identity"]["analysis_error"]):
        assert f"python -m mirror_engine.models install --dir {empty}" in error


def test_toggles_validate_and_survive_a_restart(engine: EngineProcess) -> None:
    code, body, _ = engine.request("/api/toggles", method="POST", body={"weather": True})
    assert code == 400
    assert b"unknown feature 'weather'" in body
    code, body, _ = engine.request("/api/toggles", method="POST", body=["assessment"])
    assert code == 400
    state = engine.json("/api/toggles", method="POST", body={"assessment": False, "diary": False})
    assert state["assessment"] is False
    assert state["diary"] is False
    assert state["public"] is True
    engine.stop()
    engine.start()
    assert engine.json("/api/toggles")["assessment"] is False


def test_runtime_settings_validate_apply_and_survive_a_restart(engine: EngineProcess) -> None:
    settings = engine.json("/api/settings")
    assert settings["match_distance"] == 0.55
    assert settings["liveness"] == "motion"
    for bad, named in (
        ({"leave_timeout": -1}, b"leave_timeout"),
        ({"liveness": "maybe"}, b"liveness"),
        ({"match_distance": 0.7}, b"unknown_distance must be larger"),
        ({"source": "pattern"}, b"source: not a runtime setting"),
    ):
        code, body, _ = engine.request("/api/settings", method="PATCH", body=bad)
        assert code == 400, bad
        assert named in body
        assert json.loads(body)["code"] == "bad_settings"
    assert engine.json("/api/settings") == settings  # a refused change changes nothing
    changed = engine.json(
        "/api/settings", method="PATCH", body={"leave_timeout": 12.5, "liveness": "off"}
    )
    assert changed["leave_timeout"] == 12.5
    assert changed["liveness"] == "off"
    assert engine.status()["settings"] == changed
    engine.stop()
    engine.start()
    assert engine.json("/api/settings") == changed


def test_capture_is_stored_and_survives_a_restart(engine: EngineProcess) -> None:
    code, body, _ = engine.request("/api/capture", method="POST")
    assert code == 201
    capture = json.loads(body)
    assert capture["width"] == 640
    assert capture["frame_seq"] > 0
    _, jpeg, _ = engine.request(f"/api/captures/{capture['id']}.jpg")
    engine.stop()
    engine.start()
    listed = engine.json("/api/captures")
    assert listed[0] == capture
    code, again, headers = engine.request(f"/api/captures/{capture['id']}.jpg")
    assert code == 200
    assert headers["Content-Type"] == "image/jpeg"
    assert again == jpeg
    image = cv2.imdecode(np.frombuffer(again, np.uint8), cv2.IMREAD_COLOR)
    assert image is not None
    assert image.shape == (360, 640, 3)
    code, _, _ = engine.request("/api/captures/999.jpg")
    assert code == 404


def test_capture_without_a_camera_frame_is_refused(
    tmp_path: Path, engines: list[EngineProcess]
) -> None:
    engine = EngineProcess(tmp_path / "data", "--source", str(tmp_path / "missing.mp4")).start()
    engines.append(engine)
    code, body, _ = engine.request("/api/capture", method="POST")
    assert code == 503
    assert b"no frame" in body
    assert engine.json("/api/captures") == []
    status = engine.status()
    assert status["source"]["state"] == "lost"
    assert "file not found" in status["source"]["last_error"]
