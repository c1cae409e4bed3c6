// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { Localizer } from "../../src/localize";
import "../../src/people/first-run";
import type { MirrorFirstRun } from "../../src/people/first-run";
import "../../src/people/people-sheet";
import type { MirrorPeople } from "../../src/people/people-sheet";
import "../../src/people/person-card";
import type { MirrorPersonCard } from "../../src/people/person-card";
import type * as Photo from "../../src/people/photo";
import type { EnrolledPerson, LiveProgress } from "../../src/types";
import { type FakeHass, click, events, fakeHass, mount, settle, text, update } from "./helpers";

// the photo is scaled in a canvas happy-dom does not draw: photo.test.ts tests that
const scaled = vi.hoisted(() => vi.fn(async (_file: Blob) => "SCALED"));
vi.mock("../../src/people/photo", async (original) => ({
  ...(await original<typeof Photo>()),
  photoForEnrolment: scaled,
}));

const korean = new Localizer("ko");

const lin: EnrolledPerson = {
  id: 1,
  name: "Lin-Manuel Miranda",
  ha_person: "person.lin",
  embeddings: 3,
  has_pin: true,
  has_thumbnail: true,
  calendars: ["calendar.lin"],
};
const alex: EnrolledPerson = {
  id: 2,
  name: "Alex",
  ha_person: null,
  embeddings: 1,
  has_pin: false,
  has_thumbnail: false,
  calendars: [],
};
const people = [
  { entityId: "person.lin", name: "Lin" },
  { entityId: "person.alex", name: "Alex Lacamoire" },
];
const calendars = [
  { entityId: "calendar.lin", name: "Lin's" },
  { entityId: "calendar.family", name: "Family" },
];

afterEach(() => {
  document.body.replaceChildren();
  scaled.mockClear();
});

