"""dlib's face descriptor network, run in a child process.

Measured here: ``compute_face_descriptor`` holds the GIL for its whole ~75 ms,
which stalled the capture thread to a 90 ms frame interval. So the parent
keeps the cheap steps (68-point landmarks, the aligned 150x150 chip, ~2 ms)
and a one-process pool computes descriptors from chips; waiting on it
releases the GIL. The chip route gives bit-identical descriptors.
"""

from __future__ import annotations

import logging
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import numpy as np
from numpy.typing import NDArray

from ..pipeline.children import child_pool

_LOGGER = logging.getLogger(__name__)

Chip = NDArray[np.uint8]


def _describe(chips: list[Chip], jitters: int) -> list[NDArray[np.float64]]:
    """Runs in the child: descriptors of aligned face chips."""
    import warnings

    warnings.filterwarnings("ignore", message="pkg_resources is deprecated")
    import face_recognition.api as fr

    return [np.asarray(fr.face_encoder.compute_face_descriptor(c, jitters)) for c in chips]


class DescriptorProcess:
    """A lazily started child process that turns face chips into 128-d vectors;
    a child that died is replaced on the next call."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def _ensure(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = child_pool()
        return self._pool

    def describe(self, chips: list[Chip], jitters: int) -> list[NDArray[np.float32]]:
        if not chips:
            return []
        try:
            vectors = self._ensure().submit(_describe, chips, jitters).result()
        except BrokenProcessPool:
            _LOGGER.warning("descriptor process died; starting a new one")
            self.close()
            raise
        return [np.asarray(v, np.float32) for v in vectors]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
