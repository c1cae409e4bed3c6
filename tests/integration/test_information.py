"""Public and personal information against local stand-ins of OpenWeatherMap
and Google (real wire formats; pyowm and google-api-python-client unchanged),
with the real engine on the shared clip (Lin-Manuel Miranda's sessions)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from homeassistant.components.application_credentials import (
    ClientCredential,
    async_import_client_credential,
)
from homeassistant.components.calendar import CalendarEntity, CalendarEvent
from homeassistant.config_entries import SOURCE_REAUTH, SOURCE_USER, ConfigEntryState
from homeassistant.core import Event, EventStateChangedData, HomeAssistant, State, callback
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import config_entry_oauth2_flow
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockModule,
    MockPlatform,
    mock_integration,
    mock_platform,
)
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)

from custom_components.smart_mirror.api import EngineError
from custom_components.smart_mirror.const import DOMAIN
from custom_components.smart_mirror.info import google, public
from devkit.fakes.google import CLIENT_ID, CLIENT_SECRET, Account, FakeGoogle
from devkit.fakes.openweathermap import API_KEY, FakeOpenWeatherMap
from devkit.ha_testing import until
from devkit.harness import EngineProcess
from tests.integration.conftest import set_up_mirror

AUTH = "google_credentials"  # the application credential's implementation id
NEXT_EVENT = "sensor.smart_mirror_next_event"
UNREAD = "sensor.smart_mirror_unread_mail"
SESSION = "sensor.smart_mirror_session"


def state(hass: HomeAssistant, entity_id: str) -> State:
    found = hass.states.get(entity_id)
    assert found is not None, f"{entity_id} does not exist"
    return found


def entry_state(entry: MockConfigEntry) -> ConfigEntryState:
    current: ConfigEntryState = entry.state  # read afresh, not narrowed by an earlier assert
    return current


@pytest.fixture
async def owm(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeOpenWeatherMap]:
    async with FakeOpenWeatherMap() as server:
        monkeypatch.setattr(public, "OWM_CONNECTION", {"use_ssl": False})
        monkeypatch.setattr(public, "OWM_PROXIES", {"http": server.url})
        yield server


@pytest.fixture
async def google_server(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeGoogle]:
    async with FakeGoogle() as server:
        monkeypatch.setattr(google, "API_ROOT", server.url + "/")
        monkeypatch.setattr(google, "OAUTH2_TOKEN", server.url + "/token")
        monkeypatch.setattr(google, "OAUTH2_AUTHORIZE", server.url + "/auth")
        yield server


@pytest.fixture
async def household(
    hass: HomeAssistant, engine: EngineProcess, google_server: FakeGoogle
) -> AsyncIterator[dict[str, Any]]:
    """Lin (enrolled, person.lin, a Google account) and Anna (person.anna, her
    own Google account, not in front of the mirror)."""
    hass.config.latitude, hass.config.longitude = 37.5665, 126.978  # Seoul: east of 90°
    assert await async_setup_component(
        hass,
        "person",
        {"person": [{"id": "lin", "name": "Lin"}, {"id": "anna", "name": "Anna"}]},
    )
    assert await async_setup_component(hass, "application_credentials", {})
    await async_import_client_credential(
        hass, DOMAIN, ClientCredential(CLIENT_ID, CLIENT_SECRET), AUTH
    )
    lin = google_server.add(
        "lin@example.com", ["Rehearsal", "Dinner"], ["Hamilton tickets", "Re: lyrics", "News"]
    )
    anna = google_server.add("anna@example.com", ["Anna's appointment"], ["For Anna only"])
    accounts = {}
    for account, person in ((lin, "person.lin"), (anna, "person.anna")):
        entry = MockConfigEntry(
            domain=DOMAIN,
            unique_id=f"google:{account.email}",
            title=f"Google: {account.email}",
            data={
                "auth_implementation": AUTH,
                "token": account.token(),
                "email": account.email,
                "ha_person": person,
            },
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        accounts[person] = entry
    enrolled = await asyncio.to_thread(engine.json, "/api/persons")
    lin_id = next(p["id"] for p in enrolled if p["name"] == "Lin-Manuel Miranda")
    await asyncio.to_thread(
        engine.json, f"/api/persons/{lin_id}", method="PATCH", body={"ha_person": "person.lin"}
    )
    yield {"lin": lin, "anna": anna, "accounts": accounts, "lin_id": lin_id}
    await asyncio.to_thread(
        engine.json, f"/api/persons/{lin_id}", method="PATCH", body={"ha_person": ""}
    )


async def test_public_information_from_openweathermap(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    engine: EngineProcess,
    owm: FakeOpenWeatherMap,
) -> None:
    hass.config.latitude, hass.config.longitude = 37.5665, 126.978
    entry = await set_up_mirror(hass, engine, {"owm_api_key": API_KEY})
    client = await hass_ws_client(hass)

    async def public_info() -> dict[str, Any]:
        await client.send_json_auto_id(
            {"type": "smart_mirror/info/public", "entry_id": entry.entry_id}
        )
        answer = await client.receive_json()
        assert answer["success"], answer
        result: dict[str, Any] = answer["result"]
        return result

    for _ in range(100):
        info = await public_info()
        if all(info[k]["value"] for k in ("clock", "weather", "air_quality")):
            break
        await asyncio.sleep(0.1)
    assert info["weather"]["value"]["temperature"] == pytest.approx(9.4)
    assert info["weather"]["value"]["condition"] == "light rain"
    assert len(info["weather"]["value"]["forecast"]) == 4
    assert info["air_quality"]["value"]["aqi"] == 2
    assert info["air_quality"]["value"]["components"]["pm2_5"] == 12.5
    assert info["clock"]["value"]["time_zone"] == str(hass.config.time_zone)
    assert info["weather"]["error"] is None
    # a rejected key is the provider's error, its last good value stays
    weather = entry.runtime_data.info.public["weather"]
    entry.runtime_data.info.public["weather"]._fetch = lambda: asyncio.to_thread(
        public.owm_weather, "wrong-key", 37.5665, 126.978
    )
    reading = await weather.refresh()
    assert reading.error is not None
    assert "Invalid API Key" in reading.error
    assert reading.value["temperature"] == pytest.approx(9.4)
    await client.send_json_auto_id({"type": "smart_mirror/info/public", "entry_id": "nope"})
    assert (await client.receive_json())["error"]["code"] == "not_found"
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_weather_and_air_from_home_assistant_entities(
    hass: HomeAssistant, engine: EngineProcess
) -> None:
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "weather", {"weather": {"platform": "demo"}})
    await hass.async_block_till_done()
    weather = next(s.entity_id for s in hass.states.async_all("weather"))
    hass.states.async_set(
        "sensor.living_room_pm25",
        "14",
        {"unit_of_measurement": "µg/m³", "device_class": "pm25", "friendly_name": "PM2.5"},
    )
    entry = await set_up_mirror(
        hass,
        engine,
        {"weather_entity": weather, "air_quality_entities": ["sensor.living_room_pm25"]},
    )
    info = entry.runtime_data.info
    await until(lambda: info.public["weather"].reading.value, 10)
    value = info.public["weather"].reading.value
    assert value["source"] == weather
    assert value["condition"] == state(hass, weather).state
    assert value["forecast"]  # from weather.get_forecasts
    air = await until(lambda: info.public["air_quality"].reading.value, 10)
    assert air["readings"][0]["value"] == "14"
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_a_stalled_provider_delays_no_other(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    engine: EngineProcess,
    owm: FakeOpenWeatherMap,
    google_server: FakeGoogle,
    household: dict[str, Any],
) -> None:
    """The paper's Fig. 14 at the information layer: weather stalls 1.8 s, and
    then Gmail does; everything else arrives meanwhile."""
    owm.delays["/data/2.5/weather"] = 1.8
    google_server.delays["/gmail/v1/users/me/labels"] = 1.8
    hass.states.async_set("sensor.pm25", "9", {"unit_of_measurement": "µg/m³"})
    entry = await set_up_mirror(
        hass, engine, {"owm_api_key": API_KEY, "air_quality_entities": ["sensor.pm25"]}
    )
    info = entry.runtime_data.info
    arrived: list[str] = []
    info.public["clock"].listen(lambda s: arrived.append("clock"))
    info.public["air_quality"].listen(lambda s: arrived.append("air_quality"))
    info.public["weather"].listen(lambda s: arrived.append("weather"))
    await until(lambda: "weather" in arrived, 10)
    # first values came in before the stalled weather did (they were already there)
    assert info.public["air_quality"].reading.value is not None
    assert info.public["clock"].reading.value is not None
    assert info.public["weather"].reading.delivered_s is not None
    assert info.public["weather"].reading.delivered_s >= 1.8
    weather = info.public["weather"].reading.delivered_s
    assert info.public["air_quality"].reading.delivered_s < weather  # not behind the stall

    coordinator = entry.runtime_data.coordinator
    await until(lambda: coordinator.data.session_id, 60)
    personal = info.personal
    arrival: list[str] = []  # the readings in the order they came (dict order, polled)

    def both_arrived() -> bool:
        arrival.extend(name for name in personal.readings if name not in arrival)
        return {"calendar", "mail"} <= set(arrival)

    await until(both_arrived, 30)
    calendar, mail = personal.readings["calendar"], personal.readings["mail"]
    assert calendar.value[0]["summary"] == "Rehearsal"
    # the calendar did not wait for the stalled Gmail (however busy the machine)
    assert arrival.index("calendar") < arrival.index("mail")
    assert mail.delivered_s >= 1.8
    assert calendar.delivered_s < mail.delivered_s
    assert await hass.config_entries.async_unload(entry.entry_id)


class HouseholdCalendar(CalendarEntity):
    """A calendar of any Home Assistant calendar integration (here a test platform)."""

    def __init__(self, entity_id: str, summary: str) -> None:
        self.entity_id = entity_id
        self._attr_name = summary
        start = dt_util.now().replace(minute=0, second=0, microsecond=0) + timedelta(minutes=90)
        self._event = CalendarEvent(start, start + timedelta(hours=1), summary)

    @property
    def event(self) -> CalendarEvent:
        return self._event

    async def async_get_events(
        self, hass: HomeAssistant, start_date: datetime, end_date: datetime
    ) -> list[CalendarEvent]:
        return [self._event] if start_date <= self._event.start <= end_date else []


async def household_calendars(hass: HomeAssistant) -> None:
    async def setup_platform(
        hass: HomeAssistant, config: Any, add: Any, discovery_info: Any = None
    ) -> None:
        add(
            [
                HouseholdCalendar("calendar.lin", "Dentist"),
                HouseholdCalendar("calendar.anna", "Anna's yoga"),
            ]
        )

    mock_integration(hass, MockModule("household"))
    mock_platform(hass, "household.calendar", MockPlatform(async_setup_platform=setup_platform))
    assert await async_setup_component(hass, "calendar", {"calendar": {"platform": "household"}})
    await hass.async_block_till_done()


# The calendar component schedules the household calendars' next state change.
@pytest.mark.parametrize("expected_lingering_timers", [True])
async def test_personal_information_only_in_its_owners_session(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    engine: EngineProcess,
    household: dict[str, Any],
) -> None:
    await household_calendars(hass)
    calendars = {str(household["lin_id"]): ["calendar.lin"]}  # Anna's is nobody's here
    entry = await set_up_mirror(hass, engine, {"calendars": calendars})
    coordinator = entry.runtime_data.coordinator
    client = await hass_ws_client(hass)
    anonymous = await hass_ws_client(hass)  # a panel that names no session
    await anonymous.send_json_auto_id(
        {"type": "smart_mirror/info/subscribe", "entry_id": entry.entry_id}
    )
    assert (await anonymous.receive_json())["success"]
    first = await anonymous.receive_json()
    assert set(first["event"]["public"]) == {"clock"}  # no weather or air sources chosen

    def lin_shown() -> bool:
        state = hass.states.get(NEXT_EVENT)
        return bool(state and state.state == "Rehearsal")

    await until(lin_shown, 60)
    session_id = coordinator.data.session_id
    assert session_id is not None
    unread = await until(lambda: (s := hass.states.get(UNREAD)) and s.state == "3" and s, 20)
    assert unread.attributes["latest"] == ["Hamilton tickets", "Re: lyrics", "News"]
    assert state(hass, NEXT_EVENT).attributes["location"] == "Seoul"

    await client.send_json_auto_id(
        {"type": "smart_mirror/info/personal", "entry_id": entry.entry_id, "session_id": session_id}
    )
    answer = await client.receive_json()
    assert answer["success"]
    summaries = [e["summary"] for e in answer["result"]["calendar"]["value"]]
    assert summaries == ["Rehearsal", "Dentist", "Dinner"]  # Lin's Google + his calendar
    for anna in ("Anna's appointment", "For Anna only", "Anna's yoga"):
        assert anna not in str(answer)

    # a panel subscribed with his session gets his data; one without it never does
    watcher = await hass_ws_client(hass)
    await watcher.send_json_auto_id(
        {
            "type": "smart_mirror/info/subscribe",
            "entry_id": entry.entry_id,
            "session_id": session_id,
        }
    )
    assert (await watcher.receive_json())["success"]
    messages = [await watcher.receive_json(), await watcher.receive_json()]
    personal = next(m["event"]["personal"] for m in messages if "personal" in m["event"])
    assert personal["mail"]["value"]["unread"] == 3

    for other in ("not-this-session", ""):
        await client.send_json_auto_id(
            {"type": "smart_mirror/info/personal", "entry_id": entry.entry_id, "session_id": other}
        )
        assert (await client.receive_json())["error"]["code"] == "not_owner"

    # the moment the session stops being Lin's, his data is gone from the entities
    seen_when_ended: list[str] = []

    @callback
    def on_session(event: Event[EventStateChangedData]) -> None:
        new = event.data["new_state"]
        if new is not None and new.state != "active" and not seen_when_ended:
            seen_when_ended.append(state(hass, NEXT_EVENT).state)
            seen_when_ended.append(state(hass, UNREAD).state)

    unsubscribe = async_track_state_change_event(hass, SESSION, on_session)
    try:
        await entry.runtime_data.client.logout()  # he stays in view: a guest now
    except EngineError as err:  # he turned away first (a busy machine): ended all the same
        if err.code != "no_session":
            raise
    await until(lambda: seen_when_ended, 10)
    unsubscribe()
    assert seen_when_ended == ["unknown", "unknown"]
    while "personal" not in (update := await watcher.receive_json())["event"]:
        pass
    assert update["event"]["personal"] == {}  # the subscribed panel was told: nothing
    # the subscriber that named no session got public information only
    await anonymous.send_json_auto_id({"type": "ping"})
    while (message := await anonymous.receive_json())["type"] != "pong":
        assert "personal" not in message["event"]
        assert "Rehearsal" not in str(message)
    assert coordinator.info.personal.for_session(session_id) is None
    await client.send_json_auto_id(
        {"type": "smart_mirror/info/personal", "entry_id": entry.entry_id, "session_id": session_id}
    )
    assert (await client.receive_json())["error"]["code"] == "not_owner"
    guest = coordinator.data.session.id
    if guest:  # the guest's own session sees nothing personal either
        assert coordinator.info.personal.for_session(guest) is None
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_a_revoked_google_token_reauthenticates_that_person_only(
    hass: HomeAssistant,
    engine: EngineProcess,
    household: dict[str, Any],
) -> None:
    lin: Account = household["lin"]
    lin.revoked = True  # Lin removed the mirror's access in his Google account
    entry = await set_up_mirror(hass, engine, {})
    lin_entry = household["accounts"]["person.lin"]

    def reauths() -> list[str]:
        return [
            flow["context"]["entry_id"]
            for flow in hass.config_entries.flow.async_progress_by_handler(DOMAIN)
            if flow["context"]["source"] == SOURCE_REAUTH
        ]

    await until(lambda: reauths(), 60)  # at his next session's first fetch
    assert reauths() == [lin_entry.entry_id]
    assert entry.state is ConfigEntryState.LOADED  # the mirror itself is fine
    personal = entry.runtime_data.info.personal
    calendar = await until(lambda: personal.readings.get("calendar"), 10)
    assert "refused" in str(calendar.error)
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_linking_a_google_account_and_signing_in_again(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    current_request_with_host: None,
    google_server: FakeGoogle,
) -> None:
    assert await async_setup_component(hass, "application_credentials", {})
    await async_import_client_credential(
        hass, DOMAIN, ClientCredential(CLIENT_ID, CLIENT_SECRET), AUTH
    )
    account = google_server.add("lin@example.com", ["Rehearsal"], [])
    # Home Assistant lets integrations add views after it started; the test
    # client's server does not: set the integration up first.
    assert await async_setup_component(hass, DOMAIN, {})
    client = await hass_client_no_auth()

    async def sign_in(flow_id: str, result: Any) -> Any:
        assert result["type"] is FlowResultType.EXTERNAL_STEP
        assert result["url"].startswith(google.OAUTH2_AUTHORIZE)
        assert "access_type=offline" in result["url"]
        state = config_entry_oauth2_flow._encode_jwt(  # what Google echoes back
            hass, {"flow_id": flow_id, "redirect_uri": "https://example.com/auth/external/callback"}
        )
        code = google_server.authorization_code(account)
        resp = await client.get(f"/auth/external/callback?code={code}&state={state}")
        assert resp.status == 200
        return await hass.config_entries.flow.async_configure(flow_id)

    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    flow_id = result["flow_id"]
    result = await hass.config_entries.flow.async_configure(flow_id, {"next_step_id": "google"})
    result = await sign_in(flow_id, result)
    assert result["step_id"] == "google_person"
    assert result["description_placeholders"] == {"email": "lin@example.com"}
    result = await hass.config_entries.flow.async_configure(flow_id, {"ha_person": "person.lin"})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    entry = result["result"]
    assert entry.unique_id == "google:lin@example.com"
    assert entry.data["ha_person"] == "person.lin"
    assert entry.data["token"]["refresh_token"] == account.refresh_token
    await hass.async_block_till_done()
    assert entry_state(entry) is ConfigEntryState.LOADED

    # an expired access token is refreshed with the refresh token
    old_access = entry.data["token"]["access_token"]
    hass.config_entries.async_update_entry(
        entry, data={**entry.data, "token": {**entry.data["token"], "expires_at": 0}}
    )
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry_state(entry) is ConfigEntryState.LOADED
    assert entry.data["token"]["access_token"] == account.access_token != old_access

    # Google refuses the tokens: setup asks for this account again
    account.revoked = True
    hass.config_entries.async_update_entry(
        entry, data={**entry.data, "token": {**entry.data["token"], "expires_at": 0}}
    )
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry_state(entry) is ConfigEntryState.SETUP_ERROR
    flows = [
        f
        for f in hass.config_entries.flow.async_progress_by_handler(DOMAIN)
        if f["context"]["source"] == SOURCE_REAUTH
    ]
    assert [f["context"]["entry_id"] for f in flows] == [entry.entry_id]
    account.revoked = False  # he allows the mirror again
    result = await hass.config_entries.flow.async_configure(flows[0]["flow_id"], {})
    result = await sign_in(flows[0]["flow_id"], result)
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reauth_successful"
    await hass.async_block_till_done()
    assert entry_state(entry) is ConfigEntryState.LOADED