describe("<mirror-person-card>", () => {
  const card = (properties: Partial<MirrorPersonCard> = {}) =>
    mount<MirrorPersonCard>("mirror-person-card", { person: lin, people, calendars, ...properties });

  it("sums a person up: faces, whether there is a PIN (never which), Home Assistant person, calendars", async () => {
    const shown = await card({ thumbnail: "data:image/jpeg;base64,AAAA" });
    expect(text(shown.querySelector(".people-title"))).toBe("Lin-Manuel Miranda");
    expect(text(shown.querySelector(".people-summary"))).toBe("3 faces · PIN set · Home Assistant: Lin · 1 calendar");
    expect(shown.querySelector<HTMLImageElement>("img.people-face")?.src).toBe("data:image/jpeg;base64,AAAA");
    expect(shown.querySelector(".people-details")).toBeNull(); // closed
    await update(shown, { person: alex, thumbnail: null, i18n: korean });
    expect(text(shown.querySelector(".people-summary"))).toBe(
      "얼굴 1개 · PIN 없음 · Home Assistant 구성원과 연결 안 됨 · 캘린더 0개",
    );
    expect(text(shown.querySelector(".people-initial"))).toBe("A");
  });

  it("opens and closes by its header", async () => {
    const shown = await card();
    const opened = events(shown, "person-open");
    click(shown.querySelector(".people-head"));
    await update(shown, { open: true });
    expect(shown.querySelector(".people-head")?.getAttribute("aria-expanded")).toBe("true");
    click(shown.querySelector(".people-head"));
    expect(opened).toEqual([{ id: 1 }, { id: null }]);
  });

  it("sends a rename, the Home Assistant person and the whole list of calendars", async () => {
    const shown = await card({ open: true });
    const renamed = events(shown, "person-rename");
    const linked = events(shown, "person-link");
    const name = shown.querySelector<HTMLInputElement>("input.people-name")!;
    expect(name.value).toBe("Lin-Manuel Miranda");
    name.value = "  Lin  ";
    click(shown.querySelector("button.people-rename"));
    name.value = "Lin-Manuel Miranda"; // unchanged: nothing to send
    click(shown.querySelector("button.people-rename"));
    expect(renamed).toEqual([{ id: 1, name: "Lin" }]);

    const select = shown.querySelector<HTMLSelectElement>("select.people-ha-person")!;
    expect([...select.options].map((o) => [o.value, text(o)])).toEqual([
      ["", "nobody"],
      ["person.lin", "Lin"],
      ["person.alex", "Alex Lacamoire"],
    ]);
    expect(select.value).toBe("person.lin");
    select.value = "";
    select.dispatchEvent(new Event("change"));
    const boxes = [...shown.querySelectorAll<HTMLInputElement>("input.people-calendar")];
    expect(boxes.map((b) => [b.value, b.checked])).toEqual([
      ["calendar.lin", true],
      ["calendar.family", false],
    ]);
    boxes[1].checked = true;
    boxes[1].dispatchEvent(new Event("change"));
    expect(linked).toEqual([
      { id: 1, ha_person: null },
      { id: 1, calendars: ["calendar.lin", "calendar.family"] },
    ]);
  });

  it("adds faces from the mirror or a photo, and asks for the PIN pad", async () => {
    const shown = await card({ open: true });
    const live = events(shown, "person-enrol-live");
    const photos = events<{ id: number; file: File }>(shown, "person-enrol-photo");
    const pins = events(shown, "person-pin");
    const cleared = events(shown, "person-clear-pin");
    click(shown.querySelector("button.people-live"));
    const input = shown.querySelector<HTMLInputElement>("input.people-file")!;
    expect(input.accept).toBe("image/*");
    const file = new File(["jpeg"], "lin.jpg", { type: "image/jpeg" });
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    input.dispatchEvent(new Event("change"));
    expect(text(shown.querySelector("button.people-set-pin"))).toBe("Change the PIN");
    click(shown.querySelector("button.people-set-pin"));
    click(shown.querySelector("button.people-clear-pin"));
    expect(live).toEqual([{ id: 1 }]);
    expect(photos.map((p) => [p.id, p.file.name])).toEqual([[1, "lin.jpg"]]);
    expect(pins).toEqual([{ id: 1 }]);
    expect(cleared).toEqual([{ id: 1 }]);
    await update(shown, { person: alex });
    expect(text(shown.querySelector("button.people-set-pin"))).toBe("Set a PIN");
    expect(shown.querySelector("button.people-clear-pin")).toBeNull(); // nothing to remove
  });

  it("shows a live enrolment's progress and hints, in the user's language", async () => {
    const progress: LiveProgress = {
      person_id: 1,
      state: "collecting",
      collected: 3,
      needed: 12,
      hint: "hold_still",
      error: null,
    };
    const shown = await card({ open: true, progress });
    expect(text(shown.querySelector(".people-progress"))).toBe("3 / 12");
    expect(shown.querySelector<HTMLElement>(".people-live-state .progress span")?.style.width).toBe("25%");
    expect(text(shown.querySelector(".people-hint"))).toBe("hold still"); // the engine's code, in words
    expect(shown.querySelector<HTMLButtonElement>("button.people-live")?.disabled).toBe(true);
    await update(shown, { i18n: korean });
    expect(text(shown.querySelector(".people-hint"))).toBe("움직이지 마세요");
    await update(shown, {
      i18n: new Localizer("en"),
      progress: { ...progress, state: "failed", hint: null, error: "enrolment_timeout" },
    });
    expect(text(shown.querySelector(".people-live-state"))).toBe(
      "Not enough good pictures of the face in time. Try again.",
    );
    await update(shown, { progress: { ...progress, state: "done", collected: 12 } });
    expect(text(shown.querySelector(".people-live-state"))).toBe("Lin-Manuel Miranda's face is enrolled.");
  });

  it("forgets only after a confirmation", async () => {
    const shown = await card({ open: true });
    const forgotten = events(shown, "person-forget");
    click(shown.querySelector("button.people-forget"));
    await shown.updateComplete;
    expect(text(shown.querySelector(".people-confirm span"))).toBe(
      "Forget Lin-Manuel Miranda everywhere? Their faces, PIN, history, diary and photos are deleted.",
    );
    click(shown.querySelector("button.people-forget-no"));
    await shown.updateComplete;
    expect(shown.querySelector(".people-confirm")).toBeNull();
    expect(forgotten).toEqual([]);
    click(shown.querySelector("button.people-forget"));
    await shown.updateComplete;
    click(shown.querySelector("button.people-forget-yes"));
    expect(forgotten).toEqual([{ id: 1 }]);
    await update(shown, { open: false });
    await update(shown, { open: true });
    expect(shown.querySelector(".people-confirm")).toBeNull(); // closed, the question went with it
  });

  it("waits while a request is on its way, and shows its outcome", async () => {
    const shown = await card({ open: true, busy: true, note: "That name is already taken.", failed: true });
    const buttons = [...shown.querySelectorAll<HTMLButtonElement>(".people-details button")];
    expect(buttons.every((b) => b.disabled)).toBe(true);
    expect(text(shown.querySelector(".people-note"))).toBe("That name is already taken.");
    expect(shown.querySelector(".people-note")?.classList.contains("message")).toBe(true);
  });
});

