"""Static checks of what Docker, the Supervisor and HACS read (Docker cannot
run here, so the add-on image itself is not built in tests)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import mirror_engine
from devkit.harness import ROOT
from mirror_engine.config import EngineConfig, load_config

ADDON = ROOT / "addon"
REQUIRED_ADDON_KEYS = {"name", "version", "slug", "description", "arch", "options", "schema"}
# Supervisor schema types -> the Python type an option value must have.
SCHEMA_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "password": (str,),
    "url": (str,),
    "email": (str,),
    "match": (str,),
    "list": (str,),
    "device": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "port": (int,),
}


def addon_config() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ADDON / "config.yaml").read_text())
    return data


def schema_kind(spec: str) -> str:
    match = re.fullmatch(r"(\w+)(\(.*\))?\??", spec)
    assert match, f"unparseable schema entry {spec!r}"
    return match.group(1)


def test_addon_config_has_required_keys() -> None:
    config = addon_config()
    assert config.keys() >= REQUIRED_ADDON_KEYS
    assert config["version"] == mirror_engine.__version__
    assert re.fullmatch(r"[a-z0-9_]+", config["slug"])
    assert set(config["arch"]) <= {"amd64", "aarch64", "armv7", "armhf", "i386"}
    assert config["video"] is True  # camera device access
    assert "8099/tcp" in config["ports"]


def test_every_option_has_a_schema_entry_of_matching_type() -> None:
    config = addon_config()
    for name, value in config["options"].items():
        assert name in config["schema"], f"option {name} has no schema entry"
        kind = schema_kind(config["schema"][name])
        assert kind in SCHEMA_TYPES, f"{name}: unknown schema type {kind}"
        assert isinstance(value, SCHEMA_TYPES[kind]), f"{name}: {value!r} is not {kind}"
        if kind == "list":
            choices = re.search(r"\((.*)\)", config["schema"][name])
            assert choices
            assert value in choices.group(1).split("|")


def test_schema_matches_the_engine_options(tmp_path: Path) -> None:
    config = addon_config()
    for name in config["schema"]:
        assert name in EngineConfig.model_fields, f"schema option {name} unknown to the engine"
    options = tmp_path / "options.json"
    options.write_text(json.dumps(config["options"]))
    loaded = load_config(["--options", str(options)], environ={})
    assert loaded.source == config["options"]["source"]
    translations = yaml.safe_load((ADDON / "translations" / "en.yaml").read_text())
    assert set(translations["configuration"]) == set(config["schema"])


def test_dockerfile_and_build_config() -> None:
    dockerfile = (ADDON / "Dockerfile").read_text()
    assert "ARG BUILD_FROM" in dockerfile
    assert "FROM ${BUILD_FROM}" in dockerfile
    for copied in re.findall(r"^COPY (.+?) \S+$", dockerfile, re.MULTILINE):
        for name in copied.split():
            assert (ADDON / name).exists(), f"Dockerfile copies missing {name}"
    build = yaml.safe_load((ADDON / "build.yaml").read_text())
    assert set(build["build_from"]) == set(addon_config()["arch"])
    run = (ADDON / "run.sh").read_text()
    assert "python3 -m mirror_engine" in run
    assert "/data/options.json" in run


@pytest.mark.parametrize("name", ["DOCS.md", "CHANGELOG.md", "run.sh", "requirements.txt"])
def test_addon_files_exist(name: str) -> None:
    assert (ADDON / name).is_file()


def test_repository_and_hacs_metadata() -> None:
    repository = yaml.safe_load((ROOT / "repository.yaml").read_text())
    assert {"name", "url", "maintainer"} <= repository.keys()
    hacs = json.loads((ROOT / "hacs.json").read_text())
    assert hacs["name"]
    assert hacs["homeassistant"]
    manifest = json.loads((ROOT / "custom_components/smart_mirror/manifest.json").read_text())
    assert manifest["domain"] == "smart_mirror"
    assert manifest["iot_class"] == "local_push"
    assert {"documentation", "issue_tracker", "codeowners", "version"} <= manifest.keys()


def test_the_integrations_requirements_are_what_the_tests_install() -> None:
    manifest = json.loads((ROOT / "custom_components/smart_mirror/manifest.json").read_text())
    pinned = {
        line.strip()
        for line in (ROOT / "requirements_test.txt").read_text().splitlines()
        if line.strip() and not line.startswith(("#", "-"))
    }
    assert set(manifest["requirements"]) <= pinned
    assert all("==" in requirement for requirement in manifest["requirements"])
