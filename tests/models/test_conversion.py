"""Every converted model against the original TF.js graph run by
@tensorflow/tfjs with the wasm backend in Node: the same inputs must give
outputs within 1e-3. The references are computed by
mirror_frontend/tools/tfjs_reference.mjs during the test, not stored."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import cv2
import numpy as np
import onnxruntime as ort
import pytest
import skimage.data
from numpy.typing import NDArray

from mirror_engine.models.manifest import MODELS
from mirror_engine.models.registry import ONNX_DIR, TFJS_DIR, ModelMissingError, ModelRegistry
from mirror_engine.vision.analyze import face_crop, model_inputs
from mirror_engine.vision.detect import FaceDetector
from tests.harness import ROOT

MODELS_DIR = ROOT / ".models"
REFERENCE = ROOT / "mirror_frontend" / "tools" / "tfjs_reference.mjs"
RANGES = {
    "faceres": (0.0, 255.0),
    "emotion": (-1.0, 1.0),
    "antispoof": (0.0, 1.0),
    "liveness": (0.0, 1.0),
}


@pytest.fixture(scope="module")
def models_dir() -> Path:
    if not (MODELS_DIR / "manifest.json").is_file():
        pytest.fail(f"models are not installed in {MODELS_DIR}: run `make dev`")
    if shutil.which("node") is None or not (ROOT / "mirror_frontend/node_modules").is_dir():
        pytest.fail("node and mirror_frontend/node_modules are needed: run `make dev`")
    return MODELS_DIR


@pytest.fixture(scope="module")
def astronaut_inputs() -> dict[str, NDArray[np.float32]]:
    rgb = skimage.data.astronaut()  # type: ignore[no-untyped-call]
    image = np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), np.uint8)
    box = max(FaceDetector().detect(image), key=lambda b: b.width)
    return model_inputs(face_crop(image, box))


@pytest.mark.parametrize("name", sorted(MODELS))
def test_converted_model_matches_tfjs(
    name: str,
    models_dir: Path,
    astronaut_inputs: dict[str, NDArray[np.float32]],
    tmp_path: Path,
) -> None:
    session = ort.InferenceSession(str(models_dir / ONNX_DIR / f"{name}.onnx"))
    spec = session.get_inputs()[0]
    shape = [int(d) for d in spec.shape[1:]]
    low, high = RANGES[name]
    rng = np.random.default_rng(2024)
    batch = np.concatenate(
        [
            rng.uniform(low, high, (2, *shape)).astype(np.float32),
            astronaut_inputs[name].astype(np.float32),  # a real face, preprocessed
        ]
    )
    (tmp_path / "input.bin").write_bytes(batch.astype("<f4").tobytes())
    outputs = [o.name for o in session.get_outputs()]
    request = {
        "input": {
            "name": spec.name,
            "shape": list(batch.shape),
            "file": str(tmp_path / "input.bin"),
        },
        "outputs": outputs,
    }
    (tmp_path / "request.json").write_text(json.dumps(request))
    done = subprocess.run(
        [
            "node",
            str(REFERENCE),
            str(models_dir / TFJS_DIR / f"{name}.json"),
            str(tmp_path / "request.json"),
            str(tmp_path / "result.json"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    reference = json.loads((tmp_path / "result.json").read_text())
    assert reference["backend"] == "wasm"
    ours = dict(zip(outputs, session.run(None, {spec.name: batch}), strict=True))
    for output in outputs:
        expected = np.array(reference[output]["data"], np.float32).reshape(
            reference[output]["shape"]
        )
        assert ours[output].shape == expected.shape, output
        diff = float(np.max(np.abs(ours[output] - expected)))
        assert diff <= 1e-3, f"{name}:{output} differs by {diff}"


def test_a_missing_model_names_the_install_command(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError, match=r"python -m mirror_engine.models install --dir"):
        ModelRegistry(tmp_path).session("emotion")
