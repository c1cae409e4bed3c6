"""The test plugin on the current Home Assistant (pytest -p tests.ha_current).

pytest-homeassistant-custom-component's newest release (0.13.375) is built for
Home Assistant 2026.10.4. On 2026.11 two things differ, both mended here
before the plugin module is imported (it is loaded by name after this one,
with its entry point blocked: ``-p tests.ha_current -p no:homeassistant -p
pytest_homeassistant_custom_component.plugins``):
- Home Assistant must be imported before httpx (respx imports it): its package
  aliases httpx to httpx2, which only works before the first ``import httpx``;
- its ``common`` imports ``_clear_logger_overwrites`` from the logger
  integration's package, which 2026.11 moved to ``logger.helpers``."""

from __future__ import annotations

import homeassistant  # noqa: F401  (first: httpx -> httpx2)
from homeassistant.components import logger

if not hasattr(logger, "_clear_logger_overwrites"):
    from homeassistant.components.logger import helpers

    logger._clear_logger_overwrites = helpers._clear_logger_overwrites  # type: ignore[attr-defined]
