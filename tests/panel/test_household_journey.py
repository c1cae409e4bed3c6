"""The household's journey, end to end: a real Home Assistant (with people, a
calendar and a Korean-speaking household member) and a real engine whose
camera is a photo the browser script swaps, driven in headless Chromium by
``mirror_frontend/e2e/panel_journey.mjs``:

1. the admin opens a fresh mirror: the first-run card leads to the People
   sheet; Barack Obama is enrolled from a photo, gets a PIN and a calendar;
   Alex Lacamoire is enrolled from the live view;
2. the kiosk URL on a 1080x1920 (and a 1920x1080) screen: no sidebar, the
   picture painted at >= 25 fps, Barack greeted with his calendar;
3. the wrong person: with the match distance loosened by the admin
   (``smart_mirror/settings``), a stranger (a face made of Barack's and
   another man's, which nobody enrolled) is greeted as Barack; "Not me"
   clears the greeting at once, and the same face does not reopen his session
   within 30 s; then the PIN pad logs the real Barack in;
4. a household member whose Home Assistant language is Korean sees the panel
   in Korean (and no People sheet).

Screenshots of each step go to tests/panel/screenshots/ (ignored by git)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cv2
import face_recognition
import numpy as np
import pytest
import pytest_socket

from devkit.harness import FACES, ROOT, EngineProcess

from .household import HouseholdHomeAssistant

SCRIPT = ROOT / "mirror_frontend" / "e2e" / "panel_journey.mjs"
SHOTS = Path(__file__).parent / "screenshots"
PIN = "2468"


def _fit(image: np.ndarray, width: int = 640, height: int = 480) -> np.ndarray:  # type: ignore[type-arg]
    """A photo on a grey 640x480 frame, as a camera sees someone (scaled to fit)."""
    frame = np.full((height, width, 3), 96, np.uint8)
    scale = min(width / image.shape[1], height / image.shape[0])
    resized = cv2.resize(image, (round(image.shape[1] * scale), round(image.shape[0] * scale)))
    top, left = (height - resized.shape[0]) // 2, (width - resized.shape[1]) // 2
    frame[top : top + resized.shape[0], left : left + resized.shape[1]] = resized
    return frame


def _landmarks(rgb: np.ndarray) -> np.ndarray:  # type: ignore[type-arg]
    """The eyes' and the mouth's centres, for aligning two faces."""
    marks = face_recognition.face_landmarks(rgb)[0]
    return np.array(
        [
            np.mean(marks["left_eye"], 0),
            np.mean(marks["right_eye"], 0),
            np.mean(marks["top_lip"] + marks["bottom_lip"], 0),
        ],
        np.float32,
    )


def lookalike(base: Path, other: Path, share: float = 0.6) -> np.ndarray:  # type: ignore[type-arg]
    """A stranger who looks like the person in ``base``: ``other``'s face aligned
    on it (eyes and mouth) and blended in at ``share``. Nobody enrolls it; the
    shared photos have no two people nearer than the loosest match distance,
    so the mirror's mistake needs a face made for it."""
    first = face_recognition.load_image_file(str(base))
    second = face_recognition.load_image_file(str(other))
    warp = cv2.getAffineTransform(_landmarks(second), _landmarks(first))
    aligned = cv2.warpAffine(
        second, warp, (first.shape[1], first.shape[0]), borderMode=cv2.BORDER_REFLECT
    )
    blend = np.clip(first * (1 - share) + aligned * share, 0, 255).astype(np.uint8)
    return np.asarray(cv2.cvtColor(blend, cv2.COLOR_RGB2BGR), np.uint8)


@pytest.fixture(scope="module")
def household(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[HouseholdHomeAssistant, EngineProcess, dict[str, Any]]]:
    if not FACES.is_dir():
        pytest.skip(f"shared photos not found at {FACES}")
    pytest_socket.enable_socket()
    folder = tmp_path_factory.mktemp("journey")
    photos = {"empty": folder / "empty.jpg"}
    cv2.imwrite(str(photos["empty"]), np.full((480, 640, 3), 96, np.uint8))
    for name, source in {
        "alex": FACES / "scenes/alex_lacamoire1.jpg",
        "barack": FACES / "scenes/obama1.jpg",
    }.items():
        image = cv2.imread(str(source))
        assert image is not None, source
        photos[name] = folder / f"{name}.jpg"
        cv2.imwrite(str(photos[name]), _fit(image))
    photos["stranger"] = folder / "stranger.jpg"
    stranger = lookalike(
        FACES / "people/obama/obama.jpg", FACES / "people/kit_harington/john1.jpeg"
    )
    cv2.imwrite(str(photos["stranger"]), _fit(stranger))
    scene = folder / "scene.jpg"
    scene.write_bytes(photos["empty"].read_bytes())
    engine = EngineProcess(
        tmp_path_factory.mktemp("engine"),
        "--source",
        str(scene),
        "--fps",
        "30",  # the kiosk must paint >= 25 fps of it
        "--leave-timeout",
        "3",
        "--liveness",
        "off",  # still photos stand for people here
    ).start()
    home = HouseholdHomeAssistant(
        tmp_path_factory.mktemp("home-assistant"),
        calendars={"Barack": "Rehearsal"},
        persons={"barack": "Barack Obama", "alex": "Alex Lacamoire"},
    )
    try:
        home.start()
        home.onboard()
        home.add_mirror("127.0.0.1", engine.port, engine.token)
        korean = home.add_user("Min-jun", "minjun", "minjun-password-1", language="ko")
        yield (
            home,
            engine,
            {
                "korean": korean,
                "scene": str(scene),
                "photos": {k: str(v) for k, v in photos.items()},
                "enrolPhoto": str(FACES / "people/obama/obama.jpg"),
            },
        )
    finally:
        home.stop()
        engine.stop()


