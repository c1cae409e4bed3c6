// <mirror-admin>: the ML tier's state beside Settings: samples collected by
// kind (among them the "not me" corrections: faces the mirror took for
// someone they were not), the latest model versions with their accuracy and
// which is in use, Retrain.

import { html } from "lit";
import { define } from "../controls/define";
import { MirrorWidget } from "./base";

interface ModelVersion {
  kind: string;
  version: number;
  promoted: boolean;
  metrics: Record<string, number>;
}

export class MirrorAdmin extends MirrorWidget {
  protected async load(): Promise<void> {
    this.data = await this.hass!.callWS({ type: "smart_mirror/trainer", entry_id: this.entryId });
  }

  private async retrain(): Promise<void> {
    try {
      await this.hass!.callWS({ type: "smart_mirror/trainer", entry_id: this.entryId, action: "retrain" });
      await this.load();
    } catch (err) {
      this.failed(err);
    }
  }

  /** "confirmed faces 12 · not me 2 · …": the samples by kind, in words. */
  private samples(counts: Record<string, number>): string {
    const t = this.i18n;
    const kinds = Object.entries(counts).filter(([, count]) => count > 0);
    if (kinds.length === 0) return t.t("admin.none");
    return kinds
      .map(([kind, count]) => `${t.lookup(`admin.kind.${kind}`, kind.replace(/_/g, " "))} ${t.number(count)}`)
      .join(" · ");
  }

  render() {
    const t = this.i18n;
    if (this.error) return html`<div class="error">${t.t("admin.error", { error: this.error })}</div>`;
    const status = this.data ?? {};
    const versions = (status.versions ?? []) as ModelVersion[];
    const counts = (status.samples ?? {}) as Record<string, number>;
    return html`<div>${t.t("admin.title")}</div>
      <div id="samples">${t.t("admin.samples", { samples: this.samples(counts) })}</div>
      <div id="not-me-count">
        ${t.plural("admin.not_me", counts.not_me ?? 0, { count: t.number(counts.not_me ?? 0) })}
      </div>
      <table>
        <tr>
          <th>${t.t("admin.model")}</th>
          <th>${t.t("admin.version")}</th>
          <th>${t.t("admin.accuracy")}</th>
          <th>${t.t("admin.in_use")}</th>
        </tr>
        ${versions.slice(0, 5).map(
          (v) =>
            html`<tr>
              <td>${v.kind}</td>
              <td>${v.version}</td>
              <td>${v.metrics?.accuracy ?? "–"}</td>
              <td>${v.promoted ? "✓" : ""}</td>
            </tr>`,
        )}
      </table>
      <button id="retrain" @click=${() => void this.retrain()}>${t.t("admin.retrain")}</button>`;
  }
}

define("mirror-admin", MirrorAdmin);
