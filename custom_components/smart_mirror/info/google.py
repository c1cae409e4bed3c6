"""A person's Google account: upcoming Calendar events and unread Gmail, through
``google-api-python-client`` with its bundled discovery documents and the
OAuth2 token Home Assistant keeps (application credentials) for that account.

A refused token (HTTP 401, or a refresh Google no longer accepts) starts the
reauthentication of that account's entry only."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import config_entry_oauth2_flow

SCOPES = (
    "https://www.googleapis.com/auth/calendar.readonly",
    "https://www.googleapis.com/auth/gmail.readonly",
)
OAUTH2_AUTHORIZE = "https://accounts.google.com/o/oauth2/v2/auth"
OAUTH2_TOKEN = "https://oauth2.googleapis.com/token"
# None: Google's own hosts (from the discovery documents); tests set a local root.
API_ROOT: str | None = None
LATEST_SUBJECTS = 3


class GoogleAuthFailed(HomeAssistantError):
    """Google refused this account's token."""


def _service(name: str, version: str, token: str) -> Any:
    from google.oauth2.credentials import Credentials
    from googleapiclient.discovery import build

    options = None
    if API_ROOT is not None:
        path = {"calendar": "calendar/v3/", "gmail": ""}[name]
        options = {"api_endpoint": urljoin(API_ROOT, path)}
    return build(
        name,
        version,
        credentials=Credentials(token),  # type: ignore[no-untyped-call]
        static_discovery=True,  # the documents shipped with the package: nothing fetched
        cache_discovery=False,
        client_options=options,
    )


def _call(request: Any) -> Any:
    from google.auth.exceptions import RefreshError
    from googleapiclient.errors import HttpError

    try:
        return request.execute(num_retries=0)
    except RefreshError as err:  # a 401 made the client try to refresh a bare token
        raise GoogleAuthFailed(f"Google refused the token: {err}") from err
    except HttpError as err:
        if err.resp.status in (401, 403) and "insufficient" not in str(err).lower():
            raise GoogleAuthFailed(f"Google refused the token ({err.resp.status})") from err
        raise HomeAssistantError(f"Google answered {err.resp.status}") from err


def profile(token: str) -> str:
    """The account's e-mail address (blocking)."""
    gmail = _service("gmail", "v1", token)
    return str(_call(gmail.users().getProfile(userId="me"))["emailAddress"])


def calendar_events(token: str, since: datetime, count: int = 10) -> list[dict[str, Any]]:
    """Upcoming events of the primary calendar (blocking)."""
    calendar = _service("calendar", "v3", token)
    found = _call(
        calendar.events().list(
            calendarId="primary",
            timeMin=since.isoformat(),
            maxResults=count,
            singleEvents=True,
            orderBy="startTime",
        )
    )
    return [
        {
            "summary": item.get("summary", ""),
            "start": item["start"].get("dateTime") or item["start"].get("date"),
            "end": item["end"].get("dateTime") or item["end"].get("date"),
            "location": item.get("location"),
            "source": "google",
        }
        for item in found.get("items", [])
    ]


def unread_mail(token: str) -> dict[str, Any]:
    """Unread count of the inbox and the latest unread subjects (blocking)."""
    gmail = _service("gmail", "v1", token)
    inbox = _call(gmail.users().labels().get(userId="me", id="INBOX"))
    listed = _call(
        gmail.users()
        .messages()
        .list(userId="me", q="is:unread in:inbox", maxResults=LATEST_SUBJECTS)
    )
    latest = []
    for message in listed.get("messages", []):
        full = _call(
            gmail.users()
            .messages()
            .get(
                userId="me",
                id=message["id"],
                format="metadata",
                metadataHeaders=["Subject", "From"],
            )
        )
        headers = {h["name"]: h["value"] for h in full.get("payload", {}).get("headers", [])}
        latest.append({"subject": headers.get("Subject", ""), "from": headers.get("From", "")})
    return {"unread": int(inbox.get("messagesUnread", 0)), "latest": latest}


class GoogleAccount:
    """One linked account (a config entry of its own) and its fresh tokens."""

    def __init__(self, hass: HomeAssistant, entry: ConfigEntry) -> None:
        self.hass = hass
        self.entry = entry
        self._session: config_entry_oauth2_flow.OAuth2Session | None = None

    @property
    def ha_person(self) -> str:
        return str(self.entry.data["ha_person"])

    async def token(self) -> str:
        if self._session is None:
            implementation = await config_entry_oauth2_flow.async_get_config_entry_implementation(
                self.hass, self.entry
            )
            self._session = config_entry_oauth2_flow.OAuth2Session(
                self.hass, self.entry, implementation
            )
        try:
            await self._session.async_ensure_token_valid()
        except Exception as err:  # the refresh was refused (revoked) or failed
            if getattr(err, "status", None) in (400, 401):
                raise GoogleAuthFailed(f"Google refused the refresh: {err}") from err
            raise
        return str(self._session.token["access_token"])

    def _reauth(self) -> None:
        self.entry.async_start_reauth(self.hass)

    async def run(self, fetch: Any, *args: Any) -> Any:
        """Run a blocking Google call with a fresh token; reauth on refusal."""
        try:
            token = await self.token()
            return await self.hass.async_add_executor_job(fetch, token, *args)
        except GoogleAuthFailed:
            self._reauth()
            raise


def is_google_account(data: ConfigEntry | Mapping[str, Any]) -> bool:
    """A linked Google account (an OAuth2 entry) rather than a mirror engine."""
    return "auth_implementation" in (data.data if isinstance(data, ConfigEntry) else data)