/** A Home Assistant with an engine that knows `persons`, answering the People commands. */
function peopleHass(persons: EnrolledPerson[], refuse: Record<string, unknown> = {}): FakeHass {
  let list = persons.map((p) => ({ ...p }));
  let next = 10;
  const hass = fakeHass((message) => {
    const type = String(message.type).replace("smart_mirror/persons", "") || "/list";
    if (type in refuse) throw refuse[type];
    const id = message.person_id as number;
    switch (type) {
      case "/list":
        return list;
      case "/thumbnail":
        return { person_id: id, content_type: "image/jpeg", image: `FACE${id}` };
      case "/create": {
        const person = { ...alex, id: next++, name: message.name as string, embeddings: 0 };
        list.push(person);
        return person;
      }
      case "/rename":
      case "/link": {
        const person = list.find((p) => p.id === id)!;
        if (message.name) person.name = message.name as string;
        if ("ha_person" in message) person.ha_person = (message.ha_person as string | null) || null;
        if (message.calendars) person.calendars = message.calendars as string[];
        return person;
      }
      case "/set_pin":
        return { person_id: id, has_pin: true };
      case "/clear_pin":
        return { person_id: id, has_pin: false };
      case "/enrol_live":
        return { person_id: id, state: "collecting", collected: 0, needed: 12, hint: null, error: null };
      case "/enrol_photo":
        list = list.map((p) => (p.id === id ? { ...p, embeddings: p.embeddings + 1, has_thumbnail: true } : p));
        return { person_id: id, added: 1 };
      case "/forget":
        list = list.filter((p) => p.id !== id);
        return { person_id: id, forgotten: true };
    }
    return {};
  });
  hass.states = {
    "person.lin": { entity_id: "person.lin", attributes: { friendly_name: "Lin" } },
    "calendar.lin": { entity_id: "calendar.lin", attributes: { friendly_name: "Lin's" } },
    "light.kitchen": { entity_id: "light.kitchen", attributes: {} },
  };
  return hass;
}

const ENTRY = "e1";
const sent = (hass: FakeHass, type: string) =>
  hass.callWS.mock.calls
    .map(([m]) => m as Record<string, unknown>)
    .filter((m) => m.type === `smart_mirror/persons${type}`);
const cardOf = (sheet: MirrorPeople, id: number) =>
  [...sheet.querySelectorAll<MirrorPersonCard>("mirror-person-card")].find((c) => c.person.id === id)!;

async function openSheet(hass: FakeHass, properties: Partial<MirrorPeople> = {}): Promise<MirrorPeople> {
  const sheet = await mount<MirrorPeople>("mirror-people", { hass, entryId: ENTRY, ...properties });
  await settle();
  return sheet;
}

