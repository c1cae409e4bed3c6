// <mirror-first-run>: a mirror that knows nobody yet says so. An admin gets
// the way to the People sheet ("open-sheet"); anyone else is told to ask an
// admin (only admins enrol people).

import { css, html } from "lit";
import { property } from "lit/decorators.js";
import { define } from "../controls/define";
import { LightElement } from "../controls/light-element";
import { fire } from "../events";

export class MirrorFirstRun extends LightElement {
  @property({ type: Boolean }) admin = false;

  render() {
    const t = this.i18n;
    return html`<section class="first-run" id="first-run">
      <div class="first-run-title">${t.t("first_run.title")}</div>
      ${
        this.admin
          ? html`<div>${t.t("first_run.admin")}</div>
              <button id="first-run-people" @click=${() => fire(this, "open-sheet", { sheet: "people" })}>
                <ha-icon icon="mdi:account-multiple-plus"></ha-icon> ${t.t("first_run.open_people")}
              </button>`
          : html`<div id="first-run-ask">${t.t("first_run.ask_admin")}</div>`
      }
    </section>`;
  }

  static partStyles = css`
    .first-run {
      position: absolute;
      left: 50%;
      top: 50%;
      transform: translate(-50%, -50%);
      max-width: min(86%, 720px);
      display: flex;
      flex-direction: column;
      gap: 16px;
      align-items: center;
      text-align: center;
      font-size: 28px;
      padding: 24px 32px;
      background: rgba(0, 0, 0, 0.7);
      border-radius: 24px;
    }
    .first-run-title {
      font-size: 40px;
    }
    .first-run button {
      display: inline-flex;
      gap: 12px;
      align-items: center;
      padding: 0 28px;
      background: #2e7d32;
    }
  `;
}

define("mirror-first-run", MirrorFirstRun);
