"""What the analysis models are and where they come from (pinned)."""

from __future__ import annotations

from dataclasses import dataclass, field

# MIT-licensed; fetched with `npm pack` (the npm registry is the only source).
PACKAGE = "@vladmandic/human"
VERSION = "3.3.6"
INTEGRITY = (
    "sha512-Nr5mPfq1gQ+uKeXY5uM3Fj8UxvF5CEh2s6txM5wRThqaW0mF9huooOuZSrT8"
    "hhGho0hGaXLFdAwfD/2+teCv6A=="
)


# MoveNet from its float image (after the int32 cast, before normalisation)
# to its four heads: keypoint heatmaps, person centre, centre-to-keypoint
# regressions, keypoint offsets (all NHWC, 48 x 48).
MOVENET_INPUT = "StatefulPartitionedCall/stack"
MOVENET_HEATMAP = "StatefulPartitionedCall/Sigmoid"
MOVENET_CENTER = "StatefulPartitionedCall/Sigmoid_1"
MOVENET_REGRESS = "StatefulPartitionedCall/kpt_regress_0/conv2d_6/BiasAdd"
MOVENET_OFFSET = "StatefulPartitionedCall/kpt_offset_0/conv2d_7/BiasAdd"
MOVENET_HEADS = (MOVENET_HEATMAP, MOVENET_CENTER, MOVENET_REGRESS, MOVENET_OFFSET)


@dataclass(frozen=True)
class ModelSpec:
    name: str
    sha256_json: str
    sha256_bin: str
    source: str  # where the weights were trained, for the docs
    # a cut conversion: inner node -> NHWC shape fed instead of the placeholder,
    # and the inner nodes returned instead of the signature's outputs
    inputs: dict[str, tuple[int, ...]] = field(default_factory=dict)
    outputs: tuple[str, ...] = ()


MODELS: dict[str, ModelSpec] = {
    m.name: m
    for m in (
        ModelSpec(
            "faceres",
            "5b83d49c0385d2e68a05122441b94226313677cae9fcc40b9587ad50079eb4df",
            "2c7d2d62b76c97528b736527aa09d310ea71743c9e3e79fb6c62d4b2d73af79b",
            "HSE-asavchenko/HSE_FaceRec_tf (age, gender, descriptor)",
        ),
        ModelSpec(
            "emotion",
            "56f7e557eb0c863a8b9ab04ac7ccba756e93bf2c27dce135ef0e8712b80b7ad2",
            "927ac8224f356ab1e68c2bcfbfa07b0c8567047d1bcf817388ba6e38214c4987",
            "oarriaga/face_classification (mini-Xception, FER2013)",
        ),
        ModelSpec(
            "antispoof",
            "7fd698ae1cebabbcad79d3b8b448587b0365eb7911987418231bdcf36583112a",
            "4490fecb2becdb6869edc7e60f5e59962be013a8def8719b1373afb0f905c094",
            "anku420/fake-face-detection",
        ),
        ModelSpec(
            "liveness",
            "9e51c8acf83b80abbf329b2735309ab5c90611c66905ade8b1bd130d473df9c8",
            "fc6a6b6b3b9721bdb8bff67a457a15b7cbfd81715cfb27f3e65b757e81dd663e",
            "leokwu/livenessnet",
        ),
        ModelSpec(
            "movenet-lightning",
            "df8cbde44d00f533ccc4916a7c6ebc17316532fb3fadad114ec667fef22872e9",
            "bf97bc10d9c8a11200b0190ed64ce039b6252f1aff7cb552aca99b3d191c2f34",
            "Google MoveNet SinglePose Lightning (17 body keypoints)",
            inputs={MOVENET_INPUT: (1, 192, 192, 3)},
            outputs=MOVENET_HEADS,
        ),
        ModelSpec(
            "handlandmark-lite",
            "8478ec3224129957f1436194738ad26ac78bbac8ea3be1730399ccad6964a27f",
            "3dbf92db39720eac7f88aff322a24d3f4ed3ba1f54aa7a8a37b704f14cb76c0e",
            "Google MediaPipe hand landmarks, lite (21 landmarks, hand presence)",
        ),
    )
}
