// <mirror-evolution>: how the person's estimated age and mood changed over
// the last 30 days (the engine's daily aggregates), as a uPlot chart whose
// days are written in the user's locale.

import { html, nothing, unsafeCSS, type PropertyValues } from "lit";
import uPlot from "uplot";
import uplotCss from "uplot/dist/uPlot.min.css";
import { define } from "../controls/define";
import { type DayPoint, evolutionSeries } from "../evolution";
import { MirrorWidget } from "./base";

export class MirrorEvolution extends MirrorWidget {
  static styles = [MirrorWidget.styles, unsafeCSS(uplotCss)];
  private chart?: uPlot;

  protected async load(): Promise<void> {
    this.data = await this.me<DayPoint[]>("evolution/daily", "GET", undefined, { days: 30 });
  }

  protected updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.renderRoot.querySelector<HTMLElement>("#chart");
    if (!(changed.has("data") || changed.has("i18n")) || !this.data || !target) return;
    this.chart?.destroy();
    const t = this.i18n;
    this.chart = new uPlot(
      {
        width: 420,
        height: 180,
        legend: { show: true },
        fmtDate: (template: string) => t.chartDate(template),
        axes: [{ stroke: "#ccc" }, { stroke: "#ccc" }],
        series: [
          { label: t.t("evolution.day"), value: (_chart, x) => (x === null ? "–" : t.day(new Date(x * 1000))) },
          { label: t.t("evolution.age"), stroke: "#7cfc9a", width: 2 },
          { label: t.t("evolution.happy"), stroke: "#ffd54f", width: 2 },
        ],
      },
      evolutionSeries(this.data as DayPoint[]),
      target,
    );
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }

  render() {
    const days = (this.data ?? []) as DayPoint[];
    return html`<div>${this.i18n.plural("evolution.title", days.length, { days: this.i18n.number(days.length) })}</div>
      <div id="chart"></div>
      ${this.error ? html`<div class="error">${this.error}</div>` : nothing}`;
  }
}

define("mirror-evolution", MirrorEvolution);
