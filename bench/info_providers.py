"""Information providers: delivery time of each provider, alone and while one
of them stalls 1.8 s (the source paper's Fig. 14 at the information layer).

Clock, OpenWeatherMap weather and air quality (pyowm), Google Calendar and
Gmail (google-api-python-client) run as the integration runs them: one
``Provider`` task each, the blocking clients in the executor. Google and
OpenWeatherMap are the local stand-ins the tests use (real wire formats).
Each round refreshes all providers at once and records when each delivered.

    python bench/info_providers.py [--rounds 20] [--out bench/results/info_providers.json]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.report import finish
from custom_components.smart_mirror.info import google, public
from custom_components.smart_mirror.info.provider import Provider
from devkit.fakes.google import FakeGoogle
from devkit.fakes.openweathermap import API_KEY, FakeOpenWeatherMap

STALL_S = 1.8
SEOUL = (37.5665, 126.978)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def providers(token: str) -> list[Provider]:
    async def clock() -> dict[str, Any]:
        return {"now": datetime.now(UTC).isoformat()}

    def blocking(fetch: Any, *args: Any) -> Any:
        return lambda: asyncio.to_thread(fetch, *args)

    return [
        Provider("clock", clock, 3600, 10),
        Provider("weather", blocking(public.owm_weather, API_KEY, *SEOUL), 3600, 10),
        Provider("air_quality", blocking(public.owm_air_quality, API_KEY, *SEOUL), 3600, 10),
        Provider("calendar", blocking(google.calendar_events, token, datetime.now(UTC)), 3600, 10),
        Provider("mail", blocking(google.unread_mail, token), 3600, 10),
    ]


async def rounds(count: int, items: list[Provider]) -> dict[str, list[float]]:
    delivered: dict[str, list[float]] = {p.name: [] for p in items}
    for _ in range(count):
        readings = await asyncio.gather(*(p.refresh() for p in items))
        for reading in readings:
            assert reading.error is None, reading
            assert reading.delivered_s is not None
            delivered[reading.name].append(reading.delivered_s * 1000)
    return delivered


def summary(delivered: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    return {
        name: {
            "p50_ms": round(statistics.median(ms), 1),
            "p95_ms": round(percentile(ms, 0.95), 1),
            "max_ms": round(max(ms), 1),
        }
        for name, ms in delivered.items()
    }


async def main(args: argparse.Namespace) -> int:
    async with FakeOpenWeatherMap() as owm, FakeGoogle() as fake_google:
        public.OWM_CONNECTION.update({"use_ssl": False})
        public.OWM_PROXIES.update({"http": owm.url})
        google.API_ROOT = fake_google.url + "/"
        account = fake_google.add("lin@example.com", ["Rehearsal", "Dinner"], ["A", "B", "C"])
        items = providers(account.access_token)
        await rounds(2, items)  # warm-up: imports, discovery documents, connections
        alone = summary(await rounds(args.rounds, items))
        owm.delays["/data/2.5/weather"] = STALL_S
        stalled = summary(await rounds(args.rounds, items))
    others = [name for name in alone if name != "weather"]
    result = {
        "rounds": args.rounds,
        "stall_s": STALL_S,
        "alone": alone,
        "with_weather_stalled": stalled,
        "ratio_p50_others": {
            name: round(stalled[name]["p50_ms"] / max(alone[name]["p50_ms"], 0.1), 2)
            for name in others
        },
    }
    checks = {
        "the stalled provider takes >= 1.8 s": stalled["weather"]["p50_ms"] >= STALL_S * 1000,
        "every other provider still delivers within 300 ms (p95)": all(
            stalled[name]["p95_ms"] <= 300 for name in others
        ),
    }
    print(f"{'provider':12} {'alone p50/p95 ms':>20} {'weather stalled p50/p95 ms':>28}")
    for name in alone:
        a, s = alone[name], stalled[name]
        print(
            f"{name:12} {a['p50_ms']:>10} / {a['p95_ms']:<8} {s['p50_ms']:>14} / {s['p95_ms']:<8}"
        )
    return finish(result, checks, args.out)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--out", type=Path, default=Path("bench/results/info_providers.json"))
    raise SystemExit(asyncio.run(main(parser.parse_args())))
