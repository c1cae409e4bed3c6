// <mirror-sheet-buttons>: bottom left, the buttons that open a sheet: Settings
// (when its widget is on), People (for admins), the expression calibration
// (in a verified person's session) and Assist. A press goes up as
// "open-sheet"; the panel opens the sheet, or closes it when it is open.

import { css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { fire } from "../events";
import type { Sheet } from "../types";
import { define } from "./define";
import { LightElement } from "./light-element";

export class MirrorSheetButtons extends LightElement {
  @property({ type: Boolean }) settings = true; // the settings button is on
  @property({ type: Boolean }) people = false; // an admin: the People sheet
  @property({ type: Boolean }) calibration = false; // someone's session: their calibration
  @property({ attribute: false }) open: Sheet = "";

  render() {
    const t = this.i18n;
    return html`<div class="sheets">
      ${
        this.settings
          ? html`<button
              id="open-settings"
              title=${t.t("controls.settings")}
              @click=${() => fire(this, "open-sheet", { sheet: "settings" })}
            >
              <ha-icon icon="mdi:cog-outline"></ha-icon>
            </button>`
          : nothing
      }
      ${
        this.people
          ? html`<button
              id="open-people"
              class=${this.open === "people" ? "on" : ""}
              title=${t.t("controls.people")}
              @click=${() => fire(this, "open-sheet", { sheet: "people" })}
            >
              <ha-icon icon="mdi:account-multiple"></ha-icon>
            </button>`
          : nothing
      }
      ${
        this.calibration
          ? html`<button
              id="open-calibration"
              title=${t.t("controls.calibration")}
              @click=${() => fire(this, "open-sheet", { sheet: "calibration" })}
            >
              <ha-icon icon="mdi:emoticon-happy-outline"></ha-icon>
            </button>`
          : nothing
      }
      <button
        id="open-voice"
        class=${this.open === "voice" ? "on" : ""}
        title=${t.t("controls.voice")}
        @click=${() => fire(this, "open-sheet", { sheet: "voice" })}
      >
        <ha-icon icon="mdi:microphone"></ha-icon>
      </button>
    </div>`;
  }

  static partStyles = css`
    .sheets {
      position: absolute;
      left: 16px;
      bottom: 16px;
      display: flex;
      gap: 12px;
    }
    button.on {
      background: rgba(124, 252, 154, 0.35);
    }
  `;
}

define("mirror-sheet-buttons", MirrorSheetButtons);
