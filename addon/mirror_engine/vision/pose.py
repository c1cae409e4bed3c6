"""Body keypoints with MoveNet SinglePose Lightning (converted up to its heads;
its post-processing, decoded here, is the graph's own, step for step)."""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from ..models.manifest import (
    MOVENET_CENTER,
    MOVENET_HEATMAP,
    MOVENET_INPUT,
    MOVENET_OFFSET,
    MOVENET_REGRESS,
)
from ..models.registry import ModelRegistry
from ..pipeline.frames import Image
from .keypoints import Pose

SIZE = 192
GRID = 48  # the heads' resolution (stride 4)
_NEAR = 1.8  # the graph's add_5/y: how softly distance weighs in both arg-maxes
_ROWS, _COLS = np.mgrid[0:GRID, 0:GRID].astype(np.float32)
# The graph prefers the person nearest the image centre: its truediv_2_recip
# constant is 1 / (d + 1.8), d in cells from cell (24, 24) (recomputed here
# to 2e-4 of the stored fp16 values).
_CENTRE_WEIGHT = 1.0 / (np.hypot(_ROWS - GRID / 2, _COLS - GRID / 2) + _NEAR)

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in frame pixels


def decode(
    heatmap: NDArray[np.float32],
    center: NDArray[np.float32],
    regress: NDArray[np.float32],
    offset: NDArray[np.float32],
    centre_weight: NDArray[np.float32] = _CENTRE_WEIGHT,
) -> NDArray[np.float32]:
    """MoveNet's heads (48x48 x 17 / 1 / 34 / 34) -> (17, 3) rows of y, x in
    0..1 of the input and the keypoint score."""
    cy, cx = np.unravel_index(int(np.argmax(center[..., 0] * centre_weight)), (GRID, GRID))
    regressed = regress[cy, cx].reshape(17, 2) + np.array([cy, cx], np.float32)
    dy = _ROWS[..., None] - regressed[:, 0]
    dx = _COLS[..., None] - regressed[:, 1]
    weighted = heatmap / (np.sqrt(dy * dy + dx * dx) + _NEAR)
    flat = np.argmax(weighted.reshape(GRID * GRID, 17), axis=0)
    ky, kx = flat // GRID, flat % GRID
    parts = np.arange(17)
    offsets = offset[ky, kx].reshape(17, 17, 2)[parts, parts]
    out = np.empty((17, 3), np.float32)
    out[:, 0] = (ky + offsets[:, 0]) / GRID
    out[:, 1] = (kx + offsets[:, 1]) / GRID
    out[:, 2] = heatmap[ky, kx, parts]
    return out


def square_input(image: Image, region: Box | None) -> tuple[NDArray[np.float32], float, int, int]:
    """The region zero-padded to a square and resized, as MoveNet wants it;
    with the scale and origin that map its coordinates back to the frame."""
    x0, y0, x1, y1 = region or (0, 0, image.shape[1], image.shape[0])
    x0, y0 = max(0, x0), max(0, y0)
    x1, y1 = min(image.shape[1], x1), min(image.shape[0], y1)
    crop = image[y0:y1, x0:x1]
    h, w = crop.shape[:2]
    side = max(h, w)
    top, left = (side - h) // 2, (side - w) // 2
    padded = cv2.copyMakeBorder(crop, top, side - h - top, left, side - w - left, 0)
    rgb = cv2.cvtColor(cv2.resize(padded, (SIZE, SIZE)), cv2.COLOR_BGR2RGB)
    # the graph casts its input to int32 first
    return rgb.astype(np.float32)[None], float(side), x0 - left, y0 - top


class PoseEstimator:
    def __init__(self, registry: ModelRegistry) -> None:
        self._session = registry.session("movenet-lightning")

    def heads(self, batch: NDArray[np.float32]) -> list[NDArray[np.float32]]:
        outputs = self._session.run(
            [MOVENET_HEATMAP, MOVENET_CENTER, MOVENET_REGRESS, MOVENET_OFFSET],
            {MOVENET_INPUT: batch},
        )
        return [np.asarray(o, np.float32) for o in outputs]

    def estimate(self, image: Image, region: Box | None = None) -> Pose:
        """The most central person's 17 keypoints in frame pixels (x, y, score)."""
        batch, side, left, top = square_input(image, region)
        heatmap, center, regress, offset = (h[0] for h in self.heads(batch))
        yx = decode(heatmap, center, regress, offset)
        keypoints = np.empty((17, 3), np.float32)
        keypoints[:, 0] = left + yx[:, 1] * side
        keypoints[:, 1] = top + yx[:, 0] * side
        keypoints[:, 2] = yx[:, 2]
        return Pose(keypoints)
