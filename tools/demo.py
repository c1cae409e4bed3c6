"""`make demo`: the whole product on this machine. The engine on the embedded
demo source (the shared clip, else a moving pattern), a local Home Assistant
onboarded with demo credentials, the integration added through its config
flow, and the panel's URL printed. Ctrl+C stops everything.

Lin-Manuel Miranda is enrolled from the shared photos when they are there, so
the demo clip greets him."""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path

from devkit.harness import FACES, EngineProcess
from devkit.home_assistant import PASSWORD, USER, HomeAssistantProcess

DEMO_PERSON = ("Lin-Manuel Miranda", "scenes/lin-manuel-miranda.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(".demo"))
    parser.add_argument("--engine-port", type=int, default=8099)
    parser.add_argument("--ha-port", type=int, default=8123)
    args = parser.parse_args()
    args.data.mkdir(exist_ok=True)
    engine = EngineProcess(
        args.data / "engine",
        "--source",
        "demo",
        port=args.engine_port,
        token="smart-mirror-demo-token",
    )
    home = HomeAssistantProcess(args.data / "home-assistant", port=args.ha_port, assist=True)
    fresh = not (home.config_dir / ".storage" / "onboarding").exists()
    try:
        engine.start()
        name, photo = DEMO_PERSON
        enrolled = {p["name"] for p in engine.json("/api/persons")}
        if (FACES / photo).is_file() and name not in enrolled:
            engine.enrol_photo(name, FACES / photo)
        home.start()
        if fresh:
            home.onboard()
            home.add_mirror("127.0.0.1", engine.port, engine.token)
        print(
            "\n  Smart Mirror demo\n"
            f"  panel:   {home.base}/smart-mirror   (log in as {USER} / {PASSWORD})\n"
            f"  engine:  {engine.base}/?token={engine.token}\n"
            "  Ctrl+C stops it.\n",
            flush=True,
        )
        stop = threading.Event()
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        stop.wait()
    finally:
        home.stop()
        engine.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
