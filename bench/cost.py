"""What the engine costs a device that runs all day.

In one run, for three scenes (an empty room: a still scene with sensor
noise; a person in front: the shared clip; streaming only: the clip with
recognition, analysis and gestures off) at 640x360, 1280x720 and 1920x1080,
each on both cores and pinned to one (``taskset``, a stand-in for a
Raspberry Pi 5 core): the CPU the engine and its children use (in cores) and
the fps one MJPEG client receives. Then time to greet on each resolution and
core count: the empty room long enough for the detectors to fall asleep, then
the person steps in (liveness off: see cost_run). ``--soak MINUTES`` instead
runs one engine on the clip with two clients and reports memory and
file-descriptor growth per hour.

    python -m bench.cost [--seconds 15] [--out bench/results/cost.json]
    python -m bench.cost --soak 15 [--out bench/results/cost_soak.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import cv2
import numpy as np

from bench.report import finish
from devkit.harness import CLIP, FACES, EngineProcess
from mirror_engine.pipeline.stream import FRAME_HEADER

RESOLUTIONS = ((640, 360), (1280, 720), (1920, 1080))
FPS = 30.0
TICK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")
FEATURES_OFF = ("--recognition", "false", "--analysis", "false", "--gestures", "false")
EMPTY_S, PRESENT_S = 16.0, 4.0  # asleep after leave_timeout (2 s) + the 10 s hold


# -- scenes -------------------------------------------------------------------------
def _room(width: int, height: int) -> np.ndarray:  # type: ignore[type-arg]
    """A still room: the clip's first frame, blurred beyond recognition (no face)."""
    cap = cv2.VideoCapture(str(CLIP))
    ok, frame = cap.read()
    cap.release()
    assert ok, "cannot read the shared clip"
    room = cv2.GaussianBlur(cv2.resize(frame, (width, height)), (0, 0), width / 40)
    return np.asarray(room, np.uint8)


def _clip_frames(width: int, height: int, seconds: float) -> list[np.ndarray]:  # type: ignore[type-arg]
    cap = cv2.VideoCapture(str(CLIP))
    frames: list[np.ndarray] = []  # type: ignore[type-arg]
    while len(frames) < round(seconds * FPS):
        ok, frame = cap.read()
        if not ok:
            break
        frames.append(cv2.resize(frame, (width, height), interpolation=cv2.INTER_AREA))
    cap.release()
    return frames


def _write(path: Path, frames: Iterator[np.ndarray], size: tuple[int, int]) -> Path:  # type: ignore[type-arg]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), FPS, size)
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path


def _noisy(room: np.ndarray, n: int, seed: int = 0) -> Iterator[np.ndarray]:  # type: ignore[type-arg]
    """The room as a camera sees it: the same scene with sensor noise each frame."""
    rng = np.random.default_rng(seed)
    for _ in range(n):
        noise = rng.normal(0, 3, room.shape)
        yield np.clip(room + noise, 0, 255).astype(np.uint8)


MARK = 24  # a corner square: black in the empty room, white once the person is there


def _marked(frame: np.ndarray, present: bool) -> np.ndarray:  # type: ignore[type-arg]
    out = frame.copy()
    out[:MARK, :MARK] = 255 if present else 0
    return out


