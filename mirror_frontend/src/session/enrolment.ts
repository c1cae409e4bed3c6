// <mirror-enrolment>: a guest enrols from the wall. First who they are (the
// household's Home Assistant people: "enrol-person", or "enrol-cancel"), then
// the engine's live collection (progress and its hints), then welcome, or the
// failure with "Try again" ("enrol-retry"). The panel keeps the wizard's state.

import { css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { define } from "../controls/define";
import { LightElement } from "../controls/light-element";
import { fire } from "../events";
import type { Enrolment, HouseholdMember } from "../types";
import { hintText } from "./hints";
import { overlayStyles } from "./styles";

export class MirrorEnrolment extends LightElement {
  @property({ attribute: false }) enrolment: Enrolment = { step: "who" };
  @property({ attribute: false }) people: HouseholdMember[] = [];

  render() {
    const t = this.i18n;
    const wizard = this.enrolment;
    if (wizard.step === "who") {
      return html`<div class="prompt" id="enrol">
        <div>${t.t("enrolment.who")}</div>
        ${this.people.map(
          (person) =>
            html`<button
              class="person"
              data-person=${person.entityId}
              @click=${() => fire(this, "enrol-person", person)}
            >
              ${person.name}
            </button>`,
        )}
        <button id="enrol-cancel" @click=${() => fire(this, "enrol-cancel", {})}>${t.t("enrolment.not_now")}</button>
      </div>`;
    }
    const share = wizard.needed ? Math.round(((wizard.collected ?? 0) / wizard.needed) * 100) : 0;
    const hint = wizard.hint ? hintText(t, wizard.hint) : null;
    return html`<div class="prompt" id="enrol">
      ${
        wizard.step === "collecting"
          ? html`<div>${t.t("enrolment.stand_still", { name: wizard.name ?? "" })}</div>
              <div class="progress"><span style="width:${share}%"></span></div>
              <div id="enrol-progress">${wizard.collected ?? 0} / ${wizard.needed ?? "…"}</div>
              ${hint ? html`<div class="message">${hint}</div>` : nothing}`
          : wizard.step === "done"
            ? html`<div id="enrol-done">${t.t("enrolment.welcome", { name: wizard.name ?? "" })}</div>`
            : html`<div class="message">${wizard.error ? hintText(t, wizard.error) : t.t("enrolment.failed")}</div>
                <button id="enrol-retry" @click=${() => fire(this, "enrol-retry", {})}>
                  ${t.t("enrolment.try_again")}
                </button>`
      }
    </div>`;
  }

  static partStyles = [
    overlayStyles,
    css`
      .progress {
        width: 100%;
        height: 16px;
        background: rgba(255, 255, 255, 0.2);
        border-radius: 8px;
        overflow: hidden;
      }
      .progress span {
        display: block;
        height: 100%;
        background: #7cfc9a;
      }
    `,
  ];
}

define("mirror-enrolment", MirrorEnrolment);
