"""The paper's two tiers (issue 19): mirror engines on the walls, one server
that holds the household's people.

One engine program, three roles (``--role``):

- ``both`` (the default): today's single engine, untouched; nothing in this
  package is loaded.
- ``server``: the household's people, face embeddings, PIN hashes and "not
  me" negatives, in the same SQLite store an engine keeps; no camera, no face
  models (``tier.server``).
- ``mirror --server URL``: camera, frame loop and sessions as today; it pulls
  the household's gallery from the server and pushes its own changes up
  (``tier.mirror``).

Why HTTP and not MQTT: the engine already is an authenticated HTTP server
(bearer token, throttled guessing, bounded strict JSON bodies validated by
pydantic), so the server is one more router and the mirror one more client,
with nothing new to install, secure or keep running. A gallery is a
versioned document that a mirror fetches whole when it changed (an ETag and
``?since=`` make the unchanged case a 304 of a few bytes); MQTT would need the
household's broker to be up, to carry megabytes of retained face data
readable by every client of that broker, and a home-made request/acknowledge
protocol on top for the at-least-once upload that one POST with an answer
gives here. Mosquitto stays the right tool for Home Assistant's small state
messages, not for a household's faces.

The protocol, in short:

- ``GET /api/household/gallery?since=V``: a JSON document with its version
  and a SHA-256 checksum over its canonical form: the whole gallery the first
  time, then what changed after the mirror's version ``V`` (the people
  changed, whole, and the people forgotten); ``304`` when ``V`` is current. The mirror checks the
  checksum and swaps its copy in one SQLite transaction (then the in-memory
  gallery by reference), so a recogniser sees the old gallery or the new one,
  never half of one. A mirror that cannot reach the server keeps working on
  its last version and says so in its status (``household``: version, last
  sync, reachable, the last error).
- ``POST /api/household/changes``: the mirror's own changes (a person created
  or renamed, faces enrolled, a PIN set or cleared, a "not me" negative, a
  forget), each an item with a UUID, queued in the mirror's store (the outbox)
  in the same transaction that notes them as sent, delivered in order at least
  once and retried with backoff; the server applies each UUID once and
  answers every UUID it has seen (applied before or now), which the mirror
  then drops from the outbox.
- The mirror finds its changes by comparing its store with what it last
  synced (``tier.mirror.reconcile``): every way a change is made (the HTTP
  API, Home Assistant, voice, the panel) is covered without a hook in the
  identity service, and a change made just before a crash is found at the
  next start.
- ``GET /api/household/models?have=V``: the server's ML tier
  (``tier.models``): the active model versions and the faces the identity
  refinements added, versioned and checksummed like the gallery, swapped in
  one transaction (asked for only when the gallery's answer names a new
  ``X-Models-Version``); a sync ends with ``POST /api/household/report``
  when it changed (the versions in use and the mirror's own confirmed,
  corrected and "not me" counts), whose falling accuracy makes the server
  retrain. Samples for the trainer go up in the outbox (``sample``).
- ``forget`` anywhere leaves a tombstone (the person's random household ids,
  never a name) in every later gallery: each mirror deletes the person, and a
  mirror's queued items about them are dropped.
"""
