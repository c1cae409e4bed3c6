"""The identity service: persons, the gallery, enrolment, PINs and sessions.

The API (asyncio thread, via to_thread) and the recognition worker both use
it. dlib's networks are not safe to call from two threads at once, so every
model call goes through ``vision_lock``; the capture thread never takes it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from ..config import EngineConfig
from ..contract import ErrorCode, EventType
from ..pipeline.events import EventBus
from ..pipeline.frames import Image
from ..store import Person, Store
from ..store.samples import NOT_ME
from ..vision.detect import FaceBox, FaceDetector, with_margin
from ..vision.gallery import Gallery
from ..vision.identify import (
    Decision,
    Embedder,
    FaceSample,
    Match,
    Thresholds,
    Vector,
    decide,
    respect_not_me,
)
from .enrolment import MIN_QUALITY, EnrolmentError, LiveEnrolment, LiveState
from .pin_vault import PinVault
from .session import SeenFace, Session, SessionManager, SessionSettings

_LOGGER = logging.getLogger(__name__)

UPLOAD_MAX_SIDE = 1600
UPLOAD_JITTERS = 5  # averaged re-samplings: a steadier template from one photo
# In an uploaded photo, a face narrower than this share of the largest face is
# someone in the background: it is ignored, not a reason to refuse the photo.
BACKGROUND_FACE = 0.5
# Borders (fractions of the photo's longer side) tried around an uploaded
# photo in which no face was found.
FRAMES = (0.15, 0.25)
CONFIRMED_EVERY = 60.0  # keep at most one confirmed face per person a minute
# A face this near a person's own gallery is theirs: a "not me" about it ends
# the session but teaches nothing (else one tap by someone else in the
# household would lock the person out of their own face).
NOT_ME_MIN_DISTANCE = 0.4


def decode_image(data: bytes) -> Image:
    """A BGR image from JPEG/PNG bytes (EXIF orientation applied), or an EnrolmentError."""
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR) if data else None
    if image is None:
        raise EnrolmentError(
            ErrorCode.NOT_AN_IMAGE, "the file is not a readable image (JPEG or PNG)"
        )
    height, width = image.shape[:2]
    scale = UPLOAD_MAX_SIDE / max(height, width)
    if scale < 1:
        size = (round(width * scale), round(height * scale))
        image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    return np.asarray(image, np.uint8)


THUMBNAIL_SIDE = 128


def thumbnail(crop: bytes) -> bytes | None:
    """A face crop as a small JPEG (at most THUMBNAIL_SIDE pixels a side)."""
    image = cv2.imdecode(np.frombuffer(crop, np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        return None
    scale = THUMBNAIL_SIDE / max(image.shape[:2])
    if scale < 1:
        image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 85])
    return data.tobytes() if ok else None


class IdentityService:
    def __init__(
        self,
        store: Store,
        bus: EventBus,
        config: EngineConfig,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.clock = clock  # monotonic seconds; tests pass a fake one
        self.store = store
        self.bus = bus
        self.thresholds = Thresholds(
            config.match_distance, config.unknown_distance, config.match_margin
        )
        self.collect_samples = config.collect_samples
        self.enrol_frames = config.enrol_frames
        self.vault = PinVault(store.pins)
        self.vision_lock = threading.Lock()
        self.detector = FaceDetector(max_width=config.face_max_width, model=config.face_detector)
        self._upload_detector = FaceDetector(max_width=1024, min_size=40)
        self.embedder = Embedder()
        self._names: dict[int, str] = {}
        self._last_confirmed: dict[int, float] = {}
        self.gallery = Gallery(*store.persons.embeddings())
        self._not_me: dict[int, NDArray[np.float32]] = {}
        self._load_not_me()
        self._refresh_names()
        self.live: LiveEnrolment | None = None
        # The liveness gate: "off", "model" (anti-spoofing models, scored by the
        # scorer the engine sets when they are installed) or "motion".
        self.liveness_mode: str = config.liveness
        self.liveness_threshold = config.liveness_threshold
        self.motion_threshold = config.motion_threshold
        self.liveness: Callable[[Image, FaceBox], float] | None = None
        self.session = SessionManager(
            bus,
            self._names.get,
            self,
            SessionSettings(
                reverify_interval=config.reverify_interval,
                leave_timeout=config.leave_timeout,
            ),
            clock=clock,
        )

    def close(self) -> None:
        self.embedder.close()

    def apply_settings(
        self,
        *,
        match_distance: float,
        unknown_distance: float,
        reverify_interval: float,
        leave_timeout: float,
        liveness: str,
        liveness_threshold: float,
        motion_threshold: float,
    ) -> None:
        """Runtime settings (validated by the caller) take effect from the next frame."""
        self.thresholds = replace(
            self.thresholds, match_distance=match_distance, unknown_distance=unknown_distance
        )
        self.session.settings = replace(
            self.session.settings, reverify_interval=reverify_interval, leave_timeout=leave_timeout
        )
        self.liveness_mode = liveness
        self.liveness_threshold = liveness_threshold
        self.motion_threshold = motion_threshold

    # -- gallery ------------------------------------------------------------------
    def _refresh_names(self) -> None:
        persons = self.store.persons.all()
        self._names.clear()
        self._names.update({p.id: p.name for p in persons})
        # Home Assistant links people to its person entities from this list.
        self.bus.publish(EventType.PERSONS, persons=[p.as_json() for p in persons])

    def reload_gallery(self) -> None:
        self.gallery = Gallery(*self.store.persons.embeddings())  # swapped by reference
        self._load_not_me()
        self._refresh_names()

    def _load_not_me(self) -> None:
        owners, vectors = self.store.samples.not_me_vectors()
        self._not_me = {int(p): vectors[owners == p] for p in np.unique(owners)}  # swapped

    def decide(self, embedding: Vector) -> Decision:
        decision = decide(self.gallery.search(embedding), self.thresholds)
        negatives = None if decision.person_id is None else self._not_me.get(decision.person_id)
        if negatives is None:
            return decision
        nearest = float(np.min(np.linalg.norm(negatives - np.asarray(embedding), axis=1)))
        return respect_not_me(decision, nearest, self.thresholds)

    def decide_track(self, looks: list[tuple[Vector, float]]) -> Decision:
        """One decision from several looks at one face (embedding, quality).

        Each person's distance is the quality-weighted mean of their distances
        over the looks (a person must be among every look's candidates). Not
        the distance of the mean embedding: averaging embeddings pulls a
        stranger toward the average face, and so toward every member (in
        bench/quality.py's households of 12, with three photos as the looks,
        the mean embedding accepted 32 of 873 strangers, mean distances 8)."""
        if len(looks) == 1:
            return self.decide(looks[0][0])
        gallery = self.gallery
        weights = np.asarray([max(w, 1e-3) for _, w in looks], np.float64)
        weights /= weights.sum()
        sums: dict[int, float] = {}
        counts: dict[int, int] = {}
        for (vector, _), weight in zip(looks, weights, strict=True):
            for match in gallery.search(vector):
                sums[match.person_id] = sums.get(match.person_id, 0.0) + weight * match.distance
                counts[match.person_id] = counts.get(match.person_id, 0) + 1
        matches = sorted(
            (Match(p, d) for p, d in sums.items() if counts[p] == len(looks)),
            key=lambda m: m.distance,
        )
        decision = decide(matches, self.thresholds)
        negatives = None if decision.person_id is None else self._not_me.get(decision.person_id)
        if negatives is None:
            return decision
        nearest = sum(
            weight * float(np.min(np.linalg.norm(negatives - np.asarray(vector), axis=1)))
            for (vector, _), weight in zip(looks, weights, strict=True)
        )
        return respect_not_me(decision, nearest, self.thresholds)

    def name(self, person_id: int) -> str | None:
        return self._names.get(person_id)

    # -- persons ------------------------------------------------------------------
    def create_person(self, name: str, ha_person: str | None = None) -> Person:
        person = self.store.persons.create(name, ha_person)
        self._refresh_names()
        return person

    def update_person(
        self, person_id: int, name: str | None, ha_person: str | None
    ) -> Person | None:
        person = self.store.persons.update(person_id, name=name, ha_person=ha_person)
        self._refresh_names()
        return person

    def require_person(self, person_id: int) -> Person:
        person = self.store.persons.get(person_id)
        if person is None:
            raise EnrolmentError(ErrorCode.UNKNOWN_PERSON, f"no person {person_id}")
        return person

    def forget(self, person_id: int) -> bool:
        """Delete the person and every trace: embeddings, samples, PIN, history."""
        if self.live is not None and self.live.person_id == person_id:
            self.live.state = LiveState.CANCELLED
            self.live = None
        self.session.person_removed(person_id)
        deleted = self.store.persons.forget(person_id)
        self._last_confirmed.pop(person_id, None)
        self.reload_gallery()
        if deleted:
            self.bus.publish(EventType.PERSON_FORGOTTEN, person_id=person_id)
        return deleted

    # -- enrolment ----------------------------------------------------------------
    def _refuse_lookalike(self, person_id: int, embedding: Vector) -> None:
        for match in self.gallery.search(embedding):
            if (
                match.person_id not in (person_id, -1)
                and match.distance < self.thresholds.match_distance
            ):
                raise EnrolmentError(
                    ErrorCode.MATCHES_OTHER,
                    f"this face already matches {self.name(match.person_id)!r}"
                    f" (distance {match.distance:.2f}); not enrolled",
                )

    def sample_from_image(self, data: bytes) -> FaceSample:
        """Validate one uploaded photo: one clear face, or an EnrolmentError."""
        image = decode_image(data)
        with self.vision_lock:
            boxes = self._upload_detector.detect(image)
            # Perhaps cropped to the face: framed, it has the context HOG needs.
            # Two widths, as HOG's pyramid steps make one width hit or miss:
            # together they find all 10 such photos of the shared identities.
            for fraction in FRAMES if not boxes else ():
                framed = with_margin(image, fraction)
                if boxes := self._upload_detector.detect(framed):
                    image = framed
                    break
            if not boxes:
                raise EnrolmentError(ErrorCode.NO_FACE, "no face found in the image")
            rgb = np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB), np.uint8)
            main = max(boxes, key=lambda b: b.width * b.height)
            people = [b for b in boxes if b.width >= BACKGROUND_FACE * main.width]
            if len(people) > 1:
                raise EnrolmentError(
                    ErrorCode.SEVERAL_FACES,
                    f"{len(people)} faces in the image; use a photo of one person",
                )
            sample = self.embedder.embed(rgb, [main], jitters=UPLOAD_JITTERS)[0]
        if sample.quality.score < MIN_QUALITY:
            raise EnrolmentError(
                ErrorCode.LOW_QUALITY,
                "the face is too small, blurred or turned away"
                f" (quality {sample.quality.score:.2f})",
            )
        return sample

    def enrol_images(self, person_id: int, images: list[bytes]) -> dict[str, Any]:
        """Enrol from photos: all are validated before any is stored."""
        self.require_person(person_id)
        if not images:
            raise EnrolmentError(ErrorCode.NO_IMAGE, "send at least one image")
        samples = [self.sample_from_image(data) for data in images]
        for sample in samples:
            self._refuse_lookalike(person_id, sample.embedding)
        self.store.persons.add_embeddings(
            person_id, [s.embedding for s in samples], [s.quality.score for s in samples], "upload"
        )
        self._keep_thumbnail(person_id, samples)
        self.reload_gallery()
        self.bus.publish(EventType.ENROLMENT, person_id=person_id, state="done", added=len(samples))
        return {
            "person_id": person_id,
            "added": len(samples),
            "quality": [s.quality.as_json() for s in samples],
        }

    def _keep_thumbnail(self, person_id: int, samples: list[FaceSample]) -> None:
        """The best of the enrolled faces, small, for the People sheet (the
        first enrolment's; later ones add faces, not a new picture)."""
        best = max(samples, key=lambda s: s.quality.score)
        if best.crop is not None and (jpeg := thumbnail(best.crop)) is not None:
            self.store.persons.set_thumbnail(person_id, jpeg)

    def start_live(self, person_id: int, frames: int | None = None) -> dict[str, Any]:
        self.require_person(person_id)
        if self.live is not None and self.live.state is LiveState.COLLECTING:
            raise EnrolmentError(ErrorCode.BUSY, f"already enrolling person {self.live.person_id}")
        self.live = LiveEnrolment(person_id, frames or self.enrol_frames, started=self.clock())
        self.bus.publish(EventType.ENROLMENT, **self.live.as_json())
        return self.live.as_json()

    def cancel_live(self) -> dict[str, Any] | None:
        live = self.live
        if live is None or live.state is not LiveState.COLLECTING:
            return None
        live.state = LiveState.CANCELLED
        self.bus.publish(EventType.ENROLMENT, **live.as_json())
        return live.as_json()

    def feed_live(self, samples: list[FaceSample], now: float) -> None:
        """Called by the worker with one frame's faces while enrolling."""
        live = self.live
        if live is None or live.state is not LiveState.COLLECTING:
            return
        before = (len(live.samples), live.hint)
        live.offer(samples, now)
        if live.samples and len(live.samples) > before[0]:
            try:
                self._refuse_lookalike(live.person_id, live.samples[-1].embedding)
            except EnrolmentError as err:
                live.fail(err.code)
        if live.state is LiveState.COLLECTING and live.complete:
            self.store.persons.add_embeddings(
                live.person_id,
                [s.embedding for s in live.samples],
                [s.quality.score for s in live.samples],
                "live",
            )
            self._keep_thumbnail(live.person_id, live.samples)
            self.reload_gallery()
            live.state = LiveState.DONE
        if (len(live.samples), live.hint) != before or live.state is not LiveState.COLLECTING:
            self.bus.publish(EventType.ENROLMENT, **live.as_json())

    # -- session hooks: history and collected data -------------------------------
    def session_started(self, session: Session, face: SeenFace | None) -> None:
        if session.person_id is not None:
            # ids, not names, in the log: a forgotten person leaves no name there
            _LOGGER.info(
                "session for person %d (%s)", session.person_id, "PIN" if session.manual else "face"
            )

    def session_ended(self, session: Session, reason: str, duration: float) -> None:
        if session.person_id is None or self.store.persons.get(session.person_id) is None:
            return
        self.store.history.add(
            session.person_id,
            "session",
            {
                "session_id": session.id,
                "manual": session.manual,
                "reason": reason,
                "duration_s": round(duration, 1),
                "confidence": round(session.confidence, 4),
            },
            t=session.started,
        )

    def _keep_sample(self, person_id: int, face: SeenFace, kind: str) -> None:
        sample = face.sample
        if not self.collect_samples or sample is None:
            return
        self.store.samples.add(
            person_id=person_id,
            kind=kind,
            embedding=sample.embedding,
            confidence=face.decision.confidence if face.decision else None,
            face_jpeg=sample.crop,
        )

    def face_confirmed(self, person_id: int, face: SeenFace) -> None:
        now = self.clock()
        if now - self._last_confirmed.get(person_id, -CONFIRMED_EVERY) >= CONFIRMED_EVERY:
            self._last_confirmed[person_id] = now
            self._keep_sample(person_id, face, "confirmed")

    def face_corrected(self, person_id: int, face: SeenFace) -> None:
        """A PIN login with this face in view: it is the person's after all, so
        a "not me" that marked a face like it is withdrawn."""
        self._keep_sample(person_id, face, "corrected")
        if face.sample is not None and person_id in self._not_me:
            withdrawn = self.store.samples.withdraw_not_me(
                person_id, face.sample.embedding, self.thresholds.match_distance
            )
            if withdrawn:
                self._load_not_me()

    def not_me(self) -> Session:
        """End a mistaken session (see ``SessionManager.not_me``)."""
        return self.session.not_me()

    def face_rejected(self, session: Session, face: SeenFace | None) -> None:
        """The face of a mistaken session is a negative for its person: the
        faces confirmed during the session too, and the refinement will never
        add them. Kept whatever ``collect_samples`` says (the correction needs
        the embedding), the crop only when samples are collected."""
        person_id = session.person_id
        distance = face.decision.distance if face and face.decision else 0.0
        if person_id is None or face is None or distance < NOT_ME_MIN_DISTANCE:
            return
        marked = self.store.samples.mark_not_me(person_id, session.started)
        sample = face.sample
        if sample is not None:
            self.store.samples.add(
                person_id=person_id,
                kind=NOT_ME,
                embedding=sample.embedding,
                confidence=face.decision.confidence if face.decision else None,
                face_jpeg=sample.crop if self.collect_samples else None,
            )
        self._load_not_me()
        kept = marked + (sample is not None)
        _LOGGER.info("not me: person %d, %d faces kept as negatives", person_id, kept)
