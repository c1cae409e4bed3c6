"""Identity evaluation on ../shared/faces (source paper 5.3, Fig. 13).

Enrols one photo per person and identifies every other photo and every face
in the scenes with the engine's own detector, embedder, gallery and decision
rule; then leave-one-identity-out for unknown rejection. Reports accuracy,
precision, false accepts, the ROC over the match threshold, accuracy and
precision as the number of enrolled persons grows, and identify latency as
the gallery grows to 100,000 embeddings (random unit-vector distractors).

    python bench/identity_eval.py [--out bench/results/identity_eval.json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from devkit.harness import FACES
from mirror_engine.config import EngineConfig
from mirror_engine.identity.service import UPLOAD_JITTERS, decode_image
from mirror_engine.vision.detect import FaceDetector
from mirror_engine.vision.gallery import Gallery
from mirror_engine.vision.identify import Embedder, Thresholds, Vector, Verdict, decide

# Faces in each scene, left to right (None: someone not in the enrolment set).
SCENES: dict[str, list[str | None]] = {
    "alex-lacamoire.png": ["alex_lacamoire"],
    "alex_lacamoire1.jpg": ["alex_lacamoire"],
    "johnsnow_test1.jpg": ["kit_harington"],
    "kit_with_rose.jpg": ["rose_leslie", "kit_harington"],
    "lin-manuel-miranda.png": [None],
    "obama-240p.jpg": ["obama"],
    "obama-720p.jpg": ["obama"],
    "obama1.jpg": ["obama"],
    "obama3.jpg": ["obama"],
    "obama_and_biden.jpg": ["biden", "obama", None],
    "obama_partial_face.jpg": ["obama"],
    "obama_partial_face2.jpg": ["obama"],
    "obama_small.jpg": ["obama"],
    "two_people.jpg": ["obama", "biden"],
}
GALLERY_SIZES = (10, 100, 1_000, 10_000, 100_000)


@dataclass
class Probe:
    source: str
    label: str | None
    embedding: Vector


@dataclass
class Scores:
    probes: int
    genuine: int
    impostor: int
    correct: int  # genuine probes accepted as the right person
    wrong_person: int  # genuine probes accepted as someone else
    false_accepts: int  # impostor probes accepted as anyone
    accepted: int
    accuracy: float  # correct decisions / probes (impostors must not be accepted)
    precision: float  # right person / accepted
    tar: float  # correct / genuine
    far: float  # false accepts / impostors


def score(
    gallery: Gallery, owners: dict[int, str], probes: list[Probe], thresholds: Thresholds
) -> Scores:
    correct = wrong = false_accepts = accepted = genuine = 0
    enrolled = set(owners.values())
    for probe in probes:
        decision = decide(gallery.search(probe.embedding), thresholds)
        is_genuine = probe.label in enrolled
        genuine += is_genuine
        if decision.verdict is not Verdict.KNOWN:
            continue
        accepted += 1
        said = owners.get(decision.person_id or -1)
        if not is_genuine:
            false_accepts += 1
        elif said == probe.label:
            correct += 1
        else:
            wrong += 1
    impostor = len(probes) - genuine
    right_decisions = correct + (impostor - false_accepts)
    return Scores(
        probes=len(probes),
        genuine=genuine,
        impostor=impostor,
        correct=correct,
        wrong_person=wrong,
        false_accepts=false_accepts,
        accepted=accepted,
        accuracy=round(right_decisions / len(probes), 4) if probes else 0.0,
        precision=round(correct / accepted, 4) if accepted else 1.0,
        tar=round(correct / genuine, 4) if genuine else 0.0,
        far=round(false_accepts / impostor, 4) if impostor else 0.0,
    )


def build(enrolled: dict[str, Vector]) -> tuple[Gallery, dict[int, str]]:
    names = sorted(enrolled)
    owners = {i + 1: name for i, name in enumerate(names)}
    vectors = np.vstack([enrolled[n] for n in names]).astype(np.float32)
    return Gallery(np.arange(1, len(names) + 1, dtype=np.int64), vectors), owners


def load_faces(
    path: Path, detector: FaceDetector, embedder: Embedder, jitters: int
) -> list[tuple[float, Vector]]:
    image = decode_image(path.read_bytes())
    rgb = np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB), np.uint8)
    boxes = sorted(detector.detect(image), key=lambda b: b.left)
    return [(s.box.left, s.embedding) for s in embedder.embed(rgb, boxes, jitters=jitters)]


def collect(faces: Path) -> tuple[dict[str, Vector], list[Probe], list[str]]:
    enrol_detector = FaceDetector(max_width=1024)
    live_detector = FaceDetector(max_width=640)  # what the worker sees
    embedder = Embedder()
    enrolled: dict[str, Vector] = {}
    probes: list[Probe] = []
    notes: list[str] = []
    for person_dir in sorted((faces / "people").iterdir()):
        photos = sorted(person_dir.iterdir())
        found = load_faces(photos[0], enrol_detector, embedder, UPLOAD_JITTERS)
        assert len(found) == 1, f"{photos[0]}: {len(found)} faces"
        enrolled[person_dir.name] = found[0][1]
        for photo in photos[1:]:
            for _, embedding in load_faces(photo, live_detector, embedder, 1):
                probes.append(
                    Probe(f"people/{person_dir.name}/{photo.name}", person_dir.name, embedding)
                )
    for scene, labels in SCENES.items():
        found = load_faces(faces / "scenes" / scene, live_detector, embedder, 1)
        if len(found) != len(labels):
            notes.append(f"{scene}: {len(found)} faces detected, {len(labels)} expected (skipped)")
            continue
        for (_, embedding), label in zip(found, labels, strict=True):
            probes.append(Probe(f"scenes/{scene}", label, embedding))
    embedder.close()
    return enrolled, probes, notes


def leave_one_out(
    enrolled: dict[str, Vector], probes: list[Probe], thresholds: Thresholds
) -> Scores:
    """Each person in turn is not enrolled: their photos must not be accepted."""
    totals: dict[str, int] = {"probes": 0, "false_accepts": 0}
    for left_out in enrolled:
        others = {n: v for n, v in enrolled.items() if n != left_out}
        gallery, owners = build(others)
        theirs = [p for p in probes if p.label == left_out]
        theirs.append(Probe("enrolment photo", left_out, enrolled[left_out]))
        s = score(gallery, owners, theirs, thresholds)
        totals["probes"] += s.probes
        totals["false_accepts"] += s.false_accepts
    n, fa = totals["probes"], totals["false_accepts"]
    return Scores(n, 0, n, 0, 0, fa, fa, round((n - fa) / n, 4), 1.0, 0.0, round(fa / n, 4))


def roc(enrolled: dict[str, Vector], probes: list[Probe], margin: float) -> list[dict[str, float]]:
    gallery, owners = build(enrolled)
    points = []
    for threshold in np.arange(0.30, 0.801, 0.025):
        t = Thresholds(float(threshold), float(threshold) + 0.1, margin)
        closed = score(gallery, owners, probes, t)
        loio = leave_one_out(enrolled, probes, t)
        impostors = closed.impostor + loio.impostor
        points.append(
            {
                "match_distance": round(float(threshold), 3),
                "tar": closed.tar,
                "far": round((closed.false_accepts + loio.false_accepts) / impostors, 4),
                "wrong_person": closed.wrong_person,
                "precision": closed.precision,
            }
        )
    return points


def growth(
    enrolled: dict[str, Vector], probes: list[Probe], thresholds: Thresholds
) -> list[dict[str, float]]:
    """Fig. 13: accuracy and precision as enrolled persons grow (mean over subsets)."""
    rows = []
    names = sorted(enrolled)
    for n in range(1, len(names) + 1):
        results = []
        for subset in itertools.combinations(names, n):
            gallery, owners = build({k: enrolled[k] for k in subset})
            results.append(score(gallery, owners, probes, thresholds))
        rows.append(
            {
                "enrolled": n,
                "accuracy": round(float(np.mean([r.accuracy for r in results])), 4),
                "precision": round(float(np.mean([r.precision for r in results])), 4),
                "false_accepts": int(sum(r.false_accepts for r in results)),
            }
        )
    return rows


def latency(
    enrolled: dict[str, Vector], probes: list[Probe], thresholds: Thresholds
) -> list[dict[str, Any]]:
    rng = np.random.default_rng(7)
    real = np.vstack(list(enrolled.values())).astype(np.float32)
    norm = float(np.mean(np.linalg.norm(real, axis=1)))
    rows = []
    for size in GALLERY_SIZES:
        extra = size - len(real)
        noise = rng.normal(size=(extra, 128)).astype(np.float32)
        noise *= norm / np.linalg.norm(noise, axis=1, keepdims=True)
        owners = np.concatenate([np.arange(1, len(real) + 1), 1000 + np.arange(extra) // 10])
        started = time.perf_counter()
        gallery = Gallery(owners.astype(np.int64), np.vstack([real, noise]))
        built = time.perf_counter() - started
        times = []
        for i in range(300):
            probe = probes[i % len(probes)]
            t0 = time.perf_counter()
            decide(gallery.search(probe.embedding), thresholds)
            times.append(time.perf_counter() - t0)
        rows.append(
            {
                "embeddings": size,
                "index": "hnsw" if size >= 4096 else "flat",
                "build_s": round(built, 2),
                "identify_p50_ms": round(float(np.percentile(times, 50)) * 1000, 3),
                "identify_p99_ms": round(float(np.percentile(times, 99)) * 1000, 3),
            }
        )
        print(
            f"  gallery {size:>7}: p50 {rows[-1]['identify_p50_ms']} ms"
            f"  p99 {rows[-1]['identify_p99_ms']} ms  (build {built:.1f} s)",
            flush=True,
        )
    return rows


def embed_latency(faces: Path) -> dict[str, float]:
    image = decode_image((faces / "scenes/obama-720p.jpg").read_bytes())
    detector, embedder = FaceDetector(), Embedder()
    rgb = np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB), np.uint8)
    det, emb = [], []
    for _ in range(10):
        t0 = time.perf_counter()
        boxes = detector.detect(image)
        t1 = time.perf_counter()
        embedder.embed(rgb, boxes)
        emb.append(time.perf_counter() - t1)
        det.append(t1 - t0)
    embedder.close()
    return {
        "detect_p50_ms": round(float(np.median(det)) * 1000, 1),
        "embed_p50_ms": round(float(np.median(emb)) * 1000, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("bench/results/identity_eval.json"))
    args = parser.parse_args()
    if not FACES.is_dir():
        print(f"shared faces not found at {FACES}", file=sys.stderr)
        return 2
    defaults = EngineConfig()
    thresholds = Thresholds(
        defaults.match_distance, defaults.unknown_distance, defaults.match_margin
    )
    enrolled, probes, notes = collect(FACES)
    gallery, owners = build(enrolled)
    closed = score(gallery, owners, probes, thresholds)
    loio = leave_one_out(enrolled, probes, thresholds)
    print(f"enrolled {len(enrolled)} persons (one photo each); {len(probes)} probes")
    for note in notes:
        print("  note:", note)
    print(f"default thresholds: {asdict(thresholds)}")
    print(f"  closed set : {asdict(closed)}")
    print(f"  leave-one-identity-out: probes {loio.probes}, false accepts {loio.false_accepts}")
    curve = roc(enrolled, probes, thresholds.margin)
    print("ROC (match_distance: TAR / FAR / wrong person)")
    for p in curve:
        print(f"  {p['match_distance']:.3f}: {p['tar']:.3f} / {p['far']:.3f} / {p['wrong_person']}")
    fig13 = growth(enrolled, probes, thresholds)
    print("accuracy and precision as enrolled persons grow (Fig. 13)")
    for row in fig13:
        print(
            f"  {row['enrolled']} enrolled: accuracy {row['accuracy']:.3f}"
            f"  precision {row['precision']:.3f}  false accepts {row['false_accepts']}"
        )
    print("identify latency vs gallery size")
    speed = latency(enrolled, probes, thresholds)
    vision = embed_latency(FACES)
    print(
        f"  per face: detect {vision['detect_p50_ms']} ms, embed {vision['embed_p50_ms']} ms (p50)"
    )
    false_accepts = closed.false_accepts + closed.wrong_person + loio.false_accepts
    print(
        f"\n{'PASS' if false_accepts == 0 else 'FAIL'}"
        f"  zero false accepts at the default threshold ({false_accepts})"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "thresholds": asdict(thresholds),
                "closed_set": asdict(closed),
                "leave_one_out": asdict(loio),
                "roc": curve,
                "growth": fig13,
                "latency": speed,
                "vision": vision,
                "notes": notes,
                "probes": [{"source": p.source, "label": p.label} for p in probes],
            },
            indent=2,
        )
    )
    print(f"wrote {args.out}")
    return 0 if false_accepts == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