def test_the_households_journey(
    household: tuple[HouseholdHomeAssistant, EngineProcess, dict[str, Any]],
) -> None:
    home, engine, extra = household
    SHOTS.mkdir(exist_ok=True)
    done = subprocess.run(
        [
            "node",
            str(SCRIPT),
            home.base,
            json.dumps(home.browser_tokens()),
            json.dumps(extra["korean"]),
            str(SHOTS),
            extra["scene"],
            json.dumps(extra["photos"]),
            extra["enrolPhoto"],
            PIN,
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=SCRIPT.parent,
    )
    assert done.returncode == 0, (
        f"{done.stderr}\n--- engine ---\n{engine.log()}\n--- Home Assistant ---\n{home.log()}"
    )
    seen: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    print(json.dumps({k: seen[k] for k in ("fps", "notMe", "window")}, ensure_ascii=False))
    assert seen["errors"] == []

    # 1. a fresh mirror: the first-run card, the People sheet, two people enrolled
    assert seen["firstRun"] == "Nobody is enrolled yet"
    assert seen["photoNote"] == "1 face added from the photo."
    assert seen["pinNote"] == "PIN saved."
    assert PIN not in seen["sheetText"]  # never shown
    assert seen["calendarNote"] == "Saved."
    assert seen["live"] == "Alex Lacamoire's face is enrolled."
    assert seen["summaries"] == {
        "Barack Obama": "1 face · PIN set · Home Assistant: Barack Obama · 1 calendar",
        "Alex Lacamoire": seen["summaries"]["Alex Lacamoire"],
    }
    alex = seen["summaries"]["Alex Lacamoire"]
    assert alex.endswith("No PIN · not linked to Home Assistant · 0 calendars")
    persons = {p["name"]: p for p in engine.json("/api/persons")}
    assert persons["Barack Obama"]["has_pin"] is True
    assert str(persons["Barack Obama"]["ha_person"]).startswith("person.")
    assert persons["Alex Lacamoire"]["embeddings"] >= 1
    entry = next(
        e for e in home.request("/api/config/config_entries/entry") if e["domain"] == "smart_mirror"
    )
    assert entry["state"] == "loaded"

    # 2. the kiosk on a portrait screen: no sidebar, 25 fps, Barack with his day
    for kiosk in (seen["portrait"], seen["landscape"]):
        assert kiosk["sidebar"]["hidden"], kiosk["sidebar"]
        assert kiosk["dock"] == '"always_hidden"'
        assert kiosk["greeting"] == "Hello, Barack Obama"
        assert "Rehearsal" in kiosk["personal"]
    assert seen["portrait"]["viewport"] == [1080, 1920]
    assert seen["fps"] >= 25, seen["fps"]

    # 3. the wrong person greeted, "Not me", not again for 30 s, then the PIN pad
    not_me = seen["notMe"]
    assert not_me["greeted"] == "Hello, Barack Obama"  # the stranger, taken for him
    assert not_me["goneAtOnce"] is True  # before the engine said anything
    assert not_me["ended"] != "active"
    window = seen["window"]
    assert window["seconds"] >= 30
    assert window["recognised"] == []  # no smart_mirror_person_recognized for him
    assert "active" not in window["states"]
    assert window["greetings"] == 0
    assert seen["notMeCount"].startswith("“Not me”:")  # the admin view counts the negative
    assert not seen["notMeCount"].startswith("“Not me”: 0")
    assert seen["pinPad"] == "Barack Obama? Enter your PIN"
    assert seen["loggedIn"] == "Hello, Barack Obama"

    # 4. Korean
    korean = seen["korean"]
    assert korean["voiceTitle"] == "Home Assistant에게 말하기 (Assist)"
    assert korean["settingsTitle"] == "설정"
    assert "년" in korean["date"]
    assert korean["people"] is False  # not an admin: no People sheet

    for shot in (
        "journey-1-first-run.png",
        "journey-2-people.png",
        "journey-3-live-enrolment.png",
        "journey-4-kiosk-portrait.png",
        "journey-5-kiosk-landscape.png",
        "journey-6-wrong-person.png",
        "journey-7-not-me.png",
        "journey-8-pin-pad.png",
        "journey-9-logged-in.png",
        "journey-10-korean.png",
    ):
        assert (SHOTS / shot).stat().st_size > 10_000, shot
