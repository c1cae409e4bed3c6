"""Write the contract's copies: the integration's verbatim copy of
``addon/mirror_engine/contract.py`` and the panel's generated ``contract.ts``.

    python -m tools.contract          (make contract)

``tests/test_contract.py`` fails when either copy is not what this writes.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

from mirror_engine import contract

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "addon/mirror_engine/contract.py"
INTEGRATION_COPY = REPO / "custom_components/smart_mirror/contract.py"
PANEL_COPY = REPO / "mirror_frontend/src/contract.ts"

# enum -> (the panel's constant, its type)
ENUMS: tuple[tuple[type[StrEnum], str, str], ...] = (
    (contract.Emotion, "EMOTIONS", "Emotion"),
    (contract.Feature, "FEATURES", "Feature"),
    (contract.SessionState, "SESSION_STATES", "SessionState"),
    (contract.EventType, "EVENT_TYPES", "EventType"),
    (contract.Modality, "MODALITIES", "Modality"),
    (contract.CommandName, "COMMAND_NAMES", "CommandName"),
    (contract.Liveness, "LIVENESS", "Liveness"),
    (contract.ErrorCode, "ERROR_CODES", "ErrorCode"),
)


def _list(values: list[str]) -> str:
    return "[\n" + "".join(f"  {json.dumps(v)},\n" for v in values) + "]"


def typescript() -> str:
    """The panel's contract.ts, in prettier's style."""
    out = [
        "// Generated from addon/mirror_engine/contract.py by `python -m tools.contract`:",
        "// do not edit (tests/test_contract.py checks it is current).",
        "",
        f"export const API_VERSION = {contract.API_VERSION};",
        "",
    ]
    for enum, const, type_name in ENUMS:
        out.append(f"export const {const} = {_list([m.value for m in enum])} as const;")
        out.append(f"export type {type_name} = (typeof {const})[number];")
        out.append("")
    out.append(f"export const ZOOM_DIRECTIONS = {_list(list(contract.ZOOM_DIRECTIONS))} as const;")
    out.append("")
    out.append("export interface CommandSpec {")
    out.append("  inEngine: boolean;")
    out.append('  argument: "widget" | "direction" | null;')
    out.append("}")
    out.append("")
    out.append("export const COMMANDS: Record<CommandName, CommandSpec> = {")
    for name, spec in contract.COMMANDS.items():
        argument = json.dumps(spec.argument)
        in_engine = json.dumps(spec.in_engine)
        out.append(f"  {name.value}: {{ inEngine: {in_engine}, argument: {argument} }},")
    out.append("};")
    out.append("")
    out.append("export interface SettingRange {")
    out.append("  minimum: number;")
    out.append("  maximum: number;")
    out.append("  step: number;")
    out.append('  unit: "" | "s";')
    out.append("}")
    out.append("")
    out.append("export const TUNABLE: Record<string, SettingRange> = {")
    for key, r in contract.TUNABLE.items():
        unit = json.dumps(r.unit)
        out.append(
            f"  {key}: {{ minimum: {r.minimum:g}, maximum: {r.maximum:g},"
            f" step: {r.step:g}, unit: {unit} }},"
        )
    out.append("};")
    return "\n".join(out) + "\n"


def main() -> None:
    INTEGRATION_COPY.write_bytes(SOURCE.read_bytes())
    PANEL_COPY.write_text(typescript())
    print(f"wrote {INTEGRATION_COPY.relative_to(REPO)} and {PANEL_COPY.relative_to(REPO)}")


if __name__ == "__main__":
    main()
