"""A real Home Assistant process for the panel's end-to-end tests and the demo:
a fresh config folder with this repository's integration, onboarded through
its HTTP API (an owner with known credentials), and the mirror added through
the config flow's REST API.

Which Home Assistant: this interpreter's ``hass`` (the minimum release), or the
command in ``SMART_MIRROR_HASS`` (the current release, run in its Python 3.14
root by ``make test``: ``tools/ha_current/run ROOT /opt/ha/bin/hass``)."""

from __future__ import annotations

import asyncio
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any, Self

import aiohttp

from devkit.harness import ROOT, answers, free_port, stop_process, wait_until

USER, PASSWORD = "mirror", "mirror-demo-password"
CLIENT_ID_PATH = "/"


class HomeAssistantProcess:
    def __init__(
        self,
        config_dir: Path,
        port: int | None = None,
        persons: dict[str, str] | None = None,
        assist: bool = False,
    ) -> None:
        self.config_dir = config_dir
        # Assist (conversation + pipelines, no speech engines): the panel's voice
        # button; off where a test does not speak, as it slows start-up
        self.assist = assist
        self.port = port or free_port()
        self.persons = persons or {}  # person id -> name, as configuration.yaml people
        self.proc: subprocess.Popen[bytes] | None = None
        self.token: str | None = None  # the owner's access token, once onboarded
        self.tokens: dict[str, Any] = {}
        self.log_path = config_dir / "home-assistant.out"

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def client_id(self) -> str:
        return self.base + CLIENT_ID_PATH

    def _write_config(self) -> None:
        self.config_dir.mkdir(parents=True, exist_ok=True)
        components = self.config_dir / "custom_components"
        components.mkdir(exist_ok=True)
        link = components / "smart_mirror"
        if not link.exists():
            link.symlink_to(ROOT / "custom_components" / "smart_mirror")
        (self.config_dir / "configuration.yaml").write_text(
            "frontend:\n"
            "config:\n"
            # as in every household (default_config); its frontend asks for it
            "recorder:\n"
            "http:\n"
            "  server_host: 127.0.0.1\n"
            f"  server_port: {self.port}\n"
            "logger:\n"
            "  default: warning\n"
            + ("assist_pipeline:\nconversation:\n" if self.assist else "")
            + (
                "person:\n"
                + "".join(
                    f"  - id: {pid}\n    name: {name}\n" for pid, name in self.persons.items()
                )
                if self.persons
                else ""
            )
        )

    @staticmethod
    def hass_command() -> list[str]:
        if command := os.environ.get("SMART_MIRROR_HASS"):
            return shlex.split(command)
        return [str(Path(sys.executable).with_name("hass"))]

    def start(self, timeout: float = 120.0) -> Self:
        self._write_config()
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [*self.hass_command(), "-c", str(self.config_dir), "--skip-pip"],
                stdout=log,
                stderr=subprocess.STDOUT,
                env={**os.environ, "PYTHONPATH": f"{ROOT / 'addon'}:{ROOT}"},
            )
        wait_until(self._answers, timeout, f"Home Assistant on port {self.port}")
        return self

    def _answers(self) -> bool:
        return answers(self.proc, self.base + "/manifest.json", 2, "Home Assistant", self.log)

    def log(self) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return text[-6000:]

    def request(
        self, path: str, body: Any = None, *, form: dict[str, str] | None = None, auth: bool = True
    ) -> Any:
        headers = {"Authorization": f"Bearer {self.token}"} if auth and self.token else {}
        data = None
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        req = urllib.request.Request(
            self.base + path, data=data, headers=headers, method="POST" if data else "GET"
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return json.loads(resp.read() or b"null")
        except urllib.error.HTTPError as err:
            raise RuntimeError(f"{path}: {err.code} {err.read()[:500]!r}") from err

    def login(self, code: str) -> dict[str, Any]:
        """The tokens for an authorization code (a finished login), as a browser gets them."""
        tokens: dict[str, Any] = self.request(
            "/auth/token",
            form={"grant_type": "authorization_code", "code": code, "client_id": self.client_id},
            auth=False,
        )
        return tokens

    def onboard(self) -> None:
        """Create the owner and finish onboarding, as the first-run screens do."""
        created = self.request(
            "/api/onboarding/users",
            {
                "client_id": self.client_id,
                "name": "Mirror",
                "username": USER,
                "password": PASSWORD,
                "language": "en",
            },
            auth=False,
        )
        self.tokens = self.login(created["auth_code"])
        self.token = self.tokens["access_token"]
        self.request("/api/onboarding/core_config", {})
        self.request("/api/onboarding/analytics", {})
        self.request(
            "/api/onboarding/integration",
            {"client_id": self.client_id, "redirect_uri": self.client_id + "?auth_callback=1"},
        )
        self.keep_http_config()

    def keep_http_config(self) -> None:
        """Since 2026.11 Home Assistant moves the ``http:`` YAML into its storage as
        a trial: unless an admin confirms it within 5 minutes, it reverts to port
        8123 and restarts. Confirm it, as the Settings page would (earlier
        releases have no such command and no trial)."""
        answer = asyncio.run(self.websocket({"type": "http/config/promote"}))
        error = answer.get("error") or {}
        nothing_pending = "No pending" in str(error.get("message"))  # YAML == stored
        if not answer["success"] and error.get("code") != "unknown_command" and not nothing_pending:
            raise RuntimeError(f"http/config/promote: {answer['error']}")

    @property
    def version(self) -> str:
        """The running Home Assistant's version (from its API)."""
        return str(self.request("/api/config")["version"])

    async def websocket(self, message: dict[str, Any]) -> dict[str, Any]:
        """One command over Home Assistant's websocket API, as the owner."""
        async with (
            aiohttp.ClientSession() as session,
            session.ws_connect(self.base + "/api/websocket") as ws,
        ):
            await ws.receive_json()  # auth_required
            await ws.send_json({"type": "auth", "access_token": self.token})
            auth = await ws.receive_json()
            if auth["type"] != "auth_ok":
                raise RuntimeError(f"websocket auth: {auth}")
            await ws.send_json({"id": 1, **message})
            while True:
                answer: dict[str, Any] = await ws.receive_json(timeout=30)
                if answer.get("id") == 1 and answer["type"] == "result":
                    return answer

    def add_mirror(self, host: str, port: int, token: str) -> dict[str, Any]:
        """The user step of the config flow: engine, then its address and token."""
        flow = self.request("/api/config/config_entries/flow", {"handler": "smart_mirror"})
        flow = self.request(
            f"/api/config/config_entries/flow/{flow['flow_id']}", {"next_step_id": "engine"}
        )
        result: dict[str, Any] = self.request(
            f"/api/config/config_entries/flow/{flow['flow_id']}",
            {"host": host, "port": port, "token": token},
        )
        if result.get("type") != "create_entry":
            raise RuntimeError(f"the mirror was not added: {result}")
        return result

    def browser_tokens(self) -> dict[str, Any]:
        """What the frontend keeps in localStorage ("hassTokens") after a login."""
        return {
            **self.tokens,
            "hassUrl": self.base,
            "clientId": self.client_id,
            "expires": int(time.time() * 1000) + int(self.tokens["expires_in"]) * 1000,
        }

    def stop(self, timeout: float = 30.0) -> None:
        stop_process(self.proc, timeout)
        self.proc = None

    def remove(self) -> None:
        shutil.rmtree(self.config_dir, ignore_errors=True)
