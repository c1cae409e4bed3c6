"""Property-based fuzzing of every engine route on a real engine process.

Hypothesis (seeded: ``derandomize=True``; bounded: ``max_examples``) sends
random methods, JSON bodies (deep nesting, huge numbers, NaN, lists where
objects belong), raw bytes (not UTF-8), query strings and path parameters to
every route of the engine's aiohttp app, with the right token. The engine must
answer every one below 500, keep its frame loop at the source's rate (the
camera read at its rate; every frame published, or every third while the room
sleeps) and its store intact. The numbers are printed (``-s``) and written to
a JSON file in the test's tmp folder.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import json
import sqlite3
import struct
import urllib.parse
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import aiohttp
import cv2
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from skimage import data as skimage_data

from devkit.harness import EngineProcess, wait_until
from mirror_engine.api.app import create_app
from mirror_engine.engine import Engine
from mirror_engine.tier.server import create_server_app

# -- the routes, read from the engine's own app (built on a stub: no engine runs) ----


def _routes() -> list[tuple[str, str]]:
    stub = SimpleNamespace(
        commands=object(),
        identity=object(),
        store_capture=object(),
        trainer=object(),
        collector=object(),
    )
    app = create_app(cast(Engine, stub))
    found = []
    for route in app.router.routes():
        if route.resource is not None and route.method != "HEAD":
            found.append((route.method, route.resource.canonical))
    return sorted(set(found))


def _server_routes() -> list[tuple[str, str]]:
    """The household server's routes (``--role server``), from its own app."""
    stub = cast(Any, object())
    app = create_server_app(stub, stub, stub, "token", "engine")
    return sorted(
        {
            (route.method, route.resource.canonical)
            for route in app.router.routes()
            if route.resource is not None and route.method != "HEAD"
        }
    )


ROUTES = _routes()
SERVER_ROUTES = _server_routes()
PERSONAL = [r for r in ROUTES if r[1].startswith("/api/me") or r[1].endswith("/history")]
STREAMS = {"/api/stream.mjpeg", "/api/ws"}  # answer, then keep sending: read no body
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]

# -- strategies ----------------------------------------------------------------------

FIELDS = [
    "name",
    "ha_person",
    "pin",
    "person_id",
    "face",
    "frames",
    "text",
    "capture",
    "label",
    "kind",
    "accepted",
    "correction",
    "via",
    "args",
    "alternatives",
    "modality",
    "confidence",
    "evidence",
    "features",
    "widget",
    "direction",
    "match_distance",
    "unknown_distance",
    "leave_timeout",
    "reverify_interval",
    "liveness",
    "public",
    "assessment",
    "diary",
    # the household's wire (tier/wire.py)
    "mirror",
    "items",
    "uuid",
    "person",
    "data",
    "models",
    "counts",
]
WORDS = [
    "show_widget",
    "zoom",
    "capture",
    "logout",
    "touch",
    "voice",
    "gesture",
    "in",
    "diary",
    "happy",
    "identity",
    "expression",
    "gestures",
    "person.anna",
    "1234",
    "nan",
    "NaN",
    "inf",
    "-Infinity",
    "1e400",
    "9" * 30,
    "",
    "\x00",
    "Zoë",
    "\ud7ff\U0001f600",
]
EXTREME_INTS = [0, 1, 2, 3, -1, 2**31, 2**63 - 1, 2**63, -(2**63) - 1, 2**64, 10**30, 10**4000]
LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from(EXTREME_INTS),
    st.floats(),  # NaN and ±inf too: json.dumps writes NaN / Infinity
    st.floats(min_value=0, max_value=1),
    st.text(max_size=12),
    st.sampled_from(WORDS),
)
KEYS = st.one_of(st.sampled_from(FIELDS), st.text(max_size=8))
JSON = st.recursive(
    LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=16,
)
OBJECTS = st.dictionaries(KEYS, JSON, max_size=6)


def _nested(depth: int, kind: str) -> bytes:
    if kind == "list":
        return b"[" * depth + b"]" * depth
    if kind == "object":
        return b'{"name":' * depth + b"1" + b"}" * depth
    return b"[" * depth  # never closed


