"""The engine's child processes die with it, whatever kills it (issue: kill -9
or the OOM killer left the descriptor process and the resource tracker
running for good)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from devkit.harness import EngineProcess, wait_until


def _children(pid: int) -> set[int]:
    """Every living descendant of ``pid`` (from /proc: no psutil needed)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # gone meanwhile
            if fields[0] != "Z":
                parents[int(entry.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier}
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent's wait is missing


def test_kill_9_leaves_no_process_of_the_engine(tmp_path: Path, shared_clip: Path) -> None:
    engine = EngineProcess(tmp_path / "data", "--source", str(shared_clip), "--liveness", "off")
    engine.start()
    try:
        assert engine.proc is not None
        pid = engine.proc.pid
        # faces in the clip: the descriptor process (and the resource tracker) start
        wait_until(lambda: len(_children(pid)) >= 2, 60, "the descriptor process and tracker")
        children = _children(pid)
        os.kill(pid, signal.SIGKILL)
        engine.proc.wait(10)
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline and any(_alive(c) for c in children):
            time.sleep(0.05)
        left = sorted(c for c in children if _alive(c))
        assert left == [], f"still running 2 s after kill -9: {left}"
    finally:
        engine.stop()


def test_a_taken_port_is_a_clear_exit_in_every_role(tmp_path: Path) -> None:
    """An engine whose port is taken says so and exits, whether it is the
    mirror or the household's server (the mirror raised a RuntimeError from
    stopping threads it had never started)."""
    import socket
    import subprocess
    import sys

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        for role in ("both", "server"):
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "mirror_engine",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--data-dir",
                    str(tmp_path / role),
                    "--role",
                    role,
                    "--source",
                    "pattern",
                ],
                capture_output=True,
                text=True,
                timeout=180,
                check=False,
            )
            assert done.returncode == 1, done.stderr
            last = done.stderr.strip().splitlines()[-1]
            assert last.startswith(f"mirror_engine: cannot listen on 127.0.0.1:{port}"), last
