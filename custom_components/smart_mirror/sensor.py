"""Sensors: session state, the current person, faces in view, the engine's
recognition settings (read-only: only admins change them, in the options),
and, only where an admin turned them on, the verified person's own readings.

Home Assistant records every state a sensor takes, for every user to read in
its history. What an automation needs ("Anna is at the mirror") is a plain
sensor; age, emotion, liveness, the next event and unread mail are personal
and are not created unless the ``personal_sensors`` option is on. Their
attributes are never recorded; their states are, until the recorder purges
them (or a ``forget`` does)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import PERCENTAGE, EntityCategory, UnitOfTime
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddEntitiesCallback
from homeassistant.helpers.typing import StateType

from .access import CONF_PERSONAL_SENSORS
from .const import EMOTIONS, SESSION_STATES
from .coordinator import MirrorCoordinator, MirrorState
from .data import MirrorConfigEntry
from .entity import MirrorEntity
from .household import HouseholdConfigEntry, is_household_server
from .household_sensor import async_setup_household

PARALLEL_UPDATES = 0  # state is pushed by the engine; actions are the engine's to order


def _nothing(_: Any) -> dict[str, Any]:
    return {}


@dataclass(frozen=True, kw_only=True)
class MirrorSensorDescription(SensorEntityDescription):
    """A sensor of the mirror's pushed state (``MirrorState``) or, with a
    ``source``, of the verified person's own information from the personal
    hub (empty outside their session)."""

    value_fn: Callable[[Any], StateType]
    attrs_fn: Callable[[Any], dict[str, Any]] = field(default=_nothing)
    source: str | None = None


def _assessed(key: str, convert: Callable[[Any], StateType]) -> Callable[[MirrorState], StateType]:
    def value(state: MirrorState) -> StateType:
        return convert(state.assessment[key]) if state.assessment else None

    return value


def _person_attrs(state: MirrorState) -> dict[str, Any]:
    person = state.person
    enrolled = state.enrolled(person.id) if person else None
    return {
        "person_id": person.id if person else None,
        # the Home Assistant person chosen for this enrolled person
        "ha_person": enrolled.ha_person if enrolled else None,
    }


def _setting(key: str, unit: str | None) -> MirrorSensorDescription:
    """One of the engine's recognition settings, as it is now."""
    return MirrorSensorDescription(
        key=key,
        entity_category=EntityCategory.DIAGNOSTIC,
        native_unit_of_measurement=unit,
        device_class=SensorDeviceClass.DURATION if unit else None,
        value_fn=lambda state: state.settings.tunable.get(key),
    )


SENSORS: tuple[MirrorSensorDescription, ...] = (
    MirrorSensorDescription(
        key="session_state",
        device_class=SensorDeviceClass.ENUM,
        options=SESSION_STATES,
        value_fn=lambda state: state.session_state,
    ),
    # who is recognised in front of the mirror (empty when nobody's session)
    MirrorSensorDescription(
        key="person",
        value_fn=lambda state: state.person.name if state.person else None,
        attrs_fn=_person_attrs,
    ),
    MirrorSensorDescription(
        key="people",
        state_class=SensorStateClass.MEASUREMENT,
        entity_registry_enabled_default=False,  # changes with every face that passes
        value_fn=lambda state: state.faces_in_view,
    ),
)
SETTINGS = (
    _setting("match_distance", None),
    _setting("reverify_interval", UnitOfTime.SECONDS),
    _setting("leave_timeout", UnitOfTime.SECONDS),
)
# the verified person's face readings (smoothed), empty outside their session
ASSESSMENT = (
    MirrorSensorDescription(
        key="age",
        native_unit_of_measurement="a",
        suggested_display_precision=0,
        value_fn=_assessed("age", float),
    ),
    MirrorSensorDescription(
        key="emotion",
        device_class=SensorDeviceClass.ENUM,
        options=list(EMOTIONS),
        value_fn=_assessed("emotion", str),
        attrs_fn=lambda state: {
            "confidences": state.assessment["emotions"] if state.assessment else None
        },
    ),
    # how sure the anti-spoofing models are that the owner's face is live
    MirrorSensorDescription(
        key="liveness",
        native_unit_of_measurement=PERCENTAGE,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=0,
        value_fn=_assessed("live", lambda live: round(float(live) * 100, 1)),
        attrs_fn=lambda state: {"gate": state.settings.liveness},
    ),
)
PERSONAL = (
    MirrorSensorDescription(
        key="next_event",
        source="calendar",
        value_fn=lambda events: str(events[0].get("summary", "")) if events else None,
        attrs_fn=lambda events: {
            "start": events[0].get("start") if events else None,
            "location": events[0].get("location") if events else None,
        },
    ),
    MirrorSensorDescription(
        key="unread_mail",
        source="mail",
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda mail: int(mail["unread"]) if mail else None,
        attrs_fn=lambda mail: {"latest": [m["subject"] for m in mail["latest"]] if mail else None},
    ),
)
# personal details that never go into the recorder, whichever sensor has them
UNRECORDED = frozenset({"confidences", "start", "location", "latest"})


async def async_setup_entry(
    hass: HomeAssistant, entry: MirrorConfigEntry | HouseholdConfigEntry, add: AddEntitiesCallback
) -> None:
    if is_household_server(entry):
        await async_setup_household(hass, cast(HouseholdConfigEntry, entry), add)
        return
    entry = cast(MirrorConfigEntry, entry)
    coordinator = entry.runtime_data.coordinator
    descriptions = list(SENSORS)
    if coordinator.data.status.identity:
        descriptions += SETTINGS
    if entry.options.get(CONF_PERSONAL_SENSORS, False):
        descriptions += ASSESSMENT + PERSONAL
    add(MirrorSensor(coordinator, description) for description in descriptions)


class MirrorSensor(MirrorEntity, SensorEntity):
    entity_description: MirrorSensorDescription
    _unrecorded_attributes = UNRECORDED

    def __init__(self, coordinator: MirrorCoordinator, description: MirrorSensorDescription):
        super().__init__(coordinator, description.key)
        self.entity_description = description

    async def async_added_to_hass(self) -> None:
        await super().async_added_to_hass()
        if self.entity_description.source is not None:
            personal = self.coordinator.info.personal
            self.async_on_remove(personal.listen(self.async_write_ha_state))

    @property
    def _data(self) -> Any:
        source = self.entity_description.source
        if source is None:
            return self.coordinator.data
        return self.coordinator.info.personal.value(source)

    @property
    def native_value(self) -> StateType:
        return self.entity_description.value_fn(self._data)

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        return self.entity_description.attrs_fn(self._data)

    @property
    def entity_picture(self) -> str | None:
        """The linked Home Assistant person's picture, for the person sensor."""
        linked = self.extra_state_attributes.get("ha_person")
        state = self.hass.states.get(linked) if linked else None
        picture = state.attributes.get("entity_picture") if state else None
        return str(picture) if picture else None
