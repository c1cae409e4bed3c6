"""The panel end to end: a real Home Assistant (with its frontend) and a real
engine on the shared clip, headless Chromium logged in as the owner."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest

from tests.harness import CLIP, FACES, ROOT, EngineProcess
from tools.home_assistant import HomeAssistantProcess

SCRIPT = ROOT / "mirror_frontend" / "e2e" / "panel.mjs"
SHOTS = ROOT / "tests" / "screenshots"


@pytest.fixture(scope="module")
def mirror(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HomeAssistantProcess]:
    if not CLIP.is_file():
        pytest.skip(f"shared clip not found at {CLIP}")
    engine = EngineProcess(
        tmp_path_factory.mktemp("engine"), "--source", str(CLIP), "--leave-timeout", "1"
    ).start()
    home = HomeAssistantProcess(tmp_path_factory.mktemp("home-assistant"))
    try:
        engine.enrol_photo("Lin-Manuel Miranda", FACES / "scenes/lin-manuel-miranda.png")
        home.start()
        home.onboard()
        home.add_mirror("127.0.0.1", engine.port, engine.token)
        yield home
    finally:
        home.stop()
        engine.stop()


def run_panel(home: HomeAssistantProcess) -> dict[str, Any]:
    SHOTS.mkdir(exist_ok=True)
    done = subprocess.run(
        ["node", str(SCRIPT), home.base, json.dumps(home.browser_tokens()), str(SHOTS)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=SCRIPT.parent,
    )
    assert done.returncode == 0, f"{done.stderr}\n--- Home Assistant ---\n{home.log()}"
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_panel_is_the_mirror(mirror: HomeAssistantProcess) -> None:
    seen = run_panel(mirror)
    print(json.dumps({k: seen[k] for k in ("fps", "latency_ms", "greeting", "drawn")}))
    assert seen["errors"] == []
    assert 25 <= seen["fps"] <= 31, seen  # painted, over 5 s, through Home Assistant
    assert seen["seqAdvance"] >= 125
    assert seen["flip"] == "matrix(-1, 0, 0, 1, 0, 0)"  # a mirror, not a camera
    assert (seen["width"], seen["height"]) == (640, 360)
    assert seen["greeting"] == "Hello, Lin-Manuel Miranda"
    assert "Age" in seen["assessment"]
    drawn = seen["drawn"]
    assert drawn["faceEvents"] > 0
    assert drawn["boxes"] > 0  # face boxes drawn on the frames they were found in
    assert drawn["named"] > 0  # with his name once he is recognised
    assert seen["afterSession"] == {"assessment": False, "personal": False}
    assert seen["zoomed"] > 1
    assert seen["reset"] == 1
    for shot in ("panel-live.png", "panel-greeting.png"):
        assert (SHOTS / shot).stat().st_size > 10_000
