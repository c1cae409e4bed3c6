"""Recognition and analysis quality on the shared labelled datasets (issue 17).

Everything goes through the product's own code: an ``IdentityService`` (its
upload enrolment ``sample_from_image``, its live detector and embedder, its
gallery and ``decide``, its track evidence ``decide_track``) and the engine's
``FaceAnalyzer`` with the default models. In one run:

- verification on ``identities/pairs.csv``: for each pair the first photo is
  enrolled by upload, alone (``alone``) or with 11 other people of the set
  enrolled beside it (``household``; never the second photo's person); the
  second photo is the face in front of the mirror (the live path). Strict
  accuracy (a member greeted as themselves, a stranger a guest; the PIN pad
  counts as wrong), false accepts, PIN-pad rate for strangers (every PIN pad
  of a first decision shows the candidate's name; a probable stranger is a
  guest), refused enrolments; for the rule before issue 17 (``before``), the
  default rule (``now``), and a sweep of the match distance and PIN band.
- open-set identification: households of 12 members enrolled with 1 or 3
  photos each, probed with the members' other photos and with 30 strangers,
  one look and three looks (three photos of the person: a pessimistic
  stand-in for three frames of one face track).
- detection recall of the live detector on the identity and age photos as
  they are, and pasted into a 1280x720 frame at several face widths.
- emotion confusion matrix on ``expressions/`` (like the paper's Table 4),
  age error per decade and gender accuracy on ``ages/``.
- how often two strangers of one group (``ages/``'s race label, adults of
  one gender) are nearer than the match distance: the embedder's lookalikes.

Embeddings and model outputs are cached under ``.cache/quality/`` (keyed by
the file's size and mtime), so a rerun takes seconds.

    python -m bench.quality [--datasets DIR] [--limit N] [--out bench/results/quality.json]

The datasets folder is ``../shared/datasets`` next to the repository, or
``$MIRROR_DATASETS``, or ``--datasets``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import pickle
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from devkit.harness import MODELS, ROOT, SHARED
from mirror_engine.config import EngineConfig
from mirror_engine.contract import EMOTIONS
from mirror_engine.identity.enrolment import EnrolmentError
from mirror_engine.identity.service import IdentityService
from mirror_engine.pipeline.events import EventBus
from mirror_engine.store import Store
from mirror_engine.vision.detect import FaceBox
from mirror_engine.vision.gallery import Gallery
from mirror_engine.vision.identify import Decision, Thresholds, Vector, Verdict, decide

DATASETS = Path(os.environ.get("MIRROR_DATASETS", SHARED / "datasets"))
CACHE = ROOT / ".cache" / "quality"
HOUSEHOLD = 12  # people enrolled in one mirror
STRANGERS = 30
SEED = 17
FRAME = (720, 1280)
FACE_WIDTHS = (30, 40, 50, 60, 80, 120)
AGE_BINS = ("0-2", "3-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70+")
# The rule before issue 17: match 0.55, PIN pad (with the candidate's name) up to 0.65.
BEFORE = Thresholds(0.55, 0.65, 0.05, pin_band=1.0)


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


# -- the product's pipeline, with a cache ---------------------------------------------


class Pipeline:
    """An IdentityService on a throwaway store: the engine's own enrolment,
    detection, embedding and decision."""

    def __init__(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="quality-")
        self.config = EngineConfig.model_validate({"liveness": "off"})
        self.service = IdentityService(
            Store(Path(self._tmp.name) / "mirror.db"), EventBus(), self.config
        )
        self.thresholds = self.service.thresholds
        self._analyzer: Any = None

    def close(self) -> None:
        self.service.close()
        self._tmp.cleanup()

    def upload(self, path: Path) -> dict[str, Any]:
        """Photo enrolment as the service does it: an embedding or the refusal."""
        try:
            sample = self.service.sample_from_image(path.read_bytes())
        except EnrolmentError as err:
            return {"error": err.code.value}
        return {"embedding": sample.embedding, "quality": sample.quality.score}

    def live(self, image: np.ndarray) -> dict[str, Any]:  # type: ignore[type-arg]
        """The recognition worker's look: the live detector, then one embedding
        of the largest face."""
        service = self.service
        boxes = service.detector.detect(image)
        if not boxes:
            return {"boxes": []}
        main = max(boxes, key=lambda b: b.width * b.height)
        rgb = np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB), np.uint8)
        sample = service.embedder.embed(rgb, [main])[0]
        return {
            "boxes": [b.as_json() for b in boxes],
            "embedding": sample.embedding,
            "quality": sample.quality.score,
        }

    def detect(self, image: np.ndarray) -> list[FaceBox]:  # type: ignore[type-arg]
        return self.service.detector.detect(image)

    @property
    def analyzer(self) -> Any:
        if self._analyzer is None:
            from mirror_engine.models.registry import ModelRegistry
            from mirror_engine.vision.analyze import FaceAnalyzer

            self._analyzer = FaceAnalyzer(
                ModelRegistry(MODELS),
                emotion_model=self.config.emotion_model,
                age_model=self.config.age_model,
            )
        return self._analyzer


class Cache:
    """Per-file results keyed by (task, file, size, mtime)."""

    def __init__(self, name: str) -> None:
        CACHE.mkdir(parents=True, exist_ok=True)
        self.path = CACHE / f"{name}.pkl"
        self.data: dict[str, Any] = {}
        if self.path.is_file():
            try:
                self.data = pickle.loads(self.path.read_bytes())
            except Exception:  # a stale or broken cache is rebuilt
                self.data = {}
        self.dirty = False

    @staticmethod
    def key(path: Path, extra: str = "") -> str:
        stat = path.stat()
        raw = f"{path}|{stat.st_size}|{stat.st_mtime_ns}|{extra}"
        return hashlib.sha1(raw.encode()).hexdigest()

    def get(self, path: Path, compute: Callable[[], Any], extra: str = "") -> Any:
        key = self.key(path, extra)
        if key not in self.data:
            self.data[key] = compute()
            self.dirty = True
            if len(self.data) % 100 == 0:
                self.save()
        return self.data[key]

    def save(self) -> None:
        if self.dirty:
            self.path.write_bytes(pickle.dumps(self.data))
            self.dirty = False


def read(path: Path) -> np.ndarray:  # type: ignore[type-arg]
    image = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if image is None:
        raise ValueError(f"unreadable image {path}")
    return np.asarray(image, np.uint8)


# -- identities -------------------------------------------------------------------


@dataclass
class Identities:
    people: dict[str, list[str]]  # person -> files (relative to identities/)
    upload: dict[str, dict[str, Any]]  # file -> upload enrolment result
    live: dict[str, dict[str, Any]]  # file -> live look
    pairs: list[tuple[str, str, bool]]


def load_identities(pipe: Pipeline, root: Path, limit: int | None) -> Identities:
    base = root / "identities"
    people: dict[str, list[str]] = defaultdict(list)
    with (base / "manifest.csv").open() as f:
        for row in csv.DictReader(f):
            people[row["person"]].append(row["file"])
    with (base / "pairs.csv").open() as f:
        pairs = [(r["file_x"], r["file_y"], r["same"] == "1") for r in csv.DictReader(f)]
    if limit:
        keep = sorted(people)[: max(HOUSEHOLD + 6, limit // 4)]
        people = {p: people[p] for p in keep}
        files = {f for p in keep for f in people[p]}
        pairs = [p for p in pairs if p[0] in files and p[1] in files][:limit]
    cache = Cache("identities")
    upload: dict[str, dict[str, Any]] = {}
    live: dict[str, dict[str, Any]] = {}
    names = sorted(f for fs in people.values() for f in fs)
    t0 = time.perf_counter()
    for i, name in enumerate(names):
        path = base / name
        upload[name] = cache.get(path, partial(pipe.upload, path), "upload")
        live[name] = cache.get(path, partial(lambda p: pipe.live(read(p)), path), "live")
        if i % 100 == 99:
            log(f"  identities: {i + 1}/{len(names)} ({time.perf_counter() - t0:.0f} s)")
    cache.save()
    return Identities(dict(people), upload, live, pairs)


def person_of(file: str) -> str:
    return file.split("/", 1)[0]


def classify(decision: Decision, truth: int | None, thresholds: Thresholds) -> str:
    """What the mirror does with a decision: the session outcome."""
    if decision.verdict is Verdict.KNOWN:
        if truth is None:
            return "false_accept"
        return "correct" if decision.person_id == truth else "wrong_person"
    if decision.verdict is Verdict.UNCERTAIN and not decision.probable_stranger:
        return "pin_named"
    # unknown, or unsure but probably a stranger: a guest session (the session
    # offers no PIN pad for a probable stranger's first decision)
    return "rejected" if truth is not None else "correct"


OUTCOMES = ("correct", "false_accept", "wrong_person", "pin_named", "rejected")


def summarise(genuine: Counter[str], impostor: Counter[str], refused: int) -> dict[str, Any]:
    g, i = sum(genuine.values()), sum(impostor.values())
    total = g + i
    pin_strangers = impostor["pin_named"]
    return {
        "trials": total,
        "genuine": g,
        "impostor": i,
        "strict_accuracy": round((genuine["correct"] + impostor["correct"]) / max(1, total), 4),
        "false_accepts": impostor["false_accept"],
        "wrong_person": genuine["wrong_person"],
        "members_greeted": round(genuine["correct"] / max(1, g), 4),
        "members_pin_pad": round(genuine["pin_named"] / max(1, g), 4),
        "members_rejected": round(genuine["rejected"] / max(1, g), 4),
        "strangers_guest": round(impostor["correct"] / max(1, i), 4),
        "strangers_pin_pad": round(pin_strangers / max(1, i), 4),
        "strangers_pin_pad_count": pin_strangers,
        "enrolment_refused": refused,
        "genuine_outcomes": dict(genuine),
        "impostor_outcomes": dict(impostor),
    }


def household(
    ids: Identities, rng: random.Random, members: list[str], photos: int
) -> tuple[Gallery, dict[str, int], int]:
    """Enrol ``members`` (photos each, upload path, refusals as the service
    refuses: no face, low quality, already someone else)."""
    owners: list[int] = []
    vectors: list[Vector] = []
    index: dict[str, int] = {}
    refused = 0
    for pid, person in enumerate(members):
        got = 0
        for file in ids.people[person]:
            if got == photos:
                break
            result = ids.upload[file]
            if "embedding" not in result:
                refused += 1
                continue
            vector = result["embedding"]
            if vectors:
                dist = np.linalg.norm(np.asarray(vectors) - vector, axis=1)
                others = [d for d, o in zip(dist, owners, strict=True) if o != pid]
                if others and min(others) < BEFORE.match_distance:
                    refused += 1  # matches_other
                    continue
            owners.append(pid)
            vectors.append(vector)
            got += 1
        if got:
            index[person] = pid
    gallery = Gallery(
        np.asarray(owners, np.int64), np.asarray(vectors, np.float32).reshape(-1, 128)
    )
    return gallery, index, refused


def verification_matches(
    ids: Identities, size: int = HOUSEHOLD
) -> tuple[list[tuple[list[Any], int | None]], int]:
    """Per pair: the gallery's answer for the probe, and the truth (0: the
    enrolled person; None: a stranger). ``size``: people enrolled."""
    rng = random.Random(SEED)
    everyone = sorted(ids.people)
    trials: list[tuple[list[Any], int | None]] = []
    refused = 0
    for x, y, same in ids.pairs:
        px, py = person_of(x), person_of(y)
        probe = ids.live[y]
        upload = ids.upload[x]
        if "embedding" not in upload:
            refused += 1
            continue
        if "embedding" not in probe:
            trials.append(([], 0 if same else None))  # nobody found: no decision, a miss
            continue
        others = [p for p in everyone if p not in (px, py)]
        distractors = rng.sample(others, min(size - 1, len(others)))
        owners, vectors = [0], [upload["embedding"]]
        for n, person in enumerate(distractors, start=1):
            first = next((f for f in ids.people[person] if "embedding" in ids.upload[f]), None)
            if first is not None:
                owners.append(n)
                vectors.append(ids.upload[first]["embedding"])
        gallery = Gallery(np.asarray(owners, np.int64), np.asarray(vectors, np.float32))
        trials.append((gallery.search(probe["embedding"]), 0 if same else None))
    return trials, refused


def score_trials(
    trials: Iterable[tuple[list[Any], int | None]], thresholds: Thresholds, refused: int
) -> dict[str, Any]:
    genuine: Counter[str] = Counter()
    impostor: Counter[str] = Counter()
    for matches, truth in trials:
        if not matches and truth is not None:
            genuine["rejected"] += 1  # the live detector missed the face
            continue
        outcome = classify(decide(matches, thresholds), truth, thresholds)
        (genuine if truth is not None else impostor)[outcome] += 1
    return summarise(genuine, impostor, refused)


SWEPT = (
    "strict_accuracy",
    "false_accepts",
    "strangers_pin_pad",
    "members_pin_pad",
    "members_greeted",
)


def sweep(
    trials: list[tuple[list[Any], int | None]], refused: int, base: Thresholds
) -> dict[str, Any]:
    """Match distance x PIN band (unknown_distance as configured), as rows."""
    rows = []
    for match in np.arange(0.40, 0.601, 0.01):
        for band in (0.0, 0.01, 0.02, 0.03, 0.05):
            t = replace(base, match_distance=float(match), pin_band=band, stranger_distance=0.0)
            s = score_trials(trials, t, refused)
            rows.append([round(float(match), 2), band, *(s[k] for k in SWEPT)])
    return {"columns": ["match_distance", "pin_band", *SWEPT], "rows": rows}


def normalisation(trials: list[tuple[list[Any], int | None]]) -> dict[str, Any]:
    """Per-probe cohort normalisation with the household as the cohort (the
    only cohort a mirror has): accept when the best distance is below t *and*
    that many standard deviations below the probe's mean distance to the other
    members. For each false-accept budget, the best strict accuracy with and
    without it (single look; PIN pad not modelled: a rejection is a guest)."""
    best, mean, std, genuine, right = [], [], [], [], []
    for matches, truth in trials:
        if len(matches) < 3:
            continue
        others = np.asarray([m.distance for m in matches[1:]])
        best.append(matches[0].distance)
        mean.append(float(others.mean()))
        std.append(float(others.std()) + 1e-6)
        genuine.append(truth is not None)
        right.append(truth is not None and matches[0].person_id == truth)
    d1, mu, sd = np.asarray(best), np.asarray(mean), np.asarray(std)
    gen, ok = np.asarray(genuine), np.asarray(right)
    z = (mu - d1) / sd
    out: dict[str, Any] = {"trials": len(d1)}
    for budget in (0, 5, 20):
        for name, ks in (("distance", (0.0,)), ("z_norm", tuple(np.arange(0, 6.01, 0.25)))):
            top: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
            for t in np.arange(0.38, 0.601, 0.01):
                for k in ks:
                    accept = (d1 < t) & (z > k) if name == "z_norm" else d1 < t
                    fa = int((accept & ~gen).sum())
                    if fa > budget:
                        continue
                    acc = float(((accept & ok).sum() + (~accept & ~gen).sum()) / len(d1))
                    if acc > top[0]:
                        greeted = float((accept & ok).sum() / max(1, gen.sum()))
                        top = (acc, float(t), float(k), greeted)
            out[f"{name}_fa<={budget}"] = {
                "strict_accuracy": round(top[0], 4),
                "match_distance": round(top[1], 2),
                "z": top[2],
                "members_greeted": round(top[3], 4),
            }
    return out


def open_set(
    ids: Identities, pipe: Pipeline, photos: int, looks: int, thresholds: Thresholds, draws: int
) -> dict[str, Any]:
    """Households of HOUSEHOLD members (``photos`` enrolled each), probed by
    the members' other photos and by STRANGERS strangers; with ``looks`` > 1
    a probe is that many photos of the person, decided on together with the
    service's track evidence (``decide_track``)."""
    rng = random.Random(SEED + photos * 10 + looks)
    everyone = sorted(ids.people)
    genuine: Counter[str] = Counter()
    impostor: Counter[str] = Counter()
    refused = 0
    for _ in range(draws):
        chosen = rng.sample(everyone, min(len(everyone), HOUSEHOLD + STRANGERS))
        members, strangers = chosen[:HOUSEHOLD], chosen[HOUSEHOLD:]
        gallery, index, r = household(ids, rng, members, photos)
        refused += r
        pipe.service.gallery = gallery  # the service decides against this household

        def probes(files: list[str]) -> list[list[Vector]]:
            seen = [ids.live[f]["embedding"] for f in files if "embedding" in ids.live[f]]
            if looks == 1:
                return [[v] for v in seen]
            return [seen[i : i + looks] for i in range(0, len(seen) - looks + 1, looks)]

        for person in members:
            if person not in index:
                continue
            enrolled = ids.people[person][:photos]
            rest = [f for f in ids.people[person] if f not in enrolled]
            for look in probes(rest):
                outcome = classify(
                    pipe.service.decide_track([(v, 1.0) for v in look]), index[person], thresholds
                )
                genuine[outcome] += 1
        for person in strangers:
            for look in probes(ids.people[person]):
                outcome = classify(
                    pipe.service.decide_track([(v, 1.0) for v in look]), None, thresholds
                )
                impostor[outcome] += 1
    return summarise(genuine, impostor, refused)


