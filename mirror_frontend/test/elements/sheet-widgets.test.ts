// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { Localizer } from "../../src/localize";
import "../../src/widgets/admin";
import type { MirrorAdmin } from "../../src/widgets/admin";
import "../../src/widgets/calibration";
import type { MirrorCalibration } from "../../src/widgets/calibration";
import "../../src/widgets/diary";
import type { MirrorDiary } from "../../src/widgets/diary";
import "../../src/widgets/evolution";
import type { MirrorEvolution } from "../../src/widgets/evolution";
import "../../src/widgets/settings";
import type { MirrorSettings } from "../../src/widgets/settings";
import "../../src/widgets/voice";
import type { MirrorVoice } from "../../src/widgets/voice";
import { click, events, fakeHass, mount, settle, text, update } from "./helpers";

// uPlot draws on a canvas happy-dom does not have: the options it was given are enough
const charts = vi.hoisted(() => [] as { options: Record<string, unknown>; data: unknown }[]);
vi.mock("uplot", () => ({
  default: class {
    constructor(options: Record<string, unknown>, data: unknown) {
      charts.push({ options, data });
    }
    destroy() {}
  },
}));

const korean = new Localizer("ko");
const root = (element: HTMLElement) => element.shadowRoot!;

afterEach(() => {
  document.body.replaceChildren();
  charts.length = 0;
});

describe("<mirror-evolution>", () => {
  const days = [
    { day: "2026-11-20", mean_age: 35.5, emotions: { happy: 0.5 }, mood: "happy" },
    { day: "2026-11-21", mean_age: 36, emotions: { happy: 0.25 }, mood: "sad" },
  ];

  it("asks for the session's last 30 days and charts them, its labels in the user's language", async () => {
    const hass = fakeHass(() => days);
    const widget = await mount<MirrorEvolution>("mirror-evolution", {
      hass,
      entryId: "e1",
      sessionId: "s1",
      i18n: korean,
    });
    await settle();
    expect(hass.callWS).toHaveBeenCalledWith({
      type: "smart_mirror/me",
      entry_id: "e1",
      session_id: "s1",
      path: "evolution/daily",
      method: "GET",
      query: { days: 30 },
    });
    expect(text(root(widget).firstElementChild)).toBe("변화 · 2일");
    const chart = charts.at(-1)!;
    const series = chart.options.series as { label?: string; value?: (chart: unknown, x: number | null) => string }[];
    expect(series.map((s) => s.label)).toEqual(["날짜", "나이", "행복 %"]);
    expect(series[0].value?.(null, new Date(2026, 10, 20, 12).getTime() / 1000)).toBe("11월 20일");
    expect(series[0].value?.(null, null)).toBe("–");
    const fmtDate = chart.options.fmtDate as (tpl: string) => (date: Date) => string;
    expect(fmtDate("{MMM}\n{YYYY}")(new Date(2026, 10, 20, 12))).toBe("11월\n2026년");
  });

  it("shows what went wrong", async () => {
    const hass = fakeHass(() => Promise.reject({ code: "not_owner", message: "session s1 is not yours" }));
    const widget = await mount<MirrorEvolution>("mirror-evolution", { hass, entryId: "e1", sessionId: "s1" });
    await settle();
    expect(text(root(widget).querySelector(".error"))).toBe("That belongs to someone else.");
  });
});

describe("<mirror-diary>", () => {
  it("writes the mood touched, in the user's language, and shows the latest entries", async () => {
    const entries = [{ text: "좋은 하루", mood: "happy", created: 1 }];
    const hass = fakeHass((message) => (message.method === "GET" ? entries : {}));
    const widget = await mount<MirrorDiary>("mirror-diary", { hass, entryId: "e1", sessionId: "s1", i18n: korean });
    await settle();
    const buttons = [...root(widget).querySelectorAll<HTMLButtonElement>("button[data-mood]")];
    expect(buttons.map((b) => b.dataset.mood)).toEqual(["A good day", "Tired", "Grateful", "Busy"]);
    expect(buttons.map(text)).toEqual(["😊 좋은 하루", "😴 피곤해요", "🙏 감사해요", "⏱ 바빠요"]);
    click(root(widget).querySelector("button[data-mood='A good day']"));
    await settle();
    expect(hass.callWS).toHaveBeenCalledWith(
      expect.objectContaining({ path: "diary", method: "POST", body: { text: "좋은 하루", capture: true } }),
    );
    expect(text(root(widget).querySelector(".entry"))).toBe("좋은 하루 · 행복");
  });
});

