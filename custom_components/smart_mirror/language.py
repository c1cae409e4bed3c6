"""The mirror's languages for Assist: each sentences/<language>.yaml says how
people name the widgets, the emotions and the months, the sentences of each
intent, and the answers. Matching here is language-aware but knows nothing of
the mirror: the handlers in intent.py use it."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import voluptuous as vol
import yaml
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN, EMOTIONS, WIDGETS

SENTENCES = Path(__file__).parent / "sentences"
DEFAULT_LANGUAGE = "en"
MIN_GUESS = 0.6  # a widget name heard less like any known name than this is refused
DATA_LANGUAGES: HassKey[dict[str, Language]] = HassKey(f"{DOMAIN}_languages")

RESPONSES = (
    "no_mirror",
    "engine_error",
    "error",
    "unknown_widget",
    "widget_shown",
    "widget_hidden",
    "confirm_show",
    "confirm_hide",
    "confirm",
    "not_owner",
    "no_calendar",
    "no_event",
    "next_event",
    "when_today",
    "when_tomorrow",
    "when_day",
    "when_all_day",
    "date",
    "no_mailbox",
    "unread_none",
    "unread_one",
    "unread_many",
    "nobody_assessed",
    "age",
    "feeling",
    "captured",
    "zoom_in",
    "zoom_out",
    "zoom_reset",
    "logged_out",
    "nobody_logged_in",
    "not_me",
    "calibration",
    "you_are",
    "guest",
    "several",
    "unsure",
    "nobody",
)
SENTENCE_BLOCK = vol.Schema(
    {
        vol.Required("sentences"): [cv.string],
        vol.Optional("slots", default=dict): {cv.string: cv.string},
    }
)
LANGUAGE_FILE = vol.Schema(
    {
        vol.Required("language"): cv.string,
        vol.Required("widgets"): {vol.In(WIDGETS): [cv.string]},
        vol.Optional("display", default=dict): {cv.string: cv.string},
        vol.Optional("fillers", default=list): [cv.string],
        vol.Optional("particles", default=list): [cv.string],
        vol.Optional("months", default=list): [cv.string],
        vol.Required("emotions"): {vol.In(EMOTIONS): cv.string},
        vol.Required("intents"): {cv.string: [SENTENCE_BLOCK]},
        vol.Required("responses"): {vol.In(RESPONSES): cv.string},
    }
)
_PUNCTUATION = re.compile("[.,!?;:\"'\u201c\u201d\u2018\u2019()]")  # typographic quotes too


@dataclass(frozen=True)
class Widget:
    """A spoken widget name resolved to an engine feature."""

    feature: str
    name: str  # the known name it was heard as
    shown: str  # how the answer says it
    heard: str
    confidence: float
    candidates: tuple[tuple[str, str, float], ...]  # (feature, name, score), best first


@dataclass(frozen=True)
class Language:
    """One language's sentences, widget names and answers (sentences/<code>.yaml)."""

    code: str
    names: dict[str, str]  # spoken widget name -> feature
    display: dict[str, str]  # spoken name -> how an answer says it, where they differ
    fillers: frozenset[str]
    particles: tuple[str, ...]
    months: tuple[str, ...]
    emotions: dict[str, str]
    intents: dict[str, list[dict[str, Any]]]
    responses: dict[str, str]

    @classmethod
    def from_file(cls, path: Path) -> Language:
        data = LANGUAGE_FILE(yaml.safe_load(path.read_text(encoding="utf-8")))
        missing = set(RESPONSES) - set(data["responses"])
        if missing:
            raise vol.Invalid(f"{path.name}: no answers for {', '.join(sorted(missing))}")
        return cls(
            code=data["language"],
            names={
                _normal(name): feature
                for feature, names in data["widgets"].items()
                for name in names
            },
            display={_normal(name): shown for name, shown in data["display"].items()},
            fillers=frozenset(_normal(word) for word in data["fillers"]),
            # longest first so that a longer particle is not cut as a shorter one
            particles=tuple(sorted(data["particles"], key=len, reverse=True)),
            months=tuple(data["months"]),
            emotions=data["emotions"],
            intents=data["intents"],
            responses=data["responses"],
        )

    def say(self, key: str, **values: Any) -> str:
        return self.responses[key].format(**values)

    def widget(self, spoken: str) -> Widget | None:
        """The feature a spoken widget name means: an exact known name (after
        dropping filler words and particles) is sure; anything else is the most
        similar known name, as sure as difflib's ratio says (None: too unlike
        any of them)."""
        heard = _normal(spoken)
        candidates = self._candidates(heard)
        exact = [c for c in candidates if c in self.names]
        if exact:
            name = max(exact, key=len)
            feature = self.names[name]
            return Widget(feature, name, self._shown(name), heard, 1.0, ((feature, name, 1.0),))
        best: dict[str, tuple[str, float]] = {}  # feature -> its most similar name
        for candidate in candidates:
            for name, feature in self.names.items():
                score = difflib.SequenceMatcher(None, _letters(candidate), _letters(name)).ratio()
                if score > best.get(feature, ("", -1.0))[1]:
                    best[feature] = (name, score)
        ranked = sorted(
            ((feature, name, round(score, 3)) for feature, (name, score) in best.items()),
            key=lambda found: -found[2],
        )
        feature, name, score = ranked[0]
        if score < MIN_GUESS:
            return None
        return Widget(feature, name, self._shown(name), heard, score, tuple(ranked[:3]))

    def _shown(self, name: str) -> str:
        return self.display.get(name, name)

    def _candidates(self, heard: str) -> list[str]:
        """The heard words without filler words at either end, and without a
        particle at the end (Korean: 날씨를 -> 날씨)."""
        words = heard.split()
        found: list[str] = []
        for start in range(len(words)):
            if any(w not in self.fillers for w in words[:start]):
                break
            for end in range(len(words), start, -1):
                if any(w not in self.fillers for w in words[end:]):
                    break
                found.append(" ".join(words[start:end]))
        for phrase in list(found):
            found += [
                phrase[: -len(p)] for p in self.particles if phrase.endswith(p) and phrase != p
            ]
        return found or [heard]


def _normal(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", text).casefold().split())


def _letters(text: str) -> str:
    """Hangul syllables as their letters (날씨 -> ㄴㅏㄹㅆㅣ): one misheard
    consonant costs a letter, not a whole syllable."""
    return unicodedata.normalize("NFD", text)


def load_languages(folder: Path = SENTENCES) -> dict[str, Language]:
    """Every language file of the folder (blocking: run it in the executor)."""
    languages = [Language.from_file(path) for path in sorted(folder.glob("*.yaml"))]
    return {language.code: language for language in languages}


def language_of(hass: HomeAssistant, code: str | None) -> Language:
    """The loaded language closest to ``code`` ("ko-KR" -> ko), else English."""
    languages = hass.data[DATA_LANGUAGES]
    base = (code or hass.config.language or DEFAULT_LANGUAGE).split("-")[0].casefold()
    return languages.get(base) or languages[DEFAULT_LANGUAGE]
