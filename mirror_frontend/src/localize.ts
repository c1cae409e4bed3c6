// Every word the panel shows, from one translation table per language
// (translations/<language>.json), chosen by the Home Assistant user's
// language and falling back to English; dates, times and numbers formatted
// by Intl in the user's locale. No DOM here: vitest tests it.

import en from "./translations/en.json";
import ko from "./translations/ko.json";
import type { Hass } from "./types";

type Table = { [key: string]: string | Table };

/** "controls.zoom_in", ...: every key of the English table. */
type Keys<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Keys<T[K]>}`;
}[keyof T & string];
export type TranslationKey = Keys<typeof en>;
/** "evolution.title" for "evolution.title.one" / ".other": a text by number. */
export type PluralKey = TranslationKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

export type Vars = Record<string, string | number>;

/** A nested table as "a.b.c" -> text. */
export function flatten(table: Table, prefix = ""): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === "string") flat[prefix + key] = value;
    else Object.assign(flat, flatten(value, `${prefix}${key}.`));
  }
  return flat;
}

export const TABLES: Record<string, Record<string, string>> = { en: flatten(en), ko: flatten(ko) };
export const LANGUAGES = Object.keys(TABLES);

/** "Hello, {name}" with name -> "Hello, Lin"; an unknown placeholder stays. */
export function interpolate(text: string, vars: Vars = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A text cut at its placeholders, each replaced by its value as it is (an
 * element, for instance): "Did you mean: {command}?" -> ["Did you mean: ", <b>, "?"]. */
export function splice<T>(text: string, values: Record<string, T>): (string | T)[] {
  return text.split(/(\{\w+\})/).flatMap((part): (string | T)[] => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name !== undefined && name in values) return [values[name]];
    return part ? [part] : [];
  });
}

export interface LocaleOptions {
  timeFormat?: string; // Home Assistant's: "12", "24", "language" or "system"
}

export class Localizer {
  /** The table used: "en" or "ko". */
  readonly language: string;
  private readonly table: Record<string, string>;
  private readonly hour12: boolean | undefined;
  private readonly hour: "numeric" | "2-digit"; // 9:41 AM, but 09:41

  /** `locale`: the user's language as Home Assistant has it ("en", "en-GB",
   * "ko"); Intl formats in it, the table is its language's or English. */
  constructor(
    readonly locale = "en",
    options: LocaleOptions = {},
  ) {
    const language = locale.toLowerCase().split(/[-_]/)[0];
    this.language = language in TABLES ? language : "en";
    this.table = TABLES[this.language];
    this.hour12 = options.timeFormat === "12" ? true : options.timeFormat === "24" ? false : undefined;
    if (!supported(locale)) this.locale = this.language;
    const clock = new Intl.DateTimeFormat(this.locale, { hour: "numeric", hour12: this.hour12 }).resolvedOptions();
    this.hour = clock.hour12 ? "numeric" : "2-digit";
  }

  /** A text of the table (English when this language lacks it). */
  t(key: TranslationKey, vars?: Vars): string {
    return interpolate(this.table[key] ?? TABLES.en[key] ?? key, vars);
  }

  /** A text by number, as the language counts: `key`.one, .two, .few, ...
   * (Intl.PluralRules), or `key`.other. */
  plural(key: PluralKey, count: number, vars: Vars = {}): string {
    const form = new Intl.PluralRules(this.locale).select(count);
    return this.lookup(`${key}.${form}`, "", vars) || this.t(`${key}.other` as TranslationKey, vars);
  }

  /** A text whose key is made at run time (a widget's, an emotion's name), or
   * `fallback` when no table has it. */
  lookup(key: string, fallback: string, vars?: Vars): string {
    const text = this.table[key] ?? TABLES.en[key];
    return text === undefined ? fallback : interpolate(text, vars);
  }

  /** A text cut at its placeholders, which take the values as they are. */
  splice<T>(key: TranslationKey, values: Record<string, T>): (string | T)[] {
    return splice(this.table[key] ?? TABLES.en[key] ?? key, values);
  }

  /** A server error in words: its code's text when the table knows the code,
   * else its message (or `fallback`). */
  error(err: unknown, fallback?: string): string {
    const { code, message } = (err ?? {}) as { code?: unknown; message?: unknown };
    if (typeof code === "string" && `error.${code}` in this.table) return this.table[`error.${code}`];
    if (typeof message === "string" && message) return message;
    return fallback ?? String(err);
  }

  /** "09:41" / "9:41 AM" / "오전 9:41", as the user's locale writes a time. */
  time(when: Date, timeZone?: string): string {
    return this.format(when, { hour: this.hour, minute: "2-digit", hour12: this.hour12 }, timeZone);
  }

  /** "Thursday, December 3, 2026" / "2026년 12월 3일 목요일". */
  date(when: Date, timeZone?: string): string {
    return this.format(when, { weekday: "long", year: "numeric", month: "long", day: "numeric" }, timeZone);
  }

  /** "Dec 3" / "12월 3일": a day on a chart's axis. */
  day(when: Date): string {
    return this.format(when, { month: "short", day: "numeric" });
  }

  /** A date as a uPlot template asks for it ("{MMM}\n{YYYY}", "{M}/{D}", ...),
   * in the user's locale: each line gets the fields its tokens name. */
  chartDate(template: string): (when: Date) => string {
    const lines = template.split("\n").map((line) => {
      const fields: Intl.DateTimeFormatOptions = {};
      if (/\{YYYY\}/.test(line)) fields.year = "numeric";
      else if (/\{YY\}/.test(line)) fields.year = "2-digit";
      if (/\{MMMM\}/.test(line)) fields.month = "long";
      else if (/\{MMM\}/.test(line)) fields.month = "short";
      else if (/\{MM?\}/.test(line)) fields.month = "numeric";
      if (/\{DD?\}/.test(line)) fields.day = "numeric";
      if (/\{WWWW?\}/.test(line)) fields.weekday = "short";
      if (/\{(h|hh|H|HH)\}/.test(line)) Object.assign(fields, { hour: this.hour, hour12: this.hour12 });
      if (/\{mm\}/.test(line)) fields.minute = "2-digit";
      if (/\{ss\}/.test(line)) fields.second = "2-digit";
      return Object.keys(fields).length > 0 ? fields : null;
    });
    return (when) => lines.map((fields) => (fields ? this.format(when, fields) : "")).join("\n");
  }

  number(value: number, digits = 0): string {
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: digits }).format(value);
  }

  /** 0.62 -> "62%". */
  percent(share: number): string {
    return new Intl.NumberFormat(this.locale, { style: "percent", maximumFractionDigits: 0 }).format(share);
  }

  private format(when: Date, options: Intl.DateTimeFormatOptions, timeZone?: string): string {
    try {
      return new Intl.DateTimeFormat(this.locale, { ...options, timeZone }).format(when);
    } catch {
      return new Intl.DateTimeFormat(this.locale, options).format(when); // a time zone Intl does not know
    }
  }
}

function supported(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false; // not even a well-formed tag
  }
}

export const ENGLISH = new Localizer("en");

const cache = new Map<string, Localizer>();

/** The Home Assistant user's language and time format, one Localizer each
 * (the same object while they stay the same: elements re-render on change only). */
export function localize(hass?: Pick<Hass, "language" | "locale">): Localizer {
  const locale = hass?.locale?.language ?? hass?.language ?? "en";
  const timeFormat = hass?.locale?.time_format ?? "language";
  const key = `${locale}|${timeFormat}`;
  let found = cache.get(key);
  if (!found) {
    found = new Localizer(locale, { timeFormat });
    cache.set(key, found);
  }
  return found;
}
