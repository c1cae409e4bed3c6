"""Device triggers: automations on "person recognised", "session ended" and
each hand gesture, without templates. Each mirror is its own device, so an
automation says which mirror saw whom (the event's ``device_id``, ``mirror``
and ``engine_id``); a household server's device sees nobody and has none."""

from __future__ import annotations

import voluptuous as vol
from homeassistant.components.device_automation import DEVICE_TRIGGER_BASE_SCHEMA
from homeassistant.components.homeassistant.triggers import event as event_trigger
from homeassistant.const import (
    CONF_DEVICE_ID,
    CONF_DOMAIN,
    CONF_EVENT_DATA,
    CONF_PLATFORM,
    CONF_TYPE,
)
from homeassistant.core import CALLBACK_TYPE, HomeAssistant
from homeassistant.helpers.trigger import TriggerActionType, TriggerInfo
from homeassistant.helpers.typing import ConfigType

from .const import (
    DOMAIN,
    EVENT_GESTURE,
    EVENT_PERSON_RECOGNIZED,
    EVENT_SESSION_ENDED,
    GESTURES,
)
from .household import is_household_server_device

CONF_EVENT_TYPE = "event_type"
CONF_SUBTYPE = "subtype"
TRIGGERS = {
    "person_recognized": EVENT_PERSON_RECOGNIZED,
    "session_ended": EVENT_SESSION_ENDED,
    "gesture": EVENT_GESTURE,  # subtype: which gesture
}
TRIGGER_SCHEMA = DEVICE_TRIGGER_BASE_SCHEMA.extend(
    {
        vol.Required(CONF_TYPE): vol.In(TRIGGERS),
        vol.Optional(CONF_SUBTYPE): vol.In(GESTURES),
    }
)


async def async_get_triggers(hass: HomeAssistant, device_id: str) -> list[dict[str, str]]:
    if is_household_server_device(hass, device_id):
        return []  # the household's server: no camera, nobody to see
    base = {CONF_PLATFORM: "device", CONF_DOMAIN: DOMAIN, CONF_DEVICE_ID: device_id}
    return [
        {**base, CONF_TYPE: "person_recognized"},
        {**base, CONF_TYPE: "session_ended"},
        *({**base, CONF_TYPE: "gesture", CONF_SUBTYPE: gesture} for gesture in GESTURES),
    ]


async def async_attach_trigger(
    hass: HomeAssistant,
    config: ConfigType,
    action: TriggerActionType,
    trigger_info: TriggerInfo,
) -> CALLBACK_TYPE:
    match = {CONF_DEVICE_ID: config[CONF_DEVICE_ID]}
    if config[CONF_TYPE] == "gesture" and CONF_SUBTYPE in config:
        match["gesture"] = config[CONF_SUBTYPE]
    event_config = event_trigger.TRIGGER_SCHEMA(
        {
            CONF_PLATFORM: "event",
            CONF_EVENT_TYPE: TRIGGERS[config[CONF_TYPE]],
            CONF_EVENT_DATA: match,
        }
    )
    return await event_trigger.async_attach_trigger(
        hass, event_config, action, trigger_info, platform_type="device"
    )