# -- detection --------------------------------------------------------------------


def paste(
    face: np.ndarray,  # type: ignore[type-arg]
    face_width: int,
    width: int,
    rng: random.Random,
) -> np.ndarray:  # type: ignore[type-arg]
    """A 1280x720 grey-noise frame with the photo scaled so that its face
    (``face_width`` pixels wide as the detector found it in the photo) is
    ``width`` pixels wide."""
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(110, 25, (*FRAME, 3))
    frame = np.asarray(np.clip(noise, 0, 255), np.uint8)
    side = max(8, round(face.shape[1] * width / face_width))
    small = cv2.resize(face, (side, side), interpolation=cv2.INTER_AREA)
    x = rng.randrange(0, FRAME[1] - side)
    y = rng.randrange(0, FRAME[0] - side)
    frame[y : y + side, x : x + side] = small
    return frame


def detection(
    pipe: Pipeline, ids: Identities, ages: list[dict[str, str]], root: Path, per_width: int
) -> dict[str, Any]:
    found_ids = sum(1 for r in ids.live.values() if r.get("boxes"))
    cache = Cache("detection")
    found_ages = 0
    widths: dict[Path, int] = {}
    for row in ages:
        path = root / "ages" / row["file"]
        boxes = cache.get(
            path, partial(lambda p: [b.as_json() for b in pipe.detect(read(p))], path), "as-is"
        )
        found_ages += bool(boxes)
        if boxes:
            widths[path] = max(b["right"] - b["left"] for b in boxes)
    for name, look in ids.live.items():
        if look.get("boxes"):
            widths[root / "identities" / name] = max(b["right"] - b["left"] for b in look["boxes"])
    rng = random.Random(SEED)
    # photos whose face the detector found as they are: their face width is known
    photos = sorted(widths)
    picked = rng.sample(photos, min(per_width, len(photos)))
    by_width: dict[str, Any] = {}
    for width in FACE_WIDTHS:
        hits = 0
        for n, path in enumerate(picked):

            def run(p: Path = path, w: int = width, n: int = n) -> bool:
                frame = paste(read(p), widths[p], w, random.Random(n * 1000 + w))
                return bool(pipe.detect(frame))

            hits += bool(cache.get(path, run, f"frame3-{width}"))
        by_width[str(width)] = {
            "faces": len(picked),
            "found": hits,
            "recall": round(hits / max(1, len(picked)), 4),
        }
        log(f"  detection at {width} px: {hits}/{len(picked)}")
    cache.save()
    return {
        "detector": f"{pipe.config.face_detector} at {pipe.config.face_max_width} px",
        "identities_as_is": {
            "faces": len(ids.live),
            "found": found_ids,
            "recall": round(found_ids / max(1, len(ids.live)), 4),
        },
        "ages_as_is": {
            "faces": len(ages),
            "found": found_ages,
            "recall": round(found_ages / max(1, len(ages)), 4),
        },
        "frame_1280x720_by_face_width": by_width,
    }


