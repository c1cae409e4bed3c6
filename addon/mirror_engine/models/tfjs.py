"""Read a TF.js graph model (model.json + weight shards) into numpy."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

_DTYPES = {"float32": np.float32, "int32": np.int32, "bool": np.bool_}
_QUANT = {"float16": np.float16, "uint8": np.uint8, "uint16": np.uint16}


@dataclass
class Node:
    name: str
    op: str
    inputs: list[str]
    attr: dict[str, Any]

    def s(self, key: str, default: str = "") -> str:
        """A string attribute (TF.js stores them base64-encoded)."""
        value = self.attr.get(key, {}).get("s")
        return base64.b64decode(value).decode() if value else default

    def ints(self, key: str) -> list[int]:
        return [int(i) for i in self.attr.get(key, {}).get("list", {}).get("i", [])]

    def strings(self, key: str) -> list[str]:
        raw = self.attr.get(key, {}).get("list", {}).get("s", [])
        return [base64.b64decode(v).decode() for v in raw]

    def flag(self, key: str) -> bool:
        return bool(self.attr.get(key, {}).get("b", False))


@dataclass
class GraphModel:
    nodes: list[Node]
    weights: dict[str, NDArray[Any]]
    signature: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)


def _read_weights(folder: Path, manifest: list[dict[str, Any]]) -> dict[str, NDArray[Any]]:
    weights: dict[str, NDArray[Any]] = {}
    for group in manifest:
        data = b"".join((folder / path).read_bytes() for path in group["paths"])
        offset = 0
        for spec in group["weights"]:
            shape = [int(d) for d in spec["shape"]]
            count = int(np.prod(shape)) if shape else 1
            quant = spec.get("quantization")
            stored = _QUANT[quant["dtype"]] if quant else _DTYPES[spec["dtype"]]
            size = count * np.dtype(stored).itemsize
            raw: NDArray[Any] = np.frombuffer(data, stored, count, offset)
            offset += size
            if quant and quant["dtype"] == "float16":
                value = raw.astype(np.float32)
            elif quant:  # affine integer quantisation
                value = raw.astype(np.float32) * quant["scale"] + quant["min"]
            else:
                value = raw.copy()
            weights[spec["name"]] = value.astype(_DTYPES[spec["dtype"]]).reshape(shape)
        if offset != len(data):
            raise ValueError(f"weight shards hold {len(data)} bytes, specs describe {offset}")
    return weights


def load(model_json: Path) -> GraphModel:
    spec = json.loads(model_json.read_text())
    if spec.get("format") != "graph-model":
        raise ValueError(f"{model_json} is not a TF.js graph model")
    nodes = [
        Node(n["name"], n["op"], list(n.get("input", [])), n.get("attr", {}))
        for n in spec["modelTopology"]["node"]
    ]
    weights = _read_weights(model_json.parent, spec["weightsManifest"])
    meta = {k: spec.get(k) for k in ("generatedBy", "convertedBy")}
    return GraphModel(nodes, weights, spec.get("signature", {}), meta)
