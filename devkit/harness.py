"""Run a real engine process on 127.0.0.1 (shared by tests and benchmarks)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FACES = SHARED / "faces"
CLIP = FACES / "video" / "short_hamilton_clip.mp4"
MODELS = ROOT / ".models"  # installed by `make dev`
TOKEN = "test-token-0123456789abcdef"
# The engine's interpreter: this one, or the repository's Python 3.13 venv when
# the tests run on the current Home Assistant's Python 3.14 (make test sets it).
ENGINE_PYTHON = os.environ.get("SMART_MIRROR_ENGINE_PYTHON", sys.executable)


def household_mirror(server: EngineProcess, source: str, fps: float) -> tuple[str, ...]:
    """The options of a test mirror of ``server``'s household: syncing every
    0.5 s, on ``source``, recognition only (no analysis, no gestures)."""
    return (
        "--role",
        "mirror",
        "--server",
        server.base,
        "--sync-interval",
        "0.5",
        "--source",
        source,
        "--fps",
        f"{fps:g}",
        "--analysis",
        "false",
        "--gestures",
        "false",
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_clip(path: Path, frames: int, fps: float, size: tuple[int, int] = (320, 180)) -> Path:
    """Write a small MJPEG AVI whose frames show their index."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, size)
    for i in range(frames):
        image = np.full((size[1], size[0], 3), (i * 20) % 256, np.uint8)
        cv2.putText(
            image, str(i), (10, size[1] // 2), cv2.FONT_HERSHEY_SIMPLEX, 1.5, (255, 255, 255), 3
        )
        writer.write(image)
    writer.release()
    return path


def wait_until(predicate: Callable[[], Any], timeout: float, what: str, every: float = 0.1) -> Any:
    """Poll until ``predicate()`` is truthy; return its value or fail naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


class EngineProcess:
    """``python -m mirror_engine`` in a subprocess, stopped with SIGTERM."""

    def __init__(
        self,
        data_dir: Path,
        *args: str,
        port: int | None = None,
        token: str = TOKEN,
        env: dict[str, str] | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.args = args
        self.port = port or free_port()
        self.token = token
        self.env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = data_dir / f"engine-{self.port}.log"

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def command(self) -> list[str]:
        """The engine's command line: no secret in it (the token is in ``start``'s env)."""
        return [
            ENGINE_PYTHON,
            "-m",
            "mirror_engine",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--data-dir",
            str(self.data_dir),
            "--models-dir",
            str(MODELS),
            *self.args,
        ]

    def start(self, timeout: float = 30.0) -> Self:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        # The token in the environment, never on the command line (visible in ps)
        env = {
            **os.environ,
            "PYTHONPATH": f"{ROOT / 'addon'}:{ROOT}",
            "MIRROR_TOKEN": self.token,
            **self.env,
        }
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                self.command(), stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT
            )
        wait_until(self._healthy, timeout, f"engine on port {self.port} to answer")
        return self

    def _healthy(self) -> bool:
        return answers(self.proc, self.base + "/api/health", 1, "engine", self.log)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:] if self.log_path.exists() else ""

    def stop(self, timeout: float = 15.0) -> int | None:
        code = stop_process(self.proc, timeout)
        self.proc = None
        return code

    def request(
        self, path: str, *, method: str = "GET", body: Any = None, auth: bool = True
    ) -> tuple[int, bytes, dict[str, str]]:
        data = None if body is None else json.dumps(body).encode()
        headers = {**(self.headers if auth else {}), "Content-Type": "application/json"}
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status, resp.read(), dict(resp.headers)
        except urllib.error.HTTPError as err:
            return err.code, err.read(), dict(err.headers)

    def json(self, path: str, **kwargs: Any) -> Any:
        status, body, _ = self.request(path, **kwargs)
        assert status < 300, f"{path} answered {status}: {body!r}"
        return json.loads(body)

    def upload(self, path: str, photo: Path) -> tuple[int, bytes]:
        """POST a photo as the request body; the status and the answer."""
        req = urllib.request.Request(
            self.base + path,
            data=photo.read_bytes(),
            method="POST",
            headers={**self.headers, "Content-Type": "application/octet-stream"},
        )
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as err:
            return err.code, err.read()

    def enrol_photo(self, name: str, photo: Path) -> int:
        """Create a person and enrol one photo; return the person's id."""
        person = self.json("/api/persons", method="POST", body={"name": name})
        status, answer = self.upload(f"/api/persons/{person['id']}/faces", photo)
        assert status == 201, answer
        return int(person["id"])

    def status(self) -> dict[str, Any]:
        result: dict[str, Any] = self.json("/api/status")
        return result

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def answers(
    proc: subprocess.Popen[bytes] | None,
    url: str,
    timeout: float,
    what: str,
    log: Callable[[], str],
) -> bool:
    """Whether ``url`` answers 200 (a server starting: ``wait_until`` it); fails
    with ``log()`` when the process serving it has exited."""
    assert proc is not None
    if proc.poll() is not None:
        raise RuntimeError(f"{what} exited ({proc.returncode}):\n{log()}")
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return bool(resp.status == 200)
    except OSError:
        return False


def stop_process(proc: subprocess.Popen[bytes] | None, timeout: float) -> int | None:
    """SIGTERM (a clean shutdown), then SIGKILL after ``timeout``; the exit code."""
    if proc is None:
        return None
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return proc.returncode
