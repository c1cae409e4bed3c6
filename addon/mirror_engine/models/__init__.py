"""Offline model weights: acquired from a pinned npm package at install time,
converted to ONNX by our own converter, run with onnxruntime."""
