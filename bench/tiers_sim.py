"""Several mirrors, one household server (issue 19): N mirror clients against
one server process on 127.0.0.1.

The server is a real ``python -m mirror_engine --role server``; each mirror is
the engine's own sync client (``tier.mirror.MirrorSync``) with its own store,
without a camera (the sync is what is measured), all syncing at once from a
thread each. Phases:

1. cold start: every mirror pulls the whole gallery (bytes, pull and swap time);
2. idle round: every mirror syncs with nothing new (a 304 each);
3. upload: every mirror enrols one new person with ``--faces`` faces and a PIN
   while the others do the same, and delivers (items per second at the server;
   every item applied once);
4. spread: every mirror pulls the gallery with everybody's newcomers.

    python -m bench.tiers_sim [--mirrors 50] [--people 10] [--faces 5]
        [--out bench/results/tiers_sim.json]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from bench.report import finish
from devkit.harness import EngineProcess
from mirror_engine.config import EngineConfig
from mirror_engine.identity.pin_vault import PinVault
from mirror_engine.pipeline.events import EventBus
from mirror_engine.store import Store
from mirror_engine.tier import wire
from mirror_engine.tier.mirror import MirrorSync


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def vectors(count: int, rng: np.random.Generator) -> list[np.ndarray]:  # type: ignore[type-arg]
    return [rng.normal(0, 0.1, 128).astype(np.float32) for _ in range(count)]


def seed(server: EngineProcess, people: int, faces: int) -> None:
    """The household before the mirrors join: ``people`` with ``faces`` each."""
    rng = np.random.default_rng(19)
    items: list[dict[str, Any]] = []
    for i in range(people):
        uid = uuid.uuid4().hex
        items.append(
            {"uuid": uuid.uuid4().hex, "kind": "person", "data": {"uid": uid, "name": f"P{i}"}}
        )
        for vector in vectors(faces, rng):
            eid = uuid.uuid4().hex
            data = {"eid": eid, "person": uid, "vector": wire.vector_text(vector)}
            items.append({"uuid": uuid.uuid4().hex, "kind": "embedding", "data": data})
    for start in range(0, len(items), wire.MAX_ITEMS):
        batch = items[start : start + wire.MAX_ITEMS]
        server.json(
            "/api/household/changes", method="POST", body={"mirror": "seed", "items": batch}
        )


def stats(values: list[float]) -> dict[str, float]:
    return {
        "p50": round(statistics.median(values), 2),
        "p95": round(percentile(values, 0.95), 2),
        "max": round(max(values), 2),
    }


def everyone(
    pool: ThreadPoolExecutor, mirrors: list[MirrorSync], step: Callable[[Any], Any]
) -> float:
    """Run ``step`` on every mirror at once; the wall time in seconds."""
    started = time.perf_counter()
    list(pool.map(step, mirrors))
    return time.perf_counter() - started


def timed(step: Callable[[MirrorSync], Any]) -> Callable[[MirrorSync], float]:
    def run(mirror: MirrorSync) -> float:
        started = time.perf_counter()
        step(mirror)
        return (time.perf_counter() - started) * 1000

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirrors", type=int, default=50)
    parser.add_argument("--people", type=int, default=10)
    parser.add_argument("--faces", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path("bench/results/tiers_sim.json"))
    args = parser.parse_args()
    result: dict[str, Any] = {"mirrors": args.mirrors, "people": args.people, "faces": args.faces}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = EngineProcess(folder / "server", "--role", "server", "--log-level", "warning")
        server.start(timeout=120)
        stores: list[Store] = []
        try:
            seed(server, args.people, args.faces)
            config = EngineConfig.model_validate(
                {"role": "mirror", "server": server.base, "sync_interval": 30}
            )
            mirrors = []
            for i in range(args.mirrors):
                store = Store(folder / f"m{i}" / "mirror.db")
                stores.append(store)
                mirrors.append(MirrorSync(store, None, EventBus(), config, server.token, f"m{i}"))
            with ThreadPoolExecutor(args.mirrors) as pool:
                # 1. cold start
                wall = everyone(pool, mirrors, lambda m: m.sync())
                result["cold"] = {
                    "wall_s": round(wall, 2),
                    "bytes_in_per_mirror": round(statistics.mean(m.bytes_in for m in mirrors)),
                    "swap_ms": stats([m.last_swap_ms or 0.0 for m in mirrors]),
                }
                before = [(m.bytes_in, m.bytes_out) for m in mirrors]
                # 2. idle round
                pulls = list(pool.map(timed(lambda m: m.sync()), mirrors))
                result["idle"] = {
                    "sync_ms": stats(pulls),
                    "bytes_per_mirror": round(
                        statistics.mean(
                            m.bytes_in + m.bytes_out - i - o
                            for m, (i, o) in zip(mirrors, before, strict=True)
                        )
                    ),
                }
                # 3. upload: each mirror enrols a newcomer with faces and a PIN
                rng = np.random.default_rng(7)
                for i, mirror in enumerate(mirrors):
                    person = mirror.store.persons.create(f"New{i}")
                    mirror.store.persons.add_embeddings(
                        person.id, vectors(args.faces, rng), [0.9] * args.faces, "upload"
                    )
                    PinVault(mirror.store.pins).set_pin(person.id, "2468")
                    mirror.reconcile()
                queued = sum(int(m.status()["outbox"]["pending"]) for m in mirrors)
                wall = everyone(pool, mirrors, lambda m: m.deliver())
                result["upload"] = {
                    "items": queued,
                    "wall_s": round(wall, 2),
                    "items_per_s": round(queued / wall, 1),
                }
                # 4. spread: everybody's newcomers on every mirror
                before = [(m.bytes_in, m.bytes_out) for m in mirrors]
                wall = everyone(pool, mirrors, lambda m: m.pull())
                result["spread"] = {
                    "wall_s": round(wall, 2),
                    "bytes_in_per_mirror": round(
                        statistics.mean(
                            m.bytes_in - i for m, (i, _) in zip(mirrors, before, strict=True)
                        )
                    ),
                    "swap_ms": stats([m.last_swap_ms or 0.0 for m in mirrors]),
                }
            # 5. one mirror alone joins the household (no other sync at the same time)
            store = Store(folder / "alone" / "mirror.db")
            stores.append(store)
            alone = MirrorSync(store, None, EventBus(), config, server.token, "alone")
            started = time.perf_counter()
            alone.pull()
            result["alone"] = {
                "pull_ms": round((time.perf_counter() - started) * 1000, 1),
                "swap_ms": alone.last_swap_ms,
                "bytes_in": alone.bytes_in,
            }
            alone_persons = len(store.persons.all())
            household = server.status()["household"]
            result["server"] = {k: household[k] for k in ("version", "persons", "embeddings")}
            versions = {m.version() for m in mirrors}
            pending = sum(int(m.status()["outbox"]["pending"]) for m in mirrors)
            duplicates = sum(int(x["duplicates"]) for x in household["mirrors"])
            persons_each = {len(m.store.persons.all()) for m in mirrors}
        finally:
            for store in stores:
                store.close()
            server.stop()
    print(f"{args.mirrors} mirrors, {args.people} people x {args.faces} faces on the server")
    cold, idle, up, spread = result["cold"], result["idle"], result["upload"], result["spread"]
    print(
        f"cold start   {cold['wall_s']:>7} s   {cold['bytes_in_per_mirror']:>9} B in per mirror"
        f"   swap p50 {cold['swap_ms']['p50']} ms, p95 {cold['swap_ms']['p95']} ms"
    )
    print(
        f"idle round   {idle['bytes_per_mirror']:>9} B per mirror   sync p50"
        f" {idle['sync_ms']['p50']} ms, p95 {idle['sync_ms']['p95']} ms"
    )
    print(f"upload       {up['items']} items in {up['wall_s']} s = {up['items_per_s']} items/s")
    print(
        f"spread       {spread['wall_s']:>7} s   {spread['bytes_in_per_mirror']:>9} B in per mirror"
        f"   swap p50 {spread['swap_ms']['p50']} ms, p95 {spread['swap_ms']['p95']} ms"
    )
    alone = result["alone"]
    print(
        f"one alone    {alone['pull_ms']} ms to pull {alone['bytes_in']} B,"
        f" swap {alone['swap_ms']} ms"
    )
    expected = args.people + args.mirrors
    checks = {
        "every queued item delivered": pending == 0,
        "every item applied once (no duplicates)": duplicates == 0
        and result["server"]["embeddings"] == (args.people + args.mirrors) * args.faces,
        f"every mirror holds all {expected} people": persons_each == {expected},
        "every mirror on the server's version": versions == {result["server"]["version"]},
        "a lone mirror holds them all": alone_persons == expected,
    }
    return finish(result, checks, args.out)


if __name__ == "__main__":
    raise SystemExit(main())
