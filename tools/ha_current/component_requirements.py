"""The requirements of the Home Assistant integrations our tests and the demo
set up, read from the installed Home Assistant's manifests (with their
dependencies). Since 2026 Home Assistant's core package no longer carries
them (hassil, the frontend, ...), and `hass --skip-pip` installs nothing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import homeassistant.components

MANIFEST = Path(__file__).parents[2] / "custom_components/smart_mirror/manifest.json"
# the entity platforms the integration forwards to, and what the tests' and
# the demo's configuration set up beside the manifest's (after-)dependencies
PLATFORMS = ["binary_sensor", "button", "camera", "event", "image", "number", "sensor", "switch"]
EXTRA = [
    "assist_pipeline",
    "automation",
    "config",
    "device_automation",
    "hassio",  # its client (the test plugin imports it too)
    "llm",
    "person",
    "recorder",
]


def roots() -> list[str]:
    manifest = json.loads(MANIFEST.read_text())
    return [
        *manifest.get("dependencies", []),
        *manifest.get("after_dependencies", []),
        *PLATFORMS,
        *EXTRA,
    ]


def requirements(roots: list[str]) -> list[str]:
    base = Path(homeassistant.components.__path__[0])
    seen: set[str] = set()
    found: set[str] = set()
    todo = list(roots)
    while todo:
        domain = todo.pop()
        if domain in seen or not (base / domain / "manifest.json").is_file():
            continue
        seen.add(domain)
        manifest = json.loads((base / domain / "manifest.json").read_text())
        found.update(manifest.get("requirements", []))
        todo.extend(manifest.get("dependencies", []))
    return sorted(found)


if __name__ == "__main__":
    print("\n".join(requirements(sys.argv[1:] or roots())))