def _present(jpeg: bytes) -> bool:
    """Whether a streamed frame shows the person (its corner square is white)."""
    small = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_REDUCED_GRAYSCALE_8)
    return small is not None and float(small[: MARK // 8, : MARK // 8].mean()) > 128


def make_scenes(folder: Path, width: int, height: int) -> dict[str, Path]:
    size = (width, height)
    room = _room(width, height)
    clip = _clip_frames(width, height, 9.0)
    empty = [_marked(f, False) for f in _noisy(room, round(EMPTY_S * FPS), 1)]
    step_in = [*empty, *(_marked(f, True) for f in clip[: round(PRESENT_S * FPS)])]
    return {
        "empty": _write(folder / f"empty_{width}.avi", _noisy(room, 60), size),
        "person": _write(folder / f"person_{width}.avi", iter(clip), size),
        "step_in": _write(folder / f"step_in_{width}.avi", iter(step_in), size),
    }


# -- measuring ---------------------------------------------------------------------
def _family(pid: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int(
                    (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]
                )
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = [pid], {pid}
    while frontier:
        frontier = {c for c, p in parents.items() if p in frontier}
        found += sorted(frontier)
    return found


def _cpu_s(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / TICK


def _rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1])
        except OSError:
            continue
    return total * PAGE / 2**20


def _fds(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            total += sum(1 for _ in Path(f"/proc/{pid}/fd").iterdir())
        except OSError:
            continue
    return total


def _pin(pid: int, core: int) -> None:
    """Every thread of the engine and its children on one core (new children inherit)."""
    for member in _family(pid):
        subprocess.run(
            ["taskset", "-a", "-p", "-c", str(core), str(member)],
            check=False,
            capture_output=True,
        )


async def _mjpeg_client(engine: EngineProcess, counts: list[float], stop: asyncio.Event) -> None:
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"{engine.base}/api/stream.mjpeg", headers=engine.headers) as resp,
    ):
        while not stop.is_set():
            line = await resp.content.readline()
            if not line:
                return
            if line.lower().startswith(b"x-frame-seq"):
                counts.append(time.monotonic())


async def _window(engine: EngineProcess, warmup: float, seconds: float) -> dict[str, Any]:
    assert engine.proc is not None
    counts: list[float] = []
    stop = asyncio.Event()
    client = asyncio.create_task(_mjpeg_client(engine, counts, stop))
    await asyncio.sleep(warmup)
    family = _family(engine.proc.pid)
    cpu0, t0, n0 = _cpu_s(family), time.monotonic(), len(counts)
    await asyncio.sleep(seconds)
    family = sorted(set(family) | set(_family(engine.proc.pid)))
    cpu1, t1, n1 = _cpu_s(family), time.monotonic(), len(counts)
    stop.set()
    client.cancel()
    return {"cores": round((cpu1 - cpu0) / (t1 - t0), 3), "fps": round((n1 - n0) / (t1 - t0), 2)}


def _engine(data: Path, source: Path, *extra: str) -> EngineProcess:
    return EngineProcess(data, "--source", str(source), "--log-level", "warning", *extra)


async def _greets(engine: EngineProcess, loops: int) -> list[float]:
    """Milliseconds from each step-in to person_recognized. The step-in's frames
    carry a white corner square; while the room was asleep the engine
    published only every third frame, so the person is taken to have appeared
    one frame period after the last frame without it (never later than true)."""
    greets: list[float] = []
    appeared: float | None = None
    last_empty: float | None = None
    counted = False
    async with (
        aiohttp.ClientSession() as http,
        http.ws_connect(f"{engine.base}/api/ws", headers=engine.headers, max_msg_size=0) as ws,
    ):
        deadline = time.monotonic() + (loops + 2) * (EMPTY_S + PRESENT_S)
        while time.monotonic() < deadline and len(greets) < loops:
            msg = await ws.receive(timeout=30)
            if msg.type == aiohttp.WSMsgType.BINARY:
                _, _, t_capture = FRAME_HEADER.unpack_from(msg.data)
                if not _present(msg.data[FRAME_HEADER.size :]):
                    last_empty, appeared, counted = t_capture, None, False
                elif appeared is None and last_empty is not None:
                    appeared = min(t_capture, last_empty + 1 / FPS)
            elif msg.type == aiohttp.WSMsgType.TEXT:
                event = json.loads(msg.data)
                if event["type"] == "person_recognized" and appeared and not counted:
                    greets.append(round((event["t"] - appeared) * 1000, 1))
                    counted = True
            else:
                break
    return greets


# -- the runs ----------------------------------------------------------------------
def cost_run(
    folder: Path,
    seconds: float,
    warmup: float,
    loops: int,
    widths: list[int],
    greet_only: bool = False,
) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    greets: list[dict[str, Any]] = []
    for width, height in (r for r in RESOLUTIONS if r[0] in widths):
        scenes = make_scenes(folder, width, height)
        for cores in (2, 1):
            for scene, source, extra in (
                ()
                if greet_only
                else (
                    ("empty", scenes["empty"], ()),
                    ("person", scenes["person"], ("--liveness", "off")),
                    ("streaming only", scenes["person"], FEATURES_OFF),
                )
            ):
                data = folder / f"data_{width}_{cores}_{scene.replace(' ', '_')}"
                engine = _engine(data, source, *extra).start(timeout=60)
                try:
                    assert engine.proc is not None
                    if cores == 1:
                        _pin(engine.proc.pid, 0)
                    if scene == "person":  # someone the mirror knows, so sessions run
                        engine.enrol_photo(
                            "Lin-Manuel Miranda", FACES / "scenes/lin-manuel-miranda.png"
                        )
                    row = asyncio.run(_window(engine, warmup, seconds))
                finally:
                    engine.stop()
                row.update(scene=scene, resolution=f"{width}x{height}", cores_allowed=cores)
                rows.append(row)
                print(
                    f"{width}x{height} {cores} core(s) {scene:15s}"
                    f" {row['cores']:.3f} cores  {row['fps']:.2f} fps",
                    flush=True,
                )
            data = folder / f"data_{width}_{cores}_greet"
            # Liveness off: the motion gate reads landmark jitter, which the clip
            # upscaled to 1280/1920 smooths away (its liveness time is
            # bench/time_to_greet.py's, at the clip's own 640x360).
            engine = _engine(
                data, scenes["step_in"], "--leave-timeout", "2", "--liveness", "off"
            ).start(timeout=60)
            try:
                assert engine.proc is not None
                if cores == 1:
                    _pin(engine.proc.pid, 0)
                engine.enrol_photo("Lin-Manuel Miranda", FACES / "scenes/lin-manuel-miranda.png")
                each = asyncio.run(_greets(engine, loops))
            finally:
                engine.stop()
            p50 = float(np.percentile(each, 50)) if each else None
            greets.append(
                {"resolution": f"{width}x{height}", "cores_allowed": cores, "ms": each, "p50": p50}
            )
            print(
                f"{width}x{height} {cores} core(s) time to greet (ms): {each} p50 {p50}", flush=True
            )
    return {"rows": rows, "time_to_greet": greets, "seconds": seconds}


def soak_run(folder: Path, minutes: float) -> dict[str, Any]:
    scenes = make_scenes(folder, 1280, 720)
    engine = _engine(folder / "data_soak", scenes["person"], "--liveness", "off").start(60)
    samples: list[tuple[float, float, int]] = []
    try:
        assert engine.proc is not None
        engine.enrol_photo("Lin-Manuel Miranda", FACES / "scenes/lin-manuel-miranda.png")

        async def soak() -> None:
            stop = asyncio.Event()
            counts: list[float] = []
            clients = [asyncio.create_task(_mjpeg_client(engine, counts, stop)) for _ in range(2)]
            end = time.monotonic() + minutes * 60
            while time.monotonic() < end:
                assert engine.proc is not None
                family = _family(engine.proc.pid)
                samples.append((time.monotonic(), _rss_mb(family), _fds(family)))
                await asyncio.sleep(min(30.0, max(1.0, minutes * 60 / 30)))
            stop.set()
            for client in clients:
                client.cancel()

        asyncio.run(soak())
    finally:
        engine.stop()
    t = np.array([s[0] for s in samples]) / 3600
    rss = np.array([s[1] for s in samples])
    fds = np.array([s[2] for s in samples], float)
    # after a minute's warm-up (models load, caches fill): the growth that stays
    steady = t - t[0] >= 1 / 60
    mb_per_h = float(np.polyfit(t[steady], rss[steady], 1)[0]) if steady.sum() > 2 else None
    fd_per_h = float(np.polyfit(t[steady], fds[steady], 1)[0]) if steady.sum() > 2 else None
    return {
        "minutes": minutes,
        "rss_mb": [round(float(r), 1) for r in rss],
        "fds": [int(f) for f in fds],
        "rss_mb_per_hour": None if mb_per_h is None else round(mb_per_h, 2),
        "fds_per_hour": None if fd_per_h is None else round(fd_per_h, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=15.0)
    # past the presence hold (10 s) and the session's leave timeout: a steady state
    parser.add_argument("--warmup", type=float, default=16.0)
    parser.add_argument("--loops", type=int, default=3)
    parser.add_argument("--soak", type=float, help="minutes of soak instead of the cost run")
    parser.add_argument(
        "--widths", type=int, nargs="+", default=[w for w, _ in RESOLUTIONS], help="a subset"
    )
    parser.add_argument("--greet-only", action="store_true", help="only the time to greet")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if not CLIP.is_file():
        print(f"shared clip not found at {CLIP}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        if args.soak:
            result = soak_run(Path(tmp), args.soak)
            print(json.dumps({k: v for k, v in result.items() if k.endswith("hour")}))
            checks = {
                "memory growth <= 10 MB/h": (result["rss_mb_per_hour"] or 0) <= 10,
                "no file descriptor growth": (result["fds_per_hour"] or 0) <= 1,
            }
            return finish(result, checks, args.out or Path("bench/results/cost_soak.json"))
        result = cost_run(
            Path(tmp), args.seconds, args.warmup, args.loops, args.widths, args.greet_only
        )
    rows = {(r["scene"], r["resolution"], r["cores_allowed"]): r for r in result["rows"]}
    greet = {(g["resolution"], g["cores_allowed"]): g["p50"] for g in result["time_to_greet"]}
    if 1280 not in args.widths or args.greet_only:
        return finish(result, {}, args.out or Path("bench/results/cost.json"))
    checks = {
        "empty scene 1280x720, all features: <= 0.12 cores": rows[("empty", "1280x720", 2)]["cores"]
        <= 0.12,
        "person in front 1280x720: <= 0.8 cores": rows[("person", "1280x720", 2)]["cores"] <= 0.8,
        "one core, 1280x720, person: >= 0.95 x 30 fps": rows[("person", "1280x720", 1)]["fps"]
        >= 0.95 * FPS,
        "one core, 1280x720: time to greet p50 <= 800 ms": (greet[("1280x720", 1)] or 1e9) <= 800,
        "two cores, 1280x720: time to greet p50 <= 500 ms": (greet[("1280x720", 2)] or 1e9) <= 500,
    }
    return finish(result, checks, args.out or Path("bench/results/cost.json"))


if __name__ == "__main__":
    sys.exit(main())
