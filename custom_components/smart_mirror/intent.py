"""Assist intents of the mirror: widgets, zoom, capture, log out, "not me",
calibration, and questions (next event, unread mail, age, feeling, who am I).

Commands go to the engine's command router as voice commands: an unsure one
(a widget name heard only approximately) becomes a confirmation question on
the mirror. Answers are spoken in the intent's language (English or Korean,
from sentences/<language>.yaml); personal answers only for the verified owner
of the current session."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, ClassVar

import voluptuous as vol
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers import intent
from homeassistant.util import dt as dt_util

from .api import EngineError
from .coordinator import MirrorState
from .data import MirrorData
from .language import (
    DATA_LANGUAGES,
    Language,
    language_of,
    load_languages,
)
from .mirrors import first_mirror
from .models import CommandOutcome

_LOGGER = logging.getLogger(__name__)

INTENT_SHOW_WIDGET = "SmartMirrorShowWidget"
INTENT_HIDE_WIDGET = "SmartMirrorHideWidget"
INTENT_NEXT_EVENT = "SmartMirrorNextEvent"
INTENT_UNREAD_MAIL = "SmartMirrorUnreadMail"
INTENT_AGE = "SmartMirrorAge"
INTENT_FEELING = "SmartMirrorFeeling"
INTENT_CAPTURE = "SmartMirrorCapture"
INTENT_ZOOM = "SmartMirrorZoom"
INTENT_LOGOUT = "SmartMirrorLogout"
INTENT_NOT_ME = "SmartMirrorNotMe"
INTENT_CALIBRATE = "SmartMirrorCalibrate"
INTENT_WHO_AM_I = "SmartMirrorWhoAmI"


def owner_session(mirror: MirrorData) -> str | None:
    """The current session, if it is a verified person's and their personal
    information is showing (the same gate as the panel's personal widgets)."""
    session_id = mirror.coordinator.data.session_id
    info = mirror.info
    if session_id is None or info.personal.for_session(session_id) is None:
        return None
    return session_id


@dataclass
class Asked:
    """One intent being answered."""

    intent: intent.Intent
    mirror: MirrorData
    language: Language
    slots: dict[str, Any]

    def say(self, key: str, **values: Any) -> str:
        return self.language.say(key, **values)

    @property
    def text(self) -> str | None:
        return self.intent.text_input

    @property
    def state(self) -> MirrorState:
        """What the mirror shows now (the engine's pushed state)."""
        return self.mirror.coordinator.data

    async def command(
        self,
        name: str,
        args: dict[str, str] | None = None,
        confidence: float = 1.0,
        evidence: dict[str, Any] | None = None,
    ) -> CommandOutcome:
        """Submit a voice command: done, or asked about first."""
        return await self.mirror.client.submit_command(
            {
                "name": name,
                "args": args or {},
                "modality": "voice",
                "confidence": confidence,
                "evidence": {
                    "text": self.text or "",
                    "language": self.language.code,
                    **(evidence or {}),
                },
                # only other command names fit here; other widgets go in evidence
                "alternatives": [],
            }
        )


class MirrorIntent(intent.IntentHandler):
    """Finds the mirror and the language; subclasses give the answer."""

    response_type: ClassVar[intent.IntentResponseType] = intent.IntentResponseType.ACTION_DONE

    async def async_handle(self, intent_obj: intent.Intent) -> intent.IntentResponse:
        slots = self.async_validate_slots(intent_obj.slots)
        language = language_of(intent_obj.hass, intent_obj.language)
        response = intent_obj.create_response()
        mirror = first_mirror(intent_obj.hass)
        if mirror is None:
            speech = language.say("no_mirror")
        else:
            asked = Asked(intent_obj, mirror, language, slots)
            try:
                speech = await self.answer(asked)
            except EngineError as err:
                _LOGGER.debug("%s: the engine refused: %s", self.intent_type, err)
                # only log out needs a session in the engine: nobody's there to log out
                key = "nobody_logged_in" if err.code == "no_session" else "engine_error"
                speech = language.say(key, error=str(err))
        response.response_type = self.response_type
        response.async_set_speech(speech)
        return response

    async def answer(self, asked: Asked) -> str:
        raise NotImplementedError


def _confirm_or(asked: Asked, answer: CommandOutcome, done: str, confirm: str, **kw: Any) -> str:
    if answer.asks_first:
        return asked.say(confirm, **kw)
    return asked.say(done, **kw)


class _WidgetIntent(MirrorIntent):
    slot_schema = {vol.Required("widget"): cv.string}  # noqa: RUF012 - HA's attribute
    command = ""
    done = ""
    confirm = ""

    async def answer(self, asked: Asked) -> str:
        spoken = str(asked.slots["widget"].get("text") or asked.slots["widget"]["value"])
        widget = asked.language.widget(spoken)
        if widget is None:
            return asked.say("unknown_widget", heard=spoken)
        evidence = {
            "heard": widget.heard,
            "candidates": [
                {"widget": feature, "name": name, "score": score}
                for feature, name, score in widget.candidates
            ],
        }
        result = await asked.command(
            self.command, {"widget": widget.feature}, widget.confidence, evidence
        )
        return _confirm_or(asked, result, self.done, self.confirm, name=widget.shown)


class SmartMirrorShowWidget(_WidgetIntent):
    intent_type = INTENT_SHOW_WIDGET
    description = (
        "Shows a widget on the Smart Mirror: public (weather, news, clock), personal "
        "(calendar, mail), assessment (age, emotion), evolution (history), diary, settings"
    )
    command, done, confirm = "show_widget", "widget_shown", "confirm_show"


class SmartMirrorHideWidget(_WidgetIntent):
    intent_type = INTENT_HIDE_WIDGET
    description = "Hides a widget of the Smart Mirror (same names as for showing one)"
    command, done, confirm = "hide_widget", "widget_hidden", "confirm_hide"


class _CommandIntent(MirrorIntent):
    """One engine command without arguments, and the answer once it is done."""

    command: ClassVar[str]
    done: ClassVar[str]

    async def answer(self, asked: Asked) -> str:
        return _confirm_or(asked, await asked.command(self.command), self.done, "confirm")


class SmartMirrorCapture(_CommandIntent):
    intent_type = INTENT_CAPTURE
    description = "Takes a picture with the Smart Mirror's camera"
    command, done = "capture", "captured"


class SmartMirrorZoom(MirrorIntent):
    intent_type = INTENT_ZOOM
    description = "Zooms the Smart Mirror's picture in or out, or back to normal (reset)"
    slot_schema = {vol.Required("direction"): vol.In(["in", "out", "reset"])}  # noqa: RUF012

    async def answer(self, asked: Asked) -> str:
        direction = str(asked.slots["direction"]["value"])
        result = await asked.command("zoom", {"direction": direction})
        return _confirm_or(asked, result, f"zoom_{direction}", "confirm")


class SmartMirrorLogout(_CommandIntent):
    intent_type = INTENT_LOGOUT
    description = "Logs the current person out of the Smart Mirror"
    command, done = "logout", "logged_out"


class SmartMirrorNotMe(_CommandIntent):
    """The mirror greeted the wrong person: the engine ends that session at once
    and learns that this face is not them (nobody's session: "nobody logged in")."""

    intent_type = INTENT_NOT_ME
    description = (
        "Tells the Smart Mirror it recognised the wrong person: ends that session "
        "and teaches the mirror this face is not them"
    )
    command, done = "not_me", "not_me"


class SmartMirrorCalibrate(MirrorIntent):
    intent_type = INTENT_CALIBRATE
    description = "Starts the personal expression calibration on the Smart Mirror"

    async def answer(self, asked: Asked) -> str:
        if owner_session(asked.mirror) is None:  # personal: a verified person only
            return asked.say("not_owner")
        result = await asked.command("open_calibration")
        return _confirm_or(asked, result, "calibration", "confirm")


class _QueryIntent(MirrorIntent):
    response_type = intent.IntentResponseType.QUERY_ANSWER


class _PersonalIntent(_QueryIntent):
    """Answers from the owner's personal information, or refuses revealing nothing."""

    source = ""
    missing = ""

    async def answer(self, asked: Asked) -> str:
        session_id = asked.state.session_id
        info = asked.mirror.info
        personal = info.personal.for_session(session_id) if session_id else None
        if personal is None:
            return asked.say("not_owner")
        reading = personal.get(self.source)
        if reading is None or reading["value"] is None:
            return asked.say(self.missing)
        return self.tell(asked, reading["value"])

    def tell(self, asked: Asked, value: Any) -> str:
        raise NotImplementedError


class SmartMirrorNextEvent(_PersonalIntent):
    intent_type = INTENT_NEXT_EVENT
    description = "Tells the recognised person in front of the Smart Mirror their next event"
    source, missing = "calendar", "no_calendar"

    def tell(self, asked: Asked, value: Any) -> str:
        if not value:
            return asked.say("no_event")
        event = value[0]
        return asked.say(
            "next_event", summary=event.get("summary") or "?", when=_when(asked, event["start"])
        )


class SmartMirrorUnreadMail(_PersonalIntent):
    intent_type = INTENT_UNREAD_MAIL
    description = "Tells the recognised person in front of the Smart Mirror their unread mail"
    source, missing = "mail", "no_mailbox"

    def tell(self, asked: Asked, value: Any) -> str:
        count = int(value["unread"])
        key = {0: "unread_none", 1: "unread_one"}.get(count, "unread_many")
        return asked.say(key, count=count)


class _AssessmentIntent(_QueryIntent):
    """Answers from the assessment of the person in view (what the age and
    emotion sensors show), or says nobody was assessed."""

    async def answer(self, asked: Asked) -> str:
        assessment = asked.state.assessment
        if not assessment:
            return asked.say("nobody_assessed")
        return self.tell(asked, assessment)

    def tell(self, asked: Asked, assessment: dict[str, Any]) -> str:
        raise NotImplementedError


class SmartMirrorAge(_AssessmentIntent):
    intent_type = INTENT_AGE
    description = "Tells how old the person in front of the Smart Mirror looks"

    def tell(self, asked: Asked, assessment: dict[str, Any]) -> str:
        return asked.say("age", age=round(float(assessment["age"])))


class SmartMirrorFeeling(_AssessmentIntent):
    intent_type = INTENT_FEELING
    description = "Tells which emotion the person in front of the Smart Mirror shows"

    def tell(self, asked: Asked, assessment: dict[str, Any]) -> str:
        emotion = str(assessment["emotion"])
        return asked.say("feeling", emotion=asked.language.emotions.get(emotion, emotion))


class SmartMirrorWhoAmI(_QueryIntent):
    intent_type = INTENT_WHO_AM_I
    description = "Tells who the Smart Mirror recognises in front of it"

    async def answer(self, asked: Asked) -> str:
        state = asked.state
        if state.person is not None:
            return asked.say("you_are", name=state.person.name)
        key = {"guest": "guest", "needs_choice": "several", "needs_login": "unsure"}
        return asked.say(key.get(state.session_state, "nobody"))


def _when(asked: Asked, start: str) -> str:
    """An event's start, spoken: today/tomorrow at a time, or a date."""
    months = asked.language.months
    # an all-day event starts on a date (parse_datetime would read it as midnight)
    moment = dt_util.parse_datetime(start) if "T" in start else None
    day = dt_util.as_local(moment).date() if moment else dt_util.parse_date(start)
    if day is None:
        return start
    date = asked.say(
        "date",
        day=day.day,
        month=day.month,
        month_name=months[day.month - 1] if len(months) == 12 else day.month,
    )
    if moment is None:
        return asked.say("when_all_day", date=date)
    time = dt_util.as_local(moment).strftime("%H:%M")
    today = dt_util.now().date()
    if day == today:
        return asked.say("when_today", time=time)
    if day == today + timedelta(days=1):
        return asked.say("when_tomorrow", time=time)
    return asked.say("when_day", date=date, time=time)


HANDLERS: tuple[type[MirrorIntent], ...] = (
    SmartMirrorShowWidget,
    SmartMirrorHideWidget,
    SmartMirrorNextEvent,
    SmartMirrorUnreadMail,
    SmartMirrorAge,
    SmartMirrorFeeling,
    SmartMirrorCapture,
    SmartMirrorZoom,
    SmartMirrorLogout,
    SmartMirrorNotMe,
    SmartMirrorCalibrate,
    SmartMirrorWhoAmI,
)


async def async_setup_intents(hass: HomeAssistant) -> None:
    """Register the intents (idempotent). Home Assistant's intent platform
    calls this once; the first mirror entry calls it again after the last
    one's unload removed them."""
    if DATA_LANGUAGES not in hass.data:
        hass.data[DATA_LANGUAGES] = await hass.async_add_executor_job(load_languages)
    registered = {handler.intent_type for handler in intent.async_get(hass)}
    for handler in HANDLERS:
        if handler.intent_type not in registered:
            intent.async_register(hass, handler())


def async_remove_intents(hass: HomeAssistant) -> None:
    for handler in HANDLERS:
        intent.async_remove(hass, handler.intent_type)
