"""What the analysis models are and where they come from (pinned)."""

from __future__ import annotations

from dataclasses import dataclass

# MIT-licensed; fetched with `npm pack` (the npm registry is the only source).
PACKAGE = "@vladmandic/human"
VERSION = "3.3.6"
INTEGRITY = (
    "sha512-Nr5mPfq1gQ+uKeXY5uM3Fj8UxvF5CEh2s6txM5wRThqaW0mF9huooOuZSrT8"
    "hhGho0hGaXLFdAwfD/2+teCv6A=="
)


@dataclass(frozen=True)
class ModelSpec:
    name: str
    sha256_json: str
    sha256_bin: str
    source: str  # where the weights were trained, for the docs


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
    )
}