# -- analysis ---------------------------------------------------------------------


def full_box(image: np.ndarray) -> FaceBox:  # type: ignore[type-arg]
    """The whole (already cropped) image as the face, with the analyzer's margin undone."""
    height, width = image.shape[:2]
    inset = round(min(height, width) * 0.1)
    return FaceBox(inset, inset, width - inset, height - inset)


def emotions(pipe: Pipeline, root: Path, limit: int | None) -> dict[str, Any]:
    from mirror_engine.vision.analyze import face_crop, model_inputs

    with (root / "expressions" / "labels.csv").open() as f:
        rows = list(csv.DictReader(f))
    if limit:
        rows = random.Random(SEED).sample(rows, min(limit, len(rows)))
    labels = [e.value for e in EMOTIONS]
    cache = Cache("expressions")
    matrix: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    detected: Counter[str] = Counter()
    for row in rows:
        path = root / "expressions" / row["file"]

        def run(p: Path = path) -> tuple[str, bool]:
            image = read(p)
            boxes = pipe.detect(image)
            box = max(boxes, key=lambda b: b.width) if boxes else full_box(image)
            scores = pipe.analyzer.emotion_scores(model_inputs(face_crop(image, box))["emotion"])
            return labels[int(np.argmax(scores))], bool(boxes)

        predicted, found = cache.get(path, run, f"emotion-{pipe.config.emotion_model}")
        matrix[row["source"]][row["label"]][predicted] += 1
        detected[row["source"]] += found
    cache.save()
    out: dict[str, Any] = {"model": pipe.config.emotion_model, "labels": labels}
    for source in [*sorted(matrix), "all"]:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for src, rows_ in matrix.items():
            if source in (src, "all"):
                for truth, c in rows_.items():
                    counts[truth].update(c)
        total = sum(sum(c.values()) for c in counts.values())
        right = sum(counts[t][t] for t in counts)
        per_class = {
            t: round(counts[t][t] / max(1, sum(counts[t].values())), 3)
            for t in labels
            if t in counts
        }
        out[source] = {
            "images": total,
            "face_found": detected[source] if source != "all" else sum(detected.values()),
            "accuracy": round(right / max(1, total), 4),
            "per_class_recall": per_class,
            "confusion": {t: {p: counts[t][p] for p in labels} for t in labels if t in counts},
        }
    return out


