"""The README's two kiosk pictures from the journey's screenshots
(``test_household_journey.py`` writes them to tests/panel/screenshots/):
halved and reduced to a palette, so that each stays well under 300 KB.

    python -m tests.panel.docs_screenshots
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from devkit.harness import ROOT

SHOTS = Path(__file__).parent / "screenshots"
DOCS = ROOT / "docs"
PICTURES = {
    "journey-5-kiosk-landscape.png": "kiosk-landscape.png",
    "journey-4-kiosk-portrait.png": "kiosk-portrait.png",
}
LIMIT = 300_000


def convert(source: Path, target: Path, colours: int = 256) -> int:
    """``source`` at half its size with ``colours`` colours as ``target``; its bytes."""
    with Image.open(source) as shot:
        half = (shot.width // 2, shot.height // 2)
        small = shot.convert("RGB").resize(half, Image.Resampling.LANCZOS)
    small.quantize(colours, dither=Image.Dither.FLOYDSTEINBERG).save(target, optimize=True)
    return target.stat().st_size


def main() -> None:
    for shot, picture in PICTURES.items():
        colours, size = 256, 0
        while colours >= 32:
            size = convert(SHOTS / shot, DOCS / picture, colours)
            if size < LIMIT:
                break
            colours //= 2
        print(f"docs/{picture}: {size // 1000} KB, {colours} colours")
        assert size < LIMIT, picture


if __name__ == "__main__":
    main()
