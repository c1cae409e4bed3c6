"""How every benchmark ends: its checks as PASS/FAIL lines, its result as JSON
(with the checks) under bench/results/, and an exit code that fails on any
failed check."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def command_line(
    doc: str, name: str, seconds: float, warmup: float | None = None
) -> argparse.ArgumentParser:
    """A benchmark's command line: what ``doc`` (its module's) begins with,
    --seconds it measures for (after --warmup seconds, where it has one) and
    --out, its JSON under bench/results/ (``name``.json)."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=seconds)
    if warmup is not None:
        parser.add_argument("--warmup", type=float, default=warmup)
    parser.add_argument("--out", type=Path, default=Path(f"bench/results/{name}.json"))
    return parser


def finish(result: dict[str, Any], checks: dict[str, bool], out: Path) -> int:
    for check, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}  {check}")
    result["checks"] = checks
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(f"wrote {out}")
    return 0 if all(checks.values()) else 1
