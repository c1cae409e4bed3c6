"""The engine's local store: one SQLite file (WAL) in the data folder, with
one small repository per kind of data. Face data never leaves this file."""

from __future__ import annotations

from pathlib import Path

from .captures import Capture, Captures
from .db import Database
from .diary import Diary
from .history import History
from .models import ModelVersions
from .persons import Person, PersonExistsError, Persons
from .pins import PinRecord, Pins
from .samples import Sample, Samples
from .settings import Settings

__all__ = [
    "Capture",
    "Captures",
    "Database",
    "Diary",
    "History",
    "ModelVersions",
    "Person",
    "PersonExistsError",
    "Persons",
    "PinRecord",
    "Pins",
    "Sample",
    "Samples",
    "Settings",
    "Store",
]


class Store:
    """The database and its repositories."""

    def __init__(self, path: Path) -> None:
        self.db = Database(path)
        self.captures = Captures(self.db)
        self.settings = Settings(self.db)
        self.persons = Persons(self.db)
        self.pins = Pins(self.db)
        self.samples = Samples(self.db)
        self.history = History(self.db)
        self.diary = Diary(self.db)
        self.models = ModelVersions(self.db)

    @property
    def path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        self.db.close()
