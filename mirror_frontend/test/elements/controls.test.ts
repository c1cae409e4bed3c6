// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { Localizer } from "../../src/localize";
import "../../src/controls/indicators";
import type { MirrorIndicators } from "../../src/controls/indicators";
import "../../src/controls/picture-controls";
import type { MirrorPictureControls } from "../../src/controls/picture-controls";
import "../../src/controls/sheet-buttons";
import type { MirrorSheetButtons } from "../../src/controls/sheet-buttons";
import { click, events, mount, text, update } from "./helpers";

const korean = new Localizer("ko");

afterEach(() => document.body.replaceChildren());

describe("<mirror-picture-controls>", () => {
  it("sends the zoom steps and the capture", async () => {
    const controls = await mount<MirrorPictureControls>("mirror-picture-controls");
    const titles = [...controls.querySelectorAll("button")].map((b) => b.title);
    expect(titles).toEqual(["Zoom in", "Zoom out", "Reset", "Capture"]);
    const zooms = events(controls, "zoom");
    const captures = events(controls, "capture");
    click(controls.querySelector("button[title='Zoom in']"));
    click(controls.querySelector("button[title='Zoom out']"));
    click(controls.querySelector("button[title='Reset']"));
    click(controls.querySelector("#capture"));
    expect(zooms).toEqual([{ step: "in" }, { step: "out" }, { step: "reset" }]);
    expect(captures).toHaveLength(1);
  });

  it("names its buttons in Korean", async () => {
    const controls = await mount<MirrorPictureControls>("mirror-picture-controls", { i18n: korean });
    const titles = [...controls.querySelectorAll("button")].map((b) => b.title);
    expect(titles).toEqual(["확대", "축소", "원래 크기", "사진 찍기"]);
  });
});

describe("<mirror-sheet-buttons>", () => {
  it("shows Settings when on, calibration in a session, and always the microphone", async () => {
    const buttons = await mount<MirrorSheetButtons>("mirror-sheet-buttons");
    expect([...buttons.querySelectorAll("button")].map((b) => b.id)).toEqual(["open-settings", "open-voice"]);
    await update(buttons, { settings: false, calibration: true, open: "voice" });
    expect([...buttons.querySelectorAll("button")].map((b) => b.id)).toEqual(["open-calibration", "open-voice"]);
    expect(buttons.querySelector("#open-voice")?.classList.contains("on")).toBe(true);
  });

  it("sends which sheet to open", async () => {
    const buttons = await mount<MirrorSheetButtons>("mirror-sheet-buttons", { calibration: true });
    const opened = events(buttons, "open-sheet");
    for (const id of ["open-settings", "open-calibration", "open-voice"]) click(buttons.querySelector(`#${id}`));
    expect(opened).toEqual([{ sheet: "settings" }, { sheet: "calibration" }, { sheet: "voice" }]);
    await update(buttons, { i18n: korean });
    expect(buttons.querySelector<HTMLButtonElement>("#open-settings")?.title).toBe("설정");
  });
});

describe("<mirror-indicators>", () => {
  it("shows the gesture seen and a notice, and nothing without them", async () => {
    const shown = await mount<MirrorIndicators>("mirror-indicators");
    expect(text(shown)).toBe("");
    await update(shown, { gesture: "swipe_left", notice: "Nothing selected: swipe to a widget first." });
    expect(shown.querySelector("#gesture")?.getAttribute("data-gesture")).toBe("swipe_left");
    expect(shown.querySelector("#gesture ha-icon")?.getAttribute("icon")).toBe("mdi:gesture-swipe-left");
    expect(text(shown.querySelector("#gesture"))).toBe("swipe left");
    expect(text(shown.querySelector("#notice"))).toBe("Nothing selected: swipe to a widget first.");
    await update(shown, { i18n: korean, notice: null });
    expect(text(shown.querySelector("#gesture"))).toBe("왼쪽으로 밀기");
    expect(shown.querySelector("#notice")).toBeNull();
  });
});
