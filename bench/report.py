"""How every benchmark ends: its checks as PASS/FAIL lines, its result as JSON
(with the checks) under bench/results/, and an exit code that fails on any
failed check."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def finish(result: dict[str, Any], checks: dict[str, bool], out: Path) -> int:
    for check, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}  {check}")
    result["checks"] = checks
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(f"wrote {out}")
    return 0 if all(checks.values()) else 1
