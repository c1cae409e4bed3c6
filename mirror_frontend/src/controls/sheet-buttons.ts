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

  /** A sheet's button; a marked one shows when its sheet is open. */
  private button(sheet: Exclude<Sheet, "">, icon: string, marked = false) {
    return html`<button
      id="open-${sheet}"
      class=${marked ? (this.open === sheet ? "on" : "") : nothing}
      title=${this.i18n.t(`controls.${sheet}`)}
      @click=${() => fire(this, "open-sheet", { sheet })}
    >
      <ha-icon icon=${icon}></ha-icon>
    </button>`;
  }

  render() {
    return html`<div class="sheets">
      ${this.settings ? this.button("settings", "mdi:cog-outline") : nothing}
      ${this.people ? this.button("people", "mdi:account-multiple", true) : nothing}
      ${this.calibration ? this.button("calibration", "mdi:emoticon-happy-outline") : nothing}
      ${this.button("voice", "mdi:microphone", true)}
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
