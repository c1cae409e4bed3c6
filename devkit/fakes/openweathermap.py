"""OpenWeatherMap on 127.0.0.1, reached by pyowm as an HTTP proxy (pyowm's host
is fixed): current weather, the 3-hour forecast and air pollution, in the JSON
the real endpoints return (api.openweathermap.org/data/2.5/...)."""

from __future__ import annotations

import time

from aiohttp import web

from devkit.fakes.server import LocalServer

API_KEY = "owm-test-key"
KELVIN = 282.55  # 9.4 °C


class FakeOpenWeatherMap(LocalServer):
    def __init__(self) -> None:
        super().__init__()
        self.app.router.add_get("/data/2.5/weather", self.weather)
        self.app.router.add_get("/data/2.5/forecast", self.forecast)
        self.app.router.add_get("/data/2.5/air_pollution", self.air_pollution)

    @staticmethod
    def _refuse(request: web.Request) -> web.Response | None:
        key = request.query.get("APPID") or request.query.get("appid")
        if key != API_KEY:
            return web.json_response(
                {
                    "cod": 401,
                    "message": (
                        "Invalid API key. Please see"
                        " https://openweathermap.org/faq#error401 for more info."
                    ),
                },
                status=401,
            )
        return None

    @staticmethod
    def _coord(request: web.Request) -> dict[str, float]:
        return {"lon": float(request.query["lon"]), "lat": float(request.query["lat"])}

    async def weather(self, request: web.Request) -> web.Response:
        if (refused := self._refuse(request)) is not None:  # a Response is falsy (a mapping)
            return refused
        now = int(time.time())
        return web.json_response(
            {
                "coord": self._coord(request),
                "weather": [
                    {"id": 500, "main": "Rain", "description": "light rain", "icon": "10d"}
                ],
                "base": "stations",
                "main": {
                    "temp": KELVIN,
                    "feels_like": 281.86,
                    "temp_min": 280.37,
                    "temp_max": 284.26,
                    "pressure": 1023,
                    "humidity": 81,
                },
                "visibility": 10000,
                "wind": {"speed": 4.1, "deg": 350},
                "rain": {"1h": 0.3},
                "clouds": {"all": 75},
                "dt": now,
                "sys": {
                    "type": 1,
                    "id": 8105,
                    "country": "KR",
                    "sunrise": now - 20000,
                    "sunset": now + 10000,
                },
                "timezone": 32400,
                "id": 1835848,
                "name": "Seoul",
                "cod": 200,
            }
        )

    async def forecast(self, request: web.Request) -> web.Response:
        if (refused := self._refuse(request)) is not None:  # a Response is falsy (a mapping)
            return refused
        now = int(time.time()) // 10800 * 10800
        count = int(request.query.get("cnt", 4))
        steps = [
            {
                "dt": now + 10800 * (i + 1),
                "main": {
                    "temp": KELVIN + i,
                    "feels_like": KELVIN - 1,
                    "temp_min": KELVIN - 1,
                    "temp_max": KELVIN + 1,
                    "pressure": 1022,
                    "sea_level": 1022,
                    "grnd_level": 1010,
                    "humidity": 80,
                    "temp_kf": 0,
                },
                "weather": [
                    {"id": 803, "main": "Clouds", "description": "broken clouds", "icon": "04d"}
                ],
                "clouds": {"all": 70},
                "wind": {"speed": 3.2, "deg": 300, "gust": 5.0},
                "visibility": 10000,
                "pop": 0.2,
                "sys": {"pod": "d"},
                "dt_txt": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(now + 10800 * (i + 1))),
            }
            for i in range(count)
        ]
        return web.json_response(
            {
                "cod": "200",
                "message": 0,
                "cnt": count,
                "list": steps,
                "city": {
                    "id": 1835848,
                    "name": "Seoul",
                    "coord": self._coord(request),
                    "country": "KR",
                    "population": 10349312,
                    "timezone": 32400,
                    "sunrise": now - 20000,
                    "sunset": now + 10000,
                },
            }
        )

    async def air_pollution(self, request: web.Request) -> web.Response:
        if (refused := self._refuse(request)) is not None:  # a Response is falsy (a mapping)
            return refused
        return web.json_response(
            {
                "coord": self._coord(request),
                "list": [
                    {
                        "main": {"aqi": 2},
                        "components": {
                            "co": 201.94,
                            "no": 0.02,
                            "no2": 0.77,
                            "o3": 68.66,
                            "so2": 0.64,
                            "pm2_5": 12.5,
                            "pm10": 20.54,
                            "nh3": 0.12,
                        },
                        "dt": int(time.time()),
                    }
                ],
            }
        )