RAW_JSON = st.one_of(
    st.builds(_nested, st.integers(20, 100_000), st.sampled_from(["list", "object", "open"])),
    st.sampled_from(
        [
            b'{"days": NaN}',
            b'{"person_id": Infinity, "pin": "1234"}',
            b'{"person_id": 1' + b"0" * 5000 + b"}",
            b'{"frames": -Infinity}',
            b'{"name": "\\ud800"}',
            b"\xff\xfe{\x00}\x00",
            b'{"name": "Zo\xeb"}',
            b"null",
            b"[]",
            b'"text"',
            b"{",
        ]
    ),
)
BODIES = st.one_of(
    st.none(),
    OBJECTS.map(lambda o: json.dumps(o).encode()),
    JSON.map(lambda o: json.dumps(o).encode()),
    RAW_JSON,
    st.binary(max_size=300),
)
CONTENT_TYPES = st.sampled_from(
    [
        "application/json",
        "application/json",
        "application/json; charset=latin-1",
        "application/json; charset=no-such-charset",
        "text/plain",
        "application/octet-stream",
        "image/jpeg",
        "multipart/form-data",
        "multipart/form-data; boundary=zz",
        "multipart/mixed; boundary=",
        None,
    ]
)
PATH_VALUES = st.one_of(
    st.sampled_from(
        [
            "1",
            "2",
            "0",
            "-1",
            "9223372036854775807",
            "9223372036854775808",
            "18446744073709551616",
            "9" * 40,
            "1e3",
            "0x10",
            " 1",
            "1_0",
            "\u0661",  # Arabic-Indic one
            "NaN",
            "true",
            "\x00",
        ]
    ),
    st.integers(-(2**70), 2**70).map(str),
    st.text(min_size=1, max_size=12),
)
QUERY_VALUES = st.one_of(
    st.sampled_from(
        ["nan", "NaN", "inf", "-inf", "Infinity", "1e400", "-1e400", "", "abc", "0", "1", "-5"]
    ),
    st.integers(-(2**70), 2**70).map(str),
    st.floats().map(repr),
    st.text(max_size=12),
)
QUERIES = st.dictionaries(
    st.sampled_from(["since", "until", "days", "session", "frames", "events", "x"]),
    QUERY_VALUES,
    max_size=4,
)


def _multipart(parts: list[bytes], boundary: str = "fuzzboundary") -> tuple[bytes, str]:
    body = b"".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="f{i}"; filename="f{i}.jpg"'
        f"\r\nContent-Type: image/jpeg\r\n\r\n".encode()
        + part
        + b"\r\n"
        for i, part in enumerate(parts)
    )
    return body + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


@dataclass
class Tally:
    """What was sent and what came back."""

    tried: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def record(self, method: str, url: str, status: int | str, body: bytes) -> None:
        self.tried += 1
        self.statuses[str(status)] += 1
        if not isinstance(status, int) or status >= 500:
            self.failures.append(f"{method} {url[:160]} -> {status}: {body[:160]!r}")


class Fuzzer:
    def __init__(self, engine: EngineProcess) -> None:
        self.engine = engine
        self.tally = Tally()

    def send(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        body: bytes | None,
        content_type: str | None,
    ) -> None:
        target = path + ("?" + urllib.parse.urlencode(query) if query else "")
        headers = dict(self.engine.headers)
        if content_type is not None:
            headers["Content-Type"] = content_type
        status, raw = request(self.engine, method, target, body, headers, read=path not in STREAMS)
        self.tally.record(method, target, status, raw)

    def path(self, canonical: str, value: str) -> str:
        quoted = urllib.parse.quote(value, safe="")
        return (
            canonical.replace("{person_id}", quoted)
            .replace("{id}", quoted)
            .replace("{uid}", quoted)
        )


def request(
    engine: EngineProcess,
    method: str,
    target: str,
    body: bytes | None,
    headers: dict[str, str],
    read: bool = True,
) -> tuple[int | str, bytes]:
    """One request on its own connection: (status, the body's start), or the
    name of the error if the connection broke."""
    conn = http.client.HTTPConnection("127.0.0.1", engine.port, timeout=120)
    try:
        conn.request(method, target, body=body, headers=headers)
        resp = conn.getresponse()
        return resp.status, resp.read(4096) if read else b""
    except (OSError, http.client.HTTPException) as err:
        return type(err).__name__, str(err).encode()
    finally:
        conn.close()


