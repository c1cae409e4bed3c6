"""The rules Home Assistant's hassfest and HACS's action enforce on an
integration, encoded here (neither tool can be downloaded on this machine):
the manifest, services and their translations, exception and entity
translation keys (each defined and each used), the Korean translation's
shape, icons, the quality scale file and hacs.json."""

from __future__ import annotations

import ast
import json
import re
import string
from typing import Any

import yaml

from devkit.harness import ROOT

INTEGRATION = ROOT / "custom_components" / "smart_mirror"
MANIFEST = json.loads((INTEGRATION / "manifest.json").read_text())
STRINGS = json.loads((INTEGRATION / "strings.json").read_text())
SERVICES = yaml.safe_load((INTEGRATION / "services.yaml").read_text())

IOT_CLASSES = {
    "assumed_state",
    "cloud_polling",
    "cloud_push",
    "local_polling",
    "local_push",
    "calculated",
}
INTEGRATION_TYPES = {
    "device",
    "entity",
    "hardware",
    "helper",
    "hub",
    "service",
    "system",
    "virtual",
}
# hassfest's manifest schema for a custom integration
MANIFEST_REQUIRED = {"domain", "name", "codeowners", "documentation", "iot_class", "version"}
MANIFEST_KEYS = MANIFEST_REQUIRED | {
    "after_dependencies",
    "bluetooth",
    "config_flow",
    "dependencies",
    "dhcp",
    "homekit",
    "integration_type",
    "issue_tracker",
    "loggers",
    "mqtt",
    "quality_scale",
    "requirements",
    "single_config_entry",
    "ssdp",
    "usb",
    "zeroconf",
}
HACS_KEYS = {
    "name",
    "content_in_root",
    "zip_release",
    "filename",
    "hide_default_branch",
    "country",
    "homeassistant",
    "hacs",
    "persistent_directory",
    "render_readme",
}
QUALITY_RULES = {
    # Bronze
    "action-setup",
    "appropriate-polling",
    "brands",
    "common-modules",
    "config-flow-test-coverage",
    "config-flow",
    "dependency-transparency",
    "docs-actions",
    "docs-high-level-description",
    "docs-installation-instructions",
    "docs-removal-instructions",
    "entity-event-setup",
    "entity-unique-id",
    "has-entity-name",
    "runtime-data",
    "test-before-configure",
    "test-before-setup",
    "unique-config-entry",
    # Silver
    "action-exceptions",
    "config-entry-unloading",
    "docs-configuration-parameters",
    "docs-installation-parameters",
    "entity-unavailable",
    "integration-owner",
    "log-when-unavailable",
    "parallel-updates",
    "reauthentication-flow",
    "test-coverage",
    # Gold
    "devices",
    "diagnostics",
    "discovery-update-info",
    "discovery",
    "docs-data-update",
    "docs-examples",
    "docs-known-limitations",
    "docs-supported-devices",
    "docs-supported-functions",
    "docs-troubleshooting",
    "docs-use-cases",
    "dynamic-devices",
    "entity-category",
    "entity-device-class",
    "entity-disabled-by-default",
    "entity-translations",
    "exception-translations",
    "icon-translations",
    "reconfiguration-flow",
    "repair-issues",
    "stale-devices",
    # Platinum
    "async-dependency",
    "inject-websession",
    "strict-typing",
}


def code_strings() -> set[str]:
    """Every string the integration's Python code spells out: its constants, and
    each f-string's constant start followed by any of them (``f"feature_{x}"``)."""
    found: set[str] = set()
    starts: set[str] = set()
    for path in INTEGRATION.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    starts.add(first.value)
    return found | {start + value for start in starts for value in found}


