"""Settings a household changes while the mirror runs (from Home Assistant's
numbers and options flow, or the panel), without restarting the engine.

They start from the engine's options; a change is validated with the same
constraints as the option, applied at once, kept in the store (it outlives
restarts and wins over the option it came from) and announced as a
``settings`` event.
"""

from __future__ import annotations

from typing import Any, cast

from pydantic import BaseModel, ConfigDict, ValidationError, create_model, model_validator

from .config import EngineConfig
from .contract import EventType
from .identity.service import IdentityService
from .pipeline.events import EventBus
from .store import Store

FIELDS = (
    "match_distance",
    "unknown_distance",
    "reverify_interval",
    "leave_timeout",
    "liveness",
    "liveness_threshold",
    "motion_threshold",
)
STORE_KEY = "runtime"


class _Bands(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="after")
    def _bands(self) -> _Bands:
        values = self.__dict__
        if values["unknown_distance"] <= values["match_distance"]:
            raise ValueError("unknown_distance must be larger than match_distance")
        return self


# The same fields, types and limits as the options they override.
RuntimeSettings = create_model(  # type: ignore[call-overload]
    "RuntimeSettings",
    __base__=_Bands,
    **{
        name: (EngineConfig.model_fields[name].annotation, EngineConfig.model_fields[name])
        for name in FIELDS
    },
)


class SettingsError(ValueError):
    """A change the engine refuses; the message names the setting."""


class Runtime:
    def __init__(
        self, config: EngineConfig, store: Store, bus: EventBus, identity: IdentityService
    ) -> None:
        self._store = store
        self._bus = bus
        self._identity = identity
        base = {name: getattr(config, name) for name in FIELDS}
        saved = store.settings.get(STORE_KEY, {})
        try:
            self.current = self._validate({**base, **saved})
        except SettingsError:
            self.current = self._validate(base)  # options changed under old overrides
        self._apply()

    @staticmethod
    def _validate(values: dict[str, Any]) -> dict[str, Any]:
        try:
            return cast(dict[str, Any], RuntimeSettings.model_validate(values).model_dump())
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "settings"
            raise SettingsError(f"{where}: {first['msg']}") from err

    def update(self, changes: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(changes) - set(FIELDS))
        if unknown:
            raise SettingsError(f"{unknown[0]}: not a runtime setting (one of {', '.join(FIELDS)})")
        self.current = self._validate({**self.current, **changes})
        saved = self._store.settings.get(STORE_KEY, {})
        self._store.settings.set(STORE_KEY, {**saved, **changes})
        self._apply()
        self._bus.publish(EventType.SETTINGS, **self.current)
        return self.current

    def _apply(self) -> None:
        self._identity.apply_settings(**self.current)
