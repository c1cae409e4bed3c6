// <mirror-settings>: the Settings sheet: each widget on or off (the engine's
// features, through the smart_mirror.hide_widget / show_widget services), the
// settings the household tunes from the wall, within the contract's ranges,
// and this display's own (kiosk mode, the picture filling the screen or seen
// whole: "display-change", remembered by the panel in this browser).

import { html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { FEATURES, TUNABLE } from "../contract";
import { widgetName } from "../commands";
import { define } from "../controls/define";
import type { TranslationKey } from "../localize";
import { fire } from "../events";
import type { PictureFit } from "../types";
import { MirrorWidget } from "./base";

// Settings the household changes from the wall (their ranges: the contract's TUNABLE)
const STEPPERS: [string, TranslationKey][] = [
  ["match_distance", "settings.match_distance"],
  ["reverify_interval", "settings.reverify_interval"],
  ["leave_timeout", "settings.leave_timeout"],
];

const FITS: [PictureFit, TranslationKey][] = [
  ["fill", "settings.fill"],
  ["fit", "settings.fit"],
];

export class MirrorSettings extends MirrorWidget {
  @property({ attribute: false }) toggles: Record<string, boolean> = {};
  @property({ type: Boolean }) kiosk = false; // this display is a kiosk
  @property({ attribute: false }) fit: PictureFit = "fill";

  protected async load(): Promise<void> {
    this.data = await this.hass!.callWS({ type: "smart_mirror/settings", entry_id: this.entryId });
  }

  private async toggle(feature: string): Promise<void> {
    const shown = this.toggles[feature] !== false;
    try {
      await this.hass!.callService("smart_mirror", shown ? "hide_widget" : "show_widget", {
        config_entry_id: this.entryId,
        widget: feature,
      });
    } catch (err) {
      this.failed(err);
    }
  }

  private async step(key: string, by: number): Promise<void> {
    const { minimum, maximum } = TUNABLE[key];
    const next = Number(this.data?.[key] ?? minimum) + by;
    const value = Math.round(Math.min(maximum, Math.max(minimum, next)) * 100) / 100;
    try {
      this.data = await this.hass!.callWS({
        type: "smart_mirror/settings",
        entry_id: this.entryId,
        changes: { [key]: value },
      });
    } catch (err) {
      this.failed(err);
    }
  }

  private value(key: string): string {
    const value = this.i18n.number(Number(this.data[key]), 2);
    return TUNABLE[key].unit === "s" ? this.i18n.t("settings.seconds", { value }) : value;
  }

  render() {
    const t = this.i18n;
    return html`<div>${t.t("settings.title")}</div>
      <div>
        ${FEATURES.map(
          (f) =>
            html`<button
              class=${this.toggles[f] !== false ? "on" : ""}
              data-feature=${f}
              @click=${() => void this.toggle(f)}
            >
              ${widgetName(f, t)}
            </button>`,
        )}
      </div>
      ${
        this.data
          ? STEPPERS.map(([key, label]) => {
              const { step: by } = TUNABLE[key];
              return html`<div>
                ${t.t("settings.setting", { label: t.t(label), value: this.value(key) })}
                <button data-step=${`${key}-`} @click=${() => void this.step(key, -by)}>−</button>
                <button data-step=${`${key}+`} @click=${() => void this.step(key, by)}>+</button>
              </div>`;
            })
          : nothing
      }
      <div class="display">
        <div>${t.t("settings.display")}</div>
        <button
          id="kiosk"
          class=${this.kiosk ? "on" : ""}
          aria-pressed=${this.kiosk ? "true" : "false"}
          @click=${() => fire(this, "display-change", { kiosk: !this.kiosk })}
        >
          ${t.t("settings.kiosk")}
        </button>
        ${FITS.map(
          ([fit, label]) =>
            html`<button
              data-fit=${fit}
              class=${this.fit === fit ? "on" : ""}
              aria-pressed=${this.fit === fit ? "true" : "false"}
              @click=${() => fire(this, "display-change", { fit })}
            >
              ${t.t(label)}
            </button>`,
        )}
      </div>
      ${this.error ? html`<div class="error">${this.error}</div>` : nothing}`;
  }
}

define("mirror-settings", MirrorSettings);
