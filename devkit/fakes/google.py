"""Google on 127.0.0.1: the OAuth2 token endpoint, Calendar v3 and Gmail v1,
answering in the JSON (and error shapes) of the real APIs. Each account has
its access and refresh tokens; revoking them makes Google answer 401
(UNAUTHENTICATED) to API calls and 400 invalid_grant to refreshes."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import web

from devkit.fakes.server import LocalServer

CLIENT_ID = "mirror-client-id.apps.googleusercontent.com"
CLIENT_SECRET = "mirror-client-secret"


@dataclass
class Account:
    email: str
    events: list[str]  # summaries of upcoming events, one an hour from now on
    unread: list[str]  # subjects of unread inbox mail, newest first
    access_token: str = field(default_factory=lambda: "ya29." + secrets.token_urlsafe(16))
    refresh_token: str = field(default_factory=lambda: "1//" + secrets.token_urlsafe(16))
    revoked: bool = False

    def token(self) -> dict[str, Any]:
        """What an entry stores after the OAuth flow (HA adds expires_at)."""
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "token_type": "Bearer",
            "expires_in": 3599,
            "expires_at": time.time() + 3599,
            "scope": "https://www.googleapis.com/auth/calendar.readonly https://www.googleapis.com/auth/gmail.readonly",
        }


def _unauthenticated() -> web.Response:
    return web.json_response(
        {
            "error": {
                "code": 401,
                "message": (
                    "Request had invalid authentication credentials. Expected OAuth 2 access"
                    " token, login cookie or other valid authentication credential."
                ),
                "errors": [
                    {
                        "message": "Invalid Credentials",
                        "domain": "global",
                        "reason": "authError",
                        "location": "Authorization",
                        "locationType": "header",
                    }
                ],
                "status": "UNAUTHENTICATED",
            }
        },
        status=401,
        headers={
            "WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", error="invalid_token"'
        },
    )


class FakeGoogle(LocalServer):
    def __init__(self) -> None:
        super().__init__()
        self.accounts: list[Account] = []
        self.codes: dict[str, Account] = {}  # authorization codes handed out
        r = self.app.router
        r.add_post("/token", self.token)
        r.add_get("/calendar/v3/calendars/{calendar}/events", self.events)
        r.add_get("/gmail/v1/users/me/profile", self.profile)
        r.add_get("/gmail/v1/users/me/labels/{label}", self.label)
        r.add_get("/gmail/v1/users/me/messages", self.messages)
        r.add_get("/gmail/v1/users/me/messages/{id}", self.message)

    def add(self, email: str, events: list[str], unread: list[str]) -> Account:
        account = Account(email, events, unread)
        self.accounts.append(account)
        return account

    def authorization_code(self, account: Account) -> str:
        code = "4/" + secrets.token_urlsafe(12)
        self.codes[code] = account
        return code

    def _caller(self, request: web.Request) -> Account | None:
        header = request.headers.get("Authorization", "")
        return next(
            (a for a in self.accounts if not a.revoked and header == f"Bearer {a.access_token}"),
            None,
        )

    async def token(self, request: web.Request) -> web.Response:
        form = await request.post()
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return web.json_response(
                {"error": "invalid_client", "error_description": "The OAuth client was not found."},
                status=401,
            )
        grant = form.get("grant_type")
        if grant == "authorization_code":
            account = self.codes.pop(str(form.get("code")), None)
        elif grant == "refresh_token":
            account = next(
                (
                    a
                    for a in self.accounts
                    if a.refresh_token == form.get("refresh_token") and not a.revoked
                ),
                None,
            )
        else:
            account = None
        if account is None:
            return web.json_response(
                {
                    "error": "invalid_grant",
                    "error_description": "Token has been expired or revoked.",
                },
                status=400,
            )
        account.access_token = "ya29." + secrets.token_urlsafe(16)
        body = account.token()
        body.pop("expires_at")
        if grant == "refresh_token":
            body.pop("refresh_token")  # Google keeps the refresh token as it is
        return web.json_response(body)

    async def events(self, request: web.Request) -> web.Response:
        account = self._caller(request)
        if account is None:
            return _unauthenticated()
        start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
        items = [
            {
                "kind": "calendar#event",
                "id": f"ev{i}",
                "status": "confirmed",
                "summary": summary,
                "location": "Seoul" if i == 0 else None,
                "start": {"dateTime": (start + timedelta(hours=i + 1)).isoformat()},
                "end": {"dateTime": (start + timedelta(hours=i + 2)).isoformat()},
            }
            for i, summary in enumerate(account.events)
        ]
        return web.json_response(
            {"kind": "calendar#events", "summary": account.email, "timeZone": "UTC", "items": items}
        )

    async def profile(self, request: web.Request) -> web.Response:
        account = self._caller(request)
        if account is None:
            return _unauthenticated()
        return web.json_response(
            {
                "emailAddress": account.email,
                "messagesTotal": 100 + len(account.unread),
                "threadsTotal": 90,
                "historyId": "12345",
            }
        )

    async def label(self, request: web.Request) -> web.Response:
        account = self._caller(request)
        if account is None:
            return _unauthenticated()
        return web.json_response(
            {
                "id": request.match_info["label"],
                "name": request.match_info["label"],
                "type": "system",
                "messagesTotal": 100 + len(account.unread),
                "messagesUnread": len(account.unread),
                "threadsTotal": 90,
                "threadsUnread": len(account.unread),
            }
        )

    async def messages(self, request: web.Request) -> web.Response:
        account = self._caller(request)
        if account is None:
            return _unauthenticated()
        count = int(request.query.get("maxResults", 100))
        listed = [{"id": f"m{i}", "threadId": f"t{i}"} for i in range(len(account.unread))][:count]
        return web.json_response({"messages": listed, "resultSizeEstimate": len(listed)})

    async def message(self, request: web.Request) -> web.Response:
        account = self._caller(request)
        if account is None:
            return _unauthenticated()
        index = int(request.match_info["id"].removeprefix("m"))
        return web.json_response(
            {
                "id": request.match_info["id"],
                "threadId": f"t{index}",
                "labelIds": ["UNREAD", "INBOX"],
                "payload": {
                    "headers": [
                        {"name": "Subject", "value": account.unread[index]},
                        {"name": "From", "value": "Friend <friend@example.com>"},
                    ]
                },
            }
        )
