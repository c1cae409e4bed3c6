"""The mirror's Assist intents as tools for LLM conversation agents.

Since 2026 the Assist LLM API takes its tools from each integration's ``llm``
platform (this module) instead of offering every registered intent; earlier
releases offer the registered intents by themselves and never load it. The
tools run the same intent handlers as the sentences do, so an LLM agent gets
the same answers and the same privacy rule: personal answers only for the
verified owner of the current session."""

from __future__ import annotations

from homeassistant.components.llm import LLMTools
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import intent
from homeassistant.helpers.llm import LLM_API_ASSIST, IntentTool, LLMContext, Tool, ToolAnnotations

from .const import DOMAIN
from .intent import (
    INTENT_AGE,
    INTENT_CALIBRATE,
    INTENT_CAPTURE,
    INTENT_FEELING,
    INTENT_HIDE_WIDGET,
    INTENT_LOGOUT,
    INTENT_NEXT_EVENT,
    INTENT_NOT_ME,
    INTENT_SHOW_WIDGET,
    INTENT_UNREAD_MAIL,
    INTENT_WHO_AM_I,
    INTENT_ZOOM,
)

# Each acts on the mirror only (no open world); the questions only read.
_READS = ToolAnnotations(read_only=True, destructive=False, idempotent=True, open_world=False)
_SETS = ToolAnnotations(destructive=False, idempotent=True, open_world=False)
_ACTS = ToolAnnotations(destructive=False, open_world=False)

TOOLS: dict[str, tuple[str, ToolAnnotations]] = {
    INTENT_SHOW_WIDGET: ("Show a mirror widget", _SETS),
    INTENT_HIDE_WIDGET: ("Hide a mirror widget", _SETS),
    INTENT_ZOOM: ("Zoom the mirror", _SETS),
    INTENT_CAPTURE: ("Take a picture with the mirror", _ACTS),
    INTENT_LOGOUT: ("Log out of the mirror", _ACTS),
    INTENT_NOT_ME: ("Tell the mirror it recognised the wrong person", _ACTS),
    INTENT_CALIBRATE: ("Start expression calibration", _ACTS),
    INTENT_NEXT_EVENT: ("My next event", _READS),
    INTENT_UNREAD_MAIL: ("My unread mail", _READS),
    INTENT_AGE: ("How old I look", _READS),
    INTENT_FEELING: ("How I feel", _READS),
    INTENT_WHO_AM_I: ("Who the mirror sees", _READS),
}

PROMPT = (
    "The Smart Mirror tools act on the wall mirror and answer about the person "
    "standing in front of it. Their answers about calendars and mail are only "
    "for that recognised person: repeat them as they are."
)


@callback
def async_get_tools(hass: HomeAssistant, llm_context: LLMContext, api_id: str) -> LLMTools | None:
    """The mirror's intents (registered while a mirror is loaded) for the Assist API."""
    if api_id != LLM_API_ASSIST:
        return None
    tools: list[Tool] = [
        IntentTool(
            f"{DOMAIN}__{handler.intent_type}",
            handler,
            title=TOOLS[handler.intent_type][0],
            integration=DOMAIN,
            annotations=TOOLS[handler.intent_type][1],
        )
        for handler in intent.async_get(hass)
        if handler.intent_type in TOOLS
    ]
    if not tools:
        return None
    return LLMTools(tools=tools, prompt=PROMPT)