describe("<mirror-settings>", () => {
  it("switches widgets through the services and steps a setting within its range", async () => {
    const hass = fakeHass((message) => ({
      match_distance: 0.64,
      reverify_interval: 10,
      leave_timeout: 5,
      ...(message.changes as object),
    }));
    const widget = await mount<MirrorSettings>("mirror-settings", { hass, entryId: "e1", toggles: { public: false } });
    await settle();
    const features = [...root(widget).querySelectorAll<HTMLButtonElement>("button[data-feature]")];
    expect(features.map(text)).toEqual([
      "clock and weather",
      "calendar and mail",
      "age and mood",
      "evolution chart",
      "diary",
      "settings button",
    ]);
    expect(features[0].classList.contains("on")).toBe(false);
    click(features[0]);
    click(features[1]);
    await settle();
    expect(hass.callService.mock.calls).toEqual([
      ["smart_mirror", "show_widget", { config_entry_id: "e1", widget: "public" }],
      ["smart_mirror", "hide_widget", { config_entry_id: "e1", widget: "personal" }],
    ]);
    expect(text(root(widget).querySelector("button[data-step='leave_timeout+']")?.parentElement)).toBe(
      "end a session after: 5 s − +",
    );
    click(root(widget).querySelector("button[data-step='match_distance+']"));
    await settle();
    expect(hass.callWS).toHaveBeenLastCalledWith({
      type: "smart_mirror/settings",
      entry_id: "e1",
      changes: { match_distance: 0.64 }, // the contract's maximum
    });
  });

  it("offers this display's own settings: kiosk mode and the picture's fit", async () => {
    const widget = await mount<MirrorSettings>("mirror-settings", { hass: fakeHass(), entryId: "e1", fit: "fill" });
    await settle();
    const changes = events(widget, "display-change");
    const kiosk = root(widget).querySelector("#kiosk")!;
    expect(text(root(widget).querySelector(".display div"))).toBe("This display");
    expect(kiosk.getAttribute("aria-pressed")).toBe("false");
    const fits = [...root(widget).querySelectorAll<HTMLButtonElement>("button[data-fit]")];
    expect(fits.map((b) => [text(b), b.getAttribute("aria-pressed")])).toEqual([
      ["Picture fills the screen", "true"],
      ["Whole picture", "false"],
    ]);
    click(kiosk);
    click(fits[1]);
    expect(changes).toEqual([{ kiosk: true }, { fit: "fit" }]);
    await update(widget, { kiosk: true, fit: "fit", i18n: korean });
    expect(root(widget).querySelector("#kiosk")?.classList.contains("on")).toBe(true);
    expect(text(root(widget).querySelector("#kiosk"))).toBe("키오스크: 거울만 전체 화면으로");
    click(root(widget).querySelector("#kiosk"));
    expect(changes.at(-1)).toEqual({ kiosk: false });
  });

  it("speaks Korean", async () => {
    const hass = fakeHass(() => ({ match_distance: 0.5, reverify_interval: 10, leave_timeout: 5 }));
    const widget = await mount<MirrorSettings>("mirror-settings", { hass, entryId: "e1", i18n: korean });
    await settle();
    expect(text(root(widget).firstElementChild)).toBe("설정");
    expect(text(root(widget).querySelector("button[data-step='leave_timeout+']")?.parentElement)).toBe(
      "자리를 떠난 뒤 세션 종료까지: 5초 − +",
    );
  });
});

describe("<mirror-admin>", () => {
  it("shows the model versions and retrains", async () => {
    const hass = fakeHass(() => ({
      samples: { faces: 3 },
      versions: [{ kind: "identity", version: 2, promoted: true, metrics: { accuracy: 0.9 } }],
    }));
    const widget = await mount<MirrorAdmin>("mirror-admin", { hass, entryId: "e1", i18n: korean });
    await settle();
    expect([...root(widget).querySelectorAll("th")].map(text)).toEqual(["모델", "버전", "정확도", "사용 중"]);
    expect([...root(widget).querySelectorAll("td")].map(text)).toEqual(["identity", "2", "0.9", "✓"]);
    expect(text(root(widget).querySelector("#not-me-count"))).toBe(
      "“제가 아니에요”: 다른 사람으로 잘못 알아본 얼굴 0개",
    );
    click(root(widget).querySelector("#retrain"));
    await settle();
    expect(hass.callWS).toHaveBeenCalledWith({ type: "smart_mirror/trainer", entry_id: "e1", action: "retrain" });
  });
});

describe("<mirror-admin> while the engine has not answered", () => {
  it("shows that it is loading, not a count of 0", async () => {
    let answer: (value: unknown) => void = () => {};
    const hass = fakeHass((message) =>
      message.type === "smart_mirror/trainer" ? new Promise((resolve) => (answer = resolve)) : null,
    );
    const widget = await mount<MirrorAdmin>("mirror-admin", { hass, entryId: "e1" });
    await settle();
    expect(root(widget).querySelector("#not-me-count")).toBeNull();
    expect(text(root(widget).querySelector("#admin-loading"))).toBe("Loading…");
    answer({ samples: { not_me: 2 }, versions: [] });
    await settle();
    expect(root(widget).querySelector("#admin-loading")).toBeNull();
    expect(text(root(widget).querySelector("#not-me-count"))).toBe(
      "“Not me”: 2 faces the mirror took for someone else",
    );
  });
});

