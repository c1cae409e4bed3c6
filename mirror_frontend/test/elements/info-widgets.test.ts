// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { Localizer } from "../../src/localize";
import "../../src/widgets/assessment";
import type { MirrorAssessment } from "../../src/widgets/assessment";
import "../../src/widgets/personal-info";
import type { MirrorPersonalInfo } from "../../src/widgets/personal-info";
import "../../src/widgets/placeholder";
import type { MirrorWidgetPlaceholder } from "../../src/widgets/placeholder";
import "../../src/widgets/public-info";
import type { MirrorPublicInfo } from "../../src/widgets/public-info";
import { mount, text, update } from "./helpers";

const korean = new Localizer("ko");
const snapshot = (value: unknown) => ({ value, age_s: 1, error: null });
const koreanTime = (when: Date, timeZone?: string) =>
  new Intl.DateTimeFormat("ko", { hour: "numeric", minute: "2-digit", timeZone }).format(when);

afterEach(() => document.body.replaceChildren());

describe("<mirror-public-info>", () => {
  const info = {
    clock: snapshot({
      iso: "2026-12-03T09:41:00+09:00",
      time_zone: "Asia/Seoul",
      date: "2026-12-03",
      time: "09:41",
      weekday: "Thursday",
    }),
    weather: snapshot({ temperature: 3.6, temperature_unit: "°C", condition: "partlycloudy" }),
    air_quality: snapshot({ aqi: 42 }),
  };

  it("shows the time and date in the user's locale, in Home Assistant's time zone", async () => {
    const widget = await mount<MirrorPublicInfo>("mirror-public-info", { info, i18n: new Localizer("en-GB") });
    expect(text(widget.querySelector(".clock"))).toBe("09:41");
    expect(text(widget.querySelector(".date"))).toMatch(/^Thursday,? 3 December 2026$/);
    await update(widget, { i18n: korean });
    // Korean writes the half of the day (오전, or AM in some ICU releases) before a 12-hour time
    expect(text(widget.querySelector(".clock"))).toBe(koreanTime(new Date("2026-12-03T09:41:00+09:00"), "Asia/Seoul"));
    expect(text(widget.querySelector(".clock"))).toMatch(/^\S+ 9:41$/);
    expect(text(widget.querySelector(".date"))).toBe("2026년 12월 3일 목요일");
  });

  it("shows the weather and the air, in words of the user's language", async () => {
    const widget = await mount<MirrorPublicInfo>("mirror-public-info", { info });
    expect(text(widget.querySelector(".weather"))).toBe("4°C · partly cloudy");
    expect(text(widget.querySelector(".air"))).toBe("Air index 42");
    await update(widget, { i18n: korean });
    expect(text(widget.querySelector(".weather"))).toBe("4°C · 구름 조금");
    expect(text(widget.querySelector(".air"))).toBe("대기질 지수 42");
    await update(widget, {
      info: { air_quality: snapshot({ readings: [{ name: "PM2.5", value: "8", unit: "µg/m³" }] }) },
    });
    expect(text(widget.querySelector(".air"))).toBe("대기질 PM2.5 8 µg/m³");
  });

  it("is the focus ring's public widget, and falls back to the clock's words", async () => {
    const widget = await mount<MirrorPublicInfo>("mirror-public-info", {
      info: { clock: snapshot({ date: "2026-12-03", time: "09:41", weekday: "Thursday" }) },
      focused: true,
    });
    const section = widget.querySelector<HTMLElement>("#public");
    expect(section?.dataset.widget).toBe("public");
    expect(section?.classList.contains("focused")).toBe(true);
    expect([...(section?.children ?? [])].map(text)).toEqual(["09:41", "Thursday 2026-12-03"]);
  });
});

describe("<mirror-personal-info>", () => {
  it("shows the next three events at their local times and the mail", async () => {
    const start = (h: number) => new Date(2026, 11, 3, h, 5).toISOString();
    const widget = await mount<MirrorPersonalInfo>("mirror-personal-info", {
      info: {
        calendar: snapshot([
          { summary: "Dentist", start: start(9) },
          { summary: "Lunch", start: start(13) },
          { summary: "Call", start: start(16) },
          { summary: "Not shown", start: start(18) },
        ]),
        mail: snapshot({ unread: 3, latest: [{ subject: "Hi" }, { subject: "Bill" }] }),
      },
      i18n: new Localizer("en-GB"),
    });
    expect([...widget.querySelectorAll(".event")].map(text)).toEqual(["09:05 Dentist", "13:05 Lunch", "16:05 Call"]);
    expect(text(widget.querySelector(".mail"))).toBe("✉ 3 unread");
    expect([...widget.querySelectorAll(".subject")].map(text)).toEqual(["Hi", "Bill"]);
    await update(widget, { i18n: korean });
    expect(text(widget.querySelector(".event"))).toBe(`${koreanTime(new Date(2026, 11, 3, 9, 5))} Dentist`);
    expect(text(widget.querySelector(".mail"))).toBe("✉ 읽지 않은 메일 3통");
  });

  it("leaves a start it cannot read as it is", async () => {
    const widget = await mount<MirrorPersonalInfo>("mirror-personal-info", {
      info: { calendar: snapshot([{ summary: "All day", start: "tomorrow" }]) },
    });
    expect(text(widget.querySelector(".event"))).toBe("tomorrow All day");
    expect(widget.querySelector(".mail")).toBeNull();
  });
});

describe("<mirror-assessment>", () => {
  it("shows age, mood, a bar an expression and liveness", async () => {
    const widget = await mount<MirrorAssessment>("mirror-assessment", {
      assessment: { age: 35.6, emotion: "happy", emotions: { happy: 0.7, sad: 0.1 }, live: 0.93 },
    });
    const section = widget.querySelector("#assessment");
    expect(text(section?.firstElementChild)).toBe("Age 36 · happy");
    expect(widget.querySelectorAll(".bar")).toHaveLength(7);
    expect(widget.querySelector<HTMLElement>(".bar[data-emotion='happy'] .fill")?.style.width).toBe("70%");
    expect(text(section?.lastElementChild)).toBe("Live 93%");
    await update(widget, { i18n: korean });
    expect(text(section?.firstElementChild)).toBe("나이 36 · 행복");
    expect(text(widget.querySelector(".bar[data-emotion='sad'] span"))).toBe("슬픔");
  });

  it("says nothing it does not know", async () => {
    const widget = await mount<MirrorAssessment>("mirror-assessment", { assessment: {} });
    expect(text(widget.querySelector("#assessment div"))).toBe("Age – · –");
  });
});

describe("<mirror-widget-placeholder>", () => {
  it("keeps the focus for a widget switched off", async () => {
    const held = await mount<MirrorWidgetPlaceholder>("mirror-widget-placeholder", { widget: "public" });
    const section = held.querySelector<HTMLElement>("#held");
    expect(text(section)).toBe("Clock and weather hidden · toggle again or tap to show");
    expect(section?.dataset.widget).toBe("public");
    expect(section?.classList.contains("focused")).toBe(true);
    await update(held, { i18n: korean });
    expect(text(held.querySelector("#held"))).toBe("시계와 날씨 숨김 · 다시 전환하거나 눌러서 보이기");
  });
});