def leaves(tree: dict[str, Any], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            out |= leaves(value, f"{prefix}{key}.")
        else:
            out[prefix + key] = value
    return out


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_manifest_keys_order_and_values() -> None:
    keys = list(MANIFEST)
    assert keys[:2] == ["domain", "name"], "domain and name come first"
    assert keys[2:] == sorted(keys[2:]), "then the keys in alphabetical order"
    assert set(keys) >= MANIFEST_REQUIRED
    assert set(keys) <= MANIFEST_KEYS, set(keys) - MANIFEST_KEYS
    assert MANIFEST["domain"] == INTEGRATION.name
    assert MANIFEST["iot_class"] in IOT_CLASSES
    assert MANIFEST.get("integration_type", "hub") in INTEGRATION_TYPES
    assert re.fullmatch(r"\d+\.\d+\.\d+", MANIFEST["version"])
    assert all(owner.startswith("@") for owner in MANIFEST["codeowners"])
    assert all(re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[\w.]+", r) for r in MANIFEST["requirements"])
    for key in ("dependencies", "after_dependencies"):
        assert MANIFEST.get(key, []) == sorted(MANIFEST.get(key, [])), key
    assert not set(MANIFEST.get("dependencies", [])) & set(MANIFEST.get("after_dependencies", []))


def test_every_service_is_described_and_translated() -> None:
    translated = STRINGS["services"]
    assert set(SERVICES) == set(translated)
    used = code_strings()
    for service, spec in SERVICES.items():
        assert service in used, f"{service} is in services.yaml but never registered"
        text = translated[service]
        assert text.get("name"), service
        assert text.get("description"), service
        fields = spec.get("fields") or {}
        assert set(fields) == set(text.get("fields", {})), service
        for field, field_spec in fields.items():
            assert text["fields"][field].get("name"), f"{service}.{field}"
            assert text["fields"][field].get("description"), f"{service}.{field}"
            assert "selector" in field_spec, f"{service}.{field} has no selector"
            selector = field_spec["selector"].get("select") or {}
            if key := selector.get("translation_key"):
                options = set(STRINGS["selector"][key]["options"])
                assert set(selector["options"]) == options, f"{service}.{field}"


def test_every_translation_key_is_defined_and_used() -> None:
    used = code_strings()
    sections = {
        "exceptions": set(STRINGS["exceptions"]),
        "issues": set(STRINGS["issues"]),
        "entity": {key for platform in STRINGS["entity"].values() for key in platform},
    }
    for section, keys in sections.items():
        unused = {key for key in keys if key not in used}
        assert not unused, f"{section} translations never used: {sorted(unused)}"
    # each raise with a literal translation key names a defined exception
    for path in INTEGRATION.rglob("*.py"):
        for match in re.finditer(r'translation_key="(\w+)"', path.read_text()):
            key = match.group(1)
            assert (
                key in sections["exceptions"]
                or key in sections["issues"]
                or key in (STRINGS["selector"])
            ), f"{path.name}: {key} has no translation"
    for key, text in leaves(STRINGS["exceptions"]).items():
        assert text.strip(), key


def test_translations_are_complete_and_keep_their_placeholders() -> None:
    translations = INTEGRATION / "translations"
    english = json.loads((translations / "en.json").read_text())
    assert english == STRINGS, "translations/en.json is strings.json"
    expected = leaves(STRINGS)
    others = [p for p in translations.glob("*.json") if p.name != "en.json"]
    assert {p.stem for p in others} >= {"ko"}
    for path in others:
        found = leaves(json.loads(path.read_text()))
        assert set(found) == set(expected), f"{path.name}: {set(found) ^ set(expected)}"
        for key, text in expected.items():
            assert placeholders(found[key]) == placeholders(text), f"{path.name}: {key}"


def test_icons_name_real_services_and_entities() -> None:
    icons = json.loads((INTEGRATION / "icons.json").read_text())
    assert set(icons.get("services", {})) == set(SERVICES)
    for platform, entities in icons.get("entity", {}).items():
        assert set(entities) <= set(STRINGS["entity"].get(platform, {})), platform


def test_quality_scale_names_known_rules() -> None:
    rules = yaml.safe_load((INTEGRATION / "quality_scale.yaml").read_text())["rules"]
    assert set(rules) <= QUALITY_RULES, set(rules) - QUALITY_RULES
    for name, value in rules.items():
        status = value if isinstance(value, str) else value["status"]
        assert status in ("done", "todo", "exempt"), name
        if status == "exempt":
            assert isinstance(value, dict), f"{name}: exempt, why?"
            assert value.get("comment"), f"{name}: exempt, why?"


def test_hacs_json_and_the_minimum_release() -> None:
    hacs = json.loads((ROOT / "hacs.json").read_text())
    assert hacs["name"]
    assert set(hacs) <= HACS_KEYS, set(hacs) - HACS_KEYS
    # the declared minimum is the release the minimum target tests
    tested = (ROOT / "requirements_test.txt").read_text()
    pinned = re.search(r"^# .*?(\d{4}\.\d+)\.\d+", tested, re.M)
    assert pinned
    assert hacs["homeassistant"].rsplit(".", 1)[0] == pinned.group(1)
    current = (ROOT / "requirements_current.txt").read_text()
    assert re.search(r"^homeassistant==\d{4}\.\d+\.\d+$", current, re.M)
    # HACS installs the one integration folder under custom_components/
    assert [p.name for p in (ROOT / "custom_components").iterdir()] == [INTEGRATION.name]


def test_the_quality_scale_does_not_claim_async_dependencies_it_lacks() -> None:
    """The manifest's requirements (pyowm, the Google client) block: they run
    in the executor, so async-dependency is not done while they are there."""
    rules = yaml.safe_load((INTEGRATION / "quality_scale.yaml").read_text())["rules"]
    manifest = json.loads((INTEGRATION / "manifest.json").read_text())
    blocking = {"pyowm", "google-api-python-client"}
    required = {re.split(r"[=<>~!]", r)[0] for r in manifest["requirements"]}
    if required & blocking:
        status = rules["async-dependency"]
        assert (status if isinstance(status, str) else status["status"]) != "done"
