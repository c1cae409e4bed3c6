// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import "../../src/cards/confirm-card";
import type { MirrorConfirmCard } from "../../src/cards/confirm-card";
import type { ConfirmQuestion } from "../../src/commands";
import { Localizer } from "../../src/localize";
import { click, events, mount, text, update } from "./helpers";

const question: ConfirmQuestion = {
  id: 7,
  name: "hide_widget",
  args: { widget: "public" },
  modality: "gesture",
  confidence: 0.5,
  alternatives: ["show_widget"],
  expires_in: 15,
};

afterEach(() => document.body.replaceChildren());

describe("<mirror-confirm-card>", () => {
  it("asks, says how it understood, and counts down", async () => {
    const card = await mount<MirrorConfirmCard>("mirror-confirm-card", { question, remaining: 12 });
    const shown = card.querySelector<HTMLElement>("#confirm");
    expect(shown?.dataset.id).toBe("7");
    expect(text(card.querySelector("#confirm-label"))).toBe("hide the clock and weather");
    expect(text(card.querySelector(".question"))).toBe("Did you mean: hide the clock and weather?");
    expect(text(card.querySelector("#confirm-how"))).toBe("seen as a gesture, 50% sure");
    expect(text(card.querySelector("#confirm-countdown"))).toBe("12");
    expect(text(shown)).toContain("or give a thumbs-up");
    expect([...card.querySelectorAll("#confirm .answers button")].map(text)).toEqual([
      "Yes",
      "No",
      "show the clock and weather", // the alternative keeps the widget
    ]);
  });

  it("sends the answer: yes, no, or an alternative", async () => {
    const card = await mount<MirrorConfirmCard>("mirror-confirm-card", { question, remaining: 12 });
    const answers = events(card, "confirm-answer");
    click(card.querySelector("#confirm-yes"));
    click(card.querySelector("#confirm-no"));
    click(card.querySelector("button.alternative[data-name='show_widget']"));
    expect(answers).toEqual([
      { id: 7, accepted: true },
      { id: 7, accepted: false },
      { id: 7, accepted: true, alternative: "show_widget" },
    ]);
  });

  it("waits while an answer is on its way", async () => {
    const card = await mount<MirrorConfirmCard>("mirror-confirm-card", { question, answering: true });
    const buttons = [...card.querySelectorAll<HTMLButtonElement>("#confirm .answers button")];
    expect(buttons.every((b) => b.disabled)).toBe(true);
  });

  it("shows the outcome without a question, and nothing without either", async () => {
    const card = await mount<MirrorConfirmCard>("mirror-confirm-card", { outcome: "✓ confirmed by thumbs-up" });
    expect(card.querySelector("#confirm")).toBeNull();
    expect(text(card.querySelector("#confirm-outcome"))).toBe("✓ confirmed by thumbs-up");
    await update(card, { outcome: null });
    expect(text(card)).toBe("");
  });

  it("asks in Korean", async () => {
    const card = await mount<MirrorConfirmCard>("mirror-confirm-card", {
      question: { ...question, modality: "voice", confidence: 0.62 },
      remaining: 9,
      i18n: new Localizer("ko"),
    });
    expect(text(card.querySelector(".question"))).toBe("이 명령이 맞나요? 시계와 날씨 숨기기");
    expect(text(card.querySelector("#confirm-how"))).toBe("음성으로 들음, 확신도 62%");
    expect(text(card.querySelector(".hint"))).toBe("또는 엄지를 들어 주세요 · 9초");
    expect([...card.querySelectorAll("#confirm .answers button")].map(text)).toEqual([
      "예",
      "아니요",
      "시계와 날씨 보이기",
    ]);
  });
});
