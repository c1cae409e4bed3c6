// The base of the widgets that talk to the mirror themselves (Evolution,
// Diary, Settings, the ML tier's admin view, the expression calibration):
// each has a shadow root of its own, loads its data through Home Assistant
// once it has `hass` (personal ones for the session they were opened in: the
// engine refuses every other session), and shows an error in the user's words.

import { type CSSResultGroup, LitElement, css, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { ENGLISH, type Localizer } from "../localize";
import type { Hass } from "../types";

export abstract class MirrorWidget extends LitElement {
  @property({ attribute: false }) hass?: Hass;
  @property({ attribute: false }) entryId?: string;
  @property({ attribute: false }) sessionId?: string;
  @property({ attribute: false }) i18n: Localizer = ENGLISH;
  @state() data: any = null; // eslint-disable-line @typescript-eslint/no-explicit-any -- each widget's own answer
  @state() error = "";

  /** A request to the engine's /api/me/<path> for this session's person. */
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

  /** Show what went wrong, in the user's words where the error has a code. */
  protected failed(err: unknown): void {
    this.error = this.i18n.error(err);
  }

  protected updated(changed: PropertyValues): void {
    if ((changed.has("sessionId") || changed.has("hass")) && this.hass && this.entryId && !this.data) {
      this.load().catch((err: unknown) => this.failed(err));
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
      /* the widget column's type (it grows with the screen), 24px elsewhere */
      font-size: var(--mirror-widget-type, 24px);
    }
    button {
      min-width: 64px;
      min-height: 56px;
      font-size: 0.9em;
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
      font-size: 0.75em;
      border-collapse: collapse;
    }
    td,
    th {
      padding: 2px 8px;
      text-align: right;
    }
    .error {
      color: #ff9a9a;
      font-size: 0.75em;
    }
  `;
}