describe("<mirror-people>", () => {
  it("lists everybody with their face, asking for each thumbnail there is", async () => {
    const hass = peopleHass([lin, alex]);
    const sheet = await openSheet(hass);
    expect(sent(hass, "")).toEqual([{ type: "smart_mirror/persons", entry_id: ENTRY }]);
    expect(sent(hass, "/thumbnail")).toEqual([
      { type: "smart_mirror/persons/thumbnail", entry_id: ENTRY, person_id: 1 }, // Alex has none
    ]);
    const cards = [...sheet.querySelectorAll<MirrorPersonCard>("mirror-person-card")];
    expect(cards.map((c) => text(c.querySelector(".people-title")))).toEqual(["Lin-Manuel Miranda", "Alex"]);
    expect(cards[0].querySelector<HTMLImageElement>("img")?.src).toBe("data:image/jpeg;base64,FACE1");
    // Home Assistant's people and calendars, for the links
    expect(cards[0].people).toEqual([{ entityId: "person.lin", name: "Lin" }]);
    expect(cards[0].calendars).toEqual([{ entityId: "calendar.lin", name: "Lin's" }]);
    expect(text(sheet.querySelector("h2"))).toBe("People");
  });

  it("adds a person and opens them, or says why not in the user's words", async () => {
    const hass = peopleHass([]);
    const sheet = await openSheet(hass);
    expect(text(sheet.querySelector("#people-none"))).toBe("Nobody is enrolled yet. Add a person, then their face.");
    sheet.querySelector<HTMLInputElement>("#people-new-name")!.value = " Anna ";
    click(sheet.querySelector("#people-add"));
    await settle();
    expect(sent(hass, "/create")).toEqual([{ type: "smart_mirror/persons/create", entry_id: ENTRY, name: "Anna" }]);
    const card = cardOf(sheet, 10);
    expect(card.open).toBe(true);
    expect(text(card.querySelector(".people-note"))).toBe(
      "Anna added: now add their face from the mirror or from a photo.",
    );
    expect(sheet.querySelector<HTMLInputElement>("#people-new-name")!.value).toBe("");

    const refusing = peopleHass([], { "/create": { code: "name_taken", message: "name 'Anna' is taken" } });
    const other = await openSheet(refusing, { i18n: korean });
    other.querySelector<HTMLInputElement>("#people-new-name")!.value = "Anna";
    click(other.querySelector("#people-add"));
    await settle();
    expect(text(other.querySelector(".people-error"))).toBe("이미 있는 이름입니다.");
  });

  it("renames and links, showing what the integration answered", async () => {
    const hass = peopleHass([lin]);
    const sheet = await openSheet(hass);
    const card = cardOf(sheet, 1);
    card.dispatchEvent(new CustomEvent("person-rename", { detail: { id: 1, name: "Lin" }, bubbles: true }));
    await settle();
    expect(sent(hass, "/rename")).toEqual([
      { type: "smart_mirror/persons/rename", entry_id: ENTRY, person_id: 1, name: "Lin" },
    ]);
    expect(text(card.querySelector(".people-title"))).toBe("Lin");
    card.dispatchEvent(new CustomEvent("person-link", { detail: { id: 1, calendars: ["calendar.x"] }, bubbles: true }));
    await settle();
    expect(sent(hass, "/link")).toEqual([
      { type: "smart_mirror/persons/link", entry_id: ENTRY, person_id: 1, calendars: ["calendar.x"] },
    ]);
    expect(card.person.calendars).toEqual(["calendar.x"]);
    expect(text(card.querySelector(".people-note"))).toBe("Saved.");
  });

  it("sets a PIN entered twice on the PIN pad, never showing it, and removes it", async () => {
    const hass = peopleHass([alex]);
    const sheet = await openSheet(hass);
    const card = cardOf(sheet, 2);
    card.dispatchEvent(new CustomEvent("person-pin", { detail: { id: 2 }, bubbles: true }));
    await settle();
    const press = (keys: string) => {
      for (const key of [...keys, "ok"]) click(sheet.querySelector(`#people-pinpad button[data-key='${key}']`));
    };
    expect(text(sheet.querySelector("#people-pinpad .pin-prompt"))).toBe("New PIN for Alex");
    press("2468");
    await settle();
    expect(text(sheet.querySelector("#people-pinpad .pin-prompt"))).toBe("Alex's new PIN once more");
    press("2469");
    await settle();
    expect(text(sheet.querySelector("#people-pin-message"))).toBe("The two PINs differ. Enter the new PIN again.");
    expect(text(sheet.querySelector("#people-pinpad .pin-prompt"))).toBe("New PIN for Alex");
    expect(sent(hass, "/set_pin")).toEqual([]);
    press("2468");
    await settle();
    expect(text(sheet.querySelector("#people-pin-message"))).toBe("");
    press("2468");
    await settle();
    expect(sent(hass, "/set_pin")).toEqual([
      { type: "smart_mirror/persons/set_pin", entry_id: ENTRY, person_id: 2, pin: "2468" },
    ]);
    expect(sheet.querySelector("#people-pinpad")).toBeNull();
    expect(card.person.has_pin).toBe(true);
    expect(text(card.querySelector(".people-note"))).toBe("PIN saved.");
    expect(sheet.textContent).not.toContain("2468");

    card.dispatchEvent(new CustomEvent("person-clear-pin", { detail: { id: 2 }, bubbles: true }));
    await settle();
    expect(sent(hass, "/clear_pin")).toEqual([
      { type: "smart_mirror/persons/clear_pin", entry_id: ENTRY, person_id: 2 },
    ]);
    expect(card.person.has_pin).toBe(false);

    card.dispatchEvent(new CustomEvent("person-pin", { detail: { id: 2 }, bubbles: true }));
    await settle();
    click(sheet.querySelector("#people-pinpad button.pin-cancel"));
    await settle();
    expect(sheet.querySelector("#people-pinpad")).toBeNull();
  });

  it("follows a live enrolment by the engine's events, then shows the new face", async () => {
    const hass = peopleHass([alex]);
    const earlier: LiveProgress = {
      person_id: 2,
      state: "failed",
      collected: 0,
      needed: 12,
      hint: null,
      error: "matches_other",
    };
    const sheet = await openSheet(hass, { live: earlier });
    const card = cardOf(sheet, 2);
    card.dispatchEvent(new CustomEvent("person-enrol-live", { detail: { id: 2 }, bubbles: true }));
    await settle();
    expect(sent(hass, "/enrol_live")).toEqual([
      { type: "smart_mirror/persons/enrol_live", entry_id: ENTRY, person_id: 2 },
    ]);
    expect(card.progress).toMatchObject({ state: "collecting", collected: 0, needed: 12 }); // not the old failure
    await update(sheet, {
      live: { person_id: 2, state: "collecting", collected: 5, needed: 12, hint: "hold_still", error: null },
    });
    await settle();
    expect(card.progress?.collected).toBe(5);
    const listed = sent(hass, "").length;
    await update(sheet, {
      live: { person_id: 2, state: "done", collected: 12, needed: 12, hint: "done", error: null },
    });
    await settle();
    expect(card.progress?.state).toBe("done");
    expect(sent(hass, "").length).toBe(listed + 1); // asked again: how many faces now
  });

  it("enrols a photo scaled down first, and says how it went", async () => {
    const hass = peopleHass([alex]);
    const sheet = await openSheet(hass);
    const file = new File(["x"], "alex.jpg", { type: "image/jpeg" });
    cardOf(sheet, 2).dispatchEvent(new CustomEvent("person-enrol-photo", { detail: { id: 2, file }, bubbles: true }));
    await settle();
    expect(scaled).toHaveBeenCalledWith(file);
    expect(sent(hass, "/enrol_photo")).toEqual([
      { type: "smart_mirror/persons/enrol_photo", entry_id: ENTRY, person_id: 2, image: "SCALED" },
    ]);
    const card = cardOf(sheet, 2);
    expect(card.person.embeddings).toBe(2);
    expect(card.thumbnail).toBe("data:image/jpeg;base64,FACE2");
    expect(text(card.querySelector(".people-note"))).toBe("1 face added from the photo.");

    const refusing = peopleHass([alex], { "/enrol_photo": { code: "several_faces", message: "2 faces" } });
    const other = await openSheet(refusing);
    cardOf(other, 2).dispatchEvent(new CustomEvent("person-enrol-photo", { detail: { id: 2, file }, bubbles: true }));
    await settle();
    expect(text(cardOf(other, 2).querySelector(".people-note"))).toBe("More than one face was found.");
  });

  it("forgets a person and says so", async () => {
    const hass = peopleHass([lin, alex]);
    const sheet = await openSheet(hass);
    cardOf(sheet, 1).dispatchEvent(new CustomEvent("person-forget", { detail: { id: 1 }, bubbles: true }));
    await settle();
    expect(sent(hass, "/forget")).toEqual([{ type: "smart_mirror/persons/forget", entry_id: ENTRY, person_id: 1 }]);
    expect([...sheet.querySelectorAll<MirrorPersonCard>("mirror-person-card")].map((c) => c.person.id)).toEqual([2]);
    expect(text(sheet.querySelector(".people-said"))).toBe("Lin-Manuel Miranda is forgotten.");
  });

  it("says when the list is refused, and closes by its button", async () => {
    const hass = peopleHass([], { "/list": { code: "unauthorized", message: "admins only" } });
    const sheet = await openSheet(hass);
    expect(text(sheet.querySelector(".people-error"))).toBe("You are not allowed to do that.");
    const closed = events(sheet, "open-sheet");
    click(sheet.querySelector(".people-close"));
    expect(closed).toEqual([{ sheet: "people" }]);
  });
});

describe("<mirror-first-run>", () => {
  it("leads an admin to the People sheet", async () => {
    const card = await mount<MirrorFirstRun>("mirror-first-run", { admin: true });
    expect(text(card.querySelector(".first-run-title"))).toBe("Nobody is enrolled yet");
    const opened = events(card, "open-sheet");
    click(card.querySelector("#first-run-people"));
    expect(opened).toEqual([{ sheet: "people" }]);
    expect(card.querySelector("#first-run-ask")).toBeNull();
  });

  it("tells anyone else to ask an admin, in their language", async () => {
    const card = await mount<MirrorFirstRun>("mirror-first-run", { i18n: korean });
    expect(card.querySelector("#first-run-people")).toBeNull();
    expect(text(card.querySelector("#first-run-ask"))).toBe(
      "Home Assistant 관리자에게 거울에 가족을 등록해 달라고 하세요.",
    );
  });
});