describe("<mirror-admin>'s samples", () => {
  it("counts them by kind in words, the “not me” corrections on a line of their own", async () => {
    const hass = fakeHass(() => ({
      samples: { confirmed: 12, not_me: 1, gesture_command: 3, something_new: 2, corrected: 0 },
      versions: [],
    }));
    const widget = await mount<MirrorAdmin>("mirror-admin", { hass, entryId: "e1" });
    await settle();
    expect(text(root(widget).querySelector("#samples"))).toBe(
      "Samples: confirmed faces 12 · “not me” 1 · gesture answers 3 · something new 2",
    );
    expect(text(root(widget).querySelector("#not-me-count"))).toBe("“Not me”: 1 face the mirror took for someone else");
    widget.data = { samples: { not_me: 1234 } };
    await widget.updateComplete;
    expect(text(root(widget).querySelector("#not-me-count"))).toBe(
      "“Not me”: 1,234 faces the mirror took for someone else",
    );
    widget.data = { samples: {} };
    await widget.updateComplete;
    expect(text(root(widget).querySelector("#samples"))).toBe("Samples: none yet");
  });
});

describe("<mirror-calibration>", () => {
  it("collects an expression while held, trains, and shows the report", async () => {
    const hass = fakeHass((message) =>
      message.path === "calibration/train"
        ? { metrics: { accuracy: 0.8 } }
        : { counts: { happy: 40 }, needed_per_class: 100 },
    );
    const widget = await mount<MirrorCalibration>("mirror-calibration", { hass, entryId: "e1", sessionId: "s1" });
    await settle();
    const happy = root(widget).querySelector("button[data-expression='happy']");
    expect(text(happy)).toBe("happy 40/100");
    happy!.dispatchEvent(new Event("pointerdown"));
    click(root(widget).querySelector("#train"));
    await settle();
    expect(hass.callWS).toHaveBeenCalledWith(
      expect.objectContaining({ path: "calibration/collect", method: "POST", body: { label: "happy", frames: 100 } }),
    );
    expect([...root(widget).querySelectorAll("tr")[0].children].map(text)).toEqual(["accuracy", "0.8"]);
    widget.remove(); // stops asking
  });
});

describe("<mirror-voice>", () => {
  const pipelines = (stt: string | null) => ({
    pipelines: [{ id: "p", name: "Home", language: "en", stt_engine: stt, tts_engine: null, conversation_engine: "c" }],
    preferred_pipeline: "p",
  });

  it("says when there is no speech-to-text engine, in the user's language", async () => {
    const hass = fakeHass(() => pipelines(null));
    const widget = await mount<MirrorVoice>("mirror-voice", { hass });
    await settle();
    expect(text(root(widget).querySelector("#voice-note"))).toBe(
      "No speech-to-text engine configured in Home Assistant; type instead.",
    );
    document.body.replaceChildren();
    const inKorean = await mount<MirrorVoice>("mirror-voice", { hass, i18n: korean });
    await settle();
    expect(text(root(inKorean).querySelector(".title"))).toBe("음성 · Home");
    expect(root(inKorean).querySelector<HTMLInputElement>("#text")?.placeholder).toBe("Home Assistant에게 물어보세요…");
    expect(text(root(inKorean).querySelector("#voice-note"))).toBe(
      "Home Assistant에 음성 인식 엔진이 설정되어 있지 않습니다. 대신 입력해 주세요.",
    );
  });

  it("runs a typed question from the intent stage and shows the answer", async () => {
    const hass = fakeHass(() => pipelines(null));
    const widget = await mount<MirrorVoice>("mirror-voice", { hass });
    await settle();
    widget.text = "show the weather";
    await widget.updateComplete;
    root(widget)
      .querySelector("form")!
      .dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    const run = hass.subscriptions.at(-1)!;
    expect(run.message).toMatchObject({
      type: "assist_pipeline/run",
      start_stage: "intent",
      input: { text: "show the weather" },
    });
    run.callback({
      type: "intent-end",
      data: { intent_output: { response: { speech: { plain: { speech: "Showing the weather widget." } } } } },
    });
    run.callback({ type: "error", data: {} });
    await widget.updateComplete;
    expect(text(root(widget).querySelector("#heard"))).toBe("“show the weather”");
    expect(text(root(widget).querySelector("#speech"))).toBe("Showing the weather widget.");
    expect(text(root(widget).querySelector("#voice-error"))).toBe("Assist failed");
  });
});
