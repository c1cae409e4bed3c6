"""The open-set decisions that matter in a real room (issue 17), on real photos:
a stranger who resembles a member is a guest, never the PIN pad with the
member's name; a face in the background does not block photo enrolment.

The stranger comes from the shared labelled identities (``../shared/datasets``
next to the repository, read where they lie); the tests skip where it is absent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

from devkit.harness import SHARED
from mirror_engine.contract import SessionState as State
from mirror_engine.identity.enrolment import EnrolmentError
from mirror_engine.identity.session import SeenFace
from mirror_engine.pipeline.frames import Image
from mirror_engine.vision.identify import Decision, Verdict, confidence
from tests.engine.rig import EMPTY, Rig
from tests.engine.test_session import LEFT, Mirror, known

DATASETS = SHARED / "datasets"
# A member and a stranger from identities/pairs.csv (an impostor pair) whose
# faces are near enough that the rule before issue 17 (match 0.55, PIN pad up
# to 0.65) sent the stranger to the PIN pad showing the member's name.
MEMBER = "Abdullah_Gul/2.jpg"
STRANGER = "Antonio_Palocci/3.jpg"  # 0.57 from the member's enrolled photo
# Another photo of the member (0.28 away): still greeted.
MEMBER_AGAIN = "Abdullah_Gul/4.jpg"


@pytest.fixture(scope="session")
def identities() -> Path:
    base = DATASETS / "identities"
    if not (base / "pairs.csv").is_file():
        pytest.skip(f"shared labelled identities not found at {base}")
    return base


@pytest.fixture
def rig(tmp_path: Path, faces_dir: Path) -> Iterator[Rig]:
    built = Rig(tmp_path, faces_dir)
    yield built
    built.close()


def _read(path: Path) -> Image:
    image = cv2.imread(str(path), cv2.IMREAD_COLOR)
    assert image is not None, path
    return np.asarray(image, np.uint8)


def _jpeg(image: Image) -> bytes:
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 92])
    assert ok
    return data.tobytes()


def test_a_stranger_who_resembles_a_member_is_a_guest_without_the_members_name(
    rig: Rig, identities: Path
) -> None:
    member = rig.identity.create_person("Abdullah Gul")
    rig.identity.enrol_images(member.id, [(identities / MEMBER).read_bytes()])
    rig.enrol("Obama", "Biden")  # a household, not a single person

    stranger = _read(identities / STRANGER)
    boxes = rig.identity.detector.detect(stranger)
    rgb = np.asarray(cv2.cvtColor(stranger, cv2.COLOR_BGR2RGB), np.uint8)
    decision = rig.identity.decide(rig.identity.embedder.embed(rgb, boxes)[0].embedding)
    # the stranger does resemble the member: the old rule's PIN-pad band
    assert decision.person_id == member.id
    assert 0.55 <= decision.distance < 0.65

    states = [rig.show(stranger, dt=0.2) for _ in range(5)]
    assert states[-1] is State.GUEST
    assert State.NEEDS_LOGIN not in states
    assert State.ACTIVE not in states
    assert rig.of_type("person_recognized") == []
    # nothing the mirror published about that face names the member
    for event in rig.of_type("session") + rig.of_type("faces"):
        assert "Abdullah Gul" not in str(event.data)

    # the member's own other photo is still greeted
    rig.show(EMPTY, dt=6.0)
    rig.show(EMPTY, dt=0.1)
    member_again = _read(identities / MEMBER_AGAIN)
    assert rig.show(member_again) is State.ACTIVE
    assert rig.identity.session.session.name == "Abdullah Gul"  # type: ignore[union-attr]


def test_a_small_face_in_the_background_does_not_block_photo_enrolment(rig: Rig) -> None:
    photo = rig.image("scenes/obama-720p.jpg").copy()
    main = max(rig.identity.detector.detect(photo), key=lambda b: b.width)
    # someone far behind: Biden's face pasted at a third of the main face's width
    biden = rig.image("people/biden/biden.jpg")
    face = max(rig.identity.detector.detect(biden), key=lambda b: b.width)
    pad = face.width // 3
    crop = biden[
        max(0, face.top - pad) : face.bottom + pad, max(0, face.left - pad) : face.right + pad
    ]
    side = max(int(main.width * 0.33 * crop.shape[1] / face.width), 70)
    small = cv2.resize(crop, (side, round(side * crop.shape[0] / crop.shape[1])))
    x, y = 40, 40 if main.top > 40 + small.shape[0] else photo.shape[0] - small.shape[0] - 40
    photo[y : y + small.shape[0], x : x + small.shape[1]] = small
    upload = _jpeg(photo)
    # two faces are in the photo (the enrolment detector sees both) ...
    decoded = cv2.imdecode(np.frombuffer(upload, np.uint8), cv2.IMREAD_COLOR)
    assert len(rig.identity._upload_detector.detect(np.asarray(decoded, np.uint8))) == 2

    # ... and the photo enrols the main face
    person = rig.identity.create_person("Obama")
    result = rig.identity.enrol_images(person.id, [upload])
    assert result["added"] == 1
    rig.enrol("Biden")  # Biden, enrolled next, was not taken for Obama's face
    assert rig.show(rig.image("scenes/obama1.jpg")) is State.ACTIVE
    assert rig.identity.session.session.name == "Obama"  # type: ignore[union-attr]


def test_two_people_of_a_size_are_still_refused(rig: Rig) -> None:
    person = rig.identity.create_person("Who")
    with pytest.raises(EnrolmentError) as err:
        rig.identity.enrol_images(person.id, [(rig.faces / "scenes/two_people.jpg").read_bytes()])
    assert err.value.code == "several_faces"


def _unsure(distance: float, stranger: bool) -> Decision:
    return Decision(Verdict.UNCERTAIN, 1, distance, 0.2, confidence(distance), stranger)


def test_a_probable_stranger_is_a_guest_named_nowhere() -> None:
    mirror = Mirror()
    stranger = _unsure(0.58, stranger=True)
    assert mirror.see(SeenFace(LEFT, stranger, looks=1)) is State.DETECTING  # look again
    assert mirror.see(SeenFace(LEFT, stranger, looks=3)) is State.GUEST
    assert "Anna" not in str([e.data for e in mirror.events])


def test_on_the_pin_pad_looks_that_add_up_to_a_stranger_end_in_a_guest_session() -> None:
    mirror = Mirror()
    assert mirror.see(SeenFace(LEFT, _unsure(0.51, stranger=False), looks=3)) is State.NEEDS_LOGIN
    assert mirror.sm.snapshot()["candidate"]["name"] == "Anna"
    stranger = _unsure(0.58, stranger=True)
    # one untracked look: still the PIN pad, but the name is withheld (the field is kept)
    assert mirror.see(SeenFace(LEFT, stranger)) is State.NEEDS_LOGIN
    candidate = mirror.sm.snapshot()["candidate"]
    assert "name" in candidate
    assert candidate["name"] is None
    # the track's looks together say a stranger: a guest
    assert mirror.see(SeenFace(LEFT, stranger, looks=4)) is State.GUEST


def test_a_member_made_a_guest_by_poor_looks_is_greeted_on_the_next_good_one() -> None:
    """The looks that made a member a guest (turned aside, poor light) are
    often followed by good ones: a young guest session keeps identifying on
    every look, and a settled one waits for the re-verification."""
    mirror = Mirror()
    stranger = _unsure(0.58, stranger=True)
    mirror.see(SeenFace(LEFT, stranger, looks=1))
    assert mirror.see(SeenFace(LEFT, stranger, looks=3)) is State.GUEST
    now = mirror.clock.t
    assert mirror.sm.needs_identity(now + 0.2, [LEFT])  # young: every look
    assert not mirror.sm.settled()
    assert mirror.see(known(1), dt=0.2) is State.ACTIVE
    session = mirror.sm.snapshot()["session"]
    assert session is not None
    assert session["person"] is not None
    assert session["person"]["name"] == "Anna"
    # a guest session past its first seconds re-checks at the interval only
    other = Mirror()
    other.see(SeenFace(LEFT, stranger, looks=1))
    other.see(SeenFace(LEFT, stranger, looks=3))
    other.clock.t += 2.5
    assert other.sm.settled()
    assert not other.sm.needs_identity(other.clock.t, [LEFT])


def test_a_photo_cropped_to_the_face_enrols(rig: Rig) -> None:
    """A profile picture cropped to the face leaves HOG no margin: the upload
    detector frames it and finds the face (before, ``no_face``)."""
    upload_detector = rig.identity._upload_detector
    photo = rig.image("scenes/obama1.jpg")
    face = max(upload_detector.detect(photo), key=lambda b: b.width)
    # inside the face box, brows to chin, as the shared identities' LFW crops are
    inset = face.width // 6
    cropped = photo[
        face.top + inset : face.bottom - inset // 2, face.left + inset : face.right - inset
    ]
    assert upload_detector.detect(np.ascontiguousarray(cropped)) == []

    person = rig.identity.create_person("Obama")
    assert rig.identity.enrol_images(person.id, [_jpeg(cropped)])["added"] == 1
    rig.enrol("Biden")
    # greeted from another photo (the face track may take a few looks to be sure)
    states = [rig.show(rig.image("scenes/obama-720p.jpg"), dt=0.2) for _ in range(5)]
    assert State.ACTIVE in states
    assert rig.identity.session.session.name == "Obama"  # type: ignore[union-attr]
