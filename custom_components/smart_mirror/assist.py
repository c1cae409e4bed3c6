"""The mirror's sentences in Assist: trigger sentences of the default
conversation agent (the mechanism of HA's own ``conversation`` trigger), one
per block of sentences of an intent in one language. A matched sentence runs
that intent in the sentence's language, so the answer is in the language the
person spoke, whatever the pipeline's language.

Conversation is an after-dependency, not a dependency: it needs the
``homeassistant`` integration set up before it, which Home Assistant does but
a bare test harness does not, and a mirror without Assist still works. The
sentences are registered as soon as conversation is loaded."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from homeassistant.const import EVENT_COMPONENT_LOADED
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.helpers import intent
from homeassistant.setup import EventComponentLoaded
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN
from .intent import DATA_LANGUAGES, async_remove_intents, async_setup_intents, language_of

if TYPE_CHECKING:
    from hassil.recognize import RecognizeResult
    from homeassistant.components.conversation import ConversationInput

_LOGGER = logging.getLogger(__name__)

CONVERSATION = "conversation"
DATA_VOICE: HassKey[Voice] = HassKey(f"{DOMAIN}_voice")

type Respond = Callable[[ConversationInput, RecognizeResult], Awaitable[str | None]]


@dataclass
class Voice:
    """What to undo when the last mirror goes."""

    triggers: list[Callable[[], None]] = field(default_factory=list)
    waiting: Callable[[], None] | None = None  # for conversation to load


async def async_setup(hass: HomeAssistant) -> None:
    """Intents and their sentences, once for all mirrors (the first entry's setup)."""
    if DATA_VOICE in hass.data:
        return
    await async_setup_intents(hass)
    voice = hass.data[DATA_VOICE] = Voice()
    if CONVERSATION in hass.config.components:
        _register_sentences(hass, voice)
        return

    @callback
    def is_conversation(data: EventComponentLoaded) -> bool:
        return data["component"] == CONVERSATION

    @callback
    def loaded(event: Event[EventComponentLoaded]) -> None:
        if voice.waiting is not None:
            voice.waiting()
            voice.waiting = None
        _register_sentences(hass, voice)

    voice.waiting = hass.bus.async_listen(
        EVENT_COMPONENT_LOADED, loaded, event_filter=is_conversation
    )


@callback
def _register_sentences(hass: HomeAssistant, voice: Voice) -> None:
    # imported only once Assist is there (the package is heavy; the mirror may not use it)
    from homeassistant.components.conversation.const import DATA_DEFAULT_ENTITY

    agent = hass.data[DATA_DEFAULT_ENTITY]
    for code, language in hass.data[DATA_LANGUAGES].items():
        for intent_type, blocks in language.intents.items():
            for block in blocks:
                respond = _responder(hass, intent_type, code, block["slots"])
                voice.triggers.append(agent.register_trigger(block["sentences"], respond))


@callback
def async_unload(hass: HomeAssistant) -> None:
    """The last mirror went: no sentences, no intents."""
    voice = hass.data.pop(DATA_VOICE, None)
    if voice is not None:
        if voice.waiting is not None:
            voice.waiting()
        for unregister in voice.triggers:
            unregister()
    async_remove_intents(hass)


def _responder(
    hass: HomeAssistant, intent_type: str, language: str, fixed: dict[str, str]
) -> Respond:
    async def respond(user_input: ConversationInput, result: RecognizeResult) -> str | None:
        slots = {
            name: {"value": entity.value, "text": str(entity.text).strip() or entity.value}
            for name, entity in result.entities.items()
        }
        slots |= {name: {"value": value} for name, value in fixed.items()}
        try:
            response = await intent.async_handle(
                hass,
                DOMAIN,
                intent_type,
                slots,
                text_input=user_input.text,
                context=user_input.context,
                language=language,
                assistant=CONVERSATION,
                device_id=user_input.device_id,
            )
        except intent.IntentError:
            _LOGGER.exception("%s failed for %r", intent_type, user_input.text)
            return language_of(hass, language).say("error")
        speech: str = response.speech["plain"]["speech"]
        return speech

    return respond
