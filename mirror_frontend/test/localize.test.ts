/// <reference types="node" />
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GESTURES } from "../src/commands";
import { COMMAND_NAMES, EMOTIONS, ERROR_CODES, FEATURES, HINTS, MODALITIES, TUNABLE } from "../src/contract";
import { ENGLISH, LANGUAGES, Localizer, TABLES, interpolate, localize, splice } from "../src/localize";

const SRC = join(__dirname, "..", "src");

function sources(folder = SRC): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(folder, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(folder, entry.name)]
        : [],
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the translation tables", () => {
  it("are English and Korean", () => {
    expect(LANGUAGES).toEqual(["en", "ko"]);
  });

  it.each(LANGUAGES)("%s has every key English has, and no other", (language) => {
    const keys = Object.keys(TABLES[language]).sort();
    expect(keys.filter((k) => !(k in TABLES.en))).toEqual([]);
    expect(Object.keys(TABLES.en).filter((k) => !(k in TABLES[language]))).toEqual([]);
    expect(keys.filter((k) => TABLES[language][k].trim() === "")).toEqual([]);
  });

  it.each(LANGUAGES)("%s keeps each text's placeholders", (language) => {
    const differ = Object.keys(TABLES.en).filter(
      (key) => placeholders(TABLES.en[key]).join() !== placeholders(TABLES[language][key] ?? "").join(),
    );
    expect(differ).toEqual([]);
  });

  it("have every key the source uses", () => {
    // t("a.b"), .t("a.b"), lookup("a.b", ...), splice("a.b", ...) and typed constants ("a.b" as a TranslationKey)
    const used = new Set<string>();
    for (const file of sources()) {
      const code = readFileSync(file, "utf8");
      for (const match of code.matchAll(/\b(?:t|lookup|splice)\(\s*"([\w.-]+)"/g)) used.add(match[1]);
      for (const match of code.matchAll(/\bplural\(\s*"([\w.-]+)"/g)) used.add(`${match[1]}.other`);
      for (const match of code.matchAll(/key: "([\w.-]+)"|: "((?:[a-z_]+\.)+[a-z_0-9]+)"/g))
        used.add(match[1] ?? match[2]);
    }
    expect(used.size).toBeGreaterThan(60);
    for (const language of LANGUAGES) {
      expect(
        [...used].filter((key) => !(key in TABLES[language])),
        language,
      ).toEqual([]);
    }
  });

  it("name everything the contract and the engine can send", () => {
    const needed = [
      ...FEATURES.map((f) => `widget.${f}`),
      ...EMOTIONS.map((e) => `emotion.${e}`),
      ...MODALITIES.map((m) => `modality.${m}`),
      ...MODALITIES.map((m) => `via.${m}`),
      ...COMMAND_NAMES.filter((c) => c !== "zoom").map((c) => `command.${c}`),
      ...["in", "out", "reset"].map((d) => `command.zoom_${d}`),
      ...Object.keys(GESTURES).map((g) => `gesture.${g}`),
      ...Object.keys(TUNABLE).map((s) => `settings.${s}`),
      ...ERROR_CODES.map((code) => `error.${code}`),
      ...HINTS.map((hint) => `enrolment.hint.${hint}`),
    ];
    for (const language of LANGUAGES) {
      expect(
        needed.filter((key) => !(key in TABLES[language])),
        language,
      ).toEqual([]);
    }
  });
});

describe("Localizer", () => {
  it("chooses the table by the user's language, English otherwise", () => {
    expect(localize({ language: "ko" }).language).toBe("ko");
    expect(localize({ language: "en", locale: { language: "ko-KR" } }).language).toBe("ko"); // the profile's locale first
    expect(localize({ language: "fr" }).language).toBe("en");
    expect(localize(undefined).language).toBe("en");
    expect(new Localizer("not a language!").locale).toBe("en");
    expect(localize({ language: "ko" })).toBe(localize({ language: "ko" })); // one object a language
  });

  it("fills placeholders, and keeps a value's braces as they are", () => {
    expect(ENGLISH.t("session.hello", { name: "Lin" })).toBe("Hello, Lin");
    expect(new Localizer("ko").t("session.hello", { name: "{name}" })).toBe("{name}님, 안녕하세요");
    expect(interpolate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    expect(splice("Did you mean: {command}?", { command: 42 })).toEqual(["Did you mean: ", 42, "?"]);
    expect(new Localizer("ko").splice("confirm.countdown", { seconds: 9 })).toEqual([9, "초"]);
  });

  it("counts as the language does", () => {
    expect(ENGLISH.plural("evolution.title", 1, { days: 1 })).toBe("Evolution · 1 day");
    expect(ENGLISH.plural("evolution.title", 30, { days: 30 })).toBe("Evolution · 30 days");
    expect(new Localizer("ko").plural("evolution.title", 1, { days: 1 })).toBe("변화 · 1일");
  });

  it("writes a chart's dates as uPlot's templates ask, in the user's locale", () => {
    const when = new Date(2026, 11, 3, 9, 5);
    expect(ENGLISH.chartDate("{M}/{D}")(when)).toBe("12/3");
    expect(ENGLISH.chartDate("{MMM}\n{YYYY}")(when)).toBe("Dec\n2026");
    expect(new Localizer("ko").chartDate("{M}/{D}\n{YYYY}")(when)).toBe("12. 3.\n2026년");
    expect(ENGLISH.chartDate("")(when)).toBe("");
  });

  it("looks up names made at run time, with a fallback", () => {
    const ko = new Localizer("ko");
    expect(ko.lookup("emotion.happy", "happy")).toBe("행복");
    expect(ko.lookup("emotion.bored", "bored")).toBe("bored");
  });

  it("says a server error by its code, or its message", () => {
    const ko = new Localizer("ko");
    expect(ko.error({ code: "wrong_pin", message: "wrong PIN" })).toBe("PIN이 틀렸습니다");
    expect(ko.error({ code: "home_assistant_error", message: "Service not found" })).toBe("Service not found");
    expect(ko.error({}, "로그인하지 못했습니다")).toBe("로그인하지 못했습니다");
    expect(ENGLISH.error(new Error("boom"))).toBe("boom");
  });

  it("formats times, dates and numbers with Intl in the user's locale", () => {
    const when = new Date(Date.UTC(2026, 11, 3, 0, 41)); // 09:41 in Seoul
    expect(new Localizer("en-GB").time(when, "Asia/Seoul")).toBe("09:41");
    expect(new Localizer("en-US").time(when, "Asia/Seoul")).toBe("9:41 AM");
    expect(new Localizer("ko").date(when, "Asia/Seoul")).toBe("2026년 12월 3일 목요일");
    expect(new Localizer("ko").time(when, "Asia/Seoul")).toMatch(/9:41/);
    expect(new Localizer("en-US").time(when, "Not/AZone")).toMatch(/^\d{1,2}:41/); // an unknown zone: the browser's
    expect(new Localizer("de").number(1234.5, 1)).toBe("1.234,5");
    expect(new Localizer("ko").percent(0.62)).toBe("62%");
  });

  it("follows Home Assistant's 12 or 24 hour setting", () => {
    const when = new Date(Date.UTC(2026, 11, 3, 13, 5));
    expect(localize({ locale: { language: "en-US", time_format: "24" } }).time(when, "UTC")).toBe("13:05");
    expect(localize({ locale: { language: "en-GB", time_format: "12" } }).time(when, "UTC")).toMatch(/^1:05\s?pm$/i);
  });
});
