// <mirror-calibration>: the expression calibration of the second source
// paper: hold an expression while the engine collects frames of it (counts
// shown as they grow), then train the person's own classifier and see how it
// scored.

import { html, nothing } from "lit";
import { EMOTIONS } from "../contract";
import { define } from "../controls/define";
import type { TranslationKey } from "../localize";
import { MirrorWidget } from "./base";

const METRICS: [string, TranslationKey][] = [
  ["accuracy", "calibration.accuracy"],
  ["precision", "calibration.precision"],
  ["recall", "calibration.recall"],
  ["f1", "calibration.f1"],
];

export class MirrorCalibration extends MirrorWidget {
  private polling?: ReturnType<typeof setInterval>;

  protected async load(): Promise<void> {
    this.data = await this.me("calibration");
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.polling) clearInterval(this.polling);
    this.polling = undefined;
  }

  private async hold(label: string): Promise<void> {
    try {
      await this.me("calibration/collect", "POST", { label, frames: 100 });
      if (!this.polling)
        this.polling = setInterval(() => void this.load().catch((err: unknown) => this.failed(err)), 500);
    } catch (err) {
      this.failed(err);
    }
  }

  private async train(): Promise<void> {
    try {
      this.data = { ...this.data, report: await this.me("calibration/train", "POST") };
    } catch (err) {
      this.failed(err);
    }
  }

  render() {
    const t = this.i18n;
    const counts = (this.data?.counts ?? {}) as Record<string, number>;
    const needed = this.data?.needed_per_class ?? 100;
    const report = this.data?.report;
    return html`<div>${t.t("calibration.title")}</div>
      ${EMOTIONS.map(
        (e) =>
          html`<button data-expression=${e} @pointerdown=${() => void this.hold(e)}>
            ${t.t(`emotion.${e}`)} ${counts[e] ?? 0}/${needed}
          </button>`,
      )}
      <button id="train" @click=${() => void this.train()}>${t.t("calibration.train")}</button>
      ${
        report
          ? html`<table>
              ${METRICS.map(
                ([k, label]) =>
                  html`<tr>
                    <td>${t.t(label)}</td>
                    <td>${report.metrics?.[k] ?? report[k] ?? "–"}</td>
                  </tr>`,
              )}
            </table>`
          : nothing
      }
      ${this.error ? html`<div class="error">${this.error}</div>` : nothing}`;
  }
}

define("mirror-calibration", MirrorCalibration);
