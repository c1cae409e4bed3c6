"""The frame pipeline: capture, frame buffer, streaming, workers, events, metrics."""
