"""One wire contract: the engine's contract.py is the source, the integration's
copy and the panel's contract.ts are what ``python -m tools.contract`` writes,
and the words the three parts use come from it."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import yaml

from custom_components.smart_mirror import contract as integration_contract
from custom_components.smart_mirror.errors import USER_ERRORS
from mirror_engine import contract
from tools import contract as generator

REPO = Path(__file__).resolve().parents[1]
ENGINE = REPO / "addon/mirror_engine"


def test_the_integration_ships_the_engines_contract_verbatim() -> None:
    assert generator.INTEGRATION_COPY.read_bytes() == generator.SOURCE.read_bytes(), (
        "run `python -m tools.contract`"
    )
    assert [str(e) for e in integration_contract.EMOTIONS] == [str(e) for e in contract.EMOTIONS]


def test_the_panels_contract_is_generated_from_it() -> None:
    assert generator.PANEL_COPY.read_text() == generator.typescript(), (
        "run `python -m tools.contract`"
    )


def test_the_panel_takes_its_words_from_the_contract() -> None:
    """No second list of emotions, features or command arguments in the panel."""
    for path in (REPO / "mirror_frontend/src").glob("*.ts"):
        if path.name == "contract.ts":
            continue
        text = path.read_text()
        assert '"disgust"' not in text, f"{path.name} lists the emotions itself"
        assert not re.search(r'\["public",\s*"personal"', text), f"{path.name} lists features"
        assert "COMMAND_ARGUMENT" not in text


def test_every_event_the_engine_publishes_is_in_the_contract() -> None:
    published: set[str] = set()
    for path in ENGINE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "publish"
                and node.args
            ):
                first = node.args[0]
                # the bus takes EventType members: a plain string is a second word
                assert not isinstance(first, ast.Constant), f"{path}: publish({first.value!r})"
                if (
                    isinstance(first, ast.Attribute)
                    and isinstance(first.value, ast.Name)
                    and first.value.id == "EventType"
                ):
                    published.add(first.attr)
    assert published, "no publish(EventType.X) found: the scan is broken"
    assert published <= set(contract.EventType.__members__)


def test_the_integrations_engine_errors_are_contract_codes() -> None:
    codes = {code.value for code in contract.ErrorCode}
    assert set(USER_ERRORS) <= codes
    # the coordinator only interprets events the contract names
    coordinator = REPO / "custom_components/smart_mirror/coordinator.py"
    compared = {
        node.comparators[0].value
        for node in ast.walk(ast.parse(coordinator.read_text()))
        if isinstance(node, ast.Compare)
        and isinstance(node.left, ast.Name)
        and node.left.id == "kind"
        and isinstance(node.comparators[0], ast.Constant)
    }
    assert compared <= {e.value for e in contract.EventType} | {"hello"}


def test_the_contract_needs_nothing_but_the_standard_library() -> None:
    """It is copied into the integration, where the engine's packages are not."""
    tree = ast.parse(generator.SOURCE.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0
            assert node.module in {"__future__", "enum", "typing"}
        elif isinstance(node, ast.Import):
            raise AssertionError(f"import {node.names[0].name}")


def test_the_actions_offer_the_contracts_widgets_and_expressions() -> None:
    services = yaml.safe_load((REPO / "custom_components/smart_mirror/services.yaml").read_text())
    widgets = services["show_widget"]["fields"]["widget"]["selector"]["select"]["options"]
    assert widgets == [f.value for f in contract.Feature]
    calibration = services["start_calibration"]["fields"]["expression"]["selector"]["select"]
    assert calibration["options"] == [e.value for e in contract.Emotion]


def test_home_assistant_names_the_hint_codes_where_it_shows_them() -> None:
    """A live enrol_person answers with the collection's progress, its hint a
    code (Home Assistant does not translate a response): the action's
    description lists them, in every language."""
    folder = REPO / "custom_components/smart_mirror"
    for path in (folder / "strings.json", *(folder / "translations").glob("*.json")):
        description = json.loads(path.read_text())["services"]["enrol_person"]["description"]
        assert all(hint.value in description for hint in contract.Hint), path.name
