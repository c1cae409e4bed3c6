// <mirror-admin>: the ML tier's state beside Settings: samples collected, the
// latest model versions with their accuracy and which is in use, Retrain.

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

  render() {
    const t = this.i18n;
    if (this.error) return html`<div class="error">${t.t("admin.error", { error: this.error })}</div>`;
    const status = this.data ?? {};
    const versions = (status.versions ?? []) as ModelVersion[];
    return html`<div>${t.t("admin.title")}</div>
      <div>${t.t("admin.samples", { samples: JSON.stringify(status.samples ?? status.data ?? {}) })}</div>
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
