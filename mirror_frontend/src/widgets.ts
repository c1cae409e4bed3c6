// The panel's right-hand widgets that talk to the mirror: Evolution (age and
// mood over the days), Diary, Settings, the ML tier's admin view, and the
// expression calibration of the second source paper. Personal ones speak for
// the session they were opened in; the engine refuses every other session.

import { type CSSResultGroup, LitElement, css, html, nothing, unsafeCSS, type PropertyValues } from "lit";
import uPlot from "uplot";
import { EMOTIONS, FEATURES, TUNABLE } from "./contract";
import { type DayPoint, evolutionSeries } from "./evolution";
import type { Hass } from "./panel";
import uplotCss from "uplot/dist/uPlot.min.css";

// Settings the household changes from the wall (their ranges: the contract's TUNABLE)
const STEPPERS: [string, string][] = [
  ["match_distance", "recognition distance (lower: stricter)"],
  ["reverify_interval", "re-verify every"],
  ["leave_timeout", "end a session after"],
];
const MOODS: [string, string][] = [
  ["A good day", "😊"],
  ["Tired", "😴"],
  ["Grateful", "🙏"],
  ["Busy", "⏱"],
];

abstract class MirrorWidget extends LitElement {
  static properties = {
    hass: { attribute: false },
    entryId: { attribute: false },
    sessionId: { attribute: false },
    data: { state: true },
    error: { state: true },
  };

  hass?: Hass;
  entryId?: string;
  sessionId?: string;
  data: any = null; // eslint-disable-line @typescript-eslint/no-explicit-any
  error = "";

  protected me<T>(path: string, method = "GET", body?: object, query?: object): Promise<T> {
    return this.hass!.callWS<T>({
      type: "smart_mirror/me",
      entry_id: this.entryId,
      session_id: this.sessionId,
      path,
      method,
      ...(body ? { body } : {}),
      ...(query ? { query } : {}),
    });
  }

  protected updated(changed: PropertyValues): void {
    if ((changed.has("sessionId") || changed.has("hass")) && this.hass && this.entryId && !this.data) {
      this.load().catch((err: { message?: string }) => (this.error = err.message ?? String(err)));
    }
  }

  protected abstract load(): Promise<void>;

  static styles: CSSResultGroup = css`
    :host {
      display: block;
      background: rgba(0, 0, 0, 0.45);
      border-radius: 20px;
      padding: 16px 20px;
      color: #fff;
      font-size: 24px;
    }
    button {
      min-width: 64px;
      min-height: 56px;
      font-size: 22px;
      border-radius: 14px;
      border: none;
      background: rgba(255, 255, 255, 0.15);
      color: #fff;
      margin: 4px;
    }
    button.on {
      background: #2e7d32;
    }
    table {
      font-size: 18px;
      border-collapse: collapse;
    }
    td,
    th {
      padding: 2px 8px;
      text-align: right;
    }
    .error {
      color: #ff9a9a;
      font-size: 18px;
    }
  `;
}

export class MirrorEvolution extends MirrorWidget {
  static styles = [MirrorWidget.styles, unsafeCSS(uplotCss)];
  private chart?: uPlot;

  protected async load(): Promise<void> {
    this.data = await this.me<DayPoint[]>("evolution/daily", "GET", undefined, { days: 30 });
  }

  protected updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.renderRoot.querySelector<HTMLElement>("#chart");
    if (!changed.has("data") || !this.data || !target) return;
    this.chart?.destroy();
    this.chart = new uPlot(
      {
        width: 420,
        height: 180,
        legend: { show: true },
        axes: [{ stroke: "#ccc" }, { stroke: "#ccc" }],
        series: [
          {},
          { label: "age", stroke: "#7cfc9a", width: 2 },
          { label: "happy %", stroke: "#ffd54f", width: 2 },
        ],
      },
      evolutionSeries(this.data as DayPoint[]),
      target,
    );
  }

  render() {
    const days = (this.data ?? []) as DayPoint[];
    return html`<div>Evolution · ${days.length} days</div>
      <div id="chart"></div>
      ${this.error ? html`<div class="error">${this.error}</div>` : nothing}`;
  }
}

export class MirrorDiary extends MirrorWidget {
  protected async load(): Promise<void> {
    this.data = await this.me("diary");
  }

  private async write(text: string): Promise<void> {
    try {
      await this.me("diary", "POST", { text, capture: true });
      await this.load();
    } catch (err) {
      this.error = (err as { message?: string }).message ?? String(err);
    }
  }

  render() {
    const entries = (this.data ?? []) as { text: string; mood: string | null; created: number }[];
    return html`<div>Diary</div>
      <div>
        ${MOODS.map(
          ([text, icon]) => html`<button data-mood=${text} @click=${() => void this.write(text)}>${icon} ${text}</button>`,
        )}
      </div>
      ${entries.slice(0, 3).map((e) => html`<div class="entry">${e.text}${e.mood ? ` · ${e.mood}` : ""}</div>`)}
      ${this.error ? html`<div class="error">${this.error}</div>` : nothing}`;
  }
}