def age_bin(age: float) -> str:
    edges = (
        (2, "0-2"),
        (9, "3-9"),
        (19, "10-19"),
        (29, "20-29"),
        (39, "30-39"),
        (49, "40-49"),
        (59, "50-59"),
        (69, "60-69"),
    )
    for top, name in edges:
        if age < top + 1:
            return name
    return "70+"


def ages(pipe: Pipeline, root: Path, rows: list[dict[str, str]]) -> dict[str, Any]:
    cache = Cache("ages")
    per: dict[str, list[tuple[float, float]]] = defaultdict(list)
    gender_right = gender_total = found = 0
    for row in rows:
        path = root / "ages" / row["file"]

        def run(p: Path = path) -> tuple[float, str, bool]:
            image = read(p)
            boxes = pipe.detect(image)
            box = max(boxes, key=lambda b: b.width) if boxes else full_box(image)
            a = pipe.analyzer.analyze(image, box)
            return a.age, a.gender, bool(boxes)

        age, gender, detected = cache.get(path, run, f"age-{pipe.config.age_model}")
        found += detected
        per[row["age_bin"]].append((float(row["age"]), age))
        gender_total += 1
        gender_right += gender == row["gender"]
    cache.save()
    bins: dict[str, Any] = {}
    errors: list[float] = []
    right_bin = 0
    for name in AGE_BINS:
        pairs = per.get(name, [])
        if not pairs:
            continue
        err = [abs(e - t) for t, e in pairs]
        errors += err
        hits = sum(age_bin(e) == name for _, e in pairs)
        right_bin += hits
        bins[name] = {
            "faces": len(pairs),
            "mae_years": round(float(np.mean(err)), 2),
            "median_estimate": round(float(np.median([e for _, e in pairs])), 1),
            "right_bin": round(hits / len(pairs), 3),
        }
    return {
        "model": pipe.config.age_model,
        "faces": len(rows),
        "face_found": found,
        "mae_years": round(float(np.mean(errors)), 2) if errors else None,
        "right_bin": round(right_bin / max(1, len(rows)), 4),
        "per_bin": bins,
        "gender_accuracy": round(gender_right / max(1, gender_total), 4),
    }


