"""Analysis benchmark: per-face latency of emotion, and of age + emotion +
liveness together (crop and preprocessing included), on real faces; then the
frame loop's delivered fps with recognition and assessment running on the
shared clip (a session is open, so the Assessment worker works all along).

    python bench/analysis.py [--out bench/results/analysis.json]
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
import cv2
import numpy as np

from bench.report import command_line, finish
from devkit.harness import CLIP, FACES, MODELS, EngineProcess
from mirror_engine.models.registry import ModelRegistry
from mirror_engine.pipeline.stream import FRAME_HEADER
from mirror_engine.vision.analyze import FaceAnalyzer, face_crop, model_inputs
from mirror_engine.vision.detect import FaceDetector

RUNS = 200


def faces() -> list[tuple[np.ndarray, Any]]:  # type: ignore[type-arg]
    detector = FaceDetector(max_width=1024)
    found = []
    for photo in sorted((FACES / "people").glob("*/*")):
        read = cv2.imread(str(photo))
        if read is not None:
            image = np.asarray(read, np.uint8)
            found += [(image, box) for box in detector.detect(image)]
    return found


def timed(fn: Any) -> list[float]:
    out = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def latency() -> dict[str, dict[str, float]]:
    analyzer = FaceAnalyzer(ModelRegistry(MODELS))
    samples = faces()
    index = {"i": 0}

    def next_face() -> tuple[np.ndarray, Any]:  # type: ignore[type-arg]
        index["i"] += 1
        return samples[index["i"] % len(samples)]

    def emotion_only() -> None:
        image, box = next_face()
        tensor = model_inputs(face_crop(image, box))["emotion"]
        analyzer._run("emotion", tensor)

    def everything() -> None:
        image, box = next_face()
        analyzer.analyze(image, box)

    analyzer.analyze(*samples[0])  # warm up
    results = {}
    for name, fn in (("emotion", emotion_only), ("age+emotion+liveness", everything)):
        values = timed(fn)
        results[name] = {
            "p50_ms": round(float(np.percentile(values, 50)), 2),
            "p95_ms": round(float(np.percentile(values, 95)), 2),
        }
    return results


async def frame_loop(seconds: float) -> dict[str, Any]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        engine = EngineProcess(Path(tmp) / "data", "--source", str(CLIP), "--log-level", "warning")
        await asyncio.to_thread(engine.start)
        try:
            photo = FACES / "scenes/lin-manuel-miranda.png"
            await asyncio.to_thread(engine.enrol_photo, "Lin-Manuel", photo)
            async with aiohttp.ClientSession() as http:
                arrivals: list[float] = []
                assessments = 0
                async with http.ws_connect(
                    f"{engine.base}/api/ws", headers=engine.headers, max_msg_size=0
                ) as ws:
                    start = time.monotonic() + 2  # first drain what queued during enrolment
                    end = start + seconds
                    while time.monotonic() < end:
                        msg = await ws.receive(timeout=5)
                        if time.monotonic() < start:
                            continue
                        if msg.type == aiohttp.WSMsgType.BINARY:
                            FRAME_HEADER.unpack_from(msg.data)
                            arrivals.append(time.monotonic())
                        elif json.loads(msg.data)["type"] == "assessment":
                            assessments += 1
                status = await asyncio.to_thread(engine.status)
        finally:
            await asyncio.to_thread(engine.stop)
    intervals = np.diff(arrivals) * 1000
    return {
        "source_fps": status["source"]["nominal_fps"],
        "capture_fps": status["source"]["fps"],
        "delivered_fps": round((len(arrivals) - 1) / (arrivals[-1] - arrivals[0]), 2),
        "interval_p99_ms": round(float(np.percentile(intervals, 99)), 2),
        "assessments_per_s": round(assessments / seconds, 2),
        "workers": [{k: w[k] for k in ("name", "rate", "latency_ms")} for w in status["workers"]],
    }


def main() -> int:
    args = command_line(__doc__, "analysis", seconds=15.0).parse_args()
    per_face = latency()
    print("per-face latency (crop + preprocessing + inference):")
    for name, value in per_face.items():
        print(f"  {name:22s} p50 {value['p50_ms']} ms  p95 {value['p95_ms']} ms")
    loop = asyncio.run(frame_loop(args.seconds))
    print(f"frame loop with recognition + assessment: {loop}")
    checks = {
        "emotion p50 <= 40 ms": per_face["emotion"]["p50_ms"] <= 40,
        "age+emotion+liveness p50 <= 60 ms": per_face["age+emotion+liveness"]["p50_ms"] <= 60,
        "frame loop >= 0.95 x source fps": loop["delivered_fps"] >= 0.95 * loop["source_fps"],
        "assessments delivered": loop["assessments_per_s"] > 1,
    }
    return finish({"per_face": per_face, "frame_loop": loop}, checks, args.out)


if __name__ == "__main__":
    sys.exit(main())
