"""The mirror's sentences in Assist, through Home Assistant's public trigger
helper: each block of sentences of an intent in one language is a
``conversation`` trigger (the trigger automations use, attached with
``helpers.trigger.async_initialize_triggers``), so no conversation internals
are touched on any release. A matched sentence runs that intent in the
sentence's language, so the answer is in the language the person spoke,
whatever the pipeline's language; the answer goes back to Assist as the
trigger's conversation response.

Conversation is an after-dependency, not a dependency: it needs the
``homeassistant`` integration set up before it, which Home Assistant does but
a bare test harness does not, and a mirror without Assist still works. The
sentences are attached as soon as conversation is loaded; if this Home
Assistant cannot take them, voice is off with one warning and the rest of the
mirror loads."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import voluptuous as vol
from homeassistant.const import EVENT_COMPONENT_LOADED
from homeassistant.core import Context, Event, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import intent
from homeassistant.helpers.script import ScriptRunResult
from homeassistant.helpers.trigger import (
    async_initialize_triggers,
    async_validate_trigger_config,
)
from homeassistant.setup import EventComponentLoaded
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN
from .intent import async_remove_intents, async_setup_intents
from .language import DATA_LANGUAGES, language_of

_LOGGER = logging.getLogger(__name__)

CONVERSATION = "conversation"
DATA_VOICE: HassKey[Voice] = HassKey(f"{DOMAIN}_voice")


@dataclass(frozen=True)
class Block:
    """One trigger: an intent's sentences in one language, with fixed slots."""

    intent_type: str
    language: str
    slots: Mapping[str, str]


@dataclass
class Voice:
    """What to undo when the last mirror goes."""

    detach: Callable[[], None] | None = None  # the attached triggers
    waiting: Callable[[], None] | None = None  # for conversation to load
    blocks: dict[str, Block] = field(default_factory=dict)  # trigger id -> block


async def async_setup(hass: HomeAssistant) -> None:
    """Intents and their sentences, once for all mirrors (the first entry's setup)."""
    if DATA_VOICE in hass.data:
        return
    await async_setup_intents(hass)
    voice = Voice()
    if CONVERSATION in hass.config.components:
        try:
            await _attach_sentences(hass, voice)
        except BaseException:
            async_remove_intents(hass)  # all or nothing: a retry starts clean
            raise
        hass.data[DATA_VOICE] = voice
        return
    hass.data[DATA_VOICE] = voice

    @callback
    def is_conversation(data: EventComponentLoaded) -> bool:
        return data["component"] == CONVERSATION

    async def loaded(event: Event[EventComponentLoaded]) -> None:
        if voice.waiting is not None:
            voice.waiting()
            voice.waiting = None
        await _attach_sentences(hass, voice)

    voice.waiting = hass.bus.async_listen(
        EVENT_COMPONENT_LOADED, loaded, event_filter=is_conversation
    )


async def _attach_sentences(hass: HomeAssistant, voice: Voice) -> None:
    configs: list[dict[str, Any]] = []
    for code, language in hass.data[DATA_LANGUAGES].items():
        for intent_type, blocks in language.intents.items():
            for index, block in enumerate(blocks):
                trigger_id = f"{code}.{intent_type}.{index}"
                voice.blocks[trigger_id] = Block(intent_type, code, block["slots"])
                configs.append(
                    {"platform": CONVERSATION, "id": trigger_id, "command": block["sentences"]}
                )
    try:
        validated = await async_validate_trigger_config(hass, configs)
        voice.detach = await async_initialize_triggers(
            hass, validated, _responder(hass, voice), DOMAIN, "Smart Mirror voice", _log
        )
    except (HomeAssistantError, vol.Invalid) as err:
        _LOGGER.warning(
            "Voice commands are off: this Home Assistant did not take the mirror's "
            "sentences as conversation triggers (%s). Everything else works",
            err,
        )
        voice.blocks.clear()


def _log(level: int, message: str, **kwargs: Any) -> None:
    _LOGGER.log(level, "%s the mirror's sentences", message, **kwargs)


@callback
def async_unload(hass: HomeAssistant) -> None:
    """The last mirror went: no sentences, no intents."""
    voice = hass.data.pop(DATA_VOICE, None)
    if voice is not None:
        if voice.waiting is not None:
            voice.waiting()
        if voice.detach is not None:
            voice.detach()
    async_remove_intents(hass)


def _responder(hass: HomeAssistant, voice: Voice) -> Callable[..., Any]:
    async def respond(
        run_variables: dict[str, Any], context: Context | None = None
    ) -> ScriptRunResult | None:
        trigger = run_variables["trigger"]
        block = voice.blocks.get(trigger["id"])
        if block is None:
            return None
        user_input = trigger.get("user_input") or {}
        slots: dict[str, Any] = {
            name: {"value": detail["value"], "text": detail["text"] or detail["value"]}
            for name, detail in trigger["details"].items()
        }
        slots |= {name: {"value": value} for name, value in block.slots.items()}
        asked_context = context or _context(user_input.get("context"))
        try:
            response = await intent.async_handle(
                hass,
                DOMAIN,
                block.intent_type,
                slots,
                text_input=trigger["sentence"],
                context=asked_context,
                language=block.language,
                assistant=CONVERSATION,
                device_id=trigger.get("device_id"),
            )
            speech: str = response.speech["plain"]["speech"]
        except intent.IntentError:
            _LOGGER.exception("%s failed for %r", block.intent_type, trigger["sentence"])
            speech = language_of(hass, block.language).say("error")
        return ScriptRunResult(conversation_response=speech, service_response=None, variables={})

    return respond


def _context(data: Mapping[str, Any] | None) -> Context | None:
    """The conversation's context, as the trigger hands it on (a dict)."""
    if not data:
        return None
    return Context(user_id=data.get("user_id"), parent_id=data.get("parent_id"), id=data.get("id"))