def strangers_by_group(
    pipe: Pipeline, root: Path, rows: list[dict[str, str]], distances: Iterable[float]
) -> dict[str, Any]:
    """How often two strangers look like one person to the embedder, per
    group of ``ages/`` (UTKFace's race label): the adults (20+) of a group,
    each a different person, paired with those of the same group and gender
    (the lookalikes a household meets). The share of pairs nearer than each
    match distance is that group's false-accept rate for one enrolled face."""
    cache = Cache("ages")
    groups: dict[str, list[tuple[Vector, str]]] = defaultdict(list)
    for row in rows:
        if int(row["age"]) < 20:
            continue
        path = root / "ages" / row["file"]
        look = cache.get(path, partial(lambda p: pipe.live(read(p)), path), "live")
        if "embedding" in look:
            groups[row["race"]].append((look["embedding"], row["gender"]))
    cache.save()
    out: dict[str, Any] = {}
    for group, faces in sorted(groups.items()):
        vectors = np.asarray([v for v, _ in faces], np.float32)
        genders = np.asarray([g for _, g in faces])
        upper = np.triu(np.ones((len(faces), len(faces)), bool), 1)
        pairs = upper & (genders[:, None] == genders[None, :])
        dist = np.linalg.norm(vectors[:, None] - vectors[None, :], axis=2)[pairs]
        dist = dist[dist > 0.05]  # the same photo twice in UTKFace is no stranger
        out[group] = {
            "faces": len(faces),
            "pairs": int(dist.size),
            "nearest": round(float(dist.min()), 3) if dist.size else None,
            **{f"below_{d:.2f}": round(float((dist < d).mean()), 4) for d in distances},
        }
    return out


