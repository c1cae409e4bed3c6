"""The installed models and the TF.js reference runner they are checked against."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from devkit.harness import MODELS, ROOT

REFERENCE = ROOT / "mirror_frontend" / "tools" / "tfjs_reference.mjs"


@pytest.fixture(scope="module")
def models_dir() -> Path:
    if not (MODELS / "manifest.json").is_file():
        pytest.fail(f"models are not installed in {MODELS}: run `make dev`")
    if shutil.which("node") is None or not (ROOT / "mirror_frontend/node_modules").is_dir():
        pytest.fail("node and mirror_frontend/node_modules are needed: run `make dev`")
    return MODELS
