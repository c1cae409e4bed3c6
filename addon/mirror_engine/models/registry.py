"""Where installed models live, and onnxruntime sessions for them."""

from __future__ import annotations

import threading
from pathlib import Path

import onnxruntime as ort

DEFAULT_DIR = Path("models")
ONNX_DIR = "onnx"
TFJS_DIR = "tfjs"


class ModelMissingError(RuntimeError):
    """A model is not installed; the message says how to install it."""

    @classmethod
    def converted(cls, name: str, folder: Path) -> ModelMissingError:
        return cls(
            f"model '{name}' is not installed in {folder}: run"
            f" `python -m mirror_engine.models install --dir {folder}`"
        )


class ModelRegistry:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._sessions: dict[str, ort.InferenceSession] = {}
        self._lock = threading.Lock()

    def path(self, name: str) -> Path:
        return self.folder / ONNX_DIR / f"{name}.onnx"

    def session(self, name: str) -> ort.InferenceSession:
        with self._lock:
            if name not in self._sessions:
                path = self.path(name)
                if not path.is_file():
                    raise ModelMissingError.converted(name, self.folder)
                options = ort.SessionOptions()
                options.intra_op_num_threads = 1  # one core for analysis, one for the rest
                options.inter_op_num_threads = 1
                self._sessions[name] = ort.InferenceSession(
                    str(path), options, providers=["CPUExecutionProvider"]
                )
            return self._sessions[name]
