"""Evolution: a person's assessment history as ranges and daily aggregates."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from ..contract import EMOTIONS
from ..store import Store


def points(store: Store, person_id: int, since: float, until: float) -> list[dict[str, Any]]:
    rows = store.history.for_person(person_id, "assessment", since=since, limit=100_000)
    return sorted(
        ({"t": r["t"], **r["data"]} for r in rows if r["t"] <= until), key=lambda p: p["t"]
    )


def daily(store: Store, person_id: int, days: int) -> list[dict[str, Any]]:
    """Per local day: mean age, the share of each emotion, and the dominant mood."""
    since = time.time() - days * 86400
    by_day: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for point in points(store, person_id, since, time.time()):
        by_day[datetime.fromtimestamp(point["t"]).date().isoformat()].append(point)
    out = []
    for day, day_points in sorted(by_day.items()):
        moods = Counter(p["emotion"] for p in day_points)
        out.append(
            {
                "day": day,
                "points": len(day_points),
                "mean_age": round(sum(p["age"] for p in day_points) / len(day_points), 1),
                "emotions": {e: round(moods[e] / len(day_points), 3) for e in EMOTIONS},
                "mood": moods.most_common(1)[0][0],
            }
        )
    return out


def todays_mood(store: Store, person_id: int) -> str | None:
    today = datetime.now().date().isoformat()
    for day in daily(store, person_id, 1):
        if day["day"] == today:
            return str(day["mood"])
    return None