@pytest.fixture(autouse=True, scope="module")
def _hypothesis_storage(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Hypothesis's caches in pytest's tmp folder, not a .hypothesis in the checkout."""
    set_hypothesis_home_dir(tmp_path_factory.mktemp("hypothesis"))


# -- the engine under test: a face in view, enrolled, its session active --------------


@dataclass
class Mirror:
    engine: EngineProcess
    person_id: int
    session_id: str


def _active_session(engine: EngineProcess) -> str | None:
    snap = engine.json("/api/session")
    session = snap.get("session")
    return str(session["id"]) if snap["state"] == "active" and session else None


@pytest.fixture
def mirror(tmp_path: Path, engines: list[EngineProcess]) -> Mirror:
    photo = tmp_path / "astronaut.png"
    # her head and shoulders, twice the size: the whole photo shows a second "face"
    rgb = skimage_data.astronaut()  # type: ignore[no-untyped-call]
    astronaut = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)[0:320, 80:400]
    cv2.imwrite(str(photo), cv2.resize(astronaut, None, fx=2, fy=2))
    engine = EngineProcess(
        tmp_path / "data",
        "--source",
        str(photo),
        "--fps",
        "10",
        "--liveness",
        "off",  # the camera is a still photo standing for a person
        "--leave-timeout",
        "5",
    ).start()
    engines.append(engine)
    person_id = engine.enrol_photo("Astronaut", photo)
    engine.json(f"/api/persons/{person_id}/pin", method="PUT", body={"pin": "1234"})
    session_id = wait_until(lambda: _active_session(engine), 60, "the astronaut's session")
    return Mirror(engine, person_id, session_id)


def _check_engine_health(engine: EngineProcess) -> dict[str, Any]:
    """The process lives, the frame loop keeps the source's rate, the store is intact.

    The camera is read at its rate whatever happens (capture_fps); what is
    published is every frame while someone is there or something moves, and
    every third while the room sleeps (a still photo, the session ended by the
    fuzzing: source idle, expected_fps): the published rate must meet that."""
    assert engine.proc is not None
    assert engine.proc.poll() is None, engine.log()

    def at_rate() -> dict[str, Any] | None:
        source = engine.status()["source"]
        ok = (
            source["state"] == "streaming"
            and source["capture_fps"] >= 0.9 * source["nominal_fps"]
            and source["fps"] >= 0.9 * source["expected_fps"]
        )
        return dict(source) if ok else None

    source = wait_until(at_rate, 30, "the frame loop at the source's rate", every=0.5)
    db_path = engine.data_dir / "mirror.db"
    with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    assert integrity == "ok"
    return {
        "integrity": integrity,
        **{
            key: source[key]
            for key in ("fps", "capture_fps", "nominal_fps", "expected_fps", "idle")
        },
    }


def _report(tmp_path: Path, name: str, numbers: dict[str, Any]) -> None:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(numbers, indent=2, sort_keys=True))
    print(f"\n{name}: {json.dumps(numbers, sort_keys=True)}\n({path})")


FUZZ = settings(
    derandomize=True,
    max_examples=100,
    deadline=None,
    database=None,  # nothing written into the checkout
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- the tests -------------------------------------------------------------------------


def _fuzz_routes(
    fuzzer: Fuzzer, routes: list[tuple[str, str]], ids: st.SearchStrategy[str], examples: int
) -> None:
    """Random requests to ``routes``: mostly each route's own method, path
    values from ``ids``, random queries, bodies and content types."""

    @settings(FUZZ, max_examples=examples)
    @given(
        route=st.sampled_from(routes),
        other_method=st.sampled_from([None] * 8 + METHODS),  # mostly the route's own
        value=ids,
        query=QUERIES,
        body=BODIES,
        content_type=CONTENT_TYPES,
    )
    def run(
        route: tuple[str, str],
        other_method: str | None,
        value: str,
        query: dict[str, str],
        body: bytes | None,
        content_type: str | None,
    ) -> None:
        method, canonical = route
        fuzzer.send(
            other_method or method, fuzzer.path(canonical, value), query, body, content_type
        )

    run()


def test_fuzz_every_route(mirror: Mirror, tmp_path: Path) -> None:
    fuzzer = Fuzzer(mirror.engine)
    _fuzz_routes(fuzzer, ROUTES, st.one_of(PATH_VALUES, st.just(str(mirror.person_id))), 2000)
    _fuzz_uploads(fuzzer, mirror.person_id)
    _fuzz_websocket(mirror.engine)
    _finish(fuzzer, mirror, tmp_path, "fuzz-every-route", len(ROUTES))


def test_fuzz_personal_routes_with_the_owners_session(mirror: Mirror, tmp_path: Path) -> None:
    """The personal handlers run only behind the owner's session: fuzz them there."""
    fuzzer = Fuzzer(mirror.engine)
    queries = st.builds(
        lambda q, own: {**q, "session": mirror.session_id} if own else q,
        QUERIES,
        st.sampled_from([True, True, True, False]),
    )

    @settings(FUZZ, max_examples=600)
    @given(
        route=st.sampled_from(PERSONAL),
        query=queries,
        body=BODIES,
        content_type=CONTENT_TYPES,
    )
    def run(
        route: tuple[str, str], query: dict[str, str], body: bytes | None, content_type: str | None
    ) -> None:
        method, canonical = route
        fuzzer.send(
            method, fuzzer.path(canonical, str(mirror.person_id)), query, body, content_type
        )

    run()
    assert _active_session(mirror.engine) == mirror.session_id  # reached the handlers
    _finish(fuzzer, mirror, tmp_path, "fuzz-personal-routes", len(PERSONAL))


def test_fuzz_the_household_server(tmp_path: Path, engines: list[EngineProcess]) -> None:
    """Every route of a ``--role server`` engine, a person on it: never a 5xx,
    the process alive, the store intact, the gallery still served (issue 19)."""
    server = EngineProcess(tmp_path / "server", "--role", "server").start()
    engines.append(server)
    person = "0f6d2a58a3b94f0c8b7f7a1c3f1b9e11"
    seeded = server.json(
        "/api/household/changes",
        method="POST",
        body={
            "mirror": "fuzz-mirror",
            "items": [
                {
                    "uuid": "6c1f0b3e0f9a4c55a3f5a0c6d2e8b7a1",
                    "kind": "person",
                    "data": {"uid": person, "name": "Anna"},
                }
            ],
        },
    )
    listed = server.json("/api/persons")
    assert [p["name"] for p in listed] == ["Anna"], (seeded, listed)
    fuzzer = Fuzzer(server)
    ids = st.one_of(PATH_VALUES, st.just(str(listed[0]["id"])), st.just(person))
    _fuzz_routes(fuzzer, SERVER_ROUTES, ids, 600)
    assert server.proc is not None
    assert server.proc.poll() is None, server.log()
    assert server.json("/api/health")["role"] == "server"
    status, gallery = request(server, "GET", "/api/household/gallery", None, server.headers)
    assert status == 200, gallery
    assert gallery.startswith(b"{"), gallery  # Anna, or her forgetting: a DELETE may hit her
    db_path = server.data_dir / "mirror.db"
    with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    numbers = {
        "routes": len(SERVER_ROUTES),
        "requests": fuzzer.tally.tried,
        "statuses": dict(sorted(fuzzer.tally.statuses.items())),
        "server_errors": len(fuzzer.tally.failures),
    }
    _report(tmp_path, "fuzz-household-server", numbers)
    assert fuzzer.tally.failures == [], "\n".join(fuzzer.tally.failures)


def _finish(fuzzer: Fuzzer, mirror: Mirror, tmp_path: Path, name: str, routes: int) -> None:
    """The engine still healthy, the numbers reported, and no server error."""
    health = _check_engine_health(mirror.engine)
    numbers = {
        "routes": routes,
        "requests": fuzzer.tally.tried,
        "statuses": dict(sorted(fuzzer.tally.statuses.items())),
        "server_errors": len(fuzzer.tally.failures),
        **health,
    }
    _report(tmp_path, name, numbers)
    assert fuzzer.tally.failures == [], "\n".join(fuzzer.tally.failures)


def _fuzz_uploads(fuzzer: Fuzzer, person_id: int) -> None:
    """Multipart enrolment uploads: many parts, big parts, broken images."""
    path = f"/api/persons/{person_id}/faces"
    _, empty = cv2.imencode(".png", np.zeros((8, 8, 3), np.uint8))
    cases: list[tuple[bytes, str]] = [
        _multipart([]),
        _multipart([b""]),
        _multipart([b"\xff\xd8 not a jpeg"]),
        _multipart([empty.tobytes()] * 25),  # too many parts
        _multipart([b"\0" * (11 * 1024 * 1024)]),  # one part too big
        _multipart([b"\0" * (9 * 1024 * 1024)] * 3),  # the request too big
        (b"--zz\r\nno headers end", "multipart/form-data; boundary=zz"),
        (_multipart([b"x"])[0], "multipart/form-data; boundary=other"),
        (
            b"--outer\r\nContent-Type: multipart/mixed; boundary=inner\r\n\r\n--inner\r\n"
            b"\r\nx\r\n--inner--\r\n--outer--\r\n",
            "multipart/form-data; boundary=outer",
        ),
    ]
    for body, content_type in cases:
        fuzzer.send("POST", path, {}, body, content_type)


def _fuzz_websocket(engine: EngineProcess) -> None:
    """The engine's WebSocket takes no commands: whatever a client sends, it stays up."""

    async def send_junk() -> None:
        async with (
            aiohttp.ClientSession() as session,
            session.ws_connect(f"{engine.base}/api/ws?frames=0", headers=engine.headers) as ws,
        ):
            for message in ("{}", '{"type": "subscribe"}', "[" * 5000, "\x00", "x" * 100_000):
                await ws.send_str(message)
            for raw in (b"", b"\xff" * 64, b"SMF1" + b"\0" * 20):
                await ws.send_bytes(raw)
            hello = await ws.receive_json(timeout=10)
            assert hello["type"] == "hello"

    asyncio.run(send_junk())


# -- a decompression bomb ------------------------------------------------------------------


def _png_bomb(width: int, height: int) -> bytes:
    """An all-black RGB PNG: gigabytes of pixels in about a megabyte."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload))
            + kind
            + payload
            + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
        )

    row = b"\0" * (1 + 3 * width)  # filter byte + pixels
    deflate = zlib.compressobj(9)
    compressed = [deflate.compress(row * 100) for _ in range(height // 100)]
    compressed.append(deflate.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", b"".join(compressed))
        + chunk(b"IEND", b"")
    )


def _memory_kb(pid: int) -> dict[str, int]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0])
    return fields


def test_decompression_bomb_is_refused_before_decoding(
    tmp_path: Path, engines: list[EngineProcess]
) -> None:
    engine = EngineProcess(tmp_path / "data", "--source", "pattern").start()
    engines.append(engine)
    person = engine.json("/api/persons", method="POST", body={"name": "Bomb target"})
    bomb = _png_bomb(20_000, 20_000)
    assert engine.proc is not None
    pid = engine.proc.pid
    before = _memory_kb(pid)
    answers = []
    multipart, multipart_type = _multipart([bomb])
    for body, content_type in ((bomb, "image/png"), (multipart, multipart_type)):
        status, answer = request(
            engine,
            "POST",
            f"/api/persons/{person['id']}/faces",
            body,
            {**engine.headers, "Content-Type": content_type},
        )
        answers.append((status, json.loads(answer).get("code")))
    after = _memory_kb(pid)
    numbers = {
        "png_bytes": len(bomb),
        "pixels": 20_000 * 20_000,
        "answers": answers,
        "rss_kb_before": before["VmRSS"],
        "rss_kb_after": after["VmRSS"],
        "rss_growth_mb": round((after["VmRSS"] - before["VmRSS"]) / 1024, 1),
        "peak_rss_kb_before": before["VmHWM"],
        "peak_rss_kb_after": after["VmHWM"],
        "peak_growth_mb": round((after["VmHWM"] - before["VmHWM"]) / 1024, 1),
    }
    _report(tmp_path, "decompression-bomb", numbers)
    assert answers == [(413, "image_too_large")] * 2
    assert after["VmRSS"] - before["VmRSS"] < 100 * 1024
    assert after["VmHWM"] - before["VmHWM"] < 100 * 1024  # not even for a moment
    assert engine.json(f"/api/persons/{person['id']}")["embeddings"] == 0