# -- main -------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", type=Path, default=DATASETS)
    parser.add_argument("--limit", type=int, default=None, help="at most N items per task")
    parser.add_argument("--draws", type=int, default=20, help="households per open-set setting")
    parser.add_argument("--frames", type=int, default=150, help="photos per face width (detection)")
    parser.add_argument("--skip", nargs="*", default=(), choices=("detection", "emotion", "age"))
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/quality.json")
    args = parser.parse_args(argv)
    root: Path = args.datasets
    if not (root / "identities" / "pairs.csv").is_file():
        print(f"no datasets at {root} (set MIRROR_DATASETS or --datasets)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    pipe = Pipeline()
    try:
        log("identities: embeddings (upload and live paths)")
        ids = load_identities(pipe, root, args.limit)
        trials, refused = verification_matches(ids)
        alone, _ = verification_matches(ids, 1)
        now = pipe.thresholds
        result: dict[str, Any] = {
            "datasets": str(root),
            "household": HOUSEHOLD,
            "thresholds": {
                "before": {**BEFORE.as_json()},
                "now": {**now.as_json()},
            },
            "verification": {
                "before_household": score_trials(trials, BEFORE, refused),
                "now_household": score_trials(trials, now, refused),
                "before_alone": score_trials(alone, BEFORE, refused),
                "now_alone": score_trials(alone, now, refused),
            },
            "verification_sweep_household": sweep(trials, refused, now),
            "verification_sweep_alone": sweep(alone, refused, now),
            "normalisation_household": normalisation(trials),
        }
        draws = max(2, args.draws if not args.limit else 3)
        result["open_set"] = {}
        for name, rule in (("before", BEFORE), ("now", now)):
            pipe.service.thresholds = rule
            for photos, looks in ((1, 1), (3, 1), (1, 3)):
                key = f"{name}_{photos}photo_{looks}look"
                result["open_set"][key] = open_set(ids, pipe, photos, looks, rule, draws)
        pipe.service.thresholds = now
        with (root / "ages" / "labels.csv").open() as f:
            age_rows = list(csv.DictReader(f))
        if args.limit:
            age_rows = random.Random(SEED).sample(age_rows, min(args.limit, len(age_rows)))
        if "detection" not in args.skip:
            log("detection recall")
            frames = min(args.frames, args.limit or args.frames)
            result["detection"] = detection(pipe, ids, age_rows, root, frames)
        if "emotion" not in args.skip:
            log("emotion")
            result["emotion"] = emotions(pipe, root, args.limit)
        if "age" not in args.skip:
            log("age and gender")
            result["age_gender"] = ages(pipe, root, age_rows)
            log("strangers who look alike, by group")
            result["strangers_by_group"] = strangers_by_group(
                pipe, root, age_rows, (0.45, 0.50, now.match_distance)
            )
    finally:
        pipe.close()
    result["seconds"] = round(time.perf_counter() - started, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")  # a few tens of kB
    report(result)
    print(f"wrote {args.out}")
    return 0


def report(result: dict[str, Any]) -> None:
    cols = (
        "strict_accuracy",
        "false_accepts",
        "wrong_person",
        "members_greeted",
        "members_pin_pad",
        "strangers_pin_pad",
        "strangers_pin_pad_count",
        "enrolment_refused",
    )
    print("verification (pairs.csv)  " + "  ".join(cols))
    for name, row in result["verification"].items():
        print(f"  {name:24s}" + "  ".join(f"{row[c]!s:>{len(c)}}" for c in cols))
    print("open-set identification")
    for name, row in result["open_set"].items():
        print(f"  {name:24s}" + "  ".join(f"{row[c]!s:>{len(c)}}" for c in cols))
    if "detection" in result:
        d = result["detection"]
        widths = {w: v["recall"] for w, v in d["frame_1280x720_by_face_width"].items()}
        print(
            f"detection ({d['detector']}): identities {d['identities_as_is']['recall']},"
            f" ages {d['ages_as_is']['recall']}, in a 1280x720 frame by face width {widths}"
        )
    if "emotion" in result:
        e = result["emotion"]
        for source in ("fer2013", "lfw", "all"):
            if source in e:
                print(f"emotion {source}: {e[source]['accuracy']} {e[source]['per_class_recall']}")
    if "age_gender" in result:
        a = result["age_gender"]
        per_bin = {k: v["mae_years"] for k, v in a["per_bin"].items()}
        print(
            f"age: MAE {a['mae_years']} y, right bin {a['right_bin']};"
            f" per bin MAE {per_bin};"
            f" gender {a['gender_accuracy']}"
        )
    for group, row in result.get("strangers_by_group", {}).items():
        rates = {k: v for k, v in row.items() if k.startswith("below_")}
        print(f"strangers alike, {group}: {row['faces']} faces, {row['pairs']} pairs, {rates}")
    print(f"{result['seconds']} s")


if __name__ == "__main__":
    sys.exit(main())
