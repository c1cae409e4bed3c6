"""Every converted model against the original TF.js graph run by
@tensorflow/tfjs with the wasm backend in Node: the same inputs must give
outputs within 1e-3. The references are computed by
mirror_frontend/tools/tfjs_reference.mjs during the test, not stored."""

from __future__ import annotations

import json
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
from tests.models.conftest import REFERENCE

RANGES = {
    "faceres": (0.0, 255.0),
    "emotion": (-1.0, 1.0),
    "antispoof": (0.0, 1.0),
    "liveness": (0.0, 1.0),
    "movenet-lightning": (0.0, 255.0),
    "handlandmark-lite": (0.0, 1.0),
}
# A cut model is fed to TF.js through its own placeholder (integer pixels for
# MoveNet); ours starts after the cast, so integer-valued floats are the same.
PLACEHOLDER = {"movenet-lightning": ("input", "int32")}


@pytest.fixture(scope="module")
def astronaut_inputs() -> dict[str, NDArray[np.float32]]:
    rgb = skimage.data.astronaut()  # type: ignore[no-untyped-call]
    image = np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), np.uint8)
    box = max(FaceDetector().detect(image), key=lambda b: b.width)
    inputs = model_inputs(face_crop(image, box))
    # the keypoint models see the whole picture (a person, waist up)
    inputs["movenet-lightning"] = cv2.resize(rgb, (192, 192)).astype(np.float32)[None]
    inputs["handlandmark-lite"] = (cv2.resize(rgb, (224, 224)) / 255.0).astype(np.float32)[None]
    return inputs


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
    placeholder, dtype = PLACEHOLDER.get(name, (spec.name, "float32"))
    batch = np.concatenate(
        [
            rng.uniform(low, high, (2, *shape)).astype(np.float32),
            astronaut_inputs[name].astype(np.float32),  # a real face, preprocessed
        ]
    )
    if dtype == "int32":
        batch = np.round(batch)
    (tmp_path / "input.bin").write_bytes(batch.astype("<f4").tobytes())
    outputs = [o.name for o in session.get_outputs()]
    request = {
        "input": {
            "name": placeholder,
            "shape": list(batch.shape),
            "file": str(tmp_path / "input.bin"),
            "dtype": dtype,
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