export class MirrorSettings extends MirrorWidget {
  static properties = { ...MirrorWidget.properties, toggles: { attribute: false } };
  toggles: Record<string, boolean> = {};

  protected async load(): Promise<void> {
    this.data = await this.hass!.callWS({ type: "smart_mirror/settings", entry_id: this.entryId });
  }

  private async toggle(feature: string): Promise<void> {
    const shown = this.toggles[feature] !== false;
    await this.hass!.callService("smart_mirror", shown ? "hide_widget" : "show_widget", {
      config_entry_id: this.entryId,
      widget: feature,
    });
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
      this.error = (err as { message?: string }).message ?? String(err);
    }
  }

  render() {
    return html`<div>Settings</div>
      <div>
        ${FEATURES.map(
          (f) => html`<button class=${this.toggles[f] !== false ? "on" : ""} data-feature=${f} @click=${() => void this.toggle(f)}>
            ${f}
          </button>`,
        )}
      </div>
      ${this.data
        ? STEPPERS.map(
            ([key, label]) => {
              const { step: by, unit } = TUNABLE[key];
              return html`<div>
              ${label}: ${this.data[key]}${unit ? ` ${unit}` : ""}
              <button data-step=${`${key}-`} @click=${() => void this.step(key, -by)}>−</button>
              <button data-step=${`${key}+`} @click=${() => void this.step(key, by)}>+</button>
            </div>`;
            },
          )
        : nothing}
      ${this.error ? html`<div class="error">${this.error}</div>` : nothing}`;
  }
}

export class MirrorAdmin extends MirrorWidget {
  protected async load(): Promise<void> {
    this.data = await this.hass!.callWS({ type: "smart_mirror/trainer", entry_id: this.entryId });
  }

  private async retrain(): Promise<void> {
    await this.hass!.callWS({ type: "smart_mirror/trainer", entry_id: this.entryId, action: "retrain" });
    await this.load();
  }

  render() {
    if (this.error) return html`<div class="error">ML tier: ${this.error}</div>`;
    const status = this.data ?? {};
    const versions = (status.versions ?? []) as { kind: string; version: number; promoted: boolean; metrics: Record<string, number> }[];
    return html`<div>ML tier</div>
      <div>samples: ${JSON.stringify(status.samples ?? status.data ?? {})}</div>
      <table>
        <tr><th>model</th><th>version</th><th>accuracy</th><th>in use</th></tr>
        ${versions.slice(0, 5).map(
          (v) => html`<tr><td>${v.kind}</td><td>${v.version}</td><td>${v.metrics?.accuracy ?? "–"}</td><td>${v.promoted ? "✓" : ""}</td></tr>`,
        )}
      </table>
      <button id="retrain" @click=${() => void this.retrain()}>Retrain</button>`;
  }
}

export class MirrorCalibration extends MirrorWidget {
  private polling?: ReturnType<typeof setInterval>;

  protected async load(): Promise<void> {
    this.data = await this.me("calibration");
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.polling) clearInterval(this.polling);
  }

  private async hold(label: string): Promise<void> {
    try {
      await this.me("calibration/collect", "POST", { label, frames: 100 });
      if (!this.polling) this.polling = setInterval(() => void this.load(), 500);
    } catch (err) {
      this.error = (err as { message?: string }).message ?? String(err);
    }
  }

  private async train(): Promise<void> {
    try {
      this.data = { ...this.data, report: await this.me("calibration/train", "POST") };
    } catch (err) {
      this.error = (err as { message?: string }).message ?? String(err);
    }
  }

  render() {
    const counts = (this.data?.counts ?? {}) as Record<string, number>;
    const needed = this.data?.needed_per_class ?? 100;
    const report = this.data?.report;
    return html`<div>Expression calibration</div>
      ${EMOTIONS.map(
        (e) => html`<button data-expression=${e} @pointerdown=${() => void this.hold(e)}>
          ${e} ${counts[e] ?? 0}/${needed}
        </button>`,
      )}
      <button id="train" @click=${() => void this.train()}>Train</button>
      ${report
        ? html`<table>
            ${["accuracy", "precision", "recall", "f1"].map(
              (k) => html`<tr><td>${k}</td><td>${report.metrics?.[k] ?? report[k] ?? "–"}</td></tr>`,
            )}
          </table>`
        : nothing}
      ${this.error ? html`<div class="error">${this.error}</div>` : nothing}`;
  }
}

const elements: [string, CustomElementConstructor][] = [
  ["mirror-evolution", MirrorEvolution],
  ["mirror-diary", MirrorDiary],
  ["mirror-settings", MirrorSettings],
  ["mirror-admin", MirrorAdmin],
  ["mirror-calibration", MirrorCalibration],
];
for (const [name, element] of elements) {
  if (!customElements.get(name)) customElements.define(name, element);
}
