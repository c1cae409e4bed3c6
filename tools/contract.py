"""Write the contract's copies: the integration's verbatim copy of
``addon/mirror_engine/contract.py`` and the panel's generated ``contract.ts``.

    python -m tools.contract          (make contract)

``tests/test_contract.py`` fails when either copy is not what this writes.
"""

from __future__ import annotations

import json
import types
import typing
from enum import StrEnum
from pathlib import Path
from typing import Any, is_typeddict

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
    (contract.Hint, "HINTS", "Hint"),
    (contract.Liveness, "LIVENESS", "Liveness"),
    (contract.ErrorCode, "ERROR_CODES", "ErrorCode"),
)


def _list(values: list[str], indent: str = "  ", width: int = 100) -> str:
    """A TypeScript array, its items wrapped at ``width`` characters."""
    lines, line = [], indent
    for item in (json.dumps(v) + "," for v in values):
        if len(line) + len(item) + 1 > width:
            lines.append(line.rstrip())
            line = indent
        line += item + " "
    lines.append(line.rstrip())
    return "[\n" + "\n".join(lines) + "\n]"


PREAMBLE = """\
// Generated from addon/mirror_engine/contract.py by `python -m tools.contract`:
// do not edit (tests/test_contract.py checks it is current).

export const API_VERSION = {api_version};
"""
# the TypeScript type of each field of the contract's NamedTuples
FIELD_TYPES = {
    "in_engine": "boolean",
    "argument": '"widget" | "direction" | null',
    "minimum": "number",
    "maximum": "number",
    "step": "number",
    "unit": '"" | "s"',
}


def _interface(spec: type[tuple[object, ...]]) -> str:
    """A NamedTuple as a TypeScript interface (camelCase fields)."""
    fields = "".join(
        f"  {name.split('_')[0]}{''.join(w.title() for w in name.split('_')[1:])}:"
        f" {FIELD_TYPES[name]};\n"
        for name in spec._fields  # type: ignore[attr-defined]
    )
    return f"export interface {spec.__name__} {{\n{fields}}}\n"


# the contract's JSON shapes (TypedDicts), in the order the panel gets them
SHAPES: tuple[type[Any], ...] = (
    contract.FaceBoxJson,
    contract.DecisionJson,
    contract.SessionFace,
    contract.SessionPerson,
    contract.SessionInfo,
    contract.SessionSnapshot,
)
SCALARS = {str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}


def _ts_type(hint: Any) -> str:
    """A Python annotation of the contract as a TypeScript type."""
    if hint in SCALARS:
        return SCALARS[hint]
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return " | ".join(_ts_type(arg) for arg in typing.get_args(hint))
    if typing.get_origin(hint) is list:
        item = _ts_type(typing.get_args(hint)[0])
        return f"({item})[]" if " | " in item else f"{item}[]"
    if is_typeddict(hint):
        return str(hint.__name__)
    names = {enum: type_name for enum, _, type_name in ENUMS}
    if hint in names:
        return names[hint]
    raise TypeError(f"no TypeScript type for {hint!r}")


def _shape(typed: type[Any]) -> str:
    """A TypedDict as a TypeScript interface (its keys as they are on the wire)."""
    fields = ""
    for key, hint in typing.get_type_hints(typed, include_extras=True).items():
        optional = typing.get_origin(hint) is typing.NotRequired
        value = typing.get_args(hint)[0] if optional else hint
        fields += f"  {key}{'?' if optional else ''}: {_ts_type(value)};\n"
    return f"export interface {typed.__name__} {{\n{fields}}}\n"


def _array(values: list[str]) -> str:
    one_line = "[" + ", ".join(json.dumps(v) for v in values) + "]"
    return one_line if len(one_line) < 70 else _list(values)


def typescript() -> str:
    """The panel's contract.ts."""
    parts = [
        PREAMBLE.format(api_version=contract.API_VERSION),
        _interface(contract.CommandSpec),
        _interface(contract.SettingRange),
    ]
    for enum, const, type_name in ENUMS:
        values = _array([m.value for m in enum])
        parts.append(
            f"export const {const} = {values} as const;\n"
            f"export type {type_name} = (typeof {const})[number];\n"
        )
    parts.append(
        f"export const ZOOM_DIRECTIONS = {_array(list(contract.ZOOM_DIRECTIONS))} as const;\n"
    )
    commands = "".join(
        f"  {name.value}: {{ inEngine: {json.dumps(spec.in_engine)},"
        f" argument: {json.dumps(spec.argument)} }},\n"
        for name, spec in contract.COMMANDS.items()
    )
    parts.append(f"export const COMMANDS: Record<CommandName, CommandSpec> = {{\n{commands}}};\n")
    tunable = "".join(
        f"  {key}: {{ minimum: {r.minimum:g}, maximum: {r.maximum:g}, step: {r.step:g},"
        f" unit: {json.dumps(r.unit)} }},\n"
        for key, r in contract.TUNABLE.items()
    )
    parts.append(f"export const TUNABLE: Record<string, SettingRange> = {{\n{tunable}}};\n")
    parts.extend(_shape(typed) for typed in SHAPES)
    return "\n".join(parts)


def main() -> None:
    INTEGRATION_COPY.write_bytes(SOURCE.read_bytes())
    PANEL_COPY.write_text(typescript())
    print(f"wrote {INTEGRATION_COPY.relative_to(REPO)} and {PANEL_COPY.relative_to(REPO)}")


if __name__ == "__main__":
    main()
