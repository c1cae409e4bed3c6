"""The engine's answers as the integration reads them.

Each type reads only the fields the integration uses, so a field the engine
adds changes nothing here. An answer the integration also hands on unchanged
(a service response, a websocket result for the panel) keeps the engine's JSON
as ``raw``: what Home Assistant users see is the engine's answer, not the
fields read from it. The engine's events share these shapes (``hello`` is a
status, ``session`` a session snapshot, ``capture`` a capture), so the
coordinator reads them with the same types."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Self

from .contract import TUNABLE

ROLE_SERVER = "server"  # an engine run with ``--role server``

type JsonObject = dict[str, Any]


@dataclass(frozen=True, kw_only=True)
class EngineAnswer:
    """An answer that is also handed on as the engine sent it (``raw``)."""

    raw: JsonObject = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: JsonObject) -> Self:
        return cls(raw=data)


@dataclass(frozen=True, kw_only=True)
class Health:
    """``GET /api/health``: which engine answers (its unique id), its API, and
    its role (``server``: a household's server; None or anything else: a mirror)."""

    engine_id: str | None  # None only from an engine of another API
    api_version: int | None
    role: str | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> Self:
        engine_id = data.get("engine_id")
        role = data.get("role")
        return cls(
            engine_id=str(engine_id) if engine_id is not None else None,
            api_version=data.get("api_version"),
            role=str(role) if role is not None else None,
        )

    @property
    def is_server(self) -> bool:
        """A household server: no camera, no session, the household's people."""
        return self.role == ROLE_SERVER


@dataclass(frozen=True, kw_only=True)
class EngineSettings(EngineAnswer):
    """The engine's runtime settings: the tunable ones the contract names, and
    the liveness gate."""

    tunable: Mapping[str, float] = field(default_factory=dict)
    liveness: str | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> Self:
        return cls(
            tunable={key: float(data[key]) for key in TUNABLE if data.get(key) is not None},
            liveness=data.get("liveness"),
            raw=data,
        )


@dataclass(frozen=True, kw_only=True)
class EngineStatus(EngineAnswer):
    """``GET /api/status`` and the ``hello`` event; ``raw`` for diagnostics.

    ``toggles`` and ``settings`` are None when the answer has none (an older
    state then stays)."""

    api_version: int | None = None
    version: str | None = None
    identity: bool = False  # the engine recognises people (its status has an identity part)
    toggles: dict[str, bool] | None = None
    settings: EngineSettings | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> Self:
        toggles = data.get("toggles")
        settings = data.get("settings")
        version = data.get("version")
        return cls(
            api_version=data.get("api_version"),
            version=str(version) if version is not None else None,
            identity=bool(data.get("identity")),
            toggles=dict(toggles) if toggles is not None else None,
            settings=EngineSettings.from_json(settings) if settings else None,
            raw=data,
        )


@dataclass(frozen=True, kw_only=True)
class Person:
    """An enrolled person, and the Home Assistant person linked to them; how
    many face embeddings they have, whether they have a PIN (never the PIN:
    the engine keeps only its hash) and a face thumbnail."""

    id: int
    name: str
    ha_person: str | None = None
    embeddings: int = 0
    has_pin: bool = False
    has_thumbnail: bool = False

    @classmethod
    def from_json(cls, data: JsonObject) -> Self:
        return cls(
            id=int(data["id"]),
            name=str(data["name"]),
            ha_person=data.get("ha_person") or None,
            embeddings=int(data.get("embeddings") or 0),
            has_pin=bool(data.get("has_pin")),
            has_thumbnail=bool(data.get("has_thumbnail")),
        )


@dataclass(frozen=True, kw_only=True)
class SessionPerson:
    """Who a session is (id and name: the link to Home Assistant is the
    enrolled ``Person``'s)."""

    id: int
    name: str

    @classmethod
    def from_json(cls, data: JsonObject) -> Self:
        return cls(id=int(data["id"]), name=str(data["name"]))


@dataclass(frozen=True, kw_only=True)
class Session:
    """The session of the person in front of the mirror (a guest's has no person)."""

    id: str | None
    person: SessionPerson | None
    present: bool  # their face is in view now

    @classmethod
    def from_json(cls, data: JsonObject) -> Self:
        person = data.get("person")
        session_id = data.get("id")
        return cls(
            id=str(session_id) if session_id else None,
            person=SessionPerson.from_json(person) if person else None,
            present=bool(data.get("present", True)),
        )


@dataclass(frozen=True, kw_only=True)
class SessionSnapshot(EngineAnswer):
    """``GET /api/session``, a login, a choice of face and the ``session`` event:
    the session's state and the session, if there is one."""

    state: str = "idle"
    session: Session | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> Self:
        session = data.get("session")
        return cls(
            state=str(data.get("state", "idle")),
            session=Session.from_json(session) if session else None,
            raw=data,
        )

    @property
    def id(self) -> str | None:
        """The current session's id, whoever's it is."""
        return self.session.id if self.session else None

    @property
    def present(self) -> bool:
        """The session's person is in view (True when there is no session)."""
        return self.session is None or self.session.present


@dataclass(frozen=True, kw_only=True)
class Capture:
    """A kept photo (``POST /api/capture``, ``GET /api/captures``, the ``capture``
    event): its id, and when it was stored (taken, for an older engine)."""

    id: int
    taken: float

    @classmethod
    def from_json(cls, data: JsonObject) -> Self:
        return cls(id=int(data["id"]), taken=float(data.get("t_stored") or data["t_capture"]))


@dataclass(frozen=True, kw_only=True)
class Enrolment(EngineAnswer):
    """What an enrolment did (photos added) or is doing (live progress): the
    ``enrol_person`` action's response."""


@dataclass(frozen=True, kw_only=True)
class CalibrationJob(EngineAnswer):
    """An expression calibration collecting frames: ``start_calibration``'s response."""


@dataclass(frozen=True, kw_only=True)
class CommandOutcome(EngineAnswer):
    """A submitted command: done, or a question the mirror asks first."""

    status: str = "done"

    @classmethod
    def from_json(cls, data: JsonObject) -> Self:
        return cls(status=str(data.get("status", "done")), raw=data)

    @property
    def asks_first(self) -> bool:
        """The engine was unsure and asks "did you mean ...?" before doing it."""
        return self.status == "confirm"


@dataclass(frozen=True, kw_only=True)
class CommandAnswer(EngineAnswer):
    """An answered confirmation question (what was done, the labelled sample)."""


@dataclass(frozen=True, kw_only=True)
class HouseholdMirror:
    """One mirror of the household as the server last heard from it: its engine
    id, when it last synced (``last_sync``; ``last_seen`` from a server before
    the ML tier), the gallery version it holds; the rest of what the server
    says of it (deliveries, samples, models in use, outcome counts) as sent."""

    mirror: str
    last_seen: float | None = None
    version: int | None = None
    raw: JsonObject = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: JsonObject) -> Self:
        seen = data.get("last_sync", data.get("last_seen"))
        version = data.get("version")
        return cls(
            mirror=str(data.get("mirror", "")),
            last_seen=float(seen) if isinstance(seen, int | float) else None,
            version=int(version) if isinstance(version, int) else None,
            raw=data,
        )


@dataclass(frozen=True, kw_only=True)
class HouseholdStatus(EngineAnswer):
    """``GET /api/status`` of a household server (``--role server``): the
    household's gallery version, how many people, and each mirror's last sync.
    Missing fields (an older or newer server) read as None or empty."""

    version: str | None = None  # the engine's release
    household_version: int | None = None  # the gallery's version
    persons: int | None = None
    mirrors: tuple[HouseholdMirror, ...] = ()

    @classmethod
    def from_json(cls, data: JsonObject) -> Self:
        household = data.get("household")
        household = household if isinstance(household, dict) else {}
        version, persons, gallery = (
            data.get("version"),
            household.get("persons"),
            household.get("version"),
        )
        mirrors = household.get("mirrors")
        return cls(
            version=str(version) if version is not None else None,
            household_version=int(gallery) if isinstance(gallery, int) else None,
            persons=int(persons) if isinstance(persons, int) else None,
            mirrors=tuple(
                HouseholdMirror.from_json(m)
                for m in (mirrors if isinstance(mirrors, list) else [])
                if isinstance(m, dict) and m.get("mirror")
            ),
            raw=data,
        )
