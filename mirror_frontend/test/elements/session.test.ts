// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { Localizer } from "../../src/localize";
import "../../src/session/enrolment";
import type { MirrorEnrolment } from "../../src/session/enrolment";
import "../../src/session/greeting";
import type { MirrorGreeting } from "../../src/session/greeting";
import "../../src/session/person-chooser";
import type { MirrorPersonChooser } from "../../src/session/person-chooser";
import "../../src/session/pin-pad";
import type { MirrorPinPad } from "../../src/session/pin-pad";
import { click, events, mount, text, update } from "./helpers";

const korean = new Localizer("ko");

afterEach(() => document.body.replaceChildren());

describe("<mirror-greeting>", () => {
  it("greets the person by name, in their language", async () => {
    const greeting = await mount<MirrorGreeting>("mirror-greeting", { person: "Lin-Manuel Miranda" });
    expect(text(greeting.querySelector("#greeting"))).toBe("Hello, Lin-Manuel Miranda");
    await update(greeting, { i18n: korean });
    expect(text(greeting.querySelector("#greeting"))).toBe("Lin-Manuel Miranda님, 안녕하세요");
  });

  it("offers a large Not me button on a person's greeting, never on a guest's", async () => {
    const greeting = await mount<MirrorGreeting>("mirror-greeting", { person: "Lin" });
    const said = events(greeting, "not-me");
    expect(text(greeting.querySelector("#not-me"))).toBe("Not me");
    click(greeting.querySelector("#not-me"));
    expect(said).toHaveLength(1);
    await update(greeting, { i18n: korean });
    expect(text(greeting.querySelector("#not-me"))).toBe("제가 아니에요");
    await update(greeting, { person: null });
    expect(greeting.querySelector("#not-me")).toBeNull();
  });

  it("greets a guest, and offers enrolment only when the engine suggests it", async () => {
    const greeting = await mount<MirrorGreeting>("mirror-greeting");
    expect(text(greeting.querySelector("#guest"))).toBe("Hello!");
    expect(greeting.querySelector("#enrol-start")).toBeNull();
    const started = events(greeting, "enrol-start");
    await update(greeting, { suggestEnrolment: true });
    expect(text(greeting.querySelector("#enrol-start"))).toBe("Enrol me");
    click(greeting.querySelector("#enrol-start"));
    expect(started).toHaveLength(1);
  });
});

describe("<mirror-person-chooser>", () => {
  it("shows one button a face, named when known, and sends the one tapped", async () => {
    const chooser = await mount<MirrorPersonChooser>("mirror-person-chooser", {
      faces: [{ name: "Obama" }, { name: null }],
    });
    expect(text(chooser.querySelector("#chooser div"))).toBe("Who are you? Tap your face.");
    const buttons = [...chooser.querySelectorAll("#chooser button.face")];
    expect(buttons.map(text)).toEqual(["Obama", "Face 2"]);
    const chosen = events(chooser, "choose-face");
    click(buttons[1]);
    expect(chosen).toEqual([{ index: 1 }]);
    await update(chooser, { i18n: korean });
    expect(text(chooser.querySelectorAll("#chooser button.face")[1])).toBe("얼굴 2");
    expect(chooser.querySelector("#chooser")?.getAttribute("aria-label")).toBe("사람 선택");
  });
});

describe("<mirror-pin-pad>", () => {
  const press = (pad: MirrorPinPad, keys: string[]) =>
    keys.forEach((key) => click(pad.querySelector(`button[data-key='${key}']`)));

  it("asks without a name when the engine withholds it", async () => {
    const pad = await mount<MirrorPinPad>("mirror-pin-pad", { name: null });
    expect(text(pad.querySelector("#pinpad div"))).toBe("Enter your PIN");
  });

  it("asks the candidate, shows dots, and sends the PIN on OK once it has four digits", async () => {
    const pad = await mount<MirrorPinPad>("mirror-pin-pad", { name: "Obama" });
    expect(text(pad.querySelector("#pinpad div"))).toBe("Obama? Enter your PIN");
    const submitted = events(pad, "pin-submit");
    const inputs = events(pad, "pin-input");
    press(pad, ["1", "2", "3", "ok"]);
    await pad.updateComplete;
    expect(submitted).toEqual([]); // three digits are not a PIN
    expect(text(pad.querySelector(".pin"))).toBe("•••");
    press(pad, ["4", "ok"]);
    await pad.updateComplete;
    expect(submitted).toEqual([{ pin: "1234" }]);
    expect(inputs).toHaveLength(6); // one a key: the panel clears its message
    expect(text(pad.querySelector(".pin"))).toBe(""); // forgotten once sent
  });

  it("goes back a digit and shows the panel's message", async () => {
    const pad = await mount<MirrorPinPad>("mirror-pin-pad", { name: "Obama", message: "Wrong PIN" });
    expect(text(pad.querySelector("#pin-message"))).toBe("Wrong PIN");
    const submitted = events(pad, "pin-submit");
    press(pad, ["9", "8", "back", "7", "6", "5", "ok"]);
    expect(submitted).toEqual([{ pin: "9765" }]);
  });

  it("asks its own question under its own id, and cancels forgetting the digits", async () => {
    const pad = await mount<MirrorPinPad>("mirror-pin-pad", {
      prompt: "New PIN for Lin",
      padId: "people-pinpad",
      message: "The two PINs differ.",
      cancellable: true,
    });
    expect(pad.querySelector("#pinpad")).toBeNull();
    expect(text(pad.querySelector("#people-pinpad .pin-prompt"))).toBe("New PIN for Lin");
    expect(text(pad.querySelector("#people-pin-message"))).toBe("The two PINs differ.");
    const cancelled = events(pad, "pin-cancel");
    const submitted = events(pad, "pin-submit");
    press(pad, ["1", "2"]);
    click(pad.querySelector("button.pin-cancel"));
    await pad.updateComplete;
    expect(cancelled).toHaveLength(1);
    expect(text(pad.querySelector(".pin"))).toBe("");
    press(pad, ["3", "4", "5", "6", "ok"]);
    expect(submitted).toEqual([{ pin: "3456" }]); // nothing of before the cancel
    const plain = await mount<MirrorPinPad>("mirror-pin-pad", { name: "Obama" });
    expect(plain.querySelector("button.pin-cancel")).toBeNull();
  });

  it("speaks Korean", async () => {
    const pad = await mount<MirrorPinPad>("mirror-pin-pad", { name: "오바마", i18n: korean });
    expect(text(pad.querySelector("#pinpad div"))).toBe("오바마님인가요? PIN을 입력하세요");
    expect(text(pad.querySelector("button[data-key='ok']"))).toBe("확인");
    expect(pad.querySelector("button[data-key='back']")?.getAttribute("title")).toBe("지우기");
    expect(pad.querySelector("#pinpad")?.getAttribute("aria-label")).toBe("PIN 입력");
  });
});

