"""The engine's HTTP API on a real engine process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import aiohttp
import cv2
import numpy as np
import pytest

from devkit.harness import EngineProcess, wait_until
from mirror_engine.api.app import AuthThrottle

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
    names = [w["name"] for w in status["workers"]]
    assert names == ["recognition", "assessment", "gestures", "motion"]
    assert set(status["presence"]) == {"awake", "motion_age_s", "moved_area"}
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
    assert [w["name"] for w in status["workers"]] == ["recognition", "motion"]
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
    assert settings["match_distance"] == 0.54
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


def test_the_token_is_not_on_the_command_line(engine: EngineProcess) -> None:
    assert engine.proc is not None
    assert "--token" not in engine.command()
    cmdline = Path(f"/proc/{engine.proc.pid}/cmdline").read_bytes()
    assert engine.token.encode() not in cmdline  # ps shows no secret
    assert engine.status()["source"]["state"] == "streaming"  # the env's token works


def test_auth_throttle_backs_off_per_client() -> None:
    now = [1000.0]
    throttle = AuthThrottle(limit=10, window=60, first=1, longest=300, clock=lambda: now[0])
    for _ in range(9):
        throttle.failed("10.0.0.1")
        now[0] += 1
    assert throttle.retry_after("10.0.0.1") is None  # 9 failures: still allowed
    throttle.failed("10.0.0.1")
    assert throttle.retry_after("10.0.0.1") == 1  # the 10th within 60 s: blocked
    assert throttle.retry_after("10.0.0.2") is None  # nobody else
    waits = []
    for _ in range(12):  # each failure after a block doubles the next block,
        # also when the first 10 are more than 60 s ago
        now[0] += throttle.retry_after("10.0.0.1") or 0
        throttle.failed("10.0.0.1")
        waits.append(throttle.retry_after("10.0.0.1"))
    assert waits == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300, 300]
    throttle.failed("10.0.0.2")
    throttle.succeeded("10.0.0.2")  # a right token forgets only that client
    assert throttle.retry_after("10.0.0.1") == 300
    now[0] += 300
    assert throttle.retry_after("10.0.0.1") is None
    now[0] += 601  # quiet for twice the longest block: forgotten
    throttle.failed("10.0.0.1")
    assert throttle.retry_after("10.0.0.1") is None


async def test_wrong_tokens_are_rate_limited(engine: EngineProcess) -> None:
    wrong = {"Authorization": "Bearer wrong-token-0123456789"}
    async with aiohttp.ClientSession() as session:
        for _ in range(10):
            async with session.get(engine.base + "/api/status", headers=wrong) as resp:
                assert resp.status == 401
        for headers in (wrong, engine.headers):  # now even the right token waits
            async with session.get(engine.base + "/api/status", headers=headers) as resp:
                assert resp.status == 429
                assert 1 <= int(resp.headers["Retry-After"]) <= 2
                assert (await resp.json())["code"] == "too_many_attempts"
        async with session.get(engine.base + "/api/health") as resp:
            assert resp.status == 200  # the open route stays open
    status = wait_until(
        lambda: engine.request("/api/status")[0] == 200, 5, "the block to end", every=0.25
    )
    assert status


def test_snapshot_refuses_a_stale_frame_while_the_camera_is_lost(
    tmp_path: Path, engines: list[EngineProcess]
) -> None:
    photo = tmp_path / "camera.png"
    cv2.imwrite(str(photo), np.full((120, 160, 3), 200, np.uint8))
    engine = EngineProcess(tmp_path / "data", "--source", str(photo), "--fps", "10").start()
    engines.append(engine)
    wait_until(lambda: engine.request("/api/snapshot.jpg")[0] == 200, 10, "a snapshot")
    photo.unlink()  # the camera goes away
    wait_until(lambda: engine.status()["source"]["state"] == "lost", 10, "the source lost")
    code, body, _ = engine.request("/api/snapshot.jpg")
    assert (code, json.loads(body)["code"]) == (503, "camera_lost")
    code, body, _ = engine.request("/api/capture", method="POST")
    assert code == 503  # nor is a stale frame kept as a capture
    cv2.imwrite(str(photo), np.full((120, 160, 3), 50, np.uint8))  # and comes back
    wait_until(lambda: engine.request("/api/snapshot.jpg")[0] == 200, 20, "a snapshot again")


BAD_JSON = [
    (b"\xff\xfe{}", "bad_json"),  # not UTF-8
    (b"[" * 100_000 + b"]" * 100_000, "too_deep"),
    (b'{"a":' * 33 + b"1" + b"}" * 33, "too_deep"),
    (b'{"assessment": NaN}', "bad_json"),
    (b'{"assessment": 1' + b"0" * 5000 + b"}", "bad_json"),  # too many digits
    (b'{"assessment": "\\ud800"}', "bad_json"),  # a lone surrogate
    (b"{", "bad_json"),
    (b"[]", "bad_json"),
    (b"{" * (1024 * 1024 + 1), "too_large"),
]


async def test_bad_json_is_a_clear_4xx(engine: EngineProcess) -> None:
    async with aiohttp.ClientSession(headers=engine.headers) as session:
        for body, code in BAD_JSON:
            for method, path in (("POST", "/api/toggles"), ("PATCH", "/api/settings")):
                async with session.request(
                    method,
                    engine.base + path,
                    data=body,
                    headers={"Content-Type": "application/json; charset=no-such-charset"},
                ) as resp:
                    assert resp.status == (413 if code == "too_large" else 400), (path, code)
                    assert (await resp.json())["code"] == code


async def test_json_nested_32_deep_is_read(engine: EngineProcess) -> None:
    level: dict[str, Any] = {}
    nested = {"name": "capture", "evidence": level}
    for _ in range(30):  # the body is 32 levels deep
        level["x"] = {}
        level = level["x"]
    async with (
        aiohttp.ClientSession(headers=engine.headers) as session,
        session.post(engine.base + "/api/commands", json=nested) as resp,
    ):
        assert resp.status == 200, await resp.text()


async def test_ids_and_command_fields_are_parsed_strictly(engine: EngineProcess) -> None:
    async with aiohttp.ClientSession(headers=engine.headers) as session:
        for path in ("9223372036854775808", "18446744073709551616", "-1", "%D9%A1", "1e3"):
            async with session.get(f"{engine.base}/api/captures/{path}.jpg") as resp:
                assert resp.status == 404, path
        async with session.post(
            f"{engine.base}/api/commands/99999999999999999999/answer", json={"accepted": True}
        ) as resp:
            assert resp.status == 404
        for body in (
            {"name": ["capture"]},
            {"name": {"capture": 1}},
            {"name": 7},
            {"name": "capture", "alternatives": [["zoom"]]},
            {"name": "capture", "alternatives": {"zoom": 1}},
            {"name": "capture", "modality": ["touch"]},
            {"name": "capture", "confidence": 10**400 // 10**100},
            {"name": "capture", "args": ["x"]},
            {"name": "capture", "evidence": {"features": ["a"]}},
            {"name": "capture", "evidence": {"features": [[1.0]]}},
        ):
            async with session.post(f"{engine.base}/api/commands", json=body) as resp:
                assert resp.status == 400, (body, await resp.text())
                assert (await resp.json())["code"] == "bad_command"
