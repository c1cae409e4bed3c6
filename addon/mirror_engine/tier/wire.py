"""What the tiers send each other: vectors and PIN hashes as base64, the
gallery's canonical form and checksum, and the request bodies (pydantic, like
the engine's routers)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from typing import Annotated, Any, Literal

import numpy as np
from numpy.typing import NDArray
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, Strict

from ..api.http import Refusal
from ..contract import ErrorCode

DIM = 128  # face embeddings are 128 float32
UID = re.compile(r"[0-9a-f]{32}")
KINDS = (
    "person",
    "embedding",
    "embedding_removed",
    "pin",
    "pin_clear",
    "negative",
    "negative_withdrawn",
    "forget",
    "sample",
)
# What the server's trainer learns from (``store.samples`` kinds): faces a
# session confirmed or a PIN login corrected, expression frames, answered
# gesture questions. "not me" travels as ``negative``.
SAMPLE_KINDS = ("confirmed", "corrected", "expression", "gesture_command")
MAX_FEATURES = 8192  # float32 values in one sample's features
MAX_ITEMS = 200  # items in one upload (each well under the 1 MiB body limit together)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def vector_text(vector: Any) -> str:
    return b64(np.asarray(vector, "<f4").tobytes())


def vector_of(text: str) -> NDArray[np.float32]:
    return np.frombuffer(unb64(text), "<f4").astype(np.float32)


def canonical(document: dict[str, Any]) -> bytes:
    """The bytes the checksum is taken over (the document without it)."""
    body = {k: v for k, v in document.items() if k != "checksum"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def checksum(document: dict[str, Any]) -> str:
    return "sha256:" + hashlib.sha256(canonical(document)).hexdigest()


# -- request bodies ---------------------------------------------------------------------
def _uid(value: str) -> str:
    if not UID.fullmatch(value):
        raise ValueError("must be a UUID as 32 lower-case hex digits")
    return value


def _vector(value: str) -> str:
    try:
        raw = unb64(value)
    except (binascii.Error, ValueError):
        raise ValueError("must be base64") from None
    if len(raw) != DIM * 4 or not np.isfinite(np.frombuffer(raw, "<f4")).all():
        raise ValueError(f"must be {DIM} finite float32 values")
    return value


def _blob(value: str) -> str:
    try:
        unb64(value)
    except (binascii.Error, ValueError):
        raise ValueError("must be base64") from None
    return value


def _features(value: str) -> str:
    try:
        raw = unb64(value)
    except (binascii.Error, ValueError):
        raise ValueError("must be base64") from None
    if not 0 < len(raw) <= MAX_FEATURES * 4 or len(raw) % 4:
        raise ValueError(f"must be 1 to {MAX_FEATURES} float32 values")
    if not np.isfinite(np.frombuffer(raw, "<f4")).all():
        raise ValueError("must be finite")
    return value


Uid = Annotated[str, Strict(), AfterValidator(_uid)]
FeaturesText = Annotated[str, Strict(), AfterValidator(_features)]
VectorText = Annotated[str, Strict(), AfterValidator(_vector)]
Blob = Annotated[str, Strict(), Field(max_length=200_000), AfterValidator(_blob)]


class _Data(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class PersonData(_Data):
    uid: Uid
    name: Annotated[str, Strict(), Field(min_length=1, max_length=64)]
    ha_person: Annotated[str, Strict(), Field(max_length=210)] | None = None
    thumbnail: Blob | None = None


class EmbeddingData(_Data):
    eid: Uid
    person: Uid
    vector: VectorText
    quality: Annotated[float, Field(ge=0, le=1)] = 0.5


class RemovedData(_Data):
    eid: Uid


class PinData(_Data):
    person: Uid
    salt: Blob
    hash: Blob
    params: Annotated[str, Strict(), Field(min_length=1, max_length=100)]


class PersonRef(_Data):
    person: Uid


class NegativeData(_Data):
    eid: Uid
    person: Uid
    vector: VectorText
    confidence: Annotated[float, Field(ge=0, le=1)] | None = None


class SampleData(_Data):
    """One collected sample for the server's trainer (never the face's picture)."""

    sid: Uid
    kind: Literal["confirmed", "corrected", "expression", "gesture_command"]
    person: Uid | None = None
    features: FeaturesText
    label: Annotated[str, Strict(), Field(max_length=64)] | None = None
    detail: Annotated[str, Strict(), Field(max_length=2000)] | None = None
    confidence: Annotated[float, Field(ge=0, le=1)] | None = None


DATA: dict[str, type[_Data]] = {
    "person": PersonData,
    "embedding": EmbeddingData,
    "embedding_removed": RemovedData,
    "pin": PinData,
    "pin_clear": PersonRef,
    "negative": NegativeData,
    "negative_withdrawn": RemovedData,
    "forget": PersonRef,
    "sample": SampleData,
}


BAD_CHANGES = Refusal(
    ErrorCode.BAD_JSON,
    f"send mirror (an id) and items (at most {MAX_ITEMS} of uuid, kind, data)",
)


class Item(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    uuid: Uid
    kind: Literal[
        "person",
        "embedding",
        "embedding_removed",
        "pin",
        "pin_clear",
        "negative",
        "negative_withdrawn",
        "forget",
        "sample",
    ]
    data: dict[str, Any]


class Changes(BaseModel):
    """``POST /api/household/changes``: a mirror's queued changes, in order."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    mirror: Annotated[str, Strict(), Field(min_length=1, max_length=64), BAD_CHANGES]
    items: Annotated[list[Item], Field(max_length=MAX_ITEMS), BAD_CHANGES]


# -- the ML tier --------------------------------------------------------------------------
OUTCOMES = ("confirmed", "corrected", "not_me")  # what a mirror's accuracy is told by

BAD_REPORT = Refusal(
    ErrorCode.BAD_JSON,
    "send mirror, models_version, models (kind, person, version) and counts",
)


class ModelInUse(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    kind: Annotated[str, Strict(), Field(min_length=1, max_length=64)]
    person: Uid | None = None
    version: Annotated[int, Strict(), Field(ge=1)]


class Report(BaseModel):
    """``POST /api/household/report``: what a mirror runs and how it fares.

    ``counts`` are the mirror's own outcomes since it joined (never those the
    household sent it): faces confirmed, corrected by a PIN login, marked
    "not me"; the server compares them with what they were at its last
    retraining."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    mirror: Annotated[str, Strict(), Field(min_length=1, max_length=64), BAD_REPORT]
    models_version: Annotated[int | None, Strict(), BAD_REPORT] = None
    models: Annotated[list[ModelInUse], Field(max_length=1000), BAD_REPORT] = []
    counts: Annotated[dict[str, Annotated[int, Strict(), Field(ge=0)]], BAD_REPORT] = {}
