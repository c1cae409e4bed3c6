// <mirror-diary>: today's diary entry in one touch (a mood, in the user's
// language, with a picture), and the latest three entries.

import { html, nothing } from "lit";
import { define } from "../controls/define";
import type { TranslationKey } from "../localize";
import { MirrorWidget } from "./base";

// One touch, one entry; `hook` names the button for tests (data-mood)
export const MOODS: { hook: string; key: TranslationKey; icon: string }[] = [
  { hook: "A good day", key: "diary.mood.good_day", icon: "😊" },
  { hook: "Tired", key: "diary.mood.tired", icon: "😴" },
  { hook: "Grateful", key: "diary.mood.grateful", icon: "🙏" },
  { hook: "Busy", key: "diary.mood.busy", icon: "⏱" },
];

export class MirrorDiary extends MirrorWidget {
  protected async load(): Promise<void> {
    this.data = await this.me("diary");
  }

  private async write(text: string): Promise<void> {
    try {
      await this.me("diary", "POST", { text, capture: true });
      await this.load();
    } catch (err) {
      this.failed(err);
    }
  }

  render() {
    const t = this.i18n;
    const entries = (this.data ?? []) as { text: string; mood: string | null; created: number }[];
    return html`<div>${t.t("diary.title")}</div>
      <div>
        ${MOODS.map(({ hook, key, icon }) => {
          const text = t.t(key);
          return html`<button data-mood=${hook} @click=${() => void this.write(text)}>${icon} ${text}</button>`;
        })}
      </div>
      ${entries
        .slice(0, 3)
        .map(
          (e) => html`<div class="entry">${e.text}${e.mood ? ` · ${t.lookup(`emotion.${e.mood}`, e.mood)}` : ""}</div>`,
        )}
      ${this.error ? html`<div class="error">${this.error}</div>` : nothing}`;
  }
}

define("mirror-diary", MirrorDiary);