describe("<mirror-enrolment>", () => {
  const people = [
    { entityId: "person.alex", name: "Alex Lacamoire" },
    { entityId: "person.lin", name: "Lin" },
  ];

  it("asks who the guest is and sends the person chosen, or not now", async () => {
    const wizard = await mount<MirrorEnrolment>("mirror-enrolment", { enrolment: { step: "who" }, people });
    expect(text(wizard.querySelector("#enrol div"))).toBe("Who are you?");
    const chosen = events(wizard, "enrol-person");
    const cancelled = events(wizard, "enrol-cancel");
    click(wizard.querySelector("button.person[data-person='person.alex']"));
    click(wizard.querySelector("#enrol-cancel"));
    expect(chosen).toEqual([people[0]]);
    expect(cancelled).toHaveLength(1);
  });

  it("shows the collection's progress and the engine's hint in the user's language", async () => {
    const wizard = await mount<MirrorEnrolment>("mirror-enrolment", {
      enrolment: { step: "collecting", name: "Alex", collected: 3, needed: 12, hint: "hold_still" },
    });
    expect(text(wizard.querySelector("#enrol-progress"))).toBe("3 / 12");
    expect(wizard.querySelector<HTMLElement>(".progress span")?.style.width).toBe("25%");
    expect(text(wizard)).toContain("Stand still and look at the mirror, Alex");
    expect(text(wizard.querySelector(".message"))).toBe("hold still");
    await update(wizard, { i18n: korean });
    expect(text(wizard.querySelector(".message"))).toBe("움직이지 마세요");
    await update(wizard, { enrolment: { step: "collecting", name: "Alex", collected: 0, hint: "closer" } });
    expect(text(wizard.querySelector("#enrol-progress"))).toBe("0 / …");
    expect(text(wizard.querySelector(".message"))).toBe("조금 더 가까이 와서 거울을 정면으로 보고 움직이지 마세요");
  });

  it("welcomes, or fails with a way to try again", async () => {
    const wizard = await mount<MirrorEnrolment>("mirror-enrolment", { enrolment: { step: "done", name: "Alex" } });
    expect(text(wizard.querySelector("#enrol-done"))).toBe("Welcome, Alex!");
    const retried = events(wizard, "enrol-retry");
    await update(wizard, { enrolment: { step: "failed", name: "Alex" } });
    expect(text(wizard.querySelector(".message"))).toBe("Enrolment failed");
    click(wizard.querySelector("#enrol-retry"));
    expect(retried).toHaveLength(1);
    await update(wizard, { enrolment: { step: "failed", error: "enrolment_timeout" } });
    expect(text(wizard.querySelector(".message"))).toBe("Not enough good pictures of the face in time. Try again.");
    await update(wizard, { i18n: korean });
    expect(text(wizard.querySelector(".message"))).toBe(
      "제시간에 쓸 만한 얼굴 사진을 충분히 모으지 못했습니다. 다시 해 주세요.",
    );
    await update(wizard, { enrolment: { step: "failed", error: "matches_other" } });
    expect(text(wizard.querySelector(".message"))).toBe("이미 등록된 사람과 닮은 얼굴입니다.");
    await update(wizard, { enrolment: { step: "failed", error: "something else went wrong" } });
    expect(text(wizard.querySelector(".message"))).toBe("something else went wrong"); // as it came
  });
});
