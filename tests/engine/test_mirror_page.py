"""The demo page in real headless Chromium: a live, horizontally mirrored stream."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from devkit.harness import ROOT, EngineProcess

SCRIPT = ROOT / "mirror_frontend" / "e2e" / "engine_page.mjs"
SCREENSHOTS = ROOT / "tests" / "screenshots"


def test_mirror_page_shows_the_live_mirrored_stream(
    tmp_path: Path, engines: list[EngineProcess]
) -> None:
    if shutil.which("node") is None or not (ROOT / "mirror_frontend/node_modules").is_dir():
        pytest.fail("node and mirror_frontend/node_modules are needed: run `make dev`")
    engine = EngineProcess(tmp_path / "data", "--source", "pattern").start()
    engines.append(engine)
    SCREENSHOTS.mkdir(exist_ok=True)
    shot = SCREENSHOTS / "engine_mirror_page.png"
    proc = subprocess.run(
        ["node", str(SCRIPT), f"{engine.base}/?token={engine.token}", str(shot)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["errors"] == []
    assert seen["transform"] == "matrix(-1, 0, 0, 1, 0, 0)"  # flipped horizontally
    assert (seen["width"], seen["height"]) == (640, 360)
    assert seen["fps"] >= 25, seen  # painted at the camera's rate
    assert seen["seqAdvance"] >= 125
    # The pattern's blue channel rises left to right in the camera image, so
    # on the mirror the left of the screen must be the blue side.
    read = cv2.imread(str(shot))
    assert read is not None
    image = np.asarray(read, dtype=np.float64)
    third = image.shape[1] // 3
    blue_left = float(np.mean(image[:, :third, 0]))
    blue_right = float(np.mean(image[:, -third:, 0]))
    assert blue_left > blue_right + 100, (blue_left, blue_right)
