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

from typing import Any

from homeassistant.components.sensor import SensorDeviceClass, SensorEntity, SensorStateClass
from homeassistant.const import PERCENTAGE, EntityCategory, UnitOfTime
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddEntitiesCallback

from . import MirrorConfigEntry
from .access import CONF_PERSONAL_SENSORS
from .const import EMOTIONS, SESSION_STATES
from .coordinator import MirrorCoordinator
from .entity import MirrorEntity

PARALLEL_UPDATES = 0  # state is pushed by the engine; actions are the engine's to order


async def async_setup_entry(
    hass: HomeAssistant, entry: MirrorConfigEntry, add: AddEntitiesCallback
) -> None:
    coordinator = entry.runtime_data
    sensors: list[SensorEntity] = [
        SessionStateSensor(coordinator, "session_state"),
        PersonSensor(coordinator, "person"),
        PeopleSensor(coordinator, "people"),
    ]
    if coordinator.data.status.get("identity"):
        sensors += [
            SettingSensor(coordinator, "match_distance", None),
            SettingSensor(coordinator, "reverify_interval", UnitOfTime.SECONDS),
            SettingSensor(coordinator, "leave_timeout", UnitOfTime.SECONDS),
        ]
    if entry.options.get(CONF_PERSONAL_SENSORS, False):
        sensors += [
            AgeSensor(coordinator, "age"),
            EmotionSensor(coordinator, "emotion"),
            LivenessSensor(coordinator, "liveness"),
            NextEventSensor(coordinator, "next_event"),
            UnreadMailSensor(coordinator, "unread_mail"),
        ]
    add(sensors)


class SettingSensor(MirrorEntity, SensorEntity):
    """One of the engine's recognition settings, as it is now."""

    _attr_entity_category = EntityCategory.DIAGNOSTIC

    def __init__(self, coordinator: MirrorCoordinator, key: str, unit: str | None) -> None:
        super().__init__(coordinator, key)
        self.setting = key
        self._attr_native_unit_of_measurement = unit
        if unit:
            self._attr_device_class = SensorDeviceClass.DURATION

    @property
    def native_value(self) -> float | None:
        value = self.coordinator.data.settings.get(self.setting)
        return float(value) if value is not None else None


class SessionStateSensor(MirrorEntity, SensorEntity):
    _attr_device_class = SensorDeviceClass.ENUM
    _attr_options = SESSION_STATES

    @property
    def native_value(self) -> str:
        return self.coordinator.data.session_state


class PersonSensor(MirrorEntity, SensorEntity):
    """Who is recognised in front of the mirror (empty when nobody's session)."""

    @property
    def native_value(self) -> str | None:
        person = self.coordinator.data.person
        return str(person["name"]) if person else None

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        person = self.coordinator.data.person
        enrolled = self.coordinator.data.enrolled(person["id"]) if person else None
        return {
            "person_id": person["id"] if person else None,
            # the Home Assistant person chosen for this enrolled person
            "ha_person": enrolled.get("ha_person") if enrolled else None,
        }

    @property
    def entity_picture(self) -> str | None:
        linked = self.extra_state_attributes["ha_person"]
        state = self.hass.states.get(linked) if linked else None
        picture = state.attributes.get("entity_picture") if state else None
        return str(picture) if picture else None


class PeopleSensor(MirrorEntity, SensorEntity):
    _attr_state_class = SensorStateClass.MEASUREMENT
    _attr_entity_registry_enabled_default = False  # changes with every face that passes

    @property
    def native_value(self) -> int:
        return self.coordinator.data.people


class AgeSensor(MirrorEntity, SensorEntity):
    """The current person's estimated age (smoothed); empty outside a session."""

    _attr_native_unit_of_measurement = "a"
    _attr_suggested_display_precision = 0

    @property
    def native_value(self) -> float | None:
        assessment = self.coordinator.data.assessment
        return float(assessment["age"]) if assessment else None


class EmotionSensor(MirrorEntity, SensorEntity):
    _attr_device_class = SensorDeviceClass.ENUM
    _unrecorded_attributes = frozenset({"confidences"})
    _attr_options = list(EMOTIONS)  # noqa: RUF012 - the HA attribute pattern

    @property
    def native_value(self) -> str | None:
        assessment = self.coordinator.data.assessment
        return str(assessment["emotion"]) if assessment else None

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        assessment = self.coordinator.data.assessment
        return {"confidences": assessment["emotions"] if assessment else None}


class LivenessSensor(MirrorEntity, SensorEntity):
    """How sure the anti-spoofing models are that the owner's face is live."""

    _attr_native_unit_of_measurement = PERCENTAGE
    _attr_state_class = SensorStateClass.MEASUREMENT
    _attr_suggested_display_precision = 0

    @property
    def native_value(self) -> float | None:
        assessment = self.coordinator.data.assessment
        return round(float(assessment["live"]) * 100, 1) if assessment else None

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        return {"gate": self.coordinator.data.settings.get("liveness")}


class _PersonalSensor(MirrorEntity, SensorEntity):
    """The verified person's own information: empty outside their session."""

    source = ""

    async def async_added_to_hass(self) -> None:
        await super().async_added_to_hass()
        info = self.coordinator.info
        if info is not None:
            self.async_on_remove(info.personal.listen(self.async_write_ha_state))

    @property
    def _value(self) -> Any:
        info = self.coordinator.info
        return info.personal.value(self.source) if info is not None else None


class NextEventSensor(_PersonalSensor):
    source = "calendar"
    _unrecorded_attributes = frozenset({"start", "location"})

    @property
    def native_value(self) -> str | None:
        events = self._value
        return str(events[0].get("summary", "")) if events else None

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        events = self._value
        first = events[0] if events else {}
        return {"start": first.get("start"), "location": first.get("location")}


class UnreadMailSensor(_PersonalSensor):
    source = "mail"
    _unrecorded_attributes = frozenset({"latest"})
    _attr_state_class = SensorStateClass.MEASUREMENT

    @property
    def native_value(self) -> int | None:
        mail = self._value
        return int(mail["unread"]) if mail else None

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        mail = self._value
        return {"latest": [m["subject"] for m in mail["latest"]] if mail else None}
