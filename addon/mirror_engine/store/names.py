"""The one rule by which two names are the same person's name."""

from __future__ import annotations

import unicodedata


def name_key(name: str) -> str:
    """Unicode caseless matching (NFKC, casefold, NFKC): "Zoë", "ZOË" and
    "ｚｏë" are one name; SQLite's NOCASE folds only ASCII."""
    folded = unicodedata.normalize("NFKC", name.strip()).casefold()
    return unicodedata.normalize("NFKC", folded)
