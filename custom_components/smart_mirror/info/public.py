"""Public information: date and time, weather, air quality.

Weather and air quality come from Home Assistant entities (any weather or
air-quality integration the household already has) or, with an API key,
straight from OpenWeatherMap through ``pyowm``."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.util import dt as dt_util

# pyowm's connection settings; tests point it at a local OpenWeatherMap through
# an HTTP proxy (the only way pyowm lets its fixed host be reached elsewhere).
OWM_CONNECTION: dict[str, Any] = {}
OWM_PROXIES: dict[str, str] = {}


def clock(hass: HomeAssistant) -> dict[str, Any]:
    now = dt_util.now()  # Home Assistant's time zone
    return {
        "iso": now.isoformat(),
        "date": now.date().isoformat(),
        "time": now.strftime("%H:%M"),
        "weekday": now.strftime("%A"),
        "time_zone": str(hass.config.time_zone),
    }


async def ha_weather(hass: HomeAssistant, entity_id: str) -> dict[str, Any]:
    state = hass.states.get(entity_id)
    if state is None:
        raise HomeAssistantError(f"{entity_id} does not exist")
    if state.state in ("unavailable", "unknown"):
        raise HomeAssistantError(f"{entity_id} is {state.state}")
    forecast: list[dict[str, Any]] = []
    for kind in ("daily", "twice_daily", "hourly"):  # what the entity supports
        try:
            response = await hass.services.async_call(
                "weather",
                "get_forecasts",
                {"entity_id": entity_id, "type": kind},
                blocking=True,
                return_response=True,
            )
        except HomeAssistantError:
            continue
        found = (response or {}).get(entity_id)
        listed = found.get("forecast") if isinstance(found, dict) else None
        forecast = (
            [f for f in listed if isinstance(f, dict)][:4] if isinstance(listed, list) else []
        )
        break
    attributes = state.attributes
    return {
        "source": entity_id,
        "condition": state.state,
        "temperature": attributes.get("temperature"),
        "temperature_unit": attributes.get("temperature_unit"),
        "humidity": attributes.get("humidity"),
        "wind_speed": attributes.get("wind_speed"),
        "forecast": forecast,
    }


def ha_air_quality(hass: HomeAssistant, entity_ids: list[str]) -> dict[str, Any]:
    readings = []
    for entity_id in entity_ids:
        state = hass.states.get(entity_id)
        if state is None or state.state in ("unavailable", "unknown"):
            continue
        readings.append(
            {
                "entity_id": entity_id,
                "name": state.name,
                "value": state.state,
                "unit": state.attributes.get("unit_of_measurement"),
                "device_class": state.attributes.get("device_class"),
            }
        )
    if not readings:
        raise HomeAssistantError("no air-quality entity has a value")
    return {"source": "home_assistant", "readings": readings}


def _owm(api_key: str) -> Any:
    from pyowm import OWM
    from pyowm.utils.config import get_default_config

    config = get_default_config()
    config["connection"].update(OWM_CONNECTION)
    if OWM_PROXIES:
        config["connection"]["use_proxy"] = True
        config["proxies"] = dict(OWM_PROXIES)
    return OWM(api_key, config)


def owm_weather(api_key: str, latitude: float, longitude: float) -> dict[str, Any]:
    """Current weather and the next 12 h from OpenWeatherMap (blocking: run in
    an executor)."""
    manager = _owm(api_key).weather_manager()
    weather = manager.weather_at_coords(latitude, longitude).weather
    forecast = manager.forecast_at_coords(latitude, longitude, "3h", limit=4).forecast
    return {
        "source": "openweathermap",
        "condition": weather.detailed_status,
        "status": weather.status,
        "temperature": weather.temperature("celsius")["temp"],
        "temperature_unit": "°C",
        "humidity": weather.humidity,
        "wind_speed": weather.wind()["speed"],
        "icon": weather.weather_icon_name,
        "forecast": [
            {
                "datetime": dt_util.utc_from_timestamp(step.reference_time()).isoformat(),
                "condition": step.detailed_status,
                "temperature": step.temperature("celsius")["temp"],
            }
            for step in forecast
        ],
    }


def owm_air_quality(api_key: str, latitude: float, longitude: float) -> dict[str, Any]:
    """Air quality (index 1-5 and components) from OpenWeatherMap (blocking).

    Read through pyowm's own client but parsed here: pyowm 3.5's AirStatus
    swaps latitude and longitude and so returns nothing east of 90° (Korea)."""
    manager = _owm(api_key).airpollution_manager()
    found = manager.new_ap_client.get_air_pollution({"lat": latitude, "lon": longitude})
    latest = max(found["list"], key=lambda item: item["dt"])
    return {
        "source": "openweathermap",
        "aqi": int(latest["main"]["aqi"]),
        "components": dict(latest["components"]),
        "measured": dt_util.utc_from_timestamp(latest["dt"]).isoformat(),
    }
