import { describe, expect, it } from "vitest";
import {
  ConfirmCards,
  type ConfirmQuestion,
  commandLabel,
  correction,
  gestureInfo,
  modalityText,
  outcomeText,
  widgetName,
} from "../src/commands";
import { Localizer } from "../src/localize";

const question = (id: number, extra: Partial<ConfirmQuestion> = {}): ConfirmQuestion => ({
  id,
  name: "hide_widget",
  args: { widget: "public" },
  modality: "gesture",
  confidence: 0.5,
  alternatives: ["show_widget", "next_widget"],
  expires_in: 15,
  ...extra,
});

describe("commands in words", () => {
  it("labels commands for people", () => {
    expect(commandLabel("hide_widget", { widget: "public" })).toBe("hide the clock and weather");
    expect(commandLabel("zoom", { direction: "out" })).toBe("zoom out");
    expect(commandLabel("zoom", { direction: "reset" })).toBe("reset the zoom");
    expect(commandLabel("open_calibration")).toBe("start the expression calibration");
    expect(commandLabel("some_new_thing")).toBe("some new thing");
    expect(widgetName("evolution")).toBe("evolution chart");
    expect(widgetName("future")).toBe("future");
  });

  it("says how a command was understood", () => {
    expect(modalityText("voice", 0.62)).toBe("heard by voice, 62% sure");
    expect(modalityText("gesture", 0.7)).toBe("seen as a gesture, 70% sure");
    expect(modalityText("touch", 1)).toBe("by touch, 100% sure");
  });

  it("says the outcome briefly", () => {
    expect(outcomeText({ id: 1, outcome: "confirmed", name: "hide_widget", via: "gesture" })).toBe(
      "✓ confirmed by thumbs-up",
    );
    expect(outcomeText({ id: 1, outcome: "confirmed", name: "hide_widget", via: "touch" })).toBe(
      "✓ confirmed by touch",
    );
    expect(outcomeText({ id: 1, outcome: "rejected", name: "none", via: "touch" })).toBe("✗ cancelled by touch");
    expect(outcomeText({ id: 1, outcome: "corrected", name: "next_widget", via: "voice" })).toBe(
      "✓ corrected by voice: next widget",
    );
  });

  it("carries the argument over to a correction of the same kind only", () => {
    expect(correction(question(1), "show_widget")).toEqual({ name: "show_widget", args: { widget: "public" } });
    expect(correction(question(1), "next_widget")).toEqual({ name: "next_widget", args: {} });
    expect(correction(question(1, { name: "zoom", args: { direction: "in" } }), "hide_widget")).toEqual({
      name: "hide_widget",
      args: {},
    });
  });

  it("knows the gestures and names unknown ones", () => {
    expect(gestureInfo("thumbs_up").label).toBe("thumbs-up");
    expect(gestureInfo("swipe_left").icon).toBe("mdi:gesture-swipe-left");
    expect(gestureInfo("pinch").label).toBe("pinch");
  });
});

describe("commands in Korean", () => {
  const ko = new Localizer("ko");

  it("labels commands, modalities, outcomes and gestures", () => {
    expect(commandLabel("hide_widget", { widget: "public" }, ko)).toBe("시계와 날씨 숨기기");
    expect(commandLabel("show_widget", {}, ko)).toBe("위젯 보이기");
    expect(commandLabel("capture", {}, ko)).toBe("사진 찍기");
    expect(commandLabel("logout", {}, ko)).toBe("로그아웃");
    expect(commandLabel("zoom", { direction: "out" }, ko)).toBe("축소");
    expect(commandLabel("some_new_thing", {}, ko)).toBe("some new thing");
    expect(modalityText("voice", 0.62, ko)).toBe("음성으로 들음, 확신도 62%");
    expect(outcomeText({ id: 1, outcome: "confirmed", name: "hide_widget", via: "gesture" }, ko)).toBe(
      "✓ 확인됨 (엄지 척)",
    );
    expect(outcomeText({ id: 1, outcome: "corrected", name: "next_widget", via: "voice" }, ko)).toBe(
      "✓ 수정됨 (음성): 다음 위젯",
    );
    expect(gestureInfo("thumbs_up", ko)).toEqual({ icon: "mdi:thumb-up-outline", label: "엄지 척" });
  });

  it("says the outcome in the language of the moment it shows", () => {
    const cards = new ConfirmCards();
    cards.ask(question(3), 0);
    cards.result({ id: 3, outcome: "rejected", name: "none", via: "touch" }, 100);
    expect(cards.shownOutcome(200, ko)).toBe("✗ 취소됨 (터치)");
    expect(cards.shownOutcome(200)).toBe("✗ cancelled by touch");
  });
});

describe("ConfirmCards", () => {
  it("counts down and closes when the question expires", () => {
    const cards = new ConfirmCards();
    cards.ask(question(1, { expires_in: 3 }), 1000);
    expect(cards.current(1000)?.id).toBe(1);
    expect(cards.remaining(1000)).toBe(3);
    expect(cards.remaining(1900)).toBe(3); // whole seconds, rounded up
    expect(cards.remaining(2001)).toBe(2);
    expect(cards.remaining(3999)).toBe(1);
    expect(cards.busy(3999)).toBe(true);
    expect(cards.current(4000)).toBeNull();
    expect(cards.remaining(4000)).toBe(0);
    expect(cards.shownOutcome(4000)).toBeNull(); // expiry has no outcome
    expect(cards.busy(4000)).toBe(false);
  });

  it("closes on its own confirm_result only, and shows the outcome briefly", () => {
    const cards = new ConfirmCards(2500);
    cards.ask(question(7), 0);
    expect(cards.result({ id: 8, outcome: "confirmed", name: "hide_widget", via: "touch" }, 100)).toBe(false);
    expect(cards.current(100)?.id).toBe(7);
    expect(cards.shownOutcome(100)).toBeNull();
    expect(cards.result({ id: 7, outcome: "confirmed", name: "hide_widget", via: "gesture" }, 200)).toBe(true);
    expect(cards.current(200)).toBeNull();
    expect(cards.shownOutcome(200)).toBe("✓ confirmed by thumbs-up");
    expect(cards.busy(2600)).toBe(true);
    expect(cards.shownOutcome(2700)).toBeNull();
    expect(cards.busy(2700)).toBe(false);
  });

  it("shows the newest question; an older one comes back when it is answered", () => {
    const cards = new ConfirmCards();
    cards.ask(question(1), 0);
    cards.ask(question(2, { name: "zoom", args: { direction: "in" } }), 1000);
    expect(cards.current(1000)?.id).toBe(2);
    cards.result({ id: 2, outcome: "rejected", name: "none", via: "touch" }, 2000);
    expect(cards.current(2000)?.id).toBe(1);
    expect(cards.remaining(2000)).toBe(13);
    cards.close(1);
    expect(cards.current(2000)).toBeNull();
  });

  it("a question asked again replaces itself", () => {
    const cards = new ConfirmCards();
    cards.ask(question(1, { expires_in: 2 }), 0);
    cards.ask(question(1, { expires_in: 10 }), 1000);
    expect(cards.remaining(1000)).toBe(10);
  });
});
