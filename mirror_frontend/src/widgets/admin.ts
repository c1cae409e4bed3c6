// <mirror-admin>: the ML tier's state beside Settings: samples collected by
// kind (among them the "not me" corrections: faces the mirror took for
// someone they were not), the latest model versions with their accuracy and
// which is in use, Retrain. When this mirror is one of a household's
// (issue 19), the household too: this mirror's sync with the server and, per
// mirror of the household, the models in use, its data and its last sync
// (smart_mirror/household, through the integration like everything else).

import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { define } from "../controls/define";
import { MirrorWidget } from "./base";

interface ModelVersion {
  kind: string;
  version: number;
  promoted: boolean;
  metrics: Record<string, number>;
}

/** A model version one mirror uses (the server's version id; `person`: a
 * household member's own model, such as their expression head). */
export interface MirrorModel {
  kind: string;
  version: number;
  person?: string | null;
}

/** One mirror as the household's server reports it; every field but
 * `mirror` may be missing (an older server, a mirror that never reported). */
export interface HouseholdMirror {
  mirror: string; // its engine id
  name?: string | null; // as Home Assistant knows it (its entry or device)
  this?: boolean; // the mirror this panel shows
  last_sync?: number | null; // Unix seconds
  last_seen?: number | null; // the same, from a server before the ML tier
  version?: number | null; // the household gallery it holds
  models?: MirrorModel[] | Record<string, number>;
  models_version?: number | null;
  samples?: Record<string, number>; // sent to the server, by kind
  counts?: Record<string, number>; // its outcomes: confirmed, corrected, not me
  accuracy?: number | null;
}

/** smart_mirror/household: null for a mirror of its own. */
export interface Household {
  this: {
    server?: string;
    reachable?: boolean | null;
    last_sync?: number | null;
    last_error?: string | null;
    version?: number | null;
  };
  server: { url?: string; configured: boolean; persons?: number | null; version?: number | null; error?: string };
  mirrors: HouseholdMirror[];
}

export class MirrorAdmin extends MirrorWidget {
  @state() household: Household | null = null;

  protected async load(): Promise<void> {
    const [trainer] = await Promise.all([
      this.hass!.callWS({ type: "smart_mirror/trainer", entry_id: this.entryId }),
      this.loadHousehold(),
    ]);
    this.data = trainer;
  }

  /** The household, for admins (anyone else is refused it, and sees none). */
  private async loadHousehold(): Promise<void> {
    if (this.hass?.user && !this.hass.user.is_admin) return;
    try {
      const answer = await this.hass!.callWS<{ household?: Household | null }>({
        type: "smart_mirror/household",
        entry_id: this.entryId,
      });
      this.household = answer?.household ?? null;
    } catch {
      this.household = null; // the ML tier's own view still shows
    }
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

  /** "09:41" today, "Dec 2" before, "never" without a time. */
  private when(seconds: number | null | undefined): string {
    const t = this.i18n;
    if (typeof seconds !== "number" || !seconds) return t.t("admin.household.never");
    const when = new Date(seconds * 1000);
    return when.toDateString() === new Date().toDateString() ? t.time(when) : t.day(when);
  }

  /** "identity v3 · expression v5 (own)": the model versions a mirror uses. */
  private models(models: HouseholdMirror["models"]): string {
    const t = this.i18n;
    const list: MirrorModel[] = Array.isArray(models)
      ? models
      : Object.entries(models ?? {}).map(([kind, version]) => ({ kind, version }));
    if (list.length === 0) return t.t("admin.none");
    return list
      .map((m) => {
        const text = t.t("admin.household.model", { kind: m.kind, version: m.version });
        return m.person ? t.t("admin.household.personal", { model: text }) : text;
      })
      .join(" · ");
  }

  private renderHousehold(household: Household) {
    const t = this.i18n;
    const { server, mirrors } = household;
    const own = household.this ?? {};
    const url = server.url ?? own.server ?? "";
    let serverLine: string;
    if (!server.configured) serverLine = t.t("admin.household.server_missing", { url });
    else if (server.error) serverLine = t.t("admin.household.server_error", { error: server.error });
    else
      serverLine = t.t("admin.household.server", {
        url,
        people: t.number(server.persons ?? 0),
        version: server.version ?? "–",
      });
    return html`<div id="household">
      <div>${t.t("admin.household.title")}</div>
      <div id="server">${serverLine}</div>
      <div id="this-sync">
        ${t.t("admin.household.this_sync", {
          when: this.when(own.last_sync),
          version: own.version ?? "–",
        })}
        ${
          own.reachable === false
            ? html`<span class="error">${t.t("admin.household.unreachable", { error: own.last_error ?? "" })}</span>`
            : nothing
        }
      </div>
      ${
        mirrors.length > 0
          ? html`<table id="mirrors">
              <tr>
                <th>${t.t("admin.household.mirror")}</th>
                <th>${t.t("admin.household.last_sync")}</th>
                <th>${t.t("admin.household.gallery")}</th>
                <th>${t.t("admin.household.models")}</th>
                <th>${t.t("admin.household.samples")}</th>
                <th>${t.t("admin.household.outcomes")}</th>
              </tr>
              ${mirrors.map(
                (m) =>
                  html`<tr class=${m.this ? "this" : ""} data-mirror=${m.mirror}>
                    <td>
                      ${
                        m.this
                          ? t.t("admin.household.this", { name: m.name || m.mirror.slice(0, 8) })
                          : m.name || m.mirror.slice(0, 8)
                      }
                    </td>
                    <td>${this.when(m.last_sync ?? m.last_seen)}</td>
                    <td>${m.version ?? "–"}</td>
                    <td>${this.models(m.models)}</td>
                    <td>${this.samples(m.samples ?? {})}</td>
                    <td>${this.samples(m.counts ?? {})}</td>
                  </tr>`,
              )}
            </table>`
          : nothing
      }
    </div>`;
  }

  render() {
    const t = this.i18n;
    if (this.error) return html`<div class="error">${t.t("admin.error", { error: this.error })}</div>`;
    // Nothing until the engine answers: a "0" shown meanwhile would be read as the count.
    if (!this.data) return html`<div id="admin-loading">${t.t("admin.loading")}</div>`;
    const status = this.data;
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
      <button id="retrain" @click=${() => void this.retrain()}>${t.t("admin.retrain")}</button>
      ${this.household ? this.renderHousehold(this.household) : nothing}`;
  }
}

define("mirror-admin", MirrorAdmin);
